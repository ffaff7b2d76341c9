"""`casecheck log`: the tracking table, parsed back as CSV and as JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW

from casecheck import Config, validate
from casecheck.cli import main
from casecheck.tracking import COLUMNS

EST = dt.timezone(dt.timedelta(hours=-5))


@pytest.fixture
def repository(make_case, tmp_path: Path) -> Path:
    make_case({
        "type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
        "status": "submitted", "case_id": "12345678901", "subject": "Lost inbound units",
        "submitted_at": dt.datetime(2026, 11, 23, 12, 0, tzinfo=EST),
        "shipped_at": dt.date(2026, 11, 1),
        "ids": {"shipment_ids": ["FBA15C8KQ2ZP"], "fnskus": ["X001234567", "X001234568"]},
    }, name="cases/2026-11-lost-inbound")
    make_case({
        "type": "technical-issue", "marketplace": "UK", "submit_at": NOW,
        "contact_path": ["Help", "Technical Issues"],
    }, name="cases/2026-11-report-broken")
    make_case("type = 'account-appeal'\nmarketplace = [", name="cases/broken")
    return tmp_path / "cases"


def run_log(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["log", *args, "--now", "2026-11-24T10:00:00-05:00"], out=out)
    return status, out.getvalue()


def counts_of(folder: Path) -> dict[str, Any]:
    """What `casecheck check` reports for one folder at the log's clock: the log must agree."""
    report = validate(folder, config=Config(now=dt.datetime(2026, 11, 24, 10, tzinfo=EST)))
    return {**report.counts, "codes": report.codes}


def rows_by_name(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {Path(row["path"]).name: row for row in rows}


def test_csv_has_one_row_per_case_folder(repository: Path) -> None:
    status, text = run_log(str(repository))
    assert status == 0
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = rows_by_name(list(reader))
    assert sorted(rows) == ["2026-11-lost-inbound", "2026-11-report-broken", "broken"]

    lost = rows["2026-11-lost-inbound"]
    assert lost["type"] == "fba-reimbursement"
    assert lost["status"] == "submitted"
    assert lost["case_id"] == "12345678901"
    assert lost["fnskus"] == "X001234567 X001234568"
    assert lost["submitted_at"] == "2026-11-23T12:00:00-05:00"
    assert lost["next_follow_up"] == "2026-11-24T12:00:00-05:00"  # 24 h after: still ahead
    assert lost["follow_up_action"] == "check status"
    counts = counts_of(repository / "2026-11-lost-inbound")
    assert "R002" in counts.pop("codes")  # no contact path
    assert (lost["error"], lost["warning"], lost["info"]) == (
        str(counts["error"]), str(counts["warning"]), str(counts["info"]))
    assert lost["findings"] == str(sum(counts.values()))

    assert rows["2026-11-report-broken"]["next_follow_up"] == ""
    assert rows["broken"]["type"] == ""
    assert rows["broken"]["error"] == "1"  # M002: the manifest does not parse


def test_json_rows_keep_lists_and_nulls(repository: Path) -> None:
    status, text = run_log(str(repository), "--format", "json")
    assert status == 0
    rows = rows_by_name(json.loads(text)["cases"])
    lost = rows["2026-11-lost-inbound"]
    assert lost["shipment_ids"] == ["FBA15C8KQ2ZP"]
    assert lost["prior_cases"] == []
    assert lost["last_reply_at"] is None
    assert rows["2026-11-report-broken"]["submit_at"] == "2026-11-24T10:00:00-05:00"
    assert rows["broken"]["status"] is None


def test_overdue_case_is_due_for_escalation(make_case, tmp_path: Path) -> None:
    make_case({
        "type": "technical-issue", "marketplace": "US", "status": "open",
        "contact_path": ["Technical Issues"],
        "submitted_at": dt.datetime(2026, 11, 19, 10, 0, tzinfo=EST),
    }, name="cases/waiting")
    _, text = run_log(str(tmp_path / "cases"), "--format", "json")
    row = json.loads(text)["cases"][0]
    assert row["next_follow_up"] == "2026-11-22T10:00:00-05:00"
    assert row["follow_up_action"] == "escalate by phone"
    counts = counts_of(tmp_path / "cases" / "waiting")
    assert "H003" in counts.pop("codes")  # escalate
    assert row["warning"] == counts["warning"] >= 1


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys) -> None:
    status, text = run_log(str(tmp_path / "nowhere"))
    assert status == 2
    assert text == ""
    assert "no such file or directory" in capsys.readouterr().err
