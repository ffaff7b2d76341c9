"""Carrying out a plan in one case folder as a transaction, and undoing the last one.

Every new file is first written in full under a temporary name beside its final place; then
each file the fix replaces is moved (renamed, never copied and deleted) into
``.originals/<timestamp>/`` under its own relative path; then each new file is renamed into
place. A failure at any step undoes the steps before it in reverse, so the folder is left
as it was; a journal (``.originals/<timestamp>/.fix.json``) records what the fix moved and
created, for ``--undo``. Nothing is written outside the case folder: a ``.originals`` or a
folder to write into that is a link out of it, and a journal that names a path outside it (a
stranger's repository can commit a forged one: ``"archived": ["../../.bashrc"]``), are refused
before anything moves.

The file operations are the module's ``_rename``, ``_write_new`` and ``_make_folder``, so that
the property tests can make any one of them fail.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path, PurePosixPath
from typing import Any

from casecheck.files import ORIGINALS_DIR, new_file_mode
from casecheck.fixes.plan import FixError, Undone, Write
from casecheck.loader import resolve_in_case

JOURNAL = ".fix.json"
JOURNAL_FORMAT = 1
TEMPORARY_PREFIX = ".casecheck-fix-"


def _refuse_outside(root: Path, paths: Sequence[str], what: str) -> None:
    """FixError, before anything is done, when one of ``paths`` (relative to ``root``) leads
    out of it: ``..``, an absolute path, or a link to a folder elsewhere."""
    for path in paths:
        if resolve_in_case(root, path) is None:
            raise FixError(f"{what} {path!r} leads out of {root}; nothing was changed")


def _rename(source: Path, target: Path) -> None:
    os.rename(source, target)  # noqa: PTH104 - the one place a file moves; tests make it fail


def _mode_for(path: Path) -> int:
    """The permissions a file written at ``path`` gets: those of the file it replaces, or what
    the user's umask gives a new file (``mkstemp`` alone would make every fixed file 0600)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return new_file_mode()


def _write_new(folder: Path, data: bytes, mode: int) -> Path:
    """``data`` in a new hidden file of ``folder`` with permissions ``mode``, flushed to disk;
    its path."""
    handle, name = tempfile.mkstemp(dir=folder, prefix=TEMPORARY_PREFIX, suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # POSIX; on Windows a file has no such bits to keep
            os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _make_folder(folder: Path) -> None:
    folder.mkdir()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()


def _why(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


class _Steps:
    """What has been done so far, each with the step that undoes it."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []

    def did(self, undo: Callable[[], None]) -> None:
        self._undo.append(undo)

    def roll_back(self) -> list[str]:
        """Undo everything in reverse; what could not be undone (should never happen)."""
        left = []
        for undo in reversed(self._undo):
            try:
                undo()
            except OSError as error:
                left.append(_why(error))
        self._undo.clear()
        return left


def _folders_to_make(root: Path, relative: PurePosixPath) -> list[Path]:
    """The folders of ``relative``'s parents below ``root`` that do not exist yet, top first."""
    missing = []
    folder = root.joinpath(*relative.parent.parts) if relative.parent.parts else root
    while folder != root and not folder.exists():
        missing.append(folder)
        folder = folder.parent
    return list(reversed(missing))


def _make_folders(root: Path, relative: PurePosixPath, steps: _Steps) -> None:
    for folder in _folders_to_make(root, relative):
        _make_folder(folder)
        steps.did(folder.rmdir)


def _stamp(now: dt.datetime) -> str:
    """A folder name that sorts by time and is valid on every file system (no colons)."""
    return now.strftime("%Y-%m-%dT%H-%M-%SZ")


def _originals_folder(root: Path, now: dt.datetime, steps: _Steps) -> Path:
    top = root / ORIGINALS_DIR
    if not top.is_dir():
        _make_folder(top)
        steps.did(top.rmdir)
    stamp = _stamp(now)
    for number in range(1, 1000):
        folder = top / (stamp if number == 1 else f"{stamp}-{number}")
        try:
            _make_folder(folder)
        except FileExistsError:
            continue
        steps.did(folder.rmdir)
        return folder
    raise FixError(f"{top}: no free folder name for {stamp}")


def apply_plan(
    root: Path, writes: Sequence[Write], archived: Sequence[str], *,
    now: dt.datetime | None = None,
) -> str:
    """Carry out one case folder's plan; returns where the originals went, relative to
    ``root`` (``.originals/<timestamp>``). Raises FixError with the folder as it was."""
    now = now or dt.datetime.now(dt.UTC)
    kept = {path for path in archived}
    for write in writes:
        if os.path.lexists(root / write.path) and write.path not in kept:
            raise FixError(f"{write.path} exists already; nothing was changed")
    if JOURNAL in kept:
        raise FixError(f"{JOURNAL} is casecheck's journal name; nothing was changed")
    _refuse_outside(root, [ORIGINALS_DIR, *sorted(kept),
                           *(PurePosixPath(write.path).parent.as_posix() for write in writes)],
                    "the fix's path")
    steps = _Steps()
    try:
        folder = _originals_folder(root, now, steps)
        journal = {
            "casecheck_fix": JOURNAL_FORMAT, "at": now.isoformat(),
            "archived": sorted(kept),
            "created": {write.path: _digest(write.data) for write in writes},
        }
        journal_path = _write_new(folder, json.dumps(journal, indent=1).encode(),
                                  _mode_for(folder / JOURNAL))
        steps.did(functools.partial(journal_path.unlink, missing_ok=True))
        staged = []
        for write in writes:
            relative = PurePosixPath(write.path)
            _make_folders(root, relative, steps)
            temporary = _write_new((root / write.path).parent, write.data,
                                   _mode_for(root / write.path))
            steps.did(functools.partial(temporary.unlink, missing_ok=True))
            staged.append((temporary, root / write.path))
        for path in sorted(kept):
            relative = PurePosixPath(path)
            _make_folders(folder, relative, steps)
            source, target = root / path, folder / path
            _rename(source, target)
            steps.did(functools.partial(_rename, target, source))
        for temporary, target in staged:
            _rename(temporary, target)
            steps.did(functools.partial(_rename, target, temporary))
        final = folder / JOURNAL
        _rename(journal_path, final)
    except BaseException as error:
        left = steps.roll_back()
        if isinstance(error, OSError):
            reason = f"{_why(error)}: {error.filename}" if error.filename else _why(error)
            trouble = f"; could not undo: {'; '.join(left)}" if left else "; nothing was changed"
            raise FixError(f"cannot write in {root}: {reason}{trouble}") from None
        raise
    return folder.relative_to(root).as_posix()


# --- undo ----------------------------------------------------------------------------------

def _journals(root: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    found = []
    top = root / ORIGINALS_DIR
    if not top.is_dir():
        return []
    for folder in top.iterdir():
        try:
            journal = json.loads((folder / JOURNAL).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(journal, dict) and journal.get("casecheck_fix") == JOURNAL_FORMAT:
            found.append((str(journal.get("at", "")), folder, journal))
    return sorted(found, key=lambda item: (item[0], item[1].name))


def undo_last(root: Path, shown: str) -> Undone:
    """Put back what the last fix of ``root`` moved into ``.originals``, and remove the files
    it created. Refuses (FixError, nothing changed) when a created file was edited since or
    an original is missing, so that undoing never loses work done after the fix."""
    _refuse_outside(root, [ORIGINALS_DIR], "the originals folder")
    journals = _journals(root)
    if not journals:
        raise FixError(f"{shown}: no fix to undo (no {ORIGINALS_DIR}/*/{JOURNAL})")
    _, folder, journal = journals[-1]
    archived = [str(path) for path in journal.get("archived", [])]
    created = {str(path): str(digest) for path, digest in journal.get("created", {}).items()}
    where = folder.relative_to(root).as_posix()
    _refuse_outside(root, [*created, *archived], f"{where}/{JOURNAL} names")
    _refuse_outside(folder, archived, f"{where}/{JOURNAL} names")
    for path, digest in created.items():
        target = root / path
        if not target.is_file() or _file_digest(target) != digest:
            raise FixError(f"{shown}: {path} changed since the fix; put it aside, or restore"
                           f" by hand from {where}")
    for path in archived:
        if not (folder / path).exists():
            raise FixError(f"{shown}: {where}/{path} is missing; nothing was undone")
        if path not in created and os.path.lexists(root / path):
            raise FixError(f"{shown}: {path} exists again; nothing was undone")
    steps = _Steps()
    trash = folder / ".undone"
    try:
        _make_folder(trash)
        steps.did(trash.rmdir)
        for path in sorted(created):
            relative = PurePosixPath(path)
            _make_folders(trash, relative, steps)
            _rename(root / path, trash / path)
            steps.did(functools.partial(_rename, trash / path, root / path))
        for path in sorted(archived):
            _make_folders(root, PurePosixPath(path), steps)
            _rename(folder / path, root / path)
            steps.did(functools.partial(_rename, root / path, folder / path))
    except OSError as error:
        left = steps.roll_back()
        trouble = f"; could not undo: {'; '.join(left)}" if left else "; nothing was changed"
        raise FixError(f"cannot write in {root}: {_why(error)}{trouble}") from None
    _remove_tree(folder)
    with suppress(OSError):
        (root / ORIGINALS_DIR).rmdir()  # only when no other fix is kept there
    return Undone(shown, where, tuple(sorted(archived)),
                  tuple(sorted(set(created) - set(archived))))


def _remove_tree(folder: Path) -> None:
    """Remove what is left of an undone fix: its journal and the files it had created (the
    originals are back in place). Folders that are not empty stay."""
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        for name in filenames:
            Path(dirpath, name).unlink(missing_ok=True)
        for name in dirnames:
            with suppress(OSError):
                Path(dirpath, name).rmdir()
    with suppress(OSError):
        folder.rmdir()
