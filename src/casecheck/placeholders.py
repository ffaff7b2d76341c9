"""Template placeholders: the canonical ``{{ name }}`` slot and the other ways people mark
a blank to fill in (``[Your Name]``, ``<ORDER ID>``, ``XXX-XXXXXXX-XXXXXXX``, lorem ipsum).

Outside template mode every one of them is a leftover. Inside it, ``{{ name }}`` is the one
allowed syntax: a brace placeholder that is not canonical is malformed, and any other kind
is foreign (it would survive a template engine and reach Seller Support unfilled).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

CANONICAL = re.compile(r"\{\{\s*+([A-Za-z_][A-Za-z0-9_]*+)\s*+\}\}")

_BRACES = r"\{\{?[ \t]*+(?:[A-Za-z_][\w .-]{0,40}?)?[ \t]*+\}\}?"
_BRACKETS = (
    r"\[(?:(?i:your|insert|enter|add|fill(?:[ -]in)?|placeholder|name of)\b[^\[\]\n]{0,40}"
    r"|[A-Z][A-Z0-9 _/#-]{2,40})\](?!\()"
)
_ANGLES = (
    r"<(?:(?i:your|insert|enter)\b[^<>\n]{0,40}"
    r"|[A-Z][A-Z0-9_/#-]{0,30}(?: [A-Z0-9_/#-]{1,30}){0,5})>"
)
_X_RUN = r"\b[\w#-]{0,20}(?:XXX|xxx)[\w#-]{0,20}"
# Every repetition above is bounded: a message may be megabytes of hostile text.
_LOREM = r"(?i:\blorem ipsum\b)"
ANY_PLACEHOLDER = re.compile("|".join((_BRACES, _BRACKETS, _ANGLES, _X_RUN, _LOREM)))
_SIZE = re.compile(r"[Xx]{2,}[LlSs]")
"""XXXL and XXS are clothing sizes, not blanks."""
_MIN_ANGLE = 4
_SHAPES = (
    (re.compile(r"[\dXx#]{3}-[\dXx#]{7}-[\dXx#]{7}"), "order_id"),
    (re.compile(r"B0[\w#]{8}"), "asin"),
    (re.compile(r"FBA[\w#]{6,12}", re.IGNORECASE), "shipment_id"),
    (re.compile(r"X00[\w#]{7}"), "fnsku"),
    (re.compile(r"(?i:lorem ipsum)"), "text"),
)
"""Blanks shaped like an ID suggest that ID's name."""

Kind = Literal["canonical", "malformed", "foreign"]


@dataclass(frozen=True, slots=True)
class Placeholder:
    text: str
    start: int
    kind: Kind

    @property
    def suggestion(self) -> str:
        """The canonical spelling of this placeholder, e.g. ``{{ order_id }}``."""
        for shape, name in _SHAPES:
            if shape.fullmatch(self.text):
                return "{{ " + name + " }}"
        name = re.sub(r"[^a-z0-9]+", "_", self.text.lower()).strip("_")
        name = re.sub(r"^(your|insert|enter|add|fill_in|fill)_", "", name) or "value"
        if name[0].isdigit():
            name = f"value_{name}"
        return "{{ " + name + " }}"


def is_placeholder(value: str) -> bool:
    """True when ``value`` holds a template slot such as ``{{ order_id }}``."""
    return CANONICAL.search(value) is not None


def _kind(text: str) -> Kind | None:
    if text.startswith("{") or text.endswith("}"):
        return "canonical" if CANONICAL.fullmatch(text) else "malformed"
    if text.startswith("<") and len(text) < _MIN_ANGLE + 2:
        return None
    if _SIZE.fullmatch(text):
        return None
    return "foreign"


def find_placeholders(text: str) -> Iterator[Placeholder]:
    """Every placeholder in ``text``, in order."""
    for match in ANY_PLACEHOLDER.finditer(text):
        kind = _kind(match.group())
        if kind is not None:
            yield Placeholder(match.group(), match.start(), kind)
