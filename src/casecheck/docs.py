"""Rule documentation, written from the catalog: the same headings for every rule.

``python -m casecheck.docs --write docs/rules`` (or ``casecheck docs --write docs/rules``)
regenerates one page per rule in English and in Simplified Chinese (``zh-CN/``), with an
index; ``--check`` exits 1 when the folder is not what the catalog gives.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from casecheck.catalog import DOC_SECTIONS, LANGUAGES, Catalog, Rule, shipped_catalog, word
from casecheck.evidence import PolicyValue, citation, policy_values, values_read_by
from casecheck.packs import RulePacks, load_packs
from casecheck.registry import default_checkers

PROJECT_URL = "https://github.com/casecheck/casecheck"
RULE_DOCS_URL = PROJECT_URL + "/blob/main/docs/rules/{code}.md"
"""Where a rule's generated page is published; SARIF viewers link each rule to it."""

_INDEX_COLUMNS = ("code", "name", "severity", "summary")


RAISED_WITHOUT_A_CHECKER = {
    "M008": "casecheck.runner:check_each",
    "M": "casecheck.loader",
    "X": "casecheck.engine:run_checkers",
}
"""By code, else by code family, where the rules that no checker declares are raised: the
loader reports what keeps a manifest from loading (in several functions), the runner a case
folder's own configuration file it did not use, the engine a checker that failed."""


def checker_path(unit: object) -> str:
    """Where a checker is written, as ``module:function`` (``module:Class`` for an object)."""
    function = getattr(unit, "function", None)
    if callable(function):
        # __name__, not __qualname__: a checker made by a factory is renamed to the
        # module attribute that holds it (identifiers.order_ids).
        return f"{function.__module__}:{function.__name__}"
    return f"{type(unit).__module__}:{type(unit).__qualname__}"


def checkers_of(code: str) -> list[str]:
    """Where the rule ``code`` is raised: its checkers (one, for a built-in rule)."""
    found = [checker_path(unit) for unit in default_checkers() if code in unit.codes]
    if not found:
        place = RAISED_WITHOUT_A_CHECKER.get(code) or RAISED_WITHOUT_A_CHECKER.get(code[:1])
        found = [place] if place else []
    return found


def _listed(items: Sequence[str], none: str) -> str:
    return ", ".join(f"`{item}`" for item in items) if items else none


def _evidence_line(value: PolicyValue, lang: str) -> str:
    """``- `key`: value. Source (level, checked date): "quote" <urls>``"""
    quote = (word("doc-headings", "quote", lang).format(quote=value.cited.quote)
             if value.cited.quote else "")
    urls = "".join(f" <{url}>" for url in value.cited.urls)
    return "- " + word("doc-headings", "value", lang).format(
        key=f"`{value.key}`", value=f"`{value.shown_value()}`",
        citation=citation(value.cited, lang), quote=quote, urls=urls,
    )


def rule_markdown(rule: Rule, lang: str = "en", packs: RulePacks | None = None) -> str:
    """A rule's page: its summary, checker, pack keys, docs sections, source, and the evidence
    of every value of the packs (the shipped ones unless given) that it reads."""
    docs = rule.docs.get(lang) or rule.docs.get("en", {})

    def heading(key: str) -> str:
        return word("doc-headings", key, lang)

    def label(key: str, value: str) -> str:
        return word("doc-headings", "label", lang).format(name=heading(key), value=value)

    severity = word("severities", str(rule.severity), lang)
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        word("doc-headings", "summary", lang).format(summary=rule.summary.get(lang),
                                                     severity=severity),
        "",
        f"- {label('checker', _listed(checkers_of(rule.code), heading('none')))}",
        f"- {label('packs', _listed(rule.packs, heading('none')))}",
        "",
    ]
    for section in DOC_SECTIONS:
        lines += [f"## {heading(section)}", "", docs.get(section, ""), ""]
    lines += [f"## {heading('source')}", "", rule.source_in(lang), ""]
    used = values_read_by(rule.packs, policy_values(packs if packs is not None else load_packs()))
    if used:
        lines += [f"## {heading('evidence')}", "", *(_evidence_line(v, lang) for v in used), ""]
    return "\n".join(lines)


def missing_sections(catalog: Catalog) -> list[str]:
    """``CODE lang section`` for every doc section, summary or source a rule lacks."""
    missing = []
    for rule in catalog.values():
        if not rule.source.strip():
            missing.append(f"{rule.code} source")
        for lang in LANGUAGES:
            if not rule.summary.by_lang.get(lang, "").strip():
                missing.append(f"{rule.code} {lang} summary")
            docs = rule.docs.get(lang, {})
            missing += [f"{rule.code} {lang} {section}" for section in DOC_SECTIONS
                        if not str(docs.get(section, "")).strip()]
    return missing


def _index(catalog: Catalog, lang: str) -> str:
    columns = [word("doc-index", column, lang) for column in _INDEX_COLUMNS]
    lines = [word("doc-index", "title", lang), "", word("doc-index", "note", lang), "",
             "| " + " | ".join(columns) + " |", "|---|---|---|---|"]
    for rule in catalog.values():
        summary = rule.summary.get(lang).replace("|", "\\|")
        link = f"[{rule.code}]({rule.code}.md)"
        lines.append(f"| {link} | {rule.name} | {rule.severity} | {summary} |")
    return "\n".join(lines) + "\n"


def rule_pages(catalog: Catalog | None = None) -> dict[str, str]:
    """Relative path -> text of every generated page: ``CODE.md``, ``zh-CN/CODE.md``, indexes."""
    catalog = catalog if catalog is not None else shipped_catalog()
    packs = load_packs()
    pages = {}
    for lang in LANGUAGES:
        prefix = "" if lang == "en" else f"{lang}/"
        pages[f"{prefix}README.md"] = _index(catalog, lang)
        for rule in catalog.values():
            pages[f"{prefix}{rule.code}.md"] = rule_markdown(rule, lang, packs)
    return pages


def stale_pages(directory: Path, pages: dict[str, str]) -> list[str]:
    """Pages that are missing, different, or no longer generated (a rule was removed)."""
    present = {p.relative_to(directory).as_posix() for p in directory.rglob("*.md")}
    stale = sorted(name for name, text in pages.items()
                   if name not in present or (directory / name).read_text(encoding="utf-8") != text)
    return stale + sorted(present - set(pages))


def write_pages(directory: Path, pages: dict[str, str]) -> list[str]:
    """Bring ``directory`` up to date; returns the pages written or removed."""
    changed = stale_pages(directory, pages)
    for name in changed:
        target = directory / name
        if name in pages:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(pages[name], encoding="utf-8")
        else:
            target.unlink()
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casecheck.docs",
                                     description="Generate docs/rules from the rule catalog.")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, metavar="DIR", help="write the pages into DIR")
    action.add_argument("--check", type=Path, metavar="DIR",
                        help="exit 1 when DIR is not what --write would make")
    args = parser.parse_args(argv)
    catalog = shipped_catalog()
    missing = missing_sections(catalog)
    if missing:
        print("rules without docs: " + "; ".join(missing), file=sys.stderr)
        return 1
    pages = rule_pages(catalog)
    if args.write is not None:
        for name in write_pages(args.write, pages):
            print(f"updated {(args.write / name).as_posix()}")
        return 0
    stale = stale_pages(args.check, pages) if args.check.is_dir() else sorted(pages)
    for name in stale:
        print(f"out of date: {(args.check / name).as_posix()}", file=sys.stderr)
    if stale:
        print("run: python -m casecheck.docs --write docs/rules", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
