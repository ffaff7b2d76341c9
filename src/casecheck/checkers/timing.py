"""Timing rules: claim windows, the appeal clock, when to submit, dates in the future.

Every rule measures at ``ctx.now``: the case's submit_at, else --now, else the clock. The
planning rules (all but D007) look at drafts only: a submitted case's timing is history.
Template mode skips them all (a template has no real dates).

A claim window is laid from a date the case gives (``CLAIM_DATE_SOURCES``); the submission
advisor (``timing_plan``) weighs that window, the appeal clock, the marketplace's best hours
and its peak days once, and D001-D008 all quote the same advice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from casecheck.catalog import word
from casecheck.engine import CLOCK, REPORTS, Context, checker
from casecheck.findings import Finding
from casecheck.loader import LoadedCase
from casecheck.models import CaseBase
from casecheck.packs import ClaimWindow
from casecheck.timing import (
    Advice,
    ClaimDays,
    ClaimStart,
    Deadline,
    SupportCalendar,
    advise,
    calendar_years,
    claim_window_in_force,
    day_changes,
    estimated_claim_date,
    first_after,
    given_claim_date,
    hours_change,
    in_submission_window,
    regions_of,
    rounded_hours_change,
    show_moment,
    specificity,
)

if TYPE_CHECKING:
    from casecheck.reports.claims import ReportDate


def _planning(case: LoadedCase, ctx: Context) -> CaseBase | None:
    """The model when the planning rules apply to it: a draft outside template mode."""
    model = case.model
    if model is None or ctx.template or model.status != "draft":
        return None
    return model


def market_zone(ctx: Context) -> dt.tzinfo:
    return ZoneInfo(ctx.marketplace.timezone) if ctx.marketplace is not None else dt.UTC


def market_day(ctx: Context) -> dt.date:
    """The submission day where the marketplace is: claim windows count its calendar days."""
    ctx.stable_until(day_changes(ctx.now, market_zone(ctx)))
    return ctx.now.astimezone(market_zone(ctx)).date()


def _midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=zone)


# --- where a claim window starts -------------------------------------------------------------

ClaimDateSource = Callable[[LoadedCase, Context, ClaimWindow], ClaimStart | None]
"""Finds the day a claim window is laid from, or None when it knows none."""


def _from_the_case(case: LoadedCase, ctx: Context, window: ClaimWindow) -> ClaimStart | None:
    assert case.model is not None
    return given_claim_date(case.model, window)


def _estimated_from_the_case(
    case: LoadedCase, ctx: Context, window: ClaimWindow
) -> ClaimStart | None:
    assert case.model is not None
    return estimated_claim_date(case.model, window)


REPORT_DATE = "timing.report-date"
"""Where ``_from_the_reports`` leaves the report row of the date it found, for the finding."""


def _from_the_reports(case: LoadedCase, ctx: Context, window: ClaimWindow) -> ClaimStart | None:
    """The date as the seller's reports give it (``--reports``): the first ledger loss,
    receipt or customer return of the claim (``casecheck.reports.claims``)."""
    assert case.model is not None
    index = ctx.reports
    if index is None:
        return None
    from casecheck.reports.claims import start_from_reports  # noqa: PLC0415 - start-up: the reports (--reports only)

    found = start_from_reports(index, case.model, window.counts_from)
    if found is None:
        return None
    ctx.shared[REPORT_DATE] = found
    return ClaimStart(found.day, window.counts_from)


CLAIM_DATE_SOURCES: tuple[ClaimDateSource, ...] = (
    _from_the_case, _from_the_reports, _estimated_from_the_case,
)
"""Asked in order: the date the window counts from as the case gives it, then as the seller's
reports give it, then a date that comes before it (the shipping day for a delivery), which
makes the window an estimate."""


def claim_start(case: LoadedCase, ctx: Context, window: ClaimWindow) -> ClaimStart | None:
    return next((start for source in CLAIM_DATE_SOURCES
                 if (start := source(case, ctx, window)) is not None), None)


# --- the plan every timing finding quotes ----------------------------------------------------

@dataclass(frozen=True)
class ClaimCheck:
    """The claim window in force on the submission day, laid from its start (None: no date)."""

    window: ClaimWindow
    today: dt.date
    start: ClaimStart | None
    days: ClaimDays | None
    """None when there is no start, or it lies after the submission day both where the seller
    and where the marketplace is (D007's to report)."""


@dataclass(frozen=True)
class TimingPlan:
    claim: ClaimCheck | None
    support: SupportCalendar
    advice: Advice | None
    """None for a claim whose window has closed: no time is right for it."""
    changes: dt.datetime | None = None
    """The first moment after ``now`` the plan may be another: the submission day changing,
    a deadline or the account's deactivation passing, the claim window opening."""


def _claim_check(case: LoadedCase, ctx: Context, model: CaseBase) -> ClaimCheck | None:
    claim_kind = getattr(model, "claim_kind", None)
    if claim_kind is None:
        return None
    today = market_day(ctx)
    regions = regions_of(model.marketplace, ctx.type_pack.claim_regions)
    window = claim_window_in_force(ctx.type_pack.claim_windows, str(claim_kind),
                                   model.marketplace, regions, today)
    if window is None:
        return None
    start = claim_start(case, ctx, window)
    # A seller east of the marketplace writes a refund of their own today as the day after
    # the marketplace's (D007 takes such a date as given): the window is laid from it all the
    # same, so that a claim it opens weeks later is still told so.
    latest_day = max(today, ctx.now.date())
    days = ClaimDays.of(window, start) if start is not None and start.day <= latest_day else None
    return ClaimCheck(window, today, start, days)


def _deadlines(plan_claim: ClaimCheck | None, model: CaseBase, ctx: Context) -> list[Deadline]:
    deadlines = []
    if plan_claim is not None and plan_claim.days is not None:
        last_moment = _midnight(plan_claim.days.closes + dt.timedelta(days=1), market_zone(ctx))
        deadlines.append(Deadline("claim-window", last_moment))
    deactivated = getattr(model, "deactivated_at", None)
    clock = ctx.type_pack.appeal_clock
    if isinstance(deactivated, dt.datetime) and clock is not None and deactivated <= ctx.now:
        deadlines.append(Deadline("appeal-prompt",
                                  deactivated + dt.timedelta(hours=clock.prompt_hours)))
        deadlines.append(Deadline("appeal-late",
                                  deactivated + dt.timedelta(hours=clock.late_hours)))
    return deadlines


def timing_plan(case: LoadedCase, ctx: Context) -> TimingPlan | None:
    """The claim window, the marketplace's calendar and the one advice, worked out once per
    case for every timing rule; None outside the planning rules' reach."""
    model = _planning(case, ctx)
    if model is None:
        return None
    if "timing.plan" not in ctx.shared:
        claim = _claim_check(case, ctx, model)
        zone = market_zone(ctx)
        support = SupportCalendar.of(ctx.packs.calendar, model.marketplace, model.type, zone)
        not_before = None
        if claim is not None and claim.days is not None and claim.days.opens > claim.today:
            not_before = _midnight(claim.days.opens, zone)
        deadlines = _deadlines(claim, model, ctx)
        advice = advise(ctx.now, support, deadlines, not_before)
        changes = first_after(
            ctx.now, day_changes(ctx.now, zone), getattr(model, "deactivated_at", None),
            not_before, *(deadline.at for deadline in deadlines))
        ctx.shared["timing.plan"] = TimingPlan(claim, support, advice, changes)
    plan: TimingPlan = ctx.shared["timing.plan"]
    ctx.stable_until(plan.changes)
    return plan


def _deadline_text(advice: Advice, ctx: Context) -> str:
    deadline = advice.deadline
    if deadline is None:
        return ""
    passed = "-passed" if deadline.at <= advice.now else ""
    if deadline.reason == "claim-window":
        closing_day = deadline.at.astimezone(market_zone(ctx)) - dt.timedelta(days=1)
        return word("deadlines", "claim-window", ctx.lang).format(
            day=closing_day.date().isoformat(), zone=str(market_zone(ctx)))
    return word("deadlines", deadline.reason + passed, ctx.lang).format(
        when=show_moment(deadline.at.astimezone(advice.now.tzinfo), ctx.lang))


def advice_values(advice: Advice | None, ctx: Context) -> dict[str, Any]:
    """The ``{advice}`` text and the ``data`` of the advice, in the finding's language."""
    if advice is None:
        return {"advice": "", "advice_data": None}
    # The best moment is fixed until it comes; from then on it is now, and moves with it.
    ctx.stable_until(advice.best if advice.best > advice.now else advice.now)
    key = "later" if advice.at is not None else "urgent" if advice.urgent else "now"
    if key == "urgent" and (advice.best <= advice.now or advice.deadline is None
                            or advice.deadline.at <= advice.now):
        key = "overdue"  # late already, or no better time: "before the next good time" is moot
    slot = advice.at or advice.best
    text = word("advice", key, ctx.lang).format(
        slot=show_moment(slot, ctx.lang),
        seller_slot=show_moment(slot.astimezone(advice.now.tzinfo), ctx.lang),
        best=show_moment(advice.best, ctx.lang), deadline=_deadline_text(advice, ctx),
    )
    return {"advice": text, "advice_data": advice.data()}


# --- claim windows ---------------------------------------------------------------------------

def _span(days: int, lang: str) -> str:
    return word("phrases", "day" if days == 1 else "days", lang).format(days=days)


def _closing_span(window: ClaimWindow, lang: str) -> str:
    if window.closes_after_months is not None:
        months = window.closes_after_months
        return word("phrases", "month" if months == 1 else "months", lang).format(months=months)
    assert window.closes_after_days is not None
    return _span(window.closes_after_days, lang)


def _window_text(days: ClaimDays, lang: str) -> str:
    window = days.window
    key = "window-range" if window.opens_after_days else "window"
    if days.start.estimated:
        key += "-estimated"
    return word("phrases", key, lang).format(
        opens=_span(window.opens_after_days, lang), closes=_closing_span(window, lang),
        field=window.counts_from, estimate=days.start.taken_from, start=days.start.day.isoformat(),
    )


def _standing(days: ClaimDays, marketplace: str, lang: str) -> str:
    """What the finding must say about how sure its window is: the seller guide's, a general
    window for a marketplace without its own text, and an estimate from another date."""
    window = days.window
    said = []
    if window.evidence == "guide":
        said.append(word("standing", "guide", lang))
    elif specificity(window) == 0:
        said.append(word("standing", "general", lang))
    if days.start.estimated:
        said.append(word("standing", "estimated", lang))
    return "".join(said).format(marketplace=marketplace, field=window.counts_from,
                                estimate=days.start.taken_from)


@checker("D001", "D002", "D008", "D009", reads={CLOCK, REPORTS})
def claim_window(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    plan = timing_plan(case, ctx)
    if plan is None or plan.claim is None or case.model is None:
        return
    claim = plan.claim
    window = claim.window
    model = case.model
    claim_kind = getattr(model, "claim_kind", None)
    if claim.days is None:
        if claim.start is None:
            variant = "estimable" if window.estimate_from else None
            yield ctx.finding(
                "D009", variant=variant, location=case.field_location(window.counts_from),
                cited=window, data={"claim_kind": claim_kind, "counts_from": window.counts_from,
                                    "estimate_from": window.estimate_from},
            )
        return
    days, today = claim.days, claim.today
    data: dict[str, Any] = {
        "claim_kind": claim_kind, "counts_from": window.counts_from,
        "start": days.start.day.isoformat(), "opens": days.opens.isoformat(),
        "closes": days.closes.isoformat(), "today": today.isoformat(),
        "applies_from": window.applies_from.isoformat() if window.applies_from else None,
        "evidence": window.evidence,
        "estimated_from": days.start.taken_from if days.start.estimated else None,
    }
    from_reports: ReportDate | None = ctx.shared.get(REPORT_DATE)
    if from_reports is not None:
        data["start_from_report"] = from_reports.to_data()
    advice = advice_values(plan.advice, ctx)
    if advice["advice_data"] is not None:
        data["advice"] = advice["advice_data"]
    location = case.field_location(days.start.taken_from)
    shown = {"window": _window_text(days, ctx.lang),
             "standing": _standing(days, model.marketplace, ctx.lang), "advice": advice["advice"]}
    if today < days.opens:
        left = (days.opens - today).days
        yield ctx.finding("D008", location=location, cited=window,
                          data={**data, "days_until": left}, span=_span(left, ctx.lang), **shown)
    elif today > days.closes:
        past = (today - days.closes).days
        yield ctx.finding("D001", location=location, cited=window,
                          variant="estimated" if days.start.estimated else None,
                          data={**data, "days_past": past}, span=_span(past, ctx.lang), **shown)
    else:
        left = (days.closes - today).days
        closing = ctx.type_pack.claim_window_closing
        if closing is not None and left < closing.value:
            yield ctx.finding(
                "D002", location=location, cited=window, variant="today" if left == 0 else None,
                data={**data, "days_left": left, "warn_days": closing.value},
                span=_span(left, ctx.lang), **shown,
            )


def _enabled(ctx: Context, code: str) -> bool:
    model = ctx.case.model
    return ctx.config.enabled(code, tuple(model.ignore) if model is not None else ())


@checker("D003", "D004", reads={CLOCK, REPORTS})
def appeal_clock(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    plan = timing_plan(case, ctx)
    model = case.model
    deactivated = getattr(model, "deactivated_at", None)
    clock = ctx.type_pack.appeal_clock
    if plan is None or not isinstance(deactivated, dt.datetime) or clock is None:
        return
    hours = (ctx.now - deactivated).total_seconds() / 3600
    ctx.stable_until(first_after(ctx.now, *(deactivated + dt.timedelta(hours=limit)
                                            for limit in (clock.prompt_hours, clock.late_hours))))
    if hours <= clock.prompt_hours and hours <= clock.late_hours:
        return
    ctx.stable_until(rounded_hours_change(deactivated, ctx.now))  # the hours the data shows
    advice = advice_values(plan.advice, ctx)
    data = {"deactivated_at": deactivated.isoformat(), "hours": round(hours, 1),
            "prompt_hours": clock.prompt_hours, "late_hours": clock.late_hours,
            "advice": advice["advice_data"]}
    location = case.field_location("deactivated_at")
    # The late warning says all the prompt note would; the note stands in when it is off.
    if hours > clock.late_hours and _enabled(ctx, "D003"):
        yield ctx.finding("D003", location=location, cited=clock, data=data,
                          advice=advice["advice"])
    elif hours > clock.prompt_hours:
        yield ctx.finding("D004", location=location, cited=clock, data=data,
                          advice=advice["advice"])


# --- when to submit --------------------------------------------------------------------------

@checker("D005", "D006", reads={CLOCK, REPORTS})
def submission_time(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    plan = timing_plan(case, ctx)
    if plan is None or plan.advice is None or case.model is None:
        return
    support, advice = plan.support, plan.advice
    hours = support.hours
    off_hours = hours is not None and not in_submission_window(ctx.now, hours)
    peak = support.peak_on(ctx.now)
    known_until = max(calendar_years(ctx.packs.calendar), default=None)
    day = ctx.now.astimezone(support.zone).date()
    unknown = bool(support.windows) and (known_until is None or day.year > known_until)
    ctx.stable_until(day_changes(ctx.now, support.zone))
    ctx.stable_until(hours_change(ctx.now, hours) if hours is not None else None)
    if not off_hours and peak is None and not unknown:
        return
    ctx.stable_until(ctx.now)  # the findings quote the moment itself
    shown_zone = ZoneInfo(hours.timezone) if hours is not None else support.zone
    values = advice_values(advice, ctx)
    shown = {"when": show_moment(ctx.now.astimezone(shown_zone), ctx.lang),
             "advice": values["advice"]}
    slot_data = {"submit_at": ctx.now.isoformat(), "next_slot": advice.best.isoformat(),
                 "next_slot_seller": advice.best.astimezone(ctx.now.tzinfo).isoformat(),
                 "advice": values["advice_data"]}
    location = case.field_location("submit_at") if case.model.submit_at else None
    if off_hours and hours is not None:
        yield ctx.finding(
            "D005", location=location, cited=hours, data={
                **slot_data, "marketplace": case.model.marketplace, "timezone": hours.timezone,
                "opens": hours.opens.strftime("%H:%M"), "closes": hours.closes.strftime("%H:%M"),
            }, **shown,
        )
    if peak is not None:
        window = peak.window
        delay = window.delay
        variant = "closed" if window.kind == "closed" else None if delay else "no-delay"
        yield ctx.finding(
            "D006", variant=variant, location=location, cited=window, data={
                **slot_data, "window": window.name, "kind": window.kind,
                "first_day": peak.first.isoformat(), "last_day": peak.last.isoformat(),
                "min_delay_hours": delay.min_hours if delay else None,
                "max_delay_hours": delay.max_hours if delay else None,
            }, label=window.label.get(ctx.lang) or window.label["en"], **shown,
        )
    elif unknown:
        yield ctx.finding(
            "D006", variant="unknown", location=location,
            data={**slot_data, "window": None, "known_until": known_until, "year": day.year},
            **shown,
        )


# --- dates in the future ---------------------------------------------------------------------

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
    # As time passes a date in the future can only come to pass: no finding, none later.
    ctx.stable_until(None)
    # A plain date is in the future only when it is after the date both where the seller
    # is and where the marketplace is: the seller writes dates in their own calendar.
    latest_day = max(when.date(), when.astimezone(market_zone(ctx)).date())
    for name in type(model).model_fields:
        value = getattr(model, name)
        if name in _COMMON_DATES or not isinstance(value, dt.date):
            continue
        future = value > when if isinstance(value, dt.datetime) else value > latest_day
        if future:
            ctx.stable_until(when if when is ctx.reference_time else None)  # quoted, moving
            yield ctx.finding("D007", location=case.field_location(name), data={
                "field": name, "value": value.isoformat(), "submit_at": when.isoformat(),
            })
