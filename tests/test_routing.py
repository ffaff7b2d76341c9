"""Routing rules R001/R002: the contact path fits the case type, matched forgivingly."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import check, codes

from casecheck.checkers.routing import normalize_segment, segment_matches


def case(type_: str, path: list[str] | None, **fields: Any) -> dict[str, Any]:
    manifest: dict[str, Any] = {"type": type_, "marketplace": "US", **fields}
    if path is not None:
        manifest["contact_path"] = path
    return manifest


FBA = {"claim_kind": "inbound-lost"}


@pytest.mark.parametrize(("type_", "path", "fields"), [
    ("technical-issue", ["Help", "Get support", "Selling on Amazon", "Technical Issues"], {}),
    ("technical-issue", ["help", "get support", "TECHNICAL   issues"], {}),
    ("fba-reimbursement", ["Help", "Get support", "Selling on Amazon", "Fulfillment by Amazon",
                           "Lost and damaged inventory"], FBA),
    ("fba-reimbursement", ["Help", "Fulfilment by Amazon", "Lost & Damaged Inventory"], FBA),
    ("fba-reimbursement", ["Help", "FBA", "Reimbursements"], FBA),
    ("account-appeal", ["Performance", "Account health"], {}),
    ("brand-dispute", ["Brands", "Brand Registry", "Report a Violation"], {}),
])
def test_fitting_paths_pass(make_case, type_: str, path: list[str], fields: dict[str, Any]) -> None:
    assert codes(check(make_case(case(type_, path, **fields)), select=("R",))) == []


def test_technical_issue_on_another_path(make_case) -> None:
    path = ["Help", "Get support", "Selling on Amazon", "Orders"]
    report = check(make_case(case("technical-issue", path)), select=("R",))
    assert codes(report) == ["R001"]
    finding = report.findings[0]
    assert finding.location.field == "contact_path"
    assert finding.to_dict()["data"]["missing"] == [
        ["Technical Issues", "Technical Issue", "Technical problems"]]
    assert '"Help > Get support > Selling on Amazon > Orders"' in finding.message
    assert "Help > Get support > Selling on Amazon > Technical Issues" in finding.hint


def test_reimbursement_without_the_inventory_module(make_case) -> None:
    path = ["Help", "Get support", "Fulfillment by Amazon", "Shipping"]
    report = check(make_case(case("fba-reimbursement", path, **FBA)), select=("R",))
    assert codes(report) == ["R001"]
    assert report.findings[0].data["missing"][0][0] == "Inventory"


def test_no_path_is_a_note_with_the_expected_path(make_case) -> None:
    report = check(make_case(case("technical-issue", None)), select=("R",))
    assert codes(report) == ["R002"]
    finding = report.findings[0]
    assert str(finding.severity) == "info"
    assert 'contact_path = ["Help", "Get support", "Selling on Amazon", "Technical Issues"]' \
        in finding.hint


def test_placeholder_path_in_a_template_is_not_judged(make_case) -> None:
    folder = make_case(case("technical-issue", ["Help", "{{ module }}"], template=True))
    assert codes(check(folder, select=("R",))) == []


def test_matching_is_on_whole_words() -> None:
    assert normalize_segment("Fulfilment  by-Amazon") == "fulfillment by amazon"
    assert segment_matches("Lost & damaged inventory", "lost and damaged inventory")
    assert not segment_matches("Inventory planning", "Inventory planner")
    assert not segment_matches("FBAX", "FBA")
