"""``--format json``: the SPEC §5 object, byte-stable for the same findings."""

from __future__ import annotations

from typing import TextIO

from casecheck.display import indented_json, json_safe
from casecheck.findings import RunReport
from casecheck.reporters import ReportOptions, shown_path


def write(report: RunReport, out: TextIO, options: ReportOptions) -> None:
    document = report.to_dict(version=options.version, rules_version=options.rules_version)
    for case in document["cases"]:
        case["path"] = shown_path(case["path"])
    out.write(json_safe(indented_json(document)))
    out.write("\n")
