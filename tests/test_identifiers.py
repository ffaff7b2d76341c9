"""Identifier rules I001-I008, I011: real manifests, real codes, and property tests."""

from __future__ import annotations

import string

import pytest
from conftest import check, codes
from hypothesis import given
from hypothesis import strategies as st
from stdnum import ean

from casecheck.identifiers import (
    gtin_problem,
    is_asin,
    is_case_id,
    is_fnsku,
    is_order_id,
    is_shipment_id,
    tracking_verdict,
)

DIGITS = string.digits
ALNUM = string.ascii_uppercase + string.digits


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text(DIGITS, min_size=n, max_size=n)


order_ids = st.builds(lambda a, b, c: f"{a}-{b}-{c}", _digits(3), _digits(7), _digits(7))
asins = st.text(ALNUM, min_size=8, max_size=8).map(lambda s: "B0" + s)
shipment_ids = (
    st.integers(6, 12)
    .flatmap(lambda n: st.text(ALNUM, min_size=n, max_size=n))
    .map(lambda s: "FBA" + s)
)
gtins = (
    st.sampled_from([8, 12, 13, 14])
    .flatmap(lambda n: _digits(n - 1))
    .map(lambda body: body + ean.calc_check_digit(body))
)


@given(order_ids)
def test_every_generated_order_id_is_valid(value: str) -> None:
    assert is_order_id(value)
    assert is_order_id("D01" + value[3:])


@given(asins)
def test_every_generated_asin_is_valid(value: str) -> None:
    assert is_asin(value)
    assert is_fnsku(value), "stickerless inventory uses the ASIN as FNSKU"


@given(shipment_ids)
def test_every_generated_shipment_id_is_valid(value: str) -> None:
    assert is_shipment_id(value)


@given(gtins, st.data())
def test_gtin_check_digit_catches_every_single_digit_change(
    value: str, data: st.DataObject
) -> None:
    assert gtin_problem(value) is None
    wrong = data.draw(st.sampled_from([d for d in DIGITS if d != value[-1]]))
    assert gtin_problem(value[:-1] + wrong) == (
        "check-digit",
        {"check_digit": wrong, "expected": value[-1]},
    )


def _ups(body: str) -> str:
    from casecheck.identifiers import _ups_check_digit

    return "1Z" + body + _ups_check_digit(body)


@given(st.text(ALNUM, min_size=15, max_size=15), st.data())
def test_ups_check_digit_catches_every_single_digit_change(body: str, data: st.DataObject) -> None:
    number = _ups(body)
    assert tracking_verdict(number).valid
    wrong = data.draw(st.sampled_from([d for d in DIGITS if d != number[-1]]))
    verdict = tracking_verdict(number[:-1] + wrong)
    assert verdict.carrier == "UPS" and verdict.expected_check_digit == number[-1]


@given(st.sampled_from([20, 22]).flatmap(lambda n: _digits(n - 1)), st.data())
def test_usps_check_digit_catches_every_single_digit_change(body: str, data: st.DataObject) -> None:
    number = body + ean.calc_check_digit(body)
    assert tracking_verdict(number).valid
    wrong = data.draw(st.sampled_from([d for d in DIGITS if d != number[-1]]))
    assert not tracking_verdict(number[:-1] + wrong).valid


@pytest.mark.parametrize(
    "value",
    [
        "1Z999AA10123456784",  # UPS's published example
        "TBA123456789012",
        "123456789012",  # FedEx Express
        "961234567890123",  # FedEx Ground, 15 digits
    ],
)
def test_known_tracking_numbers_pass(value: str) -> None:
    assert tracking_verdict(value).valid


@pytest.mark.parametrize(
    "value, valid",
    [
        ("113-4839201-1234567", True),
        ("D01-4839201-1234567", True),
        ("113-48392-1234567", False),
        ("1134839201234567", False),
        ("113-4839201-123456a", False),
    ],
)
def test_order_id_shapes(value: str, valid: bool) -> None:
    assert is_order_id(value) is valid


@pytest.mark.parametrize(
    "value, valid",
    [
        ("B0CXK12345", True),
        ("0306406152", True),  # ISBN-10 of a book
        ("0306406153", False),
        ("B0CXK1234", False),
        ("b0cxk12345", False),
        ("A0CXK12345", False),
    ],
)
def test_asin_shapes(value: str, valid: bool) -> None:
    assert is_asin(value) is valid


@pytest.mark.parametrize(
    "value, valid",
    [
        ("17234567891", True),
        ("12345678", True),
        ("1234567", False),
        ("Case 1723456789", False),
    ],
)
def test_case_id_shapes(value: str, valid: bool) -> None:
    assert is_case_id(value) is valid


def test_bad_ids_in_a_manifest_each_give_their_code_and_field(make_case) -> None:
    folder = make_case(
        {
            "type": "fba-reimbursement",
            "marketplace": "US",
            "claim_kind": "inbound-lost",
            "ids": {
                "order_ids": ["113-4839201-1234567", "113-48392-1234567"],
                "asins": ["B0CXK1234"],
                "shipment_ids": ["FBA15C8KQ2ZP", "15C8KQ2ZP"],
                "gtins": ["036000291453"],
                "fnskus": ["X0012345"],
                "tracking_numbers": ["1Z999AA10123456785", "hello"],
            },
            "prior_cases": ["Case 1723456789"],
        }
    )
    report = check(folder, select=("I",))
    assert codes(report) == ["I001", "I002", "I003", "I004", "I005", "I006", "I007", "I007"]
    fields = {f.code: f.location.field for f in report.findings}
    assert fields["I001"] == "ids.order_ids[1]"
    assert fields["I003"] == "ids.shipment_ids[1]"
    assert fields["I006"] == "prior_cases[0]"
    i001 = next(f for f in report.findings if f.code == "I001")
    assert i001.location.file == "case.toml" and i001.location.line is not None
    assert "113-48392-1234567" in i001.message


def test_case_ids_written_as_integers_are_accepted(make_case) -> None:
    folder = make_case(
        'type = "technical-issue"\nmarketplace = "US"\n'
        "case_id = 17234567891\nprior_cases = [1723456789]\n"
    )
    assert check(folder, select=("I006", "M")).findings == ()


@pytest.mark.parametrize(
    "claim_kind, needed, level",
    [
        ("inbound-lost", ["shipment_ids"], "third-party"),
        ("warehouse-lost", ["fnskus"], "Amazon"),
        ("customer-return", ["order_ids"], "Amazon"),
        ("removal-lost", ["tracking_numbers", "removal_order_ids"], "Amazon"),
        ("removal-damaged", ["tracking_numbers", "removal_order_ids"], "Amazon"),
    ],
)
def test_required_ids_follow_the_claim_kind(make_case, claim_kind: str, needed: list[str],
                                            level: str) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US", "claim_kind": claim_kind})
    report = check(folder, select=("I008",))
    assert sorted(f.data["ids"] for f in report.findings) == sorted(needed)
    assert all(f.source.endswith(f"({level}, checked 2026-12-01)") for f in report.findings)


@pytest.mark.parametrize(
    "office, number, valid",
    [
        ("USPTO", "97123456", True),
        ("USPTO", "6,123,456", True),
        ("USPTO", "9712345", True),
        ("USPTO", "971234", False),
        ("EUIPO", "018123456", True),
        ("EUIPO", "18123456", False),
        ("UKIPO", "UK00003123456", True),
        ("CNIPA", "41234567", True),
        ("JPO", "2023-123456", True),
        ("WIPO", "12345", False),
    ],
)
def test_trademark_numbers_by_office(make_case, office: str, number: str, valid: bool) -> None:
    folder = make_case(
        {
            "type": "brand-dispute",
            "marketplace": "US",
            "brand": "Acme",
            "trademark_office": office,
            "trademark_number": number,
        }
    )
    assert ("I011" in codes(check(folder, select=("I011",)))) is not valid


def test_trademark_number_without_office_cannot_be_checked(make_case) -> None:
    folder = make_case(
        {"type": "brand-dispute", "marketplace": "US", "trademark_number": "97123456"}
    )
    (finding,) = check(folder, select=("I011",)).findings
    assert "without trademark_office" in finding.message


def test_placeholders_are_not_ids_only_unfilled_slots(make_case) -> None:
    """A template declares its IDs as {{ slots }}; in a draft an unfilled slot is one I010,
    not also an invalid order ID."""
    folder = make_case(
        {
            "type": "fba-reimbursement",
            "marketplace": "US",
            "claim_kind": "customer-return",
            "ids": {"order_ids": ["{{ order_id }}"]},
        }
    )
    assert codes(check(folder, select=("I001", "I010"), template=True)) == []
    assert codes(check(folder, select=("I001", "I010"))) == ["I010"]
