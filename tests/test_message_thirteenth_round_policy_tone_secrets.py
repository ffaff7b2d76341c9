"""T006, T007, T002 and T001 in the thirteenth round of the message rules (issue 13).

T006: a card's security code named by where the card prints it ("the three digits on the
back"), only beside a card number; a one-time code pointed back to ("The newest one I got
was ...") after a code named without its label; an English label glued to the Chinese word for
its number ("Routing号码：", "ABA码"). T007: the Intellectual Property policy in Arabic and Hindi,
the review policy in Hindi and Arabic, the late shipment rate in the Turkish carrier's word.
T002: tears and the seller's mind giving way plead. T001: a letter in Hindi is Hindi (not
Swedish), one in Tagalog is not English, and English by Filipino and Indonesian sellers stays
English. Every text here is written for the test; none is copied from the labeled set."""

# The Arabic and Turkish letters below are written in those languages: their letters are meant
# (ruff RUF001 takes the Arabic alef for l and the dotless i for i).
# ruff: noqa: RUF001

from __future__ import annotations

import pytest
from message_checks import codes, no_plan, report

from casecheck.sensitive import find_secrets, redact

CARD = "4556730188224937"
ROUTING = "021000021"
"""A public routing number that passes the ABA check."""


def kinds(text: str) -> list[str]:
    return sorted(s.kind for s in find_secrets(text))


# --- T006 -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    (f"New card: Visa {CARD}, exp 05/31, the three digits on the back are 418.",
     ["card", "card-code", "card-expiry"]),
    (f"Please charge card {CARD}.\nThe number at the back of the card is 7731.",
     ["card", "card-code"]),
    (f"收款信息如下：\n开户行：Chase Bank\nRouting号码：{ROUTING}\n请帮忙核对。", ["routing-number"]),  # noqa: E501
    (f"Bank: Chase, ABA码 {ROUTING}", ["routing-number"]),
    ("Every code I type is refused with an error.\n\n"
     "The newest one I got was 47 19 03, at 8:10.", ["one-time-code"]),
    ("I asked for a new login code three times and the code never works.\n\n"
     "The last one I received is 660318.", ["one-time-code"]),
])
def test_secret_readings(body: str, expected: list[str]) -> None:
    text = f"Hello,\n\n{body}\n\nThank you"
    assert kinds(text) == expected
    for secret in find_secrets(text):
        assert text[secret.span[0]:secret.span[1]] not in redact(text)


@pytest.mark.parametrize("body", [
    # a place on something that is no card
    "The sticker on the back of the box says 418, and the label at the back is 7731.",
    # "code" said of an error, and "the last one" of a shipment
    "The error code is 5003 every time.\n\nThe latest one I saw was 5009.",
    "We sent the new shelf by UPS.\n\nThe last one we shipped was 1243 units.",
    # an ID glued to a label's letters is no label
    "我们的SKU是PW2041-BLK，ASIN不变。",
])
def test_no_secret_is_read_in(body: str) -> None:
    assert kinds(f"Hello,\n\n{body}\n\nThank you") == []


# The Arabic and Turkish letters below are written in those languages: their letters are
# meant (ruff RUF001 takes ا for l and ı for i).  # noqa: RUF003

# --- T007 -----------------------------------------------------------------------------------

def _fires(text: str, **manifest: str) -> bool:
    return len(codes(text, "T007", **manifest)) == 1


@pytest.mark.parametrize(("marketplace", "text"), [
    ("AE", "مرحبا،\n\nتم حذف منتجنا بسبب انتهاك العلامة التجارية لشركة أخرى. "
           "حذفنا الاسم من العنوان.\n\nشكرا"),
    ("AE", "مرحبا،\n\nتم إيقاف حسابنا بسبب مخالفة سياسة مراجعات العملاء. "
           "أوقفنا كل الرسائل.\n\nشكرا"),
    ("IN", "नमस्ते,\n\nहमारा खाता समीक्षा नीति के उल्लंघन के कारण बंद किया गया। "
           "हमने सभी संदेश बंद कर दिए हैं।\n\nधन्यवाद"),
    ("IN", "नमस्ते,\n\nहमारी लिस्टिंग ट्रेडमार्क शिकायत के कारण हटाई गई। "
           "हमने शीर्षक बदल दिया है।\n\nधन्यवाद"),
    ("TR", "Merhaba,\n\nHesabımız geç kargo oranı yüzünden kapatıldı. Yeni bir kargo firması ile "
           "anlaştık.\n\nTeşekkürler"),
])
def test_names_in_the_sellers_own_language(marketplace: str, text: str) -> None:
    assert not _fires(text, marketplace=marketplace)


@pytest.mark.parametrize(("marketplace", "text"), [
    ("AE", "مرحبا،\n\nتم إيقاف حسابنا أمس. نرجو مراجعة الحساب.\n\nشكرا"),
    ("IN", "नमस्ते,\n\nहमारा खाता कल बंद कर दिया गया। कृपया इसकी जांच करें।\n\nधन्यवाद"),
    ("TR", "Merhaba,\n\nHesabımız dün kapatıldı. Kargo firmamız değişti.\n\nTeşekkürler"),
])
def test_a_letter_in_those_languages_that_names_nothing_is_reported(marketplace: str,
                                                                     text: str) -> None:
    assert _fires(text, marketplace=marketplace)


# --- T002 -----------------------------------------------------------------------------------

NOTICE = "Our account was deactivated on 9 May after complaints about our lamps."


def _tone(text: str) -> list[tuple[str, str]]:
    return [(f.data["kind"], f.data["phrase"]) for f in report(text, "T002").findings]


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("I am writing this with tears in my eyes.", "writing this with tears"),
    ("Honestly I am in tears tonight.", "I am in tears"),
    ("I feel like I am going crazy with these checks.", "I feel like I am going crazy"),
    ("We are losing our minds over this account.", "losing our minds"),
])
def test_tears_and_a_mind_giving_way_plead(sentence: str, phrase: str) -> None:
    assert ("plea", phrase) in _tone(f"Hello,\n\n{NOTICE} {sentence}\n\nThanks")


@pytest.mark.parametrize("sentence", [
    "The carton arrived with tears in the outer wrap, so we sent photos.",
    "The buyer was in tears on the phone, and we refunded her at once.",
    "Demand went crazy in December and our stock ran out.",
])
def test_calm_facts_near_those_words_stay_quiet(sentence: str) -> None:
    assert _tone(f"Hello,\n\n{NOTICE} {sentence}\n\nThanks") == []


# --- T001 -----------------------------------------------------------------------------------

HINDI = ("नमस्ते सेलर परफॉर्मेंस टीम,\n\nहमारा खाता ग्राहकों की शिकायतों के कारण बंद किया गया है। "
         "हमने अपने आपूर्तिकर्ता को बदल दिया है और हर पैकेट की जांच अब दो लोग करते हैं। "
         "कृपया हमारे खाते को फिर से चालू करें।\n\nधन्यवाद,\nरमेश")
TAGALOG = ("Magandang hapon po,\n\nNa-deactivate po ang aming account dahil sa reklamo ng mga "
           "customer tungkol sa sira na produkto. Ang dahilan po ay hindi namin sinuri ang bawat "
           "kahon bago ipadala. Ngayon po ay sinusuri na namin ang lahat ng kahon, at hindi na "
           "po ito mauulit dahil may bagong tauhan kami para dito.\n\nSalamat po,\nLiza")
PLAN = ("Root cause: we did not check the boxes before shipping. Corrective actions: we have "
        "checked all stock and removed the damaged units. Preventive measures: every box will "
        "be checked by a second person before it ships.")


@pytest.mark.parametrize(("text", "marketplace", "language"), [
    (HINDI, "IN", "hi"),
    (TAGALOG, "US", "tl"),
], ids=["hindi", "tagalog"])
def test_letters_in_sellers_languages_are_named_for_theirs(text: str, marketplace: str,
                                                           language: str) -> None:
    # the subject ("Appeal") is English: the one finding is the message's
    found = codes(text, "T001", marketplace=marketplace)
    assert [f.data["language"] for f in found] == [language]


def test_a_plan_in_tagalog_is_a_plan_in_a_language_not_read_rather_than_none() -> None:
    assert not no_plan(TAGALOG)


@pytest.mark.parametrize("text", [
    f"Good day po,\n\nOur account was deactivated because of damaged item complaints. {PLAN}\n\n"
    "Salamat po,\nLiza",
    f"Selamat pagi,\n\nOur account was deactivated because of damaged item complaints. {PLAN}\n\n"
    "Terima kasih,\nBudi",
    f"Xin chào,\n\nOur account was deactivated because of damaged item complaints. {PLAN}\n\n"
    "Cảm ơn,\nLan",
], ids=["filipino", "indonesian", "vietnamese"])
def test_english_by_filipino_indonesian_and_vietnamese_sellers_stays_english(text: str) -> None:
    assert codes(text, "T001") == []
