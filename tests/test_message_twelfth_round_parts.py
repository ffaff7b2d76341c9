"""The classes behind the tenth and earlier message sets' T003 corrective, preventive and
not-done misses and A016's false alarms (issue 13, twelfth round), on texts written for this
test, not taken from the bench."""

from __future__ import annotations

import pytest
from message_checks import no_plan, plan_letter, plan_problems

OPENING = "Our account was deactivated after complaints that our desk lamps arrived broken."
CAUSE = ("The carton our new packer used had no corner inserts, and we did not test the "
         "carton before the first shipment.")
PREVENT = "Every new carton design is now drop-tested by our warehouse lead before it is used."
CLOSING = "Thank you for your time.\nMaria Lopez"
NOT_DONE = [("corrective-actions", "not-done")]


# --- a corrective part in the passive future: "the units will be removed and destroyed" ---

@pytest.mark.parametrize("done", [
    "The 420 lamps left in FBA will be removed from the warehouse and destroyed. A removal "
    "order will be created for the stranded units.",
    "The product photos will be retaken and the old listing text deleted.",
    "All titles will be rewritten and the damaged stock disposed of.",
])
def test_a_passive_plan_joined_by_and_is_only_planned(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == NOT_DONE


@pytest.mark.parametrize("done", [
    # the deed has a tense of its own
    "The 420 lamps were removed from FBA and will be recycled next week.",
    "All stock will be removed from FBA, and 60 units destroyed already.",
    "We removed the 420 lamps from FBA, and the rest will be recycled.",
])
def test_a_deed_beside_a_passive_plan_stays_done(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == []


# --- "What is done:" heads the corrective actions --------------------------------------

@pytest.mark.parametrize("head", ["What is done:", "What was corrected:", "What is already done:"])
def test_what_is_done_heads_the_corrective_actions(head: str) -> None:
    text = (f"Dear Team,\n\n{OPENING}\n\nWhy: {CAUSE}\n\n{head} The packer replaced the "
            f"cartons; we told every buyer about the new packing.\n\nPrevention: {PREVENT}\n\n"
            f"{CLOSING}\n")
    assert plan_problems(text) == []


# --- "For fix the problem, we will ...": the aim with "for" opens the actions ------------

def _unheaded(done: str) -> str:
    return (f"Dear Seller Performance,\n\n{OPENING}\n\nThe problem is because {CAUSE[4:]}\n\n"
            f"{done}\n\nFor the future, every new carton design is drop-tested by our "
            f"warehouse lead before we use it for any shipment.\n\n{CLOSING}\n")


def test_actions_opened_by_for_fix_are_read_for_their_tense() -> None:
    text = _unheaded("For fix the problem, we will send a new lamp to each of the 12 buyers. "
                     "We will buy cartons with corner inserts.")
    assert plan_problems(text) == NOT_DONE


def test_actions_opened_by_for_fix_in_the_past_are_done() -> None:
    text = _unheaded("For fixing the problem, we sent a new lamp to each of the 12 buyers and "
                     "bought cartons with corner inserts.")
    assert plan_problems(text) == []


# --- a plan that says how long it holds: "Until then we will keep the listing closed" ---

@pytest.mark.parametrize("done", [
    "We will send the lamp to a test lab next week. Until then we will keep the listing closed.",
    "We will order a drop test. In the meantime, we will keep the listing closed.",
    "When the test report is ready, we will upload it and keep the listing closed.",
])
def test_a_plan_that_waits_for_something_is_only_planned(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == NOT_DONE


def test_a_deed_that_waits_is_still_done() -> None:
    done = "Until the test report came back we kept the listing closed, and we refunded 12 buyers."
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == []
