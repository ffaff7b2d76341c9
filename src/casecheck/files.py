"""What casecheck asks of the operating system, each in one place: where its caches live, which
folder is the project a case belongs to, and how a file of a case is opened without blocking or
touching it. How a cache file is written and read (sealed, without following links) is
:mod:`casecheck.sealed`."""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import platformdirs

ORIGINALS_DIR = ".originals"
"""Where ``casecheck fix --apply`` moves the files it replaces, inside the case folder
(``.originals/<timestamp>/``): evidence, not part of the case, so discovery, A012 and the cache
pass it by."""

CACHE_DIR_ENV = "CASECHECK_CACHE_DIR"
"""Overrides where casecheck keeps its caches (the case cache and, in its ``ocr`` folder, the
OCR readings)."""

MANIFEST_NAMES = ("case.toml", "case.json", "case.yaml", "case.yml")
"""A folder holding one of these is a case folder (the first one there is its manifest)."""

PROJECT_MARKERS = ("pyproject.toml", "casecheck.toml", ".git")
"""A folder holding one of these is a project: the repository of its cases and the home of
its cache."""

_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def user_cache_dir() -> Path:
    """casecheck's folder in the user's cache directory, as the platform places it
    (``$XDG_CACHE_HOME``, ``~/Library/Caches``, ``%LOCALAPPDATA%``)."""
    return platformdirs.user_cache_path("casecheck", appauthor=False)


def marks_project(folder: Path) -> bool:
    """True when ``folder`` holds a project marker. The home folder and a file system's root are
    never a project, even with a marker: a dotfiles repository in ``~`` must not make casecheck
    walk (or cache into) the whole home folder."""
    if folder.parent == folder or folder == Path.home():
        return False
    return any(os.path.lexists(folder / marker) for marker in PROJECT_MARKERS)


def manifests_in(folder: Path) -> list[str]:
    return [name for name in MANIFEST_NAMES if os.path.lexists(folder / name)]


def case_folder_of(path: Path) -> Path | None:
    """The nearest folder at or above ``path`` that holds a manifest."""
    for folder in (path, *path.parents):
        if manifests_in(folder):
            return folder
    return None


def project_root(paths: Iterable[str | Path]) -> Path | None:
    """The nearest folder at or above the given paths' common folder that marks a project."""
    folders = []
    for raw in paths:
        path = Path(raw).absolute()
        folders.append(path if path.is_dir() else path.parent)
    if not folders:
        return None
    common = Path(os.path.commonpath(folders))
    return next((folder for folder in (common, *common.parents) if marks_project(folder)), None)


def new_file_mode() -> int:
    """The permissions the user's umask gives a new file: what a file written through
    ``mkstemp`` (always 0600) is set to. The umask can only be read by setting it."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def open_regular(path: Path, *, changed: str = "not a regular file") -> tuple[int, os.stat_result]:
    """A read-only descriptor of ``path`` and its stat, or OSError when it is no regular file.

    The stat before the open keeps devices, sockets and FIFOs from ever being opened (opening
    a FIFO for reading blocks until a writer comes). O_NONBLOCK makes the open return at once
    even if the path was swapped for a FIFO in between, and the fstat after it rejects that
    with ``changed`` as the reason. O_NOATIME (owner or root only) keeps the read from
    touching the access time.
    """
    if not stat.S_ISREG(path.stat().st_mode):
        raise OSError(0, "not a regular file")
    try:
        fd = os.open(path, _OPEN_FLAGS | getattr(os, "O_NOATIME", 0))
    except PermissionError:
        fd = os.open(path, _OPEN_FLAGS)
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise OSError(0, changed)
    return fd, info


TOML_SIZE_LIMIT = 1_000_000
"""Bytes a configuration file or a rule pack may have: the shipped packs are 2 to 30 KB; a
repository's 14 MB ``ignore`` list kept a run busy past 30 s."""


def load_toml(path: Path, limit: int = TOML_SIZE_LIMIT) -> dict[str, Any]:
    """A configuration file or a rule pack, parsed; ValueError saying why it cannot be:
    not a regular file, over ``limit`` bytes (judged by its size, not read), not UTF-8, not
    TOML, or nested deeper than Python's stack (``x = [[[[...`` 100,000 deep was a
    RecursionError traceback). OSError when it cannot be read."""
    fd, info = open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > limit:
            raise ValueError(f"{info.st_size} bytes; at most {limit} are read")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"more than {limit} bytes; at most {limit} are read")
    try:
        return tomllib.loads(data.decode("utf-8"))
    except RecursionError:
        raise ValueError("nested too deeply") from None
