"""The shipped examples keep their promises: bad-CODE folders report CODE, ok folders pass."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from casecheck.engine import Config, validate

EXAMPLES = REPO / "examples" / "cases"
FOLDERS = sorted(p.parent for p in EXAMPLES.rglob("case.*") if "templates" not in p.parts)


def test_there_are_bad_examples_for_several_case_types() -> None:
    bad_types = {p.parent.name for p in FOLDERS if p.name.startswith("bad-")}
    assert len(bad_types) >= 4


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_example_keeps_its_promise(folder: Path) -> None:
    report = validate(folder, config=Config(ocr=False))
    found = {f.code for f in report.findings}
    if folder.name.startswith("bad-"):
        promised = set(re.findall(r"[MAITDRHX]\d{3}", folder.name))
        assert promised and promised <= found, f"{folder.name}: found {sorted(found)}"
    else:
        assert folder.name.startswith("ok-"), "example folders are named ok-* or bad-CODE-*"
        assert not [f for f in report.findings if f.severity in ("error", "warning")], (
            report.findings
        )


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
