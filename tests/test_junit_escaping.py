"""JUnit XML stays XML whatever a case holds: a character XML 1.0 forbids (a control, a lone
surrogate, U+FFFE) in a path, a message or an ID is written as a visible escape."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from casecheck.findings import CaseReport, Finding, Location, RunReport, Severity
from casecheck.reporters import ReportOptions
from casecheck.reporters.junit import write

hostile = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=30)


def _xml(path: str, message: str, hint: str) -> str:
    finding = Finding(code="A010", name="attachment-missing", severity=Severity.ERROR,
                      message=message, location=Location(file=path, field="attachments[0]"),
                      hint=hint, source="test", data={"path": path})
    case = CaseReport(f"cases/{path}", "technical-issue", (finding,), ("A010",))
    out = io.StringIO()
    write(RunReport((case,)), out, ReportOptions())
    return out.getvalue()


@given(path=hostile, message=hostile, hint=hostile)
def test_junit_parses_back_whatever_the_case_holds(path: str, message: str, hint: str) -> None:
    root = ET.fromstring(_xml(path, message, hint).encode("utf-8", "surrogatepass"))
    assert root.find("testsuite/testcase/failure") is not None


def test_a_control_character_is_shown_not_dropped() -> None:
    text = _xml("a\x01b.png", "a\x1b[2Jb", "")
    ET.fromstring(text)
    assert "a\\x01b.png" in text and "a\\x1b[2Jb" in text
