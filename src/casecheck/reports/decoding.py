"""How a report's bytes become text: compressed or not, which encoding, and their hash.

Seller Central writes UTF-8; a file saved again by a spreadsheet is UTF-8 with a BOM, UTF-16
("Unicode text"), cp932 (Japanese Windows), GB18030 (Chinese Windows), Big5 (Taiwan and Hong
Kong) or cp1252 (Western Windows). A byte order mark says which at once. Without one, strict
UTF-8 is tried first: text in the other encodings almost never decodes as UTF-8 by chance.
Trial decoding cannot choose among the others: cp932 text decodes as GB18030 and GB18030 text
as cp1252, each into nonsense. So the choice among those that decode the file's first bytes
is ``text_encoding.decode_legacy``'s, the one the message files use: charset-normalizer's
proposals, ranked by how much of the text is made of the characters each language writes
every day, judged on the lines that hold non-ASCII bytes (where the encodings differ).
"""

from __future__ import annotations

import codecs
import hashlib
import io
import zlib
from dataclasses import dataclass

from casecheck.text_encoding import decode_legacy

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
"""An .xlsx workbook is a zip file: a report opened in a spreadsheet and saved as one."""
HEAD_SIZE = 1 << 16
"""The bytes an encoding and the header row are chosen from."""
SAMPLE_LIMIT = 1 << 20
"""At most this many bytes of non-ASCII lines go to charset-normalizer when the head did not
decide (a file whose first non-ASCII byte comes late)."""

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY_ENCODINGS = ("cp932", "gb18030", "big5", "cp1252")
"""The encodings tried after UTF-8, in the order that wins a tie."""
_WINDOWS_NAMES = {"shift_jis": "cp932"}
"""Shift_JIS as Windows writes it is cp932, its superset (with ①, ㈱ and the NEC and IBM
characters): a Japanese report decodes whole only as cp932."""


class HashingReader(io.RawIOBase):
    """A file read once: every byte read through it enters the SHA-256 of its content."""

    def __init__(self, raw: io.RawIOBase) -> None:
        self._raw = raw
        self.hasher = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        count = self._raw.readinto(buffer)
        if count:
            self.hasher.update(memoryview(buffer)[:count])
            self.size += count
        return count or 0

    def close(self) -> None:
        self._raw.close()
        super().close()


def gunzip_head(head: bytes) -> bytes:
    """The first bytes a gzip stream unpacks to (an SP-API download may be gzip-compressed)."""
    try:
        return zlib.decompressobj(31).decompress(head, HEAD_SIZE)
    except zlib.error:
        return b""


@dataclass(frozen=True)
class Undecodable:
    """Why no encoding reads the bytes: the first byte that none of them takes, and its line."""

    byte: int
    line: int


def bom_encoding(head: bytes) -> str | None:
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    return None


def _decodes(data: bytes, encoding: str, *, final: bool) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)("strict").decode(data, final=final)
    except UnicodeDecodeError:
        return False
    return True


def non_ascii_lines(data: bytes, limit: int = SAMPLE_LIMIT) -> bytes:
    """The whole lines of ``data`` that hold a byte over 0x7f, where the encodings differ."""
    kept = bytearray()
    for line in data.splitlines(keepends=True):
        if not line.isascii():
            kept += line
            if len(kept) >= limit:
                break
    return bytes(kept)


def _first_undecodable(data: bytes) -> Undecodable:
    """Where decoding stops in the encoding that reads furthest."""
    furthest = 0
    for encoding in ("utf-8", *LEGACY_ENCODINGS):
        try:
            data.decode(encoding)
        except UnicodeDecodeError as error:
            furthest = max(furthest, error.start)
    return Undecodable(data[furthest], data.count(b"\n", 0, furthest) + 1)


def choose_encoding(data: bytes, *, complete: bool) -> str | Undecodable:
    """The encoding of ``data``, the head of a file or all of it (``complete``).

    A head may end inside a character, so it is judged up to its last line break.
    """
    named = bom_encoding(data)
    if named is not None:
        return named
    if _decodes(data, "utf-8", final=complete):
        return "utf-8"
    whole = data if complete else data[: data.rfind(b"\n") + 1] or data
    candidates = [e for e in LEGACY_ENCODINGS if _decodes(whole, e, final=True)]
    if not candidates:
        return _first_undecodable(whole)
    if len(candidates) == 1:
        return candidates[0]
    sample = non_ascii_lines(whole)
    if "cp932" in candidates and _japanese(sample.decode("cp932")):
        return "cp932"
    decoded = decode_legacy(sample)
    guess = _WINDOWS_NAMES.get(decoded.encoding, decoded.encoding) if decoded else None
    return guess if guess in candidates else candidates[0]


def _japanese(text: str) -> bool:
    """Whether a cp932 reading is Japanese: a fifth of its non-ASCII characters are
    full-width kana. decode_legacy weighs Shift_JIS, which cannot read what Windows adds
    to it (㈱, ①), so a cp932 report with them would be taken for GB18030; cp932's kana
    come from lead bytes 0x82 and 0x83, which GB18030, Big5 and cp1252 texts hardly use."""
    wide = [char for char in text if not char.isascii()]
    return bool(wide) and sum("\u3040" <= char <= "\u30ff" for char in wide) * 5 >= len(wide)
