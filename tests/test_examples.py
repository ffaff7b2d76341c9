"""The shipped examples keep their promises, checked as the README checks them (the whole
tree at once, so the history rules compare every case with the others): every ok-* case
passes clean, and every bad-CODE case fails with the codes its name lists and nothing else."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
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


NO_OCR_ENGINE = "A017"
"""Where no OCR engine is installed, each screenshot gets this note instead of being read."""


@pytest.mark.parametrize("folder", FOLDERS, ids=_id)
def test_example_keeps_its_promise(folder: Path, reports: dict[str, CaseReport]) -> None:
    report = reports[folder.name]
    found = {f.code for f in report.findings} - {NO_OCR_ENGINE}
    if folder.name.startswith("bad-"):
        promised = set(CODE.findall(folder.name))
        assert promised, "a bad-* example names the codes it shows"
        assert found == promised, f"missing {sorted(promised - found)}, " \
                                  f"unrelated {sorted(found - promised)}"
        assert report.failed(strict=True), "a bad-* example fails (the examples are strict)"
    else:
        assert folder.name.startswith("ok-"), "example folders are named ok-* or bad-CODE-*"
        assert [f"{f.code} {f.message}" for f in report.findings
                if f.code != NO_OCR_ENGINE] == []


def test_unrelated_examples_share_no_id() -> None:
    """Two examples about the same order or shipment would be duplicates (H001) of each other."""
    owners: dict[tuple[str, str], list[str]] = {}
    for folder in FOLDERS:
        manifest = tomllib.loads((folder / "case.toml").read_text(encoding="utf-8"))
        for kind, values in manifest.get("ids", {}).items():
            for value in values if isinstance(values, list) else []:
                owners.setdefault((kind, value), []).append(folder.name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_the_readme_command_fails_every_bad_example_and_passes_every_ok_one() -> None:
    """`casecheck check examples/cases`: the examples' casecheck.toml makes warnings fail."""
    result = subprocess.run(
        [sys.executable, "-m", "casecheck", "check", "examples/cases", "--format", "json",
         "--no-cache"], capture_output=True, text=True, cwd=REPO, timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    bad = [folder for folder in FOLDERS if folder.name.startswith("bad-")]
    assert document["summary"]["failed"] == len(bad)
    assert not any(f["code"] in {"H001", "H002"} for case in document["cases"]
                   for f in case["findings"])


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
