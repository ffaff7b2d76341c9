"""Verdicts an outside tester found wrong (round 2), each as a class: real case folders, real
codes, real exit statuses.

- IDs typed as sellers copy them (lower case; a GTIN with the spaces and hyphens it is
  printed with) are the IDs they name, as the history and the reports already read them.
- A plan of action whose preventive heading is worded as Amazon's own question ("What steps
  have you taken to prevent the issue from happening again?") has its preventive measures.
- A ``{{ placeholder }}`` in a date, time or number field is a template's slot, not a field
  of the wrong type.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import check, codes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import ean

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
GOOD_TIME = "2026-11-24T10:00:00-05:00"


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "casecheck", *map(str, args)],
                          capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
                          check=False)


# --- IDs as typed ------------------------------------------------------------------------------

def _mixed_case(draw: st.DrawFn, value: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(value), max_size=len(value)))
    return "".join(c.lower() if flip else c for c, flip in zip(value, flips, strict=True))


@st.composite
def typed_ids(draw: st.DrawFn) -> dict[str, list[str]]:
    """Valid IDs of every shaped kind, each in a mixture of capitals and small letters, some
    with blanks around them."""
    pad = draw(st.sampled_from(["", " ", "  "]))
    asin = "B0" + draw(st.text(ALNUM, min_size=8, max_size=8))
    shipment = "FBA" + draw(st.text(ALNUM, min_size=6, max_size=12))
    fnsku = "X00" + draw(st.text(ALNUM, min_size=7, max_size=7))
    ups = "1Z" + draw(st.text(ALNUM, min_size=15, max_size=15))
    from casecheck.identifiers import _ups_check_digit  # noqa: PLC0415 - the UPS digit only
    ups += _ups_check_digit(ups[2:17])
    return {
        "asins": [pad + _mixed_case(draw, asin)],
        "shipment_ids": [_mixed_case(draw, shipment) + pad],
        "fnskus": [_mixed_case(draw, fnsku)],
        "tracking_numbers": [_mixed_case(draw, ups)],
    }


@st.composite
def printed_gtins(draw: st.DrawFn) -> tuple[str, str]:
    """A valid GTIN and the same digits as a label prints them, split by spaces or hyphens."""
    length = draw(st.sampled_from([8, 12, 13, 14]))
    body = draw(st.text("0123456789", min_size=length - 1, max_size=length - 1))
    digits = body + ean.calc_check_digit(body)
    cuts = sorted(draw(st.sets(st.integers(1, length - 1), max_size=4)))
    separator = draw(st.sampled_from([" ", "-"]))
    pieces = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, length], strict=True)]
    return digits, separator.join(pieces)


SHAPE_CODES = ("I001", "I002", "I003", "I004", "I005", "I007")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ids=typed_ids())
def test_ids_typed_in_small_letters_are_the_ids_they_name(make_case, ids) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "inbound-lost", "ids": ids})
    found = [f for f in check(folder, select=("I",)).findings if f.code in SHAPE_CODES]
    assert found == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(gtin=printed_gtins())
def test_a_gtin_printed_with_spaces_or_hyphens_is_checked_by_its_digits(make_case, gtin) -> None:
    digits, printed = gtin
    folder = make_case({"type": "category-approval", "marketplace": "US",
                        "ids": {"gtins": [printed]},
                        "message": f"We ask to sell the product with GTIN {printed}."})
    report = check(folder, select=("I004", "I009"))
    assert codes(report) == []
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    printed_wrong = printed[:-1] + wrong[-1]
    folder = make_case({"type": "category-approval", "marketplace": "US",
                        "ids": {"gtins": [printed_wrong]}})
    report = check(folder, select=("I004",))
    assert [(f.code, f.data["problem"], f.data["value"]) for f in report.findings] \
        == [("I004", "check-digit", printed_wrong)]


def test_lower_case_ids_still_fail_when_their_shape_is_wrong(make_case) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "inbound-lost",
                        "ids": {"asins": ["b0cxk1234"], "shipment_ids": ["15c8kq2zp"],
                                "gtins": ["978-3-16-148410-1", "12 34 ab"]}})
    assert codes(check(folder, select=("I",))) == ["I002", "I003", "I004", "I004"]


def _inbound(folder: Path, shipment: str) -> None:
    (folder / "attachments").mkdir(parents=True)
    for name in ("box-labels", "carrier-pod", "supplier-invoice"):
        (folder / "attachments" / f"{name}.pdf").write_bytes(
            b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            + name.encode())
    (folder / "case.toml").write_text(f'''type = "fba-reimbursement"
marketplace = "US"
subject = "Inbound shipment {shipment}: 12 of 240 units not received"
contact_path = ["Help", "Get support", "Selling on Amazon", "Fulfillment by Amazon", "Lost and damaged inventory"]
submit_at = {GOOD_TIME}
claim_kind = "inbound-lost"
shipped_at = 2026-10-20

[ids]
shipment_ids = ["{shipment}"]

[[attachments]]
path = "attachments/box-labels.pdf"
kind = "box-label"

[[attachments]]
path = "attachments/carrier-pod.pdf"
kind = "carrier-proof"

[[attachments]]
path = "attachments/supplier-invoice.pdf"
kind = "invoice"
''', encoding="utf-8")
    (folder / "message.md").write_text(
        f"Hello,\n\nOur inbound shipment {shipment} left our warehouse on 2026-10-20 with 240 "
        "units. The carrier's proof of delivery is attached, but 12 units were not received.\n\n"
        "Please investigate the missing units and reimburse them.\n", encoding="utf-8")


def test_a_lower_case_shipment_id_passes_the_command_line(tmp_path: Path) -> None:
    """The outside tester's folder: 'fba17h3mw9tq' got I003 "not an FBA shipment ID" (an
    error, exit 1), while H001 in the same run took it for FBA17H3MW9TQ."""
    folder = tmp_path / "lost-inbound"
    _inbound(folder, "fba17h3mw9tq")
    result = _run("check", folder, "--select", "I", "--no-cache", "--format", "json")
    assert result.returncode == 0, result.stdout
    assert '"I003"' not in result.stdout
