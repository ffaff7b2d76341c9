"""The command line: exit statuses, output formats, and the catalog commands."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

import casecheck
from casecheck.cli import main

BAD_ID = (
    'type = "technical-issue"\nmarketplace = "US"\n\n[ids]\norder_ids = ["113-48392-1234567"]\n'
)
GOOD = 'type = "technical-issue"\nmarketplace = "US"\n'


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_exit_0_without_errors_and_1_with(make_case) -> None:
    good = make_case(GOOD)
    bad = make_case(BAD_ID)
    assert run("check", str(good), "--select", "I,M")[0] == 0
    assert run("check", str(bad), "--select", "I,M")[0] == 1
    assert run("check", str(bad), "--select", "I,M", "--ignore", "I001")[0] == 0


def test_strict_fails_on_warnings(make_case) -> None:
    folder = make_case(GOOD + '\n[ids]\ntracking_numbers = ["hello"]\n')
    assert run("check", str(folder), "--select", "I007")[0] == 0
    assert run("check", str(folder), "--select", "I007", "--strict")[0] == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "does/not/exist"],
        ["check", ".", "--select", "Q123"],
        ["check", ".", "--now", "2026-11-24T10:00"],
        ["check", ".", "--format", "yaml"],
        ["explain", "Z999"],
        ["schema", "no-such-type"],
    ],
)
def test_usage_errors_exit_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = run(*argv)
    assert status == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err and "Traceback" not in "\n".join(err)


def test_malformed_rule_pack_is_exit_2_naming_file_and_key(
    make_case, tmp_path: Path, capsys
) -> None:
    rules = tmp_path / "myrules"
    (rules / "types").mkdir(parents=True)
    (rules / "types" / "fba-reimbursement.toml").write_text(
        '[[required_ids]]\nids = "shipment_ids"\nsource = "x"\nchecked = "yesterday"\n'
    )
    status, _ = run("check", str(make_case(GOOD)), "--rules", str(rules))
    err = capsys.readouterr().err.strip()
    assert status == 2 and len(err.splitlines()) == 1
    assert "fba-reimbursement.toml" in err and "required_ids.0.checked" in err


def test_rule_pack_can_add_a_case_type(make_case, tmp_path: Path) -> None:
    rules = tmp_path / "myrules"
    (rules / "types").mkdir(parents=True)
    (rules / "types" / "vat-question.toml").write_text(
        'description = "A VAT invoice question"\n'
        '[fields.vat_number]\ntype = "string"\nrequired = true\n'
        '[[required_ids]]\nids = "order_ids"\nsource = "our SOP"\nchecked = 2026-11-01\n'
    )
    folder = make_case('type = "vat-question"\nmarketplace = "DE"\nvat_number = "DE123456789"\n')
    status, out = run(
        "check", str(folder), "--rules", str(rules), "--format", "json", "--select", "I,M"
    )
    case = json.loads(out)["cases"][0]
    assert status == 1 and case["type"] == "vat-question"
    assert [f["code"] for f in case["findings"]] == ["I008"]
    status, out = run("schema", "vat-question", "--rules", str(rules))
    assert status == 0 and "vat_number" in json.loads(out)["required"]


def test_json_output_has_the_spec_shape_and_is_byte_stable(make_case) -> None:
    folder = make_case(BAD_ID)
    argv = ("check", str(folder), "--format", "json", "--select", "I,M")
    status, out = run(*argv)
    assert status == 1 and run(*argv)[1] == out
    document = json.loads(out)
    assert list(document) == ["casecheck", "rules_version", "cases", "summary"]
    (case,) = document["cases"]
    assert list(case) == ["path", "type", "ok", "counts", "findings"]
    assert case["ok"] is False and case["counts"] == {"error": 1, "warning": 0, "info": 0}
    (finding,) = case["findings"]
    assert list(finding) == [
        "code",
        "name",
        "severity",
        "message",
        "location",
        "hint",
        "source",
        "data",
    ]
    assert finding["location"] == {"file": "case.toml", "field": "ids.order_ids[0]", "line": 5}
    assert document["summary"] == {"cases": 1, "failed": 1, "error": 1, "warning": 0, "info": 1 - 1}


def test_text_output_lines_name_place_code_and_severity(make_case) -> None:
    folder = make_case(BAD_ID, name="lost-box")
    status, out = run("check", str(folder), "--select", "I,M")
    assert status == 1
    assert 'lost-box/case.toml:5: I001 [error] Order ID "113-48392-1234567"' in out
    assert "hint: Copy the order ID" in out
    assert out.rstrip().endswith("1 case checked, 1 failed: 1 error, 0 warnings, 0 info.")
    assert "\033[" not in out, "no colour when not on a terminal"


def test_chinese_findings_from_flag_and_from_lang(
    make_case, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_case(BAD_ID)
    assert "不是亚马逊订单号" in run("check", str(folder), "--lang", "zh-CN")[1]
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    out = run("check", str(folder), "--select", "I")[1]
    assert "不是亚马逊订单号" in out and "建议" in out


def test_rules_explain_and_schema(capsys) -> None:
    status, out = run("rules")
    assert status == 0 and "I001  order-id-invalid" in out
    status, out = run("rules", "--format", "json")
    assert {"code": "M001", "name": "manifest-missing", "severity": "error"}.items() <= json.loads(
        out
    )[0].items()
    status, out = run("explain", "i001")
    assert status == 0 and "## What it does" in out and "## How to fix" in out
    assert run("explain", "order-id-invalid")[1] == out
    status, out = run("schema")
    schema = json.loads(out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["discriminator"]["mapping"]) == {
        "account-appeal",
        "category-approval",
        "fba-reimbursement",
        "listing-reinstatement",
        "brand-dispute",
        "technical-issue",
    }
    status, out = run("schema", "brand-dispute")
    assert "trademark_office" in json.loads(out)["properties"]


def test_version(capsys) -> None:
    status, out = run("--version")
    assert status == 0 and out == f"casecheck {casecheck.__version__}\n"
    assert run("check", "--version")[0] == 2  # only the command line's own flag
    assert main(["--version", "rules"]) == 0  # argparse answers the long way round too
    assert capsys.readouterr().out == f"casecheck {casecheck.__version__}\n"


def test_command_runs_as_a_module_without_traceback(make_case) -> None:
    folder = make_case('type = "technical-issue"\nmarketplace = [\n')
    result = subprocess.run(
        [sys.executable, "-m", "casecheck", "check", str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert result.returncode == 1 and "M002" in result.stdout and "Traceback" not in result.stderr


def test_import_casecheck_loads_no_heavy_library() -> None:
    code = (
        "import sys, casecheck; heavy = {'pypdf', 'PIL', 'magic', 'pydantic', 'stdnum'} & "
        "{m.split('.')[0] for m in sys.modules}; print(sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert result.stdout.strip() == "[]", result.stderr
