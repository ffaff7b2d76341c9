"""The rows casecheck keeps of each report, and how their dates and numbers are read.

Only the rows a case asks about are kept, each with the few values a check uses and the line
it stands on, so that a finding can say where it comes from. Rows hold primitives only (dates
as ISO text, amounts as decimal text): the cache stores them as JSON.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from casecheck.reports.columns import ReportKind


class BadValue(ValueError):
    """A value of a row a case asks about cannot be read: the report cannot be trusted."""

    def __init__(self, line: int, column: str, value: str, expected: str) -> None:
        super().__init__(f"line {line}: {column} = {value!r} is not a {expected}")
        self.line, self.column, self.value, self.expected = line, column, value, expected


@dataclass(frozen=True, slots=True)
class Row:
    """Where a row stands: the report file (relative to the reports folder) and its line."""

    kind: ClassVar[ReportKind]
    file: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    @property
    def where(self) -> dict[str, Any]:
        return {"report": str(self.kind), "file": self.file, "line": self.line}


@dataclass(frozen=True, slots=True)
class Reimbursement(Row):
    kind: ClassVar[ReportKind] = ReportKind.REIMBURSEMENTS
    approved: str
    reimbursement_id: str
    case_id: str
    order_id: str
    reason: str
    sku: str
    fnsku: str
    units_cash: int
    units_inventory: int
    units: int
    amount: str
    currency: str
    original_id: str


@dataclass(frozen=True, slots=True)
class LedgerEvent(Row):
    kind: ClassVar[ReportKind] = ReportKind.LEDGER
    day: str
    fnsku: str
    msku: str
    event_type: str
    reference_id: str
    quantity: int
    fulfillment_center: str
    disposition: str
    reason: str


@dataclass(frozen=True, slots=True)
class ShipmentItem(Row):
    kind: ClassVar[ReportKind] = ReportKind.SHIPMENT_ITEMS
    shipment_id: str
    sku: str
    fnsku: str
    shipped: int
    received: int


@dataclass(frozen=True, slots=True)
class CustomerReturn(Row):
    kind: ClassVar[ReportKind] = ReportKind.RETURNS
    returned: str
    order_id: str
    sku: str
    fnsku: str
    quantity: int
    disposition: str
    reason: str
    status: str


ROW_TYPES: dict[ReportKind, type[Row]] = {
    row.kind: row for row in (Reimbursement, LedgerEvent, ShipmentItem, CustomerReturn)
}
DATE_ATTRIBUTES = {
    ReportKind.REIMBURSEMENTS: "approved", ReportKind.LEDGER: "day",
    ReportKind.RETURNS: "returned",
}
"""The column each report dates its rows by; shipment items have none."""
INT_ATTRIBUTES = frozenset({"units_cash", "units_inventory", "units", "quantity", "shipped",
                            "received"})
AMOUNT_ATTRIBUTES = frozenset({"amount"})

_NAMES = {kind: tuple(f.name for f in dataclasses.fields(row)) for kind, row in ROW_TYPES.items()}


def row_from_dict(kind: ReportKind, data: Mapping[str, Any], *, file: str) -> Row:
    """A row as the cache stored it (without its file: the name may have changed)."""
    values = {name: data[name] for name in _NAMES[kind] if name != "file"}
    return ROW_TYPES[kind](file=file, **values)


# --- values --------------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_YEAR_LAST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_NAMED_MONTH = ("%b %d, %Y", "%d %b %Y", "%B %d, %Y", "%d %B %Y", "%d-%b-%Y")


def day_first(samples: Iterable[str]) -> bool:
    """Whether ``dd/mm/yyyy`` dates are meant: only when some date has a first number over
    12 and none a second one over 12. Amazon's US downloads write ``mm/dd/yyyy``."""
    first_big = second_big = False
    for sample in samples:
        match = _YEAR_LAST.match(sample.strip())
        if match:
            first_big |= int(match[1]) > 12
            second_big |= int(match[2]) > 12
    return first_big and not second_big


def parse_day(text: str, *, dayfirst: bool = False) -> dt.date | None:
    """The calendar day a report's date or date-time names (the day as written: a time's
    offset is not applied); None when empty. Raises ValueError when it is no date."""
    value = text.strip().strip('"')
    if not value:
        return None
    for pattern, order in ((_ISO, "ymd"), (_YEAR_FIRST, "ymd"), (_YEAR_LAST, "dmy" if dayfirst
                                                                else "mdy")):
        match = pattern.match(value)
        if match:
            parts = dict(zip(order, (int(match[1]), int(match[2]), int(match[3])), strict=True))
            return dt.date(parts["y"], parts["m"], parts["d"])
    words = value.split()
    for candidate in dict.fromkeys((value, " ".join(words[:3]), " ".join(words[:2]))):
        for layout in _NAMED_MONTH:
            try:
                return dt.datetime.strptime(candidate, layout).date()
            except ValueError:
                continue
    raise ValueError(text)


_WHOLE = re.compile(r"[+-]?\d+(?:\.0*)?")


def parse_int(text: str) -> int:
    """``3``, ``-3``, ``+3``, ``1,200`` or ``3.0``; empty is 0. Raises ValueError otherwise."""
    value = text.strip().strip('"').replace(",", "")
    if not value:
        return 0
    if not _WHOLE.fullmatch(value):
        raise ValueError(text)
    return int(value.split(".")[0])


def parse_amount(text: str) -> Decimal:
    """``45.00``, ``1,234.50``, ``45,00`` (a decimal comma) or ``-12.5``; empty is 0."""
    value = re.sub(r"[^\d,.\-+]", "", text.strip())
    if not value:
        return Decimal(0)
    if "," in value and "." in value:
        decimal_mark = "," if value.rfind(",") > value.rfind(".") else "."
        value = value.replace("." if decimal_mark == "," else ",", "")
        value = value.replace(",", ".")
    elif "," in value:
        whole, _, fraction = value.rpartition(",")
        value = f"{whole.replace(',', '')}.{fraction}" if len(fraction) != 3 else value.replace(
            ",", "")
    if not re.fullmatch(r"[+-]?\d*\.?\d+", value):
        raise ValueError(text)
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(text) from None
