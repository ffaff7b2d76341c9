# ruff: noqa: RUF001 - a Turkish sign-off is written with its own letters
"""The classes of misreading behind the fifth message set's failures of T003 and A016 (issue
13, seventh round), each on texts written for this test, not taken from the bench: prevention
told among the actions as a measure that stays, or under a heading that names the facts after
them; the seller's own headings of what changes now; numbered titles closed with a full stop;
"next time" opening the prevention of a run-on letter; the cause in other words, announced and
told in the next paragraph, or as what nobody did; a denial of intent and a list of steps that
give no cause; a plan's actions as a label in the future and in an agency's third person; a
cover letter that lists its plan of action by file name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import PLAN, STRUCTURE, codes, no_plan, plan_problems

from casecheck.outline import outline

MISSING_PREVENTION = [("preventive-measures", "missing")]
NOT_DONE = [("corrective-actions", "not-done")]

# --- T003: prevention told among the actions, as a measure that stays ----------------------------

STAYS = [
    "We shall buy all future stock only from the brand's authorised distributor.",
    "We will check any new supplier with the brand owner before buying.",
    "Our store manager will inspect every returned unit before it goes back on the shelf.",
    "Every Monday our staff will compare the stock in the warehouse with the Amazon quantity.",
    "We will do a monthly audit of invoices against the FBA inventory.",
    "We will only list products that we physically hold in our own warehouse.",
    "From the next order, a second person will double-check each label.",
    "每周我们会检查一次库存 and we will reconcile it with Seller Central twice a month.",
]


def _actions_plan(step: str, writer: str) -> str:
    """A plan that heads its cause and its actions only, with ``step`` among the actions."""
    if writer == "indian":
        return ("Dear Amazon Team,\n\nThis is with reference to the complaint on our listing of "
                "steel water bottles.\n\n"
                "Reason: We purchased the last lot from a trader in Delhi and did not verify the "
                "invoices with the brand.\n\n"
                "Action plan:\n- We shall raise a removal order for the remaining 80 units.\n"
                "- We shall refund the 6 buyers who complained.\n"
                f"- {step}\n\nKindly reinstate our listing.\n\nRegards,\nAnand Traders")
    if writer == "chinese":
        return ("Dear Amazon,\n\nOur shop got deactivated for order defect rate.\n\n"
                "The reason of the problem: our warehouse staff packed the glass cups without the "
                "foam, so 14 buyers received broken cups.\n\n"
                "What we will do: we will add the foam to every box. We will refund the 14 "
                f"buyers. {step}\n\nThank you, 希望尽快恢复。\n\nShenzhen Mingda")
    if writer == "turkish":
        return ("Hello,\n\nOur account Efes Textile was deactivated because of condition "
                "complaints.\n\n"
                "Why this happened: returned towels were put on the same shelf with new ones and "
                "were shipped again as new.\n\n"
                "Our actions:\n1. We will move all returned towels to a separate room.\n"
                "2. We will train our two packers about the condition guidelines.\n"
                f"3. {step}\n\nSaygılarımızla,\nEfes Textile")
    return ("Hola Amazon,\n\nNuestra cuenta was deactivated for late shipment rate 9%.\n\n"
            "Cause: in november the customs in Laredo hold our pallets 10 days and we did not put "
            "vacation mode.\n\n"
            "What we are going to do:\n- Put 4 days of handling time on all products.\n"
            f"- Ship the open orders with DHL express.\n- {step}\n\nGracias,\nArtesanías Puebla")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(STAYS), st.sampled_from(["indian", "chinese", "turkish", "latam"]))
def test_a_measure_that_stays_among_the_actions_is_the_prevention(step: str, writer: str) -> None:
    text = _actions_plan(step, writer)
    problems = plan_problems(text)
    assert ("preventive-measures", "missing") not in problems
    shape = outline(text, STRUCTURE, PLAN)
    assert step[:20] in shape.parts["preventive-measures"].text


@pytest.mark.parametrize("step", [
    "We will be more careful with our suppliers.",
    "We will follow all the Amazon policies.",
    "Our own 3 employees took back the daily operation from the agency.",
    "The 40 returned units will not be sold as new anymore.",
    "We promise to do better.",
])
@pytest.mark.parametrize("writer", ["indian", "chinese", "turkish", "latam"])
def test_actions_with_no_measure_that_stays_still_lack_the_prevention(step: str,
                                                                      writer: str) -> None:
    assert ("preventive-measures", "missing") in plan_problems(_actions_plan(step, writer))


def test_a_measure_that_stays_completes_a_plan_and_never_makes_one() -> None:
    # a protest with one thing done and a complaint about "every week": no plan, A016's
    text = ("Hello Amazon,\n\nWhy is my account deactivated??? We sell 5 years with good "
            "feedback. I already sent the invoices two times and every Monday you send the same "
            "email. Please check again and reactivate our account.\n\nThank you\nMr. Li")
    assert no_plan(text)
    assert plan_problems(text) == []


def test_the_prevention_among_the_actions_leaves_their_tense_to_be_judged() -> None:
    text = _actions_plan(STAYS[0], "indian")
    assert plan_problems(text) == NOT_DONE


def test_a_plea_after_the_actions_is_no_measure() -> None:
    text = ("Dear Amazon,\n\nThe reason of the problem: our supplier closed his factory and we "
            "had no stock, so we cancelled 40 orders.\n\n"
            "What we have did: we have set the quantity to 0 for all products of this supplier "
            "and refunded all the buyers.\n"
            "We beg you for one more chance, we will never forget your kindness.\n\nJenny")
    assert ("preventive-measures", "missing") in plan_problems(text)


# --- T003: a heading that names the facts, after the actions -------------------------------------

@pytest.mark.parametrize("heading", ["Summary of changes", "Overview", "Summary"])
def test_a_facts_heading_after_the_actions_over_measures_that_stay_is_the_prevention(
        heading: str) -> None:
    text = ("Hello,\n\n**Where we went wrong**\nWe moved our office in May and never updated the "
            "business address in Seller Central, so the documents did not match.\n\n"
            "**Our fix**\nOn 3 June we updated the address and uploaded a new utility bill that "
            "shows it.\n\n"
            f"**{heading}**\n- Our office manager now owns a checklist for any address change.\n"
            "- We will review the account information page twice a year.\n\n"
            "Thank you,\nLakeside Goods")
    assert plan_problems(text) == []


def test_a_facts_heading_after_the_actions_over_more_actions_is_no_prevention() -> None:
    text = ("Hello,\n\n**Where we went wrong**\nWe moved our office in May and never updated the "
            "business address in Seller Central, so the documents did not match.\n\n"
            "**Our fix**\nOn 3 June we updated the address and uploaded a new utility bill.\n\n"
            "**Summary of changes**\nWe have uploaded the new bill and the new bank statement, "
            "and we replaced the card on file.\n\nThank you,\nLakeside Goods")
    assert plan_problems(text) == MISSING_PREVENTION


# --- T003: the seller's own headings of what changes now ----------------------------------------

@pytest.mark.parametrize("heading", ["What changes now:", "What's changing:",
                                     "What will be different:", "What changes from now on:"])
def test_what_changes_now_heads_the_prevention(heading: str) -> None:
    text = ("Hello,\n\nHere's what happened. Our supplier ran out of pans and our operations lead "
            "bought them from another retailer and had them shipped to our buyers.\n\n"
            "What we've done: the practice stopped on 2 November and every affected buyer was "
            "offered a refund.\n\n"
            f"{heading} we ship only from our own warehouse with our own packing slip, and a SKU "
            "out of stock goes to zero the same day.\n\nThank you,\nMegan")
    shape = outline(text, STRUCTURE, PLAN)
    assert shape.parts["preventive-measures"].found == "heading"
    assert plan_problems(text) == []


def test_what_changes_we_made_heads_the_actions_not_the_prevention() -> None:
    text = ("Hello,\n\nRoot cause: our listing used the brand's photos without a licence.\n\n"
            "What changes we made: we deleted the photos and uploaded our own on 4 May.\n\n"
            "Thank you,\nMegan")
    assert plan_problems(text) == MISSING_PREVENTION


# --- T003: numbered titles closed with a full stop ----------------------------------------

@pytest.mark.parametrize("title", ["Measures for the future.", "Steps for the long term.",
                                   "Prevention of a repeat."])
def test_a_numbered_title_closed_with_a_stop_heads_its_part(title: str) -> None:
    text = ("Dear Seller Performance Team,\n\nWe act for a client whose account was deactivated "
            "as related to another account.\n\n"
            "1. Cause identified. A service company in Ningbo used the same computer and phone "
            "number for several of its clients.\n\n"
            "2. Corrective steps. Our client has already changed the phone number and ended the "
            "agreement with the service company.\n\n"
            f"3. {title} Only two employees of our client will access the account, each with "
            "their own login and two-step verification.\n\nYours faithfully,\nJames")
    assert plan_problems(text) == []


def test_a_numbered_deed_closed_with_a_stop_is_a_step_not_a_title() -> None:
    shape = outline("1. Removed the old listing from the future catalogue. Then we sent the "
                    "units back.\n2. Refunded every buyer.\n", STRUCTURE, PLAN)
    assert not any("preventive-measures" in h.parts for h in shape.headings)


# --- T003: "next time" opens the prevention of a run-on letter -----------------------------------

@pytest.mark.parametrize("writer", [
    # Chinese English, lower case
    "our shop got deactivated for cancel rate. the problem is our ERP sold the same stock on two "
    "platforms, so we cancel 30 orders. we already shut down the ERP link on May 3 and refunded "
    "the buyers. next time we will not share stock between platforms and our staff compare the "
    "stock every day.",
    # Latin American English
    "hi amazon, account deactivated for late shipment. what happen is that the customs hold our "
    "container 2 weeks and we did not put vacation mode. we already shipped all the orders that "
    "was possible and refund the others. next time we will use vacation mode if there is any "
    "problem with the container.",
    # Indian English
    "Our account is deactivated for late dispatch. The reason is our courier partner stopped "
    "pickups for 5 days. We have already shifted to a new courier and dispatched all pending "
    "orders. Next time if any courier delay happens we will increase the handling time at once.",
])
def test_next_time_opens_the_prevention_in_a_run_on_letter(writer: str) -> None:
    text = f"Hello,\n\n{writer} thank you\n\nStore"
    assert plan_problems(text) == []
    assert not no_plan(text)


def test_next_time_at_the_end_of_a_promise_is_no_prevention() -> None:
    text = ("Hello,\n\nour shop got deactivated for cancel rate. the problem is our ERP sold the "
            "same stock on two platforms, so we cancel 30 orders. we already shut down the ERP "
            "link on May 3 and refunded the buyers. we will be more careful next time.\n\nStore")
    assert plan_problems(text) == MISSING_PREVENTION


# --- T003: the cause in other words --------------------------------------------------------------

@pytest.mark.parametrize("cause", [
    "The root of the problem was therefore a purchase made in a hurry with no documents.",
    "Looking into it, the cause was our switch to a courier that Amazon does not list.",
    "what happen is that our supplier change the bottle and we not update the photos.",
    "After checking the orders, the real reason was a wrong setting in our repricer.",
    "The cause is simple: our packer used the old labels for two weeks.",
])
def test_the_cause_in_other_words_is_the_root_cause(cause: str) -> None:
    text = ("Hello Seller Performance,\n\nOur account was deactivated on 12 March.\n\n"
            f"{cause}\n\n"
            "We have already fixed the setting and refunded the 20 affected buyers.\n\n"
            "From here on, every change of a setting is checked by a second person first, and "
            "we look at the account health page every Monday.\n\nCheers,\nLiam")
    assert plan_problems(text) == []


def test_a_letter_that_gives_no_cause_still_lacks_it() -> None:
    text = ("Hello Seller Performance,\n\nOur account was deactivated on 12 March.\n\n"
            "We have already fixed the setting and refunded the 20 affected buyers.\n\n"
            "From here on, every change of a setting is checked by a second person first, and "
            "we look at the account health page every Monday.\n\nCheers,\nLiam")
    assert plan_problems(text) == [("root-cause", "missing")]


# --- T003 and A016: the cause announced, then told ---------------------------------------------

@pytest.mark.parametrize("announcement", [
    "I want to explain what was the problem.",
    "We would like to explain why this happened.",
    "I will try to explain the reason.",
])
def test_a_cause_announced_and_told_is_a_plan_that_lacks_its_actions(announcement: str) -> None:
    text = ("Hello,\n\nOur account Anatolia Soaps was deactivated because of inauthentic "
            f"complaints on our olive oil soap. {announcement}\n\n"
            "In August the producer changed the wrapper from paper to plastic and the logo "
            "colour, but our listing still showed the old wrapper, so the buyers thought the "
            "soap was fake when the new one arrived.\n\n"
            "We hope you can reactivate the account.\n\nSelin")
    assert not no_plan(text)
    assert plan_problems(text) == [("corrective-actions", "missing"),
                                   ("preventive-measures", "missing")]


def test_an_explanation_with_no_announcement_and_no_cause_is_no_plan() -> None:
    text = ("Hello,\n\nOur account Anatolia Soaps was deactivated. We sell our own soap since "
            "2019 and we have all the invoices from the producer.\n\n"
            "We hope you can reactivate the account.\n\nSelin")
    assert no_plan(text)


# --- T003: what nobody did is a cause; a denial of intent and a list of steps are none -----------

def test_what_nobody_did_under_what_happened_is_the_cause() -> None:
    text = ("Hi there,\n\nOur listing for the power bank was deactivated under the product "
            "safety policy.\n\n"
            "**What happened**\nThe request went to an email address of a former employee, and "
            "nobody saw it until the listing was down. We just never sent the test report.\n\n"
            "**How we'll keep it from happening again**\nAll compliance emails will go to a "
            "shared inbox that three of us read, and we review the contact emails every "
            "quarter.\n\nThanks,\nJenna")
    assert plan_problems(text) == [("corrective-actions", "missing")]


def test_a_denial_of_intent_gives_no_cause() -> None:
    text = ("Our account was shut down for review manipulation, which we did not do on "
            "purpose, and I still have no real answer from anyone after three emails.\n\n"
            "Here is everything we've done:\n- Stopped the group where we gave free products.\n"
            "- Deleted all the posts.\n- Refunded anyone who asked.\n\nTom")
    assert ("root-cause", "missing") in plan_problems(text)


def test_a_cause_the_seller_did_not_see_is_still_a_cause() -> None:
    text = ("Our account was shut down for review manipulation because we did not read the "
            "review policy before we put an insert card in the box, and the card offered a "
            "gift card for a five-star review.\n\n"
            "Here is everything we've done:\n- Removed the insert card from all stock.\n"
            "- Deleted the gift card offer.\n\n"
            "Going forward, every insert is checked against the policy before printing.\n\nTom")
    assert plan_problems(text) == []


@pytest.mark.parametrize("intro", ["", " Please find the steps we did:", " These are our actions."])
def test_a_list_of_steps_is_no_room_for_a_cause(intro: str) -> None:
    # the notice's metric after "because" is no cause, nor a word of a later step ("reasons")
    text = ("Hello Seller Performance,\n\nWe are Casa Lunar. Our account was deactivated "
            f"because our order defect rate was 2.8%.{intro}\n\n"
            "1. We answered every A-to-z claim and refunded the buyers.\n"
            "2. We contacted the buyers with negative feedback and sent a replacement.\n"
            "3. We added a size chart to the listing.\n"
            "4. Every week we will review the return reasons and correct the listing, because "
            "the same mistake should not come twice.\n\n"
            "Muchas gracias.\nJorge")
    assert plan_problems(text) == [("root-cause", "missing")]


# --- T003: the actions as a label in the future, and in the third person -------------------------

@pytest.mark.parametrize("label", ["What we're going to do:", "What we'll do:",
                                   "What I'm going to do:", "What we are going to change:"])
def test_a_label_of_what_will_be_done_says_the_actions_are_only_planned(label: str) -> None:
    text = ("Hi,\n\nCancel rate went to 3.9% and the account was deactivated. Cause is simple: "
            "our supplier closed and 61 orders could not be filled.\n\n"
            f"{label} find two new suppliers, set their products to zero until units arrive, and "
            "contact the buyers whose orders were cancelled.\n\n"
            "Preventive: we'll only list stock we physically hold.\n\nChris")
    assert plan_problems(text) == NOT_DONE


def test_a_label_of_what_was_done_is_done() -> None:
    text = ("Hi,\n\nCancel rate went to 3.9% and the account was deactivated. Cause is simple: "
            "our supplier closed and 61 orders could not be filled.\n\n"
            "What we have done: we found two new suppliers and contacted every buyer whose "
            "order was cancelled.\n\nPreventive: we'll only list stock we physically hold.\n\n"
            "Chris")
    assert plan_problems(text) == []


@pytest.mark.parametrize("subject", ["Our client will", "The company will", "Our agency will",
                                     "They will"])
def test_actions_planned_in_the_third_person_are_not_done(subject: str) -> None:
    text = ("Dear Seller Performance Team,\n\n1 - Cause: the agency wrote the title to rank "
            "better and did not know the 200 character rule.\n"
            f"2 - Correction: tomorrow {subject.lower() if subject != 'They will' else 'they will'}"
            " rewrite the title under 200 characters.\n"
            "3 - Prevention: from now every title needs my approval before publishing.\n\n"
            "Best regards,\nGiuseppe")
    assert plan_problems(text) == NOT_DONE


def test_an_agency_letter_in_the_third_person_gives_every_part() -> None:
    text = ("Dear Seller Performance Team,\n\nWe represent a client whose account was "
            "deactivated after two counterfeit complaints.\n\n"
            "The root of the problem was a purchase from a liquidation broker made under time "
            "pressure. Our client has already removed and destroyed the broker's units and "
            "refunded every buyer.\n\n"
            "To make sure this cannot happen again, our client buys only from authorised "
            "distributors, and every new supplier is approved by the CEO.\n\n"
            "Respectfully,\nDaniel")
    assert plan_problems(text) == []


# --- A016: a cover letter that lists its plan by file name ----------------------------------------

@pytest.mark.parametrize("item", [
    "1. Plan of Action (POA_Ruixiang_20261128.pdf), setting out the root cause and the actions;",
    "- POA [poa-lakeside-june.docx], signed by the owner",
    "2) Plan of action (Action_Plan_v2.pdf)",
])
def test_a_listed_plan_of_action_file_is_attached(item: str) -> None:
    text = ("Dear Seller Performance Team,\n\nWe submit this appeal on behalf of our client, "
            "whose account was deactivated on 19 November.\n\n"
            f"Please find attached:\n{item}\n"
            "3. The retraction email from the rights owner.\n\nKind regards,\nMia")
    found = codes(text, "A016")
    assert [f.data.get("in_message") for f in found
            if f.data.get("kind") == "plan-of-action"] == ["said-attached"]


def test_a_listed_file_that_is_not_the_plan_is_no_plan() -> None:
    text = ("Dear Seller Performance Team,\n\nWe submit this appeal on behalf of our client, "
            "whose account was deactivated on 19 November.\n\n"
            "Please find attached:\n1. Invoices (INV_2026_11.pdf);\n"
            "2. The retraction email from the rights owner.\n\nKind regards,\nMia")
    assert no_plan(text)


# --- T003: a list of deeds presented with "Please find" ------------------------------------------

@pytest.mark.parametrize("intro", ["Please find the steps we did:", "Kindly see below actions "
                                   "taken:", "Please find below the actions we have taken:"])
def test_a_list_of_deeds_presented_with_please_find_is_the_actions(intro: str) -> None:
    text = ("Hello,\n\nOur listing of phone cases was removed for condition complaints. The "
            f"reason was that returned cases went back on the shelf unchecked. {intro}\n\n"
            "1. We removed all 45 returned cases from the shelf.\n"
            "2. We refunded the 7 buyers who complained.\n\n"
            "Thank you,\nPriya")
    shape = outline(text, STRUCTURE, PLAN)
    assert shape.parts["corrective-actions"].found == "list"
    assert plan_problems(text) == MISSING_PREVENTION


def test_please_see_our_plan_presents_the_whole_plan_not_its_actions() -> None:
    text = ("Dear Amazon,\n\nOur account was deactivated for late shipment rate. Please see our "
            "plan:\n\n"
            "1. In May orders were shipped late for ten days because our only packer left.\n"
            "2. We have hired two packers and extended the handling time to 3 days.\n"
            "3. In future the manager will check the unshipped orders every morning.\n\n"
            "Thank you,\nKen")
    assert plan_problems(text) == []
