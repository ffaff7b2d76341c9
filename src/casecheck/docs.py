"""Rule documentation, written from the catalog: the same headings for every rule."""

from __future__ import annotations

from casecheck.catalog import DOC_HEADINGS, DOC_SECTIONS, Rule

PROJECT_URL = "https://github.com/casecheck/casecheck"
RULE_DOCS_URL = PROJECT_URL + "/blob/main/docs/rules/{code}.md"
"""Where a rule's generated page is published; SARIF viewers link each rule to it."""


def rule_markdown(rule: Rule, lang: str = "en") -> str:
    headings = DOC_HEADINGS.get(lang, DOC_HEADINGS["en"])
    docs = rule.docs.get(lang) or rule.docs.get("en", {})
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        f"{rule.summary.get(lang)} ({rule.severity})",
        "",
    ]
    for section in DOC_SECTIONS:
        lines += [f"## {headings[section]}", "", docs.get(section, ""), ""]
    lines += [f"## {headings['source']}", "", rule.source, ""]
    return "\n".join(lines)
