"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

Chosen by default when ``GITHUB_ACTIONS=true`` and no ``--format`` is given. Ends with the
run's summary; under Actions a Markdown table is also added to the job summary.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TextIO

from casecheck.display import visible
from casecheck.findings import RunReport, Severity
from casecheck.reporters import Locator, ReportOptions, shown_path

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command: %, CR and LF are escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file=, title=): also ':' and ',', which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _summary_line(report: RunReport) -> str:
    counts = report.summary()
    verdict = "failed" if report.failed else "passed"
    return (f"casecheck {verdict}: {counts['cases']} case(s) checked, {counts['failed']} failed; "
            f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info.")


def _markdown_cell(text: str) -> str:
    """A code span in a Markdown table cell: a fence longer than any run of backticks in it,
    ``|`` escaped (it ends a cell even inside code), control characters visible."""
    text = visible(text).replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _step_summary(report: RunReport) -> str:
    lines = ["## casecheck", "", "| case | type | errors | warnings | info |",
             "|---|---|---:|---:|---:|"]
    for case in report.cases:
        counts = case.counts
        mark = "❌" if case.failed(strict=report.strict) else "✅"
        lines.append(f"| {mark} {_markdown_cell(shown_path(case.path))} | {case.type or '?'} "
                     f"| {counts['error']} | {counts['warning']} | {counts['info']} |")
    return "\n".join([*lines, "", _summary_line(report), ""]) + "\n"


def write(report: RunReport, out: TextIO, options: ReportOptions) -> None:
    locator = Locator()
    for case in report.cases:
        for finding in case.findings:
            place = locator.place(case, finding)
            properties = ",".join((
                f"file={escape_property(visible(place.path))}",
                f"line={place.line}",
                f"title={escape_property(f'{finding.code} {finding.name}')}",
            ))
            # A case's line breaks take the command's own encoding (%0A); ESC and the other
            # controls, which the log viewer would act on, are shown as escapes.
            text = visible(finding.message + (f"\n{finding.hint}" if finding.hint else ""),
                           line_breaks=True)
            out.write(f"::{COMMANDS[finding.severity]} {properties}::{escape_data(text)}\n")
    out.write(_summary_line(report) + "\n")
    if options.step_summary:
        with Path(options.step_summary).open("a", encoding="utf-8") as summary:
            summary.write(_step_summary(report))
