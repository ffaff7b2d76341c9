"""Read-only: checking a case folder never creates, changes or touches anything inside it.

Every path below the case folders is snapshotted (listing, type, size, content hash, mtime,
ctime, and the access time where the file system updates it) before and after a run through
the library, the in-process command and a fresh ``python -m casecheck`` process.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from hostile_support import GOOD_MANIFEST, fifo, run_cli, run_main, symlink_to, unix_socket, write
from made_files import blank_png, pdf_bytes

from casecheck import Config, check_paths

OLD = time.time() - 3 * 86400
"""An access time old enough that relatime would refresh it on any read."""


def _cases(top: Path) -> list[Path]:
    attachments = (
        '\n[[attachments]]\npath = "attachments/shot.png"\nkind = "screenshot"\n'
        '\n[[attachments]]\npath = "attachments/pod.pdf"\nkind = "carrier-proof"\n'
    )
    good = top / "good"
    write(good, "case.toml", GOOD_MANIFEST + attachments)
    write(good, "message.md", "The inventory page shows error 503 since 2026-11-23.\n")
    write(good, "attachments/shot.png", blank_png(64, 48))
    write(good, "attachments/pod.pdf", pdf_bytes())
    write(good, "attachments/unlisted.pdf", pdf_bytes()[:200])
    hostile = top / "hostile"
    write(hostile, "case.toml", GOOD_MANIFEST + attachments)
    write(hostile, "message.md", "Grüße".encode("latin-1"))
    write(hostile, "attachments/shot.png", fifo)
    write(hostile, "attachments/pod.pdf", symlink_to("/dev/zero"))
    write(hostile, "attachments/sock", unix_socket)
    broken = top / "broken"
    write(broken, "case.toml", b"\xff\xfe" + GOOD_MANIFEST.encode("utf-16-le"))
    write(broken, "message.md", "text")
    return [good, hostile, broken]


def _atime_is_updated(folder: Path) -> bool:
    """Whether a plain read refreshes the access time here (not under noatime)."""
    probe = folder / "probe"
    probe.write_bytes(b"x")
    os.utime(probe, (OLD, OLD + 1))
    probe.read_bytes()
    updated = probe.stat().st_atime > OLD + 60
    probe.unlink()
    return updated


def _entries(folders: list[Path]) -> list[tuple[str, Path]]:
    return [(path.relative_to(folder.parent).as_posix(), path)
            for folder in folders for path in sorted([folder, *folder.rglob("*")])]


def _hashes(folders: list[Path]) -> dict[str, str]:
    return {name: hashlib.sha256(path.read_bytes()).hexdigest()
            for name, path in _entries(folders) if path.is_file() and not path.is_symlink()}


def _age_access_times(folders: list[Path]) -> None:
    for _, path in _entries(folders):
        if not path.is_symlink():
            os.utime(path, (OLD, path.stat().st_mtime))


def _metadata(folders: list[Path], *, atime: bool) -> dict[str, dict[str, Any]]:
    """What lstat says of every path; reads no file, so it changes nothing itself."""
    state = {}
    for name, path in _entries(folders):
        info = path.lstat()
        state[name] = {
            "mode": info.st_mode, "size": info.st_size, "ino": info.st_ino,
            "mtime": info.st_mtime_ns, "ctime": info.st_ctime_ns,
            "target": str(path.readlink()) if stat.S_ISLNK(info.st_mode) else None,
        }
        # Directory access times move whenever a folder is listed, which finding the cases
        # needs; file access times must not move.
        if atime and stat.S_ISREG(info.st_mode):
            state[name]["atime"] = info.st_atime_ns
    return state


def _library(top: Path) -> None:
    report = check_paths([top], config=Config(ocr=False))
    assert len(report.cases) == 3


def _main(top: Path) -> None:
    status, data = run_main(str(top))
    assert status == 1
    assert len(data["cases"]) == 3


def _subprocess(top: Path) -> None:
    # From inside a case folder, with bytecode writing on, as a user would run it.
    result = run_cli(".", "--format", "json", cwd=top / "good", bytecode=True)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    result = run_cli(str(top), "--format", "json")
    assert result.returncode == 1, result.stderr


@pytest.mark.parametrize("run", [_library, _main, _subprocess], ids=["library", "main", "cli"])
def test_a_run_leaves_every_case_folder_as_it_was(tmp_path: Path, run: Any) -> None:
    top = tmp_path / "cases"
    folders = _cases(top)
    atime = _atime_is_updated(tmp_path)
    hashes = _hashes(folders)
    _age_access_times(folders)
    before = _metadata(folders, atime=atime)
    run(top)
    after = _metadata(folders, atime=atime)
    created = sorted(set(after) - set(before))
    assert not created, f"created inside the case folders: {created}"
    changed = {name: (before[name], after[name]) for name in before if before[name] != after[name]}
    assert not changed, f"changed or touched: {changed}"
    assert _hashes(folders) == hashes
