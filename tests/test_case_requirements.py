"""What each case type requires and where it is sent, as the sources say: category approval
needs the brand and the sales history, removal claims the removal order and tracking IDs,
inbound claims proof of ownership; Amazon's current paths; South Africa; DPMA check digits,
WIPO numbers and USPS numbers scanned with their routing prefix."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from conftest import NOW, check, codes
from hypothesis import given
from hypothesis import strategies as st
from stdnum import ean

from casecheck import Config, validate
from casecheck.identifiers import dpma_check_digit, tracking_verdict
from casecheck.packs import load_packs
from casecheck.urls import marketplaces_for_host

# --- category approval: the brand and the sales history --------------------------------------

def approval(**fields: Any) -> dict[str, Any]:
    return {"type": "category-approval", "marketplace": "US", "submit_at": NOW,
            "category": "Toys & Games", "brand": "NORDWIND",
            "message": "We ask to sell the NORDWIND train set (UPC 712345678904).",
            "ids": {"gtins": ["712345678904"]},
            "attachments": [{"path": "a/invoice.pdf", "kind": "invoice"},
                            {"path": "a/cpc.pdf", "kind": "compliance-certificate"}],
            **fields}


def required(manifest: dict[str, Any]) -> list[tuple[str, str | None]]:
    report = validate(manifest, config=Config(select=("I008", "A016")))
    return sorted((f.code, f.data.get("field") or f.data.get("kind")) for f in report.findings)


def test_a_category_approval_without_brand_or_sales_history_fails() -> None:
    manifest = approval()
    del manifest["brand"]
    assert required(manifest) == [("A016", "sales-history"), ("I008", "brand")]
    finding = next(f for f in validate(manifest, config=Config(select=("I008",))).findings)
    assert finding.message == ("A case of type category-approval needs brand, and the manifest "
                               "does not give it.")
    assert finding.source.endswith("(seller guide, unconfirmed, checked 2026-12-01)")


def test_a_blank_brand_is_missing() -> None:
    assert ("I008", "brand") in required(approval(brand="  "))


@pytest.mark.parametrize("figures", [
    "We sold 1,450 units in our web shop in the last 12 months.",
    "Our sales were $18,400 in 2026.",
    "Last year we shipped over 3,000 orders of it.",
    "About 120 units per month on our own site.",
    "过去 12 个月售出 1,450 件。",
    "销售额约 ¥120,000。",
    "Our monthly sales: 3,400 units.",
    "In 2025 our Amazon sales were USD 1.2 million with 45,000 orders.",
    "Our store has 18,500 orders in the last 12 months.",
    "GMV last year reached $450k.",
    "月销量3400件，过去一年订单18500单。",
])
def test_sales_figures_in_the_message_stand_in_for_a_sales_history(figures: str) -> None:
    manifest = approval(message="We ask to sell the NORDWIND train set (UPC 712345678904). "
                                + figures)
    assert required(manifest) == []


@pytest.mark.parametrize("text", [
    "We bought 300 units from the distributor.",   # a purchase, not sales
    "Please approve us; the invoice is attached.",
    "Our sales in 2025 grew a lot.",               # a year is no figure
    "We have been selling since 2019 and want to grow our sales.",
    "The invoice covers 200 units from our supplier.",
    "订单号113-4839201-1234567已送达。",              # an order ID, not an order count
])
def test_other_numbers_are_no_sales_history(text: str) -> None:
    manifest = approval(message="NORDWIND, UPC 712345678904. " + text)
    assert required(manifest) == [("A016", "sales-history")]
    finding = validate(manifest, config=Config(select=("A016",))).findings[0]
    assert "the message gives no figures" in finding.message
    assert "we sold 1,200 units in the last 12 months" in finding.hint


def test_a_sales_history_file_satisfies_it() -> None:
    manifest = approval()
    manifest["attachments"] = [*manifest["attachments"],
                               {"path": "a/sales.pdf", "kind": "sales-history"}]
    assert required(manifest) == []


# --- what a claim needs per kind ------------------------------------------------------------

def claim(kind: str, **ids: list[str]) -> dict[str, Any]:
    return {"type": "fba-reimbursement", "marketplace": "US", "claim_kind": kind,
            "submit_at": NOW, "ids": ids}


def test_a_removal_claim_needs_the_removal_order_and_tracking_ids() -> None:
    assert required(claim("removal-damaged")) == [("I008", None), ("I008", None)]
    report = validate(claim("removal-lost"), config=Config(select=("I008",)))
    assert sorted(f.data["ids"] for f in report.findings) == ["removal_order_ids",
                                                             "tracking_numbers"]
    assert required(claim("removal-lost", removal_order_ids=["RMV-1"],
                          tracking_numbers=["1Z999AA10123456784"])) == []


def test_an_inbound_claim_needs_proof_of_ownership_and_delivery_and_the_guides_box_labels() -> None:
    report = validate(claim("inbound-lost", shipment_ids=["FBA15C8KQ2ZP"]),
                      config=Config(select=("A016",)))
    by_kind = {f.data["kind"]: f for f in report.findings}
    assert sorted(by_kind) == ["box-label", "carrier-proof", "invoice"]
    assert by_kind["box-label"].source.startswith("The seller guide: box content labels")
    assert "unconfirmed" in by_kind["box-label"].source
    assert "third-party" in by_kind["invoice"].source


# --- paths --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("manifest", "path"), [
    (approval(), ["Catalog", "Add Products", "Show limitations", "Apply to sell"]),
    (approval(), ["Catalogue", "Add a Product", "Apply to sell"]),
    ({"type": "brand-dispute", "marketplace": "US"}, ["Report Infringement"]),
    ({"type": "brand-dispute", "marketplace": "US"}, ["Brands", "Brand Registry",
                                                      "Report a violation"]),
    ({"type": "listing-reinstatement", "marketplace": "US"},
     ["Performance", "Account Health", "Product Policy Compliance"]),
])
def test_amazons_current_paths_pass(manifest: dict[str, Any], path: list[str]) -> None:
    report = validate({**manifest, "contact_path": path}, config=Config(select=("R",)))
    assert report.codes == []


def test_the_expected_category_path_is_amazons_current_one() -> None:
    report = validate({**approval(), "contact_path": []}, config=Config(select=("R002",)))
    assert "Catalog > Add Products > Show limitations > Apply to sell" in report.findings[0].message
    assert "(Amazon, checked 2026-12-01)" in report.findings[0].source


# --- South Africa ---------------------------------------------------------------------------

def test_south_africa_is_a_marketplace(make_case) -> None:
    packs = load_packs()
    za = packs.marketplaces["ZA"]
    assert (za.domain, za.timezone, za.languages) == ("amazon.co.za", "Africa/Johannesburg", ["en"])
    assert marketplaces_for_host("www.amazon.co.za", packs) == ["ZA"]
    assert marketplaces_for_host("sellercentral.amazon.co.za", packs) == ["ZA"]
    folder = make_case({"type": "technical-issue", "marketplace": "ZA",
                        "message": "The inventory page of https://sellercentral.amazon.co.za "
                                   "shows error 500 since this morning; please fix it."})
    assert "M003" not in codes(check(folder))
    assert "I012" not in codes(check(folder, select=("I012",)))


# --- trademark numbers ------------------------------------------------------------------------

def dispute(office: str, number: str) -> dict[str, Any]:
    return {"type": "brand-dispute", "marketplace": "DE", "trademark_office": office,
            "trademark_number": number, "submit_at": NOW}


@pytest.mark.parametrize(("number", "expected"), [
    ("30 2019 123 456.1", []),          # the leaflet's layout, with its check digit
    ("302019123456.1", []),
    ("30 2019 123 456", []),            # without the check digit: nothing to verify
    ("30 2019 123 456.7", ["check-digit"]),
    ("30 2019 123 4567", ["format"]),
    ("399 12 345", []),                 # an older register number
])
def test_dpma_numbers_and_their_check_digit(number: str, expected: list[str]) -> None:
    report = validate(dispute("DPMA", number), config=Config(select=("I011",)))
    kinds = ["check-digit" if f.data.get("expected") else "format" for f in report.findings]
    assert kinds == expected
    if expected == ["check-digit"]:
        assert "the check digit 7 after the dot" in report.findings[0].message
        assert report.findings[0].data["expected"] == "1"


def test_the_dpma_check_digit_is_the_published_one() -> None:
    """DPMA Mitteilung Nr. 3/1983's example 31 30 619 has check digit 5; a court decision of
    the Federal Patent Court gives the file number 11 2014 005 344.9."""
    assert dpma_check_digit("3130619") == "5"
    assert dpma_check_digit("112014005344") == "9"


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_a_dpma_number_with_its_own_check_digit_passes(digits: str) -> None:
    check_digit = dpma_check_digit(digits)
    number = f"{digits}.{check_digit}" if check_digit is not None else digits
    if not digits.startswith("30"):
        return
    assert validate(dispute("DPMA", number), config=Config(select=("I011",))).findings == ()


def test_a_wipo_number_alone_is_warned() -> None:
    report = validate(dispute("WIPO", "1712345"), config=Config(select=("I011", "I013")))
    assert report.codes == ["I013"]
    (warning,) = report.findings
    assert warning.severity == "warning"
    assert "national or regional number" in warning.message
    assert warning.source.endswith("(Amazon, checked 2026-12-01)")
    assert validate(dispute("EUIPO", "018123456"),
                    config=Config(select=("I013",))).findings == ()


# --- USPS numbers scanned from a label --------------------------------------------------------

def usps(body: str) -> str:
    return body + ean.calc_check_digit(body)


@pytest.mark.parametrize("prefix", ["420" + "22153", "420" + "221531234"])
@pytest.mark.parametrize("number", [usps("940011189922319742849"), usps("9114901230006137123")])
def test_usps_numbers_with_the_routing_prefix_are_checked_without_it(prefix: str,
                                                                      number: str) -> None:
    assert tracking_verdict(prefix + number).valid
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    verdict = tracking_verdict(prefix + broken)
    assert verdict.carrier == "USPS" and verdict.expected_check_digit == number[-1]


def test_a_scanned_usps_label_number_gets_no_finding(make_case) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "removal-lost", "submit_at": NOW,
                        "shipped_at": dt.date(2026, 10, 1),
                        "ids": {"tracking_numbers": ["420 22153 9400 1118 9922 3197 4284 97"]}})
    assert codes(check(folder, select=("I007",))) == []
