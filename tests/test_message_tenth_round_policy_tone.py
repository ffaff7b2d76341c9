"""T007 and T002 in the tenth round of the message rules (issue 13): a guide or metric the
seller checks as a preventive step names no policy; a name followed by the action the notice
took ("the product safety deactivation") names it among the steps too; a clause ID the listing
was "not in line with"; a policy's "requirements"; the Latin American and Italian names of two
metrics; the used-sold-as-new violation told with a pronoun ("we sold it as new"); and for
T002 a buyer's review called unfair in the seller's procedure ("if a review seems unfair, we
report it"), which is no blame of Amazon. Every text
here is written for the test; none is copied from the labeled set."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import codes, plan_letter


def _fires(text: str, **manifest: str) -> bool:
    return len(codes(text, "T007", **manifest)) == 1


# --- a guide or a metric checked as a preventive step -----------------------------------------

_CAUSE = "A new assistant changed the titles in March and nobody checked them."
_DONE = "We have rewritten the twelve titles and removed the extra words from them."


@pytest.mark.parametrize("prevent", [
    "Every change now comes to me first, and I compare it with the style guide for Toys.",
    "We check the shipping performance every morning before we pack the orders.",
    "The manager looks at the late shipment figures each Friday.",
])
def test_a_guide_or_metric_checked_as_a_preventive_step_names_no_policy(prevent: str) -> None:
    letter = plan_letter("Our listing for a wooden puzzle was taken down on 4 May.", _CAUSE,
                         _DONE, prevent, "Thank you,\nOwen")
    assert _fires(letter)


def test_a_policy_title_among_the_preventive_steps_still_counts() -> None:
    letter = plan_letter("Our listing for a wooden puzzle was taken down on 4 May.", _CAUSE,
                         _DONE, "Every change is checked against the Listing Policy first.",
                         "Thank you,\nOwen")
    assert not _fires(letter)


def test_a_metric_named_in_the_opening_still_counts() -> None:
    letter = plan_letter("Our account was deactivated for its late shipment rate.", _CAUSE,
                         _DONE, "We check the shipping performance every morning.",
                         "Thank you,\nOwen")
    assert not _fires(letter)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["style guide", "shipping performance", "late shipments",
                        "dangerous goods fields"]),
       st.sampled_from(["We will check the {} every week.", "I compare each change with the {}.",
                        "A second person reviews the {} before anything is published."]))
def test_no_name_among_the_preventive_steps_cites_the_notice(name: str, step: str) -> None:
    letter = plan_letter("Our store was deactivated on 2 June.", _CAUSE, _DONE,
                         step.format(name), "Regards,\nMia")
    assert _fires(letter)


# --- the action the notice took, named by its reason -------------------------------------------

def test_a_deactivation_named_by_its_reason_names_the_policy_among_the_steps() -> None:
    letter = plan_letter(
        "Please find our plan below.", "The charger we bought had no test report.",
        "For the product safety deactivation we removed the charger from sale.",
        "We ask every factory for test reports.", "Regards,\nLi")
    assert not _fires(letter)


def test_a_violation_named_as_what_was_fixed_still_names_none() -> None:
    letter = plan_letter("Please find our plan below.", "The charger had no test report.",
                         "We removed the unsafe products from sale.",
                         "We ask every factory for test reports.", "Regards,\nLi")
    assert _fires(letter)


# --- a clause ID the listing was not in line with; a policy's requirements ---------------------

@pytest.mark.parametrize("opening", [
    "The notice says our listings were not in line with S-3.4 (product information).",
    "The message said the title is not compliant with LP-2.1 and must be fixed.",
    "Our ASIN was deactivated because the listing violated the image requirements.",
])
def test_a_clause_or_requirements_named_in_the_opening_name_the_policy(opening: str) -> None:
    letter = ("Hello,\n\n" + opening + " We have corrected the listing and checked the other "
              "ones.\n\nThank you.")
    assert not _fires(letter)


@pytest.mark.parametrize("opening", [
    "We sent all the requirements you asked for. Please look at our account again.",
    "Our requirements for suppliers are strict. Please look at our account again.",
])
def test_requirements_said_vaguely_or_of_the_seller_name_no_policy(opening: str) -> None:
    assert _fires("Hello,\n\n" + opening + "\n\nThank you.")


# --- metrics named in Spanish (Latin America) and Italian ---------------------------------------

@pytest.mark.parametrize(("letter", "marketplace"), [
    ("Estimado equipo:\n\nNuestra cuenta fue desactivada porque la tasa de envíos tardíos "
     "subió a 6% en marzo. Ya cambiamos el tiempo de preparación a 4 días.\n\nSaludos.", "MX"),
    ("Gentile team,\n\nil nostro account è stato disattivato perché il tasso di difetti degli "
     "ordini ha superato l'1%. Abbiamo rimborsato tutti i clienti.\n\nCordiali saluti.", "IT"),
])
def test_metrics_named_in_spanish_and_italian_name_the_policy(letter: str,
                                                              marketplace: str) -> None:
    assert not _fires(letter, marketplace=marketplace)


# --- used sold as new, told with a pronoun -------------------------------------------------------

def test_used_sold_as_new_told_with_a_pronoun_names_the_violation() -> None:
    letter = ("Dear Amazon,\n\nOur account was deactivated because a buyer got a blender that was "
              "returned before and we sold it as new. We are sorry and we will check every "
              "return.\n\nRegards.")
    assert not _fires(letter)


def test_sold_as_new_of_a_new_item_names_nothing() -> None:
    letter = ("Dear Amazon,\n\nOur account was deactivated. We bought the blenders from the "
              "factory and we sold them as new. Please tell us what is wrong.\n\nRegards.")
    assert _fires(letter)


# --- T002: a buyer's review called unfair in the seller's procedure -------------------------

def _blame(text: str) -> list[str]:
    return [f.data["phrase"] for f in codes(text, "T002") if f.data["kind"] == "blame"]


@pytest.mark.parametrize("step", [
    "When a rating looks unfair, we ask Amazon to check it through the form.",
    "If a buyer review or feedback is unfair, we report it and do nothing else.",
    "We report unfair reviews through the proper channel and never contact the buyer.",
])
def test_a_buyers_review_called_unfair_in_a_procedure_is_no_blame(step: str) -> None:
    letter = ("Dear Seller Performance,\n\nWe stopped sending messages about feedback. " + step
              + "\n\nKind regards,\nAnna")
    assert _blame(letter) == []


@pytest.mark.parametrize("said", [
    "This deactivation is unfair and we want it lifted.",
    "Your review was unfair, nobody read our documents.",
    "The review of our appeal was unfair.",
])
def test_unfair_said_of_amazons_decision_is_still_blame(said: str) -> None:
    letter = "Dear Seller Performance,\n\n" + said + "\n\nKind regards,\nAnna"
    assert "unfair" in _blame(letter)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["a review", "any feedback", "a customer's rating", "negative feedback"]),
       st.sampled_from(["seems", "looks", "is"]))
def test_no_buyers_review_judged_unfair_is_blame(subject: str, verb: str) -> None:
    letter = (f"Hello,\n\nIf {subject} {verb} unfair, we report it to Amazon.\n\nRegards,\nTom")
    assert _blame(letter) == []
