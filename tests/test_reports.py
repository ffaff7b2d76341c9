"""Reimbursement claims held against Seller Central reports (``--reports DIR``).

Every report is written here from Amazon's columns (report_files.py), in every encoding and
header spelling the issue names, with extra and missing columns; the tests assert each S
finding, its absence, the dates the timing rules take from the reports, and that a report
that cannot be read is one finding naming it while everything else is still checked.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, CaseMaker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_files import (
    CLAIM_MESSAGE,
    COLUMNS,
    ENCODINGS,
    INBOUND,
    INBOUND_IDS,
    STYLES,
    TEXT_IN,
    USED,
    item_row,
    ledger_row,
    reimbursement_row,
    report,
    return_row,
    spell,
)

from casecheck import Config, check_paths, validate
from casecheck.findings import CaseReport, Finding
from casecheck.reports.index import read_reports
from casecheck.reports.wanted import Wanted

KIND_ROWS = {
    "reimbursements": reimbursement_row, "ledger": ledger_row, "shipment-items": item_row,
    "returns": return_row,
}
TEXT_COLUMN = {"reimbursements": "sku", "ledger": "MSKU", "shipment-items": "SellerSKU",
               "returns": "sku"}
"""A column each report keeps a seller's own text in: it must come back decoded."""
EVERYTHING = Wanted(
    case_ids=frozenset({"17234567891"}), order_ids=frozenset({"113-4839201-1234567"}),
    shipment_ids=frozenset({"FBA15C8KQ2ZP"}), fnskus=frozenset({"X001ABCDEF"}),
)


def write_reports(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    return folder


@pytest.fixture
def claim(make_case: CaseMaker) -> Any:
    """``claim(extra_manifest, ids=...)``: a draft inbound claim folder (report_files.py)."""
    def make(extra: str = "", ids: str = INBOUND_IDS, base: str = INBOUND) -> Path:
        return make_case(base + extra + ids, files={"message.md": CLAIM_MESSAGE})
    return make


def checked(folder: Path, reports: dict[str, bytes], tmp_path: Path, **config: Any) -> CaseReport:
    directory = write_reports(tmp_path / "reports", reports)
    return validate(folder, config=Config(now=NOW, reports=directory, **config))


def of(report: CaseReport, code: str) -> list[Finding]:
    return [f for f in report.findings if f.code == code]


def s_codes(report: CaseReport) -> list[str]:
    return sorted(f.code for f in report.findings if f.code.startswith("S"))


# --- reading: every encoding, delimiter and header spelling ----------------------------------

@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_each_report_is_read_in_each_encoding(kind: str, encoding: str, tmp_path: Path) -> None:
    text = TEXT_IN[encoding]
    row = KIND_ROWS[kind](**{TEXT_COLUMN[kind].replace("-", "_"): text})
    folder = write_reports(tmp_path / "r", {"a-report": report(kind, [row], encoding=encoding)})
    index = read_reports(folder, EVERYTHING)
    (found,) = index.files
    assert (found.kind, found.problem, found.missing) == (kind, None, ())
    assert found.encoding == encoding
    (kept,) = index.rows
    assert kept.sku == text if hasattr(kept, "sku") else kept.msku == text  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["㈱ノースウィンド ワイヤレスイヤホン ①ブルー", "イヤホン①"])
def test_a_japanese_report_with_characters_only_windows_writes_is_cp932(
    text: str, tmp_path: Path
) -> None:
    """Shift_JIS cannot read ㈱ or ①, which Japanese Windows writes every day (cp932)."""
    data = report("ledger", [ledger_row(MSKU=text)], encoding="cp932")
    index = read_reports(write_reports(tmp_path / "r", {"l.txt": data}), EVERYTHING)
    assert (index.files[0].encoding, [e.msku for e in index.ledger]) == ("cp932", [text])


@pytest.mark.parametrize("delimiter", ["\t", ",", ";"])
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_headers_are_compared_after_normalising_case_spaces_hyphens_and_underscores(
    kind: str, style: str, delimiter: str, tmp_path: Path
) -> None:
    data = report(kind, [KIND_ROWS[kind]()], style=style, delimiter=delimiter)
    index = read_reports(write_reports(tmp_path / "r", {"x": data}), EVERYTHING)
    (found,) = index.files
    assert (found.kind, found.problem, found.missing, found.delimiter) == (
        kind, None, (), delimiter)
    assert len(index.rows) == 1


def test_the_name_of_a_file_says_nothing_of_what_it_is(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "r", {
        "reimbursements.csv": report("ledger", [ledger_row()], delimiter=","),
        "ledger.txt": report("reimbursements", [reimbursement_row()]),
        "README.md": b"# Reports\n\nDownloaded on 2026-11-20 from Seller Central.\n",
    })
    kinds = {f.name: (f.kind, f.problem and f.problem.variant)
             for f in read_reports(folder, EVERYTHING).files}
    assert kinds == {"reimbursements.csv": ("ledger", None),
                     "ledger.txt": ("reimbursements", None),
                     "README.md": (None, "not-a-report")}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(COLUMNS)),
       extra=st.lists(st.text("abcdefghijklmnopqrstuvwxyz -_", min_size=3, max_size=20)
                      .filter(lambda t: t.strip()), max_size=4, unique=True),
       units=st.integers(0, 500))
def test_unknown_columns_are_ignored(
    kind: str, extra: list[str], units: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    known = {spell(c, s).replace(" ", "").replace("-", "").replace("_", "").lower()
             for c in COLUMNS[kind] for s in STYLES}
    extra = [e for e in extra if e.replace(" ", "").replace("-", "").replace("_", "") not in known]
    count = {"reimbursements": "quantity-reimbursed-total", "ledger": "Quantity",
             "shipment-items": "QuantityShipped", "returns": "quantity"}[kind]
    row = KIND_ROWS[kind](**{count.replace("-", "_").replace(" ", "_"): units})
    folder = write_reports(tmp_path_factory.mktemp("r"), {"r.txt": report(kind, [row],
                                                                          extra=extra)})
    index = read_reports(folder, EVERYTHING)
    assert [(f.kind, f.problem) for f in index.files] == [(kind, None)]
    attribute = {"reimbursements": "units", "ledger": "quantity", "shipment-items": "shipped",
                 "returns": "quantity"}[kind]
    assert [getattr(r, attribute) for r in index.rows] == [units]


@pytest.mark.parametrize("kind", sorted(USED))
def test_a_missing_column_is_named(kind: str, claim: Any, tmp_path: Path) -> None:
    """Each column of the issue's table, left out: the finding names it (S004 when a check
    needs it and the report is not used, S005 when none does and it is)."""
    folder = claim()
    for column in USED[kind]:
        data = report(kind, [KIND_ROWS[kind]()], drop=(column,))
        result = checked(folder, {f"{kind}-{column}.txt": data}, tmp_path / column)
        named = [f for f in result.findings if f.code in ("S004", "S005")]
        assert len(named) == 1, (column, named)
        assert column in named[0].message
        assert column in named[0].data["columns"]
        if named[0].code == "S004":
            assert named[0].data["problem"] == "missing-columns"


def test_a_report_is_still_recognised_with_half_its_columns_gone(tmp_path: Path) -> None:
    columns = COLUMNS["ledger"]
    data = report("ledger", [ledger_row()], drop=columns[len(columns) // 2 + 1:])
    (found,) = read_reports(write_reports(tmp_path / "r", {"l.txt": data}), EVERYTHING).files
    assert found.kind == "ledger"
    assert found.problem is not None and found.problem.variant == "missing-columns"


def test_a_gzip_compressed_download_is_read(tmp_path: Path) -> None:
    data = gzip.compress(report("reimbursements", [reimbursement_row()]))
    index = read_reports(write_reports(tmp_path / "r", {"report.gz": data}), EVERYTHING)
    assert [(f.kind, f.problem) for f in index.files] == [("reimbursements", None)]
    assert len(index.rows) == 1


def test_the_manage_fba_shipments_export_gives_its_shipment_id_above_the_header(
    tmp_path: Path
) -> None:
    data = (b"Shipment ID\tFBA15C8KQ2ZP\nName\tFBA (10/01/2026 10:00) - 1\nPlan ID\tPLN1\n\n"
            b"Merchant SKU\tTitle\tASIN\tFNSKU\tShipped\tReceived\n"
            b"SKU-1\tEarbuds\tB0CXK12345\tX001ABCDEF\t24\t21\n")
    index = read_reports(write_reports(tmp_path / "r", {"FBA15C8KQ2ZP.tsv": data}), EVERYTHING)
    assert [(f.kind, f.problem) for f in index.files] == [("shipment-items", None)]
    (item,) = index.shipment_items
    assert (item.shipment_id, item.fnsku, item.shipped, item.received) == (
        "FBA15C8KQ2ZP", "X001ABCDEF", 24, 21)


def test_values_a_spreadsheet_quoted_in_a_tab_separated_file(tmp_path: Path) -> None:
    data = report("ledger", [ledger_row()]).replace(b"\tX001ABCDEF\t", b'\t"X001ABCDEF"\t')
    data = data.replace(b"\tEarbuds\t", b'\t"Earbuds, 12"" case"\t')
    index = read_reports(write_reports(tmp_path / "r", {"l.txt": data}), EVERYTHING)
    assert [(e.fnsku, e.quantity) for e in index.ledger] == [("X001ABCDEF", 1)]


def test_a_legacy_byte_past_the_first_64_kb_makes_the_encoding_chosen_again(
    tmp_path: Path
) -> None:
    rows = [ledger_row(FNSKU=f"X00{n:07d}") for n in range(1500)]
    rows.append(ledger_row(MSKU=TEXT_IN["cp1252"]))
    data = report("ledger", rows, encoding="cp1252")
    assert len(data) > 2**16 and data[:2**16].isascii()
    index = read_reports(write_reports(tmp_path / "r", {"l.txt": data}), EVERYTHING)
    (found,) = index.files
    assert (found.encoding, found.problem) == ("cp1252", None)
    assert [e.msku for e in index.ledger] == [TEXT_IN["cp1252"]]


def test_a_byte_no_encoding_reads_is_reported_on_its_line(tmp_path: Path) -> None:
    rows = [ledger_row(FNSKU=f"X00{n:07d}") for n in range(1500)]
    data = report("ledger", rows) + b"10/25/2026\tX001ABCDEF\t\x81\x20\x8d\n"
    index = read_reports(write_reports(tmp_path / "r", {"l.txt": data}), EVERYTHING)
    (found,) = index.files
    assert found.problem is not None and found.problem.variant == "encoding"
    assert found.problem.values["line"] == 1502


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spaced=st.sampled_from(["X001ABCDEF", "x001abcdef", " X001ABCDEF ", "X001 ABCDEF"]),
       other=st.from_regex(r"X00[0-9A-Z]{7}", fullmatch=True))
def test_ids_are_compared_as_the_reports_write_them(
    spaced: str, other: str, make_case: CaseMaker, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = make_case(INBOUND + f'\n[ids]\nshipment_ids = ["FBA15C8KQ2ZP"]\n'
                       f'fnskus = ["{spaced}"]\n', files={"message.md": CLAIM_MESSAGE})
    result = checked(folder, {"r.txt": report("reimbursements", [reimbursement_row(
        fnsku=other)])}, tmp_path_factory.mktemp("ids"))
    assert bool(of(result, "S001")) == (other == "X001ABCDEF")


def test_only_the_rows_the_cases_ask_about_are_kept(tmp_path: Path) -> None:
    rows = [ledger_row(FNSKU=f"X00{n:07d}", **{"Reference ID": f"FBA{n:09d}"})
            for n in range(500)]
    rows += [ledger_row(FNSKU="X000000007", **{"Event Type": "Shipments", "Reason": ""})]
    folder = write_reports(tmp_path / "r", {"l.txt": report("ledger", rows)})
    index = read_reports(folder, Wanted(fnskus=frozenset({"X000000007"}),
                                        shipment_ids=frozenset({"FBA000000042"})))
    assert sorted((e.fnsku, e.event_type) for e in index.ledger) == [
        ("X000000007", "Adjustments"), ("X000000042", "Adjustments")]
    assert index.files[0].rows_read == 501


# --- reports that cannot be read --------------------------------------------------------------

def _problems(report_: CaseReport) -> dict[str, str]:
    return {f.data["report_file"]: f.data["problem"] for f in of(report_, "S004")}


def test_every_kind_of_unreadable_report_is_one_finding_naming_the_file(
    claim: Any, tmp_path: Path
) -> None:
    good = report("reimbursements", [reimbursement_row()])
    whole = report("ledger", [ledger_row(), ledger_row(Quantity=3)])
    broken_utf8 = report("ledger", [ledger_row(MSKU="無線イヤホン")], encoding="utf-8")
    files = {
        "good.txt": good,
        "cut.txt": whole[:-9],
        "cut-in-a-character.txt": broken_utf8[:broken_utf8.index("線".encode()) + 1],
        "cut.gz": gzip.compress(whole)[:-12],
        "workbook.xlsx": b"PK\x03\x04" + os.urandom(200),
        "empty.txt": b"",
        "notes.txt": b"These are the reports for November.\n",
        "binary.bin": bytes(range(256)) * 4,
        "no-encoding.txt": COLUMNS["ledger"][0].encode() + b"\t\x81\x20\x8d\x90\n",
    }
    result = checked(claim(), files, tmp_path)
    assert _problems(result) == {
        "cut.txt": "truncated", "cut-in-a-character.txt": "truncated", "cut.gz": "truncated",
        "workbook.xlsx": "spreadsheet", "empty.txt": "empty", "notes.txt": "not-a-report",
        "binary.bin": "not-a-report", "no-encoding.txt": "encoding",
    }
    for finding in of(result, "S004"):
        assert f"reports/{finding.data['report_file']}" in finding.message
    # The good report is still read, and the other rules still ran.
    assert of(result, "S001") and of(result, "A016")
    assert "X001" not in result.codes


def test_a_report_that_is_no_regular_file_is_reported_not_opened(
    claim: Any, tmp_path: Path
) -> None:
    folder = write_reports(tmp_path / "reports", {"good.txt": report(
        "reimbursements", [reimbursement_row()])})
    os.mkfifo(folder / "pipe.txt")
    result = validate(claim(), config=Config(now=NOW, reports=folder))
    assert _problems(result) == {"pipe.txt": "unopenable"}
    assert of(result, "S001")


def test_a_value_that_is_no_number_in_a_row_a_case_asks_about(claim: Any, tmp_path: Path) -> None:
    bad = report("reimbursements", [reimbursement_row(quantity_reimbursed_total="four")])
    result = checked(claim(), {"r.txt": bad}, tmp_path)
    (finding,) = of(result, "S004")
    assert finding.data["problem"] == "bad-value"
    assert (finding.data["line"], finding.data["column"], finding.data["value"]) == (
        2, "quantity-reimbursed-total", "four")
    assert not of(result, "S001")


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=3000))
def test_random_bytes_never_crash_the_reader(data: bytes, tmp_path_factory: pytest.TempPathFactory
                                             ) -> None:
    folder = write_reports(tmp_path_factory.mktemp("r"), {"random": data})
    (found,) = read_reports(folder, EVERYTHING).files
    assert found.kind is None or found.problem is None or found.problem.variant


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(1, 400))
def test_a_report_cut_inside_a_row_is_reported(
    cut: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A download cut off inside its last row (fewer columns than the header) is truncated;
    one cut at a line break is a shorter report; a cut inside the last value cannot be told
    from a file without a final line break (Google Sheets writes none), and is read."""
    data = report("ledger", [ledger_row(), ledger_row(Quantity=2), ledger_row(Quantity=3)])
    kept = data[:-cut]
    folder = write_reports(tmp_path_factory.mktemp("r"), {"l.txt": kept})
    (found,) = read_reports(folder, EVERYTHING).files
    last_row = kept[kept.rstrip(b"\r\n").rfind(b"\n") + 1:] if kept.endswith(b"\n") else (
        kept[kept.rfind(b"\n") + 1:])
    if kept.endswith(b"\n") or kept.endswith(b"\r"):
        assert found.problem is None
    elif b"\n" not in kept or last_row.count(b"\t") < len(COLUMNS["ledger"]) - 1:
        assert found.problem is not None and found.problem.variant in (
            "truncated", "missing-columns", "not-a-report")
    else:
        assert found.problem is None


def test_blank_lines_in_a_report_are_no_rows(tmp_path: Path) -> None:
    data = report("ledger", [ledger_row(), ledger_row(Date="10/27/2026")])
    lines = data.split(b"\r\n")
    data = b"\r\n".join([lines[0], lines[1], b"", b"\t\t", lines[2]]) + b"\r\n\r\n\r\n"
    (found,) = read_reports(write_reports(tmp_path / "r", {"l.txt": data}), EVERYTHING).files
    assert (found.problem, found.rows_read, found.first_day, found.last_day) == (
        None, 2, "2026-10-25", "2026-10-27")


def test_a_missing_reports_folder_is_a_clear_error(claim: Any, tmp_path: Path) -> None:
    from casecheck.errors import UsageError

    with pytest.raises(UsageError, match="no such folder"):
        validate(claim(), config=Config(now=NOW, reports=tmp_path / "nowhere"))


# --- S001: already reimbursed ----------------------------------------------------------------

def test_a_claim_paid_already_is_an_error_saying_when_how_much_and_which_reimbursement(
    claim: Any, tmp_path: Path
) -> None:
    result = checked(claim(), {"r.txt": report("reimbursements", [reimbursement_row()])},
                     tmp_path)
    (finding,) = of(result, "S001")
    assert finding.severity == "error"
    assert "2597418" in finding.message and "2026-10-20" in finding.message
    assert "45.00 USD" in finding.message and "4 units" in finding.message
    assert finding.data["reimbursements"][0]["reimbursement_id"] == "2597418"
    assert finding.data["units_reimbursed"] == 4 and finding.data["amounts"] == {"USD": "45.00"}
    assert finding.location.field == "ids.fnskus[0]"
    assert not of(result, "S002")


def test_the_case_id_matches_whatever_the_reason(claim: Any, tmp_path: Path) -> None:
    rows = [reimbursement_row(case_id="17234567891", reason="CustomerServiceIssue",
                              fnsku="X009999999")]
    result = checked(claim('case_id = "17234567891"\n'), {"r.txt": report("reimbursements", rows)},
                     tmp_path)
    (finding,) = of(result, "S001")
    assert finding.data["matched_by"] == "case_id"
    assert finding.message.startswith(
        "Case 17234567891 was already reimbursed, 4 units and 45.00 USD in all")
    assert "2597418 on 2026-10-20" in finding.message


@pytest.mark.parametrize(("why", "row"), [
    ("another reason", reimbursement_row(reason="Damaged_Warehouse")),
    ("approved before the shipment left", reimbursement_row(approval_date="2026-09-12")),
    ("another FNSKU", reimbursement_row(fnsku="X009999999")),
    ("paid in part", reimbursement_row(quantity_reimbursed_total=1)),
])
def test_no_s001_when_the_reimbursement_is_not_for_this_claim(
    why: str, row: dict[str, object], claim: Any, tmp_path: Path
) -> None:
    result = checked(claim(), {"r.txt": report("reimbursements", [row])}, tmp_path)
    assert not of(result, "S001"), why


def test_a_reversed_reimbursement_does_not_count(claim: Any, tmp_path: Path) -> None:
    rows = [reimbursement_row(),
            reimbursement_row(reimbursement_id="2599001", reason="Reimbursement_Reversal",
                              quantity_reimbursed_total=-4, amount_total="-45.00",
                              original_reimbursement_id="2597418",
                              approval_date="2026-11-02")]
    result = checked(claim(), {"r.txt": report("reimbursements", rows)}, tmp_path)
    assert not of(result, "S001")


def test_a_claim_without_units_is_told_what_was_paid(claim: Any, tmp_path: Path) -> None:
    base = INBOUND.replace("units_expected = 24\nunits_received = 20\n", "")
    result = checked(claim(base=base), {"r.txt": report("reimbursements", [reimbursement_row()])},
                     tmp_path)
    (finding,) = of(result, "S001")
    assert "no unit count" in finding.message


def test_fnskus_come_from_the_shipment_items_when_the_manifest_has_none(
    claim: Any, tmp_path: Path
) -> None:
    folder = claim(ids='\n[ids]\nshipment_ids = ["FBA15C8KQ2ZP"]\n')
    result = checked(folder, {
        "r.txt": report("reimbursements", [reimbursement_row()]),
        "items.csv": report("shipment-items", [item_row()], delimiter=","),
    }, tmp_path)
    (finding,) = of(result, "S001")
    assert finding.location.field == "ids.shipment_ids[0]"


def test_chinese_findings(claim: Any, tmp_path: Path) -> None:
    result = checked(claim(), {"r.txt": report("reimbursements", [reimbursement_row()])},
                     tmp_path, lang="zh-CN")
    (finding,) = of(result, "S001")
    assert "亚马逊已为 FNSKU X001ABCDEF 赔偿 4 件" in finding.message
    assert "赔偿 2597418（2026-10-20" in finding.message


# --- S002: units ----------------------------------------------------------------------------

def test_units_are_counted_per_fnsku_from_items_reimbursements_and_found_units(
    claim: Any, tmp_path: Path
) -> None:
    result = checked(claim(), {
        "items.csv": report("shipment-items", [item_row()], delimiter=","),
        "r.txt": report("reimbursements", [reimbursement_row(quantity_reimbursed_total=1)]),
        "ledger.txt": report("ledger", [ledger_row(Quantity=2)]),
    }, tmp_path)
    (finding,) = of(result, "S002")
    assert finding.severity == "warning"
    assert finding.data["units_in_reports"] == 1
    assert finding.to_dict()["data"]["fnskus"] == [{
        "fnsku": "X001ABCDEF", "shipped": 24, "received": 20, "reimbursed": 1, "found": 2,
        "missing": 1}]
    assert "the reports count 1" in finding.message


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shipped=st.integers(1, 200), received=st.integers(0, 200), found=st.integers(0, 5),
       claimed=st.integers(1, 50))
def test_s002_fires_exactly_when_the_counts_differ(
    shipped: int, received: int, found: int, claimed: int, make_case: CaseMaker,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    manifest = INBOUND.replace("units_expected = 24\nunits_received = 20\n",
                               f"units_expected = {claimed + 10}\nunits_received = 10\n")
    folder = make_case(manifest + INBOUND_IDS, files={"message.md": CLAIM_MESSAGE})
    ledger = [ledger_row(Quantity=found)] if found else []
    result = checked(folder, {
        "items.txt": report("shipment-items", [item_row(QuantityShipped=shipped,
                                                        QuantityReceived=received)]),
        "ledger.txt": report("ledger", ledger),
    }, tmp_path_factory.mktemp("s002"))
    counted = max(0, shipped - received - found)
    assert bool(of(result, "S002")) == (counted != claimed)


def test_without_shipment_items_units_reimbursed_and_found_lower_the_claim(
    claim: Any, tmp_path: Path
) -> None:
    result = checked(claim(), {
        "r.txt": report("reimbursements", [reimbursement_row(quantity_reimbursed_total=1)]),
        "ledger.txt": report("ledger", [ledger_row(Quantity=1)]),
    }, tmp_path)
    (finding,) = of(result, "S002")
    assert finding.data["units_in_reports"] == 2
    assert "units_received = 22" in finding.hint


def test_found_units_before_the_shipment_left_are_not_this_claims(
    claim: Any, tmp_path: Path
) -> None:
    result = checked(claim(), {"ledger.txt": report("ledger", [ledger_row(Date="09/20/2026")])},
                     tmp_path)
    assert not of(result, "S002")


# --- S003: unknown IDs ------------------------------------------------------------------------

def test_a_shipment_the_items_report_does_not_list(claim: Any, tmp_path: Path) -> None:
    folder = claim(ids='\n[ids]\nshipment_ids = ["FBA15C8KQ2ZP", "FBA15C8KQ2ZQ"]\n')
    result = checked(folder, {"items.csv": report("shipment-items", [item_row()],
                                                  delimiter=",")}, tmp_path)
    (finding,) = of(result, "S003")
    assert finding.location.field == "ids.shipment_ids[1]"
    assert "FBA15C8KQ2ZQ" in finding.message and "reports/items.csv" in finding.message


@pytest.mark.parametrize("files", [
    {"r.txt": report("reimbursements", [reimbursement_row()])},
    {"items.txt": report("shipment-items", [])},
], ids=["no shipment items", "shipment items without rows"])
def test_no_s003_without_a_report_of_that_kind(
    files: dict[str, bytes], claim: Any, tmp_path: Path
) -> None:
    folder = claim(ids='\n[ids]\nshipment_ids = ["FBA15C8KQ2ZQ"]\n')
    assert not of(checked(folder, files, tmp_path), "S003")


RETURN_CLAIM = (
    'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "customer-return"\n'
    'subject = "Order 113-4839201-1234567 refunded, item returned damaged"\n'
    'submit_at = 2026-11-24T10:00:00-05:00\n'
)


def test_an_order_the_returns_report_does_not_list(make_case: CaseMaker, tmp_path: Path) -> None:
    folder = make_case(RETURN_CLAIM + "refunded_at = 2026-09-02\n"
                       '\n[ids]\norder_ids = ["113-4839201-7654321"]\n',
                       files={"message.md": "Order 113-4839201-7654321 was refunded."})
    returns = [return_row(return_date="2026-08-01"), return_row(return_date="2026-09-30")]
    result = checked(folder, {"returns.txt": report("returns", returns)}, tmp_path)
    (finding,) = of(result, "S003")
    assert finding.location.field == "ids.order_ids[0]"
    assert finding.message.startswith("Order 113-4839201-7654321 is in none of the reports")


def test_no_s003_for_an_order_outside_the_dates_a_returns_report_covers(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    folder = make_case(RETURN_CLAIM + "refunded_at = 2026-06-02\n"
                       '\n[ids]\norder_ids = ["113-4839201-7654321"]\n',
                       files={"message.md": "Order 113-4839201-7654321 was refunded."})
    returns = [return_row(return_date="2026-08-01"), return_row(return_date="2026-09-30")]
    result = checked(folder, {"returns.txt": report("returns", returns)}, tmp_path)
    assert not of(result, "S003")


# --- S006 and casecheck log -------------------------------------------------------------------

SUBMITTED = ('status = "submitted"\ncase_id = "17234567891"\n'
             'submitted_at = 2026-11-20T09:00:00-05:00\n')


def test_a_submitted_case_that_was_paid_is_noted(claim: Any, tmp_path: Path) -> None:
    row = reimbursement_row(case_id="17234567891", fnsku="X009999999")
    result = checked(claim(SUBMITTED), {"r.txt": report("reimbursements", [row])}, tmp_path)
    (finding,) = of(result, "S006")
    assert finding.severity == "info" and 'status = "resolved"' in finding.hint
    assert not of(result, "S001")


def test_a_paid_claim_is_not_told_to_follow_up(claim: Any, tmp_path: Path) -> None:
    """Four days after submission H003 would say "escalate by phone"; the reports show the
    claim paid, so the only advice is S006's: mark it resolved."""
    folder = claim(SUBMITTED)
    paid = checked(folder, {"r.txt": report("reimbursements", [
        reimbursement_row(case_id="17234567891", fnsku="X009999999")])}, tmp_path)
    assert of(paid, "S006") and not of(paid, "H003")
    unpaid = checked(folder, {"r.txt": report("reimbursements", [
        reimbursement_row(case_id="17234567000", fnsku="X000000001")])}, tmp_path)
    assert not of(unpaid, "S006")
    (follow_up,) = of(unpaid, "H003")
    assert follow_up.severity == "warning"


def test_log_shows_when_a_case_was_reimbursed_and_marks_it_resolved(
    claim: Any, tmp_path: Path
) -> None:
    import io

    from casecheck.cli import main

    folder = claim(SUBMITTED)
    reports = write_reports(tmp_path / "reports", {"r.txt": report("reimbursements", [
        reimbursement_row(case_id="17234567891", fnsku="X009999999"),
        reimbursement_row(case_id="17234567891", reimbursement_id="2597419",
                          approval_date="2026-10-22", amount_total="11.25",
                          quantity_reimbursed_total=1, fnsku="X009999999")])})
    out = io.StringIO()
    status = main(["log", str(folder), "--reports", str(reports), "--format", "json",
                   "--now", "2026-11-24T10:00:00-05:00"], out=out)
    assert status == 0
    (row,) = json.loads(out.getvalue())["cases"]
    assert row["status"] == "resolved" and row["manifest_status"] == "submitted"
    assert row["reimbursed_at"] == "2026-10-20"
    assert row["reimbursement_ids"] == ["2597418", "2597419"]
    assert row["reimbursed_units"] == 5 and row["reimbursed_amount"] == "56.25 USD"
    assert row["next_follow_up"] is None
    out = io.StringIO()
    main(["log", str(folder), "--reports", str(reports)], out=out)
    header, line = out.getvalue().splitlines()
    assert header.endswith("manifest_status,reimbursed_at,reimbursement_ids,reimbursed_units,"
                           "reimbursed_amount")
    assert line.endswith("submitted,2026-10-20,2597418 2597419,5,56.25 USD")
    assert ",resolved," in line


def test_log_without_reports_keeps_its_columns(claim: Any) -> None:
    import io

    from casecheck.cli import main
    from casecheck.tracking import COLUMNS as LOG_COLUMNS

    out = io.StringIO()
    main(["log", str(claim(SUBMITTED))], out=out)
    assert out.getvalue().splitlines()[0] == ",".join(LOG_COLUMNS)


# --- dates from the reports -------------------------------------------------------------------

WAREHOUSE = (
    'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "warehouse-lost"\n'
    'subject = "Units of X001ABCDEF lost in the warehouse"\n'
    'submit_at = 2026-11-24T10:00:00-05:00\n'
    '\n[ids]\nfnskus = ["X001ABCDEF"]\n'
)


def _window(result: CaseReport) -> list[Finding]:
    return [f for f in result.findings if f.code in ("D001", "D002", "D008", "D009")]


def test_the_claim_window_counts_from_the_ledgers_loss_when_the_manifest_has_no_date(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    folder = make_case(WAREHOUSE, files={"message.md": "Units of X001ABCDEF were lost."})
    lost = ledger_row(Date="07/02/2026", Quantity=-3, Reason="M",
                      **{"Reference ID": "1234567890"})
    without = validate(folder, config=Config(now=NOW))
    assert [f.code for f in _window(without)] == ["D009"]
    result = checked(folder, {"ledger.csv": report("ledger", [lost], delimiter=",")}, tmp_path)
    (finding,) = _window(result)
    assert finding.code == "D001"  # 2026-07-02 + 60 days closed on 2026-08-31
    assert finding.data["start"] == "2026-07-02"
    assert finding.data["start_from_report"] == {
        "field": "reported_at", "day": "2026-07-02", "event": "lost", "report": "ledger",
        "file": "ledger.csv", "line": 2}


def test_a_date_the_manifest_gives_wins_over_the_reports(make_case: CaseMaker,
                                                         tmp_path: Path) -> None:
    folder = make_case(WAREHOUSE.replace("\n[ids]", "reported_at = 2026-11-01\n\n[ids]"),
                       files={"message.md": "Units of X001ABCDEF were lost."})
    lost = ledger_row(Date="07/02/2026", Quantity=-3, Reason="M")
    result = checked(folder, {"ledger.csv": report("ledger", [lost], delimiter=",")}, tmp_path)
    assert all("start_from_report" not in f.data for f in _window(result))
    assert not [f for f in _window(result) if f.code == "D001"]


def test_the_refund_window_counts_from_the_returns_report(make_case: CaseMaker,
                                                          tmp_path: Path) -> None:
    folder = make_case(RETURN_CLAIM + '\n[ids]\norder_ids = ["113-4839201-1234567"]\n',
                       files={"message.md": "Order 113-4839201-1234567 was refunded."})
    result = checked(folder, {"returns.txt": report("returns", [return_row(
        return_date="2026-11-01T10:00:00+00:00")])}, tmp_path)
    (finding,) = _window(result)
    assert finding.code == "D008"  # returns wait 60 days in the US: opens 2026-12-31
    assert finding.data["start_from_report"]["event"] == "returned"


def test_an_inbound_window_counts_from_the_ledgers_receipt_not_an_estimate(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    """In Europe an inbound claim counts six months from the delivery; without delivered_at
    the window is estimated from shipped_at, unless the ledger received the shipment."""
    folder = make_case(INBOUND.replace('marketplace = "US"', 'marketplace = "DE"').replace(
        "shipped_at = 2026-10-01", "shipped_at = 2026-04-01") + INBOUND_IDS,
        files={"message.md": CLAIM_MESSAGE})
    estimated = validate(folder, config=Config(now=NOW))
    assert [(f.code, f.data["estimated_from"]) for f in _window(estimated)] == [
        ("D001", "shipped_at")]
    receipt = ledger_row(Date="05/30/2026", Quantity=20, **{"Event Type": "Receipts",
                                                              "Reference ID": "FBA15C8KQ2ZP"})
    result = checked(folder, {"ledger.txt": report("ledger", [receipt])}, tmp_path)
    (finding,) = _window(result)
    assert (finding.code, finding.data["estimated_from"]) == ("D002", None)
    assert finding.data["start_from_report"]["event"] == "received"
    assert finding.data["start"] == "2026-05-30"


def test_d010_is_answered_by_a_reimbursements_report_that_covers_the_loss(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    folder = make_case(WAREHOUSE.replace("\n[ids]", "reported_at = 2026-11-02\n\n[ids]"),
                       files={"message.md": "Units of X001ABCDEF were lost."})
    assert of(validate(folder, config=Config(now=NOW)), "D010")
    older = [reimbursement_row(fnsku="X009999999", approval_date="2026-10-20")]
    assert of(checked(folder, {"r.txt": report("reimbursements", older)}, tmp_path / "a"),
              "D010")
    newer = [reimbursement_row(fnsku="X009999999", approval_date="2026-11-20")]
    result = checked(folder, {"r.txt": report("reimbursements", newer)}, tmp_path / "b")
    assert not of(result, "D010") and not of(result, "S001")


def test_a_day_first_ledger_is_read_day_first(make_case: CaseMaker, tmp_path: Path) -> None:
    folder = make_case(WAREHOUSE, files={"message.md": "Units of X001ABCDEF were lost."})
    rows = [ledger_row(Date="25/09/2026", Reason="M", Quantity=-1),
            ledger_row(Date="02/10/2026", Reason="M", Quantity=-1)]
    result = checked(folder, {"ledger.csv": report("ledger", rows, delimiter=";")}, tmp_path)
    (finding,) = _window(result)
    assert finding.data["start"] == "2026-09-25"


# --- the command line, the configuration, the cache -------------------------------------------

def test_the_command_line_and_the_configuration_key(claim: Any, tmp_path: Path) -> None:
    import io

    from casecheck.cli import main

    folder = claim()
    write_reports(tmp_path / "reports", {"r.txt": report("reimbursements", [reimbursement_row()])})
    out = io.StringIO()
    status = main(["check", str(folder), "--no-config", "--reports", str(tmp_path / "reports"),
                   "--format", "json", "--no-cache"], out=out)
    assert status == 1
    assert "S001" in {f["code"] for f in json.loads(out.getvalue())["cases"][0]["findings"]}
    (tmp_path / "casecheck.toml").write_text('reports = "reports"\n', encoding="utf-8")
    out = io.StringIO()
    main(["check", str(folder), "--config", str(tmp_path / "casecheck.toml"), "--format",
          "json", "--no-cache"], out=out)
    assert "S001" in {f["code"] for f in json.loads(out.getvalue())["cases"][0]["findings"]}


def test_a_missing_folder_on_the_command_line_exits_2_with_one_line(
    claim: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from casecheck.cli import main

    status = main(["check", str(claim()), "--no-config", "--reports", str(tmp_path / "none")],
                  out=io.StringIO())
    assert status == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no such folder" in error


def test_a_case_folders_own_configuration_may_not_name_a_reports_folder(
    claim: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stranger's case folder must not have casecheck read another folder's files."""
    import io

    from casecheck.cli import main

    folder = claim()
    (folder.parent / "casecheck.toml").write_text("allow-case-config = true\n", encoding="utf-8")
    (folder / "casecheck.toml").write_text('reports = "/etc"\n', encoding="utf-8")
    status = main(["check", str(folder), "--no-cache"], out=io.StringIO())
    assert status == 2
    assert "key reports: a case folder's configuration may not set it" in capsys.readouterr().err


def test_without_reports_no_s_rule_runs(claim: Any) -> None:
    result = validate(claim(), config=Config(now=NOW))
    assert not s_codes(result)
    assert not [code for code in result.rules if code.startswith("S")]


def test_the_s_family_stands_between_history_and_internal_rules() -> None:
    from casecheck.catalog import shipped_catalog

    families = "".join(dict.fromkeys(code[0] for code in shipped_catalog()))
    assert families.index("H") < families.index("S") < families.index("X")


def test_a_warm_run_reads_no_report_and_a_changed_one_is_read_again(
    claim: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casecheck.cache

    monkeypatch.setattr(casecheck.cache, "RACY_NS", -10**12)  # files written just now count
    cache = tmp_path / "cache"
    folder = claim()
    reports = write_reports(tmp_path / "reports", {
        "r.txt": report("reimbursements", [reimbursement_row()]),
        "l.txt": report("ledger", [ledger_row(FNSKU=f"X00{n:07d}") for n in range(300)]),
    })
    config = Config(now=NOW, reports=reports)
    first = check_paths([folder], config=config, cache=cache)
    second = check_paths([folder], config=config, cache=cache)
    assert first.cache_stats is not None and second.cache_stats is not None
    assert (first.cache_stats.report_misses, first.cache_stats.report_hits) == (2, 0)
    assert (second.cache_stats.report_misses, second.cache_stats.report_hits) == (0, 2)
    assert second.cache_stats.case_hits == 1
    assert [f.code for f in first.cases[0].findings] == [f.code for f in second.cases[0].findings]
    (reports / "r.txt").write_bytes(report("reimbursements", [reimbursement_row(
        fnsku="X009999999")]))
    third = check_paths([folder], config=config, cache=cache)
    assert third.cache_stats is not None and third.cache_stats.report_misses == 1
    assert "S001" in first.cases[0].codes and "S001" not in third.cases[0].codes
    stored = "".join(p.read_text(encoding="utf-8") for p in cache.rglob("*.json"))
    assert "X000000299" not in stored and "X001ABCDEF" in stored  # only rows asked about


def test_worker_processes_see_the_same_reports(
    make_case: CaseMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casecheck.runner

    monkeypatch.setattr(casecheck.runner, "MIN_FOLDERS_PER_JOB", 1)
    folders = [make_case(INBOUND + INBOUND_IDS.replace("X001ABCDEF", f"X00{n:07d}"),
                         files={"message.md": CLAIM_MESSAGE}) for n in range(6)]
    rows = [reimbursement_row(fnsku=f"X00{n:07d}", reimbursement_id=str(2597000 + n))
            for n in range(0, 6, 2)]
    reports = write_reports(tmp_path / "reports", {"r.txt": report("reimbursements", rows)})
    config = Config(now=NOW, reports=reports)
    alone = check_paths(folders, config=config, jobs=1)
    together = check_paths(folders, config=config, jobs=2)
    assert [c.codes for c in alone.cases] == [c.codes for c in together.cases]
    assert ["S001" in c.codes for c in together.cases] == [True, False] * 3


def test_template_mode_checks_nothing_against_the_reports(claim: Any, tmp_path: Path) -> None:
    result = checked(claim(), {"r.txt": report("reimbursements", [reimbursement_row()]),
                               "notes.txt": b"hello\n"}, tmp_path, template=True)
    assert not s_codes(result)


def test_other_case_types_are_not_claims(make_case: CaseMaker, tmp_path: Path) -> None:
    folder = make_case({"type": "technical-issue", "marketplace": "US", "subject": "Broken",
                        "submit_at": dt.datetime(2026, 11, 24, 10, tzinfo=NOW.tzinfo),
                        "message": "The inventory page fails for X001ABCDEF.",
                        "ids": {"fnskus": ["X001ABCDEF"]}})
    result = checked(folder, {"r.txt": report("reimbursements", [reimbursement_row()]),
                              "notes.txt": b"hello\n"}, tmp_path)
    assert not s_codes(result)


# --- the example repository -------------------------------------------------------------------

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "reports-repository"


def test_the_example_repository_keeps_its_promises() -> None:
    """Checked as its README says (the configuration found upward names reports/): every
    case shows the codes its name lists, and an ok-* case no error or warning."""
    import re

    from casecheck.config_file import find_config, read_settings

    found = find_config(EXAMPLE / "cases")
    assert found is not None
    settings = read_settings(*found).values
    assert settings["reports"] == EXAMPLE / "reports"
    run = check_paths([EXAMPLE / "cases"], config=Config(now=NOW, **settings))
    assert len(run.cases) == 6
    for case in run.cases:
        name = Path(case.path).name
        promised = set(re.findall(r"[A-Z]\d{3}", name))
        assert promised <= set(case.codes), name
        if name.startswith("ok-"):
            assert [f.code for f in case.findings if f.severity != "info"] == [], name
    by_name = {Path(c.path).name: c for c in run.cases}
    (d001,) = of(by_name["bad-D001-loss-date-from-ledger"], "D001")
    assert d001.data["start_from_report"]["file"] == "inventory-ledger.csv"
    files = {f.name: f.encoding for f in read_reports(EXAMPLE / "reports", EVERYTHING).files}
    assert files["inventory-ledger.csv"] == "utf-8-sig"


def test_a_run_without_reports_imports_no_reports_reader(tmp_path: Path) -> None:
    """The S rules, D010 and H003 read the reports only when a run has them: without, the
    readers (casecheck.reports.*) are never imported, and the findings are the same."""
    folder = tmp_path / "lost"
    folder.mkdir()
    (folder / "case.toml").write_text(
        'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
        'shipped_at = 2026-10-01\nsubmit_at = 2026-11-24T10:00:00-05:00\n'
        '[ids]\nshipment_ids = ["FBA15C8KQ2ZP"]\n')
    (tmp_path / "reports").mkdir()
    probe = (
        "import json, sys\n"
        "from casecheck import Config, check_paths\n"
        "from pathlib import Path\n"
        "reports = Path(sys.argv[2]) if len(sys.argv) > 2 else None\n"
        "report = check_paths([sys.argv[1]], config=Config(reports=reports))\n"
        "print(json.dumps([sorted(f.code for c in report.cases for f in c.findings),\n"
        "                  sorted(m for m in sys.modules if m.startswith('casecheck.reports'))]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}

    def run(*arguments: str) -> list[list[str]]:
        done = subprocess.run([sys.executable, "-c", probe, *arguments], env=env,
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    codes, imported = run(str(folder))
    assert imported == []
    assert codes == sorted(f.code for f in validate(folder).findings)
    with_reports, imported = run(str(folder), str(tmp_path / "reports"))
    assert "casecheck.reports.index" in imported
    assert set(codes) <= set(with_reports)
