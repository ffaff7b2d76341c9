"""``--format junit``: JUnit XML for CI test dashboards.

One ``testsuite`` per case, one ``testcase`` per rule that was checked on it. Findings that
fail the case (errors; warnings too under ``--strict``) are ``failure`` elements; the others
are listed in the test case's ``system-out`` so that they are seen but do not turn it red.
Values from a case are written with control characters as visible escapes: XML 1.0 forbids
most of them, and a file holding one is no longer XML.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from casecheck.display import visible
from casecheck.findings import CaseReport, Finding, RunReport, Severity
from casecheck.registry import rule_catalog
from casecheck.reporters import Locator, ReportOptions, shown_path


def _sanitized(root: ET.Element) -> None:
    """Every attribute and text of the tree without a character XML 1.0 forbids (controls,
    lone surrogates, U+FFFE, U+FFFF): whatever a plugin's catalog or a case put there, the
    file stays XML. The values from a case had their line breaks made visible already; the
    report's own line breaks stay."""
    for element in root.iter():
        for name, value in element.attrib.items():
            element.set(name, visible(value, line_breaks=True))
        if element.text:
            element.text = visible(element.text, line_breaks=True)


def _fails(finding: Finding, strict: bool) -> bool:
    return finding.severity is Severity.ERROR or (strict and finding.severity is Severity.WARNING)


def _suite(case: CaseReport, strict: bool, locator: Locator) -> ET.Element:
    catalog = rule_catalog()
    path = visible(shown_path(case.path))
    suite = ET.Element("testsuite", name=path)
    failures = 0
    rules = case.rules or tuple(sorted({f.code for f in case.findings}))
    for code in rules:
        name = catalog[code].name if code in catalog else code
        testcase = ET.SubElement(suite, "testcase", classname=path, name=visible(f"{code} {name}"))
        findings = [f for f in case.findings if f.code == code]
        lines = []
        for finding in findings:
            place = locator.place(case, finding)
            lines.append(visible(f"{place.path}:{place.line}: [{finding.severity}] "
                                 f"{finding.message}")
                         + (f"\n    hint: {visible(finding.hint)}" if finding.hint else ""))
        failing = [f for f in findings if _fails(f, strict)]
        if failing:
            failures += 1
            first = failing[0]
            more = f" (and {len(failing) - 1} more)" if len(failing) > 1 else ""
            failure = ET.SubElement(testcase, "failure", type=str(first.severity),
                                    message=visible(first.message) + more)
            failure.text = "\n".join(lines)
        elif lines:
            ET.SubElement(testcase, "system-out").text = "\n".join(lines)
    suite.set("tests", str(len(rules)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    return suite


def write(report: RunReport, out: TextIO, options: ReportOptions) -> None:
    locator = Locator()
    root = ET.Element("testsuites", name="casecheck")
    suites = [_suite(case, report.strict or case.strict, locator) for case in report.cases]
    root.extend(suites)
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in suites)))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in suites)))
    root.set("errors", "0")
    _sanitized(root)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
