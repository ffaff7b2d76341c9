"""Amazon's claim policy beyond the window: losses it reimburses on its own (D010) and the
manufacturing-cost valuation since March 2025 (D011), per marketplace and effective date."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import check, codes

from casecheck import Config, validate

ZONES = {"US": "America/Los_Angeles", "JP": "Asia/Tokyo", "DE": "Europe/Berlin",
         "UK": "Europe/London", "IN": "Asia/Kolkata", "AE": "Asia/Dubai",
         "MX": "America/Mexico_City"}


def claim(kind: str, marketplace: str, day: dt.date, **extra: Any) -> dict[str, Any]:
    submit = dt.datetime.combine(day, dt.time(12), tzinfo=ZoneInfo(ZONES[marketplace]))
    return {"type": "fba-reimbursement", "marketplace": marketplace, "claim_kind": kind,
            "submit_at": submit, "reported_at": day, "refunded_at": day, "shipped_at": day,
            **extra}


def found(manifest: dict[str, Any], *select: str) -> list[str]:
    return sorted(f.code for f in validate(manifest, config=Config(select=select)).findings)


@pytest.mark.parametrize(("kind", "marketplace", "since"), [
    ("warehouse-lost", "US", dt.date(2024, 11, 1)),
    ("warehouse-damaged", "US", dt.date(2024, 11, 1)),
    ("customer-return", "US", dt.date(2024, 11, 1)),
    ("warehouse-lost", "JP", dt.date(2025, 1, 10)),
    ("warehouse-lost", "DE", dt.date(2025, 1, 15)),
    ("customer-return", "UK", dt.date(2025, 1, 15)),
])
def test_automatic_reimbursement_from_its_first_day(kind: str, marketplace: str,
                                                     since: dt.date) -> None:
    before = since - dt.timedelta(days=1)
    assert found(claim(kind, marketplace, before), "D010") == []
    report = validate(claim(kind, marketplace, since), config=Config(select=("D010",)))
    (finding,) = report.findings
    assert finding.code == "D010" and finding.data["since"] == since.isoformat()
    assert "Reimbursements report" in finding.hint
    assert finding.location.field == "claim_kind"


@pytest.mark.parametrize(("kind", "marketplace"), [
    ("removal-lost", "US"), ("removal-damaged", "US"), ("inbound-lost", "US"),
    ("warehouse-damaged", "JP"), ("customer-return", "JP"), ("warehouse-lost", "IN"),
    ("warehouse-lost", "AE"), ("warehouse-lost", "MX"),
])
def test_claims_amazon_does_not_reimburse_on_its_own_get_no_warning(kind: str,
                                                                    marketplace: str) -> None:
    assert found(claim(kind, marketplace, dt.date(2026, 11, 24)), "D010") == []


def test_the_warning_names_its_evidence() -> None:
    us = validate(claim("warehouse-lost", "US", dt.date(2026, 11, 24)),
                  config=Config(select=("D010",))).findings[0]
    jp = validate(claim("warehouse-lost", "JP", dt.date(2026, 11, 24)),
                  config=Config(select=("D010",))).findings[0]
    assert us.source.endswith("(Amazon, checked 2026-12-01)")
    assert jp.source.endswith("(third-party, checked 2026-12-01)")


def test_submitted_and_template_claims_are_not_warned(make_case) -> None:
    base = claim("warehouse-lost", "US", dt.date(2026, 11, 24))
    assert codes(check(make_case({**base, "status": "submitted"}), select=("D010",))) == []
    assert codes(check(make_case({**base, "template": True}), select=("D010",))) == []


SALE_PRICE = "Please reimburse the 4 units at the full sale price of $24.99 each."


@pytest.mark.parametrize(("kind", "marketplace", "since"), [
    ("warehouse-damaged", "US", dt.date(2025, 3, 10)),
    ("inbound-lost", "US", dt.date(2025, 3, 10)),
    ("removal-lost", "DE", dt.date(2025, 3, 10)),
    ("warehouse-lost", "JP", dt.date(2025, 3, 11)),
])
def test_a_sale_price_request_gets_a_note_from_the_valuation_date(kind: str, marketplace: str,
                                                                  since: dt.date) -> None:
    before = since - dt.timedelta(days=1)
    assert found(claim(kind, marketplace, before, message=SALE_PRICE), "D011") == []
    report = validate(claim(kind, marketplace, since, message=SALE_PRICE),
                      config=Config(select=("D011",)))
    (note,) = report.findings
    assert note.severity == "info" and note.data["phrase"] == "sale price"
    assert note.data["basis"] == "manufacturing-cost"
    assert "at the manufacturing cost, not the sale price" in note.message
    assert "Manage Your Manufacturing Cost" in note.hint


@pytest.mark.parametrize("message", [
    "Please reimburse the 4 lost units under the FBA inventory reimbursement policy.",
    "The units were priced at our cost of $8.00; please investigate.",
])
def test_a_message_without_a_sale_price_gets_no_note(message: str) -> None:
    assert found(claim("warehouse-lost", "US", dt.date(2026, 11, 24), message=message),
                 "D011") == []


def test_customer_returns_keep_the_sale_price() -> None:
    """Amazon: after a customer order it still reimburses the sales price, less fees."""
    assert found(claim("customer-return", "US", dt.date(2026, 11, 24), message=SALE_PRICE),
                 "D011") == []


def test_the_note_points_at_the_line_of_the_message(make_case) -> None:
    folder = make_case(claim("warehouse-lost", "US", dt.date(2026, 11, 24)),
                       files={"message.md": "Hello,\n\n" + SALE_PRICE + "\n"})
    (note,) = check(folder, select=("D011",)).findings
    assert (note.location.file, note.location.line) == ("message.md", 3)
    (zh,) = check(folder, select=("D011",), lang="zh-CN").findings
    assert "按生产成本而非售价赔偿" in zh.message
