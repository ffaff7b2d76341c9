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
    fields.setdefault("case_id", "12345678901")
    return reimbursement(status="resolved",
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
    assert [case.findings[0].data["count"] for case in report.cases] == [1, 1]
    monkeypatch.chdir(tmp_path)
    assert [case.findings[0].data["count"] for case in run(a, b).cases] == [2, 2]


# --- the repository of a case checked alone --------------------------------------------------

@pytest.mark.parametrize("marker", [".git", "casecheck.toml", "pyproject.toml"])
def test_a_case_checked_alone_is_compared_with_its_project(
    make_case, tmp_path: Path, marker: str
) -> None:
    """pre-commit passes the files of the one case that changed: the duplicate is among the
    folders it does not pass."""
    project = tmp_path / "project"
    mine = make_case(reimbursement(), name="project/cases/2026/mine")
    make_case(reimbursement(), name="project/cases/2025/other")
    if marker == ".git":
        (project / ".git").mkdir()
    else:
        (project / marker).write_text("", encoding="utf-8")
    assert codes(check(mine, select=("H",))) == ["H001"]
    assert by_folder(run(mine / "case.toml")) == {"mine": ["H001"]}
    out = io.StringIO()
    assert main(["check", str(mine / "case.toml"), "--select", "H", "--format", "json",
                 "--now", NOW.isoformat(), "--no-cache"], out=out) == 0
    (case,) = json.loads(out.getvalue())["cases"]
    assert [f["code"] for f in case["findings"]] == ["H001"]
    assert case["findings"][0]["data"]["other"].endswith("cases/2025/other")


def test_a_project_keeps_its_own_history_whatever_else_is_checked(
    make_case, tmp_path: Path, monkeypatch
) -> None:
    """Checking a git repository's cases beside an unrelated folder made the current
    directory the repository, and a case outside the git repository its "duplicate"."""
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    make_case(reimbursement(), name="repo/mine")
    make_case(reimbursement(), name="other/stranger")
    make_case(reimbursement("FBA15C8KQ2ZQ"), name="loose/unrelated")
    monkeypatch.chdir(tmp_path)
    for paths in (("repo", "loose"), ("repo", "other"), ("other", "loose"), (".",)):
        report = run(*(tmp_path / path for path in paths))
        assert all(not case.codes for case in report.cases), paths
    out = io.StringIO()
    assert main(["check", "repo", "other", "--select", "H", "--format", "json", "--now",
                 NOW.isoformat(), "--no-cache"], out=out) == 0
    assert json.loads(out.getvalue())["summary"]["warning"] == 0
    make_case(reimbursement(), name="other/second")  # in the same place: compared as before
    assert by_folder(run(tmp_path / "other")) == {"stranger": ["H001"], "second": ["H001"]}


def test_a_git_repository_inside_a_project_is_a_project_of_its_own(
    make_case, tmp_path: Path
) -> None:
    (tmp_path / "outer" / ".git").mkdir(parents=True)
    (tmp_path / "outer" / "inner" / ".git").mkdir(parents=True)
    make_case(reimbursement(), name="outer/cases/a")
    make_case(reimbursement(), name="outer/inner/b")
    assert by_folder(run(tmp_path / "outer")) == {"a": [], "b": []}
    assert codes(check(tmp_path / "outer" / "inner" / "b", select=("H",))) == []
    make_case(reimbursement(), name="outer/cases/c")
    assert by_folder(run(tmp_path / "outer")) == {"a": ["H001"], "b": [], "c": ["H001"]}


@pytest.mark.parametrize("own", ["casecheck.toml", "pyproject.toml"])
def test_a_case_folders_own_configuration_keeps_it_in_its_repository(
    make_case, tmp_path: Path, own: str
) -> None:
    """A case folder's own configuration file made the case its own project: checked alone,
    as pre-commit checks it, it was compared with nothing and its duplicate was missed."""
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    mine = make_case(reimbursement(), name="repo/cases/mine")
    (mine / own).write_text("", encoding="utf-8")
    make_case(reimbursement(), name="repo/cases/other")
    assert codes(check(mine, select=("H",))) == ["H001"]
    assert by_folder(run(tmp_path / "repo")) == {"mine": ["H001"], "other": ["H001"]}
    (mine / ".git").mkdir()  # a case that is a git repository of its own has its own history
    assert codes(check(mine, select=("H",))) == []


def test_the_repository_key_names_the_repository(make_case, tmp_path: Path) -> None:
    mine = make_case(reimbursement(), name="mine")
    make_case(reimbursement(), name="elsewhere/other")
    config = tmp_path / "settings" / "casecheck.toml"
    config.parent.mkdir()
    config.write_text('repository = "../elsewhere"\n', encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(mine), "--select", "H", "--format", "json", "--config",
                 str(config), "--now", NOW.isoformat(), "--no-cache"], out=out) == 0
    (case,) = json.loads(out.getvalue())["cases"]
    assert [f["data"]["other"].rsplit("/", 1)[-1] for f in case["findings"]] == ["other"]


def test_a_marker_in_the_home_folder_makes_no_project(make_case, tmp_path: Path,
                                                      monkeypatch) -> None:
    """A dotfiles repository in ~ must not make every case below ~ one repository."""
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".git").mkdir()
    mine = make_case(reimbursement(), name="mine")
    make_case(reimbursement(), name="other")
    assert codes(check(mine, select=("H",))) == []


def test_the_repository_parses_no_checked_manifest_twice_and_no_sibling_message(
    make_case, tmp_path: Path, monkeypatch
) -> None:
    (tmp_path / ".git").mkdir()
    checked = [make_case(reimbursement(), name=f"cases/checked-{n}",
                         files={"message.md": f"Shipment {SHIPMENT} lost."}) for n in range(3)]
    make_case(reimbursement(), name="cases/sibling", files={"message.md": "never read"})
    parsed: list[str] = []
    read: list[str] = []
    import casecheck.loader as loader

    real_manifest, real_message = loader._read_manifest, loader._load_message

    def manifest(path: Path, *args: Any) -> Any:
        parsed.append(path.parent.name)
        return real_manifest(path, *args)

    def message(folder: Path, *args: Any) -> Any:
        read.append(folder.name)
        return real_message(folder, *args)

    monkeypatch.setattr(loader, "_read_manifest", manifest)
    monkeypatch.setattr(loader, "_load_message", message)
    report = run(*checked)
    assert [case.codes for case in report.cases] == [["H001"]] * 3
    assert sorted(parsed) == ["checked-0", "checked-1", "checked-2", "sibling"]
    assert sorted(read) == ["checked-0", "checked-1", "checked-2"]


# --- one finding per case -------------------------------------------------------------------

def test_many_duplicates_give_one_finding_per_case_naming_five(make_case, tmp_path: Path) -> None:
    for n in range(12):
        make_case(reimbursement(), name=f"cases/lost-{n:02}")
    report = run(tmp_path / "cases")
    assert [case.codes for case in report.cases] == [["H001"]] * 12
    finding = report.cases[0].findings[0]
    others = [other["path"].rsplit("/", 1)[-1] for other in finding.data["others"]]
    assert others == [f"lost-{n:02}" for n in range(1, 12)]
    assert finding.data["count"] == 11
    assert "lost-05 (draft) and 6 more" in finding.message
    assert "lost-06" not in finding.message
    assert finding.message.startswith("11 other open cases of type fba-reimbursement")


def test_two_hundred_duplicates_give_two_hundred_warnings(make_case, tmp_path: Path) -> None:
    """One per case, not one per pair (39,800): the output grows with the cases."""
    (tmp_path / "cases").mkdir()
    for n in range(200):
        folder = tmp_path / "cases" / f"c{n:03}"
        folder.mkdir()
        (folder / "case.toml").write_text(
            'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
            f'\n[ids]\nshipment_ids = ["{SHIPMENT}"]\n', encoding="utf-8")
    report = run(tmp_path / "cases")
    assert report.summary()["warning"] == 200
    assert all(len(case.findings[0].data["others"]) == 199 for case in report.cases)


def test_several_earlier_cases_give_one_h002(make_case, tmp_path: Path) -> None:
    for n in range(3):
        make_case(earlier(case_id=f"1234567890{n}"), name=f"cases/first-{n}")
    make_case(reimbursement(), name="cases/second")
    report = run(tmp_path / "cases")
    (finding,) = next(c for c in report.cases if c.path.endswith("second")).findings
    assert finding.code == "H002" and finding.data["count"] == 3
    assert '"12345678900", "12345678901" and "12345678902"' in finding.hint


def test_h001_names_the_other_cases_in_chinese(make_case, tmp_path: Path) -> None:
    for n in range(3):
        make_case(reimbursement(), name=f"cases/lost-{n}")
    report = run(tmp_path / "cases", lang="zh-CN")
    finding = report.cases[0].findings[0]
    assert "lost-1（草稿）、" in finding.message and "另有 2 个" in finding.message


def test_without_a_project_the_current_directory_is_the_repository(
    make_case, tmp_path: Path, monkeypatch
) -> None:
    """A seller without git runs casecheck where the cases are."""
    mine = make_case(reimbursement(), name="cases/2026/mine")
    make_case(reimbursement(), name="cases/2025/other")
    monkeypatch.chdir(tmp_path)
    assert by_folder(run(mine)) == {"mine": ["H001"]}
    monkeypatch.chdir(mine)  # the walk stays inside the current directory
    assert [case.codes for case in run(mine).cases] == [[]]
