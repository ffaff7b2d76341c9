"""The classes of misreading the message rules were tuned against (issue 13), each on texts
written for this test: a heading the lexicon lacks where the plan lacks a part, a part that
opens inside another part's section, a plan without headings whose parts the outline cannot
rule out, a verb's tense read from its sentence, a plan said to be attached in other words,
policy names in description and in name, pleading, and where I009 and T007 ask for the ID
and the policy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck import Config, validate
from casecheck.outline import outline
from casecheck.packs import load_packs

STRUCTURE = load_packs().message.structure
PLAN = ("root-cause", "corrective-actions", "preventive-measures")

NOTICE = "Our account was deactivated on 4 May 2026 for a Late Shipment Rate of 5.2%."
CAUSE = ("Our warehouse moved to a new building in April, and for one week the orders were "
         "not picked because the scanners were not installed.")
DONE = "We shipped all 61 late orders by 20 April and refunded the shipping fees to the buyers."
PREVENT = ("Every evening the shift leader checks that the pending list is empty, and before "
           "any move we switch on the vacation settings.")


def _report(text: str, *codes: str, lang: str = "en", **manifest: Any) -> Any:
    return validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                     "message": text, **manifest}, config=Config(select=codes, lang=lang))


def _plan_findings(text: str) -> list[tuple[str, str]]:
    return [(f.data["part"], f.data["problem"]) for f in _report(text, "T003").findings
            if f.data.get("part") in PLAN]


def _letter(*sections: str) -> str:
    return "\n\n".join(("Hello,", NOTICE, *sections, "Thank you,\nLena Hoffmann"))


# --- headings the lexicon does not know, where the plan lacks a part ------------------------

@pytest.mark.parametrize("unknown", ["Our new routine", "Where we stand today", "Checklist 2026"])
def test_a_section_under_an_unknown_heading_after_the_actions_is_the_prevention(
    unknown: str,
) -> None:
    text = _letter(f"Root cause\n{CAUSE}", f"Corrective actions\n{DONE}", f"{unknown}\n{PREVENT}")
    assert _plan_findings(text) == []
    shape = outline(text, STRUCTURE, PLAN)
    part = shape.parts["preventive-measures"]
    assert part.found == "position" and text.split("\n")[part.line - 1] == unknown
    # the prevention is no longer read as part of the corrective actions
    assert PREVENT not in shape.parts["corrective-actions"].text


def test_what_happened_over_a_cause_is_the_root_cause_over_the_notice_it_is_the_facts() -> None:
    cause = _letter(f"What happened\n{CAUSE}", f"What we fixed\n{DONE}",
                    f"How we prevent it\n{PREVENT}")
    assert _plan_findings(cause) == []
    notice = _letter(f"What happened\n{NOTICE} We were told on the phone.",
                     f"What we fixed\n{DONE}", f"How we prevent it\n{PREVENT}")
    assert _plan_findings(notice) == [("root-cause", "missing")]


def test_an_unknown_heading_in_capitals_is_a_heading_not_shouting() -> None:
    text = _letter(f"ROOT CAUSE\n{CAUSE}", f"CORRECTIVE ACTIONS\n{DONE}",
                   f"OUR NEW ROUTINE\n{PREVENT}")
    report = _report(text, "T002", "T003")
    assert [f for f in report.findings if f.code == "T002" or f.data.get("part") in PLAN] == []
    shouted = _letter(f"Root cause\n{CAUSE} PLEASE REACTIVATE OUR ACCOUNT NOW.")
    assert [f.data["kind"] for f in _report(shouted, "T002").findings] == ["shouting"]


def test_a_sign_off_is_not_a_section_that_fills_a_missing_part() -> None:
    text = _letter(f"Root cause\n{CAUSE}", f"Corrective actions\n{DONE}") + "\nKind regards\nLena"
    assert _plan_findings(text) == [("preventive-measures", "missing")]


@pytest.mark.parametrize("titles", [("Details", "Fix", "Future"),
                                    ("The mistake", "Our response", "Next steps"),
                                    ("Problem", "Solution", "Prevention")])
def test_terse_headings_find_their_parts_by_word_or_by_place(titles: tuple[str, ...]) -> None:
    text = _letter(*(f"{t}\n{b}" for t, b in zip(titles, (CAUSE, DONE, PREVENT), strict=True)))
    assert _plan_findings(text) == []


def test_a_closing_section_under_an_unknown_heading_does_not_fill_a_missing_part() -> None:
    text = _letter(f"Root cause\n{CAUSE}", f"Corrective actions\n{DONE}",
                   "Final words\nWe hope you will reinstate our account, we will follow all "
                   "policies in the future.")
    assert _plan_findings(text) == [("preventive-measures", "missing")]


def test_a_heading_may_follow_a_sentence_without_a_blank_line() -> None:
    text = "\n".join(("Hello,", NOTICE, "Root cause", CAUSE, "Corrective actions", DONE,
                      "Our new routine", PREVENT, "Regards,", "Lena"))
    assert _plan_findings(text) == []


@pytest.mark.parametrize(("heading", "problems"), [
    ("What we're doing", [("corrective-actions", "not-done")]),
    ("Actions we are taking", [("corrective-actions", "not-done")]),
])
def test_a_corrective_heading_in_the_progressive_is_the_corrective_part(
    heading: str, problems: list[tuple[str, str]],
) -> None:
    text = _letter(f"What caused this\n{CAUSE}",
                   f"{heading}\nWe are going to hire a second packer and will ship faster.",
                   f"How we'll prevent it\n{PREVENT}")
    assert _plan_findings(text) == problems


def test_what_we_do_now_is_the_prevention() -> None:
    text = _letter(f"Why it happened\n{CAUSE}", f"What we changed\n{DONE}",
                   f"What we do now\n{PREVENT}")
    shape = outline(text, STRUCTURE, PLAN)
    assert shape.parts["preventive-measures"].found == "heading"


@pytest.mark.parametrize("prefix", ["• Step {n}: ", "Step {n}： ", "   Our POA ({n}) - ",
                                    "· POA - ", "- ({n}) "])
def test_numbering_after_a_bullet_full_width_colons_and_indented_plan_names(prefix: str) -> None:
    titles = ("Root cause", "Corrective actions", "Preventive measures")
    sections = [prefix.format(n=n) + f"{t}\n{b}"
                for n, (t, b) in enumerate(zip(titles, (CAUSE, DONE, PREVENT), strict=True), 1)]
    assert _plan_findings(_letter(*sections)) == []


@pytest.mark.parametrize(("titles", "separator"), [
    (("What was the root cause of the issue?", "What actions have you taken to fix it?",
      "What steps will you take to prevent it from happening again?"), "\n"),
    (("1. Why did it happen?", "2. What did we do?", "3. How will we prevent it?"), " "),
    (("Q1: What caused the problem?", "Q2: What actions have been taken?",
      "Q3: What will you do to prevent this?"), "\n"),
    (("Root cause.", "Corrective actions.", "Preventive measures."), "\n"),
    (("Part A - Root cause", "Part B - Corrective actions", "Part C - Preventive measures"),
     "\n"),
    (("Root cause ->", "Corrective actions ->", "How we will avoid this in future:"), " "),
])
def test_the_forms_own_questions_and_closed_titles_are_headings(
    titles: tuple[str, str, str], separator: str,
) -> None:
    text = _letter(*(f"{t}{separator}{b}" for t, b in zip(titles, (CAUSE, DONE, PREVENT),
                                                          strict=True)))
    report = _report(text, "T003", "A016")
    assert [f for f in report.findings if f.data.get("part") in PLAN
            or f.data.get("kind") == "plan-of-action"] == []
    shape = outline(text, STRUCTURE, PLAN)
    assert {shape.parts[p].found for p in PLAN} == {"heading"}


def test_a_sentence_that_ends_with_a_full_stop_is_no_heading() -> None:
    text = _letter(f"Root cause\n{CAUSE}", "We fixed the cause.\nThe rest was fine.",
                   f"Preventive measures\n{PREVENT}")
    shape = outline(text, STRUCTURE, PLAN)
    assert [h.title for h in shape.headings] == ["Root cause", "Preventive measures"]


# --- a part that opens inside another part's section ---------------------------------------

def test_a_prevention_paragraph_inside_the_corrective_section_is_found_and_cut_off() -> None:
    text = _letter(f"Root cause\n{CAUSE}",
                   "Corrective actions\nWe will ship the late orders next week.\n\n"
                   "Going forward, the shift leader now checks the pending list every evening.")
    shape = outline(text, STRUCTURE, PLAN)
    assert shape.parts["preventive-measures"].found == "opening"
    # "now checks" belongs to the prevention: the corrective part alone is only planned
    assert _plan_findings(text) == [("corrective-actions", "not-done")]


# --- plans without headings ----------------------------------------------------------------

@pytest.mark.parametrize(("cause", "done", "prevent"), [
    ("We made this mistake because our assistant copied the supplier's photos.",
     "We have now replaced every photo with our own.",
     "So that this never happens again, only the owner uploads images."),
    ("Due to the Lunar New Year holiday, our warehouse was closed for nine days.",
     "We took these actions: shipped the 40 orders, refunded the fees and hired a temp.",
     "For avoid this again, we switch on holiday settings two weeks before."),
    ("This problem is happened because our new staff did not know the cut-off time.",
     "Right after the notice, we shipped every pending order.",
     "We will also keep a second trained packer on every shift."),
    ("It was our fault because we did not read the condition guidelines.",
     "We have done the following: removed the listings and refunded all buyers.",
     "So this does not happen again, a checklist is used for every return."),
])
def test_openings_of_plans_without_headings(cause: str, done: str, prevent: str) -> None:
    text = _letter(cause, done, prevent)
    shape = outline(text, STRUCTURE, PLAN)
    assert set(shape.parts) >= set(PLAN), shape.parts
    assert _plan_findings(text) == []


@pytest.mark.parametrize("paragraph", [
    "The reason was that our only packer was ill for two weeks. We have already hired a "
    "second packer and shipped all pending orders. To prevent this in the future, we will "
    "keep two trained packers at all times.",
    "This happened because our packer was ill. We shipped all pending orders and hired one "
    "more packer. In the future we will keep two packers.",
])
def test_a_plan_in_one_paragraph_a_sentence_per_part_is_a_complete_plan(paragraph: str) -> None:
    text = _letter(paragraph)
    report = _report(text, "T003", "A016")
    assert [f for f in report.findings if f.data.get("part") in PLAN
            or f.data.get("kind") == "plan-of-action"] == []
    corrective = outline(text, STRUCTURE, PLAN).parts["corrective-actions"]
    assert corrective.text.lstrip().startswith("We ") and "future" not in corrective.text


def test_an_unowned_long_paragraph_makes_a_missing_part_unsure_not_an_error() -> None:
    long_paragraph = ("Every evening the shift leader goes through the pending list with the "
                      "team and any order that is not packed by six is packed first the next day.")
    unsure = _letter("The reason was that our packer was ill for two weeks.",
                     "We have already shipped every late order and refunded the fees.",
                     long_paragraph)
    assert "preventive-measures" in outline(unsure, STRUCTURE, PLAN).unsure
    assert _plan_findings(unsure) == []
    sure = _letter("The reason was that our packer was ill for two weeks.",
                   "We have already shipped every late order and refunded the fees.",
                   "Please reactivate our account.")
    assert _plan_findings(sure) == [("preventive-measures", "missing")]


def test_a_missing_part_of_a_plan_without_headings_says_where_the_others_are_in_chinese() -> None:
    text = _letter("The reason was that our packer was ill for two weeks.",
                   "We have already shipped every late order and refunded the fees.",
                   "Please reactivate our account.")
    lines = text.split("\n")
    cause = lines.index("The reason was that our packer was ill for two weeks.") + 1
    done = cause + 2
    [en] = [f for f in _report(text, "T003").findings if f.data.get("part") in PLAN]
    assert dict(en.data["found"]) == {"root-cause": cause, "corrective-actions": done}
    assert f"the root cause (line {cause})" in en.message
    assert "preventive measures" in en.message
    [zh] = [f for f in _report(text, "T003", lang="zh-CN").findings
            if f.data.get("part") in PLAN]
    assert f"第 {cause} 行的根本原因" in zh.message and "预防措施" in zh.message


# --- the tense of a verb, read from its sentence -------------------------------------------

@pytest.mark.parametrize("planned", [
    "We will stop the emails. We are going to delete the customer list we made.",
    "We will refund the buyers who ordered in April.",
    "Next week we will retrain the staff that packed the orders.",
])
def test_a_past_verb_in_a_planned_sentence_is_not_done(planned: str) -> None:
    text = _letter(f"Root cause\n{CAUSE}", f"Corrective actions\n{planned}",
                   f"Preventive measures\n{PREVENT}")
    assert _plan_findings(text) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize("done", [
    "Removed the listing on 4 May.", "Listings deleted; stock disposed.",
    "Already contacted all buyers.", "Our team completed the training on 5 May.",
    "A new packer started work on 6 May.", "The backlog was cleared within 2 days.",
    "Since 5 May we ship every order the same day.",
    "We will audit the catalog in June, and we have already removed the 12 listings.",
    "All listings are deleted and the stock is destroyed.",
    "We already contact all customers and give refund.", "我们已经删除了所有listing。",
    "- Removal of all 12 listings\n- Refund to every buyer\n- Retraining of the packers",
])
def test_done_said_without_we_or_with_already_is_done(done: str) -> None:
    text = _letter(f"Root cause\n{CAUSE}", f"Corrective actions\n{done}",
                   f"Preventive measures\n{PREVENT}")
    assert _plan_findings(text) == []


# --- a plan said to be attached ------------------------------------------------------------

@pytest.mark.parametrize("cover", [
    "We prepared a detailed plan of action. The same is attached as POA_Store_May2026.pdf.",
    "Our full plan of action, covering the root cause, the corrective actions and the review "
    "we now use, is attached as Plan-of-Action.pdf.",
    "Our plan of action, which explains the cause and what we did, is in the document "
    "attached to this case.",
    "We wrote a plan of action with all three parts. You can find it in the attachments.",
])
def test_a_cover_letter_that_says_where_the_plan_is_gets_said_attached(cover: str) -> None:
    text = f"Hello,\n\nOur account was deactivated for inauthentic complaints.\n\n{cover}\n"
    found = [f.data["in_message"] for f in _report(text, "A016").findings
             if f.data.get("kind") == "plan-of-action"]
    assert found == ["said-attached"]


def test_a_plan_promised_for_later_is_no_plan_and_not_attached() -> None:
    text = ("Hello,\n\nOur account was deactivated for inauthentic complaints. We will send "
            "our plan of action next week.\n")
    found = [f.data["in_message"] for f in _report(text, "A016").findings
             if f.data.get("kind") == "plan-of-action"]
    assert found == ["none"]


# --- T007: names, and words that only describe ---------------------------------------------

@pytest.mark.parametrize(("sentence", "cited"), [
    ("Returns now go to a separate shelf and are never sold as new.", False),
    ("Our account was deactivated for Used Sold As New complaints.", True),
    ("Our account was deactivated for selling used items as new.", True),
    ("Our account was deactivated because it is related to another account.", True),
    # "linked" retells the e-mail in the seller's words; "related" is the policy's own word
    # (twelfth round: three blind authors label "linked/connected to another account" so)
    ("Our account was deactivated because it is linked to another account.", False),
    ("Our account was deactivated because of late shipments in April.", True),
    ("Our account was deactivated for negative feedback.", True),
    ("Our account was deactivated because the tracking numbers were invalid.", True),
    ("Our account was deactivated for manipulating product reviews.", True),
])
def test_a_policy_is_named_not_described(sentence: str, cited: bool) -> None:
    text = f"Hello,\n\n{sentence} We fixed the process.\n\nPlease reactivate our account."
    assert (_report(text, "T007").findings == ()) is cited


# --- T002: pleading, and a status that states no reason ------------------------------------

@pytest.mark.parametrize("plea", [
    "Please have pity on us.", "We are in a desperate situation.",
    "求求你们，帮我们看一下。", "Our 12 workers will lose their jobs.",
    # (twelfth round: "all our life savings are in this stock" alone is a fact of dependence)
    "Our savings are gone.", "Our children will starve.",
])
def test_pleading_is_emotional_with_its_phrase_and_line(plea: str, tmp_path: Path) -> None:
    (tmp_path / "case.json").write_text(json.dumps(
        {"type": "account-appeal", "marketplace": "US", "subject": "Appeal"}), encoding="utf-8")
    (tmp_path / "message.md").write_text(f"Hello,\n\n{NOTICE}\n\n{plea}\n\nRoot cause: {CAUSE}",
                                         encoding="utf-8")
    [finding] = validate(tmp_path, config=Config(select=("T002",))).findings
    assert finding.data["phrase"].lower() in plea.lower()
    assert (finding.location.file, finding.location.line) == ("message.md", 5)


@pytest.mark.parametrize(("sentence", "blame"), [
    ("In Manage Inventory they show as Inactive without any reason mentioned.", False),
    ("The page says Suppressed, without a reason given.", False),
    ("You deactivated our account for no reason.", True),
    ("Amazon closed our store without any reason!", True),
    ("We made a stupid mistake with the labels, and we fixed it.", False),
    ("The old packing checklist was useless, so we wrote a new one.", False),
    ("The FTC care labeling rule applies to our towels.", False),
    ("Your support is useless.", True),
    ("We will complain to the FTC.", True),
])
def test_blame_is_said_of_amazon_not_of_ones_own_process(sentence: str, blame: bool) -> None:
    text = f"Hello,\n\n{sentence} Could you check the listing B0CXK12345?\n\nThanks, Sneha"
    assert bool(_report(text, "T002").findings) is blame


# --- I009 and T007 say where the letter tells what happened --------------------------------

def test_i009_and_t007_point_at_the_paragraph_that_says_what_happened() -> None:
    text = "Dear team,\n\n" + NOTICE.replace(" for a Late Shipment Rate of 5.2%", "") + \
        " We shipped the late orders.\n\nPlease reactivate our account.\n"
    report = _report(text, "I009", "T007", ids={"order_ids": ["113-4839201-1234567"]})
    by_code = {f.code: f for f in report.findings}
    assert by_code["I009"].data["line"] == 3 and by_code["T007"].data["line"] == 3
    assert "(line 3)" in by_code["I009"].hint and "(line 3)" in by_code["T007"].hint
    zh = {f.code: f for f in _report(text, "I009", "T007", lang="zh-CN",
                                     ids={"order_ids": ["113-4839201-1234567"]}).findings}
    assert "第 3 行" in zh["I009"].hint and "第 3 行" in zh["T007"].hint


def test_a_facts_heading_is_where_i009_asks_for_the_id() -> None:
    text = ("Hello,\n\nThank you for reading our appeal, we are a small shop from Izmir.\n\n"
            "## What happened\nOur account was deactivated on 4 May 2026 for late shipments.\n")
    [finding] = _report(text, "I009", ids={"asins": ["B0CXK12345"]}).findings
    assert finding.data["line"] == 5


# --- any heading form, any wording, any order ----------------------------------------------

FORMS = ("## {t}", "**{t}**", "**{t}:**", "{n}. {t}", "{n}) {t}", "({n}) {t}", "{L}. {t}",
         "({l}) {t}", "{T}", "{t}", "{t}:", "Step {n}: {t}", "Our POA ({n}) - {t}", "{cn}、{t}",
         "【{t}】", "### {n}. {t}", "**{n}. {t}**", "{R}. {t}")
WORDINGS = {
    "root-cause": ("Root cause", "The reason of the problem", "Why this happened",
                   "What caused the problem", "Cause of the issue", "Investigation result",
                   "Problem analysis", "Where we went wrong", "Reason for violation"),
    "corrective-actions": ("Corrective actions", "What we have did", "Actions we have taken",
                           "Immediate actions", "Steps taken", "Changes we made",
                           "Actions completed", "What we fixed", "Remedial steps"),
    "preventive-measures": ("Preventive measures", "Measures to avoid", "Prevention",
                            "How we will avoid this in future", "Long-term measures",
                            "Steps to prevent recurrence", "Going forward", "Future safeguards"),
}
BODIES = {"root-cause": CAUSE, "corrective-actions": DONE, "preventive-measures": PREVENT}


@settings(deadline=None, max_examples=150)
@given(form=st.sampled_from(FORMS), order=st.permutations(PLAN),
       titles=st.tuples(*(st.sampled_from(WORDINGS[p]) for p in PLAN)),
       inline=st.booleans(), blank=st.booleans())
def test_a_complete_plan_in_any_heading_form_never_gets_a_t003_missing_error(
    form: str, order: list[str], titles: tuple[str, ...], inline: bool, blank: bool,
) -> None:
    title_of = dict(zip(PLAN, titles, strict=True))
    sections = []
    for n, part in enumerate(order, 1):
        title = title_of[part]
        heading = form.format(t=title, T=title.upper(), n=n, L="ABC"[n - 1], l="abc"[n - 1],
                              cn="一二三"[n - 1], R=("I", "II", "III")[n - 1])
        together = inline and (form.endswith(":**") or form == "{t}:")
        sections.append(f"{heading} {BODIES[part]}" if together
                        else f"{heading}\n{BODIES[part]}")
    text = ("\n\n" if blank else "\n").join(("Hello,", NOTICE, *sections, "Regards,\nLena"))
    report = _report(text, "T003", "A016")
    assert [f.data["part"] for f in report.findings if f.code == "T003"
            and f.data.get("part") in PLAN and f.data.get("problem") == "missing"] == []
    assert [f for f in report.findings if f.code == "A016"
            and f.data.get("kind") == "plan-of-action"] == []
