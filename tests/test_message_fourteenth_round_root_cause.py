"""The root cause, fourteenth round (issue 13). A root cause is there in name only when it
says the notice is understood or the issue serious (new kind ``understood``), when it tells
what Amazon found whole ("Amazon determined that ..."), in the passive ("was flagged as ..."),
with the notice's date, window or result, or with what the complaints said; when it says the
cause is unknown after looking ("we checked ... and we're not sure"), or who did it is not
known; when it puts the mistake on another party; and when it only defends the price, the
source, the checks or the seller's rights, or tells its clean record. After "we do not know",
"we think maybe ..." is a guess. In a plan with headings, a colon label of its own right
before the first part ("Problem: ...") stands in the root cause's place, and "our pickers
couldn't find the stock" under "What happened" says a cause. Every text here is written for
this test."""

from __future__ import annotations

import pytest
from message_checks import cause_kind, plan_letter, plan_problems

DONE = "We removed the 18 affected listings on 9 April and refunded the 7 buyers."
PREVENT = ("Every new listing is checked by our catalogue lead before it goes live, and we "
           "audit the catalogue every Friday.")


def _cause(cause: str) -> object:
    return cause_kind(plan_letter("Our account was deactivated last week.", cause, DONE, PREVENT,
                                  "Kind regards,\nMaren"))


# --- (a) the notice understood, or the issue said serious (kind "understood") ----------------

@pytest.mark.parametrize("cause", [
    "We fully understand your concerns about the accuracy of listings.",
    "We agree that food safety for babies is extremely important.",
    "We understand that this is a very serious breach.",
])
def test_a_cause_that_only_understands_the_notice_is_missing(cause: str) -> None:
    assert _cause(cause) == "understood"


# --- (b) what Amazon found, told whole ----------------------------------------------------

@pytest.mark.parametrize("cause", [
    "Amazon determined that our store sold items which are not allowed in the grocery category.",
    "Our kettle listing was flagged as a possible fire risk by the safety team.",
    "The shop was suspended on 4 March as a result.",
    "Our late shipment rate for the 30 days to 2 April was 5.2%, and our shop was suspended on "
    "3 April.",
    "Amazon received complaints that our desk lamp arrived with a cracked base.",
    "Your notice says our photos belong to another brand.",
])
def test_a_cause_that_only_tells_the_notice_again_is_missing(cause: str) -> None:
    assert _cause(cause) == "restated"


# --- (c) the cause unknown, or put on another party ---------------------------------------

@pytest.mark.parametrize("cause", [
    "We have checked all the orders of March and we're not sure what went wrong with them.",
    "We don't know who wrote those five reviews on the blender.",
    "We do not know why this happened. We think maybe our new packer used the wrong tape.",
])
def test_a_cause_said_unknown_is_missing(cause: str) -> None:
    assert _cause(cause) == "unknown"


def test_a_mistake_put_on_the_other_party_is_blame() -> None:
    assert _cause("The complainant made an error about our mugs.") == "blame"


# --- (d) a defence in place of a cause ----------------------------------------------------

@pytest.mark.parametrize(("cause", "kind"), [
    ("Our price was 24.99 USD, which is our regular price for this heater.", "denied"),
    ("Our prices rose in line with the cost of the fabric, and we believe they were fair.",
     "denied"),
    ("All our stock comes from the same distributor we have worked with for six years.",
     "denied"),
    ("Every kettle passes our 12-step test before shipping.", "denied"),
    ('Our brand name "Nordvik" is registered in Norway since 2019.', "denied"),
    ("We have never had a single complaint before.", "praise"),
])
def test_a_cause_that_only_defends_the_seller_is_missing(cause: str, kind: str) -> None:
    assert _cause(cause) == kind


# --- negatives: a cause that goes on to tell itself stays ---------------------------------

@pytest.mark.parametrize("cause", [
    "We understand now that our packer skipped the seal check on the March lot.",
    "Amazon found that our title used the word 'organic' because we copied the supplier's text.",
    "Our price was 24.99 because our repricer had no minimum price for the heaters.",
    "Every kettle passes our test, but the test does not look at the lid seal at all.",
    "We reviewed the orders and saw that the scale in our packing room was set wrong.",
    "Our supplier made a mistake in the labels and we did not check them on arrival.",
    "The listing was flagged as unsafe because our photo showed the heater without its guard.",
])
def test_a_cause_that_goes_on_to_tell_it_stays(cause: str) -> None:
    assert _cause(cause) is None


# --- (e) where the root cause stands -------------------------------------------------------

def _labelled(cause: str) -> str:
    return ("Hello Amazon,\n\nOur listing of the folding umbrella was removed after a trademark "
            "complaint.\n\n"
            f"{cause}\n\n"
            "Fixed: title changed and the brand word deleted from the keywords on 2 May.\n\n"
            "Future: our team lead checks each new title in the trademark register first.\n\n"
            "Thanks,\nOla\n")


def test_a_label_of_its_own_before_the_first_part_is_the_root_cause() -> None:
    text = _labelled("Problem: we wrote the brand word in the title as a kind of umbrella, "
                     "we thought it was a common word.")
    assert plan_problems(text) == []


def test_a_hollow_label_in_that_place_still_gives_no_root_cause() -> None:
    text = _labelled("Problem: We do not know why the rights owner complained.")
    assert plan_problems(text) == [("root-cause", "missing")]


def test_a_label_in_the_notice_paragraph_is_not_that_place() -> None:
    text = ("Hello Amazon,\n\nListing: folding umbrella, removed last week after a trademark "
            "complaint from the brand owner.\n\n"
            "Fixed: title changed and the brand word deleted from the keywords on 2 May.\n\n"
            "Future: our team lead checks each new title in the trademark register first.\n\n"
            "Thanks,\nOla\n")
    assert plan_problems(text) == [("root-cause", "missing")]


def _happened(said: str) -> str:
    return ("Hi Seller Performance,\n\nOur account was deactivated for its late dispatch rate.\n\n"
            f"A - What happened\n{said}\n\n"
            "B - Stopping it from happening again\nOur ops lead now checks the orders due "
            "today at 11am and 3pm every weekday.\n\nThanks,\nSam\n")


def test_what_the_sellers_people_could_not_do_is_a_cause() -> None:
    text = _happened("During the move to our new warehouse our pickers couldn't find half of "
                     "the stock, and orders went out three days late.")
    assert plan_problems(text) == [("corrective-actions", "missing")]


def test_the_notice_under_what_happened_stays_the_facts() -> None:
    text = _happened("Our account was deactivated on 3 May and since then we could not sell "
                     "any of our garden tools.")
    assert ("root-cause", "missing") in plan_problems(text)
