"""Where a finding points and in which order findings come: the same in every output and in
every language, so that a seller reading Chinese and a CI reading SARIF see one verdict."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from conftest import NOW
from made_files import pdf_bytes

from casecheck import Config, check_paths
from casecheck.cli import main

ANGRY = ("Hello,\n\nThis is RIDICULOUS!!! Your bots closed my account for no reason and "
         "I want it back now.\n")
MANIFEST = """\
type = "technical-issue"
marketplace = "US"
subject = "Inventory report download fails with error 500"
contact_path = ["Help", "Get support", "Selling on Amazon", "Technical Issues"]

[[attachments]]
path = "attachments/gone.pdf"
kind = "other"

[[attachments]]
path = "attachments/there.pdf"
kind = "other"

[[attachments]]
path = "attachments/copy.pdf"
kind = "other"
"""


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "case"
    (folder / "attachments").mkdir(parents=True)
    (folder / "case.toml").write_text(MANIFEST, encoding="utf-8")
    (folder / "message.md").write_text(ANGRY, encoding="utf-8")
    (folder / "attachments" / "there.pdf").write_bytes(pdf_bytes())
    (folder / "attachments" / "copy.pdf").write_bytes(pdf_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


def _run(*argv: str) -> str:
    out = io.StringIO()
    main(["check", "case", "--no-config", "--no-cache", "--now", NOW.isoformat(), *argv],
         out=out)
    return out.getvalue()


def test_every_output_gives_an_attachment_finding_the_same_place(case: Path) -> None:
    """A010 and A015 point at the [[attachments]] entry in case.toml in text and JSON too,
    not only in SARIF and GitHub annotations; JSON keeps the attachment as the file."""
    (found,) = json.loads(_run("--format", "json", "--select", "A010,A015"))["cases"]
    places = {f["code"]: (f["location"]["file"], f["location"]["line"])
              for f in found["findings"]}
    assert places == {"A010": ("attachments/gone.pdf", 6), "A015": ("attachments/copy.pdf", 14)}
    sarif = json.loads(_run("--format", "sarif", "--select", "A010,A015"))
    assert {r["ruleId"]: (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                          r["locations"][0]["physicalLocation"]["region"]["startLine"])
            for r in sarif["runs"][0]["results"]} == {
        code: ("case/case.toml", line) for code, (_, line) in places.items()}
    github = _run("--format", "github", "--select", "A010,A015")
    assert sorted(re.findall(r"file=([^,]+),line=(\d+),title=(A\d+)", github)) == [
        ("case/case.toml", "14", "A015"), ("case/case.toml", "6", "A010")]
    text = _run("--format", "text", "--select", "A010,A015")
    assert "case/case.toml:6: A010" in text and "case/case.toml:14: A015" in text


def test_a_per_path_ignore_still_matches_the_attachment_itself(case: Path) -> None:
    text = _run("--select", "A010,A015", "--per-path-ignores", "case/attachments/gone.pdf:A010")
    assert "A010" not in text and "A015" in text


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_findings_come_in_the_same_order_in_every_language(case: Path, fmt: str) -> None:
    """Four T002 on one line used to follow their message text, which differs by language."""
    def order(lang: str) -> list[tuple[str, str, int | None, str]]:
        run = check_paths([case], config=Config(lang=lang, now=NOW, ocr=False))
        return [(f.code, f.location.file or "", f.location.line, json.dumps(f.to_dict()["data"]))
                for f in run.cases[0].findings]

    english, chinese = order("en"), order("zh-CN")
    assert [code for code, *_ in english].count("T002") >= 3
    assert english == chinese
    en_codes = re.findall(r": ([A-Z]\d{3}) ", _run("--format", fmt, "--lang", "en"))
    zh_codes = re.findall(r": ([A-Z]\d{3}) ", _run("--format", fmt, "--lang", "zh-CN"))
    assert en_codes == zh_codes
