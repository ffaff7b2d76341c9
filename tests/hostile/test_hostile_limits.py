"""Numbers a stranger's repository chooses bound nothing casecheck spends.

Before: ``jobs = 1000000`` in a repository's casecheck.toml started one worker process per
16 case folders: 1,250 interpreters for 20,000 folders, on a CI runner with two cores.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
