# ruff: noqa: RUF001 - Turkish, Chinese and Japanese texts are written with their own letters
"""T007 in the seventh round of the message rules (issue 13): the classes of text in which the
rule saw a policy a careful reader does not (a violation retold as the story in the root cause,
metrics shown as a good record, the seller's own patent or trademark papers, a policy word that
only describes), and the namings it did not know (an account related to "an account that ...",
"not genuine product", Turkish and Spanish names). Every text here is written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import codes

from casecheck.packs import load_packs

POLICIES = load_packs().policies


def _fires(text: str, **manifest: str) -> bool:
    return len(codes(text, "T007", **manifest)) == 1


# --- a violation retold in the root cause is the story, not the policy ----------------------

@pytest.mark.parametrize("cause", [
    # Indian: the facts of a related account, told as what a staff member did
    "1. Our staff member opened a second account in his brother's name to sell the same "
    "sarees at lower price.\n2. He used our office laptop for the second account.",
    # Latin American: what buyers said, in the writer's words
    "The reason I think is the shoes we bought from a new distributor. Some buyers said the "
    "shoes were not original, and the distributor does not answer us anymore.",
    # Chinese: a staff member made more than one account
    "Our new operator did not know the rule and he made more than one account with our "
    "company license, because he want to test the new products.",
    # Turkish: the facts of old stock
    "Our warehouse team shipped old stock from the back shelf. Some items were expired when "
    "they are shipped, because nobody checked the date on the box.",
    # native: the supplier's goods
    "We bought a lot of 200 headphones from a liquidation broker. Two buyers told us the units "
    "were fake, and when we compared them with retail units the logo was different.",
])
def test_a_violation_retold_in_the_root_cause_names_no_policy(cause: str) -> None:
    text = (f"Hello Seller Performance,\n\nOur account was deactivated last week.\n\n"
            f"Root cause:\n{cause}\n\nCorrective actions:\nWe have removed the person's access "
            "and closed everything he made. All affected buyers got a refund.\n\n"
            "Preventive measures:\nThe owner will approve every new account or supplier "
            "himself.\n\nThank you.")
    assert _fires(text)


@pytest.mark.parametrize("notice", [
    "Our account was deactivated because we opened a second account without approval.",
    "Amazon deactivated our account because some items were expired when they arrived.",
    "The notice says the account was closed after a complaint that our shoes were fake.",
])
def test_the_same_violation_told_as_the_notices_reason_names_it(notice: str) -> None:
    text = (f"Hello,\n\n{notice}\n\nRoot cause:\nOur new operator did not read the rules "
            "before he started.\n\nCorrective actions:\nWe have trained him and checked all "
            "our listings.\n\nPreventive measures:\nThe owner will approve every change.\n\n"
            "Thank you.")
    assert not _fires(text)


@pytest.mark.parametrize("cause", [
    "Our late shipment rate went to 6% because our courier stopped picking up on Saturdays.",
    "The counterfeit units came from a wholesaler who was not on the brand's list.",
    "我们的订单缺陷率上升到 2.1%，因为物流商丢了很多包裹。",
])
def test_a_policys_own_name_in_the_root_cause_still_names_it(cause: str) -> None:
    text = (f"Hello,\n\nOur account was deactivated last week.\n\nRoot cause:\n{cause}\n\n"
            "Corrective actions:\nWe have changed the supplier and refunded the buyers.\n\n"
            "Preventive measures:\nWe will check every shipment.\n\nThank you.")
    assert not _fires(text)


# --- metrics quoted with good figures are the account's record ------------------------------

METRICS = ["ODR", "Order Defect Rate", "late shipment rate", "LSR", "cancel rate",
           "valid tracking rate", "VTR", "pre-fulfillment cancel rate"]
RECORDS = ["Our account has good metrics: ", "All our metrics are healthy - ",
           "We always had excellent performance (", "Our account health is good: ",
           "Our numbers are all within target: "]


@settings(max_examples=40, deadline=None)
@given(record=st.sampled_from(RECORDS),
       metrics=st.lists(st.sampled_from(METRICS), min_size=1, max_size=3, unique=True),
       figures=st.lists(st.integers(0, 9), min_size=3, max_size=3),
       joined=st.sampled_from([", ", " and ", " / "]))
def test_metrics_shown_as_the_accounts_good_record_name_no_policy(
        record: str, metrics: list[str], figures: list[int], joined: str) -> None:
    pairs = zip(metrics, figures, strict=False)  # as many figures as metrics drawn
    listed = joined.join(f"{metric} 0.{figure}%" for metric, figure in pairs)
    text = (f"Dear Seller Performance Team,\n\nOur account was deactivated and the e-mail only "
            f"said we violated Amazon policy. {record}{listed}. We think it is a mistake.\n\n"
            "Please check again and reactivate the account.\n\nThank you.")
    assert _fires(text)


@pytest.mark.parametrize("sentence", [
    "Our other metrics are good, but the ODR is 1.6% because of A-to-z claims.",
    "Our ODR was 2.3%, above the 1% target, because of late deliveries.",
    "Our metrics look good: ODR 0.4% now, only the late shipment rate is 5.2% this month.",
])
def test_a_metric_that_went_wrong_is_still_named(sentence: str) -> None:
    text = (f"Hello,\n\nOur account was deactivated last week. {sentence}\n\n"
            "Please review our appeal.\n\nThank you.")
    assert not _fires(text)


def test_a_chinese_record_of_good_metrics_names_no_policy() -> None:
    text = ("尊敬的亚马逊团队：\n\n我们的账户被停用了，邮件只说我们违反了亚马逊政策。"
            "我们的账户指标一直良好：ODR 0.1%，late shipment rate 0.3%。"
            "我们认为这可能是系统的错误。\n\n请再次审核。\n\n谢谢！")
    assert _fires(text, marketplace="JP")


# --- the seller's own patent, trademark and their papers are evidence -----------------------

@pytest.mark.parametrize("evidence", [
    "We are the factory, we have the patent and trademark for this design.",      # Chinese
    "We are having our own registered trademark since 2019, kindly check.",       # Indian
    "The trademark certificate and our invoices are attached to this case.",      # native
    "Tenemos la fábrica y también we hold the design patent, you can see it.",    # Latin American
    "Our brand is registered, the trademark registration number is in the file.", # Turkish
])
def test_the_sellers_own_rights_and_papers_name_no_policy(evidence: str) -> None:
    text = (f"Hello Amazon,\n\nOur account is deactivated and we don't know why. {evidence} "
            "Please check and reactivate our account.\n\nThank you.")
    assert _fires(text)


@pytest.mark.parametrize("said", [
    "Our listing was removed because of a trademark complaint from another brand.",
    "We used another company's trademark in our title without permission.",
    "We have the trademark certificate, but the patent complaint is about the hinge.",
])
def test_an_ip_complaint_beside_the_sellers_papers_still_names_the_policy(said: str) -> None:
    text = f"Hello,\n\n{said} Our documents are attached.\n\nPlease review it.\n\nThank you."
    assert not _fires(text)


# --- a policy word before a who/how clause describes the rule, it does not name it ---------

@pytest.mark.parametrize("sentence", [
    "Our manager read Amazon's rules for who must be the seller of record.",
    "We studied the policy on how the products must be packed.",
    "Our team now knows the guidelines about when an order may be cancelled.",
])
def test_a_policy_described_by_a_question_clause_is_not_named(sentence: str) -> None:
    text = (f"Hello,\n\nOur account was deactivated. {sentence} We have fixed our process.\n\n"
            "Thank you.")
    assert _fires(text)


def test_a_policy_on_a_named_subject_is_still_named() -> None:
    text = ("Hello,\n\nOur account was deactivated. Our manager read the policy on medical "
            "devices and removed the listings.\n\nThank you.")
    assert not _fires(text)


# --- namings T007 did not know ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Deactivated on 11 March for being related to an account that was not allowed to sell.",
    "The notice says our store is related to another seller we never heard of.",
    "Why you say we sell not genuine product? We don't understand.",
    "Amazon says our account is related with a different merchant.",
])
def test_the_reason_in_the_sellers_words_names_the_policy(sentence: str) -> None:
    text = f"Hello,\n\n{sentence} Our documents are attached.\n\nPlease check again.\n\nThanks."
    assert not _fires(text)


@pytest.mark.parametrize("name", [
    "marka hakkı ihlali şikayeti", "marka ihlali", "Fikrî Mülkiyet Politikası",
    "telif hakkı şikayeti", "Sipariş Kusur Oranı", "iptal oranı", "geçerli takip oranı",
    "Kısıtlanmış Ürünler Politikası", "yasaklı ürün", "Satıcı Davranış Kuralları",
    "İş Çözümleri Sözleşmesi", "sahte ürün", "orijinal olmayan ürün şikayeti",
    "ürün güvenliği", "Adil Fiyatlandırma Politikası", "müşteri ürün yorumu politikaları",
    "stoksuz satış",
])
def test_a_turkish_name_of_the_policy_names_it(name: str) -> None:
    text = (f"Sayın Amazon Satıcı Performans Ekibi,\n\nHesabımız {name} nedeniyle kapatıldı. "
            "Durumu inceledik ve gerekli düzeltmeleri yaptık.\n\nSaygılarımızla,\nAhmet")
    assert not _fires(text, marketplace="UK")


def test_a_turkish_letter_that_names_no_policy_gets_the_finding() -> None:
    text = ("Sayın Amazon Satıcı Performans Ekibi,\n\nHesabımız geçen hafta kapatıldı ve "
            "nedenini bilmiyoruz. Lütfen hesabımızı tekrar inceleyin.\n\nSaygılarımızla,\nAhmet")
    assert _fires(text, marketplace="UK")


@pytest.mark.parametrize("name", [
    "una infracción de marca", "la violación de derechos de autor",
    "el Acuerdo de Amazon Services Business Solutions",
])
def test_a_spanish_name_of_the_policy_names_it(name: str) -> None:
    text = (f"Estimado equipo de Amazon:\n\nNuestra cuenta fue desactivada por {name}. Ya "
            "corregimos el problema.\n\nSaludos,\nMaría")
    assert not _fires(text, marketplace="MX")


def test_every_new_lexicon_entry_has_its_place_and_source() -> None:
    assert POLICIES.records is not None and POLICIES.records.source
    assert POLICIES.story_parts == ["root-cause"]
    assert load_packs().message.structure.parts.keys() >= set(POLICIES.story_parts)
    told = [p for p in POLICIES.policies if p.told]
    assert {p.name for p in told} >= {"Related accounts", "Inauthentic and counterfeit complaints"}
    assert all(p.source for p in POLICIES.policies)


@pytest.mark.parametrize("sentence", [
    "Our account was deactivated under Section 3 and we uploaded the documents again.",
    "This is our appeal for the Section 3 verification of our business.",
    "Amazon deactivated the account citing section 3.1 of the agreement.",
])
def test_a_section_cited_as_the_notices_clause_names_the_policy(sentence: str) -> None:
    text = f"Hello,\n\n{sentence} Please review it.\n\nThank you."
    assert not _fires(text)


def test_a_section_of_the_letter_itself_names_no_policy() -> None:
    text = ("Hello,\n\nOur account was deactivated. The documents are listed in section 3 "
            "below.\n\nPlease review it.\n\nThank you.")
    assert _fires(text)


@pytest.mark.parametrize("name", [
    "inauthenic complaints", "unauthentic items", "counterfiet products", "conterfeit claim",
    "Order Defact Rate", "late shippment rate", "valid traking rate",
    "Bussiness Solution Agreement", "related acount", "drop shiping",
])
def test_a_policy_name_as_sellers_mistype_it_names_it(name: str) -> None:
    text = (f"Dear Seller Performance,\n\nOur account was deactivated for {name}. We have fixed "
            "the problem.\n\nThank you.")
    assert not _fires(text)


@pytest.mark.parametrize("text", [
    "尊敬的亚马逊团队：\n\n我们的账户因为多个账户的问题被停用。我们已经关闭了另一个店铺。\n\n谢谢。",
    "尊敬的亚马逊团队：\n\n我们的账户因为延迟发货被停用，我们已经更换了物流商。\n\n谢谢。",
    "尊敬的亚马逊团队：\n\n我们的账户因为追踪编码无效被停用，我们已经更换了物流商。\n\n谢谢。",
    "アマゾン様\n\n当社のアカウントは真贋に関する苦情により停止されました。"
    "請求書を添付します。\n\nよろしくお願いします。",
])
def test_a_chinese_or_japanese_name_of_the_violation_names_it(text: str) -> None:
    assert not _fires(text, marketplace="JP")


def test_a_chinese_letter_that_names_no_policy_gets_the_finding() -> None:
    text = "尊敬的亚马逊团队：\n\n我们的账户被停用了，我们不知道原因。请再次审核。\n\n谢谢。"
    assert _fires(text, marketplace="JP")
