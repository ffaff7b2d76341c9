"""Rule docs: generated from the catalog, complete in both languages, and kept current;
and the manifest schema is usable by editors (a `$schema` key is accepted)."""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path

import jsonschema
import pytest
from conftest import REPO, check, codes

from casecheck.catalog import Catalog, parse_catalog, shipped_catalog
from casecheck.cli import main
from casecheck.docs import (
    checkers_of,
    missing_sections,
    rule_markdown,
    rule_pages,
    stale_pages,
)

DOCS = REPO / "docs" / "rules"


def test_docs_rules_is_current() -> None:
    stale = stale_pages(DOCS, rule_pages())
    assert not stale, f"run `python -m casecheck.docs --write docs/rules`; out of date: {stale}"


def test_every_rule_has_every_section_in_both_languages() -> None:
    assert missing_sections(shipped_catalog()) == []


def test_a_rule_without_a_section_is_reported() -> None:
    rules = parse_catalog("""
[Z001]
name = "z"
severity = "info"
source = "here"
summary.en = "s"
summary.zh-CN = "s"
message.en = "m"
hint.en = "h"
[Z001.docs.en]
what = "w"
why = "w"
example = "e"
fix = "f"
[Z001.docs.zh-CN]
what = "w"
why = "w"
example = "e"
""", "test")
    assert missing_sections(Catalog(rules)) == ["Z001 zh-CN fix"]


def test_the_docs_command_writes_and_checks(tmp_path: Path, capsys) -> None:
    target = tmp_path / "rules"
    assert main(["docs", "--check", str(target)]) == 1
    assert main(["docs", "--write", str(target)]) == 0
    assert main(["docs", "--check", str(target)]) == 0
    (target / "I001.md").write_text("edited by hand\n")
    (target / "zh-CN" / "Q999.md").write_text("a rule that no longer exists\n")
    capsys.readouterr()
    assert main(["docs", "--check", str(target)]) == 1
    err = capsys.readouterr().err
    assert "rules/I001.md" in err and "rules/zh-CN/Q999.md" in err
    assert main(["docs", "--write", str(target)]) == 0
    assert not (target / "zh-CN" / "Q999.md").exists()
    assert (target / "I001.md").read_text() == rule_markdown(shipped_catalog()["I001"])


def test_pages_have_the_same_headings_and_explain_shows_them(capsys) -> None:
    page = rule_pages()["zh-CN/I001.md"]
    for heading in ("## 规则说明", "## 为什么重要", "## 示例", "## 如何修改", "## 依据"):
        assert heading in page
    assert main(["explain", "I001", "--lang", "zh-CN"]) == 0
    assert capsys.readouterr().out == page
    english = rule_pages()["I001.md"]
    for heading in ("What it does", "Why it matters", "Example", "How to fix", "Source"):
        assert f"## {heading}\n" in english


def test_explain_names_the_checker_and_the_pack_keys(capsys) -> None:
    assert main(["explain", "A003"]) == 0
    assert ("- Checker: `casecheck.checkers.attachments:listed_files`\n"
            "- Rule pack keys: `global.attachments.size_limit`\n") in capsys.readouterr().out
    assert main(["explain", "I001", "--lang", "zh-CN"]) == 0
    assert ("- 检查器：`casecheck.checkers.identifiers:order_ids`\n"
            "- 读取的规则包配置：无\n") in capsys.readouterr().out


@pytest.mark.parametrize("code", sorted(shipped_catalog()))
def test_every_rule_page_names_a_place_that_exists(code: str) -> None:
    """A checker moved or renamed must not leave the pages pointing at nothing."""
    (place,) = checkers_of(code)
    module_name, _, name = place.partition(":")
    module = importlib.import_module(module_name)
    assert not name or hasattr(module, name)
    assert f'"{code}"' in inspect.getsource(module)


# --- $schema for editors ---------------------------------------------------------------------

def schema(capsys, *argv: str) -> dict:
    assert main(["schema", *argv]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("name", "text"), [
    ("case.json", '{"$schema": "./casecheck.schema.json", "type": "technical-issue",'
                  ' "marketplace": "US"}'),
    ("case.yaml", '$schema: ./casecheck.schema.json\ntype: technical-issue\nmarketplace: US\n'),
    ("case.toml", '#:schema ./casecheck.schema.json\n"$schema" = "./casecheck.schema.json"\n'
                  'type = "technical-issue"\nmarketplace = "US"\n'),
])
def test_a_schema_key_is_accepted(make_case, name: str, text: str) -> None:
    folder = make_case(text, manifest_name=name)
    assert codes(check(folder, select=("M",))) == []


def test_the_exported_schema_validates_a_manifest_with_its_schema_key(capsys) -> None:
    manifest = {"$schema": "./casecheck.schema.json", "type": "fba-reimbursement",
                "marketplace": "US", "claim_kind": "inbound-lost",
                "ids": {"shipment_ids": ["FBA15C8KQ2ZP"]}}
    for document in (schema(capsys), schema(capsys, "fba-reimbursement")):
        validator = jsonschema.Draft202012Validator(document)
        validator.validate(manifest)
        assert not validator.is_valid({**manifest, "shiped_at": "2026-10-01"})
