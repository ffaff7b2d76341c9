"""Secrets a seller must never paste into a case: payment cards, card security codes and
expiry dates, passwords, one-time codes, IBANs and bank account numbers.

Every value found is kept only masked: ``Secret.masked`` is all that leaves this module,
so no finding, hint or report can carry the full value; ``Secret.span`` says where the value
stands, so that ``casecheck fix`` can mask it in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from stdnum import iban, luhn

from casecheck.prose import LineIndex

Kind = Literal[
    "card", "card-code", "card-expiry", "password", "one-time-code", "iban", "bank-account",
]

_CARD = re.compile(
    r"(?<![\w-])(?:(?:\d{4}[ -]){3}\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{15,16}|\d{19})(?![\w-])"
)
_CARD_PREFIX = re.compile(r"4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|2)")
"""Visa, Mastercard, Amex, Diners/JCB, Discover and UnionPay issuer prefixes."""
_TRACKING_WORDS = re.compile(r"\b(tracking|track|fedex|ups|usps|dhl|gtin|upc|ean|isbn|barcode)\b",
                             re.IGNORECASE)
_CARD_CODE = re.compile(
    r"\b(?:CVV2?|CVC2?|CID|CSC|security code|card code)\b\W{0,3}(?:is\W{1,3})?(\d{3,4})\b",
    re.IGNORECASE,
)
_EXPIRY = re.compile(
    r"\b(?:exp(?:iry|iration|ires)?|valid thru|good thru)\b\.?\W{0,3}(?:date\W{0,3})?"
    r"(?:is\W{1,3})?((?:0[1-9]|1[0-2])\s?/\s?(?:\d{2}|\d{4}))\b",
    re.IGNORECASE,
)
_PASSWORD = re.compile(r"\b(?:pass(?:word|wd|phrase)|pwd)\b(?:\s+(?:is|was))?\s*[:=]?\s*"
                       r"[\"'“]?([^\s\"'”]{4,})", re.IGNORECASE)
_ONE_TIME = re.compile(
    r"\b(?:(?:one[- ]time|verification|authentication|sms|login|2fa|two[- ](?:factor|step))"
    r"\s+(?:pass)?code|otp|pin)\b(?:\s+(?:is|was))?\s*[:=]?\s*(\d{4,8})\b(?![-/.]\d)",
    re.IGNORECASE,
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_BANK_ACCOUNT = re.compile(
    r"\b(?:(?:bank\s+)?account\s*(?:number|no\.?|num|#)|routing\s*(?:number|no\.?|#)?|"
    r"sort\s*code|BSB|ABA)\W{0,3}(?:is\W{1,3})?(\d[\d -]{4,20}\d)\b",
    re.IGNORECASE,
)
_COMMON_WORD = re.compile(r"[a-z]+")
"""'our password was changed': a plain lowercase word after 'password' is prose, not a secret."""
_MASKED = re.compile(r"[•*]+")
"""'password: ••••' is a value masked already (by the seller or by ``casecheck fix``)."""
_EXPIRY_REACH = 2
"""An expiry date counts as card data only this many lines from a card number."""


@dataclass(frozen=True, slots=True)
class Secret:
    kind: Kind
    line: int
    masked: str
    span: tuple[int, int]
    """Where the value stands in the text (start, end), for masking it there."""


def mask(value: str, keep: int = 4) -> str:
    """``value`` with all but its last ``keep`` letters and digits replaced by '•'."""
    shown = [c for c in value if c.isalnum()]
    if keep <= 0 or len(shown) <= keep * 2:
        return "•" * 4
    return "•" * (len(shown) - keep) + "".join(shown[-keep:])


_TRACKING_REACH = 80
"""A carrier or barcode word this many characters before a number makes it no card."""


def _is_card(text: str, match: re.Match[str], lines: LineIndex) -> bool:
    digits = re.sub(r"\D", "", match.group())
    if not 13 <= len(digits) <= 19 or not _CARD_PREFIX.match(digits) or not luhn.is_valid(digits):
        return False
    start = max(lines.start_of(match.start()), match.start() - _TRACKING_REACH)
    return not _TRACKING_WORDS.search(text, start, match.start())


def find_secrets(text: str) -> Iterator[Secret]:
    """Every secret in ``text``, masked, in order of kind then place."""
    line_of = LineIndex(text)
    card_lines = []
    for match in _CARD.finditer(text):
        if _is_card(text, match, line_of):
            card_lines.append(line_of(match.start()))
            yield Secret("card", card_lines[-1], mask(match.group()), match.span())
    for match in _CARD_CODE.finditer(text):
        yield Secret("card-code", line_of(match.start()), mask(match.group(1), keep=0),
                     match.span(1))
    for match in _EXPIRY.finditer(text):
        line = line_of(match.start())
        if any(abs(line - card) <= _EXPIRY_REACH for card in card_lines):
            yield Secret("card-expiry", line, mask(match.group(1), keep=0), match.span(1))
    for match in _PASSWORD.finditer(text):
        value = match.group(1).rstrip(".,;")
        if not _COMMON_WORD.fullmatch(value) and not _MASKED.fullmatch(value):
            start = match.start(1)
            yield Secret("password", line_of(match.start()), mask(value, keep=0),
                         (start, start + len(value)))
    for match in _ONE_TIME.finditer(text):
        yield Secret("one-time-code", line_of(match.start()), mask(match.group(1), keep=0),
                     match.span(1))
    for match in _IBAN.finditer(text):
        if iban.is_valid(match.group()):
            masked = match.group()[:2] + mask(match.group()[2:])
            yield Secret("iban", line_of(match.start()), masked, match.span())
    for match in _BANK_ACCOUNT.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if len(digits) >= 6:
            yield Secret("bank-account", line_of(match.start()), mask(digits), match.span(1))
