"""Dates and hours of the timing rules: claim windows, Seller Support's best hours, its peak and
closed days, and the one submission advisor every timing finding quotes. Pure functions of the
rule packs and a moment; the checkers turn them into findings."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from casecheck.catalog import word
from casecheck.models import CaseBase
from casecheck.packs import (
    CalendarPack,
    ClaimRegion,
    ClaimWindow,
    DayAnchor,
    PeakWindow,
    SubmissionWindow,
)

SLOT_SEARCH_DAYS = 400
"""Every calendar of peak windows leaves a good slot within a year; this bounds the search."""


# --- which policy applies where ------------------------------------------------------------

class Scoped(Protocol):
    """A pack entry that names where it applies: marketplaces, regions, or (neither) anywhere."""

    @property
    def marketplaces(self) -> list[str]: ...

    @property
    def regions(self) -> list[str]: ...


def regions_of(marketplace: str, regions: Mapping[str, ClaimRegion]) -> frozenset[str]:
    """The claim regions (``claim_regions`` of a type pack) ``marketplace`` belongs to."""
    return frozenset(name for name, region in regions.items() if marketplace in region.marketplaces)


def applies_in(entry: Scoped, marketplace: str, regions: frozenset[str]) -> bool:
    if entry.marketplaces and marketplace not in entry.marketplaces:
        return False
    return not entry.regions or bool(regions & set(entry.regions))


def specificity(entry: Scoped) -> int:
    """2 for an entry naming its marketplaces, 1 for a region's, 0 for a general one."""
    return 2 if entry.marketplaces else 1 if entry.regions else 0


# --- claim windows -------------------------------------------------------------------------

def claim_window_in_force(
    windows: Iterable[ClaimWindow], claim_kind: str, marketplace: str, regions: frozenset[str],
    on: dt.date,
) -> ClaimWindow | None:
    """The window for ``claim_kind`` in ``marketplace`` that is in force on ``on``.

    The latest ``applies_from`` wins (a newer policy replaces an older one; a window without
    one is older than any dated one); on a tie the window naming the marketplace beats the one
    naming its region, which beats a general one.
    """
    candidates = [
        w for w in windows
        if claim_kind in w.claim_kinds and (w.applies_from is None or w.applies_from <= on)
        and applies_in(w, marketplace, regions)
    ]
    return max(candidates, key=lambda w: (w.applies_from or dt.date.min, specificity(w)),
               default=None)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the 31st of a shorter month falls on its last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, monthrange(year, month)[1]))


@dataclass(frozen=True)
class ClaimStart:
    """The day a claim window is laid from: the date the window counts from, or (``estimated``)
    a date that comes on or before it, named by ``taken_from``."""

    day: dt.date
    taken_from: str
    estimated: bool = False


@dataclass(frozen=True)
class ClaimDays:
    """A claim window laid on the calendar: the first and the last day a claim is accepted."""

    window: ClaimWindow
    start: ClaimStart
    opens: dt.date
    closes: dt.date

    @classmethod
    def of(cls, window: ClaimWindow, start: ClaimStart) -> ClaimDays:
        if window.closes_after_months is not None:
            closes = add_months(start.day, window.closes_after_months)
        else:
            assert window.closes_after_days is not None
            closes = start.day + dt.timedelta(days=window.closes_after_days)
        return cls(window, start, start.day + dt.timedelta(days=window.opens_after_days), closes)


def given_claim_date(model: CaseBase, window: ClaimWindow) -> ClaimStart | None:
    """The date the window counts from, as the case gives it."""
    day = getattr(model, window.counts_from, None)
    return ClaimStart(day, window.counts_from) if isinstance(day, dt.date) else None


def estimated_claim_date(model: CaseBase, window: ClaimWindow) -> ClaimStart | None:
    """The window's ``estimate_from`` date standing in for a missing ``counts_from``: it comes
    on or before the real one, so a window laid from it closes no later than the real one."""
    if window.estimate_from is None:
        return None
    day = getattr(model, window.estimate_from, None)
    if not isinstance(day, dt.date):
        return None
    return ClaimStart(day, window.estimate_from, estimated=True)


# --- Seller Support's best hours and busy days -----------------------------------------------

def submission_window_for(calendar: CalendarPack, marketplace: str) -> SubmissionWindow | None:
    """The best hours of ``marketplace``'s Seller Support; None when no source names any."""
    return next((w for w in calendar.submission_windows if marketplace in w.marketplaces), None)


def in_submission_window(moment: dt.datetime, window: SubmissionWindow) -> bool:
    local = moment.astimezone(ZoneInfo(window.timezone))
    return local.weekday() in window.weekdays and window.opens <= local.time() < window.closes


HolidayKey = tuple[str, str, int]
"""(country, holiday name, year)."""
known_holidays: dict[HolidayKey, dt.date] = {}
"""The holiday dates worked out in this process, or read from a run's cache
(``casecheck.cache.HolidayEntries``): the holidays package takes some 50 ms to import and as
much to work out a country's year, more than a pre-commit run's check of one case."""


def _holiday_date(country: str, name: str, year: int) -> dt.date:
    known = known_holidays.get((country, name, year))
    if known is not None:
        return known
    # Imported here: only the peak windows need it, and only for a date not known yet.
    import holidays  # noqa: PLC0415 - holidays: 53 ms to import, only when a date is checked

    matches = holidays.country_holidays(country, years=year).get_named(name)
    if not matches:
        raise ValueError(f"the holidays package knows no {name!r} in {country} {year}")
    known_holidays[(country, name, year)] = min(matches)
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
    if window.starts is not None and window.ends is not None and year in window.years:
        first = anchor_date(window.starts, year)
        last = anchor_date(window.ends, year)
        if last < first:  # e.g. 15 December to 5 January
            last = anchor_date(window.ends, year + 1)
        yield first, last
    for days in window.dates:
        if days.start.year == year:
            yield days.start, days.end


def calendar_years(calendar: CalendarPack) -> set[int]:
    """The years the calendar has days in (annual windows for the years their sources cover)."""
    years: set[int] = set()
    for window in calendar.peak_windows:
        years.update(window.years)
        for days in window.dates:
            years.update(range(days.start.year, days.end.year + 1))
    return years


def windows_for(calendar: CalendarPack, marketplace: str, case_type: str) -> list[PeakWindow]:
    """The peak and closed windows that concern a case of ``case_type`` in ``marketplace``."""
    return [w for w in calendar.peak_windows
            if (not w.marketplaces or marketplace in w.marketplaces)
            and (not w.case_types or case_type in w.case_types)]


@dataclass(frozen=True)
class PeakHit:
    window: PeakWindow
    first: dt.date
    last: dt.date


_SPANS_KEPT = 4096
_spans: dict[tuple[int, int], tuple[PeakWindow, tuple[tuple[dt.date, dt.date], ...]]] = {}
"""``peak_days`` by window and year: every timing rule of every case asks for the same few
windows' days (each a holiday anchor worked out), a run's packs are loaded once, and the
window is kept with its days so that its id is not reused."""


def _peak_spans(window: PeakWindow, year: int) -> tuple[tuple[dt.date, dt.date], ...]:
    key = (id(window), year)
    known = _spans.get(key)
    if known is None or known[0] is not window:
        if len(_spans) >= _SPANS_KEPT:
            _spans.clear()
        known = _spans[key] = (window, tuple(peak_days(window, year)))
    return known[1]


def peak_window_on(day: dt.date, windows: Iterable[PeakWindow]) -> PeakHit | None:
    """The first of ``windows`` that ``day`` lies in, or None."""
    for window in windows:
        for year in (day.year - 1, day.year):
            for first, last in _peak_spans(window, year):
                if first <= day <= last:
                    return PeakHit(window, first, last)
    return None


@dataclass(frozen=True)
class SupportCalendar:
    """What decides a good moment for one case: its marketplace's best hours (None: none are
    known), the peak and closed windows that concern it, and the marketplace's time zone, in
    which those days are counted."""

    hours: SubmissionWindow | None
    windows: tuple[PeakWindow, ...]
    zone: dt.tzinfo

    @classmethod
    def of(cls, calendar: CalendarPack, marketplace: str, case_type: str,
           zone: dt.tzinfo) -> SupportCalendar:
        return cls(submission_window_for(calendar, marketplace),
                   tuple(windows_for(calendar, marketplace, case_type)), zone)

    def peak_on(self, moment: dt.datetime) -> PeakHit | None:
        return peak_window_on(moment.astimezone(self.zone).date(), self.windows)

    def is_good(self, moment: dt.datetime) -> bool:
        in_hours = self.hours is None or in_submission_window(moment, self.hours)
        return in_hours and self.peak_on(moment) is None


def _next_midnight(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    local = moment.astimezone(zone)
    return dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), tzinfo=zone)


# --- until when a moment's answers hold ------------------------------------------------------
# What a rule works out of the clock changes only at a few instants: the next midnight where
# its days are counted, the best hours opening or closing, a deadline passing, a rounded
# number of hours stepping. Each helper gives the earliest such instant after ``moment``, in
# UTC: two datetimes of one zone compare by their wall clocks, not as instants.

def _earliest_instant(day: dt.date, time: dt.time, zone: dt.tzinfo) -> dt.datetime:
    """The instant the wall clock in ``zone`` shows ``day`` ``time``; of a time that a change
    of offset shows twice or skips, the earlier of its two readings."""
    wall = dt.datetime.combine(day, time, tzinfo=zone)
    return min(wall.replace(fold=fold).astimezone(dt.UTC) for fold in (0, 1))


def day_changes(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """When the date in ``zone`` next changes after ``moment``."""
    local = moment.astimezone(zone)
    return _earliest_instant(local.date() + dt.timedelta(days=1), dt.time(), zone)


def hours_change(moment: dt.datetime, window: SubmissionWindow) -> dt.datetime:
    """When :func:`in_submission_window` may next answer otherwise after ``moment``: the
    window opening or closing, or the weekday changing."""
    zone = ZoneInfo(window.timezone)
    day = moment.astimezone(zone).date()
    candidates = [_earliest_instant(day, at, zone) for at in (window.opens, window.closes)]
    return min([c for c in candidates if c > moment] + [day_changes(moment, zone)])


ROUNDING_MARGIN = dt.timedelta(seconds=1)
"""How much earlier than the exact step a rounded number of hours is taken to change: the
float arithmetic of ``round`` moves its step by far less."""


def rounded_hours_change(since: dt.datetime, moment: dt.datetime) -> dt.datetime:
    """When ``round(hours since since, 1)`` may next change after ``moment``: the next
    multiple of three minutes (0.05 h) from ``since``, a little early; ``moment`` itself when
    it lies on such a multiple or just past it (the value steps there, or has just stepped
    and may step once more as the float error goes)."""
    step = dt.timedelta(hours=0.05)
    passed, offset = divmod(moment - since, step)
    change = since + step * (passed + 1) - ROUNDING_MARGIN
    return change if offset > ROUNDING_MARGIN and change > moment else moment


def first_after(moment: dt.datetime, *instants: dt.datetime | None) -> dt.datetime | None:
    """The earliest of ``instants`` after ``moment``; None when there is none."""
    return min((i for i in instants if i is not None and i > moment), default=None)


def next_good_slot(moment: dt.datetime, support: SupportCalendar) -> dt.datetime:
    """The first moment from ``moment`` on that is in the best hours (if the marketplace has
    any) and on no peak or closed day of the marketplace; zoneinfo handles the DST changes."""
    limit = moment + dt.timedelta(days=SLOT_SEARCH_DAYS)
    if support.hours is None:
        slot = moment
        while support.peak_on(slot) is not None:
            slot = _next_midnight(slot, support.zone)
            if slot > limit:
                break
        else:
            return slot
        raise ValueError(f"no good submission slot within {SLOT_SEARCH_DAYS} days of {moment}")
    hours = support.hours
    zone = ZoneInfo(hours.timezone)
    local = moment.astimezone(zone)
    for offset in range(SLOT_SEARCH_DAYS):
        day = local.date() + dt.timedelta(days=offset)
        if day.weekday() not in hours.weekdays:
            continue
        closes = dt.datetime.combine(day, hours.closes, tzinfo=zone)
        slot = max(dt.datetime.combine(day, hours.opens, tzinfo=zone), local)
        while slot < closes and support.peak_on(slot) is not None:
            slot = _next_midnight(slot, support.zone).astimezone(zone)
        if slot < closes:
            return slot
    raise ValueError(f"no good submission slot within {SLOT_SEARCH_DAYS} days of {moment}")


# --- the submission advisor ------------------------------------------------------------------

@dataclass(frozen=True)
class Deadline:
    """A moment the submission must come before. Past a ``final`` one the case is no longer
    worth sending (a closed claim window); past another (the appeal clock) it is sent at once."""

    reason: Literal["claim-window", "appeal-prompt", "appeal-late"]
    at: dt.datetime


FINAL_DEADLINES = frozenset({"claim-window"})


@dataclass(frozen=True)
class Advice:
    """When to submit, from every constraint at once; every timing finding quotes it.

    ``at`` is the recommended moment, None for "submit now"; ``urgent`` says a deadline comes
    before the next good moment (``best``), which is why it is now; ``deadline`` is the
    nearest deadline still ahead, or one already passed that makes it urgent."""

    now: dt.datetime
    at: dt.datetime | None
    best: dt.datetime
    deadline: Deadline | None
    urgent: bool

    def data(self) -> dict[str, str | bool | None]:
        return {
            "submit_at": self.at.isoformat() if self.at is not None else None,
            "submit_now": self.at is None,
            "urgent": self.urgent,
            "best": self.best.isoformat(),
            "deadline": self.deadline.reason if self.deadline is not None else None,
            "deadline_at": self.deadline.at.isoformat() if self.deadline is not None else None,
        }


def advise(
    now: dt.datetime, support: SupportCalendar, deadlines: Iterable[Deadline],
    not_before: dt.datetime | None = None,
) -> Advice | None:
    """The one recommendation for a case: the next good moment (best hours, no peak day) from
    ``now`` (or ``not_before``, a claim window's opening), unless a deadline comes first; then
    submit now, or at ``not_before`` when the window has not opened. None when a final
    deadline has passed: the claim is closed, and no time is right."""
    deadlines = list(deadlines)
    if any(d.reason in FINAL_DEADLINES and d.at <= now for d in deadlines):
        return None
    start = max(now, not_before) if not_before is not None else now
    best = next_good_slot(start, support)
    overdue = [d for d in deadlines if d.at <= now]
    pending = sorted((d for d in deadlines if d.at > now), key=lambda d: d.at)
    if overdue:
        return Advice(now, None if start == now else start, best, overdue[-1], urgent=True)
    if pending and best >= pending[0].at:
        return Advice(now, None if start == now else start, best, pending[0], urgent=True)
    return Advice(now, None if best == now else best, best,
                  pending[0] if pending else None, urgent=False)


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
