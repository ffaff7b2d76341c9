"""T007, T006 and T002 in the fourteenth round of the message rules (issue 13).

T007: the policy named in Indonesian, Romanian, Russian and Arabic letters, and those
languages' denials ("мы никогда не продавали поддельные товары" names none); a check the seller
did not pass ("did not pass the identity verification", "no superé la verificación de
identidad") is the notice's reason, not a denial; "which account is related" is the seller's
question. T006: a card's expiry said as "valid to", and a one-time code given as what its text
message said ("the SMS said: 4 8 1 9 0 6"). T002: capitals in quotation marks are a printed text
quoted, not shouting. Every text here is written for the test; none is copied from the labeled
set."""

# The Arabic, Romanian and Russian letters below are written in those languages: their letters
# are meant (ruff RUF001 takes Cyrillic letters and the Arabic alef for Latin ones).
# ruff: noqa: RUF001

from __future__ import annotations

import pytest
from message_checks import codes, report

from casecheck.sensitive import find_secrets, redact

CARD = "4556 7301 8822 4937"


def _fires(text: str, **manifest: str) -> bool:
    return len(codes(text, "T007", **manifest)) == 1


# --- T007: names in the seller's own language -------------------------------------------------

@pytest.mark.parametrize(("marketplace", "text"), [
    ("SG", "Halo,\n\nToko kami ditutup karena melanggar Kebijakan Anti-Pemalsuan. Semua stok sudah "
           "kami tarik dari gudang.\n\nTerima kasih"),
    ("SG", "Halo,\n\nAkun kami dinonaktifkan karena keluhan produk palsu pada tas kulit. Kami "
           "sudah menghapus semua listing itu.\n\nTerima kasih"),
    ("DE", "Bună ziua,\n\nContul nostru a fost închis pentru produse contrafăcute. Am retras toate "
           "căștile din depozit.\n\nMulțumim"),
    ("DE", "Bună ziua,\n\nMagazinul nostru a fost suspendat pentru conturi asociate. Folosim un "
           "singur cont.\n\nMulțumim"),
    ("DE", "Здравствуйте,\n\nНаш магазин заблокирован за нарушение правил о связанных аккаунтах. "
           "У нас только один аккаунт.\n\nСпасибо"),
    ("DE", "Здравствуйте,\n\nНаш аккаунт закрыт из-за жалобы на контрафактные наушники. Мы убрали "
           "все товары со склада.\n\nСпасибо"),
    ("DE", "Здравствуйте,\n\nЛистинг удалён из-за жалобы о нарушении прав на товарный знак. Мы "
           "изменили название.\n\nСпасибо"),
    ("AE", "مرحبا،\n\nتم إيقاف حسابنا لأننا عرضنا منتجات محظورة في متجرنا. حذفنا كل القوائم."
           "\n\nشكرا"),
], ids=["id-policy", "id-fake", "ro-fake", "ro-related", "ru-related", "ru-fake", "ru-trademark",
        "ar-restricted"])
def test_names_in_the_sellers_own_language(marketplace: str, text: str) -> None:
    assert not _fires(text, marketplace=marketplace)


@pytest.mark.parametrize(("marketplace", "text"), [
    # a denial in those languages says what the seller never did, not which policy
    ("DE", "Здравствуйте,\n\nМы никогда не продавали поддельные товары. Просим проверить наш "
           "аккаунт ещё раз.\n\nСпасибо"),
    ("SG", "Halo,\n\nKami tidak pernah menjual barang palsu. Mohon periksa akun kami lagi."
           "\n\nTerima kasih"),
    ("DE", "Bună ziua,\n\nNu am vândut niciodată produse contrafăcute. Vă rugăm să verificați din "
           "nou.\n\nMulțumim"),
    # and a letter in them that names nothing is reported
    ("DE", "Здравствуйте,\n\nНаш аккаунт закрыли вчера. Пожалуйста, проверьте его.\n\nСпасибо"),
], ids=["ru-denial", "id-denial", "ro-denial", "ru-nothing"])
def test_denials_and_silence_in_those_languages_are_reported(marketplace: str, text: str) -> None:
    assert _fires(text, marketplace=marketplace)


# --- T007: a check the seller did not pass ----------------------------------------------------

@pytest.mark.parametrize(("marketplace", "text"), [
    ("US", "Hello,\n\nOur store was suspended because we did not pass the identity verification: "
           "the photo of the passport was blurred. We uploaded a new scan.\n\nThanks"),
    ("US", "Hello,\n\nWe didn't pass the business verification last week, so the account is "
           "on hold. The new utility bill is attached.\n\nThanks"),
    ("MX", "Hola,\n\nMi tienda fue suspendida porque no superé la verificación de identidad. "
           "Ya subí de nuevo mi pasaporte.\n\nGracias"),
], ids=["did-not-pass", "didnt-pass", "no-supere"])
def test_a_check_not_passed_is_the_notices_reason(marketplace: str, text: str) -> None:
    assert not _fires(text, marketplace=marketplace)


def test_a_denial_before_a_violation_still_names_none() -> None:
    text = ("Hello,\n\nWe did not sell counterfeit goods, every unit came from the brand. "
            "Please look at our account again.\n\nThanks")
    assert _fires(text)


# --- T007: the seller's question -------------------------------------------------------------

def test_which_account_is_related_is_the_sellers_question() -> None:
    text = ("Hello,\n\nOur shop was closed yesterday. We have one store only, so please tell us "
            "which account is related and we will explain it at once.\n\nThanks")
    assert _fires(text)


def test_the_accounts_are_related_says_the_notices_reason() -> None:
    text = ("Hello,\n\nThe notice says two accounts are related: ours and the old shop of my "
            "cousin, who used our office network in 2024.\n\nThanks")
    assert not _fires(text)


# --- T006 -------------------------------------------------------------------------------------

def kinds(text: str) -> list[str]:
    return sorted(s.kind for s in find_secrets(text))


@pytest.mark.parametrize(("body", "expected"), [
    (f"The payment card we added is {CARD}, valid to 11/29.", ["card", "card-expiry"]),
    ("The login asks for a code. The SMS said: 4 8 1 9 0 6, and the app refused it.",
     ["one-time-code"]),
    ("I typed it at once, the text message says 530291 but it fails.", ["one-time-code"]),
    ("短信显示：604817，但是输入后提示错误。", ["one-time-code"]),
], ids=["valid-to", "sms-said", "text-message-says", "sms-zh"])
def test_secret_readings(body: str, expected: list[str]) -> None:
    text = f"Hello,\n\n{body}\n\nThank you"
    assert kinds(text) == expected
    for secret in find_secrets(text):
        assert text[secret.span[0]:secret.span[1]] not in redact(text)


@pytest.mark.parametrize("body", [
    # validity of no card
    "The coupon is valid to 11/29 for every buyer.",
    # what an SMS said that is no code: a time, a year, a count a few words on
    "The SMS said the courier comes at 1400 tomorrow.",
    "The SMS said 2026 prices apply from May.",
    "The text message says our parcel of 2400 units is late.",
], ids=["coupon", "courier-time", "year", "count"])
def test_no_secret_is_read_in(body: str) -> None:
    assert kinds(f"Hello,\n\n{body}\n\nThank you") == []


# --- T002 -------------------------------------------------------------------------------------

def _tone(text: str) -> list[tuple[str, str]]:
    return [(f.data["kind"], f.data["phrase"]) for f in report(text, "T002").findings]


NOTICE = "Our listing was removed after complaints that opened units were sent as new."


@pytest.mark.parametrize("sentence", [
    'Every returned box now gets a red sticker that says "DO NOT SHIP - CHECK FIRST".',
    "The bin by the door is labelled \u201cWE CHECK THIS SHELF DAILY\u201d so nothing is missed.",
    "Our German packers use the sign \u201eNICHT ALS NEU VERKAUFEN WE SAID\u201c on the shelf.",
], ids=["straight", "curly", "german"])
def test_capitals_quoted_as_printed_are_not_shouting(sentence: str) -> None:
    assert _tone(f"Hello,\n\n{NOTICE} {sentence}\n\nThanks") == []


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("WE DID NOTHING WRONG and you removed it anyway.", "WE DID NOTHING WRONG"),
    # a quoted word inside a shouted clause does not hide the clause around it
    ('WHY DID YOU "REVIEW" US AGAIN when we sent the invoices?', 'WHY DID YOU "REVIEW" US AGAIN'),
    # an unclosed quote quotes nothing
    ('The buyer wrote "THIS IS A SCAM and we answered politely.', "THIS IS A SCAM"),
], ids=["bare", "quoted-word", "unclosed"])
def test_shouting_outside_quotes_is_still_shouting(sentence: str, phrase: str) -> None:
    assert ("shouting", phrase) in _tone(f"Hello,\n\n{NOTICE} {sentence}\n\nThanks")
