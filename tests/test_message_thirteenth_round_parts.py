"""The classes behind the twelfth and earlier message sets' T003 corrective, preventive and
not-done misses and false alarms (issue 13, thirteenth round), on texts written for this
test, not taken from the bench."""

from __future__ import annotations

import pytest
from message_checks import hollow_kinds, plan_letter, plan_problems, report

from casecheck import Config, validate

OPENING = "Our account was deactivated for late shipments of our garden hoses in March."
CAUSE = ("Our carrier moved its pickup from 18:00 to 15:00 and we kept our old packing "
         "cut-off, so 90 orders left a day late.")
DONE = "We moved the packing shift to 8:00 on 2 April and set the handling time to 2 days."
PREVENT = "Our warehouse lead checks the carrier's pickup time every Monday against our cut-off."
CLOSING = "Thank you for your time.\nPeter Novak"
CORRECTIVE = [("corrective-actions", "missing")]
PREVENTIVE = [("preventive-measures", "missing")]


# --- a part that is only its heading, with nothing under it ------------------------------

@pytest.mark.parametrize("head", ["2. Corrective actions", "**What we have done**",
                                  "Corrective actions:", "CORRECTIVE ACTIONS"])
def test_a_corrective_heading_with_nothing_under_it_is_missing(head: str) -> None:
    text = (f"Dear Seller Performance team,\n\n{OPENING}\n\n1. Root cause\n{CAUSE}\n\n"
            f"{head}\n\n3. Preventive measures\n{PREVENT}\n\n{CLOSING}\n")
    assert plan_problems(text) == CORRECTIVE
    # the empty heading gives no part, so the part is missing once (not also hollow), and the
    # finding says where the heading to fill in stands
    assert hollow_kinds(text) == []
    missing = next(f for f in report(text, "T003").findings
                   if f.data.get("part") == "corrective-actions")
    assert missing.data["empty_heading"] == 8
    assert "with nothing under it (line 8)" in missing.message
    chinese = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                        "message": text}, config=Config(select=("T003",), lang="zh-CN"))
    assert any("第 8 行的" in f.message and "下面没有内容" in f.message for f in chinese.findings)


@pytest.mark.parametrize("close", ["Best wishes from all of us in Leeds.\nPeter Novak",
                                   "Gracias,\nPeter Novak", "Kind regards,\nPeter Novak"])
def test_a_prevention_heading_over_the_close_of_the_letter_is_missing(close: str) -> None:
    text = (f"Dear Seller Performance team,\n\n{OPENING}\n\nRoot cause: {CAUSE}\n\n"
            f"Corrective actions: {DONE}\n\nPreventive measures:\n\n{close}\n")
    assert plan_problems(text) == PREVENTIVE
    assert hollow_kinds(text) == [("preventive-measures", "blank")]


def test_headings_listed_on_consecutive_lines_are_no_empty_parts() -> None:
    # the headings name what an attached plan holds; the letter gives no part of its own
    listed = "【Root cause】\n【Corrective actions】\n【Preventive measures】"
    text = (f"Dear Seller Performance team,\n\n{OPENING}\n\n{listed}\n"
            f"Our plan with all three parts is in the attached file Plan_of_action.pdf, with "
            f"our new carrier contract.\n\n{CLOSING}\n")
    assert hollow_kinds(text) == []


def test_a_heading_over_sub_headings_is_not_empty() -> None:
    text = (f"Dear Seller Performance team,\n\n{OPENING}\n\n## Root cause\n{CAUSE}\n\n"
            f"## Corrective actions\n\n### Packing\n{DONE}\n\n## Preventive measures\n"
            f"{PREVENT}\n\n{CLOSING}\n")
    assert plan_problems(text) == []


def test_a_heading_over_thanks_keeps_its_own_kind() -> None:
    text = plan_letter(OPENING, CAUSE, DONE, "Thank you so much for your kind support.", CLOSING)
    assert hollow_kinds(text) == [("preventive-measures", "thanks")]


# --- a part left for later, or said not to apply -----------------------------------------

@pytest.mark.parametrize("done", [
    "N/A.",
    "n/a - see the cause",
    "TBD.",
    "Corrective actions will be decided once we get your answer to this appeal.",
    "Waiting for Amazon's reply first.",
    "（备注：纠正措施下周补上）",
])
def test_corrective_actions_left_for_later_are_missing(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == CORRECTIVE


@pytest.mark.parametrize("prevent", ["N/A, the hoses now ship on time.", "To be added later."])
def test_a_prevention_left_for_later_is_missing(prevent: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, DONE, prevent, CLOSING)) == PREVENTIVE
    assert hollow_kinds(plan_letter(OPENING, CAUSE, DONE, prevent, CLOSING)) == [
        ("preventive-measures", "later")]


@pytest.mark.parametrize("done", [
    "N/A - we moved the packing shift to 8:00 on 2 April.",
    "None of the 90 orders was cancelled; we refunded the shipping fee to every buyer.",
    "The new shift will be confirmed with the carrier, and we already moved 40 orders.",
])
def test_a_step_beside_a_marker_stays(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == []


# --- an excuse, the rule understood, a talk going on, the matter put on another ----------

@pytest.mark.parametrize(("done", "kind"), [
    ("To be honest we did not know a late pickup was a problem for the account.", "unaware"),
    ("We were not aware that the dispatch rate counted the carrier's scan.", "unaware"),
    ("We understand that shipping after the promised date is not allowed and we respect "
     "Amazon policies.", "comply"),
    ("We are aware of it and we are now talking with the courier company about a later "
     "pickup.", "talk"),
    ("It was not in our control. The delay was from the carrier side only.", "blame"),
])
def test_corrective_actions_that_give_no_step_are_missing(done: str, kind: str) -> None:
    text = plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)
    assert plan_problems(text) == CORRECTIVE
    assert hollow_kinds(text) == [("corrective-actions", kind)]


@pytest.mark.parametrize("done", [
    "We did not know the pickup had moved, so we changed the cut-off to 14:00 on 2 April.",
    "We understand that late shipments are not allowed, so we hired a second packer.",
    "We are in contact with the carrier, and the pickup was moved back to 18:00 on 3 April.",
])
def test_a_step_beside_an_excuse_stays(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == []


# --- terse labels: "Corrected:", "The actions:" ------------------------------------------

def test_corrected_heads_the_actions() -> None:
    text = (f"Dear Amazon,\n\n{OPENING}\n\nCause: {CAUSE}\n\nCorrected: packing shift moved "
            f"to 8:00, handling time set to 2 days.\n\nPrevention: {PREVENT}\n\n{CLOSING}\n")
    assert plan_problems(text) == []


def test_the_actions_heads_the_actions_and_is_read_for_its_tense() -> None:
    text = (f"Dear Amazon,\n\n{OPENING}\n\nCause: {CAUSE}\n\nThe actions: we will move the "
            f"packing shift and we will ask the carrier for a later pickup.\n\n"
            f"The prevention: {PREVENT}\n\n{CLOSING}\n")
    assert plan_problems(text) == [("corrective-actions", "not-done")]


# --- a label's paragraph that goes on to the part the plan lacks -------------------------

def test_a_label_paragraph_that_goes_on_to_the_actions_gives_them() -> None:
    text = (f"Hello,\n\n{OPENING}\n\nWhat went wrong: our carrier moved its pickup and nobody "
            f"changed our cut-off. We have moved the packing shift to 8:00 and set the "
            f"handling time to 2 days on 2 April.\n\nThanks,\nPeter Novak\n")
    found = [(f.data["part"], f.data["problem"]) for f in report(text, "T003").findings
             if f.data.get("part") == "corrective-actions"]
    assert found == []


def test_labels_run_on_in_one_paragraph_each_give_their_part() -> None:
    text = (f"Hello,\n\n{OPENING}\n\nRoot cause - our carrier moved its pickup and nobody changed "
            f"our cut-off. Corrective - the packing shift was moved to 8:00 on 2 April. "
            f"Preventive - our lead checks the pickup time every Monday.\n\nThanks,\nPeter\n")
    assert plan_problems(text) == []


def test_a_word_before_a_dash_in_a_sentence_is_no_label() -> None:
    # "Tuesday - " names no part: the plan still lacks its actions and its prevention
    text = (f"Hello,\n\n{OPENING}\n\nRoot cause - our carrier moved its pickup and nobody changed "
            f"our cut-off. Tuesday - the day the pickup moved - was the first late day.\n\n"
            f"Thanks,\nPeter\n")
    assert plan_problems(text) == [("corrective-actions", "missing"),
                                   ("preventive-measures", "missing")]
