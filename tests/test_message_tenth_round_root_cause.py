"""A root cause that is there in name only (issue 13, tenth round): one that says the seller
looked and found nothing ("we checked all orders but could not find a reason"), that the cause
is still being looked for and will be told later, that the seller is not sure and it "could be
a few things" (what follows, with no fact of the business in it, is a guess); one that only
denies the violation ("we never paid for any review"); one that retells the notice: what Amazon
did or asked, the metric held against its target ("4.6%, higher than the 4% target"), with the
notice's identifiers (ASIN, complaint ID) beside it; one that names only a kind of cause
("Human error."). The near misses (a finding after the search, a cause after "Amazon removed
the listing because", a thing of the business named in a guess, a number of the seller's own
process) stay root causes. Every text here is written for this test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import cause_kind, plan_letter, plan_problems, report

from casecheck import Config, validate

CAUSE = "Our packer put returned kettles back on the shelf and nobody checked the seal."
DONE = "We removed the 37 opened units from FBA on 2026-06-02 and refunded the 5 buyers."
PREVENT = "Every returned unit now goes to a separate shelf and a second person checks it."


def _letter(cause: str = CAUSE, done: str = DONE, prevent: str = PREVENT) -> str:
    return plan_letter("Our store was deactivated on 2026-06-01 after buyer complaints.",
                       cause, done, prevent,
                       "Kindly reinstate the store.\nBest regards,\nAylin Demir")


def test_the_letter_itself_is_a_whole_plan() -> None:
    assert plan_problems(_letter()) == []


# --- looked for, not found; still looking; not sure ------------------------------------------

@pytest.mark.parametrize("cause", [
    "We went through every order of March and we still do not know what went wrong.",
    "We reviewed the cancelled orders, but we could not find any clear reason.",
    "We looked at it again. We did not find a single cause.",
    "We are still checking with our warehouse partner to understand the cause. Once we get "
    "their answer we will inform you immediately.",
    "I am currently investigating with the factory in Ningbo what happened.",
    "To be honest we are not completely sure. It might be several things. Sometimes boxes "
    "arrive a little different and the buyers notice it.",
    "Perhaps there was an issue with the labels, or maybe with the courier pick-up.",
])
def test_a_cause_looked_for_and_not_found_is_missing(cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert cause_kind(text) == "unknown"


@pytest.mark.parametrize("cause", [
    # the search found something: a fact of the seller's process
    "We checked all orders and found that our packer skipped the seal check on weekends.",
    # a thing not found is a fact: the supplier's invoice was never there
    "We reviewed the file and could not find the supplier's invoice for batch 12; we had "
    "listed the kettles without it.",
    # unsure, then a fact of the business named
    "We are not sure at first. Then we saw our warehouse staff mixed two boxes of stock.",
    # a long sentence no lexicon knows, with nothing unsure before it: benefit of the doubt
    "The kettles come in cartons of twelve and the shrink film tears easily when stacked high.",
])
def test_a_search_that_found_something_stays_a_cause(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


# --- the violation only denied ------------------------------------------------------------------

@pytest.mark.parametrize("cause", [
    "We have never paid for reviews. A rival seller must have done this to us.",
    "We never sold counterfeit products, we do not understand.",
])
def test_a_cause_that_only_denies_is_missing(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == [("root-cause", "missing")]


def test_never_checking_is_a_cause() -> None:
    # "we never" about the seller's own process is the cause, not a denial
    assert plan_problems(_letter(cause="We never checked the returned units before resale.")) \
        == []


# --- the notice told again ------------------------------------------------------------------

@pytest.mark.parametrize("cause", [
    "Amazon asked us for the invoices.",
    "Amazon deactivated the listing and then suspended our account.",
    "We got a trademark complaint (complaint ID 5520194437) for ASIN B0ZX12QW7K.",
    "Our valid tracking rate for the past 30 days was 91.5%, lower than the 95% that Amazon "
    "requires.",
    "Our cancellation rate in the last 7 days was 3.1%. This is above Amazon's threshold of "
    "2.5%.",
])
def test_a_cause_that_retells_the_notice_is_missing(cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert cause_kind(text) == "restated"


@pytest.mark.parametrize("cause", [
    "Amazon removed the listing because our title still used the brand name of the maker.",
    "Our cancellation rate was 3.1% because our stock file was not updated for 9 days.",
    "We listed ASIN B0ZX12QW7K with the logo of another brand on the main image.",
])
def test_a_notice_followed_by_its_cause_stays_a_cause(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


# --- a kind of cause named, nothing said of it ------------------------------------------------

@pytest.mark.parametrize("cause", ["Human error.", "Staff mistake", "It was a system issue.",
                                   "人为失误。"])
def test_a_cause_named_only_by_its_kind_is_missing(cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert cause_kind(text) == "vague"


def test_a_kind_of_cause_with_what_happened_stays_a_cause() -> None:
    cause = "Human error: our new packer did not know that opened returns must be set aside."
    assert plan_problems(_letter(cause=cause)) == []


def test_the_finding_says_why_in_both_languages() -> None:
    text = _letter(cause="Human error.")
    for lang, why in (("en", "kind of cause"), ("zh-CN", "原因的类别")):
        found = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                          "message": text}, config=Config(select=("T003",), lang=lang))
        hollow = [f for f in found.findings if f.data.get("hollow") == "vague"]
        assert hollow and why in hollow[0].message
    assert report(text, "T003").findings


# --- a property: the notice's identifiers never make a restated cause a real one --------------

@settings(max_examples=40, deadline=None)
@given(asin=st.from_regex(r"B0[A-Z0-9]{8}", fullmatch=True).filter(lambda a: "XXX" not in a),
       complaint=st.integers(min_value=1_000_000, max_value=9_999_999_999))
def test_identifiers_beside_a_retold_notice_are_no_cause(asin: str, complaint: int) -> None:
    # an ASIN with "XXX" in it is a placeholder left in the text (I010), not an identifier
    cause = f"We received an IP complaint (complaint ID {complaint}) about ASIN {asin}."
    assert plan_problems(_letter(cause=cause)) == [("root-cause", "missing")]


# --- where the root cause stands: the step that finds it, goods received under "What happened" --

@pytest.mark.parametrize("title", ["1. Issue identification:", "Problem identification:",
                                   "A) Fault identification:"])
def test_the_step_that_finds_the_cause_heads_the_root_cause(title: str) -> None:
    text = ("Dear Seller Performance team,\n\nOur account was deactivated for a low valid tracking "
            f"rate.\n\n{title} We were sending the parcels from Jaipur with the national post. Its "
            "scans did not reach the marketplace for many parcels, so those numbers counted as "
            f"not valid.\n\n2. Actions taken: {DONE}\n\n3. Preventive steps: {PREVENT}\n\n"
            "Regards,\nRavi Menon\n")
    assert plan_problems(text) == []


def test_goods_received_under_what_happened_tell_the_cause() -> None:
    text = ("Hello team,\n\nOur account was blocked for used items sold as new.\n\n"
            "**What happened**\nWe received 40 customer returns of kettles, and the returned "
            "units went back to sellable stock because the return setting said so.\n\n"
            f"**What we did already**\n{DONE}\n\n**For the future**\n{PREVENT}\n\n"
            "Obrigado,\nAna Lima\n")
    assert plan_problems(text) == []


def test_a_notice_received_under_what_happened_is_still_the_facts() -> None:
    # the notice told under "What happened" is the facts: the plan still lacks its cause
    text = ("Hello team,\n\n**What happened**\nWe received a notice on 3 June that our account "
            "was deactivated for used items sold as new.\n\n"
            f"**What we did already**\n{DONE}\n\n**For the future**\n{PREVENT}\n\n"
            "Obrigado,\nAna Lima\n")
    assert ("root-cause", "missing") in plan_problems(text)


# --- what the buyers said, as the notice tells it, is no cause in the lead ----------------------

def _steps_only(lead: str) -> str:
    return (f"Dear Team,\n\n{lead} Our plan:\n\n"
            "1. All 52 kettles in FBA were removed on 4 June (removal order QW7PL2KD9M) and "
            "opened one by one.\n"
            "2. 7 units were opened returns; they moved to the Used - Good offer.\n"
            "3. The 4 buyers who complained got a full refund.\n\n"
            "Thank you,\nOksana Melnyk\n")


@pytest.mark.parametrize("lead", [
    "Our kettle listing (ASIN B0QK7M2XPL) was deactivated because buyers said they got used "
    "units sold as new.",
    "Our blender listing was deactivated because customers reported that they received "
    "opened boxes.",
])
def test_the_buyers_complaint_in_the_lead_is_no_cause(lead: str) -> None:
    assert ("root-cause", "missing") in plan_problems(_steps_only(lead))

