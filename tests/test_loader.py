"""Loading case folders: every bad manifest is an M-finding with its place, never an exception."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest
from conftest import check, codes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import casecheck
from casecheck import Config, validate
from casecheck.loader import discover, field_line
from casecheck.models import TechnicalIssue

GOOD = 'type = "technical-issue"\nmarketplace = "US"\nsubject = "Inventory page error"\n'


def only_m(report) -> list[str]:
    return [c for c in codes(report) if c.startswith("M")]


def test_folder_without_manifest_is_m001(tmp_path: Path) -> None:
    (tmp_path / "message.md").write_text("Hello")
    report = check(tmp_path)
    assert codes(report) == ["M001"]
    assert report.type is None and not report.ok


def test_toml_syntax_error_gives_line_and_column(make_case) -> None:
    folder = make_case('type = "technical-issue"\nmarketplace = US\n')
    (finding,) = check(folder).findings
    assert finding.code == "M002"
    assert finding.location.file == "case.toml" and finding.location.line == 2
    assert finding.data["column"] is not None
    assert "line 2" in finding.message


def test_json_syntax_error_gives_line_and_column(make_case) -> None:
    folder = make_case(
        '{\n  "type": "technical-issue",\n  "marketplace": US\n}', manifest_name="case.json"
    )
    (finding,) = check(folder).findings
    assert (finding.code, finding.location.line, finding.data["column"]) == ("M002", 3, 18)


def test_json_duplicate_keys_are_a_syntax_error(make_case) -> None:
    folder = make_case(
        '{"type": "technical-issue", "marketplace": "US", "marketplace": "DE"}',
        manifest_name="case.json",
    )
    assert only_m(check(folder)) == ["M002"]


def test_json_manifest_loads_like_toml(make_case) -> None:
    manifest = {
        "type": "fba-reimbursement",
        "marketplace": "US",
        "claim_kind": "inbound-lost",
        "submit_at": "2026-11-24T10:00:00-05:00",
        "ids": {"shipment_ids": ["FBA15C8KQ2ZP"]},
    }
    folder = make_case(json.dumps(manifest), manifest_name="case.json")
    assert only_m(check(folder)) == []


def test_yaml_manifest_loads_when_pyyaml_is_installed(make_case) -> None:
    pytest.importorskip("yaml")
    folder = make_case("type: technical-issue\nmarketplace: US\n", manifest_name="case.yaml")
    assert only_m(check(folder)) == []


def test_yaml_manifest_without_pyyaml_is_m007(make_case, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "yaml", None)  # makes `import yaml` fail
    folder = make_case("type: technical-issue\nmarketplace: US\n", manifest_name="case.yml")
    (finding,) = check(folder).findings
    assert finding.code == "M007" and "pip install 'casecheck[yaml]'" in finding.hint


def test_each_invalid_field_is_one_m003_with_its_path_and_line(make_case) -> None:
    folder = make_case(
        'type = "fba-reimbursement"\n'
        'marketplace = "XX"\n'
        'claim_kind = "inbound-lost"\n'
        "submit_at = 2026-11-24T10:00:00\n"
        'units_expected = "twelve"\n'
        'claimkind = "x"\n'
        '\n[[attachments]]\npath = "a.pdf"\nkind = "pdf"\n'
        '\n[[attachments]]\npath = "b.pdf"\nkind = "photo"\n'
    )
    report = check(folder)
    found = {(f.location.field, f.location.line) for f in report.findings}
    assert codes(report) == ["M003"] * 6
    assert found == {
        ("marketplace", 2),
        ("submit_at", 4),
        ("units_expected", 5),
        ("claimkind", 6),
        ("attachments[0].kind", 10),
        ("attachments[1].kind", 14),
    }
    misspelt = next(f for f in report.findings if f.location.field == "claimkind")
    assert "claim_kind" in misspelt.message


TECHNICAL = ('type = "technical-issue"\nmarketplace = "US"\nmodule = "Inventory"\n'
             'message = "The upload page fails."\n')


@pytest.mark.parametrize("occurred", ["2026-11-20", '"2026-11-20"', "2026-11-20T09:12:00-05:00"])
def test_a_technical_issue_may_give_the_day_or_the_moment_it_occurred(
        make_case, occurred: str) -> None:
    report = check(make_case(TECHNICAL + f"occurred_at = {occurred}\n"))
    assert "M003" not in codes(report)


def test_the_day_it_occurred_stays_a_day_and_the_moment_keeps_its_offset() -> None:
    def occurred(value: object) -> TechnicalIssue:
        return TechnicalIssue.model_validate({
            "type": "technical-issue", "marketplace": "US", "occurred_at": value})

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pydantic warns when a value is not of the field's type
        day, moment = occurred("2026-11-20"), occurred("2026-11-20T09:12:00+08:00")
        assert day.occurred_at == occurred(dt.date(2026, 11, 20)).occurred_at
        assert type(day.occurred_at) is dt.date
        assert isinstance(moment.occurred_at, dt.datetime)
        assert moment.occurred_at.utcoffset() == dt.timedelta(hours=8)
        assert day.model_dump(mode="json")["occurred_at"] == "2026-11-20"
        assert moment.model_dump(mode="json")["occurred_at"] == "2026-11-20T09:12:00+08:00"
        assert moment.model_dump()["occurred_at"] == moment.occurred_at


@pytest.mark.parametrize("occurred", ["2026-11-20T09:12:00", '"2026-11-20 09:12"'])
def test_a_moment_it_occurred_without_its_offset_is_one_m003_asking_for_it(
        make_case, occurred: str) -> None:
    report = check(make_case(TECHNICAL + f"occurred_at = {occurred}\n"))
    problems = [f for f in report.findings if f.code == "M003"]
    assert [(f.location.field, f.location.line) for f in problems] == [("occurred_at", 5)]
    assert "time zone offset" in problems[0].message


def test_a_day_it_occurred_after_the_submission_is_d007(make_case) -> None:
    report = check(make_case(TECHNICAL + "occurred_at = 2026-11-26\n"))
    assert [f.data["value"] for f in report.findings if f.code == "D007"] == ["2026-11-26"]


def test_missing_required_field_is_m003(make_case) -> None:
    folder = make_case('type = "fba-reimbursement"\nmarketplace = "US"\n')
    (finding,) = check(folder).findings
    assert (finding.code, finding.location.field) == ("M003", "claim_kind")
    assert "casecheck schema fba-reimbursement" in finding.hint


def test_unknown_type_is_m004_with_a_suggestion(make_case) -> None:
    folder = make_case('type = "fba-reimbursment"\nmarketplace = "US"\n')
    (finding,) = check(folder).findings
    assert finding.code == "M004" and '"fba-reimbursement"' in finding.message
    assert finding.location.line == 1


def test_missing_type_is_m003(make_case) -> None:
    folder = make_case('marketplace = "US"\n')
    assert [(f.code, f.location.field) for f in check(folder).findings] == [("M003", "type")]


def test_unknown_code_in_manifest_ignore_is_m003(make_case) -> None:
    folder = make_case(GOOD + 'ignore = ["I001", "Q999"]\n')
    report = check(folder, select=("M",))
    assert [(f.code, f.location.field) for f in report.findings] == [("M003", "ignore[1]")]


def test_two_manifests_are_m006_and_the_toml_one_is_read(make_case) -> None:
    folder = make_case(GOOD)
    (folder / "case.json").write_text("{}")
    (finding,) = check(folder, select=("M",)).findings
    assert finding.code == "M006" and "case.toml" in finding.data["used"]


def test_message_file_default_and_inline_locations(make_case) -> None:
    from casecheck.catalog import FindingMaker, shipped_catalog

    make_finding = FindingMaker(shipped_catalog())
    from casecheck.loader import (
        LoadedCase,  # noqa: F401 - the type the test inspects
        load_folder,
    )
    from casecheck.packs import load_packs

    folder = make_case(GOOD + 'message = """\nLine one\nLine two\n"""\n')
    case = load_folder(folder, packs=load_packs(), make=make_finding)
    assert case.message == "Line one\nLine two\n"
    assert case.message_location(2).line == 6 and case.message_location(2).file == "case.toml"

    folder = make_case(GOOD, files={"message.md": "Hello\r\nthere\n"})
    case = load_folder(folder, packs=load_packs(), make=make_finding)
    assert case.message == "Hello\nthere\n" and case.message_file == "message.md"
    assert case.message_location(2).file == "message.md"


@pytest.mark.parametrize(
    "content, problem",
    [
        ("Gr\u00fc\u00dfe aus K\u00f6ln".encode("latin-1"), "not UTF-8"),
        ("Hello".encode("utf-16"), "not UTF-8"),
    ],
)
def test_undecodable_message_is_m005(make_case, content: bytes, problem: str) -> None:
    folder = make_case(GOOD, files={"message.md": content})
    (finding,) = check(folder, select=("M",)).findings
    assert finding.code == "M005" and problem in finding.message


def test_message_file_outside_the_case_is_m005(make_case) -> None:
    folder = make_case(GOOD + 'message_file = "../secret.txt"\n')
    (finding,) = check(folder, select=("M",)).findings
    assert finding.code == "M005" and "outside" in finding.message


def test_utf8_bom_manifest_is_accepted(make_case) -> None:
    folder = make_case(GOOD)
    (folder / "case.toml").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert only_m(check(folder)) == []


def test_oversized_manifest_is_not_parsed(make_case) -> None:
    folder = make_case(GOOD + "#" * 1_100_000 + "\n")
    (finding,) = check(folder).findings
    assert finding.code == "M002" and finding.data["size"] > finding.data["limit"]


def test_deeply_nested_manifest_is_a_finding(make_case) -> None:
    folder = make_case(GOOD + "x = " + "[" * 5000 + "]" * 5000 + "\n")
    assert only_m(check(folder)) in (["M002"], ["M003"])


def test_discover_finds_cases_below_skipping_hidden_and_maps_files(
    tmp_path: Path, make_case
) -> None:
    a = make_case(GOOD, name="cases/a", files={"attachments/x.pdf": b"%PDF-"})
    b = make_case(GOOD, name="cases/nested/b")
    make_case(GOOD, name="cases/.hidden/c")
    (tmp_path / "README.md").write_text("not a case")
    assert discover([tmp_path / "cases"]) == [a, b]
    assert discover([a / "attachments" / "x.pdf", a / "case.toml", tmp_path / "README.md"]) == [a]


def test_discover_keeps_an_empty_folder_so_it_reports_m001(tmp_path: Path) -> None:
    assert discover([tmp_path]) == [tmp_path]


def test_field_line_follows_tables_and_arrays_of_tables() -> None:
    text = (
        'type = "x"\n[ids]\norder_ids = ["a", "b"]\n\n'
        '[[attachments]]\npath = "a"\n[[attachments]]\npath = "b"\n'
    )
    assert field_line(text, "type") == 1
    assert field_line(text, "ids.order_ids[1]") == 3
    assert field_line(text, "attachments[1].path") == 8
    assert field_line(text, "nothing") is None


def test_validate_accepts_path_model_and_mapping_alike(make_case) -> None:
    from casecheck.catalog import FindingMaker, shipped_catalog

    make_finding = FindingMaker(shipped_catalog())
    from casecheck.loader import load_folder
    from casecheck.packs import load_packs

    manifest = GOOD + '\n[ids]\norder_ids = ["113-48392-1234567"]\n'
    folder = make_case(manifest, files={"message.md": "See order 113-48392-1234567."})
    by_path = validate(folder, config=Config(select=("I", "M")))
    model = load_folder(folder, packs=load_packs(), make=make_finding).model
    by_model = validate(model, root=folder, config=Config(select=("I", "M")))
    import tomllib

    by_mapping = validate(tomllib.loads(manifest), root=folder, config=Config(select=("I", "M")))
    assert by_path.findings == by_model.findings == by_mapping.findings
    assert codes(by_path) == ["I001"]


def test_a_crashing_checker_becomes_x001_and_the_others_still_run(make_case) -> None:
    from casecheck import checker
    from casecheck.registry import BUILTIN_CHECKERS

    @checker("I001")
    def explodes(case, ctx):
        raise ZeroDivisionError("boom")

    folder = make_case(GOOD + '\n[ids]\nasins = ["B0BAD"]\n')
    report = validate(
        folder, checkers=(explodes, *BUILTIN_CHECKERS), config=Config(select=("I", "X"))
    )
    assert codes(report) == ["I002", "X001"]
    x001 = next(f for f in report.findings if f.code == "X001")
    assert "explodes" in x001.message and "ZeroDivisionError" in x001.message


# --- property tests: any manifest yields findings, never an exception -----------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
field_names = st.sampled_from(
    [
        "type",
        "marketplace",
        "subject",
        "message",
        "claim_kind",
        "submit_at",
        "ids",
        "attachments",
        "prior_cases",
        "case_id",
        "status",
        "ignore",
        "template",
        "deactivated_at",
        "contact_path",
    ]
)
type_names = st.sampled_from(
    ["fba-reimbursement", "account-appeal", "technical-issue", "brand-dispute", "nope", ""]
)
manifests = st.dictionaries(field_names, json_values, max_size=8).flatmap(
    lambda d: st.builds(lambda t: {**d, "type": t}, type_names) | st.just(d)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(manifests)
def test_any_mapping_manifest_yields_findings_not_exceptions(manifest: dict) -> None:
    report = validate(manifest)
    for finding in report.findings:
        assert finding.code[0] in "MIX" and finding.code != "X001", finding


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_manifest_bytes_yield_findings_not_exceptions(make_case, content: bytes) -> None:
    folder = make_case("")
    (folder / "case.toml").write_bytes(content)
    report = check(folder)
    assert all(f.code != "X001" for f in report.findings)
    assert report.ok or any(
        f.code.startswith("M") or f.code.startswith("I") for f in report.findings
    )


LEGACY_MESSAGES = [
    ("gbk", "GBK", "您好，我们的入库货件 FBA15C8KQ2ZP 少收了 12 件商品。"
                   "我们已附上箱标和承运商的签收证明，请调查并为丢失的商品补偿。谢谢。"),
    ("big5", "Big5", "您好，我們的入庫貨件 FBA15C8KQ2ZP 少收了 12 件商品。"
                     "我們已附上箱標和承運商的簽收證明，請調查並為遺失的商品補償。謝謝。"),
    ("shift_jis", "Shift_JIS", "お世話になっております。納品 FBA15C8KQ2ZP の商品が 12 個"
                               "届いていません。箱のラベルと配達証明を添付しましたので、"
                               "ご確認をお願いします。"),
    ("cp1252", "Windows-1252", "Grüße from München: shipment FBA15C8KQ2ZP arrived with 12 units "
                               "missing – we attach the box labels and the carrier’s proof."),
    ("utf-16", "UTF-16", "Hello, shipment FBA15C8KQ2ZP arrived with 12 units missing; we attach "
                         "the box labels and the carrier's proof of delivery."),
]


@pytest.mark.parametrize(("codec", "shown", "text"), LEGACY_MESSAGES,
                         ids=[codec for codec, _, _ in LEGACY_MESSAGES])
def test_a_message_saved_in_a_legacy_encoding_is_read_and_named(
    make_case, codec: str, shown: str, text: str
) -> None:
    """Notepad on Chinese Windows saves GBK: one M005 says so, and the text is checked as
    decoded (it names the shipment, so no I009; it is there, so no T005 'no message')."""
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "inbound-lost", "ids": {"shipment_ids": ["FBA15C8KQ2ZP"]}},
                       files={"message.md": text.encode(codec)})
    report = check(folder, select=("M", "T005", "I009"))
    (finding,) = report.findings
    assert finding.code == "M005"
    assert finding.message.startswith(
        f"message.md is saved as {shown}, not UTF-8; save it as UTF-8")
    assert "T005" not in report.codes and "no message" not in finding.message
    assert finding.data == {"file": "message.md", "encoding": shown}
    loaded = casecheck.load_case(folder)
    assert loaded.message is not None and loaded.message.replace("\r\n", "\n") == text
