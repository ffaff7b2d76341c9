"""A part of a plan of action that is there but does not do its job (issue 13, ninth round): a
corrective part that only talks of the rules' importance, of respect, of commitment or of the
seller's good record; one that only says the issue was or will be talked about; one that only
asks for the listing back, offers help or promises "all necessary steps"; a prevention that only
thanks, hopes for a decision, praises the seller, or says the issue was a one-off or is solved;
a root cause that only retells what the notice said and when it came, or says the seller is not
sure which thing was wrong. The near misses (a real step or check beside such words, a number
in a record that is a fact of the process, a thing of the business named with a word before it)
stay parts. Every text here is written for this test."""

from __future__ import annotations

import pytest
from message_checks import hollow_kinds, plan_letter, plan_problems

CAUSE = "Our packer put returned blenders back on the shelf and nobody checked the seal."
DONE = "We removed the 41 opened units from FBA on 2026-05-11 and refunded the 6 buyers."
PREVENT = "Every returned unit now goes to a separate shelf and a second person checks it."


def _letter(cause: str = CAUSE, done: str = DONE, prevent: str = PREVENT) -> str:
    return plan_letter("Our store was deactivated on 2026-05-09 for used items sold as new.",
                       cause, done, prevent,
                       "Kindly reinstate the store.\nBest regards,\nNguyen Van Tam")


def test_the_letter_itself_is_a_whole_plan() -> None:
    assert plan_problems(_letter()) == []


# --- a corrective part of values, respect, commitment or record ------------------------------

@pytest.mark.parametrize(("done", "kind"), [
    ("Each notice is very important to us and we fully respect the policies of the store.",
     "comply"),
    ("We are a small honest family business. We understand that buyers deserve new items and "
     "we respect that.", "praise"),
    ("We take this very seriously and we value every one of our buyers. Quality has "
     "always been our first priority, and we are fully committed to Amazon's standards.",
     "comply"),
])
def test_a_corrective_part_of_values_or_praise_is_missing(done: str, kind: str) -> None:
    text = _letter(done=done)
    assert plan_problems(text) == [("corrective-actions", "missing")]
    assert hollow_kinds(text)[0][0] == "corrective-actions"


# --- a corrective part that only talks, asks or offers ---------------------------------------

@pytest.mark.parametrize("done", [
    "I spoke with the supplier.",
    "We will discuss it with our team next week.",
    "We kindly request that our listing be reactivated soon, as it sells well in summer. Please "
    "let us know if anything more is needed.",
    "We are willing to cooperate with the rights owner in any way they want.",
    "Thank you for telling us. We assure you we will take all necessary steps.",
])
def test_a_corrective_part_that_only_talks_or_asks_is_missing(done: str) -> None:
    assert plan_problems(_letter(done=done)) == [("corrective-actions", "missing")]


def test_a_talk_with_a_step_is_a_step() -> None:
    assert plan_problems(_letter(
        done="We talked with the supplier and they replaced all 41 units on 2026-05-12.")) == []


# --- a prevention of thanks, hope, praise, or a one-off ---------------------------------------

@pytest.mark.parametrize("prevent", [
    "We are so thankful for the chance to sell here. We are confident that Amazon will review "
    "our case kindly.",
    "We are sincere sellers and we have been selling on Amazon since 2018 with a 4.9 rating. This "
    "was a one time problem due to the move and will not repeat. Please revert with good news.",
    "We are sure that now the listing is correct and the issue is solved.",
    "We hope we can continue to serve the buyers of Amazon with our products.",
])
def test_a_prevention_of_thanks_praise_or_a_one_off_is_missing(prevent: str) -> None:
    assert plan_problems(_letter(prevent=prevent)) == [("preventive-measures", "missing")]


def test_a_check_beside_a_record_is_a_prevention() -> None:
    assert plan_problems(_letter(
        prevent="We have sold for 6 years, and since May a second person checks every return.")) \
        == []


# --- a root cause of the notice told again, or unsure ----------------------------------------

@pytest.mark.parametrize("cause", [
    "On March 3 we received notice of a trademark complaint from Brightway regarding four of our "
    "listings. Three more complaints followed on March 9 and March 15. The complaints state that "
    "the logo is used without permission.",
    "We are not sure exactly which part is the problem, the notice does not say. We are selling "
    "this blender for 3 years without problem.",
])
def test_a_root_cause_of_the_notice_or_unsure_is_missing(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == [("root-cause", "missing")]


def test_a_thing_of_the_business_with_a_word_before_it_is_a_cause() -> None:
    assert plan_problems(_letter(
        cause="The error came from our old product template, which had a rival's name in the "
              "keywords that nobody noticed.")) == []


# --- a part that holds no word ----------------------------------------------------------------

@pytest.mark.parametrize("prevent", ["...", "…", "- - -"])
def test_a_part_of_marks_only_is_missing(prevent: str) -> None:
    text = _letter(prevent=prevent)
    assert plan_problems(text) == [("preventive-measures", "missing")]
    assert hollow_kinds(text) == [("preventive-measures", "empty")]
