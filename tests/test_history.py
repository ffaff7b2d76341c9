"""History rules H001-H003 on real case repositories written to disk."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, check, codes

from casecheck import Config, check_paths
from casecheck.catalog import FindingMaker, shipped_catalog
from casecheck.cli import main
from casecheck.findings import RunReport, Severity
from casecheck.packs import load_packs
from casecheck.repository import CaseRepository

SHIPMENT = "FBA15C8KQ2ZP"


def reimbursement(shipment: str = SHIPMENT, **fields: Any) -> dict[str, Any]:
    return {"type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
            **fields, "ids": {"shipment_ids": [shipment]}}


def run(*paths: Path, **config: Any) -> RunReport:
    config.setdefault("now", NOW)
    config.setdefault("select", ("H",))
    return check_paths(paths, config=Config(**config))


def by_folder(report: RunReport) -> dict[str, list[str]]:
    return {Path(case.path).name: case.codes for case in report.cases}


def test_two_drafts_about_one_shipment_are_duplicates(make_case, tmp_path: Path) -> None:
    make_case(reimbursement(), name="cases/2026-11-lost-a")
    make_case(reimbursement(), name="cases/2026-11-lost-b")
    report = run(tmp_path / "cases")
    assert by_folder(report) == {"2026-11-lost-a": ["H001"], "2026-11-lost-b": ["H001"]}
    finding = report.cases[0].findings[0]
    assert finding.location.field == "ids.shipment_ids[0]"
    assert finding.data["other"].endswith("cases/2026-11-lost-b")
    assert finding.data["ids"] == (SHIPMENT,)
    assert "FBA15C8KQ2ZP" in finding.message and "duplicate" in finding.message


def test_duplicates_are_found_in_nested_folders(make_case, tmp_path: Path) -> None:
    make_case(reimbursement(), name="repo/2025/old")
    make_case(reimbursement(status="open", case_id="12345678901"), name="repo/2026/nov/new")
    report = run(tmp_path / "repo")
    assert by_folder(report) == {"old": ["H001"], "new": ["H001"]}
    old = report.cases[1] if report.cases[1].path.endswith("old") else report.cases[0]
    assert "case ID 12345678901" in old.findings[0].message


def test_files_of_two_cases_make_their_parent_the_repository(make_case) -> None:
    """pre-commit passes changed files; their common root is the repository."""
    a = make_case(reimbursement(), name="cases/a")
    b = make_case(reimbursement(), name="cases/b")
    report = run(a / "case.toml", b / "case.toml")
    assert by_folder(report) == {"a": ["H001"], "b": ["H001"]}


@pytest.mark.parametrize("other", [
    reimbursement("FBA15C8KQ3ZZ"),                                   # another shipment
    {**reimbursement(), "type": "technical-issue", "claim_kind": None},  # another type
    reimbursement(status="resolved"),                                # finished, no case ID
    reimbursement(template=True),                                    # a template
    reimbursement("{{ shipment_id }}"),                             # a placeholder
])
def test_unrelated_cases_are_not_duplicates(make_case, tmp_path: Path,
                                            other: dict[str, Any]) -> None:
    make_case(reimbursement(), name="cases/mine")
    make_case({k: v for k, v in other.items() if v is not None}, name="cases/other")
    report = run(tmp_path / "cases")
    assert by_folder(report)["mine"] == []


def test_shared_merchant_token_is_no_overlap(make_case, tmp_path: Path) -> None:
    make_case({**reimbursement(), "ids": {"shipment_ids": [SHIPMENT], "merchant_token": "A1B2C3"}},
              name="cases/a")
    make_case({**reimbursement("FBA15C8KQ3ZZ"),
               "ids": {"shipment_ids": ["FBA15C8KQ3ZZ"], "merchant_token": "A1B2C3"}},
              name="cases/b")
    assert by_folder(run(tmp_path / "cases")) == {"a": [], "b": []}


def test_ids_match_regardless_of_case_and_spaces(make_case, tmp_path: Path) -> None:
    make_case(reimbursement(), name="cases/a")
    make_case(reimbursement(" fba15c8kq2zp"), name="cases/b")
    assert by_folder(run(tmp_path / "cases"))["a"] == ["H001"]


def earlier(**fields: Any) -> dict[str, Any]:
    return reimbursement(status="resolved", case_id="12345678901",
                         submitted_at=dt.datetime(2026, 9, 1, 10, 0, tzinfo=dt.UTC), **fields)


def test_earlier_case_must_be_referenced(make_case, tmp_path: Path) -> None:
    make_case(earlier(), name="cases/first")
    make_case(reimbursement(), name="cases/second")
    report = run(tmp_path / "cases")
    assert by_folder(report) == {"first": [], "second": ["H002"]}
    finding = next(c for c in report.cases if c.path.endswith("second")).findings[0]
    assert finding.severity is Severity.WARNING
    assert finding.data["other_case_id"] == "12345678901"
    assert 'Add "12345678901" to prior_cases' in finding.hint


def test_referenced_earlier_case_is_fine(make_case, tmp_path: Path) -> None:
    make_case(earlier(), name="cases/first")
    make_case(reimbursement(prior_cases=["12345678901"]), name="cases/second")
    assert by_folder(run(tmp_path / "cases"))["second"] == []


def test_later_case_is_not_an_earlier_one(make_case, tmp_path: Path) -> None:
    make_case(earlier(), name="cases/first")
    make_case(reimbursement(status="closed", case_id="12345678902",
                            submitted_at=dt.datetime(2026, 8, 1, 10, 0, tzinfo=dt.UTC)),
              name="cases/before")
    report = by_folder(run(tmp_path / "cases"))
    assert report == {"first": ["H002"], "before": []}


def test_single_case_has_a_repository_only_when_given(make_case, tmp_path: Path) -> None:
    mine = make_case(reimbursement(), name="cases/mine")
    make_case(reimbursement(), name="cases/other")
    assert codes(check(mine, select=("H",))) == []
    assert codes(check(mine, select=("H",), repository=tmp_path / "cases")) == ["H001"]


def test_repository_reads_manifests_only(make_case, tmp_path: Path, monkeypatch) -> None:
    make_case(reimbursement(), name="cases/a", files={"message.md": "Shipment FBA15C8KQ2ZP"})
    make_case("type = 'fba-reimbursement'\nmarketplace = [", name="cases/broken")

    def no_message(*args: Any) -> None:
        raise AssertionError("the repository read a message")

    monkeypatch.setattr("casecheck.loader._load_message", no_message)
    repository = CaseRepository(tmp_path / "cases", packs=load_packs(),
                                make=FindingMaker(shipped_catalog()))
    assert [Path(c.display_path).name for c in repository.cases] == ["a"]
    assert repository.cases[0].model.ids.shipment_ids == [SHIPMENT]


# --- follow-ups ----------------------------------------------------------------------------

def submitted(hours: float, **fields: Any) -> dict[str, Any]:
    return reimbursement(status="submitted", case_id="12345678901",
                         submitted_at=NOW - dt.timedelta(hours=hours), **fields)


@pytest.mark.parametrize(("hours", "expected"), [
    (23.5, None), (24, None), (25, Severity.INFO), (72, Severity.INFO), (73, Severity.WARNING),
])
def test_follow_up_due(make_case, hours: float, expected: Severity | None) -> None:
    report = check(make_case(submitted(hours)), select=("H003",))
    severities = [f.severity for f in report.findings]
    assert severities == ([] if expected is None else [expected])


def test_escalation_says_to_call(make_case) -> None:
    finding = check(make_case(submitted(96)), select=("H003",)).findings[0]
    assert finding.location.field == "submitted_at"
    assert "12345678901 has waited 96.0 h" in finding.message
    assert "Escalate" in finding.hint
    assert finding.data["hours"] == 96.0


def test_a_reply_restarts_the_clock(make_case) -> None:
    folder = make_case(submitted(100, last_reply_at=NOW - dt.timedelta(hours=30)))
    finding = check(folder, select=("H003",)).findings[0]
    assert finding.severity is Severity.INFO
    assert finding.location.field == "last_reply_at"


@pytest.mark.parametrize("status", ["draft", "answered", "resolved", "closed"])
def test_no_follow_up_unless_waiting(make_case, status: str) -> None:
    folder = make_case({**submitted(100), "status": status})
    assert codes(check(folder, select=("H003",))) == []


def test_old_submit_at_of_a_submitted_case_is_not_the_clock(make_case) -> None:
    """submit_at planned the submission; once submitted, follow-ups are measured at --now."""
    folder = make_case(submitted(100, submit_at=NOW - dt.timedelta(hours=101)))
    assert codes(check(folder, select=("H003",))) == ["H003"]


def test_repository_option_on_the_command_line(make_case, tmp_path: Path) -> None:
    mine = make_case(reimbursement(), name="cases/mine")
    make_case(reimbursement(), name="cases/other")
    argv = ["check", str(mine / "case.toml"), "--select", "H", "--format", "json",
            "--now", NOW.isoformat()]
    alone, beside = io.StringIO(), io.StringIO()
    assert main(argv, out=alone) == 0
    assert main([*argv, "--repository", str(tmp_path / "cases")], out=beside) == 0
    assert json.loads(alone.getvalue())["summary"]["warning"] == 0
    assert [f["code"] for f in json.loads(beside.getvalue())["cases"][0]["findings"]] == ["H001"]


def test_no_walk_outside_the_current_directory_by_default(make_case, tmp_path: Path,
                                                          monkeypatch) -> None:
    """Checked cases are still compared with each other; unchecked folders are not walked."""
    a = make_case(reimbursement(), name="cases/a")
    b = make_case(reimbursement(), name="cases/b")
    make_case(reimbursement(), name="cases/unchecked")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    report = run(a, b)
    assert by_folder(report) == {"a": ["H001"], "b": ["H001"]}
    assert all(len(case.findings) == 1 for case in report.cases)  # not also "unchecked"
    monkeypatch.chdir(tmp_path)
    assert [len(case.findings) for case in run(a, b).cases] == [2, 2]
