"""Every rule has a fixture that triggers it and one that does not, as sqlfluff and proselint
keep them: a rule added without both fails here.

A rule's fixtures are its example folders when it has a ``bad-CODE`` example (the ``ok-``
example of the same case type is the one that must not trigger it), else a pair below.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, REPO
from made_files import blank_png, pdf_bytes
from report_files import (
    CLAIM_MESSAGE,
    INBOUND,
    INBOUND_IDS,
    item_row,
    ledger_row,
    reimbursement_row,
    report,
)

from casecheck import Config, ConfigFiles, check_paths, ocr
from casecheck.catalog import shipped_catalog

EXAMPLES = REPO / "examples" / "cases"
CODE = re.compile(r"[MAITDRHSX]\d{3}")
ONLY_BY_A_BROKEN_CHECKER = {"X001"}
"""A checker that raises is a bug, not a case: test_loader.py proves X001 with one."""


@dataclass(frozen=True)
class Fixture:
    """A case folder to write: manifest text (None: no manifest), files, and how to check."""

    manifest: str | None
    files: dict[str, bytes | str] = field(default_factory=dict)
    others: dict[str, str] = field(default_factory=dict)
    """Other case folders of the same repository, by name: manifest text."""
    config: dict[str, Any] = field(default_factory=dict)
    no_yaml: bool = False
    no_ocr_engine: bool = False
    config_files: bool = False
    """Read configuration files around the case, as the command does."""
    reports: dict[str, bytes] | None = None
    """Seller Central report files, by name: the case is checked against them."""


TECH = (
    'type = "technical-issue"\nmarketplace = "US"\n'
    'subject = "Inventory report download fails with error 500"\n'
    'submit_at = 2026-11-24T10:00:00-05:00\n'
    'contact_path = ["Help", "Get support", "Selling on Amazon", "Technical Issues"]\n'
)
MESSAGE = (
    "Hello, the inventory report page shows an error when we download the report. "
    "We tried two browsers and cleared the cache. Please fix the download.\n"
)


def tech(extra: str = "", files: dict[str, bytes | str] | None = None, **kw: Any) -> Fixture:
    return Fixture(TECH + extra, {"message.md": MESSAGE, **(files or {})}, **kw)


def attached(path: str, kind: str = "other") -> str:
    return f'\n[[attachments]]\npath = "{path}"\nkind = "{kind}"\n'


def reimbursement(extra: str) -> str:
    return ('type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "customer-return"\n'
            'subject = "Customer return not refunded"\n' + extra)


def appeal(deactivated: str) -> Fixture:
    return Fixture('type = "account-appeal"\nmarketplace = "US"\n'
                   'submit_at = 2026-11-24T10:00:00-05:00\n'
                   f"deactivated_at = {deactivated}\n", {"message.md": MESSAGE})


def history(status: str, submitted: str = "") -> str:
    unplanned = TECH.replace('submit_at = 2026-11-24T10:00:00-05:00\n', "")
    ids = '\n[ids]\norder_ids = ["113-4839201-1234567"]\n'
    return unplanned + f'status = "{status}"\n' + submitted + ids


def claim(extra: str = "", reports: dict[str, bytes] | None = None) -> Fixture:
    """The inbound claim of report_files.py, checked against ``reports``."""
    return Fixture(INBOUND + extra + INBOUND_IDS, {"message.md": CLAIM_MESSAGE},
                   reports=reports or {})


def reimbursements(**values: object) -> dict[str, bytes]:
    return {"reimbursements.txt": report("reimbursements", [reimbursement_row(**values)])}


def items(received: int) -> dict[str, bytes]:
    return {"items.csv": report("shipment-items", [item_row(QuantityReceived=received)],
                                delimiter=",")}


SUBMITTED = ('status = "submitted"\ncase_id = "17234567891"\n'
             'submitted_at = 2026-11-20T09:00:00-05:00\n')
"""A claim sent to Seller Support: its case ID is what the reimbursements report names."""

OTHER = {"earlier": history("open")}
"""A case about the same order, still open, in the same repository."""
CLOSED = {"earlier": history("closed", 'case_id = "17234567891"\n')}
"""An earlier case about the same order, answered and closed."""

FIXTURES: dict[str, tuple[Fixture, Fixture]] = {
    "M001": (Fixture(None, {"message.md": MESSAGE}), tech()),
    "M002": (Fixture('type = "technical-issue"\nmarketplace = US\n'), tech()),
    "M004": (Fixture('type = "technical-isue"\nmarketplace = "US"\n'), tech()),
    "M005": (tech(files={"message.md": "Gr\u00fc\u00dfe".encode("latin-1")}), tech()),
    "M006": (tech(files={"case.json": "{}"}), tech()),
    "M007": (Fixture("type: technical-issue\nmarketplace: US\n", no_yaml=True), tech()),
    "M008": (tech(files={"casecheck.toml": 'ignore = ["T"]\n'}, config_files=True),
             tech(config_files=True)),
    "A003": (tech(attached("attachments/big.pdf"), {"attachments/big.pdf": b"%PDF-1.4\n"
                                                    + b"0" * 10_000_001}),
             tech(attached("attachments/ok.pdf"), {"attachments/ok.pdf": pdf_bytes()})),
    "A004": (tech(attached("attachments/empty.pdf"), {"attachments/empty.pdf": b""}),
             tech(attached("attachments/ok.pdf"), {"attachments/ok.pdf": pdf_bytes()})),
    "A008": (tech(attached("attachments/blank.png", "screenshot"),
                  {"attachments/blank.png": blank_png(800, 300)}), tech()),
    "A009": (tech(attached("attachments/blank.png", "screenshot"),
                  {"attachments/blank.png": blank_png(800, 300)}), tech()),
    "A013": (tech("".join(attached(f"attachments/{n}.pdf") for n in range(11)),
                  {f"attachments/{n}.pdf": pdf_bytes() + str(n).encode() for n in range(11)}),
             tech("".join(attached(f"attachments/{n}.pdf") for n in range(10)),
                  {f"attachments/{n}.pdf": pdf_bytes() + str(n).encode() for n in range(10)})),
    "A017": (tech(attached("attachments/shot.png", "screenshot"),
                  {"attachments/shot.png": blank_png(800, 300)}, no_ocr_engine=True),
             tech(attached("attachments/shot.png", "screenshot"),
                  {"attachments/shot.png": blank_png(800, 300)}, config={"ocr": False})),
    "A018": (tech(attached("attachments/folder.pdf"), {"attachments/folder.pdf/x": b""}),
             tech(attached("attachments/ok.pdf"), {"attachments/ok.pdf": pdf_bytes()})),
    "I001": (tech('\n[ids]\norder_ids = ["113-48392-1234567"]\n'),
             tech('\n[ids]\norder_ids = ["113-4839201-1234567"]\n')),
    "I002": (tech('\n[ids]\nasins = ["B0CXK1234"]\n'), tech('\n[ids]\nasins = ["B0CXK12345"]\n')),
    "I005": (tech('\n[ids]\nfnskus = ["X0012345"]\n'), tech('\n[ids]\nfnskus = ["X001234567"]\n')),
    "I006": (tech('case_id = "Case 1723"\n'), tech('case_id = "17234567891"\n')),
    "I007": (tech('\n[ids]\ntracking_numbers = ["1Z999AA10123456785"]\n'),
             tech('\n[ids]\ntracking_numbers = ["1Z999AA10123456784"]\n')),
    "I008": (Fixture(reimbursement(""), {"message.md": MESSAGE}),
             Fixture(reimbursement('\n[ids]\norder_ids = ["113-4839201-1234567"]\n'),
                     {"message.md": MESSAGE})),
    "D002": (Fixture(reimbursement("refunded_at = 2026-08-02\n"), {"message.md": MESSAGE}),
             Fixture(reimbursement("refunded_at = 2026-08-20\n"), {"message.md": MESSAGE})),
    "D004": (appeal("2026-11-23T08:00:00-05:00"), appeal("2026-11-24T08:00:00-05:00")),
    "D006": (Fixture(TECH.replace("2026-11-24T10:00", "2026-11-27T10:00"),  # Black Friday
                     {"message.md": MESSAGE}), tech()),
    "D007": (tech("occurred_at = 2026-11-25T09:00:00-05:00\n"),
             tech("occurred_at = 2026-11-23T09:00:00-05:00\n")),
    "D008": (Fixture(reimbursement("refunded_at = 2026-11-01\n"), {"message.md": MESSAGE}),
             Fixture(reimbursement("refunded_at = 2026-08-20\n"), {"message.md": MESSAGE})),
    "D009": (Fixture(reimbursement(""), {"message.md": MESSAGE}),
             Fixture(reimbursement("refunded_at = 2026-08-20\n"), {"message.md": MESSAGE})),
    "H001": (Fixture(history("draft"), {"message.md": MESSAGE}, others=OTHER),
             Fixture(history("draft"), {"message.md": MESSAGE})),
    "H002": (Fixture(history("draft"), {"message.md": MESSAGE}, others=CLOSED),
             Fixture(history("draft", 'prior_cases = ["17234567891"]\n'),
                     {"message.md": MESSAGE}, others=CLOSED)),
    "H003": (Fixture(history("submitted", "submitted_at = 2026-11-22T09:00:00-05:00\n"),
                     {"message.md": MESSAGE}),
             Fixture(history("submitted", "submitted_at = 2026-11-24T09:00:00-05:00\n"),
                     {"message.md": MESSAGE})),
    "S001": (claim(reports=reimbursements()),
             claim(reports=reimbursements(quantity_reimbursed_total=2))),
    "S002": (claim(reports=items(21)), claim(reports=items(20))),
    "S003": (claim(reports={"items.csv": report("shipment-items", [
                 item_row(ShipmentId="FBA15C8KQ2ZQ")])}), claim(reports=items(20))),
    "S004": (claim(reports={"notes.txt": b"Reports downloaded on 2026-11-20\n"}),
             claim(reports=items(20))),
    "S005": (claim(reports={"ledger.csv": report("ledger", [ledger_row()], drop=("Country",))}),
             claim(reports={"ledger.csv": report("ledger", [ledger_row()])})),
    "S006": (claim(SUBMITTED, reimbursements(case_id="17234567891", fnsku="X009999999")),
             claim(SUBMITTED, reimbursements(fnsku="X009999999"))),
    "R002": (Fixture(TECH.replace('contact_path = ["Help", "Get support", "Selling on Amazon", '
                                  '"Technical Issues"]\n', ""), {"message.md": MESSAGE}),
             tech()),
}


def _example_pair(code: str) -> tuple[Path, Path] | None:
    for bad in sorted(EXAMPLES.glob("*/bad-*")):
        if code in CODE.findall(bad.name):
            good = next(iter(sorted(bad.parent.glob("ok-*"))))
            return bad, good
    return None


def _write(root: Path, fixture: Fixture) -> Path:
    case = root / "case"
    case.mkdir(parents=True)
    if fixture.manifest is not None:
        name = "case.yaml" if fixture.no_yaml else "case.toml"
        (case / name).write_text(fixture.manifest, encoding="utf-8")
    for relative, content in fixture.files.items():
        target = case / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    for name, manifest in fixture.others.items():
        (root / name).mkdir()
        (root / name / "case.toml").write_text(manifest, encoding="utf-8")
    if fixture.reports is not None:
        (root / "reports").mkdir()
        for name, content in fixture.reports.items():
            (root / "reports" / name).write_bytes(content)
    return case


def _codes(fixture: Fixture, root: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    case = _write(root, fixture)
    settings = {"now": NOW, "repository": root, **fixture.config}
    if fixture.reports is not None:
        settings["reports"] = root / "reports"
    if fixture.no_ocr_engine:
        monkeypatch.setattr(ocr, "default_engine", lambda: None)
    if fixture.no_yaml:
        monkeypatch.setitem(sys.modules, "yaml", None)
    config = ConfigFiles(overrides=settings) if fixture.config_files else Config(**settings)
    (report,) = check_paths([case], config=config).cases
    return {f.code for f in report.findings}


def test_every_rule_has_fixtures() -> None:
    missing = [code for code in shipped_catalog()
               if code not in FIXTURES and code not in ONLY_BY_A_BROKEN_CHECKER
               and _example_pair(code) is None]
    assert missing == [], "add a bad-CODE example or a FIXTURES pair for these rules"


@pytest.mark.parametrize("code", sorted(FIXTURES))
def test_fixture_triggers_the_rule_and_its_twin_does_not(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if code in {"A008", "A009"} and ocr.default_engine() is None:
        pytest.skip("no OCR engine: install the casecheck[ocr] extra")
    fails, passes = FIXTURES[code]
    assert code in _codes(fails, tmp_path / "fails", monkeypatch)
    assert code not in _codes(passes, tmp_path / "passes", monkeypatch)


@pytest.mark.parametrize("code", sorted(c for c in shipped_catalog() if _example_pair(c)))
def test_example_triggers_the_rule_and_its_ok_twin_does_not(code: str) -> None:
    bad, good = _example_pair(code)  # type: ignore[misc]
    found = {c.path.rsplit("/", 1)[-1]: {f.code for f in c.findings}
             for c in check_paths([bad, good], config=Config(ocr=False)).cases}
    assert code in found[bad.name]
    assert code not in found[good.name]
