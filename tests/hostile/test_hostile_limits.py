"""Numbers a stranger's repository chooses: casecheck neither spends without bound nor
breaks on them.

Before: ``jobs = 1000000`` in a repository's casecheck.toml started one worker process per
16 case folders: 1,250 interpreters for 20,000 folders, on a CI runner with two cores. The
budgets: see each test.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hostile_support import run_cli

from casecheck import runner
from casecheck.config_file import ConfigFiles


@pytest.mark.parametrize("jobs", [64, 1_000_000, 2**62])
def test_a_repositorys_jobs_start_no_more_than_twice_the_cores(
    jobs: int, tmp_path: Path,
) -> None:
    (tmp_path / "casecheck.toml").write_text(f"jobs = {jobs}\n", encoding="utf-8")
    folder = tmp_path / "cases" / "one"
    folder.mkdir(parents=True)
    asked = ConfigFiles().run_settings([folder])
    assert asked["jobs"] == jobs  # the file is read as written
    limit = max(4, 2 * (os.cpu_count() or 1))
    assert runner.effective_jobs(asked["jobs"], 20_000) == min(limit, 20_000 // 16)
    assert runner.effective_jobs(asked["jobs"], 16) == 1  # and never more than the folders need


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.mark.parametrize("setting", [
    "parse-timeout = 1e300", "checker-timeout = 1e300", "parse-timeout = 9223372036854775807",
    "checker-timeout = 18446744073709551616", "parse-timeout = 1e-300",
])
def test_a_budget_no_timer_can_hold_is_no_crash(setting: str, tmp_path: Path) -> None:
    """Before: ``parse-timeout = 1e300`` overflowed the CPU timer, X001 on every attachment
    ("timestamp out of range for platform time_t"); ``checker-timeout = 1e300`` made every
    checker X001. A budget longer than 11 days is none; one under a microsecond is one."""
    folder = tmp_path / "cases" / "one"
    (folder / "attachments").mkdir(parents=True)
    (folder / "case.toml").write_text(
        'type = "technical-issue"\nmarketplace = "US"\nsubject = "x"\n'
        '[[attachments]]\npath = "attachments/a.pdf"\nkind = "other"\n', encoding="utf-8")
    (folder / "attachments" / "a.pdf").write_bytes(PDF)
    (tmp_path / "casecheck.toml").write_text(setting + "\n", encoding="utf-8")
    result = run_cli("cases", "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    codes = [f["code"] for f in json.loads(result.stdout)["cases"][0]["findings"]]
    assert "X001" not in codes and "A016" in codes


def test_a_checker_budget_of_almost_nothing_ends_the_run_not_the_process(
    tmp_path: Path,
) -> None:
    """Before: with ``checker-timeout = 1e-300`` the alarm still running after the last
    checker reached the default SIGALRM handler, and the process died (exit 142, no output
    past the report)."""
    folder = tmp_path / "cases" / "one"
    folder.mkdir(parents=True)
    (folder / "case.toml").write_text(
        'type = "technical-issue"\nmarketplace = "US"\nsubject = "x"\n', encoding="utf-8")
    (tmp_path / "casecheck.toml").write_text("checker-timeout = 1e-300\n", encoding="utf-8")
    for _ in range(3):
        result = run_cli("cases", "--no-cache", "--format", "json", cwd=tmp_path)
        assert result.returncode == 1, (result.returncode, result.stderr)
        findings = json.loads(result.stdout)["cases"][0]["findings"]
        assert {f["data"].get("variant", "timeout") for f in findings if f["code"] == "X001"}


NESTED = "x = " + "[" * 100_000 + "]" * 100_000 + "\n"
LONG = "ignore = [" + '"A001",' * 200_000 + "]\n"


@pytest.mark.parametrize("content", [NESTED, LONG], ids=["nested", "long"])
@pytest.mark.parametrize("where", ["casecheck.toml", "pyproject.toml", "pack/global.toml"])
def test_a_configuration_or_pack_too_deep_or_too_large_is_one_line(
    content: str, where: str, tmp_path: Path,
) -> None:
    """Before: a casecheck.toml or a rule pack nested 100,000 deep ended in a RecursionError
    traceback; a 14 MB ``ignore`` list kept the run busy past 30 s. Now both are exit 2 and
    one line naming the file; nothing over 1 MB is read."""
    folder = tmp_path / "cases" / "one"
    folder.mkdir(parents=True)
    (folder / "case.toml").write_text(
        'type = "technical-issue"\nmarketplace = "US"\nsubject = "x"\n', encoding="utf-8")
    body = content if where != "pyproject.toml" else "[tool.casecheck]\n" + content.replace(
        "x = ", "y = ")
    (tmp_path / where).parent.mkdir(exist_ok=True)
    (tmp_path / where).write_text(body, encoding="utf-8")
    extra = ("--rules", "pack") if where.startswith("pack/") else ()
    result = run_cli("cases", "--no-cache", *extra, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("casecheck: error: ") and Path(where).name in line
    assert "Traceback" not in result.stderr
