"""The tracking table (``casecheck log``): one row per case folder, for a spreadsheet or a tool.

Each row says what the case is, where it stands, when to follow up next, and how many
findings a check gives it now. With a reports folder (``--reports``), a submitted case whose
case ID the FBA Reimbursements report names shows when and how much was paid, and stands as
resolved: its status reads ``resolved`` (``manifest_status`` keeps the manifest's) and no
follow-up is due.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from casecheck.catalog import word
from casecheck.display import json_safe, visible
from casecheck.engine import Config, reference_time
from casecheck.loader import LoadedCase
from casecheck.masking import mask_name, masked_value
from casecheck.models import ID_KINDS, CaseBase
from casecheck.packs import FollowUp, SecretLabels, load_packs
from casecheck.reports.claims import reimbursed_case
from casecheck.reports.index import ReportIndex
from casecheck.runner import checked_cases
from casecheck.timing import waiting_since

COLUMNS = (
    "path", "type", "marketplace", "status", "case_id", "subject",
    *ID_KINDS, "prior_cases", "submit_at", "submitted_at", "last_reply_at",
    "next_follow_up", "follow_up_action", "findings", "error", "warning", "info",
)
"""The CSV columns, in order; the JSON rows have the same keys (IDs as lists)."""
REPORT_COLUMNS = (
    "manifest_status", "reimbursed_at", "reimbursement_ids", "reimbursed_units",
    "reimbursed_amount",
)
"""The columns a reports folder adds, after the others."""
PAID_STATUSES = frozenset({"submitted", "open", "answered"})
"""A case in one of these that the reimbursements report names has been paid: resolved."""


def columns(reports: bool) -> tuple[str, ...]:
    """The columns of a table made with (``reports``) or without a reports folder."""
    return (*COLUMNS, *REPORT_COLUMNS) if reports else COLUMNS


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def follow_up_due(
    model: CaseBase, now: dt.datetime, rules: FollowUp
) -> tuple[str | None, str | None]:
    """When the next follow-up is due and what it is: check the status, then call."""
    since = waiting_since(model)
    if since is None:
        return None, None
    check = since + dt.timedelta(hours=rules.check_after_hours)
    if now < check:
        return check.isoformat(), "check status"
    return (since + dt.timedelta(hours=rules.escalate_after_hours)).isoformat(), "escalate by phone"


def _row(
    case: LoadedCase, counts: dict[str, int], config: Config, rules: FollowUp
) -> dict[str, Any]:
    model = case.model
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(path=case.display_path, findings=sum(counts.values()), **counts)
    if model is None:
        return row
    due, action = follow_up_due(model, reference_time(model, config), rules)
    row.update(
        type=model.type, marketplace=model.marketplace, status=model.status,
        case_id=model.case_id, subject=model.subject,
        prior_cases=list(model.prior_cases), submit_at=_iso(model.submit_at),
        submitted_at=_iso(model.submitted_at), last_reply_at=_iso(model.last_reply_at),
        next_follow_up=due, follow_up_action=action,
        **{name: list(getattr(model.ids, name)) for name in ID_KINDS},
    )
    return row


def _paid(row: dict[str, Any], model: CaseBase | None, index: ReportIndex) -> None:
    """The report columns of a row: when and how much the case's case ID was paid."""
    row.update(dict.fromkeys(REPORT_COLUMNS), manifest_status=row["status"])
    paid = reimbursed_case(index, model.case_id) if model is not None and model.case_id else None
    if paid is None:
        return
    row.update(
        reimbursed_at=paid.first_approved,
        reimbursement_ids=[r.reimbursement_id for r in paid.rows],
        reimbursed_units=paid.units,
        reimbursed_amount=" + ".join(f"{v} {c}".strip() for c, v in paid.amounts.items()),
    )
    if row["status"] in PAID_STATUSES:
        row.update(status="resolved", next_follow_up=None, follow_up_action=None)


def tracking_rows(
    paths: Iterable[str | Path], config: Config | None = None
) -> list[dict[str, Any]]:
    """One row per case folder under ``paths``, with the report columns when ``config``
    names a reports folder. OCR is off: the table is for an overview, and reading every
    screenshot would make it slow."""
    config = replace(config or Config(), ocr=False)
    packs = load_packs(config.rules_dirs)
    rules, labels = packs.calendar.follow_up, packs.secrets.labels
    checked = checked_cases(paths, config=config)
    rows = []
    for case, report in checked.results:
        row = _row(case, report.counts, config, rules)
        if checked.reports is not None:
            _paid(row, case.model, checked.reports)
        rows.append(_masked(row, labels))
    return rows


def _masked(row: dict[str, Any], labels: SecretLabels) -> dict[str, Any]:
    """The row with every secret in its values masked (a card number typed as an order ID,
    a password in the subject), as in every other output, the path too (a folder name is a
    stranger's text: ``cases/card 4111 1111 1111 1111``), its lone surrogates left for the
    format to escape."""
    return {column: mask_name(value, labels) if column == "path"
            else masked_value(value, labels=labels) for column, value in row.items()}


TABLE_COLUMNS = ("path", "type", "status", "case_id", "next_follow_up", "follow_up_action",
                 "error", "warning", "info")
"""What the terminal table shows of each row: where the case stands and what to do next."""
EXCEL_CSV_ENCODING = "utf-8-sig"
"""A CSV file written with ``--output`` starts with a byte-order mark: without it Excel reads
UTF-8 as the system's code page and shows Chinese (and é) as mojibake."""


def _cell(value: Any) -> str:
    """A cell: IDs joined by spaces, the control characters of a case's text made visible (a
    terminal or a spreadsheet would act on ESC or a line break in a cell)."""
    if isinstance(value, list):
        return visible(" ".join(str(item) for item in value))
    return "" if value is None else visible(str(value))


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _padded(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def write_table(rows: list[dict[str, Any]], out: TextIO, lang: str = "en") -> None:
    """The rows as aligned columns for a terminal, with headings in ``lang``; a follow-up
    time is shown to the minute."""
    headings = [word("log-columns", column, lang) for column in TABLE_COLUMNS]
    cells = []
    for row in rows:
        line = []
        for column in TABLE_COLUMNS:
            value = row[column]
            if column == "next_follow_up" and value:
                value = value[:16].replace("T", " ")
            elif column == "follow_up_action" and value:
                value = word("follow-ups", value, lang, default=value)
            elif column == "status" and value:
                value = word("statuses", value, lang, default=value)
            line.append(_cell(value))
        cells.append(line)
    widths = [max(_width(text) for text in column) for column in zip(headings, *cells,
                                                                          strict=False)]
    for line in (headings, *cells):
        out.write("  ".join(_padded(text, width) for text, width in zip(line, widths,
                                                                           strict=True)).rstrip()
                  + "\n")


def write_csv(rows: list[dict[str, Any]], out: TextIO, names: tuple[str, ...] = COLUMNS) -> None:
    """The rows as CSV, with the columns ``names`` (``columns(reports)``)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in names])


def write_json(rows: list[dict[str, Any]], out: TextIO) -> None:
    out.write(json_safe(json.dumps({"cases": rows}, ensure_ascii=False, indent=2)) + "\n")
