"""How sure each policy value is: the citation a finding's ``source`` shows, and every value
of the rule packs with its evidence (``casecheck rules --policy``, ``casecheck explain``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from casecheck.catalog import word
from casecheck.packs import CITATION_KEYS, Cited, RulePacks


def citation(cited: Cited, lang: str) -> str:
    """``Seller Central Help (US), '...' (Amazon, checked 2026-12-01)``: the document, how
    sure it is and when it was compared, in ``lang``."""
    return word("evidence", "citation", lang).format(
        source=cited.source, level=word("evidence", cited.evidence, lang),
        checked=cited.checked.isoformat(),
    )


@dataclass(frozen=True)
class PolicyValue:
    """One value of the rule packs: where it sits, what it is, and what it rests on."""

    key: str
    """Dotted from the pack root, entries of a list by index: ``calendar.peak_windows[2]``."""
    value: dict[str, Any]
    cited: Cited

    def shown_value(self) -> str:
        """The value in one line: a bare number, or its fields as compact JSON."""
        if set(self.value) == {"value"}:
            return str(self.value["value"])
        return json.dumps(self.value, ensure_ascii=False, separators=(", ", ": "))

    def to_dict(self) -> dict[str, Any]:
        cited = self.cited
        return {"key": self.key, "value": self.value, "evidence": cited.evidence,
                "source": cited.source, "urls": list(cited.urls), "quote": cited.quote,
                "checked": cited.checked.isoformat()}


def _own_value(model: Cited) -> dict[str, Any]:
    """The fields of a cited value without its citation and without values cited on their own."""
    nested = {name for name in type(model).model_fields if isinstance(getattr(model, name), Cited)}
    dumped: dict[str, Any] = model.model_dump(
        mode="json", by_alias=True, exclude_defaults=True, exclude=set(CITATION_KEYS | nested),
    )
    return dumped


def _walk(node: Any, key: str) -> Iterator[PolicyValue]:
    if isinstance(node, Cited):
        yield PolicyValue(key, _own_value(node), node)
    if isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            child = getattr(node, name)
            yield from _walk(child, f"{key}.{info.alias or name}" if key else info.alias or name)
    elif isinstance(node, dict):
        for name, child in node.items():
            yield from _walk(child, f"{key}.{name}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _walk(child, f"{key}[{index}]")


def policy_values(packs: RulePacks) -> list[PolicyValue]:
    """Every cited value of the packs, in the packs' order."""
    return list(_walk(packs, ""))


def _segments(key: str) -> list[str]:
    return [part.split("[", 1)[0] for part in key.split(".")]


def reads(pattern: str, key: str) -> bool:
    """True when a rule reading ``pattern`` (a catalog ``packs`` key, ``*`` for any entry of a
    table) uses the value at ``key``: one names the other or a part of it."""
    wanted, have = _segments(pattern), _segments(key)
    size = min(len(wanted), len(have))
    return all(w in ("*", h) for w, h in zip(wanted[:size], have[:size], strict=True))


def values_read_by(patterns: Iterable[str], values: Iterable[PolicyValue]) -> list[PolicyValue]:
    """The values a rule with these catalog ``packs`` keys reads."""
    patterns = tuple(patterns)
    return [value for value in values if any(reads(p, value.key) for p in patterns)]
