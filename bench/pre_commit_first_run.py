"""What the pre-commit hook costs on its first run, with and without the OCR engine.

pre-commit builds the hook's environment the first time it runs (a virtualenv with casecheck
and its dependencies); `additional_dependencies: ["casecheck[ocr]"]` adds rapidocr and
onnxruntime. For each setup this builds the environment in a fresh PRE_COMMIT_HOME from a
snapshot of this work tree, then runs the hook again on the built environment, and prints
the wall time of both runs and the size of the environment.

    python bench/pre_commit_first_run.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src", "rules")
CASE = 'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "customer-return"\n'


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, env=env, check=False, capture_output=True, timeout=1800)
    return time.perf_counter() - start


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def measure(root: Path, extra: str) -> tuple[float, float, int]:
    dropped = ("PYTHONPATH", "GIT_", "PRE_COMMIT")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    env.update({"PRE_COMMIT_HOME": str(root / "home"), "GIT_AUTHOR_NAME": "b",
                "GIT_AUTHOR_EMAIL": "b@example.com", "GIT_COMMITTER_NAME": "b",
                "GIT_COMMITTER_EMAIL": "b@example.com", "HOME": str(root)})
    hooks = root / "hooks"
    hooks.mkdir()
    for name in SNAPSHOT:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, hooks / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, hooks / name)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "snapshot"]):
        subprocess.run(["git", *args], cwd=hooks, env=env, check=True, capture_output=True)
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks, env=env, check=True,
                         capture_output=True, text=True).stdout.strip()
    cases = root / "cases"
    (cases / "lost").mkdir(parents=True)
    (cases / "lost" / "case.toml").write_text(CASE)
    (cases / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hooks}\n  rev: {rev}\n  hooks:\n  - id: casecheck\n{extra}")
    for args in (["init", "-q"], ["add", "-A"]):
        subprocess.run(["git", *args], cwd=cases, env=env, check=True, capture_output=True)
    hook = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    first = _run(hook, cases, env)
    again = _run(hook, cases, env)
    return first, again, _size(root / "home")


def main() -> None:
    setups = {"casecheck": "", "casecheck + OCR":
              '    additional_dependencies: ["casecheck[ocr]"]\n'}
    for name, extra in setups.items():
        with tempfile.TemporaryDirectory() as temporary:
            first, again, size = measure(Path(temporary), extra)
        print(f"{name}: first run {first:.1f} s, next run {again:.1f} s, "
              f"environment {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
