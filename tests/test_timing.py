"""Timing rules D001-D009 at pinned reference times: window edges, DST, holidays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import NOW, check, codes
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck import Config, validate
from casecheck.findings import CaseReport, Finding, Severity
from casecheck.packs import PackError, load_packs
from casecheck.timing import (
    SupportCalendar,
    add_months,
    claim_window_in_force,
    in_submission_window,
    next_good_slot,
    regions_of,
)

UTC = dt.UTC
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))
CST = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 11, 24)
"""NOW's date in Los Angeles, the US marketplace's zone (07:00 there)."""


def fba(claim_kind: str, marketplace: str = "US", **fields: Any) -> dict[str, Any]:
    return {"type": "fba-reimbursement", "marketplace": marketplace, "claim_kind": claim_kind,
            **fields}


def days_before(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def only(report: CaseReport, code: str) -> Finding:
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, report.findings
    return found[0]


# --- claim windows -------------------------------------------------------------------------

@pytest.mark.parametrize(("age", "expected"), [
    (83, []),            # 7 days left: not yet closing
    (84, ["D002"]),      # 6 days left
    (90, ["D002"]),      # the last day inside the window
    (91, ["D001"]),      # the first day outside
    (200, ["D001"]),
])
def test_inbound_window_edges(make_case, age: int, expected: list[str]) -> None:
    folder = make_case(fba("inbound-lost", shipped_at=days_before(age)))
    assert codes(check(folder, select=("D",))) == expected


def test_expired_claim_says_window_days_past_and_closing_date(make_case) -> None:
    folder = make_case(fba("inbound-lost", shipped_at=dt.date(2026, 7, 1)))
    finding = only(check(folder, select=("D",)), "D001")
    assert finding.severity is Severity.ERROR
    assert finding.data["closes"] == "2026-09-29"
    assert finding.data["days_past"] == 56
    assert "90 days from shipped_at 2026-07-01" in finding.message
    assert "closed on 2026-09-29, 56 days before" in finding.message
    assert finding.location.field == "shipped_at" and finding.location.line == 4
    assert finding.source.endswith("(seller guide, unconfirmed, checked 2026-12-01)")
    assert "within 90 days of shipping" in finding.source
    assert "the seller guide's window: no Amazon text for this claim in US" in finding.message


def test_last_day_is_said_to_close_today(make_case) -> None:
    folder = make_case(fba("inbound-lost", shipped_at=days_before(90)))
    finding = only(check(folder, select=("D",)), "D002")
    assert finding.data["days_left"] == 0
    assert "closes today, 2026-11-24" in finding.message


@pytest.mark.parametrize(("marketplace", "age", "expected"), [
    ("US", 59, ["D008"]),    # the day before the window opens
    ("US", 60, []),          # the opening day: 60 days left
    ("US", 120, ["D002"]),   # the last day inside
    ("US", 121, ["D001"]),   # the first day outside
    ("DE", 44, ["D008"]),
    ("DE", 45, []),
    ("DE", 105, ["D002"]),
    ("DE", 106, ["D001"]),
    ("JP", 43, ["D008"]),    # no regional rule: 45 days to 18 months; Tokyo is a day ahead
    ("JP", 200, []),
])
def test_customer_return_window_per_region(make_case, marketplace: str, age: int,
                                           expected: list[str]) -> None:
    folder = make_case(fba("customer-return", marketplace, refunded_at=days_before(age)))
    assert codes(check(folder, select=("D00",))) == expected


def test_too_early_says_when_the_window_opens(make_case) -> None:
    folder = make_case(fba("customer-return", refunded_at=dt.date(2026, 10, 1)))
    finding = only(check(folder, select=("D",)), "D008")
    assert finding.data["opens"] == "2026-11-30"
    assert finding.data["days_until"] == 6
    assert "opens only on 2026-11-30, 6 days after 2026-11-24" in finding.message


@pytest.mark.parametrize(("age", "expected"), [(14, ["D008"]), (15, []), (75, ["D002"]),
                                               (76, ["D001"])])
def test_removal_window(make_case, age: int, expected: list[str]) -> None:
    folder = make_case(fba("removal-lost", shipped_at=days_before(age)))
    assert codes(check(folder, select=("D",))) == expected


def test_rule_in_force_on_the_submission_date_is_used(make_case) -> None:
    """US warehouse losses: 60 days from the ledger report since 2024-10-23, 18 months before."""
    reported = dt.date(2024, 6, 1)
    before_change = dt.datetime(2024, 10, 22, 10, 0, tzinfo=EDT)
    after_change = dt.datetime(2024, 10, 23, 10, 0, tzinfo=EDT)
    folder = make_case(fba("warehouse-lost", reported_at=reported))
    assert codes(check(folder, select=("D00",), now=before_change)) == []
    late = only(check(folder, select=("D00",), now=after_change), "D001")
    assert late.data["applies_from"] == "2024-10-23"
    assert late.data["closes"] == "2024-07-31"


def test_marketplaces_with_their_own_text_keep_their_warehouse_window(make_case) -> None:
    """Japan's page still says 30 days to 18 months; the US has had 60 days since late 2024."""
    folder = make_case(fba("warehouse-damaged", "JP", reported_at=days_before(100)))
    assert codes(check(folder, select=("D00",))) == []
    us = make_case(fba("warehouse-damaged", "US", reported_at=days_before(100)))
    assert codes(check(us, select=("D00",))) == ["D001"]


def test_missing_claim_date_is_reported_not_guessed(make_case) -> None:
    folder = make_case(fba("warehouse-lost", shipped_at=dt.date(2026, 11, 1)))
    finding = only(check(folder, select=("D",)), "D009")
    assert finding.severity is Severity.WARNING
    assert finding.location.field == "reported_at"
    assert "counts from reported_at" in finding.message


def test_day_is_counted_in_the_marketplace_time_zone(make_case) -> None:
    """01:00 UTC on 25 November is still 24 November in Los Angeles: the last day, not past."""
    submit = dt.datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    folder = make_case(fba("inbound-lost", shipped_at=days_before(90), submit_at=submit))
    assert codes(check(folder, select=("D001", "D002"))) == ["D002"]


def test_submitted_and_template_cases_are_not_planned(make_case) -> None:
    old = days_before(300)
    submitted = make_case(fba("inbound-lost", shipped_at=old, status="submitted"))
    template = make_case(fba("inbound-lost", shipped_at=old, template=True))
    assert codes(check(submitted, select=("D",))) == []
    assert codes(check(template, select=("D",))) == []


def test_chinese_message(make_case) -> None:
    folder = make_case(fba("inbound-lost", shipped_at=dt.date(2026, 7, 1)))
    finding = only(check(folder, select=("D001",), lang="zh-CN"), "D001")
    assert "shipped_at 2026-07-01 后 90 天内" in finding.message
    assert "56 天" in finding.message


# --- appeal clock --------------------------------------------------------------------------

def appeal(hours: float) -> dict[str, Any]:
    return {"type": "account-appeal", "marketplace": "US",
            "deactivated_at": NOW - dt.timedelta(hours=hours)}


@pytest.mark.parametrize(("hours", "expected"), [
    (23.9, []), (24, []), (24.5, ["D004"]), (72, ["D004"]), (72.5, ["D003"]),
])
def test_appeal_clock(make_case, hours: float, expected: list[str]) -> None:
    assert codes(check(make_case(appeal(hours)), select=("D",))) == expected


def test_late_appeal_note_stands_in_when_the_warning_is_off(make_case) -> None:
    folder = make_case(appeal(98))
    finding = only(check(folder, select=("D",), ignore=("D003",)), "D004")
    assert finding.data["hours"] == 98.0
    late = only(check(folder, select=("D",)), "D003")
    assert "98.0 h after the deactivation" in late.message


# --- when to submit ------------------------------------------------------------------------

def at(moment: dt.datetime) -> dict[str, Any]:
    return {"type": "technical-issue", "marketplace": "US", "submit_at": moment,
            "contact_path": ["Technical Issues"]}


@pytest.mark.parametrize(("moment", "expected"), [
    (dt.datetime(2026, 11, 24, 9, 0, tzinfo=EST), []),          # opening minute
    (dt.datetime(2026, 11, 24, 10, 59, tzinfo=EST), []),
    (dt.datetime(2026, 11, 24, 11, 0, tzinfo=EST), ["D005"]),   # closing minute is outside
    (dt.datetime(2026, 11, 24, 8, 59, tzinfo=EST), ["D005"]),
    (dt.datetime(2026, 11, 22, 10, 0, tzinfo=EST), ["D005"]),   # Sunday
    # DST starts on Sunday 8 March 2026: the same 13:30 UTC is 08:30 before and 09:30 after.
    (dt.datetime(2026, 3, 6, 13, 30, tzinfo=UTC), ["D005"]),
    (dt.datetime(2026, 3, 9, 13, 30, tzinfo=UTC), []),
    # DST ends on Sunday 1 November 2026: 15:30 UTC is 11:30 before and 10:30 after.
    (dt.datetime(2026, 10, 30, 15, 30, tzinfo=UTC), ["D005"]),
    (dt.datetime(2026, 11, 2, 15, 30, tzinfo=UTC), []),
])
def test_submission_window_in_new_york_time(make_case, moment: dt.datetime,
                                            expected: list[str]) -> None:
    assert codes(check(make_case(at(moment)), select=("D005",))) == expected


def test_next_slot_across_the_spring_dst_change(make_case) -> None:
    saturday = dt.datetime(2026, 3, 7, 12, 0, tzinfo=EST)
    finding = only(check(make_case(at(saturday)), select=("D",)), "D005")
    assert finding.data["next_slot"] == "2026-03-09T09:00:00-04:00"
    assert finding.data["next_slot_seller"] == "2026-03-09T08:00:00-05:00"
    assert finding.location.field == "submit_at"


def test_next_slot_is_given_in_the_sellers_own_offset(make_case) -> None:
    shenzhen_saturday = dt.datetime(2026, 11, 21, 14, 0, tzinfo=CST)  # 01:00 in New York
    finding = only(check(make_case(at(shenzhen_saturday)), select=("D",)), "D005")
    assert finding.data["next_slot_seller"] == "2026-11-23T22:00:00+08:00"
    assert "Sat 2026-11-21 01:00 America/New_York" in finding.message
    assert "Mon 2026-11-23 09:00 America/New_York" in finding.hint
    assert "Mon 2026-11-23 22:00 UTC+08:00" in finding.hint


def test_clock_for_cases_without_submit_at(make_case) -> None:
    folder = make_case({"type": "technical-issue", "marketplace": "US"})
    sunday = dt.datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
    assert codes(check(folder, select=("D005",), now=sunday)) == ["D005"]
    assert codes(check(folder, select=("D005",))) == []


BLACK_FRIDAYS = {  # year: (Thanksgavingg, Black Friday, Cyber Monday)
    2024: (dt.date(2024, 11, 28), dt.date(2024, 11, 29), dt.date(2024, 12, 2)),
    2025: (dt.date(2025, 11, 27), dt.date(2025, 11, 28), dt.date(2025, 12, 1)),
    2026: (dt.date(2026, 11, 26), dt.date(2026, 11, 27), dt.date(2026, 11, 30)),
    2027: (dt.date(2027, 11, 25), dt.date(2027, 11, 26), dt.date(2027, 11, 29)),
}


@pytest.mark.parametrize("year", sorted(BLACK_FRIDAYS))
def test_black_friday_is_a_peak_day(make_case, year: int) -> None:
    thanksgiving, black_friday, cyber_monday = BLACK_FRIDAYS[year]
    moment = dt.datetime.combine(black_friday, dt.time(10, 0), tzinfo=EST)
    finding = only(check(make_case(at(moment)), select=("D",)), "D006")
    if year == 2025:  # Amazon's Black Friday week began on 20 November that year
        assert finding.data["window"] == "black-friday-week"
        thanksgiving = dt.date(2025, 11, 20)
    else:
        assert finding.data["window"] == "thanksgiving-to-cyber-monday"
    assert finding.data["first_day"] == thanksgiving.isoformat()
    assert finding.data["last_day"] == cyber_monday.isoformat()
    assert (finding.data["min_delay_hours"], finding.data["max_delay_hours"]) == (40, 60)
    assert "expect answers 40\u201360 h later" in finding.message
    next_tuesday = cyber_monday + dt.timedelta(days=1)
    assert finding.data["next_slot"] == f"{next_tuesday.isoformat()}T09:00:00-05:00"


@pytest.mark.parametrize("year", sorted(BLACK_FRIDAYS))
def test_days_around_the_thanksgiving_window(make_case, year: int) -> None:
    thanksgiving, _, cyber_monday = BLACK_FRIDAYS[year]
    first = dt.date(2025, 11, 20) if year == 2025 else thanksgiving
    before = dt.datetime.combine(first - dt.timedelta(days=2), dt.time(10), tzinfo=EST)
    after = dt.datetime.combine(cyber_monday + dt.timedelta(days=1), dt.time(10), tzinfo=EST)
    assert codes(check(make_case(at(before)), select=("D",))) == []
    assert codes(check(make_case(at(after)), select=("D",))) == []


def test_ok_examples_time_is_outside_every_window(make_case) -> None:
    """Tuesday of Thanksgavingg week 2026 at 10:00 New York: the time ok-* examples use."""
    assert codes(check(make_case(at(NOW)), select=("D",))) == []


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2026, 12, 15), []),        # the old 15 December block is gone
    (dt.date(2026, 12, 31), []),
    (dt.date(2027, 1, 5), []),
    (dt.date(2025, 7, 8), ["D006"]),    # Prime Day 2025
    (dt.date(2025, 7, 14), []),
    (dt.date(2024, 10, 8), ["D006"]),   # Prime Big Deal Days 2024
])
def test_year_end_and_prime_day_windows(make_case, day: dt.date, expected: list[str]) -> None:
    moment = dt.datetime.combine(day, dt.time(10), tzinfo=EST)
    assert codes(check(make_case(at(moment)), select=("D006",))) == expected


def test_a_pack_can_move_the_submission_window(make_case, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "calendar.toml").write_text(
        'checked = 2026-12-01\n[[submission_windows]]\nmarketplaces = ["US"]\n'
        'timezone = "Europe/London"\nweekdays = [0, 1, 2, 3, 4]\n'
        'opens = 09:00:00\ncloses = 17:00:00\n'
        'source = "our own experience"\nchecked = 2026-11-01\n',
        encoding="utf-8",
    )
    folder = make_case(at(dt.datetime(2026, 11, 24, 16, 0, tzinfo=UTC)))
    assert codes(check(folder, select=("D005",))) == ["D005"]
    assert codes(check(folder, select=("D005",), rules_dirs=(rules,))) == []


def test_a_pack_with_an_unknown_time_zone_is_a_clear_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "calendar.toml").write_text(
        '[[submission_windows]]\nmarketplaces = ["US"]\ntimezone = "Mars/Olympus"\n'
        'source = "test"\nchecked = 2026-11-01\n',
        encoding="utf-8")
    with pytest.raises(PackError, match=r"calendar\.toml: key submission_windows\.0\.timezone"):
        load_packs([rules])


# --- dates in the future -------------------------------------------------------------------

def test_event_date_after_submission(make_case) -> None:
    folder = make_case(fba("inbound-lost", shipped_at=dt.date(2027, 9, 1)))
    finding = only(check(folder, select=("D",)), "D007")
    assert finding.severity is Severity.ERROR
    assert finding.location.field == "shipped_at"
    assert finding.data["value"] == "2027-09-01"


def test_event_datetime_one_minute_after_submission(make_case) -> None:
    folder = make_case({"type": "account-appeal", "marketplace": "US",
                        "deactivated_at": NOW + dt.timedelta(minutes=1)})
    assert codes(check(folder, select=("D",))) == ["D007"]


def test_sellers_own_date_is_not_in_the_future(make_case) -> None:
    """08:00 on 25 November in Shenzhen is still 24 November in Los Angeles."""
    submit = dt.datetime(2026, 11, 25, 8, 0, tzinfo=CST)
    folder = make_case(fba("inbound-lost", shipped_at=dt.date(2026, 11, 25), submit_at=submit))
    assert codes(check(folder, select=("D007",))) == []
    next_day = make_case(fba("inbound-lost", shipped_at=dt.date(2026, 11, 26), submit_at=submit))
    assert codes(check(next_day, select=("D007",))) == ["D007"]


def test_submitted_case_is_measured_at_its_submission(make_case) -> None:
    folder = make_case(fba("inbound-lost", status="submitted", shipped_at=dt.date(2026, 11, 10),
                           submitted_at=dt.datetime(2026, 11, 5, 10, 0, tzinfo=EST)))
    assert codes(check(folder, select=("D",))) == ["D007"]


def test_validate_from_python_with_a_mapping() -> None:
    manifest = fba("inbound-lost", shipped_at=dt.date(2026, 7, 1), submit_at=NOW)
    report = validate(manifest, config=Config(select=("D",)))
    assert report.codes == ["D001"]



# --- properties ----------------------------------------------------------------------------

CALENDAR = load_packs().calendar
moments = st.datetimes(
    min_value=dt.datetime(2023, 1, 1), max_value=dt.datetime(2028, 12, 31),
    timezones=st.sampled_from([UTC, EST, CST, dt.timezone(dt.timedelta(hours=5, minutes=30))]),
)
US_SUPPORT = SupportCalendar.of(CALENDAR, "US", "account-appeal", ZoneInfo("America/Los_Angeles"))


@settings(max_examples=300, deadline=None)
@given(moments)
def test_next_good_slot_is_good_and_not_before(moment: dt.datetime) -> None:
    slot = next_good_slot(moment, US_SUPPORT)
    assert slot >= moment
    assert US_SUPPORT.hours is not None and in_submission_window(slot, US_SUPPORT.hours)
    assert US_SUPPORT.peak_on(slot) is None
    assert slot - moment < dt.timedelta(days=30)
    if US_SUPPORT.is_good(moment):
        assert slot == moment


@settings(max_examples=200, deadline=None)
@given(age=st.integers(min_value=0, max_value=700),
       kind=st.sampled_from(["inbound-lost", "customer-return", "removal-lost", "warehouse-lost"]),
       marketplace=st.sampled_from(["US", "DE", "JP", "AE", "IN", "MX"]))
def test_claim_window_findings_follow_the_arithmetic(age: int, kind: str, marketplace: str) -> None:
    pack = load_packs().types["fba-reimbursement"]
    window = claim_window_in_force(pack.claim_windows, kind, marketplace,
                                   regions_of(marketplace, pack.claim_regions), TODAY)
    assert window is not None
    start = days_before(age)
    if window.closes_after_months is not None:
        closes = add_months(start, window.closes_after_months)
    else:
        closes = start + dt.timedelta(days=window.closes_after_days or 0)
    zone = ZoneInfo(load_packs().marketplaces[marketplace].timezone)
    submit = dt.datetime.combine(TODAY, dt.time(12), tzinfo=zone)
    report = validate(fba(kind, marketplace, **{window.counts_from: start}, submit_at=submit),
                      config=Config(select=("D001", "D002", "D008")))
    if age < window.opens_after_days:
        assert report.codes == ["D008"]
    elif closes < TODAY:
        assert report.codes == ["D001"]
    elif (closes - TODAY).days < 7:
        assert report.codes == ["D002"]
    else:
        assert report.codes == []


def test_misspelt_holiday_in_a_pack_names_itself(make_case, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "calendar.toml").write_text(
        '[[peak_windows]]\nname = "x"\nlabel = { en = "X" }\n'
        'starts = { holiday = "Thanksgaving" }\n'
        'ends = { holiday = "Thanksgaving" }\nyears = [2026]\n'
        'source = "test"\nchecked = 2026-11-01\n', encoding="utf-8")
    report = check(make_case(at(NOW)), select=("D006", "X"), rules_dirs=(rules,))
    finding = only(report, "X001")
    assert "knows no 'Thanksgaving' in US" in finding.data["error"]
