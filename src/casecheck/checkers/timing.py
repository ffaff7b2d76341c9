"""Timing rules: claim windows, the appeal clock, when to submit, dates in the future.

Every rule measures at ``ctx.now``: the case's submit_at, else --now, else the clock. The
planning rules (all but D007) look at drafts only: a submitted case's timing is history.
Template mode skips them all (a template has no real dates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from casecheck.catalog import word
from casecheck.engine import CLOCK, Context, checker
from casecheck.findings import Finding
from casecheck.loader import LoadedCase
from casecheck.models import CaseBase
from casecheck.timing import (
    ClaimDays,
    claim_window_in_force,
    in_submission_window,
    next_good_slot,
    peak_window_on,
    show_moment,
)


def _planning(case: LoadedCase, ctx: Context) -> CaseBase | None:
    """The model when the planning rules apply to it: a draft outside template mode."""
    model = case.model
    if model is None or ctx.template or model.status != "draft":
        return None
    return model


def _market_zone(ctx: Context) -> dt.tzinfo:
    return ZoneInfo(ctx.marketplace.timezone) if ctx.marketplace is not None else dt.UTC


def _span(days: int, lang: str) -> str:
    return word("phrases", "day" if days == 1 else "days", lang).format(days=days)


def _window_text(days: ClaimDays, lang: str) -> str:
    window = days.window
    return word("phrases", "window-range" if window.opens_after_days else "window", lang).format(
        opens=window.opens_after_days, closes=window.closes_after_days,
        field=window.counts_from, start=days.start.isoformat(),
    )


@checker("D001", "D002", "D008", "D009", reads={CLOCK})
def claim_window(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = _planning(case, ctx)
    claim_kind = getattr(model, "claim_kind", None)
    if model is None or claim_kind is None:
        return
    today = ctx.now.astimezone(_market_zone(ctx)).date()
    region = ctx.marketplace.region if ctx.marketplace is not None else None
    window = claim_window_in_force(
        ctx.type_pack.claim_windows, str(claim_kind), model.marketplace, region, today
    )
    if window is None:
        return
    start = getattr(model, window.counts_from, None)
    if start is None:
        yield ctx.finding(
            "D009", location=case.field_location(window.counts_from), source=window.source,
            data={"claim_kind": claim_kind, "counts_from": window.counts_from},
        )
        return
    if not isinstance(start, dt.date) or start > today:
        return  # a date after the submission is D007's to report
    days = ClaimDays.of(window, start)
    data = {
        "claim_kind": claim_kind, "counts_from": window.counts_from,
        "start": start.isoformat(), "opens": days.opens.isoformat(),
        "closes": days.closes.isoformat(), "today": today.isoformat(),
        "applies_from": window.applies_from.isoformat(),
    }
    location = case.field_location(window.counts_from)
    shown = _window_text(days, ctx.lang)
    if today < days.opens:
        yield ctx.finding("D008", location=location, source=window.source,
                          data={**data, "days_until": (days.opens - today).days}, window=shown,
                          span=_span((days.opens - today).days, ctx.lang))
    elif today > days.closes:
        yield ctx.finding("D001", location=location, source=window.source,
                          data={**data, "days_past": (today - days.closes).days}, window=shown,
                          span=_span((today - days.closes).days, ctx.lang))
    else:
        left = (days.closes - today).days
        closing = ctx.type_pack.claim_window_closing
        if closing is not None and left < closing.value:
            yield ctx.finding(
                "D002", location=location, source=window.source,
                variant="today" if left == 0 else None,
                data={**data, "days_left": left, "warn_days": closing.value}, window=shown,
                span=_span(left, ctx.lang),
            )


def _enabled(ctx: Context, code: str) -> bool:
    model = ctx.case.model
    return ctx.config.enabled(code, tuple(model.ignore) if model is not None else ())


@checker("D003", "D004", reads={CLOCK})
def appeal_clock(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = _planning(case, ctx)
    deactivated = getattr(model, "deactivated_at", None)
    clock = ctx.type_pack.appeal_clock
    if model is None or not isinstance(deactivated, dt.datetime) or clock is None:
        return
    hours = (ctx.now - deactivated).total_seconds() / 3600
    data = {"deactivated_at": deactivated.isoformat(), "hours": round(hours, 1),
            "prompt_hours": clock.prompt_hours, "late_hours": clock.late_hours}
    location = case.field_location("deactivated_at")
    # The late warning says all the prompt note would; the note stands in when it is off.
    if hours > clock.late_hours and _enabled(ctx, "D003"):
        yield ctx.finding("D003", location=location, source=clock.source, data=data)
    elif hours > clock.prompt_hours:
        yield ctx.finding("D004", location=location, source=clock.source, data=data)


@checker("D005", "D006", reads={CLOCK})
def submission_time(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    if _planning(case, ctx) is None:
        return
    calendar = ctx.packs.calendar
    window = calendar.submission_window
    zone = ZoneInfo(window.timezone)
    support_time = ctx.now.astimezone(zone)
    off_hours = not in_submission_window(ctx.now, window)
    peak = peak_window_on(support_time.date(), calendar)
    if not off_hours and peak is None:
        return
    slot = next_good_slot(ctx.now, calendar)
    seller_slot = slot.astimezone(ctx.now.tzinfo)
    shown = {
        "when": show_moment(support_time, ctx.lang),
        "slot": show_moment(slot, ctx.lang),
        "seller_slot": show_moment(seller_slot, ctx.lang),
    }
    slot_data = {"submit_at": ctx.now.isoformat(), "next_slot": slot.isoformat(),
                 "next_slot_seller": seller_slot.isoformat()}
    location = case.field_location("submit_at") if case.model and case.model.submit_at else None
    if off_hours:
        yield ctx.finding(
            "D005", location=location, source=window.source, data={
                **slot_data, "timezone": window.timezone,
                "opens": window.opens.strftime("%H:%M"), "closes": window.closes.strftime("%H:%M"),
            }, **shown,
        )
    if peak is not None:
        label = peak.window.label.get(ctx.lang) or peak.window.label["en"]
        yield ctx.finding(
            "D006", location=location, source=peak.window.source, data={
                **slot_data, "window": peak.window.name, "first_day": peak.first.isoformat(),
                "last_day": peak.last.isoformat(), "min_delay_hours": peak.window.min_delay_hours,
                "max_delay_hours": peak.window.max_delay_hours,
            }, label=label, **shown,
        )


_COMMON_DATES = frozenset(CaseBase.model_fields)
"""submit_at, submitted_at, last_reply_at are the case's own times, not events."""


@checker("D007", reads={CLOCK})
def event_dates(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    if model is None or ctx.template:
        return
    when = ctx.now
    if model.status != "draft" and model.submitted_at is not None:
        when = model.submitted_at
    # A plain date is in the future only when it is after the date both where the seller
    # is and where the marketplace is: the seller writes dates in their own calendar.
    latest_day = max(when.date(), when.astimezone(_market_zone(ctx)).date())
    for name in type(model).model_fields:
        value = getattr(model, name)
        if name in _COMMON_DATES or not isinstance(value, dt.date):
            continue
        future = value > when if isinstance(value, dt.datetime) else value > latest_day
        if future:
            yield ctx.finding("D007", location=case.field_location(name), data={
                "field": name, "value": value.isoformat(), "submit_at": when.isoformat(),
            })
