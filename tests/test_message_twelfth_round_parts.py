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
