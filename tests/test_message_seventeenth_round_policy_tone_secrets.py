"""T006, T007 and T002 in the seventeenth round of the message rules (issue 13).

T006: bank details copied from an app, each value on the line below its bare label ("Routing" /
"026009593" / "Account" / "4471 0239 8856"); a card code's label with a note on its length
("Security code (4 digit on front): 7305"); "my phone ending in 4471" is the end of a phone
number, not a code; "... change the password. Then we tried" gives no password. T007: the
policy named in Arabic by the noun after the word (سياسة صفحات تفاصيل المنتج), in Vietnamese
(hàng không chính hãng) and in Turkish (kullanılmış ürünün yeni olarak satılması). T002: "This
is insane.", "without even looking", "a crime I didn't commit", "Fix this." are emotive; the
policy's own "considered unfair" and "unfair pricing" are not. Every text here is written for
the test; none is copied from the labeled set."""

# The Arabic letters below are written in that language: its letters are meant (ruff RUF001
# takes the Arabic alef for a Latin one).
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from message_checks import codes

from casecheck.sensitive import find_secrets

PLAN = ("\n\nRoot cause:\nOur new packer skipped the final check.\n\nCorrective actions:\n"
        "- We removed the units on 3 May.\n\nPreventive measures:\n- A second person checks each "
        "box.\n\nRegards,\nLena")


def _kinds(text: str) -> list[tuple[str, str]]:
    return sorted((s.kind, text[s.span[0]:s.span[1]]) for s in find_secrets(text))


# --- T006: values below their labels --------------------------------------------------------

def test_bank_details_copied_from_an_app_are_found_on_their_own_lines() -> None:
    text = ("Hello,\n\nMy deposits failed. The correct information from my bank is:\nRouting\n"
            "026009593\nAccount\n4471 0239 8856\n\nThanks")
    found = codes(text, "T006", kind="technical-issue")
    assert sorted((f.data["kind"], f.data["line"]) for f in found) == [
        ("bank-account", 7), ("routing-number", 5)]
    assert all("4471 0239" not in f.message and "026009593" not in f.message for f in found)


@pytest.mark.parametrize("text", [
    "Our account\nwas closed 2 times this year.",
    "Account\n114-3092817-6604519",
    "Routing\n123456789",
    "Account\nHealth is at 180 points.",
])
def test_a_bare_word_above_something_else_is_no_bank_detail(text: str) -> None:
    assert _kinds(text) == []


@given(st.from_regex(r"[1-9]\d{7,11}", fullmatch=True))
def test_any_account_number_below_its_label_is_masked(number: str) -> None:
    text = f"Hello,\n\nBank account number:\n{number}\n\nThanks"
    assert ("bank-account", number) in _kinds(text)


@pytest.mark.parametrize("label", [
    "Security code (4 digit on front): ", "CVV (3 digits): ", "安全码（3位）：",
])
def test_a_card_code_after_a_note_on_its_length_is_found(label: str) -> None:
    code = "7305" if "4" in label else "552"
    text = f"Card: 3777 388938 47988\nExpiry: 06/28\n{label}{code}"
    assert ("card-code", code) in _kinds(text)


@pytest.mark.parametrize("text", [
    "It says it sent a one-time password to my phone ending in 4471, but the OTP never arrives.",
    "The verification code goes to the number ending with 0382.",
    "验证码发到尾号4471的手机，但是一直收不到。",
])
def test_the_end_of_a_phone_number_is_no_code(text: str) -> None:
    assert _kinds(text) == []


def test_a_code_after_the_end_of_a_phone_number_is_still_a_code() -> None:
    text = "The code sent to my phone ending in 4471 is 604817."
    assert _kinds(text) == [("one-time-code", "604817")]


@pytest.mark.parametrize(("text", "found"), [
    ("After entering the password, the page says it is wrong but we did not change the "
     "password. Then we tried the reset link.", []),
    ("We changed the password. Sunflower2026 is the new one.", [("password", "Sunflower2026")]),
    ("password: Sunflower", [("password", "Sunflower")]),
], ids=["next-sentence", "made-up-in-the-next-sentence", "a-word-as-password"])
def test_a_plain_word_after_a_sentence_end_is_no_password(text: str,
                                                     found: list[tuple[str, str]]) -> None:
    assert _kinds(text) == found


# --- T007: names in Arabic, Vietnamese and Turkish -------------------------------------------

@pytest.mark.parametrize(("marketplace", "text"), [
    ("AE", "فريق أمازون المحترم،\n\nتمت إزالة منتجنا بسبب مخالفة سياسة صفحات تفاصيل المنتج. "
           "عدّلنا العنوان.\n\nشكرا"),
    ("AE", "مرحبا،\n\nسياسة الحسابات المرتبطة تمنع فتح حساب ثان، ونحن أغلقنا الحساب "
           "الثاني.\n\nشكرا"),
    ("SG", "Kính gửi Amazon,\n\nSản phẩm bị gỡ vì khiếu nại hàng không chính hãng. Chúng tôi "
           "đã gửi hóa đơn.\n\nCảm ơn"),
    ("UK", "Merhaba,\n\nMağazamız kullanılmış ürünün yeni olarak satılması nedeniyle askıya "
           "alındı. Tüm stokları kontrol ettik.\n\nTeşekkürler"),
], ids=["ar-detail-page", "ar-related-first", "vi-inauthentic", "tr-used-as-new"])
def test_policies_named_in_arabic_vietnamese_and_turkish_are_cited(marketplace: str,
                                                                  text: str) -> None:
    assert codes(text, "T007", kind="listing-reinstatement", marketplace=marketplace,
                 subject="طلب") == []


@pytest.mark.parametrize("text", [
    "مرحبا،\n\nتم إيقاف حسابنا بسبب مخالفة سياسة أمازون. نرجو المراجعة.\n\nشكرا",
    "مرحبا،\n\nنحن نتبع سياسة الشركة في كل الطلبات، ونرجو إعادة الحساب.\n\nشكرا",
], ids=["amazon-policy", "company-policy"])
def test_amazon_policy_or_the_company_policy_in_arabic_names_none(text: str) -> None:
    assert len(codes(text, "T007", marketplace="AE", subject="طلب")) == 1


# --- T002: scorn said of the decision; the policy's own words ---------------------------------

@pytest.mark.parametrize("said", [
    "This is insane. My account was closed over one complaint.",
    "You shut me down without even looking at my invoices?",
    "I will not write a plan for a crime I didn't commit.",
    "My listing is still down.\nFix this.",
    "That decision is absolutely crazy.",
], ids=["insane", "without-even-looking", "crime", "fix-this", "crazy"])
def test_scorn_of_the_decision_is_emotive(said: str) -> None:
    text = f"Hello,\n\n{said}" + PLAN
    assert codes(text, "T002", kind="listing-reinstatement")


@pytest.mark.parametrize("said", [
    "We did not know that a big price increase is considered unfair by Amazon.",
    "The listing was flagged for unfair pricing during the storm.",
    "We raised the price without checking the prices of other sellers.",
    "We will fix it. The new price is live.",
    "Our crazy-straw set is a toy for children.",
], ids=["considered-unfair", "unfair-pricing", "without-checking", "we-will-fix-it",
        "crazy-straw"])
def test_the_policy_words_and_the_seller_own_steps_stay_calm(said: str) -> None:
    text = f"Hello,\n\nOur listing was removed on 3 May. {said}" + PLAN
    assert codes(text, "T002", kind="listing-reinstatement") == []
