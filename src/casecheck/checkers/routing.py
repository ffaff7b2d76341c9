"""Routing rules: the Seller Central contact path fits the case type.

A case sent down the wrong path is transferred between teams and loses days. Each type's
pack lists the segments the path must contain (each with alternatives); matching forgives
case, spacing, punctuation, "&" for "and" and British spellings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from casecheck.catalog import menu_path
from casecheck.engine import Context, checker
from casecheck.findings import Finding
from casecheck.loader import LoadedCase
from casecheck.placeholders import is_placeholder

_BRITISH = {"fulfilment": "fulfillment", "catalogue": "catalog", "authorisation": "authorization",
            "organisation": "organization", "licence": "license"}
"""Seller Central UK and EU spell these the British way; the packs use the US spelling."""


def normalize_segment(text: str) -> str:
    words = re.sub(r"[^0-9a-z]+", " ", text.casefold().replace("&", " and ")).split()
    return " ".join(_BRITISH.get(word, word) for word in words)


def segment_matches(segment: str, wanted: str) -> bool:
    """True when ``wanted`` appears as whole words in ``segment``, forgivingly."""
    return f" {normalize_segment(wanted)} " in f" {normalize_segment(segment)} "


def _show(path: list[str]) -> str:
    return " > ".join(path)


def _expected(path: list[str], ctx: Context) -> str:
    return menu_path(path, ctx.lang)


@checker("R001", "R002")
def contact_path(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    expected = ctx.type_pack.contact_path
    if model is None or expected is None:
        return
    data = {"type": model.type, "expected": list(expected.expected)}
    if not model.contact_path:
        yield ctx.finding("R002", location=case.field_location("contact_path"),
                          cited=expected, data=data,
                          expected_path=_expected(expected.expected, ctx),
                          expected_toml="[" + ", ".join(f'"{s}"' for s in expected.expected) + "]")
        return
    if ctx.template and any(is_placeholder(segment) for segment in model.contact_path):
        return
    missing = [
        alternatives for alternatives in expected.required
        if not any(segment_matches(s, a) for s in model.contact_path for a in alternatives)
    ]
    if missing:
        lacking = " / ".join(f'"{a}"' for a in missing[0])
        yield ctx.finding(
            "R001", location=case.field_location("contact_path"), cited=expected,
            data={**data, "contact_path": list(model.contact_path),
                  "missing": [list(m) for m in missing]},
            path=_show(model.contact_path), expected_path=_expected(expected.expected, ctx),
            lacking=lacking,
        )
