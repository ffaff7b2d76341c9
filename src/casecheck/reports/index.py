"""The reports folder of a run, read once into a small index of the rows the cases ask about.

``read_reports`` lists every file of the folder, reads each once (``reading.scan_file``) and
keeps the rows whose IDs a case names. Shipment items are read first: the FNSKUs of a claimed
shipment are IDs the ledger and the reimbursements are then read for, also when the manifest
lists no FNSKU. With a ``ReportStore`` (the cache's), a file is known by its content hash,
remembered per file identity so that an unchanged file is not even read to be hashed; its
kept rows are stored under that hash with the IDs they were kept for, and a later run that
asks about no other ID uses them without reading the file. Only those rows are ever stored.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol, TypeVar

from casecheck.errors import UsageError
from casecheck.reports.columns import ReportKind
from casecheck.reports.reading import (
    Problem,
    Scanned,
    find_header,
    head_lines,
    head_text,
    scan_file,
)
from casecheck.reports.rows import (
    CustomerReturn,
    LedgerEvent,
    Reimbursement,
    Row,
    ShipmentItem,
    row_from_dict,
)
from casecheck.reports.wanted import Wanted

READER_VERSION = 1
"""Bumped whenever the same bytes could give other rows or problems; part of every key."""

FileStat = tuple[int, int, int, int, int]
"""(device, inode, size, mtime_ns, ctime_ns): same identity, same bytes."""

R = TypeVar("R", bound=Row)


class ReportStore(Protocol):
    """Where a run keeps what it learnt of report files (``casecheck.cache`` has one)."""

    def content_hash(self, path: Path, identity: FileStat) -> str | None:
        """The content hash of the file ``path`` had when it had ``identity``, if known."""
        ...

    def remember(self, path: Path, identity: FileStat, content_hash: str) -> None: ...

    def index(self, content_hash: str) -> Mapping[str, Any] | None:
        """What reading the content gave: the file's facts, the IDs asked, the rows kept."""
        ...

    def store_index(self, content_hash: str, entry: Mapping[str, Any]) -> None: ...


@dataclass(frozen=True)
class ReportFile:
    """One file of the reports folder: which report it is, and whether it can be used."""

    name: str
    """The path relative to the reports folder, with ``/``."""
    content_hash: str
    kind: ReportKind | None = None
    encoding: str | None = None
    delimiter: str | None = None
    rows_read: int = 0
    first_day: str | None = None
    last_day: str | None = None
    missing: tuple[str, ...] = ()
    problem: Problem | None = None

    @property
    def usable(self) -> bool:
        return self.kind is not None and self.problem is None

    def facts(self) -> dict[str, Any]:
        """Everything but the name, as the cache stores it."""
        return {
            "content_hash": self.content_hash, "kind": self.kind, "encoding": self.encoding,
            "delimiter": self.delimiter, "rows_read": self.rows_read,
            "first_day": self.first_day, "last_day": self.last_day,
            "missing": list(self.missing),
            "problem": self.problem.to_dict() if self.problem is not None else None,
        }

    @classmethod
    def from_facts(cls, name: str, facts: Mapping[str, Any]) -> ReportFile:
        problem = facts.get("problem")
        return cls(
            name, str(facts["content_hash"]),
            ReportKind(facts["kind"]) if facts.get("kind") else None, facts.get("encoding"),
            facts.get("delimiter"), int(facts.get("rows_read") or 0), facts.get("first_day"),
            facts.get("last_day"), tuple(facts.get("missing") or ()),
            Problem(problem["variant"], dict(problem["values"])) if problem else None,
        )

    @classmethod
    def of(cls, name: str, scanned: Scanned) -> ReportFile:
        # every field of the scan but its rows: a field added to one class and not the
        # other is a TypeError here, not a fact silently dropped
        return cls(name, **{f.name: getattr(scanned, f.name) for f in fields(scanned)
                            if f.name != "rows"})


@dataclass(frozen=True)
class ReportIndex:
    """The reports of a run: every file with its facts, and the rows the cases ask about."""

    shown: str
    """The reports folder as findings show it."""
    files: tuple[ReportFile, ...] = ()
    rows: tuple[Row, ...] = field(default=(), repr=False)
    read: tuple[str, ...] = field(default=(), compare=False)
    """The files this run read; the others' rows came from the store."""

    @cached_property
    def identity(self) -> str:
        """What the findings drawn from the reports depend on: every file by name and content,
        and the reader's version. A case's cache key holds it."""
        parts = [READER_VERSION, self.shown, [[f.name, f.content_hash] for f in self.files]]
        return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()

    def usable(self, kind: ReportKind) -> tuple[ReportFile, ...]:
        """The files of ``kind`` the checks may rely on."""
        return tuple(f for f in self.files if f.kind is kind and f.usable)

    _tables: dict[tuple[type[Row], str], dict[str, list[int]]] = field(
        default_factory=dict, compare=False, repr=False)
    """Per row type and attribute, where each value stands in ``rows``: built when first
    asked, so that 200 cases do not each scan thousands of rows."""

    def _of(self, row_type: type[R]) -> tuple[R, ...]:
        return tuple(row for row in self.rows if isinstance(row, row_type))

    def rows_with(self, row_type: type[R], attribute: str, values: Iterable[str]) -> list[R]:
        """The rows of ``row_type`` whose ``attribute`` is one of ``values``, in the order
        they were read."""
        table = self._tables.get((row_type, attribute))
        if table is None:
            table = {}
            for number, row in enumerate(self.rows):
                if isinstance(row, row_type):
                    table.setdefault(getattr(row, attribute), []).append(number)
            self._tables[row_type, attribute] = table
        found = sorted({n for value in values if value for n in table.get(value, ())})
        return [self.rows[n] for n in found]  # type: ignore[misc]

    @cached_property
    def reimbursements(self) -> tuple[Reimbursement, ...]:
        return self._of(Reimbursement)

    @cached_property
    def ledger(self) -> tuple[LedgerEvent, ...]:
        return self._of(LedgerEvent)

    @cached_property
    def shipment_items(self) -> tuple[ShipmentItem, ...]:
        return self._of(ShipmentItem)

    @cached_property
    def returns(self) -> tuple[CustomerReturn, ...]:
        return self._of(CustomerReturn)


def report_files(folder: Path) -> list[tuple[str, Path]]:
    """(name relative to ``folder``, path) of every file below it, sorted; hidden files and
    folders (``.DS_Store``, ``.git``) are not reports, and symlinked folders are not entered."""
    found: list[tuple[str, Path]] = []
    for directory, folders, names in os.walk(folder):
        folders[:] = sorted(d for d in folders if not d.startswith("."))
        base = Path(directory)
        for name in names:
            if not name.startswith("."):
                found.append(((base / name).relative_to(folder).as_posix(), base / name))
    return sorted(found)


def _identity(path: Path) -> FileStat | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _rows_of(entry: Mapping[str, Any], kind: ReportKind | None, name: str) -> list[Row]:
    if kind is None:
        return []
    return [row_from_dict(kind, item, file=name) for item in entry.get("rows", ())]


def _reusable(entry: Mapping[str, Any] | None, wanted: Wanted) -> bool:
    """Whether a stored reading answers ``wanted``: it was made for all of its IDs, or it
    found the file unusable whatever is asked (a bad value depends on the rows asked for)."""
    if entry is None or not isinstance(entry.get("facts"), Mapping):
        return False
    problem = entry["facts"].get("problem")
    if problem and problem.get("variant") != "bad-value":
        return True
    return Wanted.from_dict(entry.get("asked") or {}).covers(wanted)


@dataclass
class _Reader:
    store: ReportStore | None
    names_read: list[str] = field(default_factory=list)
    _stored: dict[Path, tuple[FileStat | None, Mapping[str, Any] | None]] = field(
        default_factory=dict)

    def stored(self, path: Path) -> tuple[FileStat | None, Mapping[str, Any] | None]:
        """The file's identity and what the store knows of its content, asked once."""
        if path not in self._stored:
            identity = _identity(path)
            content_hash = (self.store.content_hash(path, identity)
                            if self.store is not None and identity is not None else None)
            entry = self.store.index(content_hash) if self.store and content_hash else None
            self._stored[path] = identity, entry
        return self._stored[path]

    def kind(self, path: Path) -> ReportKind | None:
        """The report a file is, from what is stored or from its first lines."""
        _, entry = self.stored(path)
        if entry is not None and isinstance(entry.get("facts"), Mapping):
            kind = entry["facts"].get("kind")
            return ReportKind(kind) if kind else None
        return sniff_kind(path)

    def read(self, name: str, path: Path, wanted: Wanted) -> tuple[ReportFile, list[Row]]:
        identity, entry = self.stored(path)
        if entry is not None and _reusable(entry, wanted):
            found = ReportFile.from_facts(name, entry["facts"])
            return found, _rows_of(entry, found.kind, name)
        asked = wanted.union(Wanted.from_dict(entry.get("asked") or {})) if entry else wanted
        scanned = scan_file(path, name, asked)
        self.names_read.append(name)
        found = ReportFile.of(name, scanned)
        if self.store is not None and identity is not None:
            self.store.remember(path, identity, found.content_hash)
            self.store.store_index(found.content_hash, {
                "facts": found.facts(), "asked": asked.to_dict(),
                "rows": [{k: v for k, v in row.to_dict().items() if k != "file"}
                         for row in scanned.rows],
            })
        return found, scanned.rows


def sniff_kind(path: Path) -> ReportKind | None:
    """The report a file's first lines name, without reading it further."""
    text = head_text(path)
    header = find_header(head_lines(text)) if text is not None else None
    return header.recognised.spec.kind if header is not None else None


def read_reports(
    folder: Path, wanted: Wanted, *, store: ReportStore | None = None, shown: str | None = None,
) -> ReportIndex:
    """Every report below ``folder``, read for the IDs ``wanted`` names (and the FNSKUs of
    the claimed shipments). A folder that does not exist is a usage error; a file that
    cannot be read is a ``ReportFile`` with its problem."""
    if not folder.is_dir():
        raise UsageError(f"reports folder {folder}: no such folder")
    reader = _Reader(store)
    listed = report_files(folder)
    kinds = {name: reader.kind(path) for name, path in listed}
    files: dict[str, ReportFile] = {}
    rows: list[Row] = []
    first = [(n, p) for n, p in listed if kinds[n] is ReportKind.SHIPMENT_ITEMS]
    for name, path in first:
        files[name], kept = reader.read(name, path, wanted)
        rows.extend(kept)
    widened = wanted.with_fnskus(
        row.fnsku for row in rows if isinstance(row, ShipmentItem) and row.fnsku
    )
    for name, path in listed:
        if name not in files:
            files[name], kept = reader.read(name, path, widened)
            rows.extend(kept)
    return ReportIndex(
        shown if shown is not None else str(folder),
        tuple(files[name] for name, _ in listed), tuple(rows), tuple(reader.names_read),
    )


def read_for(
    folder: Path, models: Iterable[Any], *, store: ReportStore | None = None,
    shown: str | None = None,
) -> ReportIndex:
    """``read_reports`` for the IDs of ``models`` (case models; None for one that failed)."""
    return read_reports(folder, Wanted.of(models), store=store, shown=shown)
