"""Claim windows per claim kind, marketplace and effective date, at their edges: the day before a
window opens, its opening day, its last day and the first day after it, for claims submitted
before and after each change. The expected windows are written out here from the sources (see
rules/types/fba-reimbursement.toml), not read back from the pack."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import check, codes

from casecheck import Config, validate
from casecheck.packs import PackError, load_packs
from casecheck.timing import add_months

CLAIM_CODES = ("D001", "D002", "D008", "D009")
ZONES = {"US": "America/Los_Angeles", "CA": "America/Toronto", "MX": "America/Mexico_City",
         "UK": "Europe/London", "DE": "Europe/Berlin", "FR": "Europe/Paris", "IT": "Europe/Rome",
         "ES": "Europe/Madrid", "AE": "Asia/Dubai", "IN": "Asia/Kolkata", "JP": "Asia/Tokyo",
         "SA": "Asia/Riyadh", "EG": "Africa/Cairo", "TR": "Europe/Istanbul",
         "ZA": "Africa/Johannesburg"}

BEFORE_US, FROM_US = dt.date(2024, 10, 22), dt.date(2024, 10, 23)
BEFORE_EU, FROM_EU = dt.date(2025, 1, 8), dt.date(2025, 1, 9)
BEFORE_AE, FROM_AE = dt.date(2024, 9, 4), dt.date(2024, 9, 5)
LATER = dt.date(2026, 11, 24)


@dataclass(frozen=True)
class Window:
    kind: str
    marketplace: str
    field: str
    opens: int
    closes: int | str
    """Days, or "18m" / "6m" for months."""
    submitted: dt.date
    evidence: str

    def closing_day(self, start: dt.date) -> dt.date:
        if isinstance(self.closes, str):
            return add_months(start, int(self.closes.removesuffix("m")))
        return start + dt.timedelta(days=self.closes)

    def start_closing_on(self, day: dt.date) -> dt.date:
        """The start whose window's last day is ``day``."""
        if isinstance(self.closes, str):
            return add_months(day, -int(self.closes.removesuffix("m")))
        return day - dt.timedelta(days=self.closes)

    def __str__(self) -> str:
        return f"{self.kind}-{self.marketplace}-{self.submitted}"


WINDOWS = [
    # United States: 18 months before 2024-10-23, the new windows from that day on.
    Window("warehouse-lost", "US", "reported_at", 0, "18m", BEFORE_US, "third-party"),
    Window("warehouse-damaged", "US", "reported_at", 0, "18m", BEFORE_US, "third-party"),
    Window("warehouse-lost", "US", "reported_at", 0, 60, FROM_US, "amazon"),
    Window("warehouse-damaged", "US", "reported_at", 0, 60, LATER, "amazon"),
    Window("customer-return", "US", "refunded_at", 60, "18m", BEFORE_US, "amazon"),
    Window("customer-return", "US", "refunded_at", 60, 120, FROM_US, "amazon"),
    Window("removal-lost", "US", "shipped_at", 14, "18m", BEFORE_US, "amazon"),
    Window("removal-lost", "US", "shipped_at", 15, 75, FROM_US, "amazon"),
    Window("removal-damaged", "US", "shipped_at", 0, "18m", BEFORE_US, "amazon"),
    Window("removal-damaged", "US", "delivered_at", 0, 60, FROM_US, "amazon"),
    Window("inbound-lost", "US", "shipped_at", 0, 90, LATER, "guide"),
    # Amazon Europe (from 2025-01-09), the UK's own older pages, and the inbound six months.
    Window("inbound-lost", "DE", "delivered_at", 0, "6m", BEFORE_EU, "amazon"),
    Window("inbound-lost", "FR", "delivered_at", 0, "6m", LATER, "amazon"),
    Window("warehouse-lost", "DE", "reported_at", 0, "18m", BEFORE_EU, "third-party"),
    Window("warehouse-damaged", "DE", "reported_at", 0, 60, FROM_EU, "third-party"),
    Window("warehouse-lost", "UK", "reported_at", 30, "18m", BEFORE_EU, "amazon"),
    Window("warehouse-lost", "UK", "reported_at", 0, 60, FROM_EU, "third-party"),
    Window("customer-return", "DE", "refunded_at", 45, "18m", BEFORE_EU, "amazon"),
    Window("customer-return", "FR", "refunded_at", 45, 105, FROM_EU, "third-party"),
    Window("customer-return", "UK", "refunded_at", 45, 105, LATER, "third-party"),
    Window("removal-lost", "UK", "shipped_at", 14, "18m", BEFORE_EU, "amazon"),
    Window("removal-lost", "DE", "shipped_at", 15, 75, BEFORE_EU, "amazon"),
    Window("removal-lost", "IT", "shipped_at", 15, 75, FROM_EU, "third-party"),
    Window("removal-damaged", "UK", "shipped_at", 0, "18m", BEFORE_EU, "amazon"),
    Window("removal-damaged", "ES", "delivered_at", 0, 60, FROM_EU, "third-party"),
    # Canada and Japan: their own pages.
    Window("customer-return", "CA", "refunded_at", 45, "18m", LATER, "amazon"),
    Window("warehouse-lost", "CA", "reported_at", 0, "18m", LATER, "amazon"),
    Window("inbound-lost", "CA", "shipped_at", 0, 90, LATER, "guide"),
    Window("customer-return", "JP", "refunded_at", 45, "18m", LATER, "amazon"),
    Window("warehouse-damaged", "JP", "reported_at", 30, "18m", LATER, "amazon"),
    Window("inbound-lost", "JP", "shipped_at", 0, 90, LATER, "guide"),
    # The UAE from 2024-09-05 (before it: the general windows).
    Window("inbound-lost", "AE", "shipped_at", 0, 90, BEFORE_AE, "guide"),
    Window("inbound-lost", "AE", "delivered_at", 15, 60, FROM_AE, "amazon"),
    Window("warehouse-damaged", "AE", "reported_at", 0, 60, FROM_AE, "amazon"),
    Window("warehouse-lost", "AE", "reported_at", 0, 60, LATER, "amazon"),
    Window("removal-damaged", "AE", "delivered_at", 0, 30, FROM_AE, "amazon"),
    Window("removal-lost", "AE", "shipped_at", 15, 75, LATER, "amazon"),
    Window("customer-return", "AE", "refunded_at", 45, "18m", LATER, "amazon"),
    # India's page; the European customer-return window does not reach it, nor SA, EG, TR.
    Window("inbound-lost", "IN", "delivered_at", 0, 60, LATER, "amazon"),
    Window("warehouse-lost", "IN", "reported_at", 0, 60, LATER, "amazon"),
    Window("removal-lost", "IN", "shipped_at", 0, 30, LATER, "amazon"),
    Window("customer-return", "IN", "refunded_at", 45, "18m", LATER, "amazon"),
    Window("customer-return", "SA", "refunded_at", 45, "18m", LATER, "amazon"),
    Window("customer-return", "EG", "refunded_at", 45, "18m", LATER, "amazon"),
    Window("customer-return", "TR", "refunded_at", 45, "18m", LATER, "amazon"),
    # Marketplaces without a text of their own: the seller guide, or Amazon's window elsewhere.
    Window("inbound-lost", "ZA", "shipped_at", 0, 90, LATER, "guide"),
    Window("removal-damaged", "MX", "delivered_at", 0, 60, LATER, "amazon"),
    Window("warehouse-lost", "MX", "reported_at", 0, 60, LATER, "amazon"),
]


def claim(window: Window, start: dt.date, **extra: Any) -> dict[str, Any]:
    submit = dt.datetime.combine(window.submitted, dt.time(12),
                                 tzinfo=ZoneInfo(ZONES[window.marketplace]))
    return {"type": "fba-reimbursement", "marketplace": window.marketplace,
            "claim_kind": window.kind, "submit_at": submit, window.field: start, **extra}


def found(manifest: dict[str, Any]) -> list[Any]:
    return list(validate(manifest, config=Config(select=CLAIM_CODES)).findings)


@pytest.mark.parametrize("window", WINDOWS, ids=str)
def test_the_last_open_day_and_the_first_closed_day(window: Window) -> None:
    last_start = window.start_closing_on(window.submitted)
    (closing,) = found(claim(window, last_start))
    assert closing.code == "D002" and closing.data["days_left"] == 0
    assert closing.data["counts_from"] == window.field
    assert closing.data["closes"] == window.submitted.isoformat()
    assert closing.data["evidence"] == window.evidence
    closed_start = last_start - dt.timedelta(days=1)
    assert window.closing_day(closed_start) < window.submitted
    (late,) = found(claim(window, closed_start))
    assert late.code == "D001" and late.data["days_past"] >= 1


@pytest.mark.parametrize("window", [w for w in WINDOWS if w.opens], ids=str)
def test_the_day_before_the_window_opens_and_its_opening_day(window: Window) -> None:
    opening_start = window.submitted - dt.timedelta(days=window.opens)
    assert found(claim(window, opening_start)) == []
    (early,) = found(claim(window, opening_start + dt.timedelta(days=1)))
    assert early.code == "D008" and early.data["days_until"] == 1
    assert early.data["opens"] == (window.submitted + dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("window", [w for w in WINDOWS if w.field == "delivered_at"], ids=str)
def test_a_missing_delivery_date_is_estimated_from_the_shipping_date(window: Window) -> None:
    manifest = claim(window, window.start_closing_on(window.submitted))
    shipped = manifest.pop("delivered_at")
    (estimate,) = found({**manifest, "shipped_at": shipped})
    assert estimate.code == "D002" and estimate.data["estimated_from"] == "shipped_at"
    assert estimate.location.field == "shipped_at"
    assert "estimated from shipped_at" in estimate.message
    assert "the real window closes no sooner" in estimate.message
    (missing,) = found(manifest)
    assert missing.code == "D009" and missing.data["estimate_from"] == "shipped_at"
    assert "neither it nor shipped_at" in missing.message


def test_an_estimated_window_that_has_passed_says_it_may_have_closed() -> None:
    window = Window("removal-damaged", "US", "delivered_at", 0, 60, LATER, "amazon")
    (late,) = found({**claim(window, dt.date(2026, 8, 1)), "delivered_at": None,
                     "shipped_at": dt.date(2026, 8, 1)})
    assert late.code == "D001"
    assert "may have closed on 2026-09-30" in late.message
    assert "Add delivered_at" in late.hint


def test_the_window_is_chosen_by_the_submission_day_not_the_event_day() -> None:
    """Amazon: on 22 October 2024 claims were eligible from 18 months back, on 23 October from
    60 days back; an event of September claimed in November has the new window."""
    reported = dt.date(2024, 9, 1)
    before = Window("warehouse-lost", "US", "reported_at", 0, "18m", BEFORE_US, "third-party")
    after = Window("warehouse-lost", "US", "reported_at", 0, 60, dt.date(2024, 11, 15), "amazon")
    assert found(claim(before, reported)) == []
    (late,) = found(claim(after, reported))
    assert late.code == "D001" and late.data["closes"] == "2024-10-31"
    assert late.data["applies_from"] == "2024-10-23"


def test_the_old_window_dates_from_before_the_change_date() -> None:
    """The US change date is 23 October 2024, not 15 October."""
    on_the_15th = Window("customer-return", "US", "refunded_at", 60, "18m",
                         dt.date(2024, 10, 15), "amazon")
    refunded = dt.date(2024, 5, 1)  # 167 days: past 120, inside 18 months
    assert found(claim(on_the_15th, refunded)) == []


def test_a_general_window_says_the_marketplace_has_no_text_of_its_own() -> None:
    window = Window("warehouse-lost", "MX", "reported_at", 0, 60, LATER, "amazon")
    (closing,) = found(claim(window, window.start_closing_on(LATER)))
    assert "MX has no text of its own for this claim" in closing.message
    own = Window("warehouse-lost", "US", "reported_at", 0, 60, LATER, "amazon")
    (us,) = found(claim(own, own.start_closing_on(LATER)))
    assert "no text of its own" not in us.message and "seller guide" not in us.message
    assert us.source.endswith("(Amazon, checked 2026-12-01)")


def test_the_guides_window_says_so_in_both_languages(make_case) -> None:
    window = Window("inbound-lost", "ZA", "shipped_at", 0, 90, LATER, "guide")
    folder = make_case(claim(window, dt.date(2026, 7, 1)))
    (en,) = check(folder, select=("D001",)).findings
    (zh,) = check(folder, select=("D001",), lang="zh-CN").findings
    assert "This is the seller guide's window: no Amazon text for this claim in ZA" in en.message
    assert "该时限来自卖家指南" in zh.message and "ZA" in zh.message
    assert zh.source.endswith("（卖家指南，未经证实，核对于 2026-12-01）")


def test_a_pack_of_your_own_replaces_the_windows(make_case, tmp_path) -> None:
    rules = tmp_path / "rules" / "types"
    rules.mkdir(parents=True)
    (rules / "fba-reimbursement.toml").write_text(
        '[[claim_windows]]\nclaim_kinds = ["inbound-lost"]\ncounts_from = "delivered_at"\n'
        'closes_after_months = 9\nsource = "our account manager"\nchecked = 2026-11-01\n',
        encoding="utf-8")
    window = Window("inbound-lost", "US", "delivered_at", 0, "9m", LATER, "guide")
    start = window.start_closing_on(LATER)
    folder = make_case(claim(window, start, shipped_at=start))
    assert codes(check(folder, select=CLAIM_CODES, rules_dirs=(rules.parent,))) == ["D002"]
    assert codes(check(folder, select=CLAIM_CODES)) == ["D001"]  # the guide's 90 days


def test_a_window_naming_an_unknown_region_is_a_clear_error(tmp_path) -> None:
    rules = tmp_path / "rules" / "types"
    rules.mkdir(parents=True)
    (rules / "fba-reimbursement.toml").write_text(
        '[[claim_windows]]\nclaim_kinds = ["inbound-lost"]\nregions = ["EU"]\n'
        'counts_from = "shipped_at"\nclosesafter_days = 9\nclosing = 1\n', encoding="utf-8")
    with pytest.raises(PackError, match=r"fba-reimbursement\.toml: key claim_windows\.0"):
        load_packs([rules.parent])
    (rules / "fba-reimbursement.toml").write_text(
        '[[claim_windows]]\nclaim_kinds = ["inbound-lost"]\nregions = ["EU"]\n'
        'counts_from = "shipped_at"\ncloses_after_days = 9\nsource = "x"\nchecked = 2026-11-01\n',
        encoding="utf-8")
    with pytest.raises(PackError, match=r"regions \['EU'\] are not in \[claim_regions\]"):
        load_packs([rules.parent])
