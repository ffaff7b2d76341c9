"""Seller Central report files for the tests, written from the columns the issue and Amazon's
SP-API report attribute pages name (kept here on their own, so that a wrong column name in
casecheck fails a test instead of being copied into it).

``report(kind, rows)`` writes one report: every column in Amazon's order, the given values
filled in (the others left empty); ``style`` spells the header as Amazon's pages do, with
spaces, hyphens, underscores, glued or in upper case; ``drop`` leaves columns out, ``extra``
adds columns casecheck does not know; ``encoding`` and ``delimiter`` choose the bytes.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence

COLUMNS: dict[str, tuple[str, ...]] = {
    "reimbursements": (
        "approval-date", "reimbursement-id", "case-id", "amazon-order-id", "reason", "sku",
        "fnsku", "asin", "product-name", "condition", "currency-unit", "amount-per-unit",
        "amount-total", "quantity-reimbursed-cash", "quantity-reimbursed-inventory",
        "quantity-reimbursed-total", "original-reimbursement-id", "original-reimbursement-type",
    ),
    "ledger": (
        "Date", "FNSKU", "ASIN", "MSKU", "Title", "Event Type", "Reference ID", "Quantity",
        "Fulfillment Center", "Disposition", "Reason", "Country", "Reconciled Quantity",
        "Unreconciled Quantity",
    ),
    "shipment-items": (
        "ShipmentId", "SellerSKU", "FulfillmentNetworkSKU", "QuantityShipped",
        "QuantityReceived",
    ),
    "returns": (
        "return-date", "order-id", "sku", "asin", "fnsku", "product-name", "quantity",
        "fulfillment-center-id", "detailed-disposition", "reason", "status",
        "license-plate-number", "customer-comments",
    ),
}
"""Amazon's columns of each report, with the ones casecheck does not use (product-name,
Title, ...): a real download has them."""
USED: dict[str, tuple[str, ...]] = {
    "reimbursements": (
        "approval-date", "reimbursement-id", "case-id", "amazon-order-id", "reason", "sku",
        "fnsku", "asin", "quantity-reimbursed-cash", "quantity-reimbursed-inventory",
        "quantity-reimbursed-total", "amount-total", "currency-unit", "original-reimbursement-id",
    ),
    "ledger": (
        "Date", "FNSKU", "ASIN", "MSKU", "Event Type", "Reference ID", "Quantity",
        "Fulfillment Center", "Disposition", "Reason", "Country", "Reconciled Quantity",
        "Unreconciled Quantity",
    ),
    "shipment-items": (
        "ShipmentId", "SellerSKU", "FulfillmentNetworkSKU", "QuantityShipped",
        "QuantityReceived",
    ),
    "returns": (
        "return-date", "order-id", "sku", "asin", "fnsku", "quantity", "detailed-disposition",
        "reason", "status",
    ),
}
"""The issue's table: the columns casecheck reads, each of which it names when missing."""
STYLES = ("amazon", "spaced", "hyphenated", "snake", "glued", "upper")
ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "gb18030", "big5", "cp1252", "utf-16")
TEXT_IN = {
    "utf-8": "Écouteurs sans fil – 无线耳机",
    "utf-8-sig": "Écouteurs sans fil – 无线耳机",
    "utf-16": "Écouteurs sans fil – 无线耳机",
    "cp932": "ワイヤレスイヤホン ブルー 充電ケース付き",
    "gb18030": "无线蓝牙耳机 蓝色 带充电盒",
    "big5": "無線藍牙耳機 藍色 附充電盒",
    "cp1252": "Écouteurs sans fil – Größe M, crème",
}
"""A product name each encoding can write, in the script its users write."""

_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+|\d+")


def spell(name: str, style: str) -> str:
    """A column name as a header in ``style``: ``Reference ID``, ``reference-id``, ..."""
    if style == "amazon":
        return name
    words = _WORDS.findall(name)
    if style == "spaced":
        return " ".join(w if w.isupper() else w.capitalize() for w in words)
    if style == "hyphenated":
        return "-".join(w.lower() for w in words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "glued":
        return "".join(w if w.isupper() else w.capitalize() for w in words)
    if style == "upper":
        return " ".join(w.upper() for w in words)
    raise ValueError(style)


def report(
    kind: str, rows: Iterable[Mapping[str, object]], *, style: str = "amazon",
    delimiter: str = "\t", encoding: str = "utf-8", drop: Sequence[str] = (),
    extra: Sequence[str] = (), preamble: Sequence[tuple[str, str]] = (),
) -> bytes:
    """The bytes of one report file; ``rows`` map column names (as in ``COLUMNS``) to values."""
    names = [c for c in COLUMNS[kind] if c not in drop]
    header = [spell(c, style) for c in names]
    # Unknown columns go between the known ones, where a newer download would add them.
    for number, name in enumerate(extra):
        header.insert(min(len(header), 1 + 2 * number), name)
    out = io.StringIO()
    for key, value in preamble:
        out.write(f"{key}{delimiter}{value}\r\n")
    if delimiter == "\t":
        out.write("\t".join(header) + "\r\n")
    else:
        csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerow(header)
    for row in rows:
        values = {spell(c, style): "" if row.get(c) is None else str(row.get(c)) for c in names}
        fields = [values.get(h, "extra value") for h in header]
        if delimiter == "\t":
            out.write("\t".join(fields) + "\r\n")
        else:
            csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerow(fields)
    return out.getvalue().encode(encoding)


def reimbursement_row(**values: object) -> dict[str, object]:
    base: dict[str, object] = {
        "approval-date": "2026-10-20T07:00:00+00:00", "reimbursement-id": "2597418",
        "case-id": "", "amazon-order-id": "", "reason": "Lost_Inbound", "sku": "SKU-1",
        "fnsku": "X001ABCDEF", "asin": "B0CXK12345", "product-name": "Earbuds",
        "condition": "New", "currency-unit": "USD", "amount-per-unit": "11.25",
        "amount-total": "45.00", "quantity-reimbursed-cash": 4,
        "quantity-reimbursed-inventory": 0, "quantity-reimbursed-total": 4,
    }
    base.update({k.replace("_", "-"): v for k, v in values.items()})
    return base


def ledger_row(**values: object) -> dict[str, object]:
    base: dict[str, object] = {
        "Date": "10/25/2026", "FNSKU": "X001ABCDEF", "ASIN": "B0CXK12345", "MSKU": "SKU-1",
        "Title": "Earbuds", "Event Type": "Adjustments", "Reference ID": "8273645",
        "Quantity": 1, "Fulfillment Center": "ONT8", "Disposition": "SELLABLE",
        "Reason": "F", "Country": "US", "Reconciled Quantity": 0, "Unreconciled Quantity": 0,
    }
    base.update({k.replace("_", " "): v for k, v in values.items()})
    return base


def item_row(**values: object) -> dict[str, object]:
    base: dict[str, object] = {
        "ShipmentId": "FBA15C8KQ2ZP", "SellerSKU": "SKU-1",
        "FulfillmentNetworkSKU": "X001ABCDEF", "QuantityShipped": 24, "QuantityReceived": 20,
    }
    base.update(values)
    return base


def return_row(**values: object) -> dict[str, object]:
    base: dict[str, object] = {
        "return-date": "2026-09-02T10:00:00+00:00", "order-id": "113-4839201-1234567",
        "sku": "SKU-1", "asin": "B0CXK12345", "fnsku": "X001ABCDEF", "product-name": "Earbuds",
        "quantity": 1, "fulfillment-center-id": "ONT8",
        "detailed-disposition": "CUSTOMER_DAMAGED", "reason": "DEFECTIVE",
        "status": "Unit returned to inventory",
    }
    base.update({k.replace("_", "-"): v for k, v in values.items()})
    return base


INBOUND = (
    'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
    'subject = "Inbound shipment FBA15C8KQ2ZP is missing 4 units"\n'
    'submit_at = 2026-11-24T10:00:00-05:00\nshipped_at = 2026-10-01\n'
    'units_expected = 24\nunits_received = 20\n'
)
"""A draft inbound claim: 4 units of FNSKU X001ABCDEF missing from FBA15C8KQ2ZP."""
INBOUND_IDS = '\n[ids]\nshipment_ids = ["FBA15C8KQ2ZP"]\nfnskus = ["X001ABCDEF"]\n'
CLAIM_MESSAGE = (
    "Hello, shipment FBA15C8KQ2ZP arrived with 4 units of X001ABCDEF missing. We shipped 24 "
    "units and 20 were received. Please reconcile the shipment and reimburse the missing units.\n"
)
