"""The incremental cache: a second run over unchanged case folders redoes only what must be redone.

Like ruff's cache, it is keyed, not invalidated: the key of a case is a hash of everything its
cacheable findings can depend on (casecheck's code, the rule packs' content, the configuration
that changes findings, the manifest, the message, and the path, size, mtime, ctime and inode
of every file of the case folder). A changed input gives a new key, so a stale entry is never
read, only left behind; ``casecheck clean`` removes them all. The ctime is git's answer to a
file overwritten in place with its size and mtime put back: no one can set it back.

Entries are small JSON files named by their key, written to a temporary file and renamed into
place, so concurrent runs (pre-commit in two terminals, ``--jobs``) can only ever write the same
bytes to the same name. The cache is a speed-up, never a source of truth: each entry is sealed
with this user's key and the directory is walked without following links
(:mod:`casecheck.sealed`), so an entry that is unreadable, forged, foreign or from another
version is a miss, and is written anew.
"""

from __future__ import annotations

import abc
import dataclasses
import datetime as dt
import functools
import hashlib
import hmac
import importlib.util
import json
import os
import shutil
import stat
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from casecheck import __version__, ocr, prose, timing
from casecheck.attachments import INSPECTOR_VERSION, AttachmentFacts
from casecheck.engine import OCR, REPORTS, Checker, Config, declared_reads
from casecheck.files import ORIGINALS_DIR
from casecheck.findings import CacheStats, Finding
from casecheck.loader import LoadedCase, resolve_in_case
from casecheck.packs import SHIPPED_RULES
from casecheck.sealed import CACHE_DIR_NAME as CACHE_DIR_NAME  # the light half: there
from casecheck.sealed import CACHEDIR_TAG as CACHEDIR_TAG
from casecheck.sealed import RACY_NS as RACY_NS
from casecheck.sealed import CacheFolder, user_key
from casecheck.sealed import cache_location as cache_location
from casecheck.sealed import refusal as refusal

if TYPE_CHECKING:
    from casecheck.attachments import FileIdentity, InspectionLimits
    from casecheck.reports.index import FileStat

ENTRY_FORMAT = 4
"""Bumped when the layout of an entry changes, so that old entries are misses, not errors.
3: a case's entry holds its checkers' observations beside their findings. 4: the attachment
and history entries name no file or folder (a name can hold a secret): digests instead."""

# Config fields that do not change what a cacheable checker reports: the reference time only
# feeds the time-dependent rules (never cached); strictness and severities are applied to the
# findings after the checkers ran; the rule packs enter the key by content, not by path; a
# checker that ran out of its time budget is X001, which is never stored.
_CONFIG_NOT_IN_KEY = frozenset({"now", "strict", "severity", "rules_dirs", "checker_timeout"})


def cache_dir_for(paths: Iterable[str | Path], explicit: str | Path | None = None) -> Path:
    """The directory of :func:`cache_location`."""
    return cache_location(paths, explicit).path


def is_cache_dir(directory: Path) -> bool:
    """True when ``directory`` itself, not a link to it, is one casecheck made (it holds
    casecheck's CACHEDIR.TAG)."""
    tag = CacheFolder(directory, named=False).read_text(["CACHEDIR.TAG"], sealed=False,
                                                        limit=4096)
    return tag is not None and "casecheck" in tag


def clean(directory: Path) -> bool:
    """Remove a cache directory; False when there was none. Refuses a folder casecheck did not
    make, so that a mistyped ``--cache-dir`` cannot delete someone's files, and a link (it
    would remove where the link points); raises ValueError when not all of it went."""
    try:
        info = directory.lstat()
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(info.st_mode):
        raise ValueError(f"{directory} is a symbolic link, not a casecheck cache: nothing removed")
    if not is_cache_dir(directory):
        raise ValueError(f"{directory} is not a casecheck cache (no CACHEDIR.TAG of casecheck)")
    shutil.rmtree(directory, ignore_errors=True)  # by descriptor: links inside are not followed
    if os.path.lexists(directory):
        raise ValueError(f"{directory}: could not remove all of it (see its permissions)")
    return True


def _stat_key(path: str | Path) -> list[int] | None:
    try:
        info = os.stat(path)  # noqa: PTH116 - a Path per file costs more than the stat
    except (OSError, ValueError):
        try:
            info = os.lstat(path)  # a dangling symlink: its own stat still says when it changed
        except (OSError, ValueError):
            return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_mode]


def _files_below(root: Path) -> list[tuple[str, str]]:
    """(path relative to ``root``, path) of every file below ``root``, sorted; symlinked folders
    are not entered. os.scandir, not pathlib: this runs for every case on every warm run."""
    found: list[tuple[str, str]] = []
    pending = [("", str(root))]
    while pending:
        prefix, directory = pending.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            relative = prefix + entry.name
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                pending.append((relative + "/", entry.path))
            else:
                found.append((relative, entry.path))
    return sorted(found)


def _code_fingerprint(checkers: Sequence[Checker]) -> str:
    """casecheck's own files (code, catalog) and the modules of plug-in checkers, by stat: a
    development checkout edits code without bumping the version."""
    package = Path(__file__).parent
    parts: list[Any] = [__version__]
    for relative, path in _files_below(package):
        if relative.endswith((".py", ".toml")):
            parts.append([relative, _stat_key(path)])
    modules = sorted({
        getattr(getattr(unit, "function", unit), "__module__", "") for unit in checkers
    })
    for name in modules:
        file = getattr(sys.modules.get(name), "__file__", None)
        if file and not Path(file).is_relative_to(package):
            parts.append([name, file, _stat_key(Path(file))])
    return _digest(parts)


def packs_digest(rules_dirs: Sequence[Path]) -> str:
    """The rule packs by content: every pack file of the shipped and the user's directories."""
    hasher = hashlib.sha256()
    for directory in (SHIPPED_RULES, *(Path(d).resolve() for d in rules_dirs)):
        hasher.update(f"\0dir\0{directory}".encode())
        if not directory.is_dir():
            continue
        for relative, path in _files_below(directory):
            if relative.endswith(".toml"):
                hasher.update(f"\0file\0{relative}\0".encode())
                hasher.update(Path(path).read_bytes())
    return hasher.hexdigest()


KEYED_READS = frozenset({OCR, REPORTS})
"""What a checker may read beyond the folder and still be cached: the key holds its state
(the OCR engine and its settings; the reports by content, see ``CaseCache.with_reports``)."""


def covers(unit: Checker) -> bool:
    """Whether ``unit``'s findings are cached: it declares what it reads, and the key holds all
    of it. The clock, other case folders and the network are never in a key."""
    reads = declared_reads(unit)
    return reads is not None and reads <= KEYED_READS


def _ocr_state() -> str:
    """The OCR engine a screenshot's findings came from: an entry made without one must not
    be reused once one is installed."""
    engine = ocr.default_engine()
    return f"{engine.name}; {engine.settings}" if engine is not None else "no OCR engine"


def _digest(value: Any) -> str:
    # ASCII JSON: a file name that is not UTF-8 holds lone surrogates, which UTF-8 refuses
    text = json.dumps(value, sort_keys=True, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CaseCache:
    """The cache as one run sees it: a directory and the part of every key the run fixes.

    Picklable, so that worker processes of ``--jobs`` share it.
    """

    directory: Path
    run_key: str
    """Everything a case's findings depend on besides the case: code, packs, config."""
    code_key: str = ""
    """What an attachment's inspection depends on besides the file: casecheck's code."""
    models_key: str = ""
    """What a manifest's model depends on besides the manifest: the code and the rule packs."""
    started_ns: int = field(default_factory=time.time_ns)
    named: bool = True
    """The user named the directory, so the path to it may pass through links."""

    @classmethod
    def open(
        cls, directory: Path | CacheFolder, *, config: Config, checkers: Sequence[Checker]
    ) -> CaseCache:
        settings = {
            f.name: getattr(config, f.name) for f in dataclasses.fields(config)
            if f.name not in _CONFIG_NOT_IN_KEY
        }
        covered = [unit for unit in checkers if covers(unit)]
        reads = {read for unit in covered for read in declared_reads(unit) or ()}
        code_key = _code_fingerprint(checkers)
        packs_key = packs_digest(config.rules_dirs)
        run_key = _digest([
            ENTRY_FORMAT, code_key, packs_key, settings,
            [[unit.name, sorted(unit.codes)] for unit in covered],
            _ocr_state() if OCR in reads else None,
        ])
        location = directory if isinstance(directory, CacheFolder) else CacheFolder(
            Path(directory), named=True)
        return cls(location.path.absolute(), run_key, code_key, _digest([code_key, packs_key]),
                   named=location.named)

    def with_reports(self, identity: str) -> CaseCache:
        """The cache of a run that holds claims against Seller Central reports: the reports'
        identity (every file by name and content hash) joins every case's key, so a new or
        changed report is a miss and an unchanged one a hit."""
        return dataclasses.replace(self, run_key=_digest([self.run_key, REPORTS, identity]))

    @property
    def folder(self) -> CacheFolder:
        return CacheFolder(self.directory, named=self.named)

    def _mark(self) -> None:
        """Tag the directory, so that backup tools skip it and git does not see it; a
        ``.gitignore`` or tag that is there already is left alone."""
        self.folder.mark()

    def case_key(self, case: LoadedCase) -> tuple[str, bool] | None:
        """The key of a loaded case and whether it may be stored; None if it is not cacheable.

        Only a case whose model loaded is cached: the others report load findings only.
        """
        if case.root is None or case.model is None:
            return None
        root = case.root.absolute()
        # What `casecheck fix` moved aside is no part of the case: it changes no finding.
        files = [(relative, _stat_key(path)) for relative, path in _files_below(root)
                 if not relative.startswith(ORIGINALS_DIR + "/")]
        walked = {relative for relative, _ in files}
        listed = []
        for attachment in case.model.attachments:
            # Most listed files were stat-ed by the walk; the others (behind a symlinked
            # folder, or leading out of the case) are found the way the checkers find them.
            if ".." not in attachment.path and os.path.normpath(attachment.path) in walked:
                continue
            inside = resolve_in_case(root, attachment.path)
            listed.append((attachment.path, _stat_key(inside) if inside is not None else None))
        racy = any(
            stat is not None and stat[1] >= self.started_ns - RACY_NS
            for _, stat in (*files, *listed)
        )
        key = _digest([
            self.run_key, str(root), case.display_path, case.manifest_name, case.manifest_text,
            case.message_file, case.message, files, listed,
        ])
        return key, not racy

    @staticmethod
    def _entry(kind: str, key: str) -> list[str]:
        return [__version__, kind, f"{key}.json"]

    def _read(self, kind: str, key: str) -> Any:
        """The payload stored under ``key``; None when absent, forged, corrupt or foreign."""
        document = self.folder.read_json(self._entry(kind, key))
        if not isinstance(document, dict) or (document.get("key"), document.get("casecheck")) != (
            key, __version__):
            return None
        return document.get("value")

    def _write(self, kind: str, key: str, value: Any) -> bool:
        """Store ``value`` under ``key``; a cache that cannot be written is no error."""
        self._mark()
        document = {"casecheck": __version__, "key": key, "value": value}
        return self.folder.write_json(self._entry(kind, key), document)

    def load(self, key: str) -> tuple[list[Finding], dict[str, Any]] | None:
        """The findings and observations stored under a case's key; None when absent, corrupt
        or foreign."""
        value = self._read("cases", key)
        if not isinstance(value, dict) or not isinstance(value.get("findings"), list) \
                or not isinstance(value.get("observations"), dict):
            return None
        try:
            return [Finding.from_dict(item) for item in value["findings"]], value["observations"]
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def store(
        self, key: str, findings: Iterable[Finding], observations: Mapping[str, Any]
    ) -> bool:
        return self._write("cases", key, {
            "findings": [finding.to_dict() for finding in findings],
            "observations": dict(observations),
        })


@dataclass
class CaseEntry:
    """One case's entry, as the engine sees it (its ``CachedCase``)."""

    cache: CaseCache
    stats: CacheStats
    key: str
    storable: bool
    findings: list[Finding] | None
    observations: dict[str, Any] = field(default_factory=dict)

    def store(self, findings: Sequence[Finding], observations: Mapping[str, Any]) -> None:
        if self.storable:
            self.stats.case_stores += self.cache.store(self.key, findings, observations)


@dataclass
class CaseEntries:
    """The cache of one process, as the engine sees it (its ``FindingsCache``), counting what
    it does in ``stats``. The runner looks a case's entry up before it decides where to check
    the case (:meth:`look_up`); the engine then gets that entry, not a second read."""

    cache: CaseCache
    stats: CacheStats
    _looked_up: dict[int, tuple[LoadedCase, CaseEntry | None]] = field(default_factory=dict)

    def _find(self, case: LoadedCase) -> CaseEntry | None:
        keyed = self.cache.case_key(case)
        if keyed is None:
            return None
        key, storable = keyed
        stored = self.cache.load(key)
        if stored is None:
            return CaseEntry(self.cache, self.stats, key, storable, None)
        return CaseEntry(self.cache, self.stats, key, storable, *stored)

    def look_up(self, case: LoadedCase) -> CaseEntry | None:
        """``case``'s entry, kept for the engine's :meth:`entry` of the same case."""
        found = self._find(case)
        self._looked_up[id(case)] = (case, found)
        return found

    def forget(self) -> None:
        """Drop what :meth:`look_up` kept: those cases are checked elsewhere."""
        self._looked_up.clear()

    def entry(self, case: LoadedCase) -> CaseEntry | None:
        kept = self._looked_up.pop(id(case), None)
        found = kept[1] if kept is not None and kept[0] is case else self._find(case)
        if found is not None:
            self.stats.case_hits += found.findings is not None
            self.stats.case_misses += found.findings is None
        return found

    def covers(self, unit: Checker) -> bool:
        return covers(unit)


def _fields_of(value: Any) -> dict[str, Any]:
    """A flat dataclass as a dict; ``dataclasses.asdict`` deep-copies, and this runs per file."""
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}


@dataclass
class AttachmentStore:
    """The inspections of one case folder's attachments (type, pages, encryption, integrity).

    Each fact is keyed by the file's path and identity (device, inode, size, mtime, ctime) and
    the limits it was inspected under, so editing a manifest or a message does not decode its
    PDFs again, and editing one file re-inspects that file only. A folder's facts are kept in
    one entry, read once and written once per run: one file per attachment made the cold run
    pay more for creating cache files than for some of the decoding. The keys are digests: a
    file name is a stranger's text (``card 4111 1111 1111 1111.pdf``) and is kept nowhere in
    the cache.
    """

    cache: CaseCache
    stats: CacheStats
    folder: Path
    _known: dict[str, Any] | None = None
    _saved: dict[str, Any] = field(default_factory=dict)
    _asked: set[str] = field(default_factory=set)
    """The keys of the facts this run reused: the entry keeps those and the new ones."""

    @property
    def _folder_key(self) -> str:
        return _digest([
            ENTRY_FORMAT, "files", INSPECTOR_VERSION, self.cache.code_key,
            str(self.folder.absolute()),
        ])

    @staticmethod
    def _key(path: Path, identity: FileIdentity, limits: InspectionLimits) -> str:
        values = (*_fields_of(identity).values(), *_fields_of(limits).values())
        return _digest([str(path.absolute()), [str(value) for value in values]])

    def _entries(self) -> dict[str, Any]:
        if self._known is None:
            known = self.cache._read("files", self._folder_key)
            self._known = known if isinstance(known, dict) else {}
        return self._known

    def load(
        self, path: Path, identity: FileIdentity, limits: InspectionLimits
    ) -> AttachmentFacts | None:
        key = self._key(path, identity, limits)
        entry = self._entries().get(key)
        try:
            facts = AttachmentFacts.from_dict(entry["facts"]) if entry is not None else None
        except (TypeError, KeyError):
            facts = None
        if facts is None:
            self.stats.attachment_misses += 1
        else:
            self.stats.attachment_hits += 1
            self._asked.add(key)
        return facts

    def save(
        self, path: Path, identity: FileIdentity, limits: InspectionLimits, facts: AttachmentFacts
    ) -> None:
        if identity.mtime_ns < self.cache.started_ns - RACY_NS:
            self._saved[self._key(path, identity, limits)] = {"facts": _fields_of(facts)}

    def flush(self) -> None:
        """Write the folder's entry if anything was inspected anew. Facts this run did not
        reuse (of a file inspected again, gone, or no longer listed) are dropped, so the entry
        does not grow."""
        if not self._saved:
            return
        entries = self._entries()
        kept = {key: entries[key] for key in self._asked if key in entries}
        self.cache._write("files", self._folder_key, {**kept, **self._saved})
        self._saved = {}


@dataclass
class ReportEntries:
    """The Seller Central reports' part of the cache (``casecheck.reports.ReportStore``).

    Two kinds of entry: a report file's content hash, keyed by its path and identity (so an
    unchanged 120 MB ledger is not read again to be hashed); and what reading a content gave,
    keyed by its hash: the file's facts, the IDs it was read for, and only the rows kept for
    them. A report is never stored whole.
    """

    cache: CaseCache

    def _file_key(self, path: Path, identity: FileStat) -> str:
        return _digest([ENTRY_FORMAT, "report-file", str(path.absolute()), list(identity)])

    def _rows_key(self, content_hash: str) -> str:
        from casecheck.reports.index import READER_VERSION  # noqa: PLC0415 - start-up: the reports (--reports only)

        return _digest([ENTRY_FORMAT, "report-rows", READER_VERSION, self.cache.code_key,
                        content_hash])

    def content_hash(self, path: Path, identity: FileStat) -> str | None:
        value = self.cache._read("reports", self._file_key(path, identity))
        return value if isinstance(value, str) else None

    def remember(self, path: Path, identity: FileStat, content_hash: str) -> None:
        # A file changed within the mtime tick of this run could change again unseen.
        if identity[3] < self.cache.started_ns - RACY_NS:
            self.cache._write("reports", self._file_key(path, identity), content_hash)

    def index(self, content_hash: str) -> dict[str, Any] | None:
        value = self.cache._read("reports", self._rows_key(content_hash))
        return value if isinstance(value, dict) else None

    def store_index(self, content_hash: str, entry: Mapping[str, Any]) -> None:
        self.cache._write("reports", self._rows_key(content_hash), dict(entry))


@dataclass
class HistoryEntries:
    """The history rules' part of the cache (``casecheck.repository.HistoryStore``): one
    entry per repository, holding each manifest's facts under its stat (names, size,
    mtime_ns, ctime_ns, inode). IDs and case IDs are in it only as HMAC digests under the
    user's cache key (a case ID also masked, for display), so the entry quotes no value of a
    case that could hold a secret."""

    cache: CaseCache
    secret: bytes

    @classmethod
    def open(cls, cache: CaseCache) -> HistoryEntries | None:
        """The store of ``cache``; None without the user's key (nothing could be sealed)."""
        key = user_key()
        if key is None:
            return None
        # A key of its own, derived: a digest of an ID is never a seal of anything.
        return cls(cache, hmac.new(key, b"casecheck history ids", hashlib.sha256).digest())

    def digest(self, text: str) -> str:
        return hmac.new(self.secret, text.encode("utf-8", "surrogatepass"),
                        hashlib.sha256).hexdigest()[:32]

    def racy(self, stat: list[Any]) -> bool:
        return bool(stat[2] >= self.cache.started_ns - RACY_NS)

    def _key(self, roots: Sequence[Path]) -> str:
        return _digest([ENTRY_FORMAT, "history", self.cache.models_key,
                        [str(root.absolute()) for root in roots]])

    def load(self, roots: Sequence[Path]) -> dict[str, Any]:
        value = self.cache._read("history", self._key(roots))
        return value if isinstance(value, dict) else {}

    def save(self, roots: Sequence[Path], entries: dict[str, Any]) -> None:
        self.cache._write("history", self._key(roots), entries)


@dataclass
class _WorkedOut(abc.ABC):
    """What the rules work out the same on every run, kept in one entry of the cache under
    ``NAME`` and what the working out depends on (``_depends_on``): a change of that makes
    the entry stale. ``load`` teaches the rules what was stored; ``save`` keeps what the run
    worked out, if it worked out anything new."""

    NAME: ClassVar[str]
    folder: CacheFolder
    _stored: dict[str, Any] = field(default_factory=dict)

    @abc.abstractmethod
    def _depends_on(self) -> list[Any]: ...

    @abc.abstractmethod
    def _learn(self, stored: dict[str, Any]) -> None: ...

    @abc.abstractmethod
    def _known(self) -> dict[str, Any]: ...

    @functools.cached_property
    def _entry(self) -> list[str]:
        return [__version__, self.NAME, f"{_digest([ENTRY_FORMAT, *self._depends_on()])}.json"]

    def load(self) -> None:
        stored = self.folder.read_json(self._entry)
        if isinstance(stored, dict):
            self._learn(stored)
            self._stored = stored

    def save(self) -> None:
        known = self._known()
        if known != self._stored:
            self.folder.mark()
            self.folder.write_json(self._entry, known)
            self._stored = known


@dataclass
class HolidayEntries(_WorkedOut):
    """The holiday dates the timing rules worked out (``casecheck.timing.known_holidays``),
    under the stat of the installed holidays package: an upgrade changes the dates it gives."""

    NAME = "holidays"

    def _depends_on(self) -> list[Any]:
        spec = importlib.util.find_spec("holidays")
        origin = spec.origin if spec is not None else None
        return [_stat_key(origin) if origin else None]

    def _learn(self, stored: dict[str, Any]) -> None:
        for key, day in stored.items():
            try:
                country, name, year = json.loads(key)
                timing.known_holidays.setdefault((country, name, int(year)),
                                                 dt.date.fromisoformat(day))
            except (TypeError, ValueError):
                continue

    def _known(self) -> dict[str, Any]:
        return {json.dumps(list(key)): day.isoformat()
                for key, day in timing.known_holidays.items()}


_PROSE_CODE = Path(prose.__file__)
"""Where what a lexicon's pattern needs is worked out: an edit makes the entry stale."""


@dataclass
class LiteralEntries(_WorkedOut):
    """What each lexicon pattern needs (``casecheck.prose.known_literals``), under this
    interpreter (whose parser read the patterns) and the code that read them: a run then
    parses no pattern it has read before."""

    NAME = "phrases"

    def _depends_on(self) -> list[Any]:
        return [sys.version, hashlib.sha256(_PROSE_CODE.read_bytes()).hexdigest()]

    def _learn(self, stored: dict[str, Any]) -> None:
        prose.learn_literals(stored)

    def _known(self) -> dict[str, Any]:
        return prose.known_literals()
