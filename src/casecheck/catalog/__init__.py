"""The rule catalog: every rule's code, name, severity, texts and docs, in English and Chinese.

The texts live as data beside this module, one TOML file per family of rules, so that a
translator edits words, not code. Messages and hints are ``str.format`` templates filled
from the finding's data; a rule may have named variants for the different ways it fires.
The words those templates are filled with (attachment kinds, language names, where in the
case) live beside them in ``words.toml``, read with ``words()`` and ``word()``.
"""

from __future__ import annotations

import hashlib
import re
import string
import sys
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from casecheck import __version__
from casecheck.errors import CatalogError
from casecheck.findings import Finding, Location, Severity

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from casecheck.sealed import CacheFolder

LANGUAGES = ("en", "zh-CN")
DOC_SECTIONS = ("what", "why", "example", "fix")
WORDS_FILE = "words.toml"
"""The display words messages are filled with (kind names, language names, ...): not rules."""


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
    sources: Texts | None = None
    """``source`` in every language the catalog gives it (``explain`` shows it); findings
    carry the English citation in ``source``."""

    def source_in(self, lang: str) -> str:
        """Where the rule comes from, in ``lang`` when the catalog translates it."""
        return self.sources.get(lang) if self.sources is not None else self.source

    def wording(self, variant: str | None) -> Wording:
        key = variant or "default"
        try:
            return self.wordings[key]
        except KeyError:
            raise CatalogError(f"rule {self.code} has no wording {key!r}") from None

    def render(self, variant: str | None, lang: str, values: Mapping[str, Any]) -> tuple[str, str]:
        wording = self.wording(variant)
        return (
            fill(wording.message.get(lang), lang, values),
            fill(wording.hint.get(lang), lang, values),
        )


SPACED_BETWEEN_SCRIPTS = frozenset({"zh-CN"})
"""Languages that put a space where their script meets a Latin word or a number (``含有
JavaScript 脚本``, ``需要 3 个``): ``fill`` adds it where a filled-in value meets the text."""
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z0-9]")


def _seam(left: str, right: str) -> str:
    if not left or not right:
        return ""
    a, b = left[-1], right[0]
    if (_HAN.match(a) and _LATIN.match(b)) or (_LATIN.match(a) and _HAN.match(b)):
        return " "
    return ""


def fill(template: str, lang: str, values: Mapping[str, Any]) -> str:
    """``template.format_map(values)``; in a language of ``SPACED_BETWEEN_SCRIPTS``, with a
    space at each seam between the text and a value where Han meets Latin script. Only seams:
    a value (a path such as ``attachments/发票1.pdf``) is never changed inside."""
    if lang not in SPACED_BETWEEN_SCRIPTS:
        return template.format_map(values)
    formatter = string.Formatter()
    pieces: list[tuple[str, bool]] = []
    for literal, name, spec, conversion in formatter.parse(template):
        if literal:
            pieces.append((literal, False))
        if name is not None:
            value, _ = formatter.get_field(name, (), values)
            value = formatter.convert_field(value, conversion)
            pieces.append((formatter.format_field(value, spec or ""), True))
    text = ""
    previous_is_value = False
    for piece, is_value in pieces:
        if is_value or previous_is_value:
            text += _seam(text, piece)
        text += piece
        previous_is_value = is_value
    return text


def _texts(raw: Any, where: str) -> Texts:
    if not isinstance(raw, dict) or not isinstance(raw.get("en"), str):
        raise CatalogError(f"{where}: needs at least an 'en' text")
    return Texts({lang: str(text) for lang, text in raw.items()})


def _toml(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"{where}: {error}") from None


def _shipped_files() -> list[Traversable]:
    return sorted((entry for entry in resources.files(__package__).iterdir()
                   if entry.name.endswith(".toml")), key=lambda entry: entry.name)


_tables: dict[str, dict[str, Any]] = {}
"""The TOML of every shipped catalog file by name: parsed once per process, or read from a
run's cache (``read_cached``)."""


def _parsed(name: str) -> dict[str, Any]:
    if not _tables:
        _tables.update({entry.name: _toml(entry.read_text(encoding="utf-8"),
                                          f"catalog/{entry.name}") for entry in _shipped_files()})
    return _tables[name]


def read_cached(cache: CacheFolder) -> None:
    """Take the shipped catalog's parse from ``cache`` (sealed JSON, under the files' bytes
    and this version), or parse the files and keep it there: parsing their TOML costs a
    pre-commit run of one case a tenth of its time, the JSON a twentieth of that."""
    if _tables:
        return
    texts = {entry.name: entry.read_bytes() for entry in _shipped_files()}
    hasher = hashlib.sha256(f"{__version__}\0{sys.version}".encode())
    for name, data in texts.items():
        hasher.update(f"\0{name}\0{len(data)}\0".encode())
        hasher.update(data)
    entry = [__version__, "catalog", f"{hasher.hexdigest()}.json"]
    kept = cache.read_json(entry)
    if isinstance(kept, dict) and sorted(kept) == sorted(texts) \
            and all(isinstance(table, dict) for table in kept.values()):
        _tables.update(kept)
        return
    parsed = {name: _toml(data.decode("utf-8"), f"catalog/{name}")
              for name, data in texts.items()}
    _tables.update(parsed)
    cache.mark()
    cache.write_json(entry, parsed)


@cache
def _shipped_words() -> Mapping[str, Mapping[str, Texts]]:
    where = f"catalog/{WORDS_FILE}"
    data = _parsed(WORDS_FILE)
    groups: dict[str, Mapping[str, Texts]] = {}
    for group, table in data.items():
        if not isinstance(table, dict):
            raise CatalogError(f"{where}: {group} is not a table of words")
        groups[group] = MappingProxyType(
            {key: _texts(raw, f"{where}: {group}.{key}") for key, raw in table.items()}
        )
    return MappingProxyType(groups)


def words(group: str) -> Mapping[str, Texts]:
    """One table of ``catalog/words.toml`` by key: ``words("kinds")["box-label"]``."""
    try:
        return _shipped_words()[group]
    except KeyError:
        raise CatalogError(f"catalog/{WORDS_FILE} has no group {group!r}") from None


def word(group: str, key: str, lang: str, *, default: str | None = None) -> str:
    """A display word in ``lang`` (in English where it has none there).

    ``default`` is for keys that packs or plugins may add without a word (a new attachment
    kind): they show as themselves rather than fail the check.
    """
    texts = words(group).get(key)
    if texts is not None:
        return texts.get(lang)
    if default is not None:
        return default
    raise CatalogError(f"catalog/{WORDS_FILE} has no {group}.{key}")


def counted(noun: str, count: int, lang: str) -> str:
    """``count`` things as ``lang`` says it: ``1 error``, ``2 errors``, ``2 个错误``; the forms
    are ``[counts]`` in words.toml."""
    form = "one" if count == 1 else "other"
    return word("counts", f"{noun}-{form}", lang).format(count=count)


def menu_path(segments: Sequence[str], lang: str) -> str:
    """A Seller Central menu path as the seller's Seller Central shows it; in Chinese with the
    English path beside it (``绩效 > 账户状况（英文界面：“Performance > Account Health”）``)."""
    separator = word("menu-path", "separator", lang)
    english = " > ".join(segments)
    shown = separator.join(word("menu", segment, lang, default=segment) for segment in segments)
    if shown == english:
        return english
    return word("menu-path", "beside", lang).format(path=shown, english=english)


_LATIN_EDGE = re.compile(r"[A-Za-z0-9]")


def _beside(left: str, joiner: str, right: str) -> str:
    """``left`` + ``joiner`` + ``right``; a Chinese joiner gets a space only where it meets a
    Latin letter or digit, as Chinese technical writing spaces them (``PDF 或 PNG``)."""
    if joiner.strip() != joiner or _LATIN_EDGE.match(joiner[:1] or " "):
        return left + joiner + right
    before = " " if left and _LATIN_EDGE.match(left[-1]) else ""
    after = " " if right and _LATIN_EDGE.match(right[0]) else ""
    return f"{left}{before}{joiner}{after}{right}"


def listed(
    items: Sequence[str], lang: str, *, last: str = "and", limit: int | None = None,
    left_out: int = 0,
) -> str:
    """``items`` as a sentence lists them in ``lang``: ``a, b and c`` (``last="or"``: ``a, b
    or c``); past ``limit`` items, the first ``limit`` and ``and 3 more``. ``left_out`` counts
    more items that were not even named (a caller that names only what is shown)."""
    shown = list(items if limit is None else items[:limit])
    rest = len(items) - len(shown) + left_out
    comma = word("lists", "comma", lang)
    if rest:
        return comma.join(shown) + word("lists", "more", lang).format(count=rest)
    if len(shown) <= 1:
        return "".join(shown)
    return _beside(comma.join(shown[:-1]), word("lists", last, lang), shown[-1])


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
        raw_source = raw.get("source", "")
        sources = _texts(raw_source, f"{where}.source") if isinstance(raw_source, dict) else None
        return Rule(
            code=code,
            name=raw["name"],
            severity=Severity(raw["severity"]),
            summary=_texts(raw["summary"], f"{where}.summary"),
            source=sources.get("en") if sources is not None else str(raw_source),
            sources=sources,
            wordings=wordings,
            docs=raw.get("docs", {}),
            packs=_pack_keys(raw.get("packs", []), f"{where}.packs"),
        )
    except KeyError as missing:
        raise CatalogError(f"{where}: missing key {missing}") from None
    except ValueError as error:
        raise CatalogError(f"{where}: {error}") from None


FAMILY_ORDER = "MAITDRHSX"
"""SPEC §7's order: manifest, attachments, IDs, text, dates, routing, history, then the
Seller Central reports (S, beyond SPEC §7: claims held against the seller's own reports),
internal."""


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
    data = _toml(text, where)
    return {code: _rule(code, raw, f"{where}: {code}") for code, raw in data.items()}


@cache
def shipped_catalog() -> Catalog:
    rules: dict[str, Rule] = {}
    for entry in _shipped_files():
        if entry.name != WORDS_FILE:
            where = f"catalog/{entry.name}"
            family = {code: _rule(code, raw, f"{where}: {code}")
                      for code, raw in _parsed(entry.name).items()}
            clash = set(family) & set(rules)
            if clash:
                raise CatalogError(f"catalog/{entry.name}: duplicate codes {sorted(clash)}")
            rules.update(family)
    return Catalog(rules)


@dataclass(frozen=True)
class FindingMaker:
    """Makes findings with their message and hint rendered from ``catalog`` in ``lang``.

    The loader and the engine are handed one instead of asking for the catalog: the rule set
    of a run (the shipped rules and the plugins') is assembled above them.
    """

    catalog: Catalog
    lang: str = "en"

    def __call__(
        self, code: str, *, variant: str | None = None, file: str | None = None,
        field: str | None = None, line: int | None = None, source: str | None = None,
        data: Mapping[str, Any] | None = None, **values: Any,
    ) -> Finding:
        """A finding for ``code``; ``data`` is kept on it and fills the templates, ``values``
        only fill them."""
        rule = self.catalog[code]
        kept = dict(data or {})
        message, hint = rule.render(variant, self.lang, {**kept, **values})
        return Finding(
            code=code, name=rule.name, severity=rule.severity, message=message,
            location=Location(file=file, field=field, line=line), hint=hint,
            source=source or rule.source, data=kept,
        )
