"""Seller Central reports rules: a reimbursement claim held against the seller's own reports.

They run only with a reports folder (``--reports DIR``, ``reports = "..."``, or
``Config.reports``) and only on claims (a case with a ``claim_kind``) outside template mode.
The planning rules (S001, S002, S003) look at drafts; S006 at submitted cases, which may have
been paid meanwhile; S004 and S005 say, on every claim, which report files could not be used
fully. What they compute lives in ``casecheck.reports.claims``; here it becomes findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from casecheck.catalog import listed, word
from casecheck.engine import REPORTS, Context, checker
from casecheck.findings import Finding, Location
from casecheck.loader import LoadedCase
from casecheck.models import CaseBase

if TYPE_CHECKING:  # the readers are imported by the rules only when a run has reports
    from casecheck.reports.claims import Claim, FnskuUnits, Reimbursed
    from casecheck.reports.columns import ReportKind
    from casecheck.reports.index import ReportFile, ReportIndex
    from casecheck.reports.rows import Reimbursement

WAITING = frozenset({"submitted", "open", "answered"})
"""A claim in one of these waits for Amazon, which may have paid it without answering."""
SETTLED = frozenset({"resolved", "closed"})


def _claim(case: LoadedCase, ctx: Context) -> tuple[CaseBase, Claim, ReportIndex] | None:
    index = ctx.reports
    model = case.model
    if index is None or model is None or ctx.template or model.status in SETTLED:
        return None
    from casecheck.reports.claims import Claim  # noqa: PLC0415 - start-up: the reports (--reports only)

    claim = Claim.of(model)
    if claim is None:
        return None
    return model, claim, index


def paid_while_waiting(case: LoadedCase, ctx: Context) -> Reimbursed | None:
    """What the reports show paid of a claim that still waits for Amazon's answer (S006).
    H003 asks no follow-up on such a case: it tells the seller to mark it resolved instead."""
    found = _claim(case, ctx)
    if found is None or found[0].status not in WAITING:
        return None
    from casecheck.reports.claims import reimbursed  # noqa: PLC0415 - start-up: the reports (--reports only)

    return reimbursed(found[2], found[1])


def _join(items: Iterable[str], lang: str, separator: str | None = None) -> str:
    """Names as a sentence lists them (``catalog.listed``), or items joined by a word of
    ``[reports]`` (``items``: reimbursements and FNSKU counts, each a phrase of its own)."""
    if separator is None:
        return listed(list(items), lang)
    return word("reports", separator, lang).join(items)


def shown_file(index: ReportIndex, name: str) -> str:
    """A report file as messages show it: below the reports folder as the user gave it."""
    return name if index.shown in ("", ".") else f"{index.shown.rstrip('/')}/{name}"


def show_amounts(amounts: Mapping[str, Decimal], lang: str) -> str:
    return _join((f"{value} {currency}".strip() for currency, value in amounts.items()), lang)


def _reimbursement_text(index: ReportIndex, row: Reimbursement, lang: str, key: str) -> str:
    return word("reports", key, lang).format(
        id=row.reimbursement_id, day=row.approved, units=row.units,
        amount=f"{row.amount} {row.currency}".strip(), file=shown_file(index, row.file),
        line=row.line,
    )


def show_reimbursements(index: ReportIndex, paid: Reimbursed, lang: str) -> str:
    texts = [_reimbursement_text(index, row, lang, "reimbursement") for row in paid.rows]
    texts += [_reimbursement_text(index, row, lang, "reversal") for row in paid.reversals]
    return _join(texts, lang, "items")


def _matched(paid: Reimbursed, claim: Claim, fnskus: frozenset[str], lang: str) -> str:
    shown: dict[str, None] = {}
    for row in paid.rows:
        if row.order_id and row.order_id in claim.order_ids:
            shown[word("reports", "order", lang).format(id=row.order_id)] = None
        elif row.fnsku and row.fnsku in fnskus:
            shown[word("reports", "fnsku", lang).format(id=row.fnsku)] = None
    return _join(shown, lang)


def _id_location(case: LoadedCase, model: CaseBase, row: Reimbursement) -> Location:
    """The manifest field of the ID a reimbursement matched by: an order ID or an FNSKU,
    else the shipment whose items hold the FNSKU."""
    from casecheck.reports.wanted import normal_id  # noqa: PLC0415 - start-up: the reports (--reports only)

    for name, value in (("order_ids", row.order_id), ("fnskus", row.fnsku)):
        for number, given in enumerate(getattr(model.ids, name)):
            if value and normal_id(given) == value:
                return case.field_location(f"ids.{name}[{number}]")
    if model.ids.shipment_ids:
        return case.field_location("ids.shipment_ids[0]")
    return case.field_location("claim_kind")


def _paid_data(paid: Reimbursed, claim: Claim) -> dict[str, Any]:
    return {
        "reimbursements": paid.to_data(), "units_reimbursed": paid.units,
        "amounts": {currency: str(value) for currency, value in paid.amounts.items()},
        "units_claimed": claim.units_claimed,
        "matched_by": "case_id" if paid.by_case_id else "ids",
    }


@checker("S001", "S006", reads={REPORTS})
def already_reimbursed(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    found = _claim(case, ctx)
    if found is None:
        return
    from casecheck.reports.claims import claim_fnskus, reimbursed  # noqa: PLC0415 - start-up: the reports (--reports only)

    model, claim, index = found
    paid = reimbursed(index, claim)
    if paid is None:
        return
    claimed = claim.units_claimed
    values: dict[str, Any] = {
        "units": paid.units, "amount": show_amounts(paid.amounts, ctx.lang),
        "reimbursements": show_reimbursements(index, paid, ctx.lang),
        "matched": _matched(paid, claim, claim_fnskus(index, claim), ctx.lang),
        "claimed": claimed, "first_id": paid.rows[0].reimbursement_id,
        "case_id": model.case_id,
    }
    location = (case.field_location("case_id") if paid.by_case_id
                else _id_location(case, model, paid.rows[0]))
    if model.status == "draft":
        if claimed is not None and paid.units < claimed:
            return  # paid in part: S002 counts what remains
        variant = "case-id" if paid.by_case_id else "units-unknown" if claimed is None else None
        yield ctx.finding("S001", location=location, variant=variant,
                          data=_paid_data(paid, claim), **values)
    elif model.status in WAITING:
        yield ctx.finding("S006", location=location, variant=None if paid.by_case_id else "ids",
                          data=_paid_data(paid, claim), **values)


def _breakdown(counts: Iterable[FnskuUnits], key: str, lang: str) -> str:
    return _join((word("reports", key, lang).format(**count.to_data()) for count in counts),
                 lang, "items")


@checker("S002", reads={REPORTS})
def units_missing(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    found = _claim(case, ctx)
    if found is None or found[0].status != "draft":
        return
    from casecheck.reports.claims import reimbursed, unit_counts  # noqa: PLC0415 - start-up: the reports (--reports only)

    _, claim, index = found
    claimed = claim.units_claimed
    if claimed is None or claim.units_expected is None:
        return
    paid = reimbursed(index, claim)
    if paid is not None and paid.units >= claimed:
        return  # S001 says it is paid
    counts = unit_counts(index, claim, paid)
    data: dict[str, Any] = {
        "units_claimed": claimed, "units_expected": claim.units_expected,
        "units_received": claim.units_received, "fnskus": [c.to_data() for c in counts],
    }
    location = case.field_location("units_received")
    counted_items = [c for c in counts if c.missing is not None]
    if counted_items:
        counted = sum(c.missing or 0 for c in counted_items)
        if counted == claimed:
            return
        yield ctx.finding(
            "S002", location=location, data={**data, "units_in_reports": counted},
            claimed=claimed, counted=counted,
            breakdown=_breakdown(counted_items, "units-shipped", ctx.lang),
            shipped=sum(c.shipped or 0 for c in counted_items),
            received=sum(c.received or 0 for c in counted_items),
        )
        return
    reimbursed_units = paid.units if paid is not None else 0
    found_units = sum(c.found for c in counts)
    if reimbursed_units + found_units <= 0:
        return
    left = max(0, claimed - reimbursed_units - found_units)
    shown = [c for c in counts if c.reimbursed or c.found]
    breakdown = (_breakdown(shown, "units-settled", ctx.lang) if shown or paid is None
                 else show_reimbursements(index, paid, ctx.lang))
    yield ctx.finding(
        "S002", location=location, variant="none-left" if left == 0 else "settled",
        data={**data, "units_in_reports": left, "units_reimbursed": reimbursed_units,
              "units_found": found_units},
        claimed=claimed, reimbursed=reimbursed_units, found=found_units, left=left,
        fix_received=claim.units_expected - left, breakdown=breakdown,
    )


def _names(index: ReportIndex, files: Iterable[ReportFile], lang: str) -> str:
    return _join((shown_file(index, f.name) for f in files), lang)


@checker("S003", reads={REPORTS})
def unknown_ids(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    found = _claim(case, ctx)
    if found is None or found[0].status != "draft":
        return
    from casecheck.reports.claims import covers_day, knows_order, knows_shipment  # noqa: PLC0415 - start-up: the reports (--reports only)
    from casecheck.reports.columns import ReportKind  # noqa: PLC0415 - start-up: the reports (--reports only)

    model, claim, index = found
    item_files = [f for f in index.usable(ReportKind.SHIPMENT_ITEMS) if f.rows_read]
    if item_files:
        searched = (*item_files, *index.usable(ReportKind.LEDGER))
        for number, shipment in enumerate(model.ids.shipment_ids):
            if not knows_shipment(index, shipment):
                yield ctx.finding(
                    "S003", location=case.field_location(f"ids.shipment_ids[{number}]"),
                    data={"id": shipment, "kind": "shipment_ids",
                          "files": [f.name for f in searched]},
                    files=_names(index, searched, ctx.lang),
                )
    refunded = getattr(model, "refunded_at", None)
    if claim.claim_kind == "customer-return" and covers_day(index, ReportKind.RETURNS, refunded):
        return_files = index.usable(ReportKind.RETURNS)
        searched = (*return_files, *index.usable(ReportKind.REIMBURSEMENTS),
                    *index.usable(ReportKind.LEDGER))
        for number, order in enumerate(model.ids.order_ids):
            if not knows_order(index, order):
                yield ctx.finding(
                    "S003", location=case.field_location(f"ids.order_ids[{number}]"),
                    variant="order", data={"id": order, "kind": "order_ids",
                                           "files": [f.name for f in searched]},
                    files=_names(index, searched, ctx.lang),
                )


def report_name(kind: ReportKind | str, lang: str) -> str:
    return word("reports", str(kind), lang)


@checker("S004", "S005", reads={REPORTS})
def report_problems(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    found = _claim(case, ctx)
    if found is None:
        return
    from casecheck.reports.columns import REPORTS as REPORT_SPECS  # noqa: PLC0415 - start-up: the reports (--reports only)
    from casecheck.reports.columns import SPECS  # noqa: PLC0415 - start-up: the reports (--reports only)

    index = found[2]
    for report in index.files:
        spec = SPECS.get(report.kind) if report.kind else None
        data: dict[str, Any] = {
            "report_file": report.name, "reports_folder": index.shown,
            "report": str(report.kind) if report.kind else None,
            "report_type": spec.report_type if spec else None,
        }
        shown: dict[str, Any] = {
            "path": shown_file(index, report.name),
            "report": report_name(report.kind, ctx.lang) if report.kind else "",
        }
        if report.problem is not None:
            values = dict(report.problem.values)
            data.update(problem=report.problem.variant, **values)
            if "columns" in values:
                shown["columns"] = _join(values["columns"], ctx.lang)
            if "expected" in values:
                shown["expected"] = word("reports", values["expected"], ctx.lang)
            shown["reports"] = _join((report_name(s.kind, ctx.lang) for s in REPORT_SPECS),
                                     ctx.lang)
            variant = None if report.problem.variant == "unopenable" else report.problem.variant
            yield ctx.finding("S004", variant=variant, data=data, **shown)
        elif report.missing:
            yield ctx.finding("S005", data={**data, "columns": list(report.missing)},
                              columns=_join(report.missing, ctx.lang), **{
                                  k: v for k, v in shown.items() if k != "columns"})
