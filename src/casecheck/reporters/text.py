"""``--format text``: findings grouped by case, one line each, with the hint below."""

from __future__ import annotations

from typing import TextIO

from casecheck.catalog import word
from casecheck.findings import CaseReport, Finding, RunReport, Severity
from casecheck.reporters import ReportOptions

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _paint(text: str, code: str, options: ReportOptions) -> str:
    return f"\033[{code}m{text}\033[0m" if options.color else text


def _place(case: CaseReport, finding: Finding) -> str:
    place = case.path
    if finding.location.file:
        file = finding.location.file
        place = f"{place.rstrip('/')}/{file}" if place != "." else file
    if finding.location.line is not None:
        place += f":{finding.location.line}"
    return place


def write(report: RunReport, out: TextIO, options: ReportOptions) -> None:
    hint_label = word("report", "hint", options.lang)
    for case in report.cases:
        if not case.findings:
            continue
        out.write(_paint(case.path, "1", options) + "\n")
        for finding in case.findings:
            severity = _paint(f"[{finding.severity}]", _COLORS[finding.severity], options)
            out.write(f"  {_place(case, finding)}: {finding.code} {severity} {finding.message}\n")
            if finding.hint:
                out.write(f"      {hint_label}: {finding.hint}\n")
    totals = report.summary()
    counts: dict[str, int | str] = {**totals}
    if options.lang == "en":
        counts |= {"cases": _counted(totals["cases"], "case"),
                   "error": _counted(totals["error"], "error"),
                   "warning": _counted(totals["warning"], "warning")}
    summary = word("report", "summary", options.lang).format(**counts)
    out.write(_paint(summary, "1;31" if report.failed else "1;32", options) + "\n")
