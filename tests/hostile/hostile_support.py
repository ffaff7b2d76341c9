"""Helpers for the hostile-input suite: build odd files, run the real CLI, check the guarantees."""

from __future__ import annotations

import hashlib
import io
import json
import os
import socket
import stat
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


def cli_env(env: dict[str, str] | None = None, *, bytecode: bool = False,
            path: tuple[Path, ...] = ()) -> dict[str, str]:
    """The environment of a fresh ``python -m casecheck``: this checkout's sources (and
    ``path``, e.g. a plugin's distribution) first on the path."""
    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = os.pathsep.join(map(str, (SRC, *path)))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_cli(
    *args: str, timeout: float = 60, bytecode: bool = False, env: dict[str, str] | None = None,
    path: tuple[Path, ...] = (), **kwargs: Any,
) -> subprocess.CompletedProcess[str]:
    """``python -m casecheck check ARGS`` in a fresh process, the way CI runs it."""
    return subprocess.run(
        [sys.executable, "-m", "casecheck", "check", "--now", "2026-11-24T10:00:00-05:00", *args],
        capture_output=True, text=True, timeout=timeout, check=False,
        env=cli_env(env, bytecode=bytecode, path=path), **kwargs,
    )


def snapshot(root: Path) -> dict[str, tuple[object, ...]]:
    """Every path below ``root`` (links not followed): type, size, mtime, and the content's
    hash or the link's target. Comparing two snapshots says what a run created or changed."""
    state: dict[str, tuple[object, ...]] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        if path.is_symlink():
            body: object = str(path.readlink())
        elif path.is_file():
            body = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            body = None
        state[path.relative_to(root).as_posix()] = (stat.S_IFMT(info.st_mode), info.st_size,
                                                    info.st_mtime_ns, body)
    return state


PLUGIN_CATALOG = '''
[{code}]
name = "acme-rule"
severity = "warning"
source = "acme house style"
summary.en = "An acme rule."
summary.zh-CN = "一条 acme 规则。"
message.en = "Acme says {{what}}."
message.zh-CN = "Acme 说 {{what}}。"
hint.en = "Do as acme says."
hint.zh-CN = "照 acme 说的做。"
'''


def plugin_site(folder: Path, body: str, *, code: str = "Z001", name: str = "acme") -> Path:
    """A distribution on disk (put the folder on PYTHONPATH or sys.path) whose entry point
    ``casecheck.checkers`` names a plugin with one checker, ``{name}_plugin.check``: its
    ``body`` is the function's, with ``case``, ``ctx``, ``os``, ``time`` and ``Path`` at hand."""
    folder.mkdir(parents=True, exist_ok=True)
    indented = "\n".join("    " + line for line in body.strip().splitlines())
    (folder / f"{name}_plugin.py").write_text(
        "import os\nimport time\nfrom pathlib import Path\n\n"
        "from casecheck import checker\nfrom casecheck.catalog import parse_catalog\n"
        "from casecheck.plugins import CheckerPlugin\n\n"
        f"CATALOG = '''{PLUGIN_CATALOG.format(code=code)}'''\n\n\n"
        f'@checker("{code}")\ndef check(case, ctx):\n{indented}\n\n\n'
        f"plugin = CheckerPlugin(checkers=[check], rules=parse_catalog(CATALOG, '{name}'))\n",
        encoding="utf-8")
    info = folder / f"{name}_casecheck-1.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}-casecheck\n"
                                   "Version: 1.0\n")
    (info / "entry_points.txt").write_text(
        f"[casecheck.checkers]\n{name} = {name}_plugin:plugin\n")
    return folder


NOW = "2026-11-24T10:00:00-05:00"


def every_output(repository: Path, formats: tuple[str, ...]) -> dict[str, str]:
    """What a run over ``repository/cases`` (run from ``repository``, the current folder)
    shows anywhere: each check format in ``formats``, ``casecheck log`` as CSV and JSON, and
    every file of its cache (``cache <path>``)."""
    cache = repository / "cache"
    outputs = {}
    for output_format in formats:
        out = io.StringIO()
        main(["check", "cases", "--no-config", "--cache-dir", str(cache), "--format",
              output_format, "--now", NOW], out)
        outputs[output_format] = out.getvalue()
    for output_format in ("csv", "json"):
        out = io.StringIO()
        main(["log", "cases", "--format", output_format, "--now", NOW], out)
        outputs[f"log {output_format}"] = out.getvalue()
    for path in sorted(path for path in cache.rglob("*") if path.is_file()):
        outputs[f"cache {path.relative_to(cache)}"] = path.read_bytes().decode("utf-8", "replace")
    return outputs
