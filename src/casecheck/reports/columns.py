"""The four Seller Central reports casecheck reads, told apart by their header row.

Amazon's SP-API report attribute pages name the columns (``approval-date``, ``EventType``);
the files a seller downloads spell the same columns with spaces (``Event Type``) or
hyphens, and "returned fields may vary". So a header is compared after normalising case,
spaces, hyphens and underscores, a report is recognised by how many of its columns the
header has (never by the file's name), columns casecheck does not know are ignored, and a
column it needs but does not find is named.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

HEADER_SEARCH_LINES = 12
"""A report's header is its first line; an export with a few lines of preamble (the Manage
FBA Shipments export starts with ``Shipment ID``, ``Name``, ``Plan ID``) has it a few lines
down. Past this many lines a file is no report."""

DELIMITERS = ("\t", ",", ";")
"""Amazon's downloads are tab-separated (``.txt``, ``.tsv``) or comma-separated (``.csv``); a
spreadsheet saved in a European locale separates with semicolons."""


class ReportKind(enum.StrEnum):
    """Which report a file is; the value is the key of its name in ``catalog/words.toml``."""

    REIMBURSEMENTS = "reimbursements"
    LEDGER = "ledger"
    SHIPMENT_ITEMS = "shipment-items"
    RETURNS = "returns"


@dataclass(frozen=True)
class Column:
    """One column a report has: its name as Amazon writes it, the row attribute it fills,
    whether a check needs it, and other names exports give it."""

    name: str
    attribute: str
    needed: bool = False
    aliases: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(normalise(name) for name in (self.name, *self.aliases))


@dataclass(frozen=True)
class ReportSpec:
    kind: ReportKind
    report_type: str
    """The SP-API report type, or the API the rows come from."""
    columns: tuple[Column, ...]


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(ReportKind.REIMBURSEMENTS, "GET_FBA_REIMBURSEMENTS_DATA", (
        Column("approval-date", "approved", needed=True),
        Column("reimbursement-id", "reimbursement_id", needed=True),
        Column("case-id", "case_id", needed=True),
        Column("amazon-order-id", "order_id", needed=True),
        Column("reason", "reason", needed=True),
        Column("sku", "sku"),
        Column("fnsku", "fnsku", needed=True),
        Column("asin", "asin"),
        Column("quantity-reimbursed-cash", "units_cash"),
        Column("quantity-reimbursed-inventory", "units_inventory"),
        Column("quantity-reimbursed-total", "units", needed=True),
        Column("amount-total", "amount", needed=True),
        Column("currency-unit", "currency", needed=True),
        Column("original-reimbursement-id", "original_id"),
    )),
    ReportSpec(ReportKind.LEDGER, "GET_LEDGER_DETAIL_VIEW_DATA", (
        Column("Date", "day", needed=True),
        Column("FNSKU", "fnsku", needed=True),
        Column("ASIN", "asin"),
        Column("MSKU", "msku"),
        Column("Event Type", "event_type", needed=True),
        Column("Reference ID", "reference_id", needed=True),
        Column("Quantity", "quantity", needed=True),
        Column("Fulfillment Center", "fulfillment_center"),
        Column("Disposition", "disposition"),
        Column("Reason", "reason", needed=True),
        Column("Country", "country"),
        Column("Reconciled Quantity", "reconciled"),
        Column("Unreconciled Quantity", "unreconciled"),
    )),
    ReportSpec(ReportKind.SHIPMENT_ITEMS, "Fulfillment Inbound API getShipmentItems", (
        Column("ShipmentId", "shipment_id", needed=True, aliases=("Shipment ID",)),
        Column("SellerSKU", "sku", aliases=("Merchant SKU",)),
        Column("FulfillmentNetworkSKU", "fnsku", needed=True, aliases=("FNSKU",)),
        Column("QuantityShipped", "shipped", needed=True, aliases=("Shipped", "Units shipped")),
        Column("QuantityReceived", "received", needed=True,
               aliases=("Received", "Units received")),
    )),
    ReportSpec(ReportKind.RETURNS, "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA", (
        Column("return-date", "returned", needed=True),
        Column("order-id", "order_id", needed=True),
        Column("sku", "sku"),
        Column("asin", "asin"),
        Column("fnsku", "fnsku"),
        Column("quantity", "quantity", needed=True),
        Column("detailed-disposition", "disposition"),
        Column("reason", "reason"),
        Column("status", "status"),
    )),
)
SPECS = {spec.kind: spec for spec in REPORTS}

_SEPARATORS = re.compile(r"[\s_\-\ufeff\"']+")


def normalise(header: str) -> str:
    """``Reference ID``, ``reference-id``, ``reference_id`` and ``ReferenceID`` are one name."""
    return _SEPARATORS.sub("", header).casefold()


@dataclass(frozen=True)
class Recognised:
    """A header row read as one report: where each known column stands and what it lacks."""

    spec: ReportSpec
    positions: dict[str, int]
    """Row attribute -> index of its column in the header."""
    constants: dict[str, str]
    """Row attribute -> the value a line above the header gives for the whole file."""
    missing_needed: tuple[str, ...]
    missing_other: tuple[str, ...]


def _positions(spec: ReportSpec, keys: Sequence[str]) -> dict[str, int]:
    where: dict[str, int] = {}
    for column in spec.columns:
        for key in column.keys:
            if key in keys:
                where[column.attribute] = keys.index(key)
                break
    return where


def recognise(
    fields: Sequence[str], preamble: Mapping[str, str] | None = None
) -> Recognised | None:
    """The report whose columns ``fields`` hold best, when they hold more than half of them.

    ``preamble`` maps the normalised keys of the lines above the header to their values (an
    export's ``Shipment ID``): a column given there for the whole file counts as present.
    """
    keys = [normalise(field) for field in fields]
    above = preamble or {}
    candidates: list[tuple[float, int, Recognised]] = []
    for spec in REPORTS:
        positions = _positions(spec, keys)
        constants = {
            column.attribute: above[key] for column in spec.columns
            if column.attribute not in positions for key in column.keys if key in above
        }
        present = set(positions) | set(constants)
        if len(present) < 3 or len(present) * 2 <= len(spec.columns):
            continue
        found = Recognised(
            spec, positions, constants,
            tuple(c.name for c in spec.columns if c.needed and c.attribute not in present),
            tuple(c.name for c in spec.columns if not c.needed and c.attribute not in present),
        )
        candidates.append((len(present) / len(spec.columns), len(present), found))
    if not candidates:
        return None
    return max(candidates, key=lambda candidate: candidate[:2])[2]
