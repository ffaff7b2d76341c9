"""Dates and hours of the timing rules: claim windows, Seller Support's good hours, peak
windows. Pure functions of the rule packs and a moment; the checkers turn them into findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

from casecheck.catalog import word
from casecheck.models import CaseBase
from casecheck.packs import (
    CalendarPack,
    ClaimWindow,
    DayAnchor,
    PeakWindow,
    SubmissionWindow,
)

SLOT_SEARCH_DAYS = 400
"""Every calendar of peak windows leaves a good slot within a year; this bounds the search."""


# --- claim windows -------------------------------------------------------------------------

def _specificity(window: ClaimWindow) -> int:
    return 2 if window.marketplaces else 1 if window.regions else 0


def claim_window_in_force(
    windows: Iterable[ClaimWindow], claim_kind: str, marketplace: str, region: str | None,
    on: dt.date,
) -> ClaimWindow | None:
    """The rule for ``claim_kind`` in ``marketplace`` that is in force on ``on``.

    The latest ``applies_from`` wins (a newer policy replaces an older one); on a tie the
    rule naming the marketplace beats the one naming its region, which beats a general one.
    """
    candidates = [
        w for w in windows
        if claim_kind in w.claim_kinds and w.applies_from <= on
        and (not w.marketplaces or marketplace in w.marketplaces)
        and (not w.regions or region in w.regions)
    ]
    return max(candidates, key=lambda w: (w.applies_from, _specificity(w)), default=None)


@dataclass(frozen=True)
class ClaimDays:
    """A claim window laid on the calendar: the first and the last day a claim is accepted."""

    window: ClaimWindow
    start: dt.date
    opens: dt.date
    closes: dt.date

    @classmethod
    def of(cls, window: ClaimWindow, start: dt.date) -> ClaimDays:
        return cls(
            window, start,
            start + dt.timedelta(days=window.opens_after_days),
            start + dt.timedelta(days=window.closes_after_days),
        )


# --- Seller Support's good hours -----------------------------------------------------------

def in_submission_window(moment: dt.datetime, window: SubmissionWindow) -> bool:
    local = moment.astimezone(ZoneInfo(window.timezone))
    return local.weekday() in window.weekdays and window.opens <= local.time() < window.closes


@cache
def _holiday_date(country: str, name: str, year: int) -> dt.date:
    # Imported here: it takes some 50 ms, and only the peak windows need it.
    import holidays  # noqa: PLC0415 - holidays: 53 ms to import, only when a date is checked

    matches = holidays.country_holidays(country, years=year).get_named(name)
    if not matches:
        raise ValueError(f"the holidays package knows no {name!r} in {country} {year}")
    return min(matches)


def anchor_date(anchor: DayAnchor, year: int) -> dt.date:
    if anchor.holiday is not None:
        base = _holiday_date(anchor.country, anchor.holiday, year)
    else:
        assert anchor.month is not None and anchor.day is not None
        base = dt.date(year, anchor.month, anchor.day)
    return base + dt.timedelta(days=anchor.offset_days)


def peak_days(window: PeakWindow, year: int) -> Iterator[tuple[dt.date, dt.date]]:
    """The (first, last) days of ``window`` that start in ``year``."""
    if window.starts is not None and window.ends is not None:
        first = anchor_date(window.starts, year)
        last = anchor_date(window.ends, year)
        if last < first:  # e.g. 15 December to 5 January
            last = anchor_date(window.ends, year + 1)
        yield first, last
    for days in window.dates:
        if days.start.year == year:
            yield days.start, days.end


@dataclass(frozen=True)
class PeakHit:
    window: PeakWindow
    first: dt.date
    last: dt.date


def peak_window_on(day: dt.date, calendar: CalendarPack) -> PeakHit | None:
    """The peak window that ``day`` lies in (the first one of the pack), or None."""
    for window in calendar.peak_windows:
        for year in (day.year - 1, day.year):
            for first, last in peak_days(window, year):
                if first <= day <= last:
                    return PeakHit(window, first, last)
    return None


def next_good_slot(moment: dt.datetime, calendar: CalendarPack) -> dt.datetime:
    """The first moment from ``moment`` on that is in the submission window and in no peak
    window, in the submission window's time zone (zoneinfo handles the DST changes)."""
    window = calendar.submission_window
    zone = ZoneInfo(window.timezone)
    local = moment.astimezone(zone)
    for offset in range(SLOT_SEARCH_DAYS):
        day = local.date() + dt.timedelta(days=offset)
        if day.weekday() not in window.weekdays or peak_window_on(day, calendar) is not None:
            continue
        opens = dt.datetime.combine(day, window.opens, tzinfo=zone)
        closes = dt.datetime.combine(day, window.closes, tzinfo=zone)
        slot = max(opens, local)
        if slot < closes:
            return slot
    raise ValueError(f"no good submission slot within {SLOT_SEARCH_DAYS} days of {moment}")


# --- follow-ups ----------------------------------------------------------------------------

def waiting_since(model: CaseBase) -> dt.datetime | None:
    """Since when a submitted or open case has waited for Seller Support, if it does."""
    if model.status not in ("submitted", "open"):
        return None
    times = [t for t in (model.submitted_at, model.last_reply_at) if t is not None]
    return max(times, default=None)


# --- showing moments -----------------------------------------------------------------------

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Keys of ``[weekdays]`` in catalog/words.toml, in ``datetime.weekday()`` order."""


def zone_label(moment: dt.datetime) -> str:
    """``America/New_York`` for a named zone, ``UTC+08:00`` for a bare offset."""
    key = getattr(moment.tzinfo, "key", None)
    if key:
        return str(key)
    offset = moment.utcoffset() or dt.timedelta()
    sign = "-" if offset < dt.timedelta() else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def show_moment(moment: dt.datetime, lang: str) -> str:
    """``Mon 2026-11-30 09:00 America/New_York``; in Chinese the weekday follows the date."""
    weekday = word("weekdays", _WEEKDAYS[moment.weekday()], lang)
    day, clock = moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M")
    if lang == "zh-CN":
        return f"{day} {weekday} {clock} {zone_label(moment)}"
    return f"{weekday} {day} {clock} {zone_label(moment)}"
