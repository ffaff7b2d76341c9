"""Meta-tests of the rule catalog: every rule speaks English and Simplified Chinese, fully."""

from __future__ import annotations

import string
import tomllib
from importlib import resources
from typing import Any

import pytest

from casecheck.catalog import DOC_SECTIONS, LANGUAGES, WORDS_FILE, shipped_catalog

CATALOG_FILES = sorted(
    (e for e in resources.files("casecheck.catalog").iterdir()
     if e.name.endswith(".toml") and e.name != WORDS_FILE),
    key=lambda e: e.name,
)
RAW: dict[str, dict[str, Any]] = {
    code: rule
    for entry in CATALOG_FILES
    for code, rule in tomllib.loads(entry.read_text(encoding="utf-8")).items()
}


def _fields(template: str) -> set[str]:
    """The names a str.format template fills; a ``_zh`` twin counts as the same field."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {name.removesuffix("_zh") for name in names}


def _wordings(rule: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = [("default", {"message": rule.get("message", {}), "hint": rule.get("hint", {})})]
    found += [(f"variants.{name}", words) for name, words in rule.get("variants", {}).items()]
    return found


def test_the_raw_catalog_is_the_shipped_catalog() -> None:
    assert sorted(RAW) == sorted(shipped_catalog())


def _missing(rule: dict[str, Any]) -> list[str]:
    """Every text the rule lacks in one of the catalog's languages."""
    missing = []
    for lang in LANGUAGES:
        if not str(rule.get("summary", {}).get(lang, "")).strip():
            missing.append(f"summary.{lang}")
        for name, words in _wordings(rule):
            for part in ("message", "hint"):
                # a variant without its own hint uses the rule's hint
                texts = words.get(part) if part in words or name == "default" else rule["hint"]
                if not str((texts or {}).get(lang, "")).strip():
                    missing.append(f"{name}.{part}.{lang}")
        docs = rule.get("docs", {}).get(lang, {})
        missing += [f"docs.{lang}.{key}" for key in DOC_SECTIONS
                    if not str(docs.get(key, "")).strip()]
    return missing


@pytest.mark.parametrize("code", sorted(RAW))
def test_every_rule_speaks_both_languages(code: str) -> None:
    missing = _missing(RAW[code])
    assert not missing, f"{code} lacks {', '.join(missing)}"


@pytest.mark.parametrize("code", sorted(RAW))
def test_both_languages_fill_the_same_fields(code: str) -> None:
    for name, words in _wordings(RAW[code]):
        for part in ("message", "hint"):
            texts = words.get(part)
            if texts:
                assert _fields(texts["en"]) == _fields(texts["zh-CN"]), f"{code} {name}.{part}"


@pytest.mark.parametrize("code", sorted(RAW))
def test_chinese_texts_are_chinese(code: str) -> None:
    """A copied English text in the zh-CN slot passes the presence test but is no translation."""
    rule = RAW[code]
    texts = [rule["summary"]["zh-CN"], *(w[p]["zh-CN"] for _, w in _wordings(rule)
                                          for p in ("message", "hint") if p in w)]
    texts += list(rule["docs"]["zh-CN"].values())[:2]
    for text in texts:
        assert any("\u4e00" <= char <= "\u9fff" for char in text), f"{code}: {text!r}"


def test_the_meta_test_catches_a_missing_translation() -> None:
    rule = {
        "summary": {"en": "x", "zh-CN": "x"}, "message": {"en": "{a}", "zh-CN": "{b}"},
        "hint": {"en": "h"}, "variants": {"v": {"message": {"en": "m"}}},
        "docs": {"en": dict.fromkeys(DOC_SECTIONS, "d"), "zh-CN": {"what": "d"}},
    }
    assert _missing(rule) == [
        "default.hint.zh-CN", "variants.v.message.zh-CN", "variants.v.hint.zh-CN",
        "docs.zh-CN.why", "docs.zh-CN.example", "docs.zh-CN.fix",
    ]
    assert _fields(rule["message"]["en"]) != _fields(rule["message"]["zh-CN"])
