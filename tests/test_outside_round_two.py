"""Verdicts an outside tester found wrong (round 2), each as a class: real case folders, real
codes, real exit statuses.

- IDs typed as sellers copy them (lower case; a GTIN with the spaces and hyphens it is
  printed with) are the IDs they name, as the history and the reports already read them.
- A plan of action whose preventive heading is worded as Amazon's own question ("What steps
  have you taken to prevent the issue from happening again?") has its preventive measures.
  "What happened: <a cause>" heads the root cause inline too, and a long label that is a
  title heads its part.
- A ``{{ placeholder }}`` in a date, time or number field is a template's slot, not a field
  of the wrong type.
- A case's own tracking number, or one wrapped onto the line after its carrier word, is no
  card (T006).
- A claim dated the seller's own today, a day ahead of the marketplace, still gets its
  window (D008).
- Word's ``~$`` owner files are not unlisted attachments (A012).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import check, codes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import ean, luhn

from casecheck.identifiers import tracking_verdict
from casecheck.masking import mask_text

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
GOOD_TIME = "2026-11-24T10:00:00-05:00"
QUIET = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}
FBA_PATH = ('["Help", "Get support", "Selling on Amazon", "Fulfillment by Amazon", '
            '"Lost and damaged inventory"]')


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
    ups = "1Z" + draw(st.text(ALNUM, min_size=15, max_size=15)) + "0"
    ups = ups[:-1] + (tracking_verdict(ups).expected_check_digit or "0")
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


@settings(max_examples=40, **QUIET)
@given(ids=typed_ids())
def test_ids_typed_in_small_letters_are_the_ids_they_name(make_case, ids) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "inbound-lost", "ids": ids})
    found = [f for f in check(folder, select=("I",)).findings if f.code in SHAPE_CODES]
    assert found == []


@settings(max_examples=40, **QUIET)
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
        == [("I004", "check-digit", mask_text(printed_wrong))]  # a Luhn-valid one reads as a card


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
contact_path = {FBA_PATH}
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


# --- T003: the prevention headed as Amazon's question ------------------------------------------

APPEAL_HEAD = """Dear Seller Performance Team,

Our account was deactivated on 2026-11-23 under the Restricted Products Policy because ASIN
B0DKR7M2QX was listed without the required safety documents.

"""
CAUSE = ("The listing was created from a supplier feed that nobody checked against the "
         "restricted products list.")
DONE = "We removed ASIN B0DKR7M2QX on 2026-11-23 and reviewed all 412 active listings."
LATER = ("Our compliance manager checks every new ASIN against the restricted products list "
         "before it goes live, and we audit the catalog every month.")
APPEAL_TAIL = """
Attached are the signed plan of action and the supplier invoice.

We kindly request that you review this plan and reinstate our selling privileges.

Thank you,
Anna Meier
"""


def _appeal(make_case, body: str) -> Path:
    return make_case({"type": "account-appeal", "marketplace": "US",
                      "policy": "Restricted Products Policy", "ids": {"asins": ["B0DKR7M2QX"]}},
                     files={"message.md": APPEAL_HEAD + body + APPEAL_TAIL})


@st.composite
def prevention_headings(draw: st.DrawFn) -> str:
    """The prevention's heading as sellers copy Amazon's question or turn it into a title."""
    steps = draw(st.sampled_from(["Steps", "Actions", "Measures", "What steps",
                                  "What actions", "The steps"]))
    taken = draw(st.sampled_from(["taken", "we have taken", "we took", "have you taken",
                                  "we are taking", "implemented"]))
    purpose = draw(st.sampled_from([
        "to prevent this from happening again", "to prevent the issue from happening again",
        "to avoid future violations", "to prevent recurrence", "to stop it happening again",
        "to make sure this never happens again", "to ensure it does not happen again",
    ]))
    title = f"{steps} {taken} {purpose}"
    mark = draw(st.sampled_from(["{}:", "{}?", "## {}", "**{}**", "3. {}:", "3) {}?"]))
    return mark.format(title)


@settings(max_examples=30, **QUIET)
@given(heading=prevention_headings())
def test_a_prevention_headed_as_the_forms_question_is_the_prevention(make_case, heading) -> None:
    body = (f"Root cause:\n{CAUSE}\n\nCorrective actions taken:\n{DONE}\n\n"
            f"{heading}\n{LATER}\n")
    report = check(_appeal(make_case, body), select=("T003",))
    assert codes(report) == [], [f.message for f in report.findings]


@settings(max_examples=15, **QUIET)
@given(heading=prevention_headings())
def test_steps_to_prevent_do_not_stand_for_the_corrective_actions(make_case, heading) -> None:
    """A plan whose only actions are headed "Steps taken to prevent ..." lacks the actions
    already taken: the heading is the prevention's, not both."""
    body = f"Root cause:\n{CAUSE}\n\n{heading}\n{LATER}\n"
    report = check(_appeal(make_case, body), select=("T003",))
    assert [(f.code, f.data.get("part")) for f in report.findings] \
        == [("T003", "corrective-actions")], [f.message for f in report.findings]


def test_the_published_plan_of_action_passes_the_command_line(tmp_path: Path) -> None:
    """The outside tester's folder: a plan laid out as published plans are, its prevention
    headed "Steps we have taken to prevent this from happening again:" (ten words), got T003
    "no part for the preventive measures" (an error, exit 1)."""
    folder = tmp_path / "appeal"
    folder.mkdir()
    (folder / "case.toml").write_text(f'''type = "account-appeal"
marketplace = "US"
subject = "Appeal for account reinstatement: inauthentic complaints, ASIN B0DKR7M2QX"
contact_path = ["Performance", "Account Health"]
submit_at = {GOOD_TIME}
deactivated_at = 2026-11-23T16:00:00-05:00
policy = "Inauthentic complaints"

[ids]
asins = ["B0DKR7M2QX"]
''', encoding="utf-8")
    (folder / "message.md").write_text(APPEAL_HEAD + f"""Root cause of the issue:
1. {CAUSE}

Actions we have taken to resolve the issue:
1. {DONE}

Steps we have taken to prevent this from happening again:
1. {LATER}
""" + APPEAL_TAIL, encoding="utf-8")
    result = _run("check", folder, "--select", "T003", "--no-cache")
    assert result.returncode == 0, result.stdout


VERIFICATION_LETTER = """Dear Seller Performance Team,

Our selling account was suspended on 2026-11-23 under Section 3 of the Amazon Services
Business Solutions Agreement because we could not complete seller identity verification.

{label}{cause}

What we have done: we updated the business address in Settings > Account Info, and we have
attached a bank statement from November 2026 and our business license.

What we will do going forward: any change of our business address will be updated in
Seller Central on the same day, and we will keep a current statement on file.

We request that you review the attached documents and reinstate our account.

Thank you,
Hans Becker
"""
CAUSES = [
    "the utility bill we uploaded was older than 180 days, and the address on it did not "
    "match the address in our account settings.",
    "we uploaded a bank statement in the name of our old company, which was not the name on "
    "the account.",
    "our assistant sent a scan of the passport that was cut off at the edge, because she "
    "did not know the whole page was needed.",
]


@pytest.mark.parametrize("cause", CAUSES)
@pytest.mark.parametrize("label", ["What happened: ", "What happened:\n", "**What happened:** "])
def test_what_happened_over_a_cause_is_the_root_cause_inline_too(make_case, label, cause) -> None:
    """'What happened:' over a cause heads the root cause (docs/message.md); written as a label
    that starts its paragraph it got T003 "no part for the root cause" (an error)."""
    text = VERIFICATION_LETTER.format(label=label, cause=cause[0].upper() + cause[1:]
                                      if label.endswith("\n") else cause)
    folder = make_case({"type": "account-appeal", "marketplace": "US",
                        "policy": "Business Solutions Agreement"}, files={"message.md": text})
    report = check(folder, select=("T003",))
    assert codes(report) == [], [f.message for f in report.findings]


@pytest.mark.parametrize("label", ["What happened: ", "What happened:\n"])
def test_what_happened_over_the_notice_is_still_the_facts(make_case, label) -> None:
    """The same label over the notice gives no cause: the root cause is still missing."""
    notice = ("our account was deactivated on 2026-11-23 and we received the notification "
              "by e-mail the same day, in the morning.")
    text = VERIFICATION_LETTER.format(label=label, cause=notice[0].upper() + notice[1:]
                                      if label.endswith("\n") else notice)
    folder = make_case({"type": "account-appeal", "marketplace": "US",
                        "policy": "Business Solutions Agreement"}, files={"message.md": text})
    report = check(folder, select=("T003",))
    assert [(f.code, f.data["part"]) for f in report.findings] == [("T003", "root-cause")]


# --- placeholders in typed fields --------------------------------------------------------------

TYPED_FIELDS = {
    "fba-reimbursement": ["shipped_at", "delivered_at", "reported_at", "refunded_at",
                          "units_expected", "units_received"],
    "account-appeal": ["deactivated_at"],
    "listing-reinstatement": ["removed_at"],
    "technical-issue": ["occurred_at"],
    "brand-dispute": [],
    "category-approval": [],
}
COMMON_TYPED = ["submit_at", "submitted_at", "last_reply_at", "status"]


@st.composite
def slotted_manifests(draw: st.DrawFn) -> tuple[dict[str, object], list[str]]:
    """A manifest of any case type whose date, time, number or status fields hold slots."""
    kind = draw(st.sampled_from(sorted(TYPED_FIELDS)))
    chosen = draw(st.lists(st.sampled_from(TYPED_FIELDS[kind] + COMMON_TYPED), min_size=1,
                           max_size=3, unique=True))
    manifest: dict[str, object] = {"type": kind, "marketplace": "US"}
    if kind == "fba-reimbursement":
        manifest["claim_kind"] = "inbound-lost"
    spacing = draw(st.sampled_from(["{{ %s }}", "{{%s}}"]))
    manifest |= {name: spacing % name for name in chosen}
    return manifest, sorted(chosen)


@settings(max_examples=40, **QUIET)
@given(case=slotted_manifests(), form=st.sampled_from(["case.toml", "case.json"]),
       flag=st.booleans())
def test_a_slot_in_a_typed_field_is_a_templates_blank(make_case, case, form, flag) -> None:
    """In a template a slot fills any field (SPEC §6: placeholders allowed, the structure
    checked); in a draft it is a blank left, I010 on that field, never M003 'invalid date'."""
    manifest, slotted = case
    body = {**manifest} if flag else {**manifest, "template": True}
    folder = make_case(json.dumps(body) if form == "case.json" else body, manifest_name=form)
    report = check(folder, template=True) if flag else check(folder)
    assert [f for f in report.findings if f.code in ("M003", "I010")] == []
    folder = make_case(json.dumps(manifest) if form == "case.json" else manifest,
                       manifest_name=form)
    report = check(folder)
    assert [f.code for f in report.findings if f.code == "M003"] == []
    assert sorted(f.location.field for f in report.findings if f.code == "I010") == slotted


def test_a_slot_in_a_required_field_stays_m003(make_case) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "{{ marketplace }}",
                        "claim_kind": "inbound-lost", "template": True})
    assert [(f.code, f.location.field) for f in check(folder).findings if f.code == "M003"] \
        == [("M003", "marketplace")]


def test_a_wrong_date_is_still_m003(make_case) -> None:
    folder = make_case({"type": "fba-reimbursement", "marketplace": "US",
                        "claim_kind": "inbound-lost", "shipped_at": "next week", "template": True})
    assert [(f.code, f.location.field) for f in check(folder).findings if f.code == "M003"] \
        == [("M003", "shipped_at")]


def test_a_template_with_slotted_dates_passes_the_command_line(tmp_path: Path) -> None:
    """The outside tester's template: shipped_at = "{{ shipped_at }}" got M003 "Input should
    be a valid date or datetime, invalid character in year" (exit 1)."""
    folder = tmp_path / "template"
    folder.mkdir()
    (folder / "case.toml").write_text('''type = "fba-reimbursement"
marketplace = "US"
template = true
subject = "Inbound shipment {{ shipment_id }}: {{ missing }} units not received"
claim_kind = "inbound-lost"
shipped_at = "{{ shipped_at }}"
units_expected = "{{ units_expected }}"
message = """Our inbound shipment {{ shipment_id }} left on {{ shipped_at }}; {{ missing }}
units were not received. Please investigate and reimburse them."""

[ids]
shipment_ids = ["{{ shipment_id }}"]
''', encoding="utf-8")
    result = _run("check", folder, "--select", "M,I010", "--no-cache")
    assert result.returncode == 0, result.stdout
    (folder / "case.toml").write_text(
        (folder / "case.toml").read_text(encoding="utf-8").replace("template = true\n", ""),
        encoding="utf-8")
    result = _run("check", folder, "--select", "M,I010", "--no-cache", "--format", "json")
    assert result.returncode == 1
    assert '"M003"' not in result.stdout and '"field": "shipped_at"' in result.stdout


# --- A012: the files an open Office document leaves ----------------------------------------------

@pytest.mark.parametrize("litter", ["~$test-report.docx", "~$les.xlsx", ".~lock.invoice.odt#"])
def test_office_owner_files_are_not_unlisted_attachments(make_case, litter) -> None:
    """Word keeps '~$test-report.docx' beside test-report.docx while it is open; it is the
    system's, as Thumbs.db is, and got A012 'not listed'."""
    folder = make_case({"type": "technical-issue", "marketplace": "US"},
                       files={f"attachments/{litter}": b"\x05lock",
                              "attachments/notes.pdf": b"%PDF-1.4\n%%EOF\n"})
    assert [(f.code, f.location.file) for f in check(folder, select=("A012",)).findings] \
        == [("A012", "attachments/notes.pdf")]


# --- T006: the case's own numbers in a hard-wrapped letter ---------------------------------------

@st.composite
def amex_shaped_numbers(draw: st.DrawFn) -> str:
    """15 digits from 34 or 37 that pass the Luhn check: a FedEx number that reads as Amex."""
    body = draw(st.sampled_from(["34", "37"])) + draw(st.text("0123456789", min_size=12,
                                                              max_size=12))
    return body + luhn.calc_check_digit(body)


def _removal(make_case, number: str, message: str, listed: bool) -> Path:
    ids = {"removal_order_ids": ["RMV7654321"], "tracking_numbers": [number] if listed else []}
    return make_case({"type": "fba-reimbursement", "marketplace": "US",
                      "claim_kind": "removal-lost", "ids": ids}, files={"message.md": message})


@settings(max_examples=25, **QUIET)
@given(number=amex_shaped_numbers(), listed=st.booleans(),
       word=st.sampled_from(["FedEx tracking number", "tracking number", "FedEx", "tracking ID"]))
def test_a_tracking_number_wrapped_onto_the_next_line_is_no_card(
        make_case, number, listed, word) -> None:
    """'... shipped with FedEx tracking number' / '375486597166386.': the carrier word stood
    on the line before, and T006 said "a payment card number" (an error)."""
    message = ("Hello,\n\nOur removal order RMV7654321 (20 units) was shipped on 2026-11-01 with "
               f"{word}\n{number}. The tracking has shown no movement since 2026-11-03.\n\n"
               "Please investigate the lost shipment and reimburse the 20 units.\n")
    assert codes(check(_removal(make_case, number, message, listed), select=("T006",))) == []


@settings(max_examples=25, **QUIET)
@given(number=amex_shaped_numbers())
def test_a_listed_tracking_number_is_no_card_anywhere_in_the_text(make_case, number) -> None:
    message = (f"Hello,\n\nThe parcel {number} never arrived; removal order RMV7654321 shows it "
               "as shipped on 2026-11-01.\n\nPlease reimburse the 20 units.\n")
    assert codes(check(_removal(make_case, number, message, True), select=("T006",))) == []
    assert codes(check(_removal(make_case, number, message, False), select=("T006",))) \
        == ["T006"]


def test_a_card_after_a_blank_line_is_still_a_card(make_case) -> None:
    """The carrier word of another paragraph vouches for nothing."""
    message = ("Our removal order RMV7654321 was shipped with FedEx tracking.\n\n"
               "4111 1111 1111 1111 is the card we paid the removal fee with.\n")
    report = check(_removal(make_case, "375486597166386", message, True), select=("T006",))
    assert [(f.code, f.data["kind"]) for f in report.findings] == [("T006", "card")]


# --- D008: a claim date in the seller's calendar, a day ahead of the marketplace's ---------------

@settings(max_examples=30, **QUIET)
@given(hour=st.integers(0, 10), offset=st.sampled_from([8, 9, 10]),
       market=st.sampled_from([("US", "customer-return", "refunded_at"),
                               ("CA", "customer-return", "refunded_at"),
                               ("US", "removal-lost", "shipped_at")]))
def test_a_claim_dated_the_sellers_today_is_still_too_early(make_case, hour, offset,
                                                             market) -> None:
    """A Shenzhen seller at 08:00 on 3 December writes the refund of 'today' as 2026-12-03,
    while Los Angeles is still on 2 December. D007 takes the date as given; the window laid
    from it was dropped, so a claim 60 days too early got no D008 (a missed warning)."""
    marketplace, kind, field = market
    submit = f"2026-12-03T{hour:02d}:00:00+{offset:02d}:00"
    folder = make_case({"type": "fba-reimbursement", "marketplace": marketplace,
                        "claim_kind": kind, "submit_at": submit, field: "2026-12-03"})
    report = check(folder, select=("D001", "D002", "D007", "D008"))
    assert [f.code for f in report.findings] == ["D008"], [f.message for f in report.findings]


@settings(max_examples=30, **QUIET)
@given(heading=prevention_headings().filter(lambda h: h.endswith(":") and "#" not in h))
def test_a_long_prevention_label_starting_its_paragraph_is_the_prevention(
        make_case, heading) -> None:
    """'Steps we will take to prevent it in the future: every computer ...': a label of ten
    words with its text after the colon was no heading (labels had at most eight words)."""
    body = (f"Root cause: {CAUSE}\n\nCorrective actions taken: {DONE}\n\n"
            f"{heading} {LATER}\n")
    report = check(_appeal(make_case, body), select=("T003",))
    assert codes(report) == [], [f.message for f in report.findings]


@pytest.mark.parametrize("sentence", [
    "We have reviewed every listing in our catalog and found the following problems",
    "Our team checked the supplier documents of all the products we sell on Amazon",
])
def test_a_long_clause_before_a_colon_is_still_a_sentence(make_case, sentence) -> None:
    """A clause is no label however it ends: the plan still lacks its prevention."""
    body = (f"Root cause: {CAUSE}\n\nCorrective actions taken: {DONE}\n\n"
            f"{sentence}: two listings had no safety documents.\n")
    report = check(_appeal(make_case, body), select=("T003",))
    assert [(f.code, f.data["part"]) for f in report.findings] \
        == [("T003", "preventive-measures")]
