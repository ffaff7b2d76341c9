"""Every output format is parsed back and checked: SARIF against the SARIF 2.1.0 schema."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casecheck import Config, check_paths
from casecheck.cli import main
from casecheck.findings import CaseReport, Finding, Location, RunReport, Severity
from casecheck.reporters import Locator, ReportOptions, formats, reporter
from casecheck.reporters.github import escape_data, escape_property

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())

MANIFEST = """\
type = "fba-reimbursement"
marketplace = "US"
claim_kind = "customer-return"

[ids]
order_ids = ["113-4839201-1234567", "12%,:x"]
asins = ["B0CXK12345"]
"""
"""I001 fires on line 6 for the second order ID; I002 and the others stay quiet."""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two cases, one of them with a folder name that needs escaping in annotations."""
    for name in ("cases/lost", "cases/odd, name: yes"):
        folder = tmp_path / name
        folder.mkdir(parents=True)
        (folder / "case.toml").write_text(MANIFEST, encoding="utf-8")
    ok = tmp_path / "cases" / "fine"
    ok.mkdir()
    (ok / "case.toml").write_text(MANIFEST.replace(', "12%,:x"', ""), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(["check", "cases", "--no-config", "--select", "I00", *argv])
    return status, capsys.readouterr().out


def test_every_builtin_format_is_registered() -> None:
    assert {"text", "json", "sarif", "github", "junit"} <= set(formats())


def test_sarif_validates_against_the_schema_and_locates_findings(repo: Path, capsys) -> None:
    status, text = output(capsys, "--format", "sarif")
    assert status == 1
    document = json.loads(text)
    validator = jsonschema.Draft4Validator(SCHEMA)
    validator.validate(document)
    (run,) = document["runs"]
    run["results"][0]["level"] = "info"  # not a SARIF level: the schema must catch it
    assert not validator.is_valid(document)
    run["results"][0]["level"] = "error"
    rules = run["tool"]["driver"]["rules"]
    i001 = next(rule for rule in rules if rule["id"] == "I001")
    assert i001["name"] == "order-id-invalid"
    for key in ("shortDescription", "fullDescription", "help"):
        assert i001[key]["text"]
    assert i001["helpUri"].endswith("/docs/rules/I001.md")
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["I001", "I001"]
    uris = sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results)
    assert uris == ["cases/lost/case.toml", "cases/odd%2C%20name%3A%20yes/case.toml"]
    for result in results:
        assert result["level"] == "error"
        assert rules[result["ruleIndex"]]["id"] == "I001"
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 6
        assert '"12%,:x"' in result["message"]["text"]


def test_sarif_without_a_line_points_at_the_field_else_line_1(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    attachments = "".join(f'\n[[attachments]]\npath = "attachments/{name}.pdf"\nkind = "other"\n'
                          for name in ("label", "pod"))
    (folder / "case.toml").write_text(MANIFEST + attachments, encoding="utf-8")
    case = str(folder)
    on_field = Finding("I002", "asin-invalid", Severity.ERROR, "m",
                       Location(file="case.toml", field="ids.asins[0]"))
    nowhere = Finding("X001", "checker-error", Severity.ERROR, "m")
    attachment = Finding("A003", "attachment-too-large", Severity.ERROR, "m",
                         Location(file="attachments/pod.pdf", field="attachments[1]"))
    message = Finding("T002", "message-emotional", Severity.WARNING, "m",
                      Location(file="message.md"))
    findings = (on_field, nowhere, attachment, message)
    report = RunReport((CaseReport(case, "fba-reimbursement", findings),))
    out = io.StringIO()
    reporter("sarif")(report, out, ReportOptions(version="0.1.0"))
    document = json.loads(out.getvalue())
    jsonschema.Draft4Validator(SCHEMA).validate(document)
    places = [r["locations"][0]["physicalLocation"] for r in document["runs"][0]["results"]]
    assert [p["region"]["startLine"] for p in places] == [7, 1, 13, 1]
    assert all(p["artifactLocation"]["uri"].startswith("file://") for p in places)
    uris = [p["artifactLocation"]["uri"].rsplit("/case/", 1)[1] for p in places]
    assert uris == ["case.toml", "case.toml", "case.toml", "message.md"]


def test_locator_points_at_the_folder_without_a_manifest(tmp_path: Path) -> None:
    finding = Finding("M001", "manifest-missing", Severity.ERROR, "m")
    place = Locator().place(CaseReport(str(tmp_path), None, (finding,)), finding)
    assert (place.path, place.line) == (str(tmp_path), 1)


ANNOTATION = re.compile(r"^::(error|warning|notice) ((?:[a-z]+=[^,:]*,?)+)::(.*)$")


def unescape(text: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def test_github_annotations_parse_back_to_the_findings(repo: Path, capsys) -> None:
    status, text = output(capsys, "--format", "github")
    assert status == 1
    lines = text.splitlines()
    annotations = [ANNOTATION.match(line) for line in lines[:-1]]
    assert all(annotations), lines
    parsed = []
    for match in annotations:
        assert match is not None
        properties = dict(p.split("=", 1) for p in match[2].split(","))
        parsed.append((match[1], unescape(properties["file"]), properties["line"],
                       unescape(properties["title"]), unescape(match[3])))
    files = sorted(p[1] for p in parsed)
    assert files == ["cases/lost/case.toml", "cases/odd, name: yes/case.toml"]
    for level, _, line, title, message in parsed:
        assert (level, line, title) == ("error", "6", "I001 order-id-invalid")
        assert '"12%,:x"' in message and "\n" in message  # the hint on its own line
    assert lines[-1].startswith("casecheck failed: 3 case(s) checked, 2 failed")


def test_github_escaping() -> None:
    assert escape_data("100%\r\ndone") == "100%25%0D%0Adone"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


@given(st.text())
def test_github_escaping_round_trips_and_leaves_no_separator(text: str) -> None:
    escaped = escape_property(text)
    assert not set(escaped) & set(",:\r\n")
    assert unescape(escaped) == text
    assert "\n" not in escape_data(text) and unescape(escape_data(text)) == text


def test_github_is_the_default_under_actions_with_a_job_summary(repo, capsys, monkeypatch) -> None:
    summary = repo / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    status, text = output(capsys)
    assert status == 1 and text.startswith("::error file=cases/")
    table = summary.read_text(encoding="utf-8")
    assert "| ❌ `cases/lost` | fba-reimbursement | 1 | 0 | 0 |" in table
    assert "| ✅ `cases/fine` | fba-reimbursement | 0 | 0 | 0 |" in table
    assert output(capsys, "--format", "text")[1].startswith("cases/lost")


def test_junit_has_a_suite_per_case_and_a_testcase_per_rule(repo: Path, capsys) -> None:
    status, text = output(capsys, "--format", "junit")
    assert status == 1
    root = ET.fromstring(text)
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {"cases/fine", "cases/lost", "cases/odd, name: yes"}
    lost = suites["cases/lost"]
    names = [case.get("name") for case in lost.iter("testcase")]
    assert "I001 order-id-invalid" in names and "I008 required-id-missing" in names
    assert all(name.startswith("I00") for name in names)  # only the selected rules ran
    assert lost.get("tests") == str(len(names)) and lost.get("failures") == "1"
    (failure,) = lost.iter("failure")
    assert '"12%,:x"' in failure.get("message", "")
    assert "cases/lost/case.toml:6: [error]" in (failure.text or "")
    assert suites["cases/fine"].get("failures") == "0"
    assert root.get("failures") == "2"


def test_junit_shows_warnings_without_failing_unless_strict(make_case) -> None:
    folder = make_case(MANIFEST)
    config = Config(select=("I00",), severity={"I001": Severity.WARNING})
    report = check_paths([folder], config=config)
    out = io.StringIO()
    reporter("junit")(report, out, ReportOptions())
    root = ET.fromstring(out.getvalue())
    assert root.get("failures") == "0"
    assert "[warning]" in "".join(e.text or "" for e in root.iter("system-out"))
    strict = RunReport(report.cases, strict=True)
    out = io.StringIO()
    reporter("junit")(strict, out, ReportOptions())
    assert ET.fromstring(out.getvalue()).get("failures") == "1"


def test_findings_alike_but_for_their_facts_hash_apart_and_equal_ones_alike() -> None:
    """The T006 of each secret on one long line differs only in its column: sharing one hash
    bucket, a set of 30,000 of them took minutes (each insertion compared with all)."""
    at = Location(file="message.md", line=1)
    alike = [Finding("T006", "sensitive-data", Severity.ERROR, "A password is in the message.",
                     at, data={"kind": "password", "masked": "••••", "column": column})
             for column in range(1, 2001)]
    assert len({hash(finding) for finding in alike}) == len(alike)
    again = Finding("T006", "sensitive-data", Severity.ERROR, "A password is in the message.",
                    at, data={"kind": "password", "masked": "••••", "column": 7})
    assert hash(again) == hash(alike[6]) and again == alike[6]
    assert len(set(alike) | {again}) == len(alike)
