"""``--format text``: findings grouped by case, one line each, with the hint below.

Every value from a case (folder and file names, messages that quote the manifest) is written
with its control characters as visible escapes: a terminal acts on ESC and CR.
"""

from __future__ import annotations

from typing import TextIO

from casecheck.catalog import counted, word
from casecheck.display import visible
from casecheck.findings import CaseReport, Finding, RunReport, Severity
from casecheck.reporters import Locator, ReportOptions, shown_path

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
PLACEHOLDER_CODE = "I010"
"""Each finding of this code is one placeholder a draft still holds: the summary counts them."""


def _paint(text: str, code: str, options: ReportOptions) -> str:
    return f"\033[{code}m{text}\033[0m" if options.color else text


def _place(case: CaseReport, finding: Finding, locator: Locator) -> str:
    """The place SARIF and GitHub annotations give, without their line 1 for no line."""
    place = locator.line_place(case, finding)
    return visible(place.path if place.line is None else f"{place.path}:{place.line}")


def summary_line(report: RunReport, lang: str) -> str:
    """The closing line: cases, failures, findings by severity, and the placeholders left."""
    totals = report.summary()
    left = sum(case.codes.count(PLACEHOLDER_CODE) for case in report.cases)
    return word("report", "summary", lang).format(
        cases=counted("case", totals["cases"], lang), failed=totals["failed"],
        errors=counted("error", totals["error"], lang),
        warnings=counted("warning", totals["warning"], lang), info=totals["info"],
        left=word("report", "left", lang).format(
            placeholders=counted("placeholder", left, lang)) if left else "",
    )


def write(report: RunReport, out: TextIO, options: ReportOptions) -> None:
    hint_label = word("report", "hint", options.lang)
    labels = {severity: word("report", str(severity), options.lang) for severity in Severity}
    locator = Locator()
    for case in report.cases:
        if not case.findings:
            continue
        out.write(_paint(visible(shown_path(case.path)), "1", options) + "\n")
        for finding in case.findings:
            severity = _paint(labels[finding.severity], _COLORS[finding.severity], options)
            place = _place(case, finding, locator)
            out.write(f"  {place}: {finding.code} {severity} {visible(finding.message)}\n")
            if finding.hint:
                out.write(f"      {hint_label}{visible(finding.hint)}\n")
    summary = summary_line(report, options.lang)
    out.write(_paint(summary, "1;31" if report.failed else "1;32", options) + "\n")
