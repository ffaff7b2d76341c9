"""Fuzz what a stranger's text does to casecheck's outputs (atheris / libFuzzer): control
characters per format, IDs in any digits, and the placeholder pattern over 2 MB of text.

Each input is read as text (UTF-8, undecodable bytes as lone surrogates, the way Python reads
a file name that is not UTF-8) and put in every place a case's text reaches an output: the
subject, an ID of each kind, an attachment path, the case folder's name in the report. A crash
is any of:

- an exception or an X001 finding;
- an output that is not valid UTF-8, holds a control character raw (LF only as the format's
  own line end), or does not parse back with its format's parser (JSON, SARIF, JUnit XML,
  GitHub annotations one per line, text one line per finding and hint);
- an ID holding a character that is not ASCII that a rule accepts, or whose rule does not
  say ``not-ascii``.

The placeholder pattern also runs over the input repeated to 2 MB (for inputs whose length
is a multiple of 16): a pattern that is not linear shows as a libFuzzer ``timeout-`` (run
with ``-timeout=20``).

    corpus=$(mktemp -d) && cp fuzz/seeds/outputs/* "$corpus"
    python fuzz/fuzz_outputs.py "$corpus" -max_total_time=300 -timeout=20

See fuzz/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

with atheris.instrument_imports():
    from casecheck.placeholders import find_placeholders
    from casecheck.tracking import COLUMNS, write_csv, write_json

from casecheck import Config, validate
from casecheck.findings import CaseReport, RunReport
from casecheck.models import ID_KINDS
from casecheck.reporters import ReportOptions, reporter

CONFIG = Config(now=dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC), ocr=False)
RULES = {"order_ids": "I001", "asins": "I002", "shipment_ids": "I003", "gtins": "I004",
         "fnskus": "I005", "tracking_numbers": "I007"}
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                 "\u2028\u2029\ud800-\udfff\ufffe\uffff]")
ANNOTATION = re.compile(r"^::(error|warning|notice) ((?:[a-z]+=[^,:\n]*,?)+)::([^\n]*)$")
TWO_MB = 2_000_000


def _written(name: str, report: RunReport) -> str:
    out = io.StringIO()
    reporter(name)(report, out, ReportOptions(version="fuzz"))
    text = out.getvalue()
    text.encode("utf-8")
    if RAW.search(text):
        raise AssertionError(f"{name} holds {RAW.findall(text)!r} raw")
    return text


def _check_outputs(report: RunReport) -> None:
    findings = [finding for case in report.cases for finding in case.findings]
    json.loads(_written("json", report))
    json.loads(_written("sarif", report))
    ET.fromstring(_written("junit", report))
    github = _written("github", report).split("\n")[:-1]
    if len(github) != len(findings) + 1 or not all(map(ANNOTATION.match, github[:-1])):
        raise AssertionError("github annotations do not parse back one per finding")
    text = _written("text", report)
    listed = sum(1 for case in report.cases if case.findings)
    if len(text.splitlines()) != listed + sum(1 + bool(f.hint) for f in findings) + 1:
        raise AssertionError("the text output has lines of its own")


def _check_log(value: str) -> None:
    for write in (write_csv, write_json):
        out = io.StringIO()
        write([{column: value for column in COLUMNS}], out)
        if RAW.search(out.getvalue()):
            raise AssertionError(f"{write.__name__} holds a control character raw")


def _check_ids(report: CaseReport, value: str) -> None:
    if value.isascii() or not value.strip():
        return
    for kind, code in RULES.items():
        found = [f for f in report.findings if f.location.field == f"ids.{kind}[0]"
                 and f.code == code]
        if not found or "codepoint" not in found[0].data:
            raise AssertionError(f"{kind} {value!r} is not said to be not ASCII")


def test_one_input(data: bytes) -> None:
    value = data.decode("utf-8", "surrogateescape")
    manifest: dict[str, Any] = {
        "type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
        "subject": value, "case_id": value, "ids": {kind: [value] for kind in ID_KINDS},
        "attachments": [{"path": value or "x", "kind": "screenshot"}],
    }
    case = validate(manifest, config=CONFIG)
    crashed = [f.message for f in case.findings if f.code == "X001"]
    if crashed:
        raise AssertionError(crashed)
    _check_ids(case, value.strip())
    shown = CaseReport("cases/" + value.replace("/", "_"), case.type, case.findings, case.rules)
    _check_outputs(RunReport((shown,)))
    _check_log(value)
    if data and len(data) % 16 == 0:  # 2 MB takes a tenth of a second: one input in sixteen
        list(find_placeholders((value * (TWO_MB // len(value) + 1))[:TWO_MB]))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
