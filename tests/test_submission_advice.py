"""One submission advisor for every timing finding (D002-D008): it never recommends a time after
a deadline, every finding of a case quotes the same advice, best hours are the marketplace's
own, and the calendar is data that says where it ends."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import check, codes
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck import Config, validate
from casecheck.findings import Finding
from casecheck.models import case_adapter
from casecheck.packs import load_packs
from casecheck.timing import (
    ClaimDays,
    SupportCalendar,
    calendar_years,
    claim_window_in_force,
    given_claim_date,
    in_submission_window,
    regions_of,
)

EST = dt.timezone(dt.timedelta(hours=-5))
LA = ZoneInfo("America/Los_Angeles")
PACKS = load_packs()
TIMING = ("D001", "D002", "D003", "D004", "D005", "D006", "D008")


def only(findings: tuple[Finding, ...] | list[Finding], code: str) -> Finding:
    found = [f for f in findings if f.code == code]
    assert len(found) == 1, findings
    return found[0]


# --- the reported case: "closes today" beside "submit on Tuesday" -------------------------------

def test_a_window_closing_today_is_never_told_to_wait_for_the_best_hours(make_case) -> None:
    """Monday 22:00 in Los Angeles, the window's last day: the best hours are Tuesday 09:00 in
    New York, after the claim has closed. D005 and D002 both say: submit now."""
    submit = dt.datetime(2026, 11, 23, 22, 0, tzinfo=LA)
    shipped = dt.date(2026, 11, 23) - dt.timedelta(days=90)
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "inbound-lost", "shipped_at": shipped, "submit_at": submit})
    report = check(folder, select=TIMING)
    assert codes(report) == ["D002", "D005"]
    closing, off_hours = only(report.findings, "D002"), only(report.findings, "D005")
    assert closing.data["advice"] == off_hours.data["advice"]
    assert off_hours.data["advice"]["submit_now"] is True
    assert off_hours.data["advice"]["deadline"] == "claim-window"
    assert off_hours.hint.startswith("Submit now: the claim window closes at the end of 2026-11-23")
    assert "set submit_at" not in off_hours.hint
    assert closing.hint.startswith("Submit now:")


def test_a_window_with_room_is_told_the_next_good_time(make_case) -> None:
    submit = dt.datetime(2026, 11, 21, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "inbound-lost", "shipped_at": dt.date(2026, 8, 27),
                        "submit_at": submit})
    report = check(folder, select=TIMING)
    assert codes(report) == ["D002", "D005"]
    off_hours = only(report.findings, "D005")
    assert off_hours.data["advice"]["submit_at"] == "2026-11-23T09:00:00-05:00"
    assert "Submit at Mon 2026-11-23 09:00 America/New_York" in off_hours.hint
    assert "Mon 2026-11-23 22:00 UTC+08:00" in off_hours.hint
    assert only(report.findings, "D002").hint.startswith("Submit at Mon 2026-11-23 09:00")


def test_an_early_claim_is_told_a_time_on_or_after_the_opening(make_case) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "customer-return", "refunded_at": dt.date(2026, 10, 5),
                        "submit_at": dt.datetime(2026, 11, 24, 10, 0, tzinfo=EST)})
    early = only(check(folder, select=TIMING).findings, "D008")
    assert early.data["opens"] == "2026-12-04"
    assert early.data["advice"]["submit_at"] == "2026-12-04T09:00:00-05:00"
    assert "Submit at Fri 2026-12-04 09:00 America/New_York" in early.hint


def test_an_opening_on_a_peak_day_is_told_the_first_good_day_after_it(make_case) -> None:
    """The window opens on Cyber Monday 2026: the advice is the Tuesday after it."""
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "customer-return", "refunded_at": dt.date(2026, 10, 1),
                        "submit_at": dt.datetime(2026, 11, 24, 10, 0, tzinfo=EST)})
    early = only(check(folder, select=TIMING).findings, "D008")
    assert early.data["opens"] == "2026-11-30"
    assert early.data["advice"]["submit_at"] == "2026-12-01T09:00:00-05:00"


def test_a_late_appeal_is_told_to_go_now(make_case) -> None:
    saturday = dt.datetime(2026, 11, 21, 12, 0, tzinfo=EST)
    folder = make_case({"type": "account-appeal", "marketplace": "US", "submit_at": saturday,
                        "deactivated_at": saturday - dt.timedelta(hours=80)})
    report = check(folder, select=TIMING)
    assert codes(report) == ["D003", "D005"]
    late, off_hours = only(report.findings, "D003"), only(report.findings, "D005")
    assert late.data["advice"] == off_hours.data["advice"]
    assert off_hours.hint.startswith("Submit now: the appeal has counted as late since")


def test_a_closed_claim_gets_no_submission_time(make_case) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "inbound-lost", "shipped_at": dt.date(2026, 7, 1),
                        "submit_at": dt.datetime(2026, 11, 21, 12, 0, tzinfo=EST)})
    assert codes(check(folder, select=TIMING)) == ["D001"]


# --- the property: every advice satisfies every constraint, or says "submit now" ------------------

MARKETPLACES = ["US", "DE", "AE", "JP", "UK", "IN"]
KINDS = ["inbound-lost", "warehouse-lost", "customer-return", "removal-lost", "removal-damaged"]
moments = st.datetimes(
    min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 12, 28),
    timezones=st.sampled_from([dt.UTC, EST, dt.timezone(dt.timedelta(hours=8)),
                               dt.timezone(dt.timedelta(hours=5, minutes=30)), LA]),
)


def _claim_case(kind: str, marketplace: str, age: int, now: dt.datetime) -> dict[str, Any]:
    day = now.astimezone(ZoneInfo(PACKS.marketplaces[marketplace].timezone)).date()
    start = day - dt.timedelta(days=age)
    return {"type": "fba-reimbursement", "marketplace": marketplace, "claim_kind": kind,
            "shipped_at": start, "delivered_at": start, "reported_at": start,
            "refunded_at": start, "submit_at": now}


def _deadlines(manifest: dict[str, Any], now: dt.datetime) -> tuple[list[dt.datetime], dt.datetime]:
    """The moments a submission must come before, and the earliest it may come, worked out from
    the pack's window for the case (tests/test_claim_windows.py holds those to the sources)."""
    market = PACKS.marketplaces[manifest["marketplace"]]
    zone = ZoneInfo(market.timezone)
    if manifest["type"] == "account-appeal":
        clock = PACKS.types["account-appeal"].appeal_clock
        assert clock is not None
        deactivated = manifest["deactivated_at"]
        return ([deactivated + dt.timedelta(hours=clock.prompt_hours),
                 deactivated + dt.timedelta(hours=clock.late_hours)], now)
    pack = PACKS.types["fba-reimbursement"]
    today = now.astimezone(zone).date()
    window = claim_window_in_force(pack.claim_windows, manifest["claim_kind"],
                                   manifest["marketplace"],
                                   regions_of(manifest["marketplace"], pack.claim_regions), today)
    assert window is not None
    start = given_claim_date(case_adapter().validate_python(manifest), window)
    assert start is not None
    days = ClaimDays.of(window, start)
    closes = dt.datetime.combine(days.closes + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    opens = dt.datetime.combine(days.opens, dt.time(), tzinfo=zone)
    return [closes], max(now, opens)


def _assert_advice_holds(manifest: dict[str, Any], findings: tuple[Finding, ...]) -> None:
    now = manifest["submit_at"]
    advised = [f for f in findings if f.code in TIMING and f.data.get("advice")]
    if not advised:
        return
    advice = advised[0].data["advice"]
    assert all(f.data["advice"] == advice for f in advised), "every finding quotes one advice"
    deadlines, earliest = _deadlines(manifest, now)
    if advice["submit_now"]:
        best = dt.datetime.fromisoformat(advice["best"])
        passed = advice["deadline_at"] is not None and (
            dt.datetime.fromisoformat(advice["deadline_at"]) <= now)
        for finding in advised:
            assert "Submit now" in finding.hint or "现在就提交" in finding.hint
            if passed or best <= now:  # "late since Monday, before the next good time" is moot
                assert "next good time" not in finding.hint, finding.hint
                assert "下一个合适时段" not in finding.hint, finding.hint
        return
    at = dt.datetime.fromisoformat(advice["submit_at"])
    assert at >= earliest, "never before the window opens"
    pending = [d for d in deadlines if d > now]
    assert len(pending) == len(deadlines), "a passed deadline means: submit now"
    assert all(at < deadline for deadline in deadlines), "never after a deadline"
    support = SupportCalendar.of(PACKS.calendar, manifest["marketplace"], manifest["type"],
                                 ZoneInfo(PACKS.marketplaces[manifest["marketplace"]].timezone))
    if not advice["urgent"]:
        assert support.is_good(at), "a recommended time is in the best hours and no peak day"
    shown = at.astimezone(ZoneInfo(support.hours.timezone)) if support.hours else at
    for finding in advised:
        assert shown.strftime("%Y-%m-%d") in finding.hint
        assert shown.strftime("%H:%M") in finding.hint


@settings(max_examples=250, deadline=None)
@given(now=moments, kind=st.sampled_from(KINDS), marketplace=st.sampled_from(MARKETPLACES),
       age=st.integers(min_value=0, max_value=600))
def test_claim_advice_never_recommends_a_time_past_a_deadline(
    now: dt.datetime, kind: str, marketplace: str, age: int
) -> None:
    manifest = _claim_case(kind, marketplace, age, now)
    report = validate(manifest, config=Config(select=TIMING))
    _assert_advice_holds(manifest, report.findings)


@settings(max_examples=150, deadline=None)
@given(now=moments, marketplace=st.sampled_from(MARKETPLACES),
       hours=st.floats(min_value=0, max_value=200))
def test_appeal_advice_never_recommends_a_time_past_the_clock(
    now: dt.datetime, marketplace: str, hours: float
) -> None:
    manifest = {"type": "account-appeal", "marketplace": marketplace, "submit_at": now,
                "deactivated_at": now - dt.timedelta(hours=hours)}
    report = validate(manifest, config=Config(select=TIMING, lang="zh-CN"))
    _assert_advice_holds(manifest, report.findings)


# --- best hours per marketplace ----------------------------------------------------------------

def tech(marketplace: str, moment: dt.datetime) -> dict[str, Any]:
    return {"type": "technical-issue", "marketplace": marketplace, "submit_at": moment}


@pytest.mark.parametrize("marketplace", ["DE", "UK", "JP", "AE", "ZA"])
def test_marketplaces_without_known_best_hours_get_no_d005(make_case, marketplace: str) -> None:
    saturday_night = dt.datetime(2026, 11, 21, 23, 0, tzinfo=dt.UTC)
    assert codes(check(make_case(tech(marketplace, saturday_night)), select=("D005",))) == []


def test_the_us_best_hours_and_their_source(make_case) -> None:
    saturday = dt.datetime(2026, 11, 21, 10, 0, tzinfo=EST)
    finding = only(check(make_case(tech("US", saturday)), select=("D005",)).findings, "D005")
    assert "best hours for US (weekdays 09:00–11:00 America/New_York)" in finding.message
    assert finding.source.endswith("(seller guide, unconfirmed, checked 2026-12-01)")


def test_every_submission_window_cites_its_evidence() -> None:
    for window in PACKS.calendar.submission_windows:
        assert window.marketplaces and window.evidence and window.source
        assert in_submission_window(
            dt.datetime.combine(dt.date(2026, 11, 24), window.opens,
                                tzinfo=ZoneInfo(window.timezone)), window)


# --- the calendar as data ------------------------------------------------------------------

def test_the_calendar_has_days_for_the_year_it_was_checked_and_the_next() -> None:
    """Not a time bomb: the year comes from the calendar's own `checked` date, not the clock."""
    year = PACKS.calendar.checked.year
    missing = sorted({year, year + 1} - calendar_years(PACKS.calendar))
    assert not missing, (
        f"rules/calendar.toml was checked on {PACKS.calendar.checked} but has no days for "
        f"{missing}: add the year's peak and closed days (Prime Day, Black Friday week, ...) "
        f"with their sources to rules/calendar.toml, or extend the `years` of its annual windows"
    )


def test_the_calendar_test_fails_for_a_calendar_without_next_year(tmp_path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "calendar.toml").write_text("checked = 2030-01-05\n", encoding="utf-8")
    calendar = load_packs([rules]).calendar
    assert {2030, 2031} - calendar_years(calendar) == {2030, 2031}


@pytest.mark.parametrize(("day", "window", "variant_text"), [
    (dt.date(2026, 6, 23), "prime-day", "busier than usual"),
    (dt.date(2026, 6, 26), "prime-day", "busier than usual"),
    (dt.date(2025, 11, 20), "black-friday-week", "40–60 h later"),
    (dt.date(2025, 12, 1), "black-friday-week", "40–60 h later"),
    (dt.date(2026, 11, 30), "thanksgiving-to-cyber-monday", "40–60 h later"),
])
def test_the_sale_days(make_case, day: dt.date, window: str, variant_text: str) -> None:
    moment = dt.datetime.combine(day, dt.time(10), tzinfo=EST)
    finding = only(check(make_case(tech("US", moment)), select=("D006",)).findings, "D006")
    assert finding.data["window"] == window
    assert variant_text in finding.message


@pytest.mark.parametrize("day", [dt.date(2026, 6, 22), dt.date(2026, 6, 27),
                                 dt.date(2025, 11, 19), dt.date(2026, 7, 14)])
def test_days_next_to_the_sales_are_ordinary(make_case, day: dt.date) -> None:
    moment = dt.datetime.combine(day, dt.time(10), tzinfo=EST)
    assert codes(check(make_case(tech("US", moment)), select=("D006",))) == []


def appeal(marketplace: str, moment: dt.datetime) -> dict[str, Any]:
    return {"type": "account-appeal", "marketplace": marketplace, "submit_at": moment,
            "deactivated_at": moment - dt.timedelta(hours=2)}


def test_account_health_support_is_closed_on_christmas_and_new_year(make_case) -> None:
    christmas = dt.datetime(2026, 12, 25, 10, 0, tzinfo=EST)
    closed = only(check(make_case(appeal("US", christmas)), select=("D006",)).findings, "D006")
    assert closed.data["kind"] == "closed"
    assert "falls on 2026-12-25: Account Health Support is closed (Christmas)" in closed.message
    assert codes(check(make_case(tech("US", christmas)), select=("D006",))) == []
    new_year = dt.datetime(2027, 1, 1, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert codes(check(make_case(appeal("DE", new_year)), select=("D006",))) == ["D006"]
    assert codes(check(make_case(appeal("DE", new_year.replace(day=2))),
                       select=("D006",))) == []
    old_block = dt.datetime(2026, 12, 18, 10, 0, tzinfo=EST)
    assert codes(check(make_case(appeal("US", old_block)), select=("D006",))) == []


def test_past_the_last_known_year_the_calendar_says_it_does_not_know(make_case) -> None:
    last = max(calendar_years(PACKS.calendar))
    moment = dt.datetime(last + 1, 7, 14, 10, 0, tzinfo=EST)
    finding = only(check(make_case(tech("US", moment)), select=("D006",)).findings, "D006")
    assert finding.data["known_until"] == last
    assert f"ends with {last}" in finding.message and "unknown" in finding.message
    inside = dt.datetime(last, 7, 14, 10, 0, tzinfo=EST)
    assert codes(check(make_case(tech("US", inside)), select=("D006",))) == []


def test_peak_days_are_the_marketplaces_own(make_case) -> None:
    """Prime Day 2026 is a US date; a German case that day is not told about it."""
    moment = dt.datetime(2026, 6, 24, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert codes(check(make_case(tech("DE", moment)), select=("D006",))) == []
