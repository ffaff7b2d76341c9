# ruff: noqa: RUF001 - Chinese letters are written with full-width marks
"""The classes of misreading behind the sixth message set's failures of T001, T003 and A016
(issue 13, eighth round), each on texts written for this test, not taken from the bench: a
subject in the seller's language with an English word beside it; a courtesy ("Kindly note
that") before the list of what was done; "Our plan:" over its steps; a denial that the seller
did anything wrong; corrective headings in the seller's own grammar ("We have did:", "Things we
already done", "解决方法", "what we found and did"); "For the long term" opening the prevention;
numbered items with no blank line between them; Chinese letters without headings; "Action plan:"
as the label of a paragraph of steps; a measure told before the letter's close; a label with a
clause after its comma ("For the future, I've set one rule: ...") is a sentence, not a heading."""

from __future__ import annotations

import pytest
from message_checks import PLAN, STRUCTURE, codes, no_plan, plan_problems

from casecheck.outline import outline

MISSING_CAUSE = [("root-cause", "missing")]

# --- T001: a subject with an English version beside the seller's language ------------------------

ENGLISH_LETTER = (
    "Hello,\n\nOur store was closed for a complaint about the size of our linen shirts. We "
    "measured "
    "the shirts again and the size chart on the listing was in centimetres while the buyer "
    "expected inches.\n\nWe have changed the size chart and sent the buyer a refund.\n\n"
    "Thank you,\nOzan Demir")


@pytest.mark.parametrize("subject", [
    "Mağazam kapatıldı - appeal",
    "Cuenta desactivada / reinstatement appeal",
    "Konto gesperrt - appeal",
])
def test_an_english_word_beside_the_sellers_language_is_read_with_the_letter(subject: str) -> None:
    assert codes(ENGLISH_LETTER, "T001", marketplace="UK", subject=subject) == []


def test_a_subject_wholly_in_another_language_is_still_reported() -> None:
    assert codes(ENGLISH_LETTER, "T001", marketplace="UK",
                 subject="Mağazamın kapatılması hakkında itiraz")


# --- A016/T003: a courtesy before the list of what was done --------------------------------------

@pytest.mark.parametrize("courtesy", ["Kindly note that", "Please be informed that",
                                      "Kindly be advised that"])
def test_a_courtesy_before_the_list_of_deeds_asks_for_nothing(courtesy: str) -> None:
    text = ("Respected Team,\n\nThis is regarding the suspension of our account for late dispatch. "
            f"{courtesy} we have taken the following steps:\n\n"
            "1. Shifted all orders to a new courier partner in Pune.\n"
            "2. Handling time has been increased to 3 days.\n"
            "3. The old courier contract is cancelled from 2 March.\n\n"
            "Kindly reactivate our account.\n\nThanks and regards,\nRavi Kumar")
    assert not no_plan(text)
    assert ("root-cause", "missing") in plan_problems(text)


# --- A016: "Our plan:" over its steps ------------------------------------------------------------

def test_our_plan_as_a_title_heads_the_steps() -> None:
    text = ("Dear Team,\n\nOur account was deactivated because of the Seller Code of Conduct. "
            "We did not do anything wrong on purpose, the buyer wrote that we insulted him.\n\n"
            "Our plan:\n- We are going to answer buyers only with approved templates.\n"
            "- We plan to train the two people who answer messages.\n\n"
            "After that we will read a sample of the messages every week.\n\nRegards,\nKaan Ay")
    assert not no_plan(text)
    assert plan_problems(text) == [("corrective-actions", "not-done"), *MISSING_CAUSE]


def test_our_plan_in_a_sentence_names_no_heading() -> None:
    shape = outline("Hello,\n\nOur plan is to sell the stock we have and close the store.\n\n"
                    "Thanks,\nAna", STRUCTURE, PLAN)
    assert shape.plan_line is None


# --- T003: a denial that anything was wrong gives no cause ---------------------------------------

def test_a_denial_of_wrongdoing_is_no_root_cause() -> None:
    text = ("Hi,\n\nOur account is deactivated for a policy violation. We did not do "
            "anything wrong "
            "on purpose, and the buyer lied about the message.\n\n"
            "We have already removed the message templates and retrained our staff.\n\n"
            "From now on every message will be checked by the manager before it is sent.\n\n"
            "Regards,\nLeyla")
    assert plan_problems(text) == MISSING_CAUSE


# --- T003: corrective headings in the seller's own grammar ---------------------------------------

@pytest.mark.parametrize("heading", ["We have did:", "What we already done:", "解决方法："])
def test_corrective_labels_in_the_sellers_grammar(heading: str) -> None:
    text = ("Dear Amazon,\n\nOur shop is deactivated for condition complaints.\n\n"
            "The reason: our packer put returned lamps in new boxes without checking them.\n\n"
            f"{heading} all returned lamps are removed from the stock and the packer is trained "
            "again by our manager.\n\n"
            "Future: every returned lamp will be tested and photographed before it is sold "
            "again.\n\n"
            "Thank you,\nFoshan Lumen")
    assert plan_problems(text) == []


@pytest.mark.parametrize("heading", ["Things we already done", "Steps we already did"])
def test_numbered_corrective_headings_in_the_sellers_grammar(heading: str) -> None:
    text = ("Hello,\n\nOur account was deactivated because our late dispatch rate is 7%.\n\n"
            "1) The reason of the problem\nOur handling time was 1 day but the real packing time "
            "of the carved boxes is 3 days.\n\n"
            f"2) {heading}\n- Handling time is changed to 4 days.\n"
            "- We signed a contract with a second courier.\n\n"
            "3) To make sure this never happens again\nEvery evening our warehouse chief checks "
            "the pending orders report.\n\nSaygılarımızla,\nDeniz")
    assert plan_problems(text) == []


def test_one_heading_over_what_was_found_and_done() -> None:
    text = ("Hello,\n\nWe received a deactivation because we had a second account.\n\n"
            "This is what we found and did:\n"
            "1. The second account was opened by our former partner in 2020 and we forgot it.\n"
            "2. We have closed the second account and removed its bank account.\n"
            "3. From now on our accountant checks every quarter that only one account is "
            "active.\n\nThank you,\nMihai Pop")
    assert plan_problems(text) == []


# --- T003: "For the long term" opens the prevention ----------------------------------------------

def test_for_the_long_term_opens_the_prevention() -> None:
    text = ("Hi,\n\nOur account is deactivated for late shipment rate.\n\n"
            "The issue was caused by our courier, who stopped picking up on Saturdays in May.\n\n"
            "We are planning to move all orders to a second courier, and we intend to contact "
            "the late buyers.\n\n"
            "For the long term, we will check the pickup report every evening and keep two "
            "couriers under contract.\n\nThanks,\nSelin")
    assert plan_problems(text) == [("corrective-actions", "not-done")]


# --- T003: numbered items with no blank line between them ----------------------------------------

def test_numbered_items_without_blank_lines_open_their_parts() -> None:
    text = ("Dear Seller Performance,\n\nOur account was deactivated for contacting buyers "
            "outside Buyer-Seller Messaging.\n\n"
            "1) The problem happened because a new employee did not know the rule and used "
            "WhatsApp.\n"
            "2) We have deleted all buyer phone numbers and given the employee a written warning.\n"
            "3) To prevent this in future, every new employee signs the Code of Conduct and the "
            "manager reviews the messages each month.\n\nBest regards,\nBurak")
    assert plan_problems(text) == []


# --- T003: Chinese letters without headings ------------------------------------------------------

def test_a_chinese_letter_opens_its_actions_and_prevention() -> None:
    text = ("您好，\n\n我们的商品 B0TESTZH01 因为侵权投诉被下架了。\n\n"
            "我们已经把标题里的品牌名删除了，也把图片换成了我们自己拍的。"
            "以后我们上架新产品之前都会先查一下商标。\n\n"
            "请帮我们恢复商品，谢谢！\n\n义乌某某贸易")
    assert plan_problems(text, kind="listing-reinstatement") == MISSING_CAUSE


def test_the_notice_received_opens_no_actions() -> None:
    shape = outline("您好，\n\n我们已经收到了亚马逊的通知，我们的账户被停用了。\n\n"
                    "请告诉我们原因。\n\n谢谢", STRUCTURE, PLAN)
    assert "corrective-actions" not in shape.parts


# --- T003: "Action plan:" as the label of a paragraph of steps -----------------------------------

@pytest.mark.parametrize("tail", ["", "   "])
def test_action_plan_labels_a_paragraph_of_steps(tail: str) -> None:
    """With spaces left after the line (``tail``) the label was read as "Action plan: we"."""
    text = ("Dear Amazon,\n\nOur account was deactivated for high prices during the storm.\n\n"
            "Root cause: our repricer followed one competitor with a very high price and nobody "
            "watched it on the weekend.\n\n"
            "Action plan: we are going to turn off the repricer and refund the difference to the "
            f"buyers.{tail}\n\n"
            "Prevention: we will set a maximum price for every product and check the prices "
            "every day.\n\nThank you,\nLucia")
    assert plan_problems(text) == [("corrective-actions", "not-done")]
    title = next(h.title for h in outline(text, STRUCTURE, PLAN).headings
                 if h.title.startswith("Action plan"))
    assert title == "Action plan"


def test_a_plan_of_action_attached_is_no_label() -> None:
    text = ("Hello,\n\nOur account was deactivated for late shipment.\n\n"
            "Plan of action: we have attached the document as a PDF file.\n\nThanks,\nTom")
    assert outline(text, STRUCTURE, PLAN).plan_line is None


# --- T003: a measure told before the letter's close ----------------------------------------------

def test_a_measure_before_the_apology_is_the_prevention() -> None:
    text = ("Dear team,\n\nOur account was deactivated for used items sold as new. We are "
            "so sorry.\n\n"
            "We are very sorry. The cause was that returned cameras were mixed into our FBA "
            "boxes.\n\n"
            "We apologize again. We have removed all 90 units from FBA and checked each of "
            "them.\n\n"
            "We will keep returned goods in a separate room and will check the serial numbers "
            "before each FBA shipment. Once more, please accept our apologies.\n\nKenji")
    assert plan_problems(text) == []


def test_a_close_that_promises_nothing_is_no_prevention() -> None:
    text = ("Dear team,\n\nOur account was deactivated for used items sold as new.\n\n"
            "The cause was that returned cameras were mixed into our FBA boxes.\n\n"
            "Sorry again. We have removed all 90 units from FBA and checked each of them.\n\n"
            "We will be grateful if you reinstate our account, please.\n\nKenji")
    assert ("preventive-measures", "missing") in plan_problems(text)


# --- T003: a clause after a comma makes a label a sentence ---------------------------------------

def test_a_label_with_a_clause_after_its_comma_is_a_sentence() -> None:
    text = ("Hello,\n\nMy account was deactivated last week for a late dispatch rate of 6%.\n\n"
            "In May I was in hospital for ten days. My brother packed the orders, but he only "
            "came twice a week, and I didn't change the handling time or switch on holiday "
            "mode.\n\n"
            "Since coming back I have dispatched every open order and I've changed the handling "
            "time to 3 days.\n\n"
            "For the future, I've set one rule for myself: if nobody can pack on a given day, the "
            "account goes on holiday mode the evening before.\n\nKind regards,\nMaggie")
    shape = outline(text, STRUCTURE, PLAN)
    assert shape.headings == ()
    assert ("root-cause", "missing") not in plan_problems(text)
