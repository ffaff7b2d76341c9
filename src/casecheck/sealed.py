"""Cache files that a stranger's repository can neither forge nor redirect.

Both caches are speed-ups, never sources of truth, and the case cache sits at the root of a
repository that holds other people's files. So:

- every entry is sealed with an HMAC-SHA256 of its name and bytes under a key of this user's
  (``cache-key`` in the user's cache directory, outside every repository, readable by its
  owner only); an entry that fails to verify, is too large, or is no regular file is a miss
  and is never parsed;
- no symbolic link is followed below a cache directory: each folder is opened from a
  descriptor of the one above it with ``O_NOFOLLOW | O_DIRECTORY``, each file with
  ``O_NOFOLLOW``, and an entry is replaced by a rename inside its folder (a rename replaces
  a link, never writes through it);
- a file casecheck does not own (``.gitignore``, ``CACHEDIR.TAG``) is created only when
  absent, never replaced.

Where the system has no ``dir_fd`` calls (Windows), each part of the path is ``lstat``-ed
before it is used instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import stat
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from casecheck.files import CACHE_DIR_ENV, case_folder_of, project_root, user_cache_dir

CACHE_DIR_NAME = ".casecheck_cache"
"""The cache directory at a project's root."""
KEY_NAME = "cache-key"
"""The file in the user's cache directory that holds this user's sealing key."""
KEY_BYTES = 32
SEAL = b"casecheck-hmac-sha256 "
"""How a sealed file begins; the hex digest and a newline follow, then the payload."""
RACY_NS = 2_000_000_000
"""A file modified this close to the run's start may change again within the same mtime tick
(a second on some file systems) without its stat changing: such a case is not stored (git's
"racily clean" rule)."""
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by casecheck.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
ENTRY_LIMIT = 32_000_000
"""Bytes a cache entry may have; a larger file where an entry belongs is a miss, unread."""

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_AT_CALLS = {os.open, os.mkdir, os.rename, os.unlink} <= os.supports_dir_fd and bool(_NOFOLLOW)
"""Whether folders can be walked by descriptor (POSIX); else by lstat of each part."""

_keys: dict[Path, bytes] = {}
_keys_lock = threading.Lock()
_PLACE_VARIABLES = ("XDG_CACHE_HOME", "HOME", "LOCALAPPDATA", "USERPROFILE")
"""What platformdirs reads to place the user's cache directory on Linux, macOS, Windows."""
_key_paths: dict[tuple[str | None, ...], Path] = {}


def _read_key(path: Path) -> bytes | None:
    """The key in ``path`` if it is a regular file of this user's, of the right size, that
    no one else may read; None otherwise (it is then made anew)."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC | _BINARY)
    try:
        info = os.fstat(fd)
        private = os.name != "posix" or (
            info.st_uid == os.getuid() and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
        )
        if not stat.S_ISREG(info.st_mode) or info.st_size != KEY_BYTES or not private:
            return None
        key = os.read(fd, KEY_BYTES + 1)
    finally:
        os.close(fd)
    return key if len(key) == KEY_BYTES else None


def _make_key(path: Path, *, replace: bool) -> bytes | None:
    """Write a new key in one step: a private temporary file, linked into place (the first
    process to link wins and the others read its key), or renamed over a key that was unfit."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{KEY_NAME}-{secrets.token_hex(8)}")
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY,
                 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(key)
        if replace:
            temporary.replace(path)
            return key
        try:
            os.link(temporary, path)
        except FileExistsError:
            return _read_key(path)
        except OSError:  # a file system without hard links: the last writer wins
            temporary.replace(path)
        return key
    finally:
        temporary.unlink(missing_ok=True)


def _key_path() -> Path:
    """Where the key lives. Asking platformdirs costs about 30 µs, more than the rest of a
    cache read: its answer is kept for as long as the variables it reads stay the same."""
    places = tuple(os.environ.get(name) for name in _PLACE_VARIABLES)
    path = _key_paths.get(places)
    if path is None:
        path = _key_paths[places] = user_cache_dir() / KEY_NAME
    return path


def user_key() -> bytes | None:
    """This user's sealing key, made on first use; None when the user's cache directory
    cannot hold one (then nothing is cached)."""
    path = _key_path()
    with _keys_lock:
        if path in _keys:
            return _keys[path]
        try:
            try:
                key = _read_key(path)
            except FileNotFoundError:
                key = _make_key(path, replace=False)
            else:
                key = key if key is not None else _make_key(path, replace=True)
        except OSError:
            return None
        if key is not None:
            _keys[path] = key
        return key


def _seal(key: bytes, name: str, payload: bytes) -> bytes:
    digest = hmac.new(key, name.encode("utf-8") + b"\0" + payload, hashlib.sha256)
    return digest.hexdigest().encode()


class CacheFolder(NamedTuple):
    """A cache directory, walked without following any link below it.

    ``named``: the user named this directory (``--cache-dir``, ``$CASECHECK_CACHE_DIR``, the
    user's cache directory), so the path to it may pass through links; the default one at a
    project's root may not itself be a link either. A tuple, not a dataclass: the answer path
    (:mod:`casecheck.answers`) would pay 8 ms to import ``dataclasses``.
    """

    path: Path
    named: bool

    # --- walking --------------------------------------------------------------------------

    @contextlib.contextmanager
    def _folder(self, parts: Sequence[str], *, create: bool) -> Iterator[int | Path]:
        """A descriptor (or, without ``dir_fd`` calls, a checked path) of the folder
        ``parts`` below the cache directory; OSError when a part is a link or no folder."""
        if not _AT_CALLS:
            yield self._checked_path(parts, create=create)
            return
        top_flags = os.O_RDONLY | _DIRECTORY | _CLOEXEC | (0 if self.named else _NOFOLLOW)
        if create:
            with contextlib.suppress(FileExistsError):
                self.path.mkdir(mode=0o700, parents=self.named)
        fd = os.open(self.path, top_flags)
        try:
            for part in parts:
                if create:
                    with contextlib.suppress(FileExistsError):
                        os.mkdir(part, 0o700, dir_fd=fd)
                below = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=fd)
                os.close(fd)
                fd = below
            yield fd
        finally:
            os.close(fd)

    def _checked_path(self, parts: Sequence[str], *, create: bool) -> Path:
        current = self.path
        for index, part in enumerate(("", *parts)):
            current = current / part if part else current
            if create:
                with contextlib.suppress(FileExistsError):
                    current.mkdir(mode=0o700, parents=index == 0 and self.named)
            info = current.lstat() if (part or not self.named) else current.stat()
            if not stat.S_ISDIR(info.st_mode):
                raise NotADirectoryError(0, "not a folder (or a link)", str(current))
        return current

    # --- reading --------------------------------------------------------------------------

    def holds(self, name: str) -> bool:
        """Whether anything (a link included) is at ``name`` in the directory itself."""
        try:
            with self._folder([], create=False) as where:
                if isinstance(where, Path):
                    return os.path.lexists(where / name)
                os.stat(name, dir_fd=where, follow_symlinks=False)
        except OSError:
            return False
        return True

    def _read_bytes(self, parts: Sequence[str], limit: int) -> bytes | None:
        *folders, name = parts
        flags = os.O_RDONLY | _NOFOLLOW | _CLOEXEC | _BINARY | getattr(os, "O_NONBLOCK", 0)
        try:
            with self._folder(folders, create=False) as where:
                if isinstance(where, Path):
                    if not stat.S_ISREG((where / name).lstat().st_mode):
                        return None
                    fd = os.open(where / name, flags)
                else:
                    fd = os.open(name, flags, dir_fd=where)
                try:
                    info = os.fstat(fd)
                    if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
                        return None
                    chunks = []
                    while chunk := os.read(fd, max(info.st_size, 1 << 16)):
                        chunks.append(chunk)
                    return b"".join(chunks)
                finally:
                    os.close(fd)
        except (OSError, ValueError):
            return None

    def read_sealed(self, parts: Sequence[str], limit: int = ENTRY_LIMIT) -> bytes | None:
        """The bytes of the file ``parts`` below the directory when its seal verifies under
        this user's key; None when absent, forged, or anything else."""
        data = self._read_bytes(parts, limit + len(SEAL) + 65)
        if data is None:
            return None
        head, newline, payload = data.partition(b"\n")
        key = user_key()
        if not newline or key is None or not head.startswith(SEAL):
            return None
        expected = _seal(key, "/".join(parts), payload)
        if not hmac.compare_digest(head.removeprefix(SEAL), expected):
            return None
        return payload

    def read_text(self, parts: Sequence[str], *, sealed: bool = True,
                  limit: int = ENTRY_LIMIT) -> str | None:
        """The text of the file ``parts`` below the directory; with ``sealed``, only when its
        seal verifies under this user's key. None when absent, forged, or anything else."""
        data = self.read_sealed(parts, limit) if sealed else self._read_bytes(parts, limit)
        if data is None:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def read_json(self, parts: Sequence[str]) -> Any:
        """The sealed JSON document at ``parts``; None when it is absent, does not verify or
        does not parse (nested past Python's stack included)."""
        text = self.read_text(parts)
        if text is None:
            return None
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            return None

    # --- writing --------------------------------------------------------------------------

    def _put(self, parts: Sequence[str], data: bytes, *, replace: bool) -> bool:
        """Write ``data`` to a temporary file and rename it to ``parts`` (``replace``), or link
        it there only if nothing is there yet. False when it could not be written."""
        *folders, name = parts
        temporary = f".tmp-{secrets.token_hex(8)}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
        try:
            with self._folder(folders, create=True) as where:
                if isinstance(where, Path):
                    return _put_by_path(where, name, temporary, data, flags, replace=replace)
                fd = os.open(temporary, flags, 0o600, dir_fd=where)
                try:
                    with os.fdopen(fd, "wb") as out:
                        out.write(data)
                    if replace:
                        os.rename(temporary, name, src_dir_fd=where, dst_dir_fd=where)
                    else:
                        os.link(temporary, name, src_dir_fd=where, dst_dir_fd=where,
                                follow_symlinks=False)
                finally:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(temporary, dir_fd=where)
        except (OSError, ValueError):
            return False
        return True

    def write_json(self, parts: Sequence[str], value: Any) -> bool:
        """Seal and store ``value`` as JSON at ``parts``, replacing what was there (an entry
        that failed to verify included). A cache that cannot be written is no error: False."""
        # ASCII JSON: findings may quote a file name that is not UTF-8 (lone surrogates)
        return self.write_sealed(parts, json.dumps(value).encode("ascii"))

    def write_sealed(self, parts: Sequence[str], payload: bytes) -> bool:
        """Seal and store ``payload`` at ``parts``, replacing what was there; False when it
        could not be written (no key, no room): a cache is no error."""
        key = user_key()
        if key is None:
            return False
        head = SEAL + _seal(key, "/".join(parts), payload) + b"\n"
        return self._put(parts, head + payload, replace=True)

    def mark(self) -> None:
        """Tag the directory, so that backup tools skip it and git does not see it; a
        ``.gitignore`` or tag that is there already is left alone."""
        if not self.holds("CACHEDIR.TAG"):
            self.create(".gitignore", "# Created by casecheck.\n*\n")
            self.create("CACHEDIR.TAG", CACHEDIR_TAG)

    def create(self, name: str, text: str) -> bool:
        """Write ``name`` in the directory unless something is there already: a file that
        exists may be someone else's, and is left as it is."""
        return self._put([name], text.encode("utf-8"), replace=False)


def _put_by_path(folder: Path, name: str, temporary: str, data: bytes, flags: int, *,
                 replace: bool) -> bool:
    scratch = folder / temporary
    fd = os.open(scratch, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        target = folder / name
        if replace:
            scratch.replace(target)
        else:
            os.link(scratch, target)  # FileExistsError where something is there already
    finally:
        scratch.unlink(missing_ok=True)
    return True


def cache_location(
    paths: Iterable[str | Path], explicit: str | Path | None = None
) -> CacheFolder:
    """Where a run over ``paths`` keeps its cache: ``explicit``, ``$CASECHECK_CACHE_DIR``,
    ``.casecheck_cache`` at the project root, or the user's cache directory.

    All but the project's are named by the user, and may be reached through links. A project
    root that is itself a case folder, or lies inside one, is not used: casecheck never writes
    inside a case folder unless the user names a directory there.
    """
    if explicit is not None:
        return CacheFolder(Path(explicit).absolute(), named=True)
    if os.environ.get(CACHE_DIR_ENV):
        return CacheFolder(Path(os.environ[CACHE_DIR_ENV]).absolute(), named=True)
    root = project_root(paths)
    if root is not None and case_folder_of(root) is None:
        return CacheFolder(root / CACHE_DIR_NAME, named=False)
    return CacheFolder(user_cache_dir(), named=True)


def cache_dir_for(paths: Iterable[str | Path], explicit: str | Path | None = None) -> Path:
    """The directory of :func:`cache_location`."""
    return cache_location(paths, explicit).path


def refusal(location: CacheFolder) -> str | None:
    """Why casecheck will not keep its cache at ``location``, or None.

    A ``.casecheck_cache`` that a repository brings along as a link (to ``.``, to a case
    folder, to a path outside) is refused: following it would write where the link points.
    Neither is anything kept where a file or other non-folder is.
    """
    try:
        info = location.path.lstat()
        if stat.S_ISLNK(info.st_mode):
            if not location.named:
                target = location.path.readlink()
                return (f"{location.path} is a symbolic link (to {target}); casecheck does not "
                        "follow it: delete it, or name a cache with --cache-dir")
            info = location.path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"{location.path}: {error.strerror or error}"
    if not stat.S_ISDIR(info.st_mode):
        return f"{location.path} is not a folder; name a cache with --cache-dir"
    return None
