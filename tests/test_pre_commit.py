"""The pre-commit hook, run by the real pre-commit framework on a real git repository.

Slow by nature (pre-commit builds the hook's environment from PyPI, about a minute), so it
is marked ``slow``; it is not skipped, because the hook is what most users run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO

pytestmark = pytest.mark.slow

HOOK_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src", "rules")
"""What pip needs to build casecheck: the hook repository is a snapshot of the work tree,
so uncommitted changes are tested too and the clone's own git state does not matter."""

GOOD = """\
type = "fba-reimbursement"
marketplace = "US"
claim_kind = "customer-return"

[ids]
order_ids = ["113-4839201-1234567"]
"""
BAD = GOOD.replace("113-4839201-1234567", "113-48392-1234567")


def _env(tmp_path: Path) -> dict[str, str]:
    # PYTHONPATH would let the hook import the work tree instead of what pip installed.
    dropped = ("PYTHONPATH", "GIT_", "PRE_COMMIT")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    env.update({
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
        "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path),
    })
    return env


def _git(cwd: Path, env: dict[str, str], *args: str,
         check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=check, capture_output=True,
                          text=True, timeout=300)


def _hook_repository(tmp_path: Path, env: dict[str, str]) -> tuple[Path, str]:
    hooks = tmp_path / "casecheck-hooks"
    hooks.mkdir()
    for name in HOOK_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, hooks / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, hooks / name)
    _git(hooks, env, "init", "-q", "-b", "main")
    _git(hooks, env, "add", "-A")
    _git(hooks, env, "commit", "-q", "-m", "snapshot")
    return hooks, _git(hooks, env, "rev-parse", "HEAD").stdout.strip()


def _cases_repository(tmp_path: Path, env: dict[str, str], select: str
                      ) -> tuple[Path, Callable[[str], subprocess.CompletedProcess[str]]]:
    """A fresh git repository of cases with the hook installed, and a ``commit(message)``
    that stages everything and commits it through the hook."""
    hooks, rev = _hook_repository(tmp_path, env)
    cases = tmp_path / "cases-repo"
    cases.mkdir()
    _git(cases, env, "init", "-q", "-b", "main")
    (cases / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hooks.as_posix()}\n  rev: {rev}\n"
        f"  hooks:\n  - id: casecheck\n    args: [--select, '{select}']\n"
    )
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=cases, env=env,
                   check=True, capture_output=True, timeout=60)

    def commit(message: str) -> subprocess.CompletedProcess[str]:
        _git(cases, env, "add", "-A")
        return _git(cases, env, "commit", "-m", message, check=False)

    return cases, commit


def test_the_hook_blocks_a_commit_of_a_bad_case(tmp_path: Path) -> None:
    env = _env(tmp_path)
    # Only the identifier and manifest rules, so that rules added later cannot make GOOD fail.
    cases, commit = _cases_repository(tmp_path, env, "I,M")

    lost = cases / "2026-11-lost" / "case.toml"
    lost.parent.mkdir()
    lost.write_text(BAD)
    (cases / "notes.txt").write_text("not a case\n")
    refused = commit("a bad case")
    assert refused.returncode != 0
    output = refused.stdout + refused.stderr
    assert re.search(r"casecheck\.+Failed", output), output
    assert "I001" in output and "113-48392-1234567" in output
    assert _git(cases, env, "rev-parse", "--verify", "HEAD", check=False).returncode != 0

    lost.write_text(GOOD)
    accepted = commit("a good case")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert re.search(r"casecheck\.+Passed", accepted.stdout + accepted.stderr)

    (cases / "notes.txt").write_text("still not a case\n")
    skipped = commit("no case file changed")
    assert skipped.returncode == 0
    assert re.search(r"casecheck\.+\(no files to check\)Skipped", skipped.stdout + skipped.stderr)

    lost.write_text(BAD.replace("[ids]", 'subject = "Refund for order"\n\n[ids]'))
    refused_again = commit("a change to a case that leaves it bad")
    assert refused_again.returncode != 0
    assert "I001" in refused_again.stdout + refused_again.stderr
    assert _git(cases, env, "rev-list", "--count", "HEAD").stdout.strip() == "2"


def test_the_fixer_hook_fixes_fails_and_passes_once_the_fixes_are_added(tmp_path: Path) -> None:
    """The end-of-file-fixer convention: a run that changed files fails; re-adding them and
    committing again passes, and the originals are kept (and committed) in .originals."""
    import io

    from PIL import Image

    env = _env(tmp_path)
    hooks, rev = _hook_repository(tmp_path, env)
    cases = tmp_path / "cases-repo"
    cases.mkdir()
    _git(cases, env, "init", "-q", "-b", "main")
    (cases / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hooks.as_posix()}\n  rev: {rev}\n"
        "  hooks:\n  - id: casecheck-fix\n    args: [--no-ocr]\n"
    )
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=cases, env=env,
                   check=True, capture_output=True, timeout=60)
    case = cases / "2026-11-lost"
    (case / "attachments").mkdir(parents=True)
    photo = io.BytesIO()
    Image.new("RGB", (640, 480), "white").save(photo, "JPEG")
    (case / "attachments" / "invoice.jpg").write_bytes(photo.getvalue())
    (case / "case.toml").write_text(
        GOOD + '\n[[attachments]]\npath = "attachments/invoice.jpg"  # from the phone\n'
        'kind = "invoice"\n')
    (case / "message.md").write_text("Paid with card 4111 1111 1111 1111 for the order.\n")

    def commit(message: str) -> subprocess.CompletedProcess[str]:
        _git(cases, env, "add", "-A")
        return _git(cases, env, "commit", "-m", message, check=False)

    fixed = commit("a case with a JPEG and a card number")
    output = fixed.stdout + fixed.stderr
    assert fixed.returncode != 0, output
    assert re.search(r"casecheck fix\.+Failed", output), output
    assert "files were modified by this hook" in output
    assert _git(cases, env, "rev-parse", "--verify", "HEAD", check=False).returncode != 0
    assert (case / "attachments" / "invoice.png").is_file()
    assert "•••• 1111" in (case / "message.md").read_text()
    assert 'path = "attachments/invoice.png"  # from the phone' in (case / "case.toml").read_text()
    (kept,) = (case / ".originals").iterdir()
    assert (kept / "attachments" / "invoice.jpg").read_bytes() == photo.getvalue()

    accepted = commit("the fixes added")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert re.search(r"casecheck fix\.+Passed", accepted.stdout + accepted.stderr)


def test_a_duplicate_committed_alone_is_compared_with_the_repository(tmp_path: Path) -> None:
    """pre-commit passes only the new case's files; the case it duplicates is already
    committed, in another folder. H001 is a warning: the commit goes through, and the hook
    shows it all the same (verbose), and blocks it under --strict."""
    env = _env(tmp_path)
    cases, commit = _cases_repository(tmp_path, env, "H")
    first = cases / "2026-11" / "lost-a" / "case.toml"
    first.parent.mkdir(parents=True)
    first.write_text(GOOD)
    assert commit("the first case").returncode == 0
    second = cases / "2026-12" / "lost-again" / "case.toml"
    second.parent.mkdir(parents=True)
    second.write_text(GOOD)
    shown = commit("the same problem again, alone")
    output = shown.stdout + shown.stderr
    assert shown.returncode == 0, output
    assert "H001" in output and "2026-11/lost-a" in output, output
    assert "lost-again/case.toml" in output
    (cases / ".pre-commit-config.yaml").write_text(
        (cases / ".pre-commit-config.yaml").read_text().replace("'H'", "'H', --strict"))
    second.write_text(GOOD.replace("[ids]", 'subject = "Refund for order 113-4839201-1234567"'
                                            "\n\n[ids]"))
    refused = commit("still the same problem")
    assert refused.returncode != 0
    assert "H001" in refused.stdout + refused.stderr
