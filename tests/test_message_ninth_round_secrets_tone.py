
"""The classes of misreading behind the sixth and seventh sets' T006 and T002 failures (issue
13, ninth round), on texts written for this test: Korean and Spanish expiry dates, a Mexican
CLABE, a code named in Spanish by how it came or received "on my phone, ...", "my pass is",
one number read as both a card and an account, a sort code alone, and someone else's words
set off as a quotation."""

from __future__ import annotations

import pytest
from message_checks import codes

from casecheck.sensitive import find_secrets, redact

CARD = "4556730188224937"


def kinds(text: str) -> list[str]:
    return sorted(s.kind for s in find_secrets(text))


@pytest.mark.parametrize(("line", "expected"), [
    (f"Visa {CARD}, expiry 2030년 4월, please charge it.", ["card", "card-expiry"]),
    (f"Mastercard {CARD} vence 11/29.", ["card", "card-expiry"]),
    ("For the refund, our CLABE is 021180055501234567.", ["bank-account"]),
    ("El código que me llegó por SMS es 418263, no funciona.", ["one-time-code"]),
    ("I got a code on my phone at noon, 552871, please use it.", ["one-time-code"]),
    ("If you need to test it, my pass is Birch#Lane52 for now.", ["password"]),
    ("银行卡号：6228 4801 7730 9128 342", ["card"]),
    ("开户行账号 4000 0231 0920 0188 579", ["bank-account"]),
    ("Our IBAN is on file; sort code 20-45-77.", []),
])
def test_secret_readings(line: str, expected: list[str]) -> None:
    text = f"Hello,\n\n{line}\n\nThank you"
    assert kinds(text) == expected
    for secret in find_secrets(text):
        assert text[secret.span[0]:secret.span[1]] not in redact(text)


@pytest.mark.parametrize("quote", [
    'A buyer wrote to us:\n\n"THIS IS A SCAM!!! You people are thieves and I want my money NOW!!!"',
    'Amazon replied: "We are sorry. We are sorry for the trouble. Sorry, we cannot help."',
])
def test_words_quoted_from_someone_else_are_not_the_sellers_tone(quote: str) -> None:
    text = f"Hello,\n\n{quote}\n\nPlease check the listing B0C1234567 again.\n\nThanks"
    assert codes(text, "T002", kind="brand-dispute") == []


def test_the_sellers_own_anger_beside_a_quote_is_still_read() -> None:
    text = 'Hello,\n\nYou replied: "We cannot help."\n\nTHIS IS UNFAIR!!! You people are useless.'
    assert codes(text, "T002", kind="brand-dispute")
