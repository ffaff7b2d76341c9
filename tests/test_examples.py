"""The shipped examples keep their promises, checked as the README checks them (the whole
tree at once, so the history rules compare every case with the others): every ok-* case
passes with no error or warning, and every bad-* case reports each code its name lists."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from casecheck import check_paths
from casecheck.findings import CaseReport

EXAMPLES = REPO / "examples" / "cases"
FOLDERS = sorted(p.parent for p in EXAMPLES.rglob("case.*"))
CODE = re.compile(r"[MAITDRHX]\d{3}")


def _id(folder: Path) -> str:
    return str(folder.relative_to(EXAMPLES))


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CaseReport]:
    with pytest.MonkeyPatch.context() as env:  # OCR results go to a cache of this test's own
        env.setenv("CASECHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        run = check_paths([EXAMPLES])
    return {Path(case.path).name: case for case in run.cases}


def test_every_case_type_has_a_good_and_a_bad_example() -> None:
    types = {p.stem for p in (REPO / "rules" / "types").glob("*.toml")}
    for kind in ("ok-", "bad-"):
        have = {f.parent.name for f in FOLDERS if f.name.startswith(kind)}
        assert types <= have, f"no {kind}* example for {sorted(types - have)}"


@pytest.mark.parametrize("folder", FOLDERS, ids=_id)
def test_example_keeps_its_promise(folder: Path, reports: dict[str, CaseReport]) -> None:
    report = reports[folder.name]
    found = {f.code for f in report.findings}
    if folder.name.startswith("bad-"):
        promised = set(CODE.findall(folder.name))
        assert promised, "a bad-* example names the codes it shows"
        assert promised <= found, f"missing {sorted(promised - found)}"
    else:
        assert folder.name.startswith("ok-"), "example folders are named ok-* or bad-CODE-*"
        noisy = [f"{f.code} {f.message}" for f in report.findings if f.severity != "info"]
        assert noisy == []


def test_embedding_example_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "examples" / "embed.py")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert "I003 error" in result.stdout and "in-memory draft: ok" in result.stdout
    assert "loaded: technical-issue US" in result.stdout
    assert "house rule: ['The subject does not name the marketplace US.']" in result.stdout
    assert "['casecheck', 'cases', 'rules_version', 'summary']" in result.stdout


def test_embedding_example_type_checks_against_the_public_api_only() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         str(REPO / "examples" / "embed.py")],
        capture_output=True, text=True, env={**os.environ, "MYPYPATH": str(REPO / "src")},
        cwd=REPO, timeout=300,
    )
    assert result.returncode == 0, result.stdout
    assert "from casecheck." not in (REPO / "examples" / "embed.py").read_text(encoding="utf-8")
