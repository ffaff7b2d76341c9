"""Where a plan and its parts are found, fifteenth round (issue 13). A label of the same shape
as the plan's other labels, between two of them, stands in the missing part's place ("Handled:
..." between "Cause:" and "Prevention:"); a bold heading with its translation after a slash is
a heading; "Implemented measures", "Fix done", "Qué hicimos", "Was wir gemacht haben" and 対応
name the actions, "Was passiert ist" the facts. Labels run on in one paragraph make a labelled
plan; "Our root cause is" opens the cause; in a plan with headings, the notice's paragraph that
owns the violation with the seller's own act as its reason is the root cause. A one-line
reference to the notice ("About our late shipment rate of 6.1%:") is the lead, so a list of
deeds under it begins a plan; "We have paused ..." opens the actions. A blank template whose
every part is empty is no plan (A016). Every text here is written for this test."""

from __future__ import annotations

import pytest
from message_checks import no_plan, plan_problems

SIGN = "Kind regards,\nOskar Lind\nLind Outdoor AB"


# --- class 1: part labels and headings the outline did not read ---------------------------

@pytest.mark.parametrize("label", ["Handled", "Sorted out", "Our response"])
def test_a_label_of_the_same_shape_between_two_labelled_parts_is_the_actions(label: str) -> None:
    text = ("Hello team,\n\nOur tent listing was removed after buyers reported a torn seam.\n\n"
            "Cause: the factory changed the thread in lot 7 and we did not test the new lot.\n\n"
            f"{label}: we removed all lot 7 tents from FBA on 3 May and refunded the 12 buyers "
            "who reported the seam.\n\n"
            "Prevention: every new lot is seam-tested by our QC lead before it ships.\n\n" + SIGN)
    assert plan_problems(text) == []
    assert not no_plan(text)


def test_a_dash_label_between_two_dash_labelled_parts_is_the_actions() -> None:
    text = ("Hello team,\n\nOur lantern listing was removed after a buyer reported it "
            "overheated.\n\n"
            "Root cause - the supplier sent a batch with a weaker fuse and we did not check it.\n\n"
            "Work finished - all 60 lanterns of that batch pulled from FBA and destroyed, every "
            "buyer refunded, supplier replaced the fuse.\n\n"
            "Going forward - every batch is heat-tested by a lab before it ships.\n\n" + SIGN)
    assert plan_problems(text) == []


def test_a_label_of_another_shape_still_leaves_the_actions_missing() -> None:
    # colon labels around a sentence that only mentions a dash: no label of the same shape
    text = ("Hello team,\n\nOur tent listing was removed after buyers reported a torn seam.\n\n"
            "Cause: the factory changed the thread in lot 7 and we did not test the new lot.\n\n"
            "We are very sorry for this and we understand how serious it is for the buyers.\n\n"
            "Prevention: every new lot is seam-tested by our QC lead before it ships.\n\n" + SIGN)
    assert ("corrective-actions", "missing") in plan_problems(text)


@pytest.mark.parametrize("heading", ["Implemented measures", "Fix done", "Completed actions"])
def test_headings_of_the_actions_carried_out(heading: str) -> None:
    text = ("Dear Seller Performance,\n\nOur late dispatch rate reached 5.8% in April.\n\n"
            "## Root cause\n\nOur label printer failed for 4 days and nobody noticed the "
            "backlog.\n\n"
            f"## {heading}\n\n- The printer was replaced on 2 May.\n- All open orders were "
            "confirmed by hand the same day.\n\n"
            "## Prevention\n\n- The dispatch queue is checked every morning by the shift lead.\n\n"
            + SIGN)
    assert plan_problems(text) == []


def test_a_bold_heading_with_its_translation_after_a_slash_is_a_heading() -> None:
    text = ("Dear Sir,\n\nWith reference to your notice under the Condition Guidelines.\n\n"
            "**Root cause** / সমস্যা\nThe rugs were kept in a damp store room over the rainy "
            "season and some of them got mould. We shipped them without checking.\n\n"
            "**Prevention** / সুরক্ষা\n- Every rug is checked under a lamp before packing.\n\n"
            "Kindly review.\nRahim\n")
    assert plan_problems(text) == [("corrective-actions", "missing")]


def test_german_headings_of_what_happened_and_what_was_done() -> None:
    text = ("Hello,\n\nour kettle listing was removed under the Product Safety policy.\n\n"
            "**Was passiert ist**\nOur supplier changed the lid seal in March, and we did not "
            "test the new seal, so 6 kettles leaked when buyers filled them.\n\n"
            "**Was wir gemacht haben**\n- We removed all March kettles from FBA on 2 April.\n"
            "- We refunded the 6 buyers.\n\n" + SIGN)
    problems = plan_problems(text)
    assert problems == [("preventive-measures", "missing")]
    assert not no_plan(text)


# --- class 2: the plan starts in the first paragraph ------------------------------------------

def test_labels_run_on_in_one_paragraph_make_a_labelled_plan() -> None:
    text = ("Hello team, my store was deactivated under the Fair Pricing Policy for a heater "
            "during the cold week. Root cause: my repricer followed the highest competitor and "
            "I did not set a ceiling. Corrective actions: I will set a ceiling of 120% and I will "
            "refund the 4 buyers the difference. Prevention: I will check my prices every "
            "evening.\n\nThanks,\nAmaka")
    assert plan_problems(text) == [("corrective-actions", "not-done")]
    assert not no_plan(text)


def test_our_root_cause_is_opens_the_cause_over_a_heading_of_actions() -> None:
    text = ("Hello,\n\nOur root cause is that our new assistant did not know the rule and shipped "
            "buyer orders straight from a retailer's website.\n\n"
            "Actions we have took: stopped all retailer orders; moved all stock to FBA; deleted 3 "
            "listings we cannot stock.\n\nPlease reinstate.\n\nNingbo Star Trade\n")
    assert plan_problems(text) == [("preventive-measures", "missing")]
    assert not no_plan(text)


def test_the_violation_owned_with_the_sellers_own_act_is_the_root_cause() -> None:
    text = ("To Seller Performance,\n\nWe violated the Restricted Products policy because we "
            "listed a supplement our supplier called natural, without reading its label.\n\n"
            "Corrective actions:\nWe deleted the supplement listing and sent the 30 units back "
            "to the supplier on 2 June.\n\n"
            "Preventive actions:\nEvery new product label is read by our manager before listing."
            "\n\n" + SIGN)
    assert plan_problems(text) == []


def test_the_notices_own_reason_is_still_no_root_cause() -> None:
    text = ("To Seller Performance,\n\nOur account was deactivated because our order defect "
            "rate was 2.4% in May, above the target.\n\n"
            "Corrective actions:\nWe removed the 5 listings with most complaints on 2 June.\n\n"
            "Preventive actions:\nEvery week our manager reads the return reasons.\n\n" + SIGN)
    assert ("root-cause", "missing") in plan_problems(text)


# --- class 3: a plan begun by its actions ------------------------------------------------------

def test_a_list_of_deeds_under_a_one_line_reference_begins_a_plan() -> None:
    text = ("Hello Seller Performance Team,\n\nAbout our late shipment rate of 6.1%:\n\n"
            "- We have removed 12 listings we could not ship on time.\n"
            "- We have changed the handling time to 3 days on all other listings.\n"
            "- We have refunded every buyer whose order was late.\n\n"
            "Thank you.\nPim\n")
    assert not no_plan(text)
    assert ("root-cause", "missing") in plan_problems(text)
    assert ("preventive-measures", "missing") in plan_problems(text)


def test_we_have_paused_opens_the_actions() -> None:
    text = ("Dear Seller Performance,\n\nI am writing about the deactivation of my shop under "
            "the Fair Pricing Policy. The torch listing showed £29.99 against a usual £4.99.\n\n"
            "We have paused the pricing app on the torch listing, put the price back to £4.99 by "
            "hand, and refunded the 6 buyers who paid more.\n\n" + SIGN)
    assert not no_plan(text)
    assert ("preventive-measures", "missing") in plan_problems(text)


def test_a_letter_of_reasons_and_a_plea_still_holds_no_plan() -> None:
    text = ("Hello,\n\nAbout our account:\n\nWe have sold on Amazon for six years with good "
            "reviews and we have always followed the rules.\n\nPlease reactivate us.\n\n" + SIGN)
    assert no_plan(text)


# --- class 8: a blank template is no plan ------------------------------------------------------

def test_a_blank_template_is_no_plan() -> None:
    text = ("Dear Team,\n\nWe are writing about the deactivation of our store and we have checked "
            "everything carefully. Please see our plan below.\n\n"
            "Root cause: ______\nCorrective actions: ______\nPreventive measures: ______\n\n"
            + SIGN)
    assert no_plan(text)
    assert plan_problems(text) == []


def test_a_template_with_one_part_filled_is_a_plan_that_lacks_parts() -> None:
    text = ("Dear Team,\n\nWe are writing about the deactivation of our store and we have checked "
            "everything carefully. Please see our plan below.\n\n"
            "Root cause: our packer used an old label roll for the March orders.\n"
            "Corrective actions: ______\nPreventive measures: ______\n\n" + SIGN)
    assert not no_plan(text)
    assert ("corrective-actions", "missing") in plan_problems(text)
