"""Secrets never leave in clear: each kind of secret, typed into every free-text and ID field,
is absent from every output format, the log and the cache files, and T006 reports it there.

Before: T008 kept the whole subject in its data, I001-I009 quoted the ID values they checked
(a card number typed into ``order_ids`` showed everywhere), ``casecheck log`` printed the
subject, and ``policy``, ``reason`` and attachment descriptions were never looked at.
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import to_toml
from hostile_support import every_output

from casecheck import Config, validate
from casecheck.cli import main
from casecheck.findings import Finding, Severity
from casecheck.identifiers import ID_VALIDATORS
from casecheck.masking import mask_text, masked_finding
from casecheck.models import ID_KINDS

SECRETS = {
    "card": ("card 4012 8888 8888 1881", ["4012 8888 8888"]),
    "card-digits": ("card 4012888888881881 exp 12/29", ["401288888888", "12/29"]),
    "card-code": ("card 5105105105105100 CVV 737", ["510510510510", "CVV 737"]),
    "password": ("password: Tr0ub4dor_93x", ["Tr0ub4dor_93x"]),
    "one-time-code": ("verification code 713284", ["713284"]),
    "iban": ("IBAN GB82 WEST 1234 5698 7654 32", ["WEST 1234 5698", "WEST12345698"]),
    "bank-account": ("account number 000123456789", ["000123456789", "0001234"]),
}
"""What is typed into each field, and the parts of it no output may hold (none of them is in
the rule docs that SARIF carries)."""

TEXT_FIELDS = {
    "account-appeal": ["subject", "policy", "reason", "case_id"],
    "listing-reinstatement": ["subject", "reason"],
    "category-approval": ["subject", "category", "brand"],
    "brand-dispute": ["subject", "brand", "trademark_number", "trademark_office"],
    "technical-issue": ["subject", "module"],
    "fba-reimbursement": ["subject"],
}
"""The free-text fields of each case type (and case_id once: it is text too)."""


def _manifest(kind: str, secret: str) -> dict[str, Any]:
    manifest: dict[str, Any] = {"type": kind, "marketplace": "US", "status": "submitted",
                                "submitted_at": "2026-11-01T10:00:00-05:00"}
    if kind == "fba-reimbursement":
        manifest["claim_kind"] = "inbound-lost"
    for name in TEXT_FIELDS[kind]:
        manifest[name] = f"see {secret}"
    manifest["message"] = f"Hello, here is the {secret} you asked for. " * 3
    manifest["prior_cases"] = [f"ref {secret}"]
    manifest["contact_path"] = ["Help", f"x {secret}"]
    manifest["ids"] = {name: [f"id {secret}"] for name in ID_KINDS}
    manifest["ids"]["merchant_token"] = f"t {secret}"
    manifest["attachments"] = [{"path": "proof.pdf", "kind": "other",
                                "description": f"proof {secret}"}]
    return manifest


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("secrets")
    for name, (secret, _) in SECRETS.items():
        for kind in TEXT_FIELDS:
            folder = root / "cases" / f"{name}-{kind}"
            folder.mkdir(parents=True)
            (folder / "case.toml").write_text(to_toml(_manifest(kind, secret)), encoding="utf-8")
            (folder / "proof.pdf").write_bytes(b"%PDF-1.4\n% not a real PDF\n")
    for path in root.rglob("*"):  # as checked out long ago: not too fresh to be cached
        os.utime(path, (1_700_000_000, 1_700_000_000))
    return root


def _outputs(repository: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(repository)
    outputs = every_output(repository, ("text", "json", "sarif", "github", "junit"))
    assert any("cases" in Path(where[len("cache "):]).parts for where in outputs
               if where.startswith("cache ")), "the findings were cached"
    return outputs


def _holds(text: str, part: str) -> bool:
    """``part`` stands in ``text``, not by chance inside a hexadecimal digest."""
    return re.search(rf"(?<![0-9a-f]){re.escape(part)}(?![0-9a-f])", text) is not None


def test_no_secret_leaves_in_clear(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold run, and a warm one that reads the findings back from the cache."""
    outputs = _outputs(repository, monkeypatch)
    warm = _outputs(repository, monkeypatch)
    assert json.loads(warm["json"]) == json.loads(outputs["json"])
    leaks = [(where, part) for where, text in outputs.items()
             for _, parts in SECRETS.values() for part in parts if _holds(text, part)]
    assert leaks == []
    assert "••••••••••••1881" in outputs["text"]  # masked, not dropped: the seller sees where


@pytest.mark.parametrize("name", sorted(SECRETS))
def test_t006_reports_the_secret_in_every_field(repository: Path, name: str) -> None:
    for kind in TEXT_FIELDS:
        report = validate(repository / "cases" / f"{name}-{kind}",
                          config=Config(select=("T006",)))
        fields = {f.location.field for f in report.findings}
        expected = {*TEXT_FIELDS[kind], "prior_cases[0]", "contact_path[1]",
                    "ids.merchant_token", "attachments[0].description",
                    *(f"ids.{kind_}[0]" for kind_ in ID_KINDS)}
        assert expected <= fields, (kind, expected - fields)
        assert any(f.location.file == "case.toml" and f.location.field == "message"
                   for f in report.findings)


def test_a_valid_id_is_no_secret_though_its_digits_pass_a_cards_checks() -> None:
    fedex = "378282246310005"  # 15 digits, Amex prefix, Luhn-valid: also a FedEx number
    assert ID_VALIDATORS["tracking_numbers"](fedex)
    report = validate({"type": "fba-reimbursement", "marketplace": "US",
                       "claim_kind": "inbound-lost", "ids": {"tracking_numbers": [fedex]}},
                      config=Config(select=("T006",)))
    assert report.findings == ()
    assert set(ID_VALIDATORS) <= set(ID_KINDS)  # removal order IDs have no one shape


def test_masking_keeps_the_words_around_a_secret_and_is_idempotent() -> None:
    text = "Refund for card 4111 1111 1111 1111, password: Tr0ub4dor_93x, thanks"
    masked = mask_text(text)
    assert masked == "Refund for card ••••••••••••1111, password: ••••, thanks"
    assert mask_text(masked) == masked
    assert mask_text("no secret here") == "no secret here"
    assert mask_text("x\udcffy") == "x\\udcffy"


def test_a_finding_is_masked_where_it_quotes_its_data_and_nowhere_else() -> None:
    finding = Finding("I001", "order-id-invalid", Severity.ERROR,
                      'Order ID "4111111111111111" is protected by a password: Seller Support',
                      hint="Copy it; 4111111111111111 is not an order ID.",
                      data={"value": "4111111111111111", "other": ["x"]})
    masked = masked_finding(finding)
    assert masked.message == ('Order ID "••••••••••••1111" is protected by a password: '
                              "Seller Support")
    assert masked.hint == "Copy it; ••••••••••••1111 is not an order ID."
    assert dict(masked.data) == {"value": "••••••••••••1111", "other": ("x",)}
    clean = Finding("T005", "message-missing", Severity.ERROR, "a password: Seller Support")
    assert masked_finding(clean) is clean


class _ReadsACard:
    """An OCR engine that reads a card number on every screenshot, and no time."""

    name = "reads a card"
    settings = "fixed"

    def read(self, image: Any) -> list[Any]:
        from casecheck.ocr import TextLine

        return [TextLine("sellercentral.amazon.com/payments", (0, 0, 200, 20), 0.99),
                TextLine("Card 4012 8888 8888 1881 declined", (0, 30, 200, 50), 0.99)]


def test_a_card_number_in_a_screenshot_is_masked_before_the_ocr_cache_and_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from made_files import blank_png

    from casecheck import ocr

    monkeypatch.setattr(ocr, "default_engine", lambda: _ReadsACard())
    cache = tmp_path / "cache"
    monkeypatch.setenv("CASECHECK_CACHE_DIR", str(cache))
    folder = tmp_path / "case"
    (folder / "attachments").mkdir(parents=True)
    (folder / "attachments" / "shot.png").write_bytes(blank_png(1280, 800))
    (folder / "case.toml").write_text(to_toml({
        "type": "technical-issue", "marketplace": "US", "subject": "Payments page error",
        "attachments": [{"path": "attachments/shot.png", "kind": "screenshot"}],
    }), encoding="utf-8")
    out = io.StringIO()
    main(["check", str(folder), "--no-config", "--format", "json"], out)
    a009 = [f for f in json.loads(out.getvalue())["cases"][0]["findings"] if f["code"] == "A009"]
    assert a009 and "Card ••••••••••••1881 declined" in a009[0]["data"]["read"]
    stored = [path.read_text(encoding="utf-8") for path in cache.rglob("*") if path.is_file()]
    assert stored and not any("4012 8888" in text for text in [*stored, out.getvalue()])
