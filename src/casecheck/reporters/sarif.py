"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Every rule of the catalog is described under ``tool.driver.rules``; every finding is a
result with a repository-relative location and a line (see :class:`Locator`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from casecheck.catalog import Rule
from casecheck.display import indented_json, json_safe, visible
from casecheck.docs import PROJECT_URL, RULE_DOCS_URL, rule_markdown
from casecheck.findings import Finding, RunReport, Severity
from casecheck.registry import rule_catalog
from casecheck.reporters import Locator, Place, ReportOptions, shown_path

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """A URI reference: relative paths stay relative, absolute ones become file: URIs. A file
    name that is not UTF-8 (undecodable bytes are surrogates in Python) keeps its bytes."""
    try:
        quoted = quote(path, errors="surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        quoted = quote(visible(path))
    return "file://" + quoted if PurePosixPath(path).is_absolute() else quoted


def _descriptor(rule: Rule, lang: str) -> dict[str, Any]:
    docs = rule.docs.get(lang) or rule.docs.get("en", {})
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary.get(lang)},
        "fullDescription": {"text": docs.get("what") or rule.summary.get(lang)},
        "help": {"text": docs.get("fix") or rule.summary.get(lang),
                 "markdown": rule_markdown(rule, lang)},
        "helpUri": RULE_DOCS_URL.format(code=rule.code),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["casecheck"], "source": rule.source},
    }


def _result(case_path: str, finding: Finding, place: Place, index: int | None) -> dict[str, Any]:
    location = finding.location
    identity = "\0".join((case_path, finding.code, location.field or "", finding.message))
    properties: dict[str, Any] = {"case": case_path, "severity": str(finding.severity)}
    if finding.hint:
        properties["hint"] = finding.hint
    if location.field:
        properties["field"] = location.field
    if finding.data:
        properties["data"] = json.loads(json.dumps(finding.to_dict()["data"], default=str))
    return {
        "ruleId": finding.code,
        **({"ruleIndex": index} if index is not None else {}),
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message + (f" {finding.hint}" if finding.hint else "")},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(place.path)},
            "region": {"startLine": place.line},
        }}],
        "partialFingerprints": {
            "casecheckFinding/v1": hashlib.sha256(
                identity.encode("utf-8", "surrogatepass")).hexdigest(),
        },
        "properties": properties,
    }


def write(report: RunReport, out: TextIO, options: ReportOptions) -> None:
    catalog = rule_catalog()
    index = {code: number for number, code in enumerate(catalog)}
    locator = Locator()
    results = [
        _result(shown_path(case.path), finding, locator.place(case, finding),
                index.get(finding.code))
        for case in report.cases for finding in case.findings
    ]
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "casecheck",
                "version": options.version,
                "informationUri": PROJECT_URL,
                "rules": [_descriptor(rule, options.lang) for rule in catalog.values()],
                "properties": {"rulesVersion": options.rules_version},
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    out.write(json_safe(indented_json(document)))
    out.write("\n")
