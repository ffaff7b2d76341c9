"""Every policy value says how sure it is: an evidence level, its source, addresses and a quote
where public evidence exists, and the day it was checked; `casecheck rules --policy` lists them,
`casecheck explain` shows those a rule reads, and a finding's source names the level."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

import pytest
from conftest import REPO, check

from casecheck.catalog import shipped_catalog
from casecheck.cli import main
from casecheck.evidence import PolicyValue, policy_values, reads, values_read_by
from casecheck.packs import SHIPPED_RULES, PackError, load_packs

VALUES = policy_values(load_packs())


def _raw_tables(node: object, key: str = "") -> list[tuple[str, dict[str, object]]]:
    """Every table of the shipped TOML that cites a source, as written (not as merged)."""
    found: list[tuple[str, dict[str, object]]] = []
    if isinstance(node, dict):
        if "source" in node:
            found.append((key, node))
        for name, child in node.items():
            found += _raw_tables(child, f"{key}.{name}" if key else name)
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _raw_tables(child, f"{key}[{index}]")
    return found


RAW = [(f"{path.relative_to(SHIPPED_RULES)}: {key}", table)
       for path in sorted(SHIPPED_RULES.rglob("*.toml"))
       for key, table in _raw_tables(tomllib.loads(path.read_text(encoding="utf-8")))]


def test_the_walk_finds_every_cited_table_of_the_shipped_packs() -> None:
    assert len(VALUES) == len(RAW) > 100


@pytest.mark.parametrize(("where", "table"), RAW, ids=[where for where, _ in RAW])
def test_every_shipped_value_carries_its_evidence(where: str, table: dict[str, object]) -> None:
    assert table.get("evidence") in ("amazon", "third-party", "guide"), f"{where}: evidence"
    assert str(table.get("source", "")).strip(), f"{where}: source"
    assert isinstance(table.get("checked"), dt.date), f"{where}: checked"
    if table["evidence"] == "guide":
        said = str(table.get("quote", "")).strip() or "casecheck" in str(table["source"])
        assert said, f"{where}: a guide value quotes the guide, or says it is casecheck's own"
    else:
        assert table.get("urls") and str(table.get("quote", "")).strip(), f"{where}: urls, quote"


def test_a_value_without_a_quote_or_address_does_not_load(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "message.toml").write_text(
        '[max_chars]\nvalue = 3000\nevidence = "amazon"\nsource = "the form"\n'
        'checked = 2026-12-01\n', encoding="utf-8")
    with pytest.raises(PackError, match=r"message\.toml: key max_chars: .*needs urls and a quote"):
        load_packs([rules])


def test_a_changed_value_does_not_keep_the_shipped_evidence(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "message.toml").write_text("[max_chars]\nvalue = 3000\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"message\.toml: key max_chars\.source: Field required"):
        load_packs([rules])
    (rules / "message.toml").write_text(
        '[max_chars]\nvalue = 3000\nsource = "our own form"\nchecked = 2026-12-01\n',
        encoding="utf-8")
    ours = load_packs([rules]).message.max_chars
    assert (ours.value, ours.evidence, ours.urls, ours.quote) == (3000, "guide", [], "")


def test_rules_policy_lists_every_value_in_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--policy"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n    evidence: ") == len(VALUES)
    assert ("types.fba-reimbursement.claim_windows[0] = "
            '{"claim_kinds": ["inbound-lost"], "counts_from": "shipped_at", '
            '"closes_after_days": 90}\n'
            "    evidence: guide (seller guide, unconfirmed); checked 2026-12-01\n"
            "    source: The seller guide: claims within 90 days of shipping") in out
    assert "global.attachments.size_limit = 10000000\n" in out
    assert "    url: https://sellercentral.amazon.ae/seller-forums/" in out


def test_rules_policy_in_json_and_with_a_pack_of_yours(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "message.toml").write_text(
        '[max_chars]\nvalue = 3000\nsource = "our own form"\nchecked = 2026-12-01\n',
        encoding="utf-8")
    assert main(["rules", "--policy", "--format", "json", "--rules", str(rules)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(VALUES)
    assert set(rows[0]) == {"key", "value", "evidence", "source", "urls", "quote", "checked"}
    mine = next(r for r in rows if r["key"] == "message.max_chars")
    assert mine == {"key": "message.max_chars", "value": {"value": 3000}, "evidence": "guide",
                    "source": "our own form", "urls": [], "quote": "", "checked": "2026-12-01"}
    us = [r for r in rows if r["key"].startswith("types.fba-reimbursement.claim_windows")
          and r["value"].get("marketplaces") == ["US"] and r["value"].get("applies_from")]
    assert {r["value"]["applies_from"] for r in us} == {"2024-10-23"}


def test_rules_without_policy_take_no_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--rules", "x"]) == 2
    assert "--rules goes with --policy" in capsys.readouterr().err


def test_explain_shows_the_evidence_of_the_values_a_rule_reads(
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["explain", "D001"]) == 0
    out = capsys.readouterr().out
    assert "## Evidence of the values it reads" in out
    assert out.count("- `types.fba-reimbursement.claim_windows[") == len(
        load_packs().types["fba-reimbursement"].claim_windows)
    assert "(Amazon, checked 2026-12-01)" in out and "(third-party, checked 2026-12-01)" in out
    assert "<https://sellercentral.amazon.ae/seller-forums/discussions/t/96a05f4a" in out
    assert "manufacturing cost" in out
    assert main(["explain", "D005", "--lang", "zh-CN"]) == 0
    assert "## 所读取取值的依据" in capsys.readouterr().out


def test_explain_a001_says_which_flows_take_more_formats_and_how_to_widen(
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["explain", "A001"]) == 0
    out = capsys.readouterr().out
    assert "JPG, GIF and TIFF" in out and "[[attachments.formats.types]]" in out
    assert "--rules DIR" in out
    assert "- `global.attachments.formats`:" in out


def test_a_findings_source_names_the_evidence_level(make_case) -> None:
    folder = make_case({"type": "technical-issue", "marketplace": "US"},
                       files={"attachments/x.pdf": b"%PDF-1.4\n" + b"0" * 10_000_001})
    manifest = folder / "case.toml"
    manifest.write_text(manifest.read_text() + '\n[[attachments]]\npath = "attachments/x.pdf"\n'
                        'kind = "other"\n', encoding="utf-8")
    (too_large,) = check(folder, select=("A003",)).findings
    assert too_large.source.endswith("(seller guide, unconfirmed, checked 2026-12-01)")


@pytest.mark.parametrize(("pattern", "key", "expected"), [
    ("types.*.claim_windows", "types.fba-reimbursement.claim_windows[3]", True),
    ("types.*.claim_windows", "types.fba-reimbursement.claim_regions.europe", False),
    ("marketplaces.*.timezone", "marketplaces.US", True),
    ("calendar.peak_windows", "calendar.peak_windows[0].delay", True),
    ("global.attachments.formats", "global.attachments.size_limit", False),
])
def test_which_values_a_pack_key_reads(pattern: str, key: str, expected: bool) -> None:
    assert reads(pattern, key) is expected


def test_every_pack_key_of_the_catalog_reads_some_value() -> None:
    """A rule naming a key that holds no cited value would show no evidence: a typo."""
    empty = [(rule.code, key) for rule in shipped_catalog().values() for key in rule.packs
             if not values_read_by([key], VALUES) and key not in SCHEMA_KEYS]
    assert empty == []


SCHEMA_KEYS = {"types.*.fields"}
"""Pack keys that hold a case type's own fields: its schema, not a policy value to cite."""


def test_the_rule_pages_show_the_evidence_of_the_packs() -> None:
    page = (REPO / "docs" / "rules" / "D010.md").read_text(encoding="utf-8")
    for value in values_read_by(["types.*.automatic_reimbursements"], VALUES):
        assert isinstance(value, PolicyValue)
        assert f"- `{value.key}`:" in page
