"""``casecheck new``: every shipped type scaffolds a draft that fails until it is filled, and
(``--template``) a template that passes, even under ``--strict``."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from casecheck.case_types import case_types
from casecheck.cli import main
from casecheck.packs import load_packs

TYPES = list(case_types(load_packs()))

NOT_FOR_TEMPLATES: set[str] = set()
"""Error codes a fresh template may still report: rules that need real data and do not
skip template mode yet. Empty: every rule that runs today accepts a fresh template."""


@pytest.fixture(autouse=True)
def _no_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.mark.parametrize("name", TYPES)
def test_new_then_check_template_round_trips(name: str, tmp_path: Path, capsys) -> None:
    folder = tmp_path / name
    assert main(["new", name, str(folder), "--template"]) == 0
    assert capsys.readouterr().out.count("created ") == 3
    status = main(["check", "--template", "--no-config", "--format", "json", str(folder)])
    (case,) = json.loads(capsys.readouterr().out)["cases"]
    errors = {f["code"] for f in case["findings"] if f["severity"] == "error"}
    assert errors <= NOT_FOR_TEMPLATES, case["findings"]
    codes = {f["code"] for f in case["findings"]}
    assert "A012" not in codes, "the evidence README is no file to send"
    assert status == (1 if errors else 0)
    assert case["type"] == name


@pytest.mark.parametrize("name", TYPES)
def test_a_fresh_template_passes_strict(name: str, tmp_path: Path, capsys) -> None:
    """A placeholder ID in a template is declared, not missing from the message (I009)."""
    folder = tmp_path / name
    main(["new", name, str(folder), "--template"])
    capsys.readouterr()
    status = main(["check", "--strict", "--no-config", "--no-cache", "--format", "json",
                   str(folder)])
    (case,) = json.loads(capsys.readouterr().out)["cases"]
    assert [f["code"] for f in case["findings"] if f["severity"] != "info"] == []
    assert status == 0


@pytest.mark.parametrize("name", TYPES)
def test_a_new_case_is_a_draft_that_fails_until_its_placeholders_are_filled(
    name: str, tmp_path: Path, capsys
) -> None:
    folder = tmp_path / name
    assert main(["new", name, str(folder)]) == 0
    assert "template" not in tomllib.loads((folder / "case.toml").read_text())
    capsys.readouterr()
    assert main(["check", "--no-config", "--no-cache", "--format", "json", str(folder)]) == 1
    (case,) = json.loads(capsys.readouterr().out)["cases"]
    assert case["ok"] is False
    errors = [f for f in case["findings"] if f["severity"] == "error"]
    slots = [f["data"]["placeholder"] for f in errors if f["code"] == "I010"]
    written = (folder / "case.toml").read_text() + (folder / "message.md").read_text()
    uncommented = "\n".join(line.split("#")[0] if not line.lstrip().startswith("#") else ""
                            for line in written.splitlines())
    assert len(slots) == len(re.findall(r"\{\{ \w+ \}\}", uncommented))
    # An unfilled slot is one I010, not also an invalid ID or a missing attachment.
    assert not {f["code"] for f in errors} & {"I001", "I002", "I003", "I004", "I005", "A010"}
    assert main(["check", "--no-config", "--no-cache", str(folder)]) == 1
    assert capsys.readouterr().out.rstrip().endswith(f"; {len(slots)} placeholders left to fill.")


def test_the_summary_counts_the_placeholders_in_chinese(tmp_path: Path, capsys) -> None:
    main(["new", "technical-issue", str(tmp_path / "t")])
    capsys.readouterr()
    main(["check", "--no-config", "--no-cache", "--lang", "zh-CN", str(tmp_path / "t")])
    last = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert re.fullmatch(r"共检查 1 个 Case，1 个未通过：\d+ 个错误，0 个警告，\d+ 条提示；"
                        r"还有 \d+ 个占位符待填写。", last), last


@pytest.mark.parametrize("name", TYPES)
def test_the_manifest_names_every_field_of_the_type(name: str, tmp_path: Path) -> None:
    main(["new", name, str(tmp_path / "c"), "--template"])
    text = (tmp_path / "c" / "case.toml").read_text()
    manifest = tomllib.loads(text)
    assert manifest["template"] is True and manifest["type"] == name
    model = case_types(load_packs())[name]
    for field, info in model.model_fields.items():
        key = info.alias or field
        if key.startswith("$"):
            continue  # $schema is for editors; TOML uses taplo's #:schema comment instead
        assert re.search(rf"^(# )?(\[{{1,2}})?{re.escape(key)}\b", text, re.MULTILINE), key
    for field in ("order_ids", "asins", "shipment_ids", "gtins", "fnskus", "tracking_numbers"):
        assert field in manifest["ids"]
    assert "merchant_token" in text


@pytest.mark.parametrize("name", TYPES)
def test_required_ids_attachments_and_sections_are_there(name: str, tmp_path: Path) -> None:
    main(["new", name, str(tmp_path / "c")])
    folder = tmp_path / "c"
    manifest = tomllib.loads((folder / "case.toml").read_text())
    pack = load_packs().types[name]
    kinds = [a["kind"] for a in manifest.get("attachments", [])]
    readme = (folder / "attachments" / "README.md").read_text()
    for requirement in pack.required_attachments:
        assert f"`{requirement.kind}`" in readme
        if all(str(manifest.get(f)) in v for f, v in requirement.when.items()):
            assert requirement.kind in kinds
    for requirement in pack.required_ids:
        if all(str(manifest.get(f)) in v for f, v in requirement.when.items()):
            assert manifest["ids"][requirement.ids][0].startswith("{{ ")
    message = (folder / "message.md").read_text()
    assert "Evidence:" in message and "Request:" in message
    if name in ("account-appeal", "listing-reinstatement"):
        for section in ("Root cause:", "Corrective actions:", "Preventive measures:"):
            assert section in message


def test_an_existing_folder_is_never_overwritten(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    assert main(["new", "technical-issue", str(folder)]) == 2
    assert "exists and is not an empty folder" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    (folder / "notes.txt").unlink()
    assert main(["new", "technical-issue", str(folder)]) == 0  # an empty folder is fine


def test_unknown_type_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["new", "refund", str(tmp_path / "x")]) == 2
    assert "unknown case type 'refund'; known: account-appeal" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_a_pack_defined_type_gets_a_generic_template(tmp_path: Path, capsys) -> None:
    rules = tmp_path / "rules" / "types"
    rules.mkdir(parents=True)
    (rules / "payment-hold.toml").write_text(
        'description = "A disbursement on hold."\n'
        '[fields.held_since]\ntype = "date"\n'
        '[fields.reference]\ntype = "string"\ndescription = "the hold reference"\n'
        '[[required_ids]]\nids = "order_ids"\nsource = "house rule"\nchecked = 2026-11-01\n'
    )
    folder = tmp_path / "hold"
    rules_dir = str(tmp_path / "rules")
    assert main(["new", "payment-hold", str(folder), "--rules", rules_dir, "--template"]) == 0
    text = (folder / "case.toml").read_text()
    assert "# held_since = 2026-11-24" in text and 'reference = "{{ reference }}"' in text
    assert 'order_ids = ["{{ order_id }}"]' in text
    capsys.readouterr()
    assert main(["check", "--template", "--no-config", "--rules", rules_dir, str(folder)]) == 0


EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "templates" / "cases"


@pytest.mark.parametrize("name", ["account-appeal", "category-approval", "fba-reimbursement",
                                  "listing-reinstatement", "brand-dispute", "technical-issue"])
def test_the_example_template_repository_is_what_new_writes(name: str, tmp_path: Path,
                                                            capsys) -> None:
    main(["new", name, str(tmp_path / name), "--template"])
    for made in (tmp_path / name).rglob("*"):
        if made.is_file():
            shipped = EXAMPLES / name / made.relative_to(tmp_path / name)
            assert shipped.read_text() == made.read_text(), f"regenerate {shipped}"
    capsys.readouterr()
    assert main(["check", str(EXAMPLES / name), "--format", "json"]) == 0  # template = true
