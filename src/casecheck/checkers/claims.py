"""Claim policy rules: what Amazon's reimbursement policy in force on the submission day says of
a claim beyond its window. Amazon reimburses some losses on its own (D010), and values a loss
before a customer order at the manufacturing cost, not the sale price (D011).

Like the timing rules they look at drafts outside template mode, on the marketplace's day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar

from casecheck.checkers.timing import market_day
from casecheck.engine import CLOCK, REPORTS, Context, checker
from casecheck.findings import Finding
from casecheck.loader import LoadedCase
from casecheck.prose import iter_matches, phrase_set
from casecheck.timing import Scoped, applies_in, regions_of, specificity


class _Dated(Scoped, Protocol):
    @property
    def claim_kinds(self) -> list[str]: ...

    @property
    def applies_from(self) -> dt.date: ...


Entry = TypeVar("Entry", bound=_Dated)


def _in_force(
    entries: Sequence[Entry], case: LoadedCase, ctx: Context
) -> tuple[Entry, dt.date] | None:
    """The entry for the case's claim kind and marketplace in force on the submission day: the
    latest, then the most specific; and that day."""
    model = case.model
    claim_kind = getattr(model, "claim_kind", None)
    if model is None or claim_kind is None or ctx.template or model.status != "draft":
        return None
    today = market_day(ctx)
    regions = regions_of(model.marketplace, ctx.type_pack.claim_regions)
    found = [e for e in entries if str(claim_kind) in e.claim_kinds and e.applies_from <= today
             and applies_in(e, model.marketplace, regions)]
    best = max(found, key=lambda e: (e.applies_from, specificity(e)), default=None)
    return (best, today) if best is not None else None


@checker("D010", reads={CLOCK, REPORTS})
def automatic_reimbursement(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    hit = _in_force(ctx.type_pack.automatic_reimbursements, case, ctx)
    if hit is None or case.model is None:
        return
    reports = ctx.reports
    if reports is not None:
        from casecheck.reports.claims import reimbursements_checked  # noqa: PLC0415 - start-up: the reports (--reports only)

        if reimbursements_checked(reports, case.model):
            return  # the reimbursements report was checked: S001 says when Amazon paid
    entry, today = hit
    claim_kind = getattr(case.model, "claim_kind", None)
    yield ctx.finding(
        "D010", location=case.field_location("claim_kind"), cited=entry, data={
            "claim_kind": claim_kind, "marketplace": case.model.marketplace,
            "since": entry.applies_from.isoformat(), "today": today.isoformat(),
        },
    )


@checker("D011", reads={CLOCK})
def valuation(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    hit = _in_force(ctx.type_pack.valuations, case, ctx)
    if hit is None or case.model is None or not case.message:
        return
    entry, _ = hit
    asked = next(iter_matches(phrase_set(tuple(entry.sale_price_cues)), case.message), None)
    if asked is None:
        return
    line, match = asked
    yield ctx.finding(
        "D011", location=case.message_location(line), cited=entry, data={
            "claim_kind": getattr(case.model, "claim_kind", None),
            "marketplace": case.model.marketplace, "since": entry.applies_from.isoformat(),
            "basis": entry.basis, "phrase": match.group(),
        },
    )
