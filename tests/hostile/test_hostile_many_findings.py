"""A small manifest that asks for thousands of findings costs what a few do.

8,000 unknown ``ignore`` codes (40 KB) took 16 s, 4,000 attachments without ``kind`` 37 s and
2,000 missing attachments in a folder of similar names minutes: each finding searched the
whole manifest for its line, again in every reporter, and each missing file compared its name
with every file. Now the manifest is mapped once per run, a case lists at most
``FINDINGS_PER_RULE`` findings of a rule and sums the rest in one, and only the listed missing
files look for a close match.
"""

from __future__ import annotations

import difflib
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hostile_support import GOOD_MANIFEST

from casecheck import positions as position_maps
from casecheck.cli import main
from casecheck.engine import FINDINGS_PER_RULE, Checker, checker

IGNORES = 8_000


def _unknown_ignores(manifest_name: str) -> str:
    codes = [f"ZZ{number}" for number in range(IGNORES)]
    if manifest_name.endswith(".json"):
        return json.dumps({"type": "technical-issue", "marketplace": "US",
                           "subject": "Inventory page error", "ignore": codes})
    if manifest_name.endswith(".yaml"):
        listed = "".join(f"  - {code}\n" for code in codes)
        return f"type: technical-issue\nmarketplace: US\nsubject: Page error\nignore:\n{listed}"
    return GOOD_MANIFEST + "ignore = [" + ", ".join(f'"{c}"' for c in codes) + "]\n"


def _run(folder: Path, output_format: str) -> str:
    out = io.StringIO()
    status = main(["check", str(folder), "--no-cache", "--no-config", "--format", output_format,
                   "--now", "2026-11-24T10:00:00-05:00"], out)
    assert status == 1
    return out.getvalue()


def _counting_scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every position map built from now on, by format."""
    built: list[str] = []
    for kind in ("toml", "json", "yaml"):
        scanner = getattr(position_maps, f"_{kind}_positions")

        def counted(text: str, scanner: Callable[[str], Any] = scanner, kind: str = kind) -> Any:
            built.append(kind)
            return scanner(text)

        monkeypatch.setattr(position_maps, f"_{kind}_positions", counted)
    position_maps.positions.cache_clear()
    return built


def _m003_counts(output_format: str, text: str) -> tuple[int, int]:
    """(findings listed one by one, findings summed) of M003 in one output."""
    if output_format == "json":
        found = [f for f in json.loads(text)["cases"][0]["findings"] if f["code"] == "M003"]
        summed = [f["data"]["summed"] for f in found if "summed" in f["data"]]
        return len(found) - len(summed), sum(summed)
    if output_format == "sarif":
        results = [r for r in json.loads(text)["runs"][0]["results"] if r["ruleId"] == "M003"]
        summed = [r["properties"]["data"]["summed"] for r in results
                  if "summed" in r["properties"].get("data", {})]
        return len(results) - len(summed), sum(summed)
    if output_format == "junit":
        case = next(c for c in ET.fromstring(text).iter("testcase") if c.get("name", "")
                    .startswith("M003"))
        lines = (case.find("failure").text or "").splitlines()  # type: ignore[union-attr]
        return len([line for line in lines if "[error]" in line and "more M003" not in line]), 0
    lines = [line for line in text.splitlines() if "M003" in line]
    return len([line for line in lines if "more M003" not in line]), 0


@pytest.mark.parametrize(("manifest_name", "output_format"), [
    *(("case.toml", output_format) for output_format in ("json", "sarif", "github", "junit",
                                                          "text")),
    ("case.json", "github"), ("case.yaml", "sarif"),
])
def test_thousands_of_unknown_ignore_codes_map_the_manifest_once_and_list_a_hundred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, manifest_name: str, output_format: str,
) -> None:
    if manifest_name.endswith(".yaml"):
        pytest.importorskip("yaml")
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / manifest_name).write_text(_unknown_ignores(manifest_name), encoding="utf-8")
    built = _counting_scans(monkeypatch)
    text = _run(folder, output_format)
    assert built == [manifest_name.rsplit(".", 1)[1]], "the manifest is mapped once per run"
    listed, summed = _m003_counts(output_format, text)
    assert listed == FINDINGS_PER_RULE
    if output_format in ("json", "sarif"):
        assert summed == IGNORES - FINDINGS_PER_RULE
    assert f"{IGNORES - FINDINGS_PER_RULE} more M003" in text


def test_thousands_of_attachments_without_kind_are_summed(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    entries = "".join(f'[[attachments]]\npath = "a{n}.png"\n' for n in range(4_000))
    (folder / "case.toml").write_text(GOOD_MANIFEST + entries, encoding="utf-8")
    findings = json.loads(_run(folder, "json"))["cases"][0]["findings"]
    m003 = [f for f in findings if f["code"] == "M003"]
    assert len(m003) == FINDINGS_PER_RULE + 1
    assert m003[0]["location"] == {"file": "case.toml", "field": "attachments[0].kind",
                                   "line": 4}
    summed = [f for f in m003 if "summed" in f["data"]]
    assert [f["data"] for f in summed] == [
        {"summed": 4_000 - FINDINGS_PER_RULE, "shown": FINDINGS_PER_RULE},
    ]
    assert summed[0]["location"]["field"] == f"attachments[{FINDINGS_PER_RULE}].kind"


def test_only_the_listed_missing_files_look_for_a_close_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "case"
    (folder / "attachments").mkdir(parents=True)
    for number in range(60):
        (folder / "attachments" / f"present-{number:04d}.pdf").write_bytes(b"")
    entries = "".join(f'[[attachments]]\npath = "attachments/missing-{n:04d}.pdf"\nkind = "other"\n'
                      for n in range(2_000))
    (folder / "case.toml").write_text(GOOD_MANIFEST + entries, encoding="utf-8")
    searches: list[str] = []
    close_matches = difflib.get_close_matches

    def counted(word: str, *args: Any, **kwargs: Any) -> list[str]:
        searches.append(word)
        return close_matches(word, *args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    findings = json.loads(_run(folder, "json"))["cases"][0]["findings"]
    a010 = [f for f in findings if f["code"] == "A010"]
    assert len(searches) == FINDINGS_PER_RULE
    assert len(a010) == FINDINGS_PER_RULE + 1
    assert "present-0000.pdf" in a010[0]["message"]
    assert a010[-1]["data"]["summed"] == 2_000 - FINDINGS_PER_RULE


def test_a_folder_of_many_files_is_not_searched_for_close_matches(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "attachments").mkdir(parents=True)
    for number in range(150):
        (folder / "attachments" / f"present-{number:04d}.pdf").write_bytes(b"")
    entry = '[[attachments]]\npath = "attachments/present-0000.pfd"\nkind = "other"\n'
    (folder / "case.toml").write_text(GOOD_MANIFEST + entry, encoding="utf-8")
    findings = json.loads(_run(folder, "json"))["cases"][0]["findings"]
    assert [f.get("data") for f in findings if f["code"] == "A010"] == [
        {"path": "attachments/present-0000.pfd"},
    ]


def _noisy(count: int) -> Checker:
    @checker("X001")
    def noisy(case: Any, ctx: Any) -> Any:
        for number in range(count):
            yield ctx.finding("X001", data={"checker": f"c{number:05d}", "error": "boom"})

    return noisy


def test_the_rest_of_a_rule_is_one_finding_of_that_rule_with_its_severity() -> None:
    from casecheck import Config, validate
    from casecheck.findings import Severity

    report = validate({"type": "technical-issue", "marketplace": "US"},
                      config=Config(select=("X",), severity={"X001": Severity.INFO}),
                      extra_checkers=[_noisy(250)])
    assert len(report.findings) == FINDINGS_PER_RULE + 1
    (summed,) = [f for f in report.findings if "summed" in f.data]
    assert summed.data == {"summed": 150, "shown": FINDINGS_PER_RULE}
    assert "150 more X001" in summed.message and summed.severity is Severity.INFO
    report = validate({"type": "technical-issue", "marketplace": "US"},
                      config=Config(select=("X",), lang="zh-CN"), extra_checkers=[_noisy(101)])
    (summed,) = [f for f in report.findings if "summed" in f.data]
    assert summed.data == {"summed": 1, "shown": FINDINGS_PER_RULE}
    assert "另有 1 条 X001" in summed.message
