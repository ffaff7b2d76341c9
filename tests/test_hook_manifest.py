"""The hook manifest and the example configurations, validated by pre-commit itself."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml
from conftest import REPO

HOOKS = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
HOOK = HOOKS["casecheck"]


def _pre_commit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60)


def test_pre_commit_accepts_the_hook_manifest_and_the_example_config() -> None:
    assert _pre_commit("validate-manifest", ".pre-commit-hooks.yaml").returncode == 0
    result = _pre_commit("validate-config", "examples/.pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_hook_is_serial_and_runs_casecheck_check() -> None:
    assert HOOK["id"] == "casecheck"
    assert (HOOK["entry"], HOOK["language"]) == ("casecheck check", "python")
    assert HOOK["require_serial"] is True
    assert HOOK["verbose"] is True, "pre-commit hides a passing hook's warnings otherwise"


def test_the_fixer_hook_applies_the_fixes_on_the_same_files() -> None:
    fixer = HOOKS["casecheck-fix"]
    assert (fixer["entry"], fixer["language"]) == ("casecheck fix --apply", "python")
    assert fixer["require_serial"] is True and fixer["files"] == HOOK["files"]


@pytest.mark.parametrize(("path", "matches"), [
    ("case.toml", True),
    ("cases/2026-11-lost/case.toml", True),
    ("cases/a/case.json", True),
    ("cases/a/case.yaml", True),
    ("cases/a/case.yml", True),
    ("cases/a/message.md", True),
    ("cases/a/message.txt", True),
    ("cases/a/attachments/pod.pdf", True),
    ("cases/a/attachments/sub/shot.png", True),
    ("README.md", False),
    ("cases/a/notes.md", False),
    ("pyproject.toml", False),
    ("mycase.toml", False),
    ("cases/a/case.toml.bak", False),
])
def test_the_files_pattern_selects_case_files(path: str, matches: bool) -> None:
    assert bool(re.search(HOOK["files"], path)) is matches


def test_the_example_workflow_uploads_sarif() -> None:
    workflow = yaml.safe_load((REPO / "examples" / "github-workflow.yml").read_text())
    steps = workflow["jobs"]["casecheck"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert "--format sarif > casecheck.sarif" in runs
    upload = next(s for s in steps if "codeql-action/upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] == "casecheck.sarif"
    assert workflow["permissions"]["security-events"] == "write"
