"""A root cause that is there in name only (issue 13, eleventh round): one that retells what
Amazon said or decided ("Amazon told us that ...", "your team determined that ...", "as per
your notice, customers have reported that ..."), with the notice's verdict said alone ("the
items were not authentic", "our documents were not accepted") or the complaints counted small;
one that says the seller is not able to find or tell what it was ("we have not been able to
determine what caused ...", "we could not find which ..."), or guesses at what Amazon's system
thought; one that only defends the goods or the supplier ("all units are certified", "we trust
our supplier"). The near misses stay root causes: a cause given after the metric in words of its
own ("our ODR became 1.4% because the mugs were chipping in transit"), what Amazon said when it
names a fact of the business, a supplier trusted in the past tense (the seller's own failure),
a competitor's image the seller's own staff took. Every text here is written for this test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import cause_kind, plan_letter, plan_problems

from casecheck import Config, validate

CAUSE = "Our packer put returned lamps back on the shelf and nobody checked the seal."
DONE = "We removed the 41 opened units from FBA on 2026-07-02 and refunded the 6 buyers."
PREVENT = "Every returned unit now goes to a separate shelf and a second person checks it."


def _letter(cause: str = CAUSE) -> str:
    return plan_letter("Our store was deactivated on 2026-07-01 after buyer complaints.",
                       cause, DONE, PREVENT,
                       "Kindly reinstate the store.\nBest regards,\nTomasz Nowak")


def test_the_letter_itself_is_a_whole_plan() -> None:
    assert plan_problems(_letter()) == []


# --- what Amazon said or decided, told again ------------------------------------------------

@pytest.mark.parametrize("cause", [
    "Amazon informed us that we have violated the policy.",
    "Your team found that the lamps were not genuine.",
    "According to the notification, buyers have said that the product is unsafe.",
    "The reason was that Amazon got two complaints about our desk lamps.",
    "Amazon restricted our listing since our invoices were rejected.",
    "The claims were only three, 3 orders.",
    "The buyers claimed the lamps were used.",
])
def test_a_cause_that_retells_amazon_or_the_buyers_is_missing(cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert cause_kind(text) == "restated"


@pytest.mark.parametrize("cause", [
    # what Amazon said names a fact of the listing: the seller takes it as the cause
    "Amazon told us that our title used the word \"FDA approved\", which our designer wrote.",
    # the verdict, then the seller's own cause
    "The lamps were not genuine because our new supplier sent a copy of the brand.",
    "Amazon restricted our listing because the bullet points of the page promised a UV "
    "disinfection it cannot do.",
])
def test_what_amazon_said_beside_a_cause_stays_a_cause(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


# --- not able to find or tell what it was; a guess at Amazon's system ------------------------

@pytest.mark.parametrize("cause", [
    "We have not been able to identify why the buyers were unhappy.",
    "We are unable to find any defect in the lamps.",
    "I was not able to figure out what went wrong with these orders.",
    "We went through our account, but we could not tell which listing is the problem.",
    "We do not know. Probably the algorithm thought our lamps were too expensive.",
])
def test_a_cause_not_found_or_guessed_at_amazon_is_missing(cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert cause_kind(text) == "unknown"


def test_a_thing_not_found_is_still_a_fact() -> None:
    cause = "We could not find the supplier's invoice for lot 7 when we listed the lamps."
    assert plan_problems(_letter(cause=cause)) == []


# --- the goods or the supplier defended ---------------------------------------------------------

@pytest.mark.parametrize("cause", [
    "All the lamps we sell are brand new.",
    "We fully trust our factory. Each unit is CE certified.",
    "Our goods come from an authorized distributor that we work with since 6 years.",
    "Every item we ship is 100% genuine and sealed.",
    "所有产品都是正品。",
])
def test_a_cause_that_only_defends_the_goods_is_missing(cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert cause_kind(text) == "denied"


def test_unsure_then_defending_is_missing() -> None:
    text = _letter(cause="We have no clue. We trust our supplier and all products are original.")
    assert plan_problems(text) == [("root-cause", "missing")]


@pytest.mark.parametrize("cause", [
    # trusted in the past: the seller's own failure
    "We trusted our supplier and did not ask for the authorization letter.",
    # the goods defended, then what went wrong after all
    "All the lamps are CE certified, but our packer shipped returned units as new.",
])
def test_a_defence_beside_a_failure_stays_a_cause(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


def test_the_finding_says_why_in_both_languages() -> None:
    text = _letter(cause="All the lamps we sell are brand new.")
    for lang, why in (("en", "not at fault"), ("zh-CN", "没有问题")):
        found = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                          "message": text}, config=Config(select=("T003",), lang=lang))
        hollow = [f for f in found.findings if f.data.get("hollow") == "denied"]
        assert hollow and why in hollow[0].message


# --- the metric, then its cause in words of its own -----------------------------------------------

@pytest.mark.parametrize("cause", [
    "Our ODR became 1.6% because ceramic mugs were chipping in transit inside soft mailers.",
    "Our late shipment rate rose to 6% because the Friday pick-up was moved to Monday.",
])
def test_a_metric_followed_by_its_cause_stays_a_cause(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


@pytest.mark.parametrize("cause", [
    "Our ODR became 1.6% because of the negative feedbacks from buyers.",
    "Our ODR became 1.6% because many customers complained about the mugs.",
])
def test_a_metric_followed_by_the_notice_is_missing(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == [("root-cause", "missing")]


@settings(max_examples=30, deadline=None)
@given(rate=st.integers(min_value=90, max_value=99), days=st.sampled_from([7, 30, 60, 90]),
       verb=st.sampled_from(["fell", "dropped", "went"]))
def test_the_notices_window_is_no_fact(rate: int, days: int, verb: str) -> None:
    cause = (f"Our Valid Tracking Rate {verb} below the required {rate}% threshold in the last "
             f"{days} days.")
    assert plan_problems(_letter(cause=cause)) == [("root-cause", "missing")]


# --- a competitor's thing the seller's own staff took is no blame ------------------------------

def test_a_competitors_image_taken_by_the_staff_is_a_cause() -> None:
    cause = ("Our designer was ill and the new intern copied a photo from a competitor's page "
             "for the main image.")
    assert plan_problems(_letter(cause=cause)) == []


def test_a_competitor_acting_is_still_blame() -> None:
    text = _letter(cause="A competitor reported our listing to hurt us.")
    assert plan_problems(text) == [("root-cause", "missing")]
    assert cause_kind(text) == "blame"
