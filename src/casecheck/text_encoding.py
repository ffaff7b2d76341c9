"""Which legacy encoding a text file that is not UTF-8 was saved in.

A message written in Notepad on Chinese Windows is GBK; on Japanese Windows Shift_JIS; in
Taiwan or Hong Kong Big5; on Western Windows cp1252 (Latin-1 is read as its superset);
"Unicode" in Notepad is UTF-16 with a byte-order mark. charset-normalizer proposes the
encodings the bytes decode in without chaos; among them, the one whose text is made of the
characters that language writes every day wins. Short texts decode cleanly in several
double-byte encodings at once (a line of GBK is also valid Big5), and that commonness is
what tells them apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CANDIDATES = ("utf_16", "utf_32", "gb18030", "big5", "shift_jis", "cp1252")
"""The encodings tried, as Python names them; of two texts made of common characters alike,
the earlier encoding wins (casecheck's Chinese users first)."""

_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN_1_LETTERS = re.compile(r"[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e€–—‘’“”…]")
_ASCII = re.compile(r"[\x00-\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    """The Python name of the encoding, e.g. ``gb18030``."""


def _common(char: str, encoding: str) -> bool:
    """True when ``char`` is one that ``encoding``'s language writes every day."""
    if encoding == "gb18030":
        return _encodes(char, "gb2312")  # the 6,763 common simplified characters
    if encoding == "big5":
        try:
            code = int.from_bytes(char.encode("big5"), "big")
        except UnicodeEncodeError:
            return False
        return 0xA140 <= code <= 0xC67E  # symbols and the 5,401 frequent characters
    if encoding == "shift_jis":
        if _KANA.match(char):
            return True
        try:
            code = int.from_bytes(char.encode("shift_jis"), "big")
        except UnicodeEncodeError:
            return False
        return 0x8140 <= code <= 0x98FF  # symbols, kana and JIS level-1 kanji
    if encoding == "cp1252":
        return _LATIN_1_LETTERS.match(char) is not None
    return True  # UTF-16 and UTF-32 are only proposed for a byte-order mark


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _commonness(text: str, encoding: str) -> float:
    wide = [char for char in text if not _ASCII.match(char)]
    if not wide:
        return 1.0
    return sum(_common(char, encoding) for char in wide) / len(wide)


def decode_legacy(data: bytes) -> Decoded | None:
    """``data`` decoded in the legacy encoding it was most likely saved in, or None when it is
    no text in any of ``CANDIDATES`` (binary data)."""
    from charset_normalizer import from_bytes  # noqa: PLC0415 - charset-normalizer (110 ms)

    proposals = []
    for match in from_bytes(data, cp_isolation=list(CANDIDATES)):
        if match.encoding not in CANDIDATES:
            continue
        if match.encoding.startswith("utf_") and not match.bom:
            continue  # UTF-16 without a byte-order mark is binary-looking; M005 says so
        text = str(match)
        rank = (round(_commonness(text, match.encoding), 2), -CANDIDATES.index(match.encoding),
                -match.chaos)
        proposals.append((rank, Decoded(text, match.encoding)))
    if not proposals:
        return None
    return max(proposals, key=lambda proposal: proposal[0])[1]
