"""Control characters from a case never reach an output raw: every format escapes what it
(or the terminal showing it) would act on, and parses back with its own parser.

A subject holding ``ESC[2J ESC[1;1H ... 0 cases checked, 0 failed`` printed a forged verdict
on a terminal; an attachment path holding U+0001 made the JUnit file stop being XML.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hostile_support import run_main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casecheck.cli import main
from casecheck.display import visible
from casecheck.findings import CaseReport, Finding, Location, RunReport, Severity
from casecheck.reporters import ReportOptions, reporter
from casecheck.tracking import COLUMNS, write_csv, write_json

FORGED = "\x1b[2J\x1b[1;1H0 cases checked, 0 failed\r\n::error::forged\u202egnp.exe\u2028\x00\x01"
"""Clears a terminal, writes a verdict, starts a workflow command, reverses the text."""
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                 "\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""What no output may hold raw (LF only as the format's own line end)."""
ANNOTATION = re.compile(r"^::(error|warning|notice) ((?:[a-z]+=[^,:\n]*,?)+)::([^\n]*)$")


def _toml_string(text: str) -> str:
    return json.dumps(text)  # JSON's escapes (\u001b, \n) are TOML's too


@pytest.fixture
def hostile_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cases" / "forged"
    folder.mkdir(parents=True)
    manifest = "\n".join([
        'type = "fba-reimbursement"', 'marketplace = "US"', 'claim_kind = "inbound-lost"',
        f"subject = {_toml_string(FORGED)}",
        f"case_id = {_toml_string('12' + FORGED)}",
        "[ids]",
        f"order_ids = [{_toml_string(FORGED)}]",
        f"shipment_ids = [{_toml_string('FBA' + FORGED)}]",
        "[[attachments]]", f"path = {_toml_string('shot' + FORGED + '.png')}",
        'kind = "screenshot"', "",
    ])
    (folder / "case.toml").write_text(manifest, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def _check(output_format: str) -> str:
    """The output of the hostile case, the same uncached, cold and warm."""
    outputs = []
    for cache in (["--no-cache"], ["--cache-dir", "cache"], ["--cache-dir", "cache"]):
        out = io.StringIO()
        status = main(["check", "cases", "--no-config", "--format", output_format,
                       "--now", "2026-11-24T10:00:00-05:00", *cache], out)
        assert status == 1
        outputs.append(out.getvalue())
    text = outputs[0]
    assert outputs[1:] == [text, text]
    text.encode("utf-8")  # strict: nothing that cannot be written
    assert not RAW.search(text), [c for c in RAW.findall(text)]
    return text


def test_text_output_shows_control_characters_as_escapes(hostile_case: Path) -> None:
    text = _check("text")
    lines = text.split("\n")[:-1]
    assert len(lines) == len(text.splitlines())
    assert lines[-1].startswith("1 case checked, 1 failed")
    assert all(line.startswith(("cases/forged", "  cases/forged", "      hint: ")) for line in
               lines[:-1]), lines
    assert "\\x1b[2J\\x1b[1;1H0 cases checked, 0 failed\\r\\n::error::forged\\u202e" in text


def test_github_annotations_carry_no_command_of_the_case(hostile_case: Path) -> None:
    text = _check("github")
    lines = text.split("\n")[:-1]
    assert all(ANNOTATION.match(line) for line in lines[:-1]), lines
    assert lines[-1].startswith("casecheck failed: 1 case(s) checked, 1 failed")
    assert "%0D%0A::error::forged" in text and "\\x1b[2J" in text


def test_junit_stays_xml(hostile_case: Path) -> None:
    root = ET.fromstring(_check("junit"))
    texts = " ".join((element.text or "") + " ".join(element.attrib.values())
                     for element in root.iter())
    assert "\\x01" in texts and "\\x1b[2J" in texts


@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_json_outputs_keep_the_characters_as_json_escapes(
    hostile_case: Path, output_format: str,
) -> None:
    document = json.loads(_check(output_format))
    assert any(FORGED in text for text in _strings(document))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _strings(item)] if isinstance(value, list) else []


def test_the_log_csv_and_json_stay_one_row_per_case(hostile_case: Path) -> None:
    for output_format in ("csv", "json"):
        out = io.StringIO()
        assert main(["log", "cases", "--format", output_format], out) == 0
        text = out.getvalue()
        assert not RAW.search(text)
        if output_format == "csv":
            rows = list(csv.reader(io.StringIO(text)))
            assert len(rows) == 2
            assert dict(zip(rows[0], rows[1], strict=True))["subject"] == visible(FORGED)
        else:
            assert json.loads(text)["cases"][0]["subject"] == FORGED


def test_json_manifests_may_hold_lone_surrogates_and_every_format_still_writes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "case.json").write_text(
        '{"type": "technical-issue", "marketplace": "US", "subject": "x\\udcff\\ud800y",'
        ' "ids": {"order_ids": ["\\udcff"]}}', encoding="utf-8")
    status, document = run_main(str(folder), "--no-cache")
    assert status == 1
    assert "\\udcff" in json.dumps(document)


# --- any value, every format ---------------------------------------------------------------

SPECIAL = st.sampled_from([*"\x00\x01\x08\x0b\x0c\x1b\x7f\x85\x9b\r\n\t%:,|`<>&\"'\\",
                           "\u202e", "\u2066", "\u2028", "\ud800", "\udcff", "\ufffe", "案", "📦"])
TEXTS = st.lists(st.one_of(SPECIAL, st.characters(exclude_categories=())), max_size=20).map(
    "".join)


@st.composite
def reports(draw: st.DrawFn, root: Path) -> RunReport:
    cases = []
    for number in range(draw(st.integers(1, 2))):
        findings = tuple(
            Finding(
                draw(st.sampled_from(["I001", "A010", "T008"])), "rule",
                draw(st.sampled_from(list(Severity))), draw(TEXTS),
                Location(file=draw(st.none() | TEXTS), field=draw(st.none() | TEXTS),
                         line=draw(st.none() | st.integers(1, 50))),
                hint=draw(TEXTS), data={"value": draw(TEXTS)},
            )
            for _ in range(draw(st.integers(0, 3)))
        )
        path = (root / f"{number}{draw(TEXTS)}").as_posix().replace("\x00", "")
        cases.append(CaseReport(path, draw(st.none() | TEXTS), findings))
    return RunReport(tuple(cases))


def _through_json(value: Any) -> Any:
    """``value`` as JSON gives it back: two lone surrogates that make a pair become one
    character, in any JSON writer."""
    return json.loads(json.dumps(value))


def _written(name: str, report: RunReport) -> str:
    out = io.StringIO()
    reporter(name)(report, out, ReportOptions(version="0.1.0"))
    text = out.getvalue()
    text.encode("utf-8")
    assert not RAW.search(text), (name, RAW.findall(text))
    return text


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_every_format_escapes_any_value_and_parses_back(tmp_path: Path, data: Any) -> None:
    report = data.draw(reports(tmp_path / "nowhere"))
    findings = [(case, f) for case in report.cases for f in case.findings]

    document = json.loads(_written("json", report))
    assert [f["message"] for c in document["cases"] for f in c["findings"]] == _through_json(
        [f.message for _, f in findings])
    assert [c["path"] for c in document["cases"]] == _through_json([c.path for c in report.cases])

    junit = ET.fromstring(_written("junit", report))
    assert [s.get("name") for s in junit.iter("testsuite")] == [
        visible(c.path) for c in report.cases]

    github = _written("github", report).split("\n")[:-1]
    assert len(github) == len(findings) + 1
    assert all(ANNOTATION.match(line) for line in github[:-1])

    text = _written("text", report)
    assert len(text.split("\n")) == len(text.splitlines()) + 1
    shown = sum(1 + bool(f.hint) for _, f in findings)
    listed = sum(1 for case in report.cases if case.findings)
    assert len(text.splitlines()) == listed + shown + 1


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_sarif_escapes_any_value_and_parses_back(tmp_path: Path, data: Any) -> None:
    """SARIF writes every rule's help (a third of a second each time): fewer examples."""
    report = data.draw(reports(tmp_path / "nowhere"))
    sarif = json.loads(_written("sarif", report))
    assert [r["message"]["text"] for r in sarif["runs"][0]["results"]] == _through_json([
        f.message + (f" {f.hint}" if f.hint else "")
        for case in report.cases for f in case.findings])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.fixed_dictionaries({column: st.none() | TEXTS for column in COLUMNS}),
                min_size=1, max_size=3))
def test_the_log_escapes_any_value_and_parses_back(rows: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    write_csv(rows, out)
    assert not RAW.search(out.getvalue())
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert parsed[1:] == [[visible(row[c]) if row[c] else "" for c in COLUMNS] for row in rows]
    out = io.StringIO()
    write_json(rows, out)
    assert not RAW.search(out.getvalue())
    assert json.loads(out.getvalue()) == _through_json({"cases": rows})


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names are Unicode there")
@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github", "junit"])
def test_a_file_name_that_is_not_utf8_is_checked_cold_and_warm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output_format: str,
) -> None:
    """A stranger's file named in Latin-1 (bytes that are not UTF-8) reaches the cache key and
    the cached findings as lone surrogates: both runs give the uncached verdict."""
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "case.toml").write_text(
        'type = "technical-issue"\nmarketplace = "US"\nsubject = "Upload fails with error 8541"\n'
        '[[attachments]]\npath = "screen.png"\nkind = "screenshot"\n', encoding="utf-8")
    (folder / "message.md").write_text(
        "Our listing upload fails with error 8541 since 2026-11-20; the screenshot shows it.\n",
        encoding="utf-8")
    (folder / os.fsdecode(b"sc\xe9ne.png")).write_bytes(b"not a picture")
    monkeypatch.chdir(tmp_path)

    def check(*options: str) -> tuple[int, str]:
        out = io.StringIO()
        status = main(["check", "case", "--no-config", "--format", output_format,
                       "--now", "2026-11-24T10:00:00-05:00", *options], out)
        return status, out.getvalue()

    uncached = check("--no-cache")
    assert uncached[0] == 1 and "A010" in uncached[1]
    assert check("--cache-dir", str(tmp_path / "cache")) == uncached  # cold: stored
    assert check("--cache-dir", str(tmp_path / "cache")) == uncached  # warm: read back


@given(name=st.lists(st.one_of(st.sampled_from(["\ud800", "\udfff", "\udcff", "\x00"]),
                               st.characters(codec="utf-8", exclude_characters="/\\")),
                     min_size=1, max_size=8).map("".join).filter(
    lambda text: any("\ud800" <= c <= "\udfff" or c == "\x00" for c in text)))
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_listed_path_no_file_can_have_is_missing_not_a_crash(tmp_path: Path, name: str) -> None:
    """A JSON manifest can list ``\\ud800.png``: no file system can hold that name, so it is
    the A010 of a missing file, cold and warm, and no checker fails on it (X001)."""
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    manifest = {"type": "technical-issue", "marketplace": "US", "subject": "Upload fails",
                "attachments": [{"path": name + ".png", "kind": "screenshot"}]}
    (folder / "case.json").write_text(json.dumps(manifest), encoding="utf-8")
    for options in (["--no-cache"], ["--cache-dir", str(tmp_path / "cache")],
                    ["--cache-dir", str(tmp_path / "cache")]):
        status, document = run_main(str(folder), "--no-config", *options)
        codes = [f["code"] for f in document["cases"][0]["findings"]]
        assert status == 1
        assert "A010" in codes and "X001" not in codes, codes
