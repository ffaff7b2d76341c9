"""The outline of a message: every heading style sellers use maps to the same parts, found
where they stand, and T003 and A016 read the same outline, on the labeled set as well."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from conftest import REPO
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck import Config, validate
from casecheck.outline import outline
from casecheck.packs import load_packs
from casecheck.substance import hollow_parts

STRUCTURE = load_packs().message.structure
SUBSTANCE = load_packs().substance
PLAN = ("root-cause", "corrective-actions", "preventive-measures")
LABELED = REPO / "bench" / "data" / "messages" / "messages"

CAUSE = "Our supplier sent a batch without the brand's invoice, and we did not check it."
DONE = "We removed the 240 units from FBA on 2026-03-02 and refunded the 11 buyers."
PREVENT = "Every new supplier now sends the brand's authorization before the first order."


def _plan(*headings: str, between: str = "\n") -> str:
    bodies = (CAUSE, DONE, PREVENT)
    parts = [f"{h}{between}{b}" for h, b in zip(headings, bodies, strict=True)]
    return ("Dear Seller Performance,\n\nOur account was deactivated on 2026-03-01 for "
            "inauthentic complaints.\n\n" + "\n\n".join(parts) + "\n\nThank you,\nLi Wei\n")


STYLES = {
    "markdown": _plan("## Root cause", "## Corrective actions", "## Preventive measures"),
    "bold": _plan("**Root Cause**", "**Corrective Actions Taken**", "**Preventive Measures**"),
    "bold label": _plan("**Root cause:**", "**Actions taken:**", "**Prevention:**", between=" "),
    "numbered": _plan("1. Root cause", "2. Corrective actions", "3. Preventive measures"),
    "numbered paren": _plan("1) Root cause", "2) Actions completed", "3) Preventive steps"),
    "lettered": _plan("A. Root Cause", "B. Corrective Actions", "C. Preventive Actions"),
    "lettered paren": _plan("(a) Cause", "(b) Actions done", "(c) Prevention"),
    "caps": _plan("ROOT CAUSE", "WHAT WE ALREADY DID", "PREVENTION"),
    "plain": _plan("Why it happened", "What we fixed", "How we prevent it"),
    "plain non-native": _plan("The reason of the problem", "What we have did",
                              "Measures to avoid"),
    "colon": _plan("Root cause:", "Corrective actions:", "Preventive measures:"),
    "inline": _plan("Root cause:", "Corrective actions:", "Preventive measures:", between=" "),
    "dash label": _plan("Root cause -", "Corrective actions -", "Preventive measures -",
                        between=" "),
    "our POA": _plan("Our POA: Root cause", "Our POA: Actions already taken",
                     "Our POA: Steps to prevent"),
    "our POA numbered": _plan("Our POA (1) - root cause", "Our POA (2) - corrective actions",
                              "Our POA (3) - preventive measures"),
    "investigation": _plan("Investigation", "Immediate actions", "Long-term controls"),
    "step": _plan("Step 1: Root cause", "Step 2: Corrective actions", "Step 3: Prevention"),
    "chinese": _plan("一、问题原因", "二、已经采取的纠正措施", "三、预防措施"),
    "chinese brackets": _plan("【原因】", "【已采取的措施】", "【预防措施】"),
    "japanese": _plan("1. 原因", "2. 実施済みの是正措置", "3. 再発防止策"),
    "spanish": _plan("Causa raíz:", "Acciones correctivas:", "Medidas preventivas:"),
    "german": _plan("Ursache", "Bereits umgesetzte Maßnahmen", "Vorbeugende Maßnahmen"),
    "japanese brackets": _plan("【発生原因】", "【実施した対策】", "【再発防止策】"),
    "cause actions precautions": _plan("Cause:", "Actions:", "Precautions:"),
    "explanation solution": _plan("Explanation", "Solution",
                                  "Making sure it does not happen again"),
    "joined heading": _plan("Root cause", "Corrective and preventive actions", "Monitoring"),
    "none": ("Hello,\n\nOur listing was removed on 2026-03-01.\n\n"
             f"The reason was that {CAUSE.lower()}\n\nWe have already removed the units and "
             "refunded the buyers.\n\nTo make sure this never happens again, every supplier "
             "now sends the brand's authorization.\n"),
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_heading_style_gives_the_three_parts(style: str) -> None:
    text = STYLES[style]
    shape = outline(text, STRUCTURE, PLAN)
    assert shape.has_plan() and shape.missing() == [], shape.parts
    lines = text.split("\n")
    for name, part in shape.parts.items():
        if name in PLAN:
            assert lines[part.line - 1].strip(), f"{name} points at an empty line"
    assert shape.parts["corrective-actions"].line <= shape.parts["preventive-measures"].line


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_complete_plan_in_any_style_gets_no_t003_and_no_a016(style: str) -> None:
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": STYLES[style]}, config=Config(select=("T003", "A016")))
    assert [f for f in report.findings if f.code == "A016" or f.data.get("part") in PLAN] == []


def test_each_missing_part_is_named_with_what_was_found_and_where() -> None:
    text = STYLES["plain"].replace("\n\nHow we prevent it\n" + PREVENT, "")
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("T003",)))
    [missing] = [f for f in report.findings if f.data["part"] in PLAN]
    assert missing.data["part"] == "preventive-measures" and missing.data["problem"] == "missing"
    lines = text.split("\n")
    found = dict(missing.data["found"])
    assert lines[found["root-cause"] - 1] == "Why it happened"
    assert lines[found["corrective-actions"] - 1] == "What we fixed"
    assert f"root cause (line {found['root-cause']})" in missing.message
    zh = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                   "message": text}, config=Config(select=("T003",), lang="zh-CN"))
    assert any(f"第 {found['root-cause']} 行的根本原因" in f.message for f in zh.findings)


@pytest.mark.parametrize("planned", [
    "We will remove the listing and we are going to refund the buyers.",
    "We plan to change the supplier. We'll check the invoices.",
    "We will contact the buyers who received the wrong item and who were refunded late.",
    "We decided to change the courier, and we will retrain the staff that we want to keep.",
])
def test_a_corrective_part_only_in_the_future_is_not_done(planned: str) -> None:
    text = STYLES["markdown"].replace(DONE, planned)
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("T003",)))
    [not_done] = [f for f in report.findings if f.data.get("problem") == "not-done"]
    assert not_done.data["part"] == "corrective-actions"
    heading = text.split("\n").index("## Corrective actions") + 1
    assert not_done.data["found"]["corrective-actions"] == heading
    said = not_done.data["says"]
    assert said in not_done.message and said.rstrip("…") in planned
    assert said.lower().startswith("we")


def test_the_past_tense_is_measured_on_the_corrective_part_only() -> None:
    """'We received the notice' in the facts and 'we have reviewed' in the root cause do not
    make a corrective part written in the future done."""
    text = STYLES["markdown"].replace(CAUSE, "We have reviewed the orders: the supplier erred.")
    text = text.replace(DONE, "We will remove the listing.")
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("T003",)))
    assert [f.data["problem"] for f in report.findings if f.data.get("part") in PLAN] == [
        "not-done"]


def test_future_preventive_measures_are_fine_and_mixed_corrective_parts_are_done() -> None:
    text = STYLES["markdown"].replace(DONE, DONE + " We will also audit the catalog in May.")
    text = text.replace(PREVENT, "We will train the team every quarter.")
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("T003",)))
    assert [f for f in report.findings if f.data.get("part") in PLAN] == []


@pytest.mark.parametrize("heading", ["Actions we will take", "What we will do", "Our solution"])
def test_a_corrective_heading_in_the_future_is_the_corrective_part_not_done(heading: str) -> None:
    text = STYLES["plain"].replace("What we fixed\n" + DONE,
                                   heading + "\nWe will switch to a new courier next month.")
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("T003",)))
    assert [f.data["problem"] for f in report.findings if f.data.get("part") in PLAN] == [
        "not-done"]


def test_a_corrective_paragraph_only_planned_between_cause_and_prevention_is_found() -> None:
    text = STYLES["none"].replace(
        "We have already removed the units and refunded the buyers.",
        "We will remove the units and refund the buyers next week.")
    shape = outline(text, STRUCTURE, PLAN)
    assert shape.parts["corrective-actions"].found == "position"
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("T003",)))
    assert [f.data["problem"] for f in report.findings if f.data.get("part") in PLAN] == [
        "not-done"]


@pytest.mark.parametrize("cover", [
    "PFA our POA and the invoices.", "I have attached our plan of action as a PDF.",
    "Our POA is in the attached file.", "Please see the attached POA.",
])
def test_a_cover_letter_naming_an_attached_plan_is_said_attached(cover: str) -> None:
    text = f"Hello,\n\nOur account was deactivated for inauthentic complaints. {cover}\n"
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("A016",)))
    assert [f.data["in_message"] for f in report.findings] == ["said-attached"]


@pytest.mark.parametrize("text", [
    "Please reactivate my account. I have sold for five years and my customers are happy.",
    "Hello,\n\nWe have a plan of action: we will do better.\n\nThank you.",
    "Our account was deactivated because of the holiday. Now all orders are shipped.",
])
def test_a_letter_without_a_plan_is_a016s_and_not_t003s(text: str) -> None:
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("T003", "A016")))
    assert [f.data["in_message"] for f in report.findings if f.code == "A016"] == ["none"]
    assert [f for f in report.findings if f.data.get("part") in PLAN] == []


def test_a_plan_heading_alone_is_a_plan_whose_parts_are_missing() -> None:
    text = "Hello,\n\n## Plan of Action\n\nWe are working on it.\n"
    report = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                       "message": text}, config=Config(select=("T003", "A016")))
    assert "A016" not in {f.code for f in report.findings}
    missing = [f for f in report.findings if f.data.get("part") in PLAN]
    assert len(missing) == 3 and "only its heading (line 3)" in missing[0].message


LABELED_SETS = ("tuning", "heldout", "second-a", "second-b", "third-a", "third-b", "fourth-a",
                "fourth-b", "fifth-a", "fifth-b", "sixth-a", "sixth-b", "seventh-a", "seventh-b",
                "eighth-a", "eighth-b", "ninth-a", "ninth-b", "tenth-a", "tenth-b", "twelfth-a",
                "twelfth-b", "eleventh-a", "eleventh-b", "thirteenth-a", "thirteenth-b",
                "fourteenth-a", "fourteenth-b", "fifteenth-a", "fifteenth-b")
"""Every tunable labeled set: agreement is a property of the rules, not a score. The set still
held out (bench/messages.py's SPLITS beyond TUNING) is not read by any test."""


def _labeled(name: str) -> list[dict[str, Any]]:
    return [tomllib.loads(path.read_text(encoding="utf-8"))
            for path in sorted((LABELED / name).glob("*.toml"))]


@pytest.mark.parametrize("name", LABELED_SETS)
def test_t003_and_a016_never_disagree_on_the_labeled_set(name: str) -> None:
    """A message whose three parts T003 finds never gets A016's 'no plan of action'; one that
    gets it has no plan part T003 reports on. Every appeal of the set, both kinds, is read
    as an account appeal (the kind that needs a plan)."""
    appeals = [m for m in _labeled(name)
               if m["kind"] in ("account-appeal", "listing-reinstatement")]
    assert len(appeals) > 60
    complete = 0
    # enough complete plans for the agreement to mean something: most of those the labels
    # hold complete (a third of the set was the floor before the thirteenth set, whose
    # labels hold only 32 of 87 appeals complete: a third of it is nearly the labels' own count)
    labeled = sum(all(message["labels"].get(part) for part in ("root_cause", "corrective",
                                                               "preventive"))
                  for message in appeals)
    for message in appeals:
        report = validate({"type": "account-appeal", "marketplace": message["marketplace"],
                           "subject": message["subject"], "message": message["text"]},
                          config=Config(select=("T003", "A016")))
        plan = [f for f in report.findings if f.code == "T003" and f.data.get("part") in PLAN
                and f.data.get("problem") == "missing"]
        no_plan = [f for f in report.findings
                   if f.code == "A016" and f.data.get("in_message") == "none"]
        shape = outline(message["text"], STRUCTURE, PLAN)
        # a part there in name only ("we will be more careful") is one T003 does not count
        counted = set(shape.parts) - set(hollow_parts(shape.parts, SUBSTANCE, STRUCTURE,
                                                      shape.headings))
        if all(part in counted for part in PLAN):
            assert plan == [] and no_plan == [], message["id"]
            complete += 1
        if no_plan:
            assert plan == [], message["id"]
    assert complete > labeled * 3 // 4


@settings(deadline=None)
@given(st.lists(st.sampled_from([
    "## Root cause", "Root cause:", "ROOT CAUSE", "1. Corrective actions", "We will fix it.",
    "We removed it.", "", "Going forward we check.", "**Prevention**", "Our POA:", "x" * 250,
    "Root cause: " + "y" * 300, "【原因】", "- item", "Thank you,",
]), max_size=30))
def test_any_arrangement_of_lines_gives_an_outline_that_agrees_with_itself(
    lines: list[str],
) -> None:
    text = "\n".join(lines)
    shape = outline(text, STRUCTURE, PLAN)
    count = len(lines) or 1
    for part in shape.parts.values():
        assert 1 <= part.line <= count
        assert all(1 <= number <= count for number, _ in part.body)
    if not shape.missing():
        assert shape.has_plan()
