"""What an attachment file is: inspected once, described by a small immutable value.

Every attachment rule (type, size, PDF and PNG integrity, duplicates) reads the same
``AttachmentFacts``. Inspecting costs one ``stat``, one read of the file (none beyond the
first 2 KB when it is over the size limit, none at all when it is empty or not a regular
file), one libmagic call on the first 2 KB, one SHA-256, and for a PDF one pypdf parse, for
a PNG one chunk walk and one full decode. The facts hold only primitives, so a cache can
store them on disk keyed by the file's identity (see ``FileIdentity``) and ``to_dict``.

pypdf, Pillow and python-magic are imported inside the functions that use them, so that
``import casecheck`` stays light.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import logging
import os
import stat
import struct
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from casecheck.budget import ParseTimeout
from casecheck.files import open_regular
from casecheck.masking import mask_text
from casecheck.parsers import Parsed, ParserStopped, run_budgeted

INSPECTOR_VERSION = 3
"""Bumped whenever the facts of the same bytes could change; part of every cache key."""

HEAD_SIZE = 2048
"""libmagic decides PDF and PNG (and every format it names in A001) from the first bytes."""

PDF_EOF_WINDOW = 1024
"""Acrobat requires ``%%EOF`` within the last 1024 bytes (PDF Reference 1.7, Implementation
note 18); a file cut anywhere else loses it, and finding that takes 0.05 ms."""

PDF_MIME = "application/pdf"
PNG_MIME = "image/png"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_MIME_ALIASES = {"image/apng": PNG_MIME, "application/x-pdf": PDF_MIME}
"""Older or newer libmagic names for the same two formats."""

_PNG_BIT_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
"""Allowed bit depths per PNG colour type (PNG specification, table 11.1)."""

_MAX_CHUNK_LENGTH = 2**31 - 1

_SPECIAL_KINDS = (
    (stat.S_ISDIR, "directory"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character-device"),
    (stat.S_ISBLK, "block-device"),
)


@dataclass(frozen=True, slots=True)
class InspectionLimits:
    """What the inspection may cost; the rule packs set both numbers."""

    read_limit: int
    """Files larger than this are sniffed but neither read, hashed nor parsed (A003 anyway)."""
    max_pixels: int
    """PNGs with more pixels are decompression bombs: reported, never decoded."""
    parse_timeout: float | None = None
    """Seconds of wall time one PDF or PNG parse may take (``casecheck.budget``)."""


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """Same identity, same bytes: the key of the per-run memo and of an on-disk cache."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, info: os.stat_result) -> FileIdentity:
        return cls(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@dataclass(frozen=True, slots=True)
class AttachmentFacts:
    """Everything the attachment rules need to know about one file, and nothing else.

    ``state`` is ``file`` (a regular file that was inspected), ``missing``, ``special``
    (``file_kind`` says which: directory, fifo, socket, character-device, block-device)
    or ``unreadable`` (``problem_detail`` says why). ``problem`` names what is damaged in
    a PDF or PNG (the A005/A007 variant); ``problem_detail`` and ``problem_offset`` /
    ``problem_chunk`` give the facts for the message.
    """

    state: str
    file_kind: str = "regular"
    size: int | None = None
    mime: str | None = None
    description: str | None = None
    sha256: str | None = None
    read_fully: bool = False
    problem: str | None = None
    problem_detail: str | None = None
    problem_chunk: str | None = None
    problem_offset: int | None = None
    pdf_pages: int | None = None
    pdf_encrypted: bool = False
    pdf_needs_password: bool = False
    pdf_active_content: str | None = None
    """What the PDF would run or carry besides its pages, comma-separated: ``javascript``,
    ``launch`` (an action that starts a program), ``embedded-files``."""
    png_width: int | None = None
    png_height: int | None = None
    png_bit_depth: int | None = None
    png_color_type: int | None = None
    png_interlaced: bool | None = None
    version: int = INSPECTOR_VERSION

    @property
    def is_pdf(self) -> bool:
        return self.mime == PDF_MIME

    @property
    def is_png(self) -> bool:
        return self.mime == PNG_MIME

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AttachmentFacts:
        return cls(**data)


# --- the per-run memo ----------------------------------------------------------------------

_MEMO_SIZE = 4096
_memo: OrderedDict[tuple[FileIdentity, InspectionLimits], AttachmentFacts] = OrderedDict()
_memo_lock = threading.Lock()


def clear_memo() -> None:
    """Forget every inspection (tests, long-lived processes)."""
    with _memo_lock:
        _memo.clear()


class FactsStore(Protocol):
    """Where inspections outlive the process: the incremental cache (``casecheck.cache``)."""

    def load(
        self, path: Path, identity: FileIdentity, limits: InspectionLimits
    ) -> AttachmentFacts | None: ...

    def save(
        self, path: Path, identity: FileIdentity, limits: InspectionLimits, facts: AttachmentFacts
    ) -> None: ...


_store: FactsStore | None = None


def use_store(store: FactsStore | None) -> FactsStore | None:
    """Back the memo with ``store`` (None: none) for the run in this process; returns the
    previous store so that the caller can put it back."""
    global _store
    previous, _store = _store, store
    return previous


def inspect_attachment(path: Path, limits: InspectionLimits) -> AttachmentFacts:
    """The facts of the file at ``path``, which the caller has already placed inside the case.

    The file is stat-ed first and opened only when it is a regular file: a FIFO would
    block, a device could be endless. The same file (same device, inode, size and times)
    is inspected once per process however many rules and cases ask.
    """
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return AttachmentFacts(state="missing")
    except (OSError, RuntimeError) as error:  # permission, symlink loop, name too long
        return AttachmentFacts(state="unreadable", problem_detail=_reason(error))
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _SPECIAL_KINDS if test(info.st_mode)), "special")
        return AttachmentFacts(state="special", file_kind=kind)
    key = (FileIdentity.of(info), limits)
    with _memo_lock:
        known = _memo.get(key)
        if known is not None:
            _memo.move_to_end(key)
            return known
    store = _store
    facts = store.load(path, key[0], limits) if store is not None else None
    if facts is None:
        facts = _inspect_regular(path, info.st_size, limits)
        # A timeout says how busy this run was, not what the bytes are: it is not remembered.
        if store is not None and facts.state == "file" and facts.problem != "timeout":
            store.save(path, key[0], limits, facts)
    if facts.state == "file" and facts.problem != "timeout":
        with _memo_lock:
            _memo[key] = facts
            while len(_memo) > _MEMO_SIZE:
                _memo.popitem(last=False)
    return facts


def _reason(error: BaseException) -> str:
    """Why a file could not be read or parsed; a parser's message may quote the file's bytes,
    so it is masked before it is cached or shown."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return mask_text(str(error)) or type(error).__name__


def _read(path: Path, size: int, limits: InspectionLimits) -> tuple[bytes, bool]:
    """The whole file when it is within the read limit, else only its head.

    ``O_NONBLOCK`` keeps a FIFO swapped in after the ``stat`` from blocking; ``fstat``
    then refuses anything that is no longer a regular file. ``O_NOATIME`` (allowed to the
    file's owner and root) keeps the check from touching even the access time.
    """
    descriptor, _ = open_regular(path, changed="changed into a special file while being checked")
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        if size > limits.read_limit:
            return handle.read(HEAD_SIZE), False
        # Ask for the size stat gave (and one byte more, to see a file that grew since):
        # asking for the limit would allocate 10 MB for every 100 kB screenshot.
        data = handle.read(size + 1)
        if len(data) > size:
            data += handle.read(limits.read_limit + 1 - len(data))
        return data, len(data) <= limits.read_limit


def _inspect_regular(path: Path, size: int, limits: InspectionLimits) -> AttachmentFacts:
    if size == 0:
        return AttachmentFacts(state="file", size=0, mime="application/x-empty",
                               description="empty", read_fully=True)
    try:
        data, whole = _read(path, size, limits)
    except OSError as error:
        return AttachmentFacts(state="unreadable", size=size, problem_detail=_reason(error))
    head = data[:HEAD_SIZE]
    mime = sniff_mime(head)
    description = None if mime in (PDF_MIME, PNG_MIME) else describe(head)
    facts = AttachmentFacts(
        state="file", size=size, mime=mime, description=description, read_fully=whole,
        sha256=hashlib.sha256(data).hexdigest() if whole else None,
    )
    if not whole or mime not in (PDF_MIME, PNG_MIME):
        return facts
    try:
        # pypdf is imported before the clock starts: the budget is for the file, not start-up.
        found, _ = run_budgeted(parsed_facts, data, mime, limits.max_pixels,
                                seconds=limits.parse_timeout,
                                imports=("pypdf",) if mime == PDF_MIME else ())
    except ParseTimeout:
        spent = f"{limits.parse_timeout:g} s of CPU time"
        found = {"problem": "timeout", "problem_detail": f"parsing took more than {spent}, twice"}
    except ParserStopped as stopped:
        found = {"problem": "parse" if mime == PDF_MIME else "decode",
                 "problem_detail": str(stopped)}
    return dataclasses.replace(facts, **found)


def parsed_facts(data: bytes, mime: str, max_pixels: int) -> Parsed:
    """The facts of a whole PDF or PNG, as :func:`casecheck.parsers.run_budgeted` runs it."""
    return (inspect_pdf(data) if mime == PDF_MIME else inspect_png(data, max_pixels)), b""


# --- content type --------------------------------------------------------------------------

def _looks_like_damaged_png(head: bytes) -> bool:
    """A PNG whose signature bytes were mangled (PngSuite xs*, xcr*, xlf*) is still a PNG
    to the seller who exported it: re-exporting fixes it, so it is A007, not A001."""
    signature_like = head[1:4].upper() == b"PNG" and head[4:5] in (b"\r", b"\n")
    return signature_like or head[12:16] == b"IHDR"


def sniff_mime(head: bytes) -> str:
    """The content type of a file from its first bytes (libmagic), PDF and PNG normalised."""
    import magic  # noqa: PLC0415 - libmagic: a C library, loaded when a file is inspected

    mime = magic.from_buffer(head, mime=True)
    mime = _MIME_ALIASES.get(mime, mime)
    if mime not in (PDF_MIME, PNG_MIME) and _looks_like_damaged_png(head):
        return PNG_MIME
    return mime


def describe(head: bytes) -> str:
    """libmagic's words for the content, e.g. 'JPEG image data, JFIF standard 1.01'."""
    import magic  # noqa: PLC0415 - libmagic: a C library, loaded when a file is inspected

    # libmagic quotes what a file says about itself (a JPEG comment, a document title).
    return mask_text(str(magic.from_buffer(head)))


# --- PDF -----------------------------------------------------------------------------------

_pypdf_quiet = False


def _quiet_pypdf() -> None:
    """pypdf logs a warning for every repaired xref; with no handler anywhere Python would
    print them on stderr. A NullHandler on pypdf's own logger silences only that."""
    global _pypdf_quiet
    if not _pypdf_quiet:
        logging.getLogger("pypdf").addHandler(logging.NullHandler())
        _pypdf_quiet = True


def inspect_pdf(data: bytes) -> dict[str, Any]:
    """Facts of a PDF's bytes: truncation, parse errors, password, page count.

    pypdf runs with ``strict=False`` so that a wrong ``startxref`` (which every viewer
    repairs, see pypdf's ``example.pdf``) is not called corrupt. Encrypted files count as
    needing a password only when the empty user password does not open them.
    """
    if b"%%EOF" not in data[-PDF_EOF_WINDOW:]:
        return {"problem": "truncated"}
    from pypdf import PasswordType, PdfReader  # noqa: PLC0415 - pypdf: only when a PDF is read
    from pypdf.errors import DependencyError  # noqa: PLC0415 - pypdf: only when a PDF is read

    _quiet_pypdf()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        if encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            return {"pdf_encrypted": True, "pdf_needs_password": True}
        pages = len(reader.pages)
    except DependencyError:
        raise  # an AES file without `cryptography` installed: a broken install, not a bad PDF
    except Exception as error:  # noqa: BLE001 - pypdf raises many types; each means "cannot parse"
        return {"problem": "parse", "problem_detail": _reason(error)}
    if pages == 0:
        return {"problem": "no-pages", "pdf_encrypted": encrypted, "pdf_pages": 0}
    return {"pdf_encrypted": encrypted, "pdf_pages": pages,
            "pdf_active_content": active_content(reader)}


_ACTIVE_ACTIONS = {"/JavaScript": "javascript", "/Launch": "launch"}


def active_content(reader: Any) -> str | None:
    """What a parsed PDF would run or carry besides its pages, or None.

    Looks where viewers look: the document's name trees (``/JavaScript``,
    ``/EmbeddedFiles``), its open action and additional actions, and on each page the
    additional actions and the annotations (link actions, file attachments). Every
    object is visited once, so reference cycles end; pypdf resolves names written with
    ``#`` escapes and objects inside object streams, which a byte search would miss.
    """
    found: set[str] = set()
    seen: set[int] = set()

    def resolve(value: Any) -> Any:
        return value.get_object() if hasattr(value, "get_object") else value

    def action(value: Any) -> None:
        """An action dictionary (or array of them), and the actions chained by /Next."""
        value = resolve(value)
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, list):
            for item in value:
                action(item)
        elif isinstance(value, dict):
            kind = _ACTIVE_ACTIONS.get(str(resolve(value.get("/S"))))
            if kind:
                found.add(kind)
            if "/Next" in value:
                action(value["/Next"])

    def triggers(holder: Any) -> None:
        """/AA: actions on events (open, close, print, keystroke...)."""
        events = resolve(holder.get("/AA"))
        if isinstance(events, dict):
            for event in events.values():
                action(event)

    def search() -> None:
        root = resolve(reader.trailer["/Root"])
        names = resolve(root.get("/Names"))
        if isinstance(names, dict):
            if "/JavaScript" in names:
                found.add("javascript")
            if "/EmbeddedFiles" in names:
                found.add("embedded-files")
        action(root.get("/OpenAction"))
        triggers(root)
        for page in reader.pages:
            triggers(page)
            for annotation in resolve(page.get("/Annots")) or ():
                annotation = resolve(annotation)
                if not isinstance(annotation, dict):
                    continue
                if annotation.get("/Subtype") == "/FileAttachment":
                    found.add("embedded-files")
                action(annotation.get("/A"))
                triggers(annotation)

    # The pages parsed already; a broken reference met here only ends the search.
    with contextlib.suppress(Exception):
        search()
    return ",".join(sorted(found)) or None


# --- PNG -----------------------------------------------------------------------------------

def walk_png(data: bytes) -> dict[str, Any]:
    """Check a PNG's structure without decoding: signature, every chunk's length and CRC,
    a valid IHDR first, IDAT present, IEND reached. Pillow's ``load()`` accepts a bad IDAT
    CRC and a missing IEND, so this walk is what catches them."""
    if data[:8] != PNG_SIGNATURE:
        return {"problem": "signature"}
    view = memoryview(data)
    header: dict[str, Any] = {}
    offset, end, seen_idat = 8, len(data), False
    while True:
        if offset + 8 > end:
            return {**header, "problem": "truncated", "problem_offset": end}
        length, chunk_type = struct.unpack_from(">I4s", data, offset)
        name = chunk_type.decode("latin-1")
        if length > _MAX_CHUNK_LENGTH or offset + 12 + length > end:
            return {**header, "problem": "truncated", "problem_offset": end, "problem_chunk": name}
        body = view[offset + 8: offset + 8 + length]
        (expected,) = struct.unpack_from(">I", data, offset + 8 + length)
        if zlib.crc32(body, zlib.crc32(chunk_type)) != expected:
            return {**header, "problem": "crc", "problem_offset": offset, "problem_chunk": name}
        if not header:
            if chunk_type != b"IHDR" or length != 13:
                return {"problem": "header", "problem_detail": f"first chunk is {name}, not IHDR"}
            header = _png_header(bytes(body))
            if "problem" in header:
                return header
        elif chunk_type == b"IDAT":
            seen_idat = True
        elif chunk_type == b"IEND":
            return header if seen_idat else {**header, "problem": "no-idat"}
        offset += 12 + length


def _png_header(body: bytes) -> dict[str, Any]:
    width, height, depth, color, compression, filtering, interlace = struct.unpack(">IIBBBBB", body)
    facts = {"png_width": width, "png_height": height, "png_bit_depth": depth,
             "png_color_type": color, "png_interlaced": interlace == 1}
    if not (0 < width <= _MAX_CHUNK_LENGTH and 0 < height <= _MAX_CHUNK_LENGTH):
        return {**facts, "problem": "header", "problem_detail": f"size {width} x {height}"}
    if color not in _PNG_BIT_DEPTHS:
        return {**facts, "problem": "header", "problem_detail": f"colour type {color}"}
    if depth not in _PNG_BIT_DEPTHS[color]:
        return {**facts, "problem": "header",
                "problem_detail": f"bit depth {depth} with colour type {color}"}
    if compression or filtering or interlace > 1:
        detail = f"compression {compression}, filter {filtering}, interlace {interlace}"
        return {**facts, "problem": "header", "problem_detail": detail}
    return facts


_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
"""Samples per pixel of each PNG colour type (grey, RGB, palette, grey + alpha, RGBA)."""
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
          (0, 1, 1, 2))
"""The seven passes of an interlaced PNG: first column and row, column and row steps."""
_FILTERS = bytes(range(5))
_INFLATE_STEP = 1 << 20
"""Bytes of image data decompressed at a time: memory stays flat at any image size, and the
time budget can interrupt between two steps."""


def _scanlines(facts: dict[str, Any]) -> list[tuple[int, int]]:
    """(rows, bytes per row with its filter byte) of each pass that holds pixels."""
    width, height = facts["png_width"], facts["png_height"]
    bits = _CHANNELS[facts["png_color_type"]] * facts["png_bit_depth"]
    passes = _ADAM7 if facts["png_interlaced"] else ((0, 0, 1, 1),)
    layout = []
    for left, top, across, down in passes:
        columns = (width - left + across - 1) // across if width > left else 0
        rows = (height - top + down - 1) // down if height > top else 0
        if columns and rows:
            layout.append((rows, 1 + (columns * bits + 7) // 8))
    return layout


def _idat_bodies(data: bytes) -> Iterator[memoryview]:
    """The IDAT chunks' data, in order, of a PNG whose chunk walk passed."""
    view = memoryview(data)
    offset = 8
    while offset + 8 <= len(data):
        length, chunk_type = struct.unpack_from(">I4s", data, offset)
        if chunk_type == b"IDAT":
            yield view[offset + 8: offset + 8 + length]
        elif chunk_type == b"IEND":
            return
        offset += 12 + length


def _image_data_problem(data: bytes, facts: dict[str, Any]) -> str | None:
    """Why the compressed image data is not whole, or None: decompressed step by step and
    dropped, every scanline's filter byte checked (what a decoder checks, without keeping
    the pixels: a decode of an image at the pixel limit held 800 MB)."""
    layout = _scanlines(facts)
    wanted = sum(rows * stride for rows, stride in layout)
    passes = iter(layout)
    rows, stride = next(passes)
    left_in_pass = rows * stride
    at = 0  # offset inside the current pass
    inflater = zlib.decompressobj()
    produced = 0
    try:
        for body in _idat_bodies(data):
            pending = bytes(body)
            while pending and produced < wanted:
                # Never past the image: a decoder stops there too (a trailer it never reads).
                piece = inflater.decompress(pending, min(_INFLATE_STEP, wanted - produced))
                pending = inflater.unconsumed_tail
                produced += len(piece)
                while piece and left_in_pass:
                    part = piece[:left_in_pass]
                    if part[(-at) % stride::stride].translate(None, _FILTERS):
                        return "a scanline has an unknown filter type"
                    at += len(part)
                    left_in_pass -= len(part)
                    piece = piece[len(part):]
                    if not left_in_pass:
                        rows, stride = next(passes, (0, 1))
                        left_in_pass, at = rows * stride, 0
            if produced >= wanted:
                return None
    except zlib.error as error:
        return f"the compressed image data is damaged ({error})"
    return f"the image data ends after {produced:,} of {wanted:,} bytes"


def inspect_png(data: bytes, max_pixels: int) -> dict[str, Any]:
    """Facts of a PNG's bytes: the chunk walk, then the bomb guard, then the image data.

    Only decompressing proves the zlib stream and the scanlines are whole (a flipped byte
    inside IDAT with a recomputed CRC passes every other check), so the data is decompressed
    in steps and each step dropped at once; the pixels are never assembled. An image over
    ``max_pixels`` is not even decompressed.
    """
    facts = walk_png(data)
    if "problem" in facts:
        return facts
    from PIL import Image  # noqa: PLC0415 - Pillow: only when a PNG is checked

    # Pillow warns (on stderr) above its own limit and refuses twice that; the screenshot
    # rules decode with Pillow, so whichever limit is lower decides.
    if Image.MAX_IMAGE_PIXELS is not None:
        max_pixels = min(max_pixels, Image.MAX_IMAGE_PIXELS)
    if facts["png_width"] * facts["png_height"] > max_pixels:
        dimensions = f"{facts['png_width']} x {facts['png_height']}"
        return {**facts, "problem": "bomb", "problem_detail": dimensions}
    problem = _image_data_problem(data, facts)
    if problem is not None:
        return {**facts, "problem": "decode", "problem_detail": problem}
    return facts
