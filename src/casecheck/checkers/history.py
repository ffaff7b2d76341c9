"""History rules: no second case about the same problem, earlier cases referenced, and
follow-ups on cases that wait too long for an answer.

The repository is every case folder under the common root of the checked paths (or
``Config.repository``); two cases are about the same problem when they have the same type
and share an ID (order ID, ASIN, shipment ID, GTIN, FNSKU or tracking number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from casecheck.engine import CLOCK, REPOSITORY, Context, checker
from casecheck.findings import Finding, Severity
from casecheck.loader import LoadedCase
from casecheck.models import CaseBase
from casecheck.repository import ACTIVE_STATUSES, case_id_keys
from casecheck.timing import waiting_since


def _earlier(other: CaseBase, model: CaseBase, now: dt.datetime) -> bool:
    """``other`` went to Seller Support before ``model`` did (or before now, for a draft)."""
    if other.status == "draft" or other.case_id is None:
        return False
    if other.submitted_at is None:
        return True
    return other.submitted_at < (model.submitted_at or now)


def _shown_ids(shared: list[tuple[str, str]]) -> str:
    return ", ".join(value for _, value in shared)


@checker("H001", "H002", reads={CLOCK, REPOSITORY})
def same_problem(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    if model is None or ctx.template or ctx.repository is None:
        return
    mine = case_id_keys(model)
    if not mine:
        return
    prior = {p.strip() for p in model.prior_cases}
    for other, shared in ctx.repository.same_problem(model, case.root):
        field, value = shared[0]
        location = case.field_location(f"ids.{field}[{mine[(field, value)]}]")
        data = {
            "type": model.type, "other": other.display_path, "other_status": other.model.status,
            "other_case_id": other.model.case_id, "ids": [v for _, v in shared],
        }
        if model.status in ACTIVE_STATUSES and other.model.status in ACTIVE_STATUSES:
            yield ctx.finding("H001", location=location,
                              variant="submitted" if other.model.case_id else None,
                              data=data, shown_ids=_shown_ids(shared))
        elif (_earlier(other.model, model, ctx.now) and other.model.case_id not in prior
              and other.model.case_id != model.case_id):
            yield ctx.finding("H002", location=location, data=data, shown_ids=_shown_ids(shared))


@checker("H003", reads={CLOCK})
def follow_up(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    since = waiting_since(model) if model is not None and not ctx.template else None
    if model is None or since is None:
        return
    rules = ctx.packs.calendar.follow_up
    hours = (ctx.now - since).total_seconds() / 3600
    if hours <= rules.check_after_hours:
        return
    escalate = hours > rules.escalate_after_hours
    field = "last_reply_at" if since == model.last_reply_at else "submitted_at"
    finding = ctx.finding(
        "H003", variant="escalate" if escalate else None, cited=rules,
        location=case.field_location(field), data={
            "since": since.isoformat(), "hours": round(hours, 1), "case_id": model.case_id,
            "check_after_hours": rules.check_after_hours,
            "escalate_after_hours": rules.escalate_after_hours,
        }, case_label=model.case_id or case.display_path,
    )
    yield finding.with_severity(Severity.WARNING) if escalate else finding
