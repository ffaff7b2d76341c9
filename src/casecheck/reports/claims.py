"""A reimbursement claim held against the reports: what was reimbursed already, how many units
the reports say are missing, whether they know its IDs, and the dates they give.

Pure functions of a case model and a ``ReportIndex``; the checkers turn them into findings,
``casecheck log`` into columns, and the claim-window checker asks ``start_from_reports`` for a date
the manifest leaves out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from casecheck.models import CaseBase
from casecheck.reports.columns import ReportKind, normalise
from casecheck.reports.index import ReportIndex
from casecheck.reports.rows import CustomerReturn, LedgerEvent, Reimbursement, Row, ShipmentItem
from casecheck.reports.wanted import normal_id

CLAIM_REASONS: dict[str, frozenset[str]] = {
    "inbound-lost": frozenset({"lostinbound"}),
    "warehouse-lost": frozenset({"lostwarehouse"}),
    "warehouse-damaged": frozenset({"damagedwarehouse"}),
    "customer-return": frozenset({"customerreturn", "customerserviceissue"}),
    "removal-lost": frozenset({"removalorderlost", "lostremoval"}),
    "removal-damaged": frozenset({"removalorderdamaged", "damagedremoval"}),
}
"""The ``reason`` values of the FBA Reimbursements report (normalised: ``Lost_Warehouse`` is
``lostwarehouse``) that settle each claim kind."""
REVERSAL_REASON = "reimbursementreversal"

LEDGER_FOUND = frozenset({"f"})
"""Adjustment reason codes of the Inventory Ledger (the download writes codes, the page shows
descriptions): F, inventory found. N (transferred in, or an inventory reimbursement) is left
out: the reimbursement report counts those units already."""
LEDGER_LOST = frozenset({"m", "5"})
"""M and 5: inventory misplaced."""
LEDGER_DAMAGED = frozenset({"6", "7", "e", "h", "k", "u"})
"""6, 7, E, H, K, U: damaged at an Amazon fulfilment centre."""

EVENT_DATE_FIELDS = ("shipped_at", "delivered_at", "reported_at", "refunded_at")
"""The manifest dates a claim's events happened on: a reimbursement or a found unit dated
before the earliest of them belongs to another event."""


def _reason(text: str) -> str:
    return normalise(text)


def is_found(event: LedgerEvent) -> bool:
    reason = _reason(event.reason)
    return reason in LEDGER_FOUND or "found" in reason


def is_lost(event: LedgerEvent) -> bool:
    reason = _reason(event.reason)
    return reason in LEDGER_LOST or "misplaced" in reason or "lost" in reason


def is_damaged(event: LedgerEvent) -> bool:
    reason = _reason(event.reason)
    return reason in LEDGER_DAMAGED or "damaged" in reason


def is_adjustment(event: LedgerEvent) -> bool:
    return _reason(event.event_type).startswith("adjustment")


def is_receipt(event: LedgerEvent) -> bool:
    return _reason(event.event_type).startswith("receipt")


@dataclass(frozen=True)
class Claim:
    """What a reimbursement case claims, with its IDs as the reports write them."""

    claim_kind: str
    case_id: str | None
    order_ids: frozenset[str]
    shipment_ids: frozenset[str]
    fnskus: frozenset[str]
    since: dt.date | None
    units_expected: int | None
    units_received: int | None

    @classmethod
    def of(cls, model: CaseBase) -> Claim | None:
        claim_kind = getattr(model, "claim_kind", None)
        if claim_kind is None:
            return None
        days = [getattr(model, name, None) for name in EVENT_DATE_FIELDS]
        return cls(
            str(claim_kind), normal_id(model.case_id) if model.case_id else None,
            frozenset(normal_id(v) for v in model.ids.order_ids),
            frozenset(normal_id(v) for v in model.ids.shipment_ids),
            frozenset(normal_id(v) for v in model.ids.fnskus),
            min((d for d in days if isinstance(d, dt.date)), default=None),
            getattr(model, "units_expected", None), getattr(model, "units_received", None),
        )

    @property
    def units_claimed(self) -> int | None:
        if self.units_expected is None or self.units_received is None:
            return None
        return self.units_expected - self.units_received

    def after(self, day: str) -> bool:
        """Whether a report's ``day`` (ISO) is on or after the claim's first event."""
        return self.since is None or (bool(day) and day >= self.since.isoformat())


def claim_fnskus(index: ReportIndex, claim: Claim) -> frozenset[str]:
    """The FNSKUs a claim is about: the manifest's, else those the claimed shipments hold."""
    if claim.fnskus:
        return claim.fnskus
    return frozenset(item.fnsku for item in _items(index, claim) if item.fnsku)


def _items(index: ReportIndex, claim: Claim) -> list[ShipmentItem]:
    return index.rows_with(ShipmentItem, "shipment_id", claim.shipment_ids)


def _paid_rows(index: ReportIndex, attribute: str, values: Iterable[str]) -> list[Reimbursement]:
    return [r for r in index.rows_with(Reimbursement, attribute, values)
            if _reason(r.reason) != REVERSAL_REASON]


def _reversals(index: ReportIndex, rows: Iterable[Reimbursement]) -> tuple[Reimbursement, ...]:
    """The rows that reverse one of ``rows`` (by their original-reimbursement-id)."""
    found = tuple(r for r in index.rows_with(Reimbursement, "original_id",
                                             [row.reimbursement_id for row in rows]))
    return tuple(r for r in found if r not in rows)


@dataclass(frozen=True)
class Reimbursed:
    """The reimbursements that settle a claim, net of their reversals."""

    rows: tuple[Reimbursement, ...]
    reversals: tuple[Reimbursement, ...]
    by_case_id: bool
    """Matched by the case's own case ID (else by its IDs and reason only)."""

    @property
    def units(self) -> int:
        return sum(r.units for r in self.rows) - sum(abs(r.units) for r in self.reversals)

    def units_of(self, fnsku: str) -> int:
        return (sum(r.units for r in self.rows if r.fnsku == fnsku)
                - sum(abs(r.units) for r in self.reversals if r.fnsku == fnsku))

    @property
    def amounts(self) -> dict[str, Decimal]:
        """Net amount per currency."""
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for row in self.rows:
            totals[row.currency] += Decimal(row.amount)
        for row in self.reversals:
            totals[row.currency] -= abs(Decimal(row.amount))
        return dict(sorted(totals.items()))

    @property
    def first_approved(self) -> str:
        return min(r.approved for r in self.rows)

    def to_data(self) -> list[dict[str, Any]]:
        return [reimbursement_data(row) for row in (*self.rows, *self.reversals)]


def reimbursement_data(row: Reimbursement) -> dict[str, Any]:
    return {
        "reimbursement_id": row.reimbursement_id, "approved": row.approved,
        "case_id": row.case_id or None, "order_id": row.order_id or None, "reason": row.reason,
        "fnsku": row.fnsku or None, "units": row.units, "units_cash": row.units_cash,
        "units_inventory": row.units_inventory, "amount": row.amount, "currency": row.currency,
        "original_id": row.original_id or None, **row.where,
    }


def reimbursed(index: ReportIndex, claim: Claim) -> Reimbursed | None:
    """The reimbursements for this claim: those naming its case ID, and those for its order
    IDs or FNSKUs with a reason that settles its claim kind, approved after its first event.
    None when there is none (or when reversals cancel them all)."""
    reasons = CLAIM_REASONS.get(claim.claim_kind, frozenset())
    by_case_id = _paid_rows(index, "case_id", [claim.case_id] if claim.case_id else [])
    candidates = [*index.rows_with(Reimbursement, "order_id", claim.order_ids),
                  *index.rows_with(Reimbursement, "fnsku", claim_fnskus(index, claim))]
    by_ids = [r for r in dict.fromkeys(candidates)
              if r not in by_case_id and _reason(r.reason) in reasons and claim.after(r.approved)]
    rows = tuple(sorted(by_case_id + by_ids, key=lambda r: (r.file, r.line)))
    found = Reimbursed(rows, _reversals(index, rows), bool(by_case_id))
    if not rows or (found.units <= 0 and sum(found.amounts.values(), Decimal(0)) <= 0):
        return None
    return found


def reimbursed_case(index: ReportIndex, case_id: str) -> Reimbursed | None:
    """The reimbursements naming ``case_id``: for ``casecheck log``."""
    rows = tuple(_paid_rows(index, "case_id", [normal_id(case_id)]))
    return Reimbursed(rows, _reversals(index, rows), True) if rows else None


@dataclass(frozen=True)
class FnskuUnits:
    """One FNSKU of a claim as the reports count it."""

    fnsku: str
    shipped: int | None
    received: int | None
    reimbursed: int
    found: int

    @property
    def missing(self) -> int | None:
        """Units neither received, reimbursed nor found; None without shipment items."""
        if self.shipped is None or self.received is None:
            return None
        return max(0, self.shipped - self.received - self.reimbursed - self.found)

    def to_data(self) -> dict[str, Any]:
        return {"fnsku": self.fnsku, "shipped": self.shipped, "received": self.received,
                "reimbursed": self.reimbursed, "found": self.found, "missing": self.missing}


def found_units(index: ReportIndex, claim: Claim, fnsku: str) -> int:
    """Units of ``fnsku`` the ledger found again (F adjustments) after the claim's event."""
    return sum(abs(e.quantity) for e in index.rows_with(LedgerEvent, "fnsku", [fnsku])
               if is_adjustment(e) and is_found(e) and claim.after(e.day))


def unit_counts(
    index: ReportIndex, claim: Claim, paid: Reimbursed | None
) -> tuple[FnskuUnits, ...]:
    """Per FNSKU of the claim: shipped and received (from the shipment items of its shipments,
    when a shipment-items report is given), reimbursed, and found in the ledger."""
    with_items = bool(index.usable(ReportKind.SHIPMENT_ITEMS))
    claimed_items = _items(index, claim)
    counts = []
    for fnsku in sorted(claim_fnskus(index, claim)):
        items = [i for i in claimed_items if i.fnsku == fnsku]
        shipped = sum(i.shipped for i in items) if with_items and items else None
        received = sum(i.received for i in items) if with_items and items else None
        counts.append(FnskuUnits(fnsku, shipped, received,
                                 paid.units_of(fnsku) if paid is not None else 0,
                                 found_units(index, claim, fnsku)))
    return tuple(counts)


@dataclass(frozen=True)
class ReportDate:
    """A date a report gives for a manifest field, and the row it comes from."""

    field: str
    day: dt.date
    row: Row
    event: str
    """What the row records: ``lost``, ``damaged``, ``received``, ``returned``."""

    def to_data(self) -> dict[str, Any]:
        return {"field": self.field, "day": self.day.isoformat(), "event": self.event,
                **self.row.where}


def _earliest(rows: Iterable[tuple[str, Row]]) -> tuple[str, Row] | None:
    dated = sorted(((day, row) for day, row in rows if day),
                   key=lambda pair: (pair[0], pair[1].file, pair[1].line))
    return dated[0] if dated else None


def start_from_reports(
    index: ReportIndex, model: CaseBase, counts_from: str
) -> ReportDate | None:
    """The date a claim window counts from, from the reports, when the manifest lacks it:

    - ``reported_at``: the first ledger adjustment that lost (M, 5) or damaged (6, 7, E, H,
      K, U) units of the claim's FNSKUs, as its claim kind says;
    - ``delivered_at`` of an inbound claim: the first ledger receipt of a claimed shipment
      (the day the fulfilment centre received it);
    - ``refunded_at``: the first return of a claimed order in the customer returns report.
    """
    claim = Claim.of(model)
    if claim is None:
        return None
    found: tuple[str, Row] | None = None
    event = ""
    if counts_from == "reported_at":
        wanted = is_damaged if "damaged" in claim.claim_kind else is_lost
        event = "damaged" if "damaged" in claim.claim_kind else "lost"
        events = index.rows_with(LedgerEvent, "fnsku", claim_fnskus(index, claim))
        found = _earliest((e.day, e) for e in events if is_adjustment(e) and wanted(e))
    elif counts_from == "delivered_at" and claim.claim_kind == "inbound-lost":
        # A removal is delivered back to the seller, which no report here records.
        event = "received"
        events = index.rows_with(LedgerEvent, "reference_id", claim.shipment_ids)
        found = _earliest((e.day, e) for e in events if is_receipt(e))
    elif counts_from == "refunded_at":
        event = "returned"
        found = _earliest((r.returned, r) for r in
                          index.rows_with(CustomerReturn, "order_id", claim.order_ids))
    if found is None:
        return None
    return ReportDate(counts_from, dt.date.fromisoformat(found[0]), found[1], event)


def knows_shipment(index: ReportIndex, shipment_id: str) -> bool:
    """Whether a shipment-items report lists the shipment, or the ledger received it."""
    wanted = [normal_id(shipment_id)]
    return bool(index.rows_with(ShipmentItem, "shipment_id", wanted)
                or index.rows_with(LedgerEvent, "reference_id", wanted))


def knows_order(index: ReportIndex, order_id: str) -> bool:
    """Whether any report names the order: a return, a reimbursement or a ledger event."""
    wanted = [normal_id(order_id)]
    return bool(index.rows_with(CustomerReturn, "order_id", wanted)
                or index.rows_with(Reimbursement, "order_id", wanted)
                or index.rows_with(LedgerEvent, "reference_id", wanted))


def covers_day(index: ReportIndex, kind: ReportKind, day: dt.date | None) -> bool:
    """Whether the usable reports of ``kind`` hold rows and span ``day`` (from their first
    row's date to their last): a report downloaded for October says nothing of a refund in
    June. Without a day, any report with rows covers it."""
    files = [f for f in index.usable(kind) if f.rows_read]
    if not files or day is None:
        return bool(files)
    shown = day.isoformat()
    return any(f.first_day is not None and f.last_day is not None
               and min(f.first_day, f.last_day) <= shown <= max(f.first_day, f.last_day)
               for f in files)


def reimbursements_checked(index: ReportIndex, model: CaseBase) -> bool:
    """Whether a reimbursements report with rows runs to the claim's first event or later:
    then the report answers whether Amazon paid the claim on its own (S001 says so when it
    did), as D010 asks the seller to find out before opening a case."""
    claim = Claim.of(model)
    if claim is None:
        return False
    return any(f.rows_read and (claim.since is None or max(f.first_day or "", f.last_day or "")
                                >= claim.since.isoformat())
               for f in index.usable(ReportKind.REIMBURSEMENTS))
