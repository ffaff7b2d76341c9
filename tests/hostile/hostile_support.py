"""Helpers for the hostile-input suite: build odd files, run the real CLI, check the guarantees."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casecheck.cli import main
from casecheck.findings import CaseReport, Finding

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"

GOOD_MANIFEST = 'type = "technical-issue"\nmarketplace = "US"\nsubject = "Inventory page error"\n'
"""A manifest that loads: hostile content elsewhere in the folder is then what is tested."""

Builder = Callable[[Path], Any]


def fifo(path: Path) -> None:
    os.mkfifo(path)


def unix_socket(path: Path) -> None:
    """A Unix socket at ``path``; the socket object is closed, the node stays.

    Bound by its name from inside its folder: a socket path may be only about 100 bytes
    long, and a CI runner's temporary directories can be longer than that.
    """
    here = Path.cwd()
    os.chdir(path.parent)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(path.name)
    finally:
        os.chdir(here)


def sparse(size: int) -> Builder:
    def build(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)

    return build


def symlink_to(target: str) -> Builder:
    def build(path: Path) -> None:
        path.symlink_to(target)

    return build


def directory(path: Path) -> None:
    path.mkdir()


def write(folder: Path, relative: str, content: bytes | str | Builder) -> Path:
    target = folder / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    elif isinstance(content, str):
        target.write_text(content, encoding="utf-8")
    else:
        content(target)
    return target


def no_crash(report: CaseReport) -> None:
    """The suite's first guarantee: findings, and never X001 (a checker that crashed)."""
    crashed = [f.message for f in report.findings if f.code == "X001"]
    assert not crashed, crashed


def loading_findings(report: CaseReport) -> list[Finding]:
    """The M-findings: what loading the manifest and message said, apart from other rules."""
    return [f for f in report.findings if f.code.startswith("M")]


def run_main(*args: str) -> tuple[int, dict[str, Any]]:
    """``casecheck check --format json ARGS`` in this process; exit status and parsed JSON."""
    out = io.StringIO()
    status = main(["check", "--format", "json", "--now", "2026-11-24T10:00:00-05:00", *args], out)
    return status, json.loads(out.getvalue())


def run_cli(
    *args: str, timeout: float = 60, bytecode: bool = False, **kwargs: Any,
) -> subprocess.CompletedProcess[str]:
    """``python -m casecheck check ARGS`` in a fresh process, the way CI runs it."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "casecheck", "check", "--now", "2026-11-24T10:00:00-05:00", *args],
        capture_output=True, text=True, timeout=timeout, env=env, check=False, **kwargs,
    )
