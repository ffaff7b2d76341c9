"""The rule catalog: every rule's code, name, severity, texts and docs, in English and Chinese.

The texts live as data beside this module, one TOML file per family of rules, so that a
translator edits words, not code. Messages and hints are ``str.format`` templates filled
from the finding's data; a rule may have named variants for the different ways it fires.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from casecheck.findings import Severity

LANGUAGES = ("en", "zh-CN")
DOC_SECTIONS = ("what", "why", "example", "fix")
DOC_HEADINGS = {
    "en": {
        "what": "What it does",
        "why": "Why it matters",
        "example": "Example",
        "fix": "How to fix",
        "source": "Source",
        "checker": "Checker",
        "packs": "Rule pack keys",
        "none": "none",
    },
    "zh-CN": {
        "what": "规则说明",
        "why": "为什么重要",
        "example": "示例",
        "fix": "如何修改",
        "source": "依据",
        "checker": "检查器",
        "packs": "读取的规则包配置",
        "none": "无",
    },
}


class CatalogError(Exception):
    """The shipped catalog or a plugin's catalog is malformed."""


@dataclass(frozen=True, slots=True)
class Texts:
    """A text in every language the catalog speaks."""

    by_lang: Mapping[str, str]

    def get(self, lang: str) -> str:
        return self.by_lang.get(lang) or self.by_lang["en"]


@dataclass(frozen=True, slots=True)
class Wording:
    """A message and a hint template: one way a rule fires."""

    message: Texts
    hint: Texts


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: Texts
    source: str
    wordings: Mapping[str, Wording]
    docs: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    packs: tuple[str, ...] = ()
    """The rule-pack keys the rule reads, dotted from the pack root (``types.*.contact_path``);
    a plugin's catalog may leave them out."""

    def wording(self, variant: str | None) -> Wording:
        key = variant or "default"
        try:
            return self.wordings[key]
        except KeyError:
            raise CatalogError(f"rule {self.code} has no wording {key!r}") from None

    def render(self, variant: str | None, lang: str, values: Mapping[str, Any]) -> tuple[str, str]:
        wording = self.wording(variant)
        return (
            wording.message.get(lang).format_map(values),
            wording.hint.get(lang).format_map(values),
        )


def _texts(raw: Any, where: str) -> Texts:
    if not isinstance(raw, dict) or not isinstance(raw.get("en"), str):
        raise CatalogError(f"{where}: needs at least an 'en' text")
    return Texts({lang: str(text) for lang, text in raw.items()})


def _pack_keys(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(key, str) for key in raw):
        raise CatalogError(f"{where}: needs a list of rule-pack keys")
    return tuple(raw)


def _rule(code: str, raw: dict[str, Any], where: str) -> Rule:
    try:
        wordings = {"default": Wording(_texts(raw["message"], f"{where}.message"),
                                       _texts(raw["hint"], f"{where}.hint"))}
        for variant, words in raw.get("variants", {}).items():
            wordings[variant] = Wording(
                _texts(words["message"], f"{where}.variants.{variant}.message"),
                _texts(words.get("hint", raw["hint"]), f"{where}.variants.{variant}.hint"),
            )
        return Rule(
            code=code,
            name=raw["name"],
            severity=Severity(raw["severity"]),
            summary=_texts(raw["summary"], f"{where}.summary"),
            source=raw.get("source", ""),
            wordings=wordings,
            docs=raw.get("docs", {}),
            packs=_pack_keys(raw.get("packs", []), f"{where}.packs"),
        )
    except KeyError as missing:
        raise CatalogError(f"{where}: missing key {missing}") from None
    except ValueError as error:
        raise CatalogError(f"{where}: {error}") from None


FAMILY_ORDER = "MAITDRHX"
"""SPEC §7's order: manifest, attachments, IDs, text, dates, routing, history, internal."""


def _catalog_order(code: str) -> tuple[int, str]:
    family = FAMILY_ORDER.find(code[:1])
    return (family if family >= 0 else len(FAMILY_ORDER), code)


class Catalog(Mapping[str, Rule]):
    """Every known rule by code, in the rule catalog's order."""

    def __init__(self, rules: Mapping[str, Rule]) -> None:
        self._rules = {code: rules[code] for code in sorted(rules, key=_catalog_order)}

    def __getitem__(self, code: str) -> Rule:
        return self._rules[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def extended(self, more: Mapping[str, Rule], *, origin: str) -> Catalog:
        """A catalog with a plugin's rules added; a code that exists already is an error."""
        clash = sorted(set(more) & set(self._rules))
        if clash:
            raise CatalogError(
                f"{origin} defines rule codes that exist already: {', '.join(clash)}"
            )
        return Catalog({**self._rules, **more})


def parse_catalog(text: str, where: str) -> dict[str, Rule]:
    """Parse one catalog file; plugins use this for their own rule texts."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"{where}: {error}") from None
    return {code: _rule(code, raw, f"{where}: {code}") for code, raw in data.items()}


@cache
def shipped_catalog() -> Catalog:
    rules: dict[str, Rule] = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            family = parse_catalog(entry.read_text(encoding="utf-8"), f"catalog/{entry.name}")
            clash = set(family) & set(rules)
            if clash:
                raise CatalogError(f"catalog/{entry.name}: duplicate codes {sorted(clash)}")
            rules.update(family)
    return Catalog(rules)


def rule_catalog() -> Catalog:
    """Every rule of this installation: the shipped ones and those of installed plugins."""
    from casecheck.plugins import installed_checkers  # noqa: PLC0415 - it imports this module

    return installed_checkers().catalog
