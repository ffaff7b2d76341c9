"""Reading one report file: streamed once, hashed as it is read, and only the rows the cases
ask about kept.

A million-row inventory ledger is some 120 MB. It is read line by line (never whole), split
with ``str.split`` when tab-separated (Amazon's TSV files are not quoted, so a title's quote
mark is a character, not the start of a field) and with the ``csv`` module when
comma-separated; a row is kept when one of its IDs is one a case asks about, and only the
kept rows are converted to values. Whatever goes wrong with a file becomes a ``Problem``
naming it, never an exception.
"""

from __future__ import annotations

import csv
import dataclasses
import gzip
import hashlib
import io
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from casecheck.files import open_regular
from casecheck.reports.columns import (
    DELIMITERS,
    HEADER_SEARCH_LINES,
    Recognised,
    ReportKind,
    normalise,
    recognise,
)
from casecheck.reports.decoding import (
    GZIP_MAGIC,
    HEAD_SIZE,
    ZIP_MAGIC,
    HashingReader,
    Undecodable,
    bom_encoding,
    choose_encoding,
    gunzip_head,
    non_ascii_lines,
)
from casecheck.reports.rows import (
    AMOUNT_ATTRIBUTES,
    DATE_ATTRIBUTES,
    INT_ATTRIBUTES,
    ROW_TYPES,
    BadValue,
    Row,
    day_first,
    parse_amount,
    parse_day,
    parse_int,
)
from casecheck.reports.wanted import Wanted

READ_SIZE = 1 << 20
DATE_EVIDENCE_ROWS = 1000
"""Rows whose dates decide whether a file writes dd/mm/yyyy or mm/dd/yyyy."""
_STRIP = ' "'
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_QUOTED_VALUE = re.compile(r'(?:^|\t)"', re.MULTILINE)
"""Lines as the text reader splits them (``str.splitlines`` splits at more characters)."""
"""A value a spreadsheet quoted inside a tab-separated file: ``"FBA15C8KQ2ZP"``."""


@dataclass(frozen=True)
class Problem:
    """Why a report cannot be used: the S004 variant and the values its texts need."""

    variant: str
    values: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"variant": self.variant, "values": self.values}


@dataclass
class Scanned:
    """What reading one file found: its report, its identity and the rows kept."""

    content_hash: str
    kind: ReportKind | None = None
    encoding: str | None = None
    delimiter: str | None = None
    rows_read: int = 0
    first_day: str | None = None
    last_day: str | None = None
    missing: tuple[str, ...] = ()
    """Columns of the report that the file lacks and no check needs."""
    problem: Problem | None = None
    rows: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class _Header:
    line: int
    """0-based index of the header line."""
    delimiter: str
    recognised: Recognised


def _split(line: str, delimiter: str) -> list[str]:
    if delimiter == "\t":
        return line.rstrip("\r\n").split("\t")
    return next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter), [])


def find_header(lines: list[str]) -> _Header | None:
    """The first of ``lines`` that is a report's header row, with the delimiter that makes
    it one; lines above it that read as ``key<delimiter>value`` are the file's preamble."""
    preamble: dict[str, str] = {}
    for number, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        if not line.strip():
            continue
        best: _Header | None = None
        for delimiter in DELIMITERS:
            fields = _split(line, delimiter)
            found = recognise(fields, preamble) if len(fields) > 1 else None
            if found is not None and (
                best is None or len(found.positions) > len(best.recognised.positions)
            ):
                best = _Header(number, delimiter, found)
        if best is not None:
            return best
        for delimiter in DELIMITERS:
            fields = _split(line, delimiter)
            if len(fields) > 1 and fields[1].strip():
                preamble.setdefault(normalise(fields[0]), fields[1].strip())
                break
    return None


def _has(value: str, values: frozenset[str]) -> bool:
    """``value`` is one of ``values``, also when a spreadsheet quoted it inside a TSV."""
    if value in values:
        return True
    return bool(value) and (value[0] in _STRIP or value[-1] in _STRIP) and (
        value.strip(_STRIP).upper() in values)


def _exact(value: str, values: frozenset[str]) -> bool:
    return value in values


def _matcher(header: _Header, wanted: Wanted, quoted: bool) -> Callable[[list[str]], bool]:
    """Whether a row is one a case asks about, by the IDs its report carries. Written out
    per report, and without unquoting when no value is quoted: this runs for every row of a
    million-row ledger."""
    at = header.recognised.positions
    kind = header.recognised.spec.kind
    has = _has if quoted else _exact
    if kind is ReportKind.REIMBURSEMENTS:
        case, order, fnsku = at["case_id"], at["order_id"], at["fnsku"]
        cases, orders, fnskus = wanted.case_ids, wanted.order_ids, wanted.fnskus
        if not quoted:
            return lambda f: f[case] in cases or f[order] in orders or f[fnsku] in fnskus
        return lambda f: has(f[case], cases) or has(f[order], orders) or has(f[fnsku], fnskus)
    if kind is ReportKind.LEDGER:
        reference, fnsku, event = at["reference_id"], at["fnsku"], at["event_type"]
        references, fnskus = wanted.references, wanted.fnskus
        # An FNSKU's customer shipments may run to thousands of rows; of its events only
        # the adjustments (found, lost, damaged) say anything about a claim.
        if not quoted:
            return lambda f: f[reference] in references or (
                f[fnsku] in fnskus and normalise(f[event]).startswith("adjustment"))
        return lambda f: has(f[reference], references) or (
            has(f[fnsku], fnskus) and normalise(f[event]).startswith("adjustment"))
    if kind is ReportKind.SHIPMENT_ITEMS:
        constant = header.recognised.constants.get("shipment_id")
        if constant is not None:
            chosen = constant.strip(_STRIP).upper() in wanted.shipment_ids
            return lambda f: chosen
        shipment, shipments = at["shipment_id"], wanted.shipment_ids
        return lambda f: has(f[shipment], shipments)
    order, orders = at["order_id"], wanted.order_ids
    return lambda f: has(f[order], orders)


class _Reread(Exception):
    """A byte past the head shows the encoding chosen from the head is wrong."""


@dataclass
class _LastLine:
    """Whether the last line read ended with a line break: a file cut off does not."""

    ended: bool = True


def _lines(text: Iterable[str], delimiter: str, last: _LastLine) -> Iterator[list[str]]:
    line = "\n"
    if delimiter == "\t":
        for line in text:
            yield line.rstrip("\r\n").split("\t")
        last.ended = line.endswith(("\n", "\r"))
        return

    def lines() -> Iterator[str]:
        line = "\n"
        for line in text:
            yield line
        last.ended = line.endswith(("\n", "\r"))

    yield from csv.reader(lines(), delimiter=delimiter)


@dataclass
class _Source:
    """A report file opened for one pass: raw bytes hashed as they are read."""

    path: Path
    compressed: bool

    def open(self) -> tuple[HashingReader, io.BufferedReader[HashingReader] | gzip.GzipFile]:
        fd, _ = open_regular(self.path)
        hashing = HashingReader(io.FileIO(fd, "rb", closefd=True))
        buffered = io.BufferedReader(hashing, READ_SIZE)
        if self.compressed:
            return hashing, gzip.GzipFile(fileobj=buffered, mode="rb")
        return hashing, buffered

    def undecodable(self, encoding: str) -> tuple[int, int] | None:
        """The line and byte where ``encoding`` first fails to read the file, found line by
        line (a line break is never part of a character in these encodings, UTF-16 aside);
        the text decoder reads ahead, so its own position says little. Byte -1: the file
        ends inside a character."""
        if encoding.startswith("utf-16"):
            return None
        _, stream = self.open()
        with stream:
            for number, line in enumerate(stream, start=1):
                try:
                    line.decode(encoding)
                except UnicodeDecodeError as error:
                    if error.end >= len(line) and not line.endswith(b"\n"):
                        return number, -1
                    return number, line[error.start]
        return None

    def all_bytes_sample(self) -> bytes:
        """The non-ASCII lines of the whole file, to choose its encoding again."""
        kept = bytearray()
        _, stream = self.open()
        with stream:
            for chunk in iter(lambda: stream.read(READ_SIZE), b""):
                kept += non_ascii_lines(chunk)
                if len(kept) > READ_SIZE:
                    break
        return bytes(kept)


def _hash_rest(hashing: HashingReader) -> None:
    buffer = bytearray(READ_SIZE)
    while hashing.readinto(buffer):
        pass


def _head_identity(head: bytes, size: int) -> str:
    """A file refused from its head alone is known by its head and size: reading a 2 GB
    stray file to the end only to say it is no report would cost more than it says."""
    return f"head:{hashlib.sha256(head).hexdigest()}:{size}"


@dataclass(frozen=True)
class _Head:
    """A file's first bytes, decoded: enough to name its encoding and its report."""

    identity: str
    compressed: bool
    encoding: str
    text: str


def _head(path: Path) -> _Head | Scanned:
    """The head of ``path``, or what makes the file unusable from its head alone."""
    try:
        fd, info = open_regular(path)
        try:
            head = os.pread(fd, HEAD_SIZE, 0)
        finally:
            os.close(fd)
    except OSError as error:
        return Scanned(f"unopenable:{path}", problem=Problem(
            "unopenable", {"error": error.strerror or str(error)}))
    identity = _head_identity(head, info.st_size)
    if not head:
        return Scanned(identity, problem=Problem("empty"))
    if head.startswith(ZIP_MAGIC):
        return Scanned(identity, problem=Problem("spreadsheet"))
    compressed = head.startswith(GZIP_MAGIC)
    raw = gunzip_head(head) if compressed else head
    if b"\x00" in raw and bom_encoding(raw) is None:
        # A NUL is no character of a text in these encodings: the file is binary.
        return Scanned(identity, problem=Problem("not-a-report"))
    encoding = choose_encoding(raw, complete=not compressed and len(head) == info.st_size)
    if isinstance(encoding, Undecodable):
        return Scanned(identity, problem=Problem(
            "encoding", {"byte": f"0x{encoding.byte:02X}", "line": encoding.line}))
    return _Head(identity, compressed, encoding, raw.decode(encoding, errors="replace"))


def head_lines(text: str) -> list[str]:
    """The lines of a head where a header may stand."""
    return _LINE_BREAK.split(text)[:HEADER_SEARCH_LINES + 1]


def head_text(path: Path) -> str | None:
    """The decoded first bytes of ``path``; None when they already make it unusable."""
    head = _head(path)
    return head.text if isinstance(head, _Head) else None


def scan_file(path: Path, name: str, wanted: Wanted) -> Scanned:
    """Read ``path`` (``name`` in the reports folder) once and keep the rows ``wanted`` asks
    about; problems become values."""
    head = _head(path)
    if isinstance(head, Scanned):
        return head
    header = find_header(head_lines(head.text))
    if header is None:
        return Scanned(head.identity, encoding=head.encoding, problem=Problem("not-a-report"))
    recognised = header.recognised
    kind = recognised.spec.kind
    if recognised.missing_needed:
        return Scanned(
            head.identity, kind, head.encoding, header.delimiter,
            missing=recognised.missing_other, problem=Problem("missing-columns", {
                "report": str(kind), "columns": list(recognised.missing_needed)}))
    source = _Source(path, head.compressed)
    # csv unquotes a comma-separated file; a tab-separated one is split as it is, so its
    # values are unquoted only when its first lines quote a value (as a spreadsheet does).
    quoted = header.delimiter == "\t" and _QUOTED_VALUE.search(head.text) is not None
    try:
        return _stream(source, name, head.encoding, header, wanted, quoted=quoted)
    except _Reread:
        again = choose_encoding(source.all_bytes_sample(), complete=True)
        encoding = head.encoding if isinstance(again, Undecodable) else again
        return _stream(source, name, encoding, header, wanted, quoted=True, rereading=True)


def _stream(
    source: _Source, name: str, encoding: str, header: _Header, wanted: Wanted, *,
    quoted: bool, rereading: bool = False,
) -> Scanned:
    recognised = header.recognised
    kind = recognised.spec.kind
    positions = recognised.positions
    width = max(positions.values()) + 1
    keep = _matcher(header, wanted, quoted)
    date_at = positions.get(DATE_ATTRIBUTES.get(kind, ""), -1)
    evidence: list[str] = []
    kept: list[tuple[int, list[str]]] = []
    rows_read = 0
    line_number = header.line + 1
    first: list[str] | None = None
    final: list[str] | None = None
    short_at: int | None = None
    last = _LastLine()
    try:
        hashing, stream = source.open()
    except OSError as error:
        return Scanned(f"unopenable:{source.path}", kind, problem=Problem(
            "unopenable", {"error": error.strerror or str(error)}))
    scanned = Scanned("", kind, encoding, header.delimiter, missing=recognised.missing_other)
    try:
        with io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="") as text:
            rows = _lines(text, header.delimiter, last)
            for _ in range(header.line + 1):
                next(rows, None)
            for fields in rows:
                line_number += 1
                if len(fields) < width:
                    if not any(value.strip() for value in fields):
                        continue
                    short_at = line_number
                    fields = fields + [""] * (width - len(fields))
                else:
                    short_at = None
                rows_read += 1
                final = fields
                if rows_read <= DATE_EVIDENCE_ROWS:
                    if first is None:
                        first = fields
                    if date_at >= 0:
                        evidence.append(fields[date_at])
                if keep(fields):
                    kept.append((line_number, fields))
            _hash_rest(hashing)
    except UnicodeDecodeError as error:
        at_end = error.reason.startswith("unexpected end of data") or "truncated" in error.reason
        if not at_end and not rereading:
            raise _Reread from None
        where = source.undecodable(encoding) or (line_number + 1, -1 if at_end else
                                                 error.object[error.start])
        if where[1] < 0:
            scanned.problem = Problem("truncated", {"line": where[0]})
        else:
            scanned.problem = Problem("encoding", {"byte": f"0x{where[1]:02X}",
                                                   "line": where[0]})
    except (EOFError, gzip.BadGzipFile, zlib.error):
        scanned.problem = Problem("truncated", {"line": line_number + 1})
    except csv.Error as error:
        scanned.problem = Problem("malformed", {"line": line_number + 1, "error": str(error)})
    except OSError as error:
        scanned.problem = Problem("unopenable", {"error": error.strerror or str(error)})
    scanned.content_hash = hashing.hasher.hexdigest()
    if scanned.problem is None and short_at is not None:
        scanned.problem = Problem("truncated", {"line": short_at})
    elif scanned.problem is None and not rows_read and not last.ended:
        # Only a header, and no line break after it: the download stopped inside it.
        scanned.problem = Problem("truncated", {"line": header.line + 1})
    if scanned.problem is not None:
        return scanned
    scanned.rows_read = rows_read
    dayfirst = day_first([*evidence, *(row[date_at] for _, row in kept if date_at >= 0)])
    try:
        if date_at >= 0 and first is not None and final is not None:
            scanned.first_day = _iso_day(first[date_at], dayfirst)
            scanned.last_day = _iso_day(final[date_at], dayfirst)
        scanned.rows = [_row(kind, recognised, name, line, fields, dayfirst)
                        for line, fields in kept]
    except BadValue as error:
        scanned.problem = Problem("bad-value", {
            "line": error.line, "column": error.column, "value": error.value,
            "expected": error.expected})
        scanned.rows = []
    return scanned


def _iso_day(text: str | None, dayfirst: bool) -> str | None:
    if text is None:
        return None
    try:
        day = parse_day(text, dayfirst=dayfirst)
    except ValueError:
        return None
    return day.isoformat() if day is not None else None


def _row(
    kind: ReportKind, recognised: Recognised, file: str, line: int, fields: list[str],
    dayfirst: bool,
) -> Row:
    names = {c.attribute: c.name for c in recognised.spec.columns}
    values: dict[str, Any] = {"file": file, "line": line}
    row_type = ROW_TYPES[kind]
    for column in dataclasses.fields(row_type):
        attribute = column.name
        if attribute in ("file", "line"):
            continue
        index = recognised.positions.get(attribute)
        raw = recognised.constants.get(attribute, "") if index is None else fields[index]
        raw = raw.strip().strip('"').strip()
        try:
            if attribute in INT_ATTRIBUTES:
                values[attribute] = parse_int(raw)
            elif attribute in AMOUNT_ATTRIBUTES:
                values[attribute] = str(parse_amount(raw) or Decimal(0))
            elif attribute == DATE_ATTRIBUTES.get(kind):
                day = parse_day(raw, dayfirst=dayfirst)
                values[attribute] = day.isoformat() if day is not None else ""
            elif attribute in ("case_id", "order_id", "fnsku", "shipment_id", "reference_id",
                               "reimbursement_id", "original_id"):
                values[attribute] = raw.upper()
            else:
                values[attribute] = raw
        except ValueError:
            expected = "date" if attribute == DATE_ATTRIBUTES.get(kind) else "number"
            raise BadValue(line, names.get(attribute, attribute), raw, expected) from None
    total = recognised.positions.get("units")
    if kind is ReportKind.REIMBURSEMENTS and total is not None and not fields[total].strip():
        values["units"] = values["units_cash"] + values["units_inventory"]
    return row_type(**values)
