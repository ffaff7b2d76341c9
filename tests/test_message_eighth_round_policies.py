"""T007 in the eighth round of the message rules (issue 13): the namings a careful reader sees
and the rule did not (a policy named in Spanish or Portuguese with the article and the plural,
Amazon.it's and Amazon.com.br's metric names, Chinese that puts the object first, the other
account named in quotes, the notice's reason told in the seller's words), and an inability
("could not complete") that the rule took for a denial. Every text here is written for the
test; none is copied from the labeled set."""

from __future__ import annotations

from typing import Any

import pytest
from message_checks import codes

from casecheck import Config, validate


def report_zh(text: str, subject: str) -> list[Any]:
    """The findings of T007, told in Simplified Chinese."""
    return list(validate({"type": "account-appeal", "marketplace": "US", "subject": subject,
                          "message": text}, config=Config(select=("T007",), lang="zh-CN"))
                .findings)


def _fires(text: str, **manifest: str) -> bool:
    return len(codes(text, "T007", **manifest)) == 1


# --- a policy named in Spanish, Portuguese or Italian ----------------------------------------

@pytest.mark.parametrize("letter", [
    # Mexican seller: condition complaints with the article and the plural
    "Estimado equipo:\n\nNuestra cuenta fue desactivada por quejas sobre la condición de los "
    "artículos. Vendemos lámparas nuevas y revisamos cada caja antes de enviarla.\n\nGracias.",
    "Estimado equipo:\n\nRecibimos reclamaciones sobre el estado de varios pedidos de mochilas "
    "y la cuenta quedó suspendida. Ya revisamos el almacén.\n\nSaludos.",
    # Brazilian seller: the condition and the metrics in Portuguese
    "Prezados,\n\nA conta foi desativada por reclamações sobre a condição dos produtos "
    "enviados em outubro. Trocamos a embalagem.\n\nObrigado.",
    "Prezados,\n\nNossa conta foi suspensa porque a taxa de cancelamento passou de 3% em "
    "novembro, quando o fornecedor atrasou o estoque.\n\nAtenciosamente.",
    "Prezados,\n\nA taxa de defeitos de pedidos da loja subiu para 1,8% por causa de atrasos "
    "da transportadora.\n\nAtenciosamente.",
    # Italian seller: Amazon.it's names of the two metrics
    "Gentile team,\n\nil nostro account è stato disattivato perché la percentuale spedizioni "
    "in ritardo era al 6%. Abbiamo cambiato corriere.\n\nGrazie.",
    "Gentile team,\n\nla percentuale annullamenti precedenti la spedizione ha superato il 2,5% "
    "a causa di un errore di magazzino.\n\nCordiali saluti.",
])
def test_a_policy_named_in_another_language_is_cited(letter: str) -> None:
    assert not _fires(letter, marketplace="ES")


@pytest.mark.parametrize("letter", [
    "Estimado equipo:\n\nNuestra cuenta fue desactivada y no sabemos la razón. Los productos "
    "están en buena condición y tenemos todas las facturas.\n\nGracias.",
    "Prezados,\n\nNossa conta foi desativada sem explicação. Pedimos que revisem o caso, os "
    "produtos estão em ótima condição.\n\nAtenciosamente.",
])
def test_a_word_about_good_condition_names_no_policy(letter: str) -> None:
    assert _fires(letter, marketplace="ES")


# --- Chinese that names the object first ----------------------------------------------------

@pytest.mark.parametrize("named", ["评论操纵", "評論操縱", "评价操控"])
def test_review_manipulation_with_the_object_first_is_cited(named: str) -> None:
    text = (f"Dear team,\n\n我们的店铺因为{named}被停用了。The reason is a new employee sent "
            "free samples to friends. We have removed him from the account.\n\nThank you.")
    assert not _fires(text, marketplace="JP")


# --- the other account named in quotes, as the notice names it ------------------------------

@pytest.mark.parametrize("sentence", [
    'Our account was deactivated because it is related to the account "Blue Finch Home".',
    "Amazon says our store is related with account 'Kestrel Deals' which was closed in May.",
    "The notice says we are related to seller account “Harbor Lane Goods”.",
])
def test_a_related_account_named_in_quotes_cites_the_policy(sentence: str) -> None:
    text = (f"Hello Seller Performance,\n\n{sentence} We only know the owner as a former "
            "supplier.\n\nPlease review our case.\n\nThank you.")
    assert not _fires(text)


def test_an_account_manager_in_quotes_names_no_policy() -> None:
    text = ('Hello,\n\nOur account was deactivated. Our contact at the agency, the "account '
            'manager", told us to write to you.\n\nPlease review our case.\n\nThank you.')
    assert _fires(text)


# --- an inability is no denial --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our account was deactivated because we could not complete identity verification in time.",
    "The account was closed because I can not finish the seller verification with my passport.",
])
def test_a_verification_that_could_not_be_completed_is_cited(sentence: str) -> None:
    text = f"Dear team,\n\n{sentence} The new documents are attached.\n\nThank you."
    assert not _fires(text)


def test_a_denial_before_a_name_still_names_none() -> None:
    text = ("Dear team,\n\nOur account was deactivated. We never sold counterfeit goods and we "
            "did not use drop shipping suppliers.\n\nPlease reactivate it.\n\nThank you.")
    assert _fires(text)


# --- the notice's reason told in the seller's words ----------------------------------------

@pytest.mark.parametrize("notice", [
    # condition complaints, told as what buyers said
    "Our account was deactivated after complaints that the condition of the lamps was not as "
    "described on the page.",
    "The listing was removed because buyers said the condition didn't match the description.",
    "Amazon deactivated us for several 'item not as described' reports on our curtains.",
    # used sold as new, told as what buyers received
    "Our account was deactivated because some customers said they received a used item.",
    "Amazon closed the account because toasters sold in New condition were used.",
    # identity verification, told as what failed
    "My account was deactivated because Amazon could not verify my identity.",
    "The account was deactivated because our identity and bank details could not be verified.",
    # category approval, told as what the category asks
    "We were deactivated because we listed watches in a category that requires approval.",
    # expiration-dated products, by the name of the requirement
    "We understand this breaks the product expiration date requirements for FBA.",
])
def test_the_notices_reason_in_the_sellers_words_is_cited(notice: str) -> None:
    text = (f"Hello,\n\n{notice}\n\nRoot cause:\nOur new packer did not check the returns "
            "shelf.\n\nCorrective actions:\nWe have checked all stock and refunded the "
            "buyers.\n\nPreventive measures:\nThe manager will check every box.\n\nThank you.")
    assert not _fires(text)


@pytest.mark.parametrize("cause", [
    "Two buyers told us the condition did not match the description, because the photos were "
    "of the old model.",
    "Some customers received a used item, because returns were put back with new stock.",
])
def test_the_same_reason_told_in_the_root_cause_is_the_story(cause: str) -> None:
    text = (f"Hello,\n\nOur account was deactivated last week.\n\nRoot cause:\n{cause}\n\n"
            "Corrective actions:\nWe have checked all stock and refunded the buyers.\n\n"
            "Preventive measures:\nThe manager will check every box.\n\nThank you.")
    assert _fires(text)


@pytest.mark.parametrize("sentence", [
    "The parcel arrived in good condition and matched the description, the buyer confirmed it.",
    "We could not verify the tracking number with the carrier on Sunday.",
    "Our category manager needs approval from the owner before any price change.",
])
def test_words_that_only_sound_like_a_policy_name_none(sentence: str) -> None:
    text = (f"Dear team,\n\nOur account was deactivated and the e-mail gives no reason. "
            f"{sentence}\n\nPlease review our account.\n\nThank you.")
    assert _fires(text)


# --- the European marketplaces' Invoice Defect Rate is a policy too ------------------------

@pytest.mark.parametrize("sentence", [
    "Our account on Amazon.de was deactivated because the Invoice Defect Rate was 9%.",
    "The IDR went above the 5% target because our VAT invoices were uploaded late.",
    "Amazon wrote that our invoice defect ratio reached 7% for business orders.",
])
def test_the_invoice_defect_rate_is_cited(sentence: str) -> None:
    text = f"Dear team,\n\n{sentence} We now use the VAT Calculation Service.\n\nThank you."
    assert not _fires(text, marketplace="DE")


def test_rupiah_is_no_invoice_defect_rate() -> None:
    text = ("Dear team,\n\nOur account was deactivated and we do not know why. Our payment of "
            "IDR 1,500,000 to the supplier is shown in the invoice.\n\nThank you.")
    assert _fires(text)


# --- named only in the subject: the letter must say it ---------------------------------------

STORY_ONLY = ("Hello,\n\nOur account was deactivated last week. We checked every order of "
              "October and found that our warehouse in Izmir packed the boxes too late. We "
              "have moved the packing to the morning shift.\n\nPlease reactivate our account."
              "\n\nRegards,\nSelin Aydin")


@pytest.mark.parametrize("subject", ["Appeal - Late Shipment Rate",
                                     "Reactivation request: Order Defect Rate above target"])
def test_a_policy_named_only_in_the_subject_is_reported_as_such(subject: str) -> None:
    [finding] = codes(STORY_ONLY, "T007", subject=subject)
    assert finding.data["named_in"] == "subject"
    assert "only in the subject" in finding.message
    [chinese] = [f for f in report_zh(STORY_ONLY, subject) if f.code == "T007"]
    assert "只在标题里写了政策" in chinese.message


def test_a_policy_in_the_subject_and_the_letter_is_cited() -> None:
    text = STORY_ONLY.replace("deactivated last week", "deactivated last week for our Late "
                              "Shipment Rate")
    assert codes(text, "T007", subject="Appeal - Late Shipment Rate") == []


def test_a_subject_naming_nothing_is_the_plain_finding() -> None:
    [finding] = codes(STORY_ONLY, "T007", subject="Appeal for my account")
    assert "named_in" not in finding.data
    assert "only in the subject" not in finding.message


# --- the complaint a step answers -------------------------------------------------------------

@pytest.mark.parametrize("step", [
    "I have now sent the invoices from our distributor for the inauthentic complaint on "
    "ASIN B0CZ81KQ2T twice, in two cases.",
    "We have answered the trademark complaints one by one and sent the rights owner our "
    "invoices.",
    "我们已经把发票发给了亚马逊，回复了侵权投诉。",
])
def test_a_step_that_answers_the_complaint_names_its_policy(step: str) -> None:
    text = (f"Hello,\n\nWhat we have done:\n{step}\n\nWhat else do you need from us? We can "
            "send any other document.\n\nThanks,\nBeth")
    assert codes(text, "T007", subject="Follow-up") == []


@pytest.mark.parametrize("step", [
    "We have removed the counterfeit listings you named and destroyed the stock.",
    "We have never had a safety complaint in six years, and we have sent the invoices again.",
])
def test_a_step_that_only_says_what_was_fixed_names_no_policy(step: str) -> None:
    text = (f"Hello,\n\nWhat we have done:\n{step}\n\nWhat else do you need from us? We can "
            "send any other document.\n\nThanks,\nBeth")
    assert len(codes(text, "T007", subject="Follow-up")) == 1
