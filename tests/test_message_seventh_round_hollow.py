"""A part of a plan of action that is there in name only (issue 13, seventh round): a root
cause that only blames someone else, says the cause is unknown or repeats the notice;
corrective actions that are only an apology, thanks or a promise to follow the rules;
preventive measures that only promise to be careful. T003 counts each as missing (variant
`hollow`, quoting it), and the near misses, a cause that names another party and the seller's
own failure, a short but concrete prevention, corrective steps in non-native grammar, stay.
Every text here is written for this test, in the ways Chinese, Indian, Turkish, Latin American
and native sellers write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import PLAN, STRUCTURE, no_plan, plan_problems, report

from casecheck import Config, validate
from casecheck.catalog import word
from casecheck.outline import outline
from casecheck.packs import load_packs
from casecheck.substance import hollow, hollow_parts

SUBSTANCE = load_packs().substance
CAUSE = "Our supplier changed the charger in the March lot and we did not test the new lot."
DONE = "We removed the 240 units from FBA on 2026-03-02 and refunded the 11 buyers."
PREVENT = "A second person now tests five units of every new lot before we list it."


def _letter(cause: str = CAUSE, done: str = DONE, prevent: str = PREVENT) -> str:
    return ("Dear Seller Performance,\n\n"
            "Our account was deactivated on 2026-03-01 for product safety complaints.\n\n"
            f"Root cause:\n{cause}\n\n"
            f"Corrective actions:\n{done}\n\n"
            f"Preventive measures:\n{prevent}\n\n"
            "Please reinstate our account.\nThank you,\nLi Wei\n")


def _hollow(text: str, **manifest: Any) -> list[Any]:
    return [f for f in report(text, "T003", **manifest).findings if "hollow" in f.data]


# --- the root cause ---------------------------------------------------------------------------

@pytest.mark.parametrize(("cause", "kind"), [
    # blame: the buyer, Amazon, the carrier, a competitor, the brand
    ("The buyer is lying, our product is original. It is not our fault.", "blame"),
    ("Kindly note the customer has done fraud and returned a different item, this is not our "
     "mistake.", "blame"),
    ("The competitor make bad review attack to our listing, we are innocent.", "blame"),
    ("Amazon system made a mistake, our account is always good.", "blame"),
    ("The carrier was very slow, it is the problem of the shipping company.", "blame"),
    # unknown
    ("We don't know why this happened.", "unknown"),
    ("Honestly we have no idea. Maybe it is a system error.", "unknown"),
    ("We are not sure why the complaints came, may be it is technical problem of Amazon.",
     "unknown"),
    # the notice told again
    ("The root cause is that we received complaints from customers.", "restated"),
    ("Because of the customer complaints our account was deactivated.", "restated"),
    ("We got many negative feedbacks.", "restated"),
])
def test_a_root_cause_that_only_blames_guesses_or_restates_is_missing(cause: str,
                                                                      kind: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    [finding] = _hollow(text)
    assert finding.data["hollow"] == kind
    assert finding.data["part"] == "root-cause" and finding.data["problem"] == "missing"


@pytest.mark.parametrize("cause", [
    # another party named AND the seller's own failure, or a concrete fact
    "Our supplier shipped an expired lot and we did not check lot dates on receipt.",
    "The buyer received a used unit because our packer put a returned item back on the shelf.",
    "The carrier lost 6 parcels, but we shipped them without tracking to save cost.",
    "Amazon flagged the listing, and we found our title said \"FDA approved\", which is wrong.",
    "We don't know Amazon rules well, we listed the kids carrier without the CPC certificate.",
    # no cue of either kind, long enough to say something the lexicons do not know
    "The toner's producer changed the bottle design in September while the page kept the old "
    "photo.",
])
def test_a_root_cause_with_a_fact_of_the_sellers_own_process_stays(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


# --- the corrective actions -------------------------------------------------------------------

@pytest.mark.parametrize(("done", "kind"), [
    ("We are very sorry. We will follow all Amazon policies.", "apology"),
    ("Kindly accept our sincere apologies for the inconvenience caused. We will strictly follow "
     "all the rules.", "apology"),
    ("Sorry for the inconvenient, we will obey Amazon rules.", "apology"),
    ("Thank you for your understanding. We understand the importance of Amazon policies.",
     "thanks"),
    ("We promise to comply with every Amazon guideline from now on.", "comply"),
    ("Lo sentimos mucho. We will respect the policies of Amazon always.", "apology"),
])
def test_corrective_actions_that_are_only_an_apology_or_a_promise_are_missing(
    done: str, kind: str,
) -> None:
    text = _letter(done=done)
    problems = plan_problems(text)
    assert problems == [("corrective-actions", "missing")]  # not also `not-done`
    [finding] = _hollow(text)
    assert finding.data["hollow"] == kind


@pytest.mark.parametrize("done", [
    "We have remove the listing and refund the buyer.",  # non-native grammar: steps all the same
    "We are very sorry. We have deleted the 3 listings on 4 May.",
    "Sorry for this. Listings deleted; stock disposed.",
    "Thank you for your patience, we contacted all 14 buyers and sent replacements.",
])
def test_corrective_steps_beside_an_apology_or_in_any_grammar_stay(done: str) -> None:
    assert ("corrective-actions", "missing") not in plan_problems(_letter(done=done))


def test_a_hollow_corrective_part_in_the_future_is_hollow_not_not_done() -> None:
    text = _letter(done="We will follow all Amazon policies and we will be more careful.")
    assert plan_problems(text) == [("corrective-actions", "missing")]


def test_a_concrete_corrective_part_in_the_future_stays_not_done() -> None:
    text = _letter(done="We will remove the units and we are going to refund the buyers.")
    assert plan_problems(text) == [("corrective-actions", "not-done")]


# --- the preventive measures ------------------------------------------------------------------

@pytest.mark.parametrize(("prevent", "kind"), [
    ("We will be more careful.", "promise"),
    ("We will try our best to make sure it never happens again.", "promise"),
    ("We will pay more attention in the future.", "promise"),
    ("From now on we will be very careful so this kind of problem will not happen again.",
     "promise"),
    ("Kindly be assured that we will take more care, this will never happen again.", "promise"),
    ("Thank you for giving us chance.", "thanks"),
    ("We will strictly follow all the Amazon policies in the future.", "comply"),
])
def test_preventive_measures_that_only_promise_are_missing(prevent: str, kind: str) -> None:
    text = _letter(prevent=prevent)
    assert plan_problems(text) == [("preventive-measures", "missing")]
    [finding] = _hollow(text)
    assert finding.data["hollow"] == kind


@pytest.mark.parametrize("prevent", [
    "Every listing is now checked by a second person before it goes live.",
    "We will be more careful, and we run a weekly audit of all listings every Monday.",
    "We will try our best: our manager reviews the Account Health page daily.",
    "We only buy from the brand's authorized distributor now, with an invoice for every order.",
    "We will make sure this never happens again by checking each lot against the invoice.",
])
def test_a_short_but_concrete_prevention_stays(prevent: str) -> None:
    assert plan_problems(_letter(prevent=prevent)) == []


# --- Chinese ----------------------------------------------------------------------------------

def _chinese(cause: str, done: str, prevent: str) -> str:
    return ("您好，\n\n我们的店铺于 2026-03-01 因买家投诉被停用。\n\n"
            f"【原因】\n{cause}\n\n【已采取的措施】\n{done}\n\n【预防措施】\n{prevent}\n\n"
            "请恢复我们的账户，谢谢。\n")


ZH_CAUSE = "我们的员工没有检查新批次的标签。"
ZH_DONE = "我们已经删除了这个 listing，并给 11 位买家退款。"
ZH_PREVENT = "每周由专人检查所有 listing。"


@pytest.mark.parametrize(("cause", "done", "prevent", "part", "kind"), [
    ("是买家的问题，不是我们的错。", ZH_DONE, ZH_PREVENT, "root-cause", "blame"),
    ("我们不知道原因。", ZH_DONE, ZH_PREVENT, "root-cause", "unknown"),
    ("可能是系统错误。", ZH_DONE, ZH_PREVENT, "root-cause", "unknown"),
    (ZH_CAUSE, "非常抱歉，我们会严格遵守亚马逊的政策。", ZH_PREVENT, "corrective-actions",
     "apology"),
    (ZH_CAUSE, ZH_DONE, "我们会更加小心。", "preventive-measures", "promise"),
    (ZH_CAUSE, ZH_DONE, "以后会注意，保证不会再发生。", "preventive-measures", "promise"),
])
def test_a_hollow_part_in_chinese_is_missing(cause: str, done: str, prevent: str, part: str,
                                             kind: str) -> None:
    text = _chinese(cause, done, prevent)
    assert plan_problems(text, marketplace="US") == [(part, "missing")]
    [finding] = _hollow(text)
    assert finding.data["hollow"] == kind


def test_a_concrete_chinese_plan_stays() -> None:
    assert plan_problems(_chinese(ZH_CAUSE, ZH_DONE, ZH_PREVENT)) == []
    assert plan_problems(_chinese("我们以后会更加小心，但原因是我们的仓库没有核对批次。", ZH_DONE,
                                  "我们会更加小心，每周由专人检查所有 listing。")) == []


# --- the finding ------------------------------------------------------------------------------

def test_the_finding_quotes_the_part_names_its_line_and_says_why_in_both_languages(
    tmp_path: Path,
) -> None:
    text = _letter(prevent="We will be more careful. We will try our best.")
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.json").write_text(json.dumps(
        {"type": "account-appeal", "marketplace": "US", "subject": "Appeal"}), encoding="utf-8")
    (case / "message.md").write_text(text, encoding="utf-8")
    line = text.split("\n").index("Preventive measures:") + 1
    english = [f for f in validate(case, config=Config(select=("T003",))).findings
               if "hollow" in f.data]
    chinese = [f for f in validate(case, config=Config(select=("T003",), lang="zh-CN")).findings
               if "hollow" in f.data]
    for finding in (*english, *chinese):
        assert finding.code == "T003" and finding.severity == "error"
        assert finding.location.file == "message.md" and finding.location.line == line
        assert finding.data["says"] == "We will be more careful."
        assert finding.data["found"] == {"root-cause": line - 6, "corrective-actions": line - 3}
    [en], [zh] = english, chinese
    assert en.message == (
        f"The part for the preventive measures (line {line}) says only \"We will be more "
        f"careful.\": {word('hollow-why', 'promise', 'en')}, so it does not count as the "
        "preventive measures.")
    assert "A second person checks every new listing" in en.hint
    assert zh.message.startswith(f"第 {line} 行的预防措施部分只写了“We will be more careful.”")
    assert word("hollow-why", "promise", "zh-CN") in zh.message
    assert "负责" in zh.hint and "。" in zh.hint


def test_a_hollow_part_leaves_what_the_other_findings_say_was_found() -> None:
    text = _letter(cause="We don't know why this happened.",
                   prevent="We will be more careful.")
    findings = [f for f in report(text, "T003").findings if f.data.get("part") in PLAN]
    assert sorted(f.data["part"] for f in findings) == ["preventive-measures", "root-cause"]
    line = _letter().split("\n").index("Corrective actions:") + 1
    assert all(dict(f.data["found"]) == {"corrective-actions": line} for f in findings)


def test_a_plan_whose_parts_are_all_hollow_is_still_a_plan_for_a016() -> None:
    text = _letter(cause="It is the buyer's fault, the buyer is lying.",
                   done="We are very sorry.", prevent="We will be more careful.")
    assert not no_plan(text)
    assert plan_problems(text) == [(part, "missing") for part in sorted(PLAN)]


def test_a_template_or_an_unknown_part_is_never_judged() -> None:
    assert hollow("facts", "We are very sorry.", SUBSTANCE) is None
    template = _letter(cause="{{ root_cause }}", done="{{ actions }}",
                       prevent="We will be more careful. {{ prevention }}")
    findings = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                         "message": template, "template": True},
                        config=Config(select=("T003",))).findings
    assert [f for f in findings if "hollow" in f.data] == []


# --- combinations -----------------------------------------------------------------------------

HOLLOW_SENTENCES = {
    "root-cause": ["The buyer is lying.", "We don't know why this happened.",
                   "It is not our fault.", "Maybe it is a system error.",
                   "We received many complaints."],
    "corrective-actions": ["We are very sorry for this.", "Thank you for your patience.",
                           "We will follow all Amazon policies.",
                           "We understand the importance of the rules."],
    "preventive-measures": ["We will be more careful.", "We will try our best.",
                            "This will never happen again.", "We will pay more attention."],
}
CONCRETE_SENTENCES = {
    "root-cause": ["We did not check the lot dates on receipt.",
                   "Our packer used an old label template.",
                   "We bought 300 units from a new factory without a test."],
    "corrective-actions": ["We removed the listing on 4 May.",
                           "We have refund the 11 buyers.", "All units were destroyed."],
    "preventive-measures": ["A second person checks every listing before it goes live.",
                            "We audit the inventory every Monday.",
                            "Our manager reviews the Account Health page daily."],
}


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(PLAN).flatmap(lambda part: st.tuples(
    st.just(part),
    st.lists(st.sampled_from(HOLLOW_SENTENCES[part]), min_size=1, max_size=4),
    st.lists(st.sampled_from(CONCRETE_SENTENCES[part]), max_size=2),
    st.randoms(use_true_random=False),
)))
def test_a_part_is_hollow_exactly_when_no_sentence_holds_substance(
    drawn: tuple[str, list[str], list[str], Any],
) -> None:
    part, empty, concrete, rng = drawn
    sentences = [*empty, *concrete]
    rng.shuffle(sentences)
    said = " ".join(sentences)
    verdict = hollow(part, said, SUBSTANCE)
    if concrete:
        assert verdict is None, said
    else:
        assert verdict is not None, said
        assert said[verdict.start:].startswith(sentences[0])
    parts = {"root-cause": CAUSE, "corrective-actions": DONE, "preventive-measures": PREVENT}
    parts[part] = said
    text = _letter(parts["root-cause"], parts["corrective-actions"],
                   parts["preventive-measures"])
    shape = outline(text, STRUCTURE, PLAN)
    assert set(hollow_parts(shape.parts, SUBSTANCE, STRUCTURE)) == (set() if concrete else {part})
    assert (part, "missing") in plan_problems(text) if not concrete else \
        (part, "missing") not in plan_problems(text)


def test_a_plan_whose_only_part_is_hollow_says_so_in_each_missing_part() -> None:
    text = ("Hello,\n\nOur account was deactivated on 2026-11-23.\n\n"
            "Root cause: we do not know, nobody told us anything.\n\nReinstate the account.\n")
    found = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                      "message": text}).findings
    assert [f for f in found if f.code == "X001"] == []
    plan = {f.data["part"]: f for f in found if f.code == "T003" and f.data.get("part") in PLAN}
    assert plan["root-cause"].data["hollow"] == "unknown"
    for part in ("corrective-actions", "preventive-measures"):
        assert plan[part].data["found"] == {}
        assert "the root cause in name only (line 5)" in plan[part].message
    chinese = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                        "message": text}, config=Config(lang="zh-CN")).findings
    assert any("第 5 行的根本原因（有名无实）" in f.message for f in chinese)


@settings(deadline=None, max_examples=40)
@given(st.lists(st.sampled_from([
    "Root cause:", "Corrective actions:", "Preventive measures:", "## Plan of Action",
    *HOLLOW_SENTENCES["root-cause"], *HOLLOW_SENTENCES["corrective-actions"],
    *HOLLOW_SENTENCES["preventive-measures"], CAUSE, DONE, PREVENT, "", "Thank you,",
    "我们会更加小心。", "【原因】", "不知道原因。",
]), max_size=14))
def test_any_arrangement_of_hollow_and_concrete_lines_never_crashes(lines: list[str]) -> None:
    found = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                      "message": "\n".join(["Hello,", "", *lines])}).findings
    assert [f.message for f in found if f.code == "X001"] == []
    for finding in found:
        if "hollow" in finding.data:
            assert finding.data["problem"] == "missing" and finding.data["says"]
