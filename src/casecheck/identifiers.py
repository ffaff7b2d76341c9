"""Amazon and carrier identifiers: what a valid one looks like.

Each ``*_problem`` function returns None for a valid value, or a short reason. They are pure
and cheap, so the message rules can reuse them to find IDs in text.

Every ID is ASCII: Seller Central finds none typed in full-width digits (U+FF10-FF19, what a
Chinese input method gives), Arabic-Indic (١٢٣) or Devanagari (१२३) digits, though Python's
``\\d`` and ``str.isdigit`` accept them all (and superscripts too, which ``int`` then
refuses). The patterns here say ``[0-9]``, and :func:`not_ascii` tells the rules what to
report instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from stdnum import ean, isbn

ORDER_ID = re.compile(r"(?:[0-9]{3}|D01)-[0-9]{7}-[0-9]{7}")
ASIN = re.compile(r"B0[0-9A-Z]{8}")
SHIPMENT_ID = re.compile(r"FBA[0-9A-Z]{6,12}")
FNSKU = re.compile(r"X00[0-9A-Z]{7}")
CASE_ID = re.compile(r"[0-9]{8,12}")
GTIN_LENGTHS = (8, 12, 13, 14)
_GTIN_SEPARATORS = re.compile(r"[ -]")
"""How a GTIN is printed: '7 12345 67890 4' under a barcode, '978-3-16-148410-0' on a book."""


@dataclass(frozen=True, slots=True)
class NotAscii:
    """The first character of an ID that is not ASCII, and the ID as it reads in ASCII."""

    character: str
    codepoint: str
    """``U+FF11``: the character itself may be invisible (a zero-width space)."""
    ascii: str
    """Compatibility forms folded (full-width, superscripts), digits of every script as 0-9,
    dashes as ``-``, spaces as `` ``; ``?`` for a character with no ASCII form."""


def ascii_form(value: str) -> str:
    """``value`` as it would be typed in ASCII; see :class:`NotAscii`."""
    typed = []
    for character in unicodedata.normalize("NFKC", value):
        if character.isascii():
            typed.append(character)
        elif unicodedata.decimal(character, None) is not None:
            typed.append(str(unicodedata.decimal(character)))
        elif unicodedata.category(character) == "Pd" or character == "\u2212":  # minus sign
            typed.append("-")
        elif unicodedata.category(character) == "Zs":
            typed.append(" ")
        elif unicodedata.category(character) != "Cf":  # zero-width characters type as nothing
            typed.append("?")
    return "".join(typed)


def not_ascii(value: str) -> NotAscii | None:
    """None for an ASCII value; else its first other character and its ASCII reading."""
    if value.isascii():
        return None
    first = next(character for character in value if not character.isascii())
    return NotAscii(first, f"U+{ord(first):04X}", ascii_form(value))


def typed_id(ids: str, value: str) -> str:
    """An entry of ``ids.<ids>`` as Amazon reads it. Amazon writes its IDs in capitals and its
    search finds them in any case, so "fba15c8kq2zp" is the shipment FBA15C8KQ2ZP (the
    history and the reports compare them so too); a GTIN is its digits, without the spaces
    and hyphens it is printed with. The shape functions below judge this reading."""
    value = value.strip().upper()
    return _GTIN_SEPARATORS.sub("", value) if ids == "gtins" else value


def is_order_id(value: str) -> bool:
    return ORDER_ID.fullmatch(value) is not None


def is_asin(value: str) -> bool:
    """``B0`` and eight capitals or digits; books keep their ISBN-10 as ASIN."""
    if ASIN.fullmatch(value):
        return True
    return value.isascii() and len(value) == 10 and isbn.is_valid(value) and "-" not in value


def is_shipment_id(value: str) -> bool:
    return SHIPMENT_ID.fullmatch(value) is not None


def is_fnsku(value: str) -> bool:
    """Stickerless (commingled) inventory is tracked under the ASIN itself."""
    return FNSKU.fullmatch(value) is not None or is_asin(value)


def is_case_id(value: str) -> bool:
    return CASE_ID.fullmatch(value) is not None


def gtin_problem(value: str) -> tuple[str, dict[str, str | int]] | None:
    """None for a valid GTIN, else the kind of problem and its facts."""
    if not (value.isascii() and value.isdigit()):
        return "not-digits", {}
    if len(value) not in GTIN_LENGTHS:
        return "length", {"length": len(value)}
    expected = ean.calc_check_digit(value[:-1])
    if value[-1] != expected:
        return "check-digit", {"check_digit": value[-1], "expected": expected}
    return None


@dataclass(frozen=True, slots=True)
class TrackingVerdict:
    """What a tracking number was recognised as, and whether its check digit holds."""

    carrier: str | None
    expected_check_digit: str | None = None

    @property
    def valid(self) -> bool:
        return self.carrier is not None and self.expected_check_digit is None


def _ups_check_digit(body: str) -> str:
    """UPS: letters count as (position in alphabet + 2) mod 10; odd places once, even twice."""
    digits = [int(c) if c.isdigit() else (ord(c) - ord("A") + 2) % 10 for c in body]
    total = sum(d if i % 2 == 0 else 2 * d for i, d in enumerate(digits))
    return str((10 - total % 10) % 10)


USPS_ROUTED = re.compile(r"420(?:[0-9]{5}|[0-9]{9})([0-9]{22}|[0-9]{20})")
"""A USPS label's barcode as a scanner reads it: the GS1 application identifier 420 ("ship to
postal code") and the ZIP code, 5 or 9 digits, before the tracking number (USPS Publication
199, Intelligent Mail package barcode): ``420 22153 9101 ...``."""


def tracking_verdict(value: str) -> TrackingVerdict:
    """Recognise UPS, USPS, FedEx and Amazon Logistics numbers; check UPS and USPS digits. A
    USPS number scanned with its 420 + ZIP routing prefix is checked without it."""
    if re.fullmatch(r"1Z[0-9A-Z]{16}", value):
        expected = _ups_check_digit(value[2:17])
        return TrackingVerdict("UPS", None if value[-1] == expected else expected)
    routed = USPS_ROUTED.fullmatch(value)
    if routed is not None:
        value = routed.group(1)
    if re.fullmatch(r"[0-9]{20}|[0-9]{22}", value):
        expected = ean.calc_check_digit(value[:-1])
        return TrackingVerdict("USPS", None if value[-1] == expected else expected)
    if re.fullmatch(r"[0-9]{12}|[0-9]{15}", value):
        return TrackingVerdict("FedEx")
    if re.fullmatch(r"TBA[0-9]{12}", value):
        return TrackingVerdict("Amazon Logistics")
    return TrackingVerdict(None)


ID_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "order_ids": is_order_id,
    "asins": is_asin,
    "shipment_ids": is_shipment_id,
    "gtins": lambda value: gtin_problem(value) is None,
    "fnskus": is_fnsku,
    "tracking_numbers": lambda value: tracking_verdict(value.replace(" ", "").upper()).valid,
}
"""Whether a value is a valid ID, for each list of ``[ids]`` that has a shape (removal order
IDs have none): a valid tracking number is not a secret, even where its digits would pass a
card's checks."""


def valid_ids(lists: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The valid IDs of ``lists`` (an ``[ids]`` table: kind -> values), as :func:`typed_id`
    reads them: what the case itself says its numbers are."""
    return frozenset(
        typed
        for kind, values in lists.items() if kind in ID_VALIDATORS and not isinstance(values, str)
        for typed in (typed_id(kind, value) for value in values)
        if ID_VALIDATORS[kind](typed)
    )


def normalize_trademark_number(value: str) -> str:
    """Registers print numbers with spaces and thousands separators; compare without them."""
    return re.sub(r"[\s,]", "", value).upper()


def dpma_check_digit(digits: str) -> str | None:
    """The check digit of a DPMA file number (``30 2019 123 456`` -> ``7``), as the office
    publishes it (Mitteilung Nr. 3/1983 for numbers from 1981; DPMAinformativ Nr. 05, section
    4, for today's 12 digits): the digits weighted 2, 3, 4, ... from the right, their sum
    taken modulo 11, and 11 minus that (0 for 0). A remainder of 1 leaves 10, which no single
    digit writes and the publications do not settle: None, the number is not judged."""
    total = sum(int(digit) * weight for weight, digit in enumerate(reversed(digits), start=2))
    check = (11 - total % 11) % 11
    return None if check == 10 else str(check)


CHECK_DIGITS = {"dpma": dpma_check_digit}
"""The check-digit schemes a trademark format of the packs may name (packs.CheckDigit)."""
