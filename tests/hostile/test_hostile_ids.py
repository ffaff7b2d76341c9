"""IDs in digits of other scripts: never valid, never a crash, always said to be not ASCII.

Python's ``\\d`` and ``str.isdigit`` take full-width, Arabic-Indic, Devanagari and many more
digits (``isdigit`` even superscripts, which ``int`` then refuses); Seller Central matches none
of them. Every ID rule reports its ``not-ascii`` variant, with the ID as it reads in ASCII.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import NOW
from hostile_support import no_crash
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck import Config, validate
from casecheck.identifiers import (
    gtin_problem,
    is_asin,
    is_case_id,
    is_fnsku,
    is_order_id,
    is_shipment_id,
    not_ascii,
    tracking_verdict,
)

VALID = {
    "order_ids": ("I001", "113-4839201-1234567"),
    "asins": ("I002", "B0CXK12345"),
    "shipment_ids": ("I003", "FBA15C8KQ2ZP"),
    "gtins": ("I004", "036000291452"),
    "fnskus": ("I005", "X001234567"),
    "tracking_numbers": ("I007", "1Z999AA10123456784"),
}
"""A valid ASCII ID of each kind, and the rule that checks the kind."""

SCRIPTS = {
    "full-width": 0xFF10,
    "arabic-indic": 0x0660,
    "extended-arabic-indic": 0x06F0,
    "devanagari": 0x0966,
    "bengali": 0x09E6,
    "thai": 0x0E50,
    "mathematical-bold": 0x1D7CE,
}
"""Where digit zero stands in scripts a seller's keyboard or a copied web page may give."""
SUPERSCRIPTS = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))


def _in_script(value: str, zero: int) -> str:
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in value)


def _findings(raw_ids: dict[str, list[str]], **fields: Any) -> list[Any]:
    raw = {"type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
           "ids": raw_ids, **fields}
    report = validate(raw, now=NOW, config=Config(select=("I0", "I1", "X")))
    no_crash(report)
    return list(report.findings)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("kind", VALID)
def test_an_id_in_another_scripts_digits_is_reported_as_not_ascii(kind: str, script: str) -> None:
    code, valid = VALID[kind]
    typed = _in_script(valid, SCRIPTS[script])
    found = [f for f in _findings({kind: [typed]}) if f.code == code]
    assert [f.data["ascii"] for f in found] == [valid], (kind, typed)
    assert found[0].data["codepoint"] == f"U+{ord(found[0].data['character']):04X}"
    assert "ASCII" in found[0].message and valid in found[0].message


@pytest.mark.parametrize("kind", VALID)
def test_an_id_in_superscript_digits_is_reported_not_crashed_on(kind: str) -> None:
    code, valid = VALID[kind]
    typed = "".join(SUPERSCRIPTS.get(c, c) for c in valid)
    found = [f for f in _findings({kind: [typed]}) if f.code == code]
    assert [(f.data["value"], f.data["ascii"]) for f in found] == [(typed, valid)]


@pytest.mark.parametrize("script", SCRIPTS)
def test_case_ids_in_other_digits_are_reported_as_not_ascii(script: str) -> None:
    typed = _in_script("17234567891", SCRIPTS[script])
    found = _findings({}, case_id=typed, prior_cases=[typed])
    assert [(f.code, f.location.field, f.data["ascii"]) for f in found if f.code == "I006"] == [
        ("I006", "case_id", "17234567891"), ("I006", "prior_cases[0]", "17234567891"),
    ]


def test_a_trademark_number_in_full_width_digits_is_reported_as_not_ascii() -> None:
    raw = {"type": "brand-dispute", "marketplace": "US", "trademark_office": "USPTO",
           "trademark_number": _in_script("97123456", SCRIPTS["full-width"])}
    for lang in ("en", "zh-CN"):
        report = validate(raw, now=NOW, config=Config(select=("I011",), lang=lang))
        assert [(f.code, f.data["ascii"]) for f in report.findings] == [("I011", "97123456")]
        assert "ASCII" in report.findings[0].message


def test_a_zero_width_space_inside_an_id_is_named_by_its_code_point() -> None:
    found = _findings({"fnskus": ["X00\u200b1234567"]})
    assert [(f.code, f.data["codepoint"], f.data["ascii"]) for f in found if f.code == "I005"] == [
        ("I005", "U+200B", "X001234567"),
    ]


UNICODE_DIGITS = st.characters(categories=["Nd", "No"]).filter(lambda c: not c.isascii())


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(VALID)), st.data())
def test_no_non_ascii_digit_makes_an_id_valid(kind: str, data: st.DataObject) -> None:
    """Swap any digits of a valid ID for any other digit-like character: never valid."""
    code, valid = VALID[kind]
    positions = [i for i, c in enumerate(valid) if c.isdigit()]
    chosen = data.draw(st.lists(st.sampled_from(positions), min_size=1, unique=True))
    typed = list(valid)
    for position in chosen:
        typed[position] = data.draw(UNICODE_DIGITS)
    value = "".join(typed)
    checks = {
        "order_ids": is_order_id(value), "asins": is_asin(value),
        "shipment_ids": is_shipment_id(value), "gtins": gtin_problem(value) is None,
        "fnskus": is_fnsku(value), "tracking_numbers": tracking_verdict(value).valid,
    }
    assert not checks[kind]
    assert not is_case_id(value)
    found = [f for f in _findings({kind: [value]}) if f.code == code]
    first = next(c for c in value if not c.isascii())
    assert [f.data["codepoint"] for f in found] == [f"U+{ord(first):04X}"]


@given(st.text(max_size=30))
def test_the_ascii_reading_is_ascii_and_only_given_for_text_that_is_not(value: str) -> None:
    problem = not_ascii(value)
    if value.isascii():
        assert problem is None
    else:
        assert problem is not None and problem.ascii.isascii()
        assert not problem.character.isascii() and problem.character in value
