"""zh-CN output reads as a Chinese seller writes: no English sentence inside a Chinese one, and
Chinese typography. Every rule is rendered: each wording of the catalog with sample values,
then real findings from every rule's fixtures and examples, the values the code fills in
(parser and pydantic errors, pack labels, reasons) included; then ``explain`` of every rule
and the labels of the text report."""

from __future__ import annotations

import io
import re
import string
import sys
from pathlib import Path

import pytest
from chinese_text import english_runs, typography_problems
from conftest import NOW, REPO
from test_rule_fixtures import EXAMPLES, FIXTURES, _write

from casecheck import Config, ConfigFiles, check_paths, ocr
from casecheck.catalog import shipped_catalog
from casecheck.cli import main
from casecheck.findings import Finding

CATALOG = shipped_catalog()
SAMPLE = "X1"
"""What every template field is filled with: a code, so that only the template's words count."""


def test_the_detector_finds_english_and_spares_codes_names_and_quotes() -> None:
    assert english_runs("字段 submit_at：needs a time zone offset, e.g. 2026") == [
        "needs a time zone offset, e.g. 2026"]
    assert english_runs("不符合 USPTO 的格式：serial number (8 digits)") == [
        "serial number (8 digits)"]
    assert english_runs("无法读取正文文件 message.md：not UTF-8 text (byte 0xa3)") != []
    assert english_runs("Seller Support 会关闭") == ["Seller Support"]
    for fine in ("Case {x} 的 FBA 货件编号 FBA15C8KQ2ZP 无效。", "含有 JavaScript 脚本",
                 "请运行 `casecheck schema fba-reimbursement` 查看", "ids.asins[0] 中的 ASIN",
                 '绩效 > 账户状况（英文界面为 "Performance > Account Health"）',
                 "把 kind 改为 carrier-proof", "UTF-8 或 PDF 或 PNG", "Word 文档（DOCX）"):
        assert english_runs(fine) == [], fine
    assert typography_problems("建议: 请检查") != [] and typography_problems("共检查1个") != []
    assert typography_problems("建议：请检查 1 个 Case。") == []


def _wordings() -> list[tuple[str, str, str, str]]:
    found = []
    for code, rule in CATALOG.items():
        for variant, wording in rule.wordings.items():
            found += [(code, variant, "message", wording.message.get("zh-CN")),
                      (code, variant, "hint", wording.hint.get("zh-CN"))]
    return found


@pytest.mark.parametrize(("code", "variant", "part", "template"), _wordings(),
                         ids=lambda v: v if isinstance(v, str) and len(v) < 20 else "")
def test_every_wording_is_chinese(code: str, variant: str, part: str, template: str) -> None:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    text = template.format_map(dict.fromkeys(names, SAMPLE))
    assert english_runs(text) == [], f"{code} {variant}.{part}: {text}"
    # Spacing is judged on real findings: a field may be filled with a Chinese word.
    assert [p for p in typography_problems(text) if p.startswith("Western")] == [], text


def _problems(findings: list[Finding]) -> list[str]:
    problems = []
    for finding in findings:
        for part in (finding.message, finding.hint):
            runs = english_runs(part)
            spacing = typography_problems(part)
            if runs or spacing:
                problems.append(f"{finding.code}: {part} -> {runs + spacing}")
    return problems


def _fixture_findings(code: str, root: Path, monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    fixture = FIXTURES[code][0]
    case = _write(root, fixture)
    if fixture.no_ocr_engine:
        monkeypatch.setattr(ocr, "default_engine", lambda: None)
    if fixture.no_yaml:
        monkeypatch.setitem(sys.modules, "yaml", None)
    settings = {"now": NOW, "repository": root, "lang": "zh-CN", **fixture.config}
    if fixture.reports is not None:
        settings["reports"] = root / "reports"
    config = ConfigFiles(overrides=settings) if fixture.config_files else Config(**settings)
    (report,) = check_paths([case], config=config).cases
    return list(report.findings)


@pytest.mark.parametrize("code", sorted(FIXTURES))
def test_every_fixture_speaks_chinese(code: str, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    findings = _fixture_findings(code, tmp_path, monkeypatch)
    assert code in {f.code for f in findings}
    assert _problems(findings) == []


def test_every_example_speaks_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASECHECK_CACHE_DIR", str(tmp_path))
    run = check_paths([EXAMPLES], config=Config(lang="zh-CN", now=NOW))
    findings = [f for case in run.cases for f in case.findings]
    assert len(findings) > 20
    assert _problems(findings) == []


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_explain_speaks_chinese(code: str) -> None:
    out = io.StringIO()
    assert main(["explain", code, "--lang", "zh-CN"], out=out) == 0
    text = out.getvalue()
    prose = [line for line in text.splitlines() if line and not line.startswith("# ")]
    assert [(line, english_runs(line)) for line in prose if english_runs(line)] == []
    assert [(line, typography_problems(line)) for line in prose if typography_problems(line)] == []
    labels = [line for line in text.splitlines() if line.startswith("- ")]
    assert all("：" in label and "`: " not in label and ": `" not in label
               for label in labels), labels


def test_the_text_report_labels_are_chinese(tmp_path: Path, monkeypatch) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.toml").write_text('type = "technical-issue"\nmarketplace = "US"\n'
                                    '[ids]\norder_ids = ["113-48392-1234567"]\n',
                                    encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    main(["check", "case", "--lang", "zh-CN", "--no-config", "--no-cache",
          "--now", NOW.isoformat()], out=out)
    text = out.getvalue()
    assert "[error]" not in text and "【错误】" in text
    assert "hint:" not in text and "建议：" in text
    assert text.rstrip().splitlines()[-1].startswith("共检查 1 个 Case，")


NOT_THE_SELLERS_WORDS = {
    "清单": "案件文件 case.toml", "卖家中心": "卖家平台", "账户健康": "账户状况",
    "货件号": "货件编号", "新开 Case": "开 Case", "创建 Case": "开 Case",
}
"""Words a Chinese seller does not use for these things, and the ones they do."""


def _chinese_texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "src" / "casecheck" / "catalog").glob("*.toml")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines()
                  if "zh-CN" in line or line.startswith(("what", "why", "example", "fix"))]
    return texts


def test_the_chinese_texts_use_the_sellers_words() -> None:
    found = [(wrong, right, text) for text in _chinese_texts()
             for wrong, right in NOT_THE_SELLERS_WORDS.items() if wrong in text]
    assert found == []
    assert re.search(r"行动计划(?!书)", "\n".join(_chinese_texts())) is None
    m001 = (REPO / "docs" / "rules" / "zh-CN" / "M001.md").read_text(encoding="utf-8")
    assert "案件文件 case.toml" in m001


def test_a_chinese_menu_path_has_the_english_one_beside_it(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.toml").write_text('type = "account-appeal"\nmarketplace = "US"\n',
                                    encoding="utf-8")
    (report,) = check_paths([case], config=Config(lang="zh-CN", now=NOW, select=("R",))).cases
    (finding,) = report.findings
    assert "绩效 > 账户状况（英文界面：“Performance > Account Health”）" in finding.message


BASE = 'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
BAD_MANIFESTS = {
    "case.toml": [
        BASE + 'units_expected = "twelve"\n', BASE + "submit_at = 2026-11-24T10:00:00\n",
        BASE + 'status = "pending"\n', BASE.replace('"US"', '"XX"'),
        BASE + 'prior_cases = "17234567891"\n', BASE + 'ids = "FBA15C8KQ2ZP"\n',
        BASE + 'shipped_at = "yesterday"\n', BASE + 'template = [1]\n',
        BASE + 'shiped_at = 2026-10-01\n', BASE + 'ignore = ["Z99"]\n',
        BASE + "units_expected = 1.5\n", BASE + "units_expected = -3\n",
        'marketplace = "US"\n', "type = \"fba-reimbursement\"\nmarketplace = US\n",
        BASE + "[ids]\n[ids]\n", "type = 'x'\nmarketplace = \"US\"\n",
    ],
    "case.json": ['{"type": "fba-reimbursement", "type": "technical-issue"}', '{"type": ',
                  "[1, 2]"],
    "case.yaml": ["type: [fba-reimbursement\n"],
}


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, ts in BAD_MANIFESTS.items() for t in ts])
def test_every_reason_a_manifest_is_refused_speaks_chinese(name: str, text: str,
                                                           tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / name).write_text(text, encoding="utf-8")
    (english,) = check_paths([case], config=Config(now=NOW, select=("M",))).cases
    (report,) = check_paths([case], config=Config(lang="zh-CN", now=NOW, select=("M",))).cases
    assert [f.code for f in report.findings] and report.codes == english.codes
    assert _problems(list(report.findings)) == []
    # data is the same facts in every language; only the message is translated
    assert [f.to_dict()["data"] for f in report.findings] == [
        f.to_dict()["data"] for f in english.findings]


@pytest.mark.parametrize("message", [
    "Gr\u00fc\u00dfe".encode("latin-1"), "您好，货件少收了 12 件。".encode("gbk"),
    b"binary\x00data", bytes(range(128, 256)) * 4, b"x" * 2_000_001,
])
def test_every_reason_a_message_is_refused_speaks_chinese(message: bytes, tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.toml").write_text(BASE, encoding="utf-8")
    (case / "message.md").write_bytes(message)
    (report,) = check_paths([case], config=Config(lang="zh-CN", now=NOW, select=("M005",))).cases
    assert report.codes == ["M005"]
    assert _problems(list(report.findings)) == []


def test_a_crashing_checker_is_reported_in_chinese(tmp_path: Path) -> None:
    from casecheck import checker, validate

    @checker("A001")
    def broken(case: object, ctx: object) -> list[Finding]:
        raise ValueError("the checker's own words")

    case = tmp_path / "case"
    case.mkdir()
    (case / "case.toml").write_text(BASE, encoding="utf-8")
    report = validate(case, checkers=[broken], config=Config(lang="zh-CN", now=NOW))
    (finding,) = report.findings
    assert finding.code == "X001" and _problems([finding]) == []
    assert finding.data["error"] == "ValueError: the checker's own words"
