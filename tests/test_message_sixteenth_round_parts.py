"""The sixteenth round of the message rules (issue 13): T003 on the parts of a plan.

A part that only points elsewhere (an attachment, "Same as point 1"), is still being looked into
("We are checking now."), or is left to someone else ("TBD - will confirm with Mark", "(our
logistics manager will complete this part)") is there in name only. A label kept for its tense
("What I will change: I understand now ...") is read for its substance without its own words.
Corrective headings named by the deed first ("Done actions") or by what was done to the things
("Things we fixed"), a tool turned off in a one-paragraph plan, and the form's questions quoted
with ">" over the answers are read as the parts they are. The violation told in the policy's
own words ("orders that were sent to customers by another retailer") is no root cause. Every
text here is written for the test; none is copied from the labeled set."""

from __future__ import annotations

import pytest
from message_checks import STRUCTURE, plan_problems, report

from casecheck import Config, validate
from casecheck.outline import outline

OPENING = "Our account was deactivated because our Order Defect Rate reached 2.1%."
CAUSE = ("Our packer in the Leeds warehouse skipped the plug check on the March batch, so 40 "
         "kettles shipped with loose plugs.")
DONE = "- We removed the 40 kettles from FBA on 3 March.\n- We refunded the 15 buyers."
PREVENT = ("- Every batch gets a 20-unit plug test before it ships.\n"
           "- A second person signs the sheet.")
CLOSING = "Kind regards,\nAnna Lee"


def _letter(cause: str = CAUSE, done: str = DONE, prevent: str = PREVENT,
            headings: tuple[str, str, str] = ("Root cause:", "Corrective actions:",
                                              "Preventive measures:")) -> str:
    first, second, third = headings
    return (f"Dear Seller Performance team,\n\n{OPENING}\n\n{first}\n{cause}\n\n"
            f"{second}\n{done}\n\n{third}\n{prevent}\n\n{CLOSING}\n")


def _hollow(text: str, kind: str = "account-appeal") -> dict[str, object]:
    return {f.data["part"]: f.data.get("hollow")
            for f in report(text, "T003", kind=kind).findings
            if f.data.get("problem") == "missing" and "hollow" in f.data}


# --- a part that points to an attachment while the others are written -----------------------

@pytest.mark.parametrize("pointer", [
    "Please see attachment.",
    "Kindly refer to the attached file.",
    "Please refer to attachment 2.",
    "Details are in the attached PDF.",
    "详见附件。",
])
@pytest.mark.parametrize("part", ["cause", "done", "prevent"])
def test_a_part_that_only_points_to_an_attachment_is_missing(pointer: str, part: str) -> None:
    text = _letter(**{part: pointer})
    name = {"cause": "root-cause", "done": "corrective-actions",
            "prevent": "preventive-measures"}[part]
    assert _hollow(text).get(name) == "attached"
    assert (name, "missing") in plan_problems(text)


def test_an_attachment_named_beside_a_step_leaves_the_step() -> None:
    text = _letter(done="We destroyed the 40 kettles. Please see the attached photos.")
    assert plan_problems(text) == []


def test_a_request_to_see_the_attachment_is_no_heading() -> None:
    found = outline(_letter(done="Please see attachment."), STRUCTURE)
    assert [h.title for h in found.headings] == ["Root cause", "Corrective actions",
                                                 "Preventive measures"]


@pytest.mark.parametrize(("lang", "why"), [
    ("en", "it only points to an attachment"),
    ("zh-CN", "只写了“见附件”"),
])
def test_a_pointer_is_quoted_and_explained(lang: str, why: str) -> None:
    found = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                      "message": _letter(done="Please see attachment.")},
                     config=Config(select=("T003",), lang=lang)).findings
    [finding] = [f for f in found if f.data.get("hollow") == "attached"]
    assert "Please see attachment." in finding.message
    assert why in finding.message
    assert finding.data["part"] == "corrective-actions"


# --- pointing back, looking into it, left to someone -------------------------------------------

@pytest.mark.parametrize(("done", "kind"), [
    ("Same as point 1.", "above"),
    ("Same as in section 2.", "above"),
    ("As mentioned in point 1.", "above"),
    ("We are checking now.", "later"),
    ("Still investigating.", "later"),
    ("正在核查中。", "later"),
    ("(our logistics manager will complete this part)", "later"),
    ("(the warehouse team will add it)", "later"),
])
def test_a_corrective_part_that_says_nothing_done_is_missing(done: str, kind: str) -> None:
    text = _letter(done=done)
    assert _hollow(text).get("corrective-actions") == kind
    assert ("corrective-actions", "not-done") not in plan_problems(text)


@pytest.mark.parametrize("done", [
    "We are checking every returned kettle, and we refunded 12 buyers.",
    "Same day we removed the 40 kettles from FBA.",
    "We investigated the batch and destroyed the 40 kettles.",
])
def test_a_step_told_beside_those_words_stays(done: str) -> None:
    assert plan_problems(_letter(done=done)) == []


@pytest.mark.parametrize("prevent", [
    "TBD - will confirm with Mark",
    "TBD - will confirm with the owner",
    "To be confirmed with Mark.",
    "Pending: to update after the call.",
])
@pytest.mark.parametrize("kind", ["account-appeal", "listing-reinstatement"])
def test_a_prevention_left_to_someone_is_missing(prevent: str, kind: str) -> None:
    assert _hollow(_letter(prevent=prevent), kind=kind).get("preventive-measures") == "later"


def test_a_measure_after_the_marker_stays() -> None:
    text = _letter(prevent="N/A - a second person checks every batch before it ships.")
    assert ("preventive-measures", "missing") not in plan_problems(text)


# --- a label kept for its tense is read for its substance without its words -------------------

def _inline(done: str) -> str:
    return (f"Hello,\n\n{OPENING}\n\nRoot cause: {CAUSE}\n\n{done}\n\n"
            "Prevention: a second person checks every batch before it ships.\n\nThanks,\nAnna\n")


def test_a_future_label_over_only_an_admission_is_missing_not_planned() -> None:
    text = _inline("What I will change: I understand now that this was wrong. I respect all "
                   "the Amazon rules and I want to be a good seller.")
    problems = plan_problems(text)
    assert ("corrective-actions", "missing") in problems
    assert ("corrective-actions", "not-done") not in problems


def test_a_future_label_over_planned_steps_is_still_not_done() -> None:
    text = _inline("What we will change: we will move all the kettles to a new supplier and "
                   "retest the stock.")
    assert ("corrective-actions", "not-done") in plan_problems(text)


# --- corrective headings in the words sellers use ----------------------------------------------

@pytest.mark.parametrize("heading", [
    "2. Done actions", "2) Things we fixed", "Changes we made:", "Steps we took:",
    "Finished works", "Actions we have completed:",
])
def test_a_corrective_heading_named_by_the_deed_is_found(heading: str) -> None:
    text = _letter(headings=("1. Reason", heading, "3. Prevent actions"))
    assert ("corrective-actions", "missing") not in plan_problems(text)


def test_a_tool_turned_off_in_a_one_paragraph_plan_is_the_action() -> None:
    text = ("Hi there,\n\nOur account was deactivated for price gouging. Our repricer had no "
            "ceiling, and when demand for our heaters spiked it raised the price from $39 to $95. "
            "Right after the notice we turned the repricer off, set every listing back to its list "
            "price and refunded the difference to 18 buyers. Going forward no price moves more "
            "than 10% in a week without the owner approving it, and I review the price report "
            "every Friday.\n\nTom\n")
    assert ("corrective-actions", "missing") not in plan_problems(text)


# --- the form's questions quoted with ">" over the answers -------------------------------------

def _answers(done: str) -> str:
    return ("Hello Seller Performance,\n\nYou asked us three questions about the trademark "
            "complaint. We answer them below.\n\n"
            "> 1. What caused the trademark complaint?\n\n"
            "1. Our new staff copied the brand word \"Aqualine\" from a competitor's title.\n\n"
            "> 2. What actions have you taken to resolve the issue?\n\n"
            f"2. {done}\n\n"
            "> 3. What steps will you take to prevent this from happening again?\n\n"
            "3. Our team leader checks every title on the trademark register before it goes "
            "live.\n\nThank you.\n")


def test_quoted_questions_head_their_answers() -> None:
    found = outline(_answers("We removed the word from all 6 listings."), STRUCTURE)
    assert set(found.parts) >= {"root-cause", "corrective-actions", "preventive-measures"}
    assert [h.line for h in found.headings if "corrective-actions" in h.parts] == [9]


def test_a_planned_answer_under_a_quoted_question_is_not_done() -> None:
    assert ("corrective-actions", "not-done") in plan_problems(
        _answers("We will delete the word from all 6 listings and contact the owner."))
    assert plan_problems(_answers("We removed the word from all 6 listings.")) == []


# --- the violation told in the policy's own words is no root cause ----------------------------

@pytest.mark.parametrize("cause", [
    "Our account received orders that were sent to customers by another retailer.",
    "Some orders were shipped directly to the buyers by a third-party seller.",
    "Our account is related to another seller account.",
])
def test_the_violation_in_the_policys_words_is_no_cause(cause: str) -> None:
    assert _hollow(_letter(cause=cause)).get("root-cause") == "restated"


@pytest.mark.parametrize("cause", [
    "Some orders were shipped by another retailer because our stock ran out and we bought "
    "from a big-box store.",
    "Our account is related to another account because my brother logged in on our laptop.",
])
def test_the_violation_with_its_reason_is_the_cause(cause: str) -> None:
    assert "root-cause" not in _hollow(_letter(cause=cause))
