"""Values from a case, made safe for the output they are written into.

A manifest, a file name or a message may hold ESC, a newline, a carriage return or a bidi
override: written raw, a case could print a forged "0 cases checked, 0 failed" on a terminal,
a GitHub workflow command of its own, or make the JUnit file stop being XML. Each output
escapes what its format (or the terminal that shows it) would act on:

- text, JUnit, CSV: :func:`visible` writes control characters as visible escapes (``\\x1b``,
  ``\\n``), so the reader still sees that something was there. XML 1.0 forbids most of them
  outright; what is left of them stays readable in a CI dashboard.
- GitHub workflow commands: :func:`visible` keeping line breaks, which the command then
  encodes as ``%0A`` (its own encoding, shown as a line break in the annotation).
- JSON and SARIF: :func:`json_safe` over the encoded document; JSON escapes C0 controls itself.

Lone surrogates (the bytes of a file name that is not UTF-8, or ``\\udcff`` in a JSON
manifest) cannot be encoded at all and would end the output with a UnicodeEncodeError; they
are escaped the same way.
"""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring as _encode_string
from typing import Any

_CONTROLS = (
    "\x7f-\x9f"  # DEL and the C1 controls (U+009B is a terminal's CSI)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings and overrides
    "\u2028\u2029"  # line and paragraph separators: line breaks to some viewers
    "\ud800-\udfff"  # lone surrogates: no encoding can write them
    "\ufffe\uffff"  # noncharacters XML 1.0 forbids
)
_UNSAFE = re.compile(f"[\x00-\x1f{_CONTROLS}]")
_UNSAFE_BUT_LINE_BREAKS = re.compile(f"[\x00-\x09\x0b\x0c\x0e-\x1f{_CONTROLS}]")
_UNSAFE_IN_JSON = re.compile(f"[{_CONTROLS}]")
"""JSON writes C0 controls as escapes itself, and its own line breaks are layout."""
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    named = _NAMED.get(character)
    if named is not None:
        return named
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, line_breaks: bool = False) -> str:
    """``text`` with every control character as a visible escape; with ``line_breaks``,
    LF and CR are left for the caller's format to encode."""
    pattern = _UNSAFE_BUT_LINE_BREAKS if line_breaks else _UNSAFE
    return pattern.sub(_escape, text) if pattern.search(text) else text


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_safe(document: str) -> str:
    """An encoded JSON document with the characters JSON leaves raw escaped as ``\\uXXXX``:
    they only ever stand inside strings, where the escape means the same character."""
    return _UNSAFE_IN_JSON.sub(_json_escape, document)


class _Unusual(Exception):
    """A value :func:`indented_json` leaves to the json module (a subclass, a key not str)."""


def _float_text(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _encoded(value: Any, indent: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_encode_string(value))
    elif value is None or kind is bool:
        out.append("null" if value is None else "true" if value else "false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        out.append(_float_text(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        separator = "{\n" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            out.append(separator)
            out.append(_encode_string(key))
            out.append(": ")
            _encoded(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            _encoded(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "]")
    else:
        raise _Unusual


def indented_json(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, the same text, about four times as
    fast: with ``indent`` the json module encodes in Python, one generator per container,
    and an H001 that lists every other case of 500 is 250,000 of them. Anything but plain
    JSON types (a subclass, a key that is not a str) goes to the json module."""
    out: list[str] = []
    try:
        _encoded(value, "", out)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)
