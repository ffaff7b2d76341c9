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


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_log_is_a_table(repository: Path) -> None:
    out = Terminal()
    assert main(["log", str(repository), "--now", "2026-11-24T10:00:00-05:00"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["case", "type", "status", "case", "ID", "next", "follow-up",
                                "action", "errors", "warnings", "info"]
    lost = next(line for line in lines if "2026-11-lost-inbound" in line)
    assert "12345678901" in lost and "2026-11-24 12:00" in lost and "check status" in lost
    column = lines[0].index("status")
    assert lost[column:].startswith("submitted")  # the columns line up
    _, piped = run_log(str(repository))
    assert piped.startswith("path,type,")  # a pipe still gets CSV


def test_the_chinese_table_lines_up_its_columns(repository: Path) -> None:
    out = Terminal()
    main(["log", str(repository), "--lang", "zh-CN", "--now", "2026-11-24T10:00:00-05:00"],
         out=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Case ") and "下次跟进" in lines[0] and "已提交" in out.getvalue()

    from casecheck.tracking import _width
    start = _width(lines[0][:lines[0].index("类型")])
    assert all(_width(line[:line.index(" fba-") + 1]) == start
               for line in lines if " fba-" in line)


def test_a_csv_file_opens_in_excel_with_chinese(make_case, tmp_path: Path) -> None:
    make_case({"type": "technical-issue", "marketplace": "US", "subject": "库存报告无法下载"},
              name="cases/报告")
    target = tmp_path / "log.csv"
    status, text = run_log(str(tmp_path / "cases"), "--output", str(target))
    assert status == 0 and text == ""
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel reads UTF-8 only after a byte-order mark"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["subject"] == "库存报告无法下载" and rows[0]["path"].endswith("报告")
    _, piped = run_log(str(tmp_path / "cases"), "--format", "csv")
    assert not piped.startswith("\ufeff")
