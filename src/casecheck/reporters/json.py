"""``--format json``: the SPEC §5 object, byte-stable for the same findings."""

from __future__ import annotations

import json
from typing import TextIO

from casecheck.display import json_safe
from casecheck.findings import RunReport
from casecheck.reporters import ReportOptions


def write(report: RunReport, out: TextIO, options: ReportOptions) -> None:
    document = report.to_dict(version=options.version, rules_version=options.rules_version)
    out.write(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))
    out.write("\n")
