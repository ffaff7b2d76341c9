"""Message rules T001-T008, I009, I010, I012 on realistic case texts, with their lines."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, check, codes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import luhn

from casecheck import Config, validate
from casecheck.findings import CaseReport, Finding
from casecheck.language import detect
from casecheck.placeholders import find_placeholders
from casecheck.sensitive import find_secrets

MESSAGE_CODES = ("T0", "I009", "I010", "I012")

APPEAL = """\
Dear Seller Performance team,

## Facts
On 2026-11-22 our account was deactivated under the Restricted Products Policy because
ASIN B0CXK12345 (a magnetic toy set) was listed without the required safety documents.

## Root cause
The listing was created from a supplier feed that we did not check against the
restricted products list; no one on our team reviewed new ASINs before they went live.

## Corrective actions
- We removed ASIN B0CXK12345 from sale on 2026-11-22.
- We reviewed all 412 active listings and deleted 3 more toy listings.
- We refunded order 113-4839201-1234567, the only order of the item.

## Preventive measures
Going forward, every new ASIN is checked against the restricted products list by our
compliance manager before it is published, and we audit the catalog every month.

## Evidence
Attached are the supplier invoice and the CPC test report for the product.

## Request
We kindly request that you review this plan of action and reinstate our selling privileges.

Thank you,
Anna Meier, Meier Toys GmbH
"""


def appeal(**overrides: Any) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "type": "account-appeal",
        "marketplace": "US",
        "subject": "Appeal: account deactivated, Restricted Products Policy, ASIN B0CXK12345",
        "submit_at": "2026-11-24T10:00:00-05:00",
        "policy": "Restricted Products Policy",
        "ids": {"asins": ["B0CXK12345"], "order_ids": ["113-4839201-1234567"]},
    }
    manifest.update(overrides)
    return manifest


def message_findings(report: CaseReport, code: str | None = None) -> list[Finding]:
    return [f for f in report.findings
            if f.code.startswith(MESSAGE_CODES) and (code is None or f.code == code)]


def lines(report: CaseReport, code: str) -> list[int | None]:
    return [f.location.line for f in message_findings(report, code)]


def with_message(make_case: Any, text: str, **overrides: Any) -> CaseReport:
    return check(make_case(appeal(**overrides), files={"message.md": text}))


def test_a_well_written_appeal_has_no_message_findings(make_case: Any) -> None:
    report = with_message(make_case, APPEAL)
    assert message_findings(report) == []


# --- T001 ----------------------------------------------------------------------------------

CHINESE = """\
您好，亚马逊卖家支持团队：

我们的店铺于 2026 年 11 月 22 日被停用，原因是 ASIN B0CXK12345 被认定为受限商品。
我们已经下架了该商品，并对所有在售商品进行了检查。请您审核我们的行动计划并恢复账户。
"""


def test_a_chinese_message_is_not_english_and_points_at_its_first_line(make_case: Any) -> None:
    report = with_message(make_case, CHINESE)
    [finding] = message_findings(report, "T001")
    assert finding.location.file == "message.md" and finding.location.line == 1
    assert finding.data["language"] == "zh"
    assert "Chinese" in finding.message and "English" in finding.message


def test_the_language_finding_points_at_the_first_foreign_paragraph(make_case: Any) -> None:
    text = "Order 113-4839201-1234567\n\n" + CHINESE
    assert lines(with_message(make_case, text), "T001") == [3]


UNSPACED = {
    "zh": "从2026年12月1日开始，我们打开品牌分析页面时一直显示404错误，已经清除了缓存，也换了"
          "浏览器，问题还是一样。请帮我们检查一下这个问题，谢谢。",
    "ja": "2026年12月1日から、ブランド分析のページを開くと404エラーが表示されます。キャッシュを"
          "削除し、別のブラウザでも試しましたが、同じ結果でした。ご確認をお願いいたします。",
}
"""As Chinese and Japanese sellers write: no space between a number and the characters."""


@pytest.mark.parametrize("language", sorted(UNSPACED))
def test_chinese_and_japanese_without_spaces_around_numbers_are_read_whole(
    make_case: Any, language: str
) -> None:
    """A digit used to drop its whole space-free token, which was the whole sentence: T005
    said "0 words" and T001 saw no language at all."""
    text = UNSPACED[language]
    (finding,) = message_findings(with_message(make_case, text), "T001")
    assert finding.data["language"] == language
    assert message_findings(with_message(make_case, text), "T005") == []
    japan = with_message(make_case, UNSPACED["ja"], marketplace="JP")
    assert message_findings(japan, "T001") == [] and message_findings(japan, "T005") == []


@given(st.lists(st.integers(0, 99999), min_size=1, max_size=8))
def test_numbers_inside_cjk_text_never_hide_its_words(numbers: list[int]) -> None:
    from casecheck.language import strip_noise
    from casecheck.prose import word_count

    sentence = "我们的店铺被停用了请您审核我们的行动计划并恢复账户谢谢"
    text = "".join(f"{part}{number}" for part, number in zip(
        (sentence[i::len(numbers)] for i in range(len(numbers))), numbers, strict=True))
    assert word_count(strip_noise(text)) == word_count(sentence)


def test_english_with_chinese_product_names_is_english(make_case: Any) -> None:
    names = "(磁力积木 magnetic toy set by 深圳乐高玩具有限公司)"
    text = APPEAL.replace("(a magnetic toy set)", names)
    assert message_findings(with_message(make_case, text), "T001") == []


def test_german_is_accepted_in_germany_but_not_in_the_us(make_case: Any) -> None:
    german = ("Sehr geehrte Damen und Herren, unser Konto wurde am 22. November deaktiviert. "
              "Wir haben den Artikel B0CXK12345 sofort entfernt und bitten Sie, unser Konto "
              "wieder freizuschalten. Die Rechnung des Lieferanten liegt bei.")
    assert lines(with_message(make_case, german), "T001") == [1]
    assert message_findings(with_message(make_case, german, marketplace="DE"), "T001") == []
    japanese = ("お世話になっております。当社のアカウントは 11 月 22 日に停止されました。"
                "改善計画をご確認のうえ、出品権限を回復していただけますようお願い申し上げます。")
    assert message_findings(with_message(make_case, japanese, marketplace="JP"), "T001") == []
    assert lines(with_message(make_case, japanese, marketplace="UK"), "T001") == [1]


def test_a_japanese_subject_is_reported_on_the_subject_field(make_case: Any) -> None:
    subject = "アカウント停止についての異議申し立て B0CXK12345"
    report = with_message(make_case, APPEAL, subject=subject)
    [finding] = message_findings(report, "T001")
    assert finding.location.field == "subject" and finding.location.line == 3
    assert finding.data["language"] == "ja"


@pytest.mark.parametrize(("subject", "flagged"), [
    ("Plan de acción / Plan of action - restricted products", False),
    ("Plan de acción (Plan of action)", False),
    ("Envío perdido / Lost inbound shipment FBA15C8KQ2ZP", False),
    ("账户申诉 / Appeal for account reinstatement", False),
    ("Plan de acción para reactivar mi cuenta", True),
    ("Solicitud de reactivación - Amazon Seller", True),  # a name is no English version
    ("Reactivación de cuenta – cuenta suspendida por error", True),
    ("亚马逊账户被停用，请帮忙 / Help", True),
])
def test_a_bilingual_subject_carries_its_english_version(
    make_case: Any, subject: str, flagged: bool,
) -> None:
    """Sellers write the subject twice, in their language and in English: Seller Support
    reads the English one. The English part must weigh at least as much as the other."""
    report = with_message(make_case, APPEAL, subject=subject)
    assert bool(message_findings(report, "T001")) is flagged


@pytest.mark.parametrize(("text", "expected"), [
    ("Please reimburse the 12 units lost in shipment FBA15C8KQ2ZP.", "en"),
    ("Bitte erstatten Sie die 12 verlorenen Einheiten der Sendung FBA15C8KQ2ZP.", "de"),
    ("Por favor, reembolsen las 12 unidades perdidas del envío FBA15C8KQ2ZP.", "es"),
    ("请赔偿货件 FBA15C8KQ2ZP 中丢失的 12 件商品。", "zh"),
    ("配送 FBA15C8KQ2ZP で紛失した 12 個の商品を補償してください。", "ja"),
    ("Help", None),
])
def test_detect(text: str, expected: str | None) -> None:
    assert detect(text).language == expected


# --- T002 ----------------------------------------------------------------------------------

def test_blame_threats_and_shouting_are_reported_with_phrase_and_line(make_case: Any) -> None:
    text = APPEAL.replace(
        "Dear Seller Performance team,",
        "Dear Seller Performance team,\nThis is RIDICULOUS!!! Your bots shut us down.\n"
        "If this is not fixed we will take legal action against Amazon.",
    )
    report = with_message(make_case, text)
    found = sorted((f.location.line, f.data["kind"], f.data["phrase"])
                   for f in message_findings(report, "T002"))
    assert found == [
        (2, "blame", "RIDICULOUS"), (2, "blame", "Your bots"), (2, "shouting", "!!!"),
        (3, "threat", "take legal action"),
    ]


def test_a_run_of_capitals_is_shouting_but_acronyms_and_headings_are_not(make_case: Any) -> None:
    text = APPEAL.replace(
        "## Evidence",
        "ROOT CAUSE ANALYSIS:\nWe shipped FBA UPS POD labels.\n"
        "PLEASE REINSTATE OUR ACCOUNT today.\n\n## Evidence",
    )
    report = with_message(make_case, text)
    [finding] = message_findings(report, "T002")
    assert finding.data["phrase"] == "PLEASE REINSTATE OUR ACCOUNT"
    shouted = text.split("\n").index("PLEASE REINSTATE OUR ACCOUNT today.") + 1
    assert finding.location.line == shouted


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Please please give us one more chance, our family depends on this business.", "plea"),
    ("We beg you, have mercy on a small family shop.", "plea"),
    ("If you do not reactivate us it will ruin us.", "plea"),
    ("We are very very sorry, we apologize again and again.", "apology"),
    ("We will take legal action and post this on Twitter.", "threat"),
    ("We will approach the consumer court.", "threat"),
])
def test_pleading_apology_and_threats_are_emotional(
    make_case: Any, sentence: str, kind: str,
) -> None:
    text = APPEAL.replace("Thank you,", sentence + "\n\nThank you,")
    found = [f for f in message_findings(with_message(make_case, text), "T002")]
    assert kind in {f.data["kind"] for f in found}
    line = text.split("\n").index(sentence) + 1
    assert {f.location.line for f in found} == {line}


def test_three_apologies_in_one_letter_are_too_many(make_case: Any) -> None:
    text = APPEAL.replace("Thank you,", "We are sorry.\n\nWe apologize.\n\nSorry again.\n\nThanks,")
    [finding] = message_findings(with_message(make_case, text), "T002")
    assert finding.data["kind"] == "apology" and finding.data["count"] == 3
    assert finding.location.line == text.split("\n").index("Sorry again.") + 1
    once = APPEAL.replace("Thank you,", "We are very sorry for the inconvenience.\n\nThanks,")
    assert message_findings(with_message(make_case, once), "T002") == []


@pytest.mark.parametrize("calm", [
    "Unfortunately the courier lost one carton.",
    "It was a little frustrating for our team, but we understand the review.",
    "We are very sorry for the inconvenient to the customers.",
    "We would welcome the chance to continue selling, please give us chance to sell again.",
    "Our attorney cleared the new name with a trademark search.",
])
def test_a_single_mild_word_in_a_calm_letter_is_not_emotional(make_case: Any, calm: str) -> None:
    text = APPEAL.replace("Thank you,", calm + "\n\nThank you,")
    assert message_findings(with_message(make_case, text), "T002") == []


def test_mild_words_piled_up_are_reported(make_case: Any) -> None:
    text = APPEAL.replace("Thank you,", "Unfortunately this is frustrating and we are upset "
                                         "and disappointed.\n\nThank you,")
    found = message_findings(with_message(make_case, text), "T002")
    assert {f.data["kind"] for f in found} == {"mild"} and len(found) == 4


@pytest.mark.parametrize("standards", ["the AS/NZS ISO 8124 test report",
                                       "the test reports (CPSIA, ASTM F963, EN 71)"])
def test_names_of_test_standards_are_not_shouting(make_case: Any, standards: str) -> None:
    """An outside tester reported "The message shouts: 'AS/NZS ISO'" on a compliance case;
    it does not reproduce on main, and this keeps it so."""
    text = APPEAL.replace("the CPC test report", standards)
    assert message_findings(with_message(make_case, text), "T002") == []


def test_a_capitals_heading_naming_a_part_is_not_shouting(make_case: Any) -> None:
    text = APPEAL.replace("## Corrective actions", "WHAT WE ALREADY DID")
    assert message_findings(with_message(make_case, text), "T002") == []
    shouted = APPEAL.replace("## Evidence", "THIS IS THE FOURTH CASE WE OPEN\n\n## Evidence")
    [finding] = message_findings(with_message(make_case, shouted), "T002")
    assert finding.data["kind"] == "shouting"


def test_a_emotional_finding_is_worded_in_both_languages(make_case: Any) -> None:
    text = APPEAL.replace("Thank you,", "We beg you.\n\nThank you,")
    folder = make_case(appeal(), files={"message.md": text})
    [finding] = [f for f in check(folder, lang="zh-CN").findings if f.code == "T002"]
    assert finding.message == "Case 正文在恳求：\"We beg\"。"


def test_an_inline_message_reports_manifest_lines(make_case: Any) -> None:
    folder = make_case(_inline_toml("Dear team,\nThis is unfair.\n" + APPEAL))
    [finding] = message_findings(check(folder), "T002")
    assert finding.location.file == "case.toml" and finding.location.field == "message"
    manifest_lines = (folder / "case.toml").read_text().split("\n")
    assert manifest_lines[finding.location.line - 1] == "This is unfair."


def _inline_toml(message: str) -> str:
    return (
        'type = "account-appeal"\nmarketplace = "US"\npolicy = "Restricted Products Policy"\n'
        'subject = "Appeal: Restricted Products Policy, ASIN B0CXK12345"\n'
        f'message = """\n{message}"""\n\n[ids]\nasins = ["B0CXK12345"]\n'
    )


# --- T003 / T007 ---------------------------------------------------------------------------

def test_missing_parts_of_the_appeal_are_named(make_case: Any) -> None:
    text = APPEAL.split("## Evidence")[0]
    report = with_message(make_case, text)
    parts = sorted(f.data["part"] for f in message_findings(report, "T003"))
    assert parts == ["evidence", "request"]


def test_corrective_actions_in_the_future_tense_are_not_done(make_case: Any) -> None:
    text = APPEAL.replace(
        "- We removed ASIN B0CXK12345 from sale on 2026-11-22.\n"
        "- We reviewed all 412 active listings and deleted 3 more toy listings.\n"
        "- We refunded order 113-4839201-1234567, the only order of the item.",
        "We will check order 113-4839201-1234567 and our listings more carefully.",
    )
    report = with_message(make_case, text)
    [finding] = message_findings(report, "T003")
    assert finding.data["part"] == "corrective-actions"
    assert finding.location.line == text.split("\n").index("## Corrective actions") + 1


def test_a_plan_of_action_may_live_in_an_attachment(make_case: Any) -> None:
    text = ("On 2026-11-22 our account was deactivated under the Restricted Products Policy for "
            "ASIN B0CXK12345 and order 113-4839201-1234567. Attached is our plan of action and the "
            "supplier invoice. We kindly request that you reinstate our account.")
    attachments = [{"path": "attachments/poa.pdf", "kind": "plan-of-action"}]
    listed = with_message(make_case, text, attachments=attachments)
    assert "T003" not in codes(listed) and "A016" not in codes(listed)
    report = with_message(make_case, text)
    assert "T003" not in codes(report)  # no plan in the text: A016's to say, not T003's
    [missing] = [f for f in report.findings if f.code == "A016"]
    assert missing.data["in_message"] == "said-attached" and missing.data["line"] == 1
    assert "says a plan of action is attached (line 1)" in missing.message


def test_structure_is_only_asked_of_appeals(make_case: Any) -> None:
    manifest = {
        "type": "technical-issue", "marketplace": "US", "subject": "Inventory report fails",
        "message": "The Inventory Health report has failed to download since 2026-11-20 with "
                   "error 500 in Chrome and Firefox. Please investigate the report service.",
    }
    assert "T003" not in codes(check(make_case(manifest)))


@pytest.mark.parametrize("opening", [
    "This is regarding deactivation of our seller account on {day}",
    "We are writing with reference to the suspension of our account on {day}",
    "This mail is regarding the deactivation of our seller account on {day}",
])
@pytest.mark.parametrize("day", ["01/12/2026", "01.12.2026", "12/01/2026", "1/12/2026",
                                 "2026-12-01"])
def test_the_facts_open_as_indian_and_chinese_sellers_open_them(
    make_case: Any, opening: str, day: str
) -> None:
    """"This is regarding deactivation of our seller account on 01/12/2026 due to …" got
    T003 "no part for the facts"; with an ISO date it passed."""
    text = (f"Respected Sir/Madam,\n\n{opening.format(day=day)} due to Late Shipment Rate of "
            "7.4% which is above the 4% target.\n\nRoot Cause Analysis:\nOur courier did not "
            "pick up the orders for 4 days and nobody confirmed the shipments on time.\n\n"
            "Actions Taken:\n- We have shifted all the orders to Easy Ship.\n- We have "
            "appointed one person for order processing.\n\nSteps to prevent in future:\n- "
            "Orders will be confirmed twice daily.\n\nEvidence: the Easy Ship enrolment is "
            "attached.\n\nWe request you to kindly reinstate our account.\n\nThanks & "
            "Regards,\nNeha Gupta")
    report = with_message(make_case, text, policy="Late Shipment Rate")
    assert [f.data for f in message_findings(report, "T003")] == []


def test_an_appeal_without_policy_warns_unless_the_text_names_one(make_case: Any) -> None:
    text = ("On 2026-11-22 our account was deactivated. We removed ASIN B0CXK12345 and "
            "refunded order 113-4839201-1234567. Please reinstate our account.")
    report = with_message(make_case, text, policy="", subject="Appeal: account deactivated")
    [finding] = message_findings(report, "T007")
    assert finding.location.field == "policy"
    named = text.replace("was deactivated", "was deactivated for an Order Defect Rate above 1%")
    assert message_findings(with_message(make_case, named, policy=""), "T007") == []
    # named only in the subject: a title, often cut short; the letter must say it
    titled = with_message(make_case, text, policy="", subject="Appeal: Order Defect Rate")
    [finding] = message_findings(titled, "T007")
    assert finding.data["named_in"] == "subject"
    assert "only in the subject" in finding.message
    assert message_findings(with_message(make_case, text), "T007") == []


@pytest.mark.parametrize("named", [
    "under APA-III-1", "for a violation of the Seller Code of Conduct",
    "under Section 3 of the Business Solutions Agreement", "under section 3 of our agreement",
    "for inauthentic item complaints", "for a Late Dispatch Rate of 6%", "for an ODR above 1%",
    "for review manipulation", "for Pre-fulfilment Cancel Rate", "because of 不真实商品投诉",
    "for drop shipping", "under the Product Safety policy", "for related accounts",
])
def test_policy_names_and_clause_ids_are_citations(make_case: Any, named: str) -> None:
    text = f"Our account was deactivated {named}. We removed ASIN B0CXK12345 and order " \
           "113-4839201-1234567 was refunded. Please reinstate our account."
    report = with_message(make_case, text, policy="", subject="Appeal")
    assert message_findings(report, "T007") == []


@pytest.mark.parametrize("vague", [
    "for a performance issue", "because of bad feedback", "for violating your policy",
    "for a medical claim in the listing",
])
def test_a_vague_reason_is_no_citation(make_case: Any, vague: str) -> None:
    text = f"Our account was deactivated {vague}. We fixed it. Please reinstate our account."
    report = with_message(make_case, text, policy="", subject="Appeal")
    assert len(message_findings(report, "T007")) == 1


@pytest.mark.parametrize("kind", ["listing-reinstatement", "account-appeal"])
def test_a_reason_that_names_the_policy_cites_it(make_case: Any, kind: str) -> None:
    """A reinstatement has no `policy` field: its `reason` was not read, and the hint asked
    for a field its manifest may not have (M003 "unknown field")."""
    text = "Our listing B0CXK12345 was removed. We fixed it. Please reinstate it."
    manifest = {"type": kind, "marketplace": "US", "subject": "Reinstate B0CXK12345",
                "message": text}
    assert message_findings(check(make_case({**manifest, "reason": "Restricted Products "
                                                                   "Policy"})), "T007") == []
    (finding,) = message_findings(check(make_case({**manifest, "reason": "it was removed"})),
                                  "T007")
    field = "reason" if kind == "listing-reinstatement" else "policy"
    assert finding.location.field == field
    assert f"manifest's `{field}`" in finding.message and f"in `{field}`" in finding.hint


def test_a_reinstatement_is_asked_for_its_policy_and_plan_too(make_case: Any) -> None:
    manifest = {"type": "listing-reinstatement", "marketplace": "US", "subject": "Reinstate",
                "message": "Our listing B0CXK12345 was removed.\n\nRoot cause: a wrong bullet "
                           "point.\n\nPlease reinstate it."}
    report = check(make_case(manifest))
    assert "T007" in codes(report)
    assert {f.data["part"] for f in report.findings if f.code == "T003"} == {
        "corrective-actions", "preventive-measures"}


# --- T004 / T005 / T008 --------------------------------------------------------------------

def test_a_long_message_points_at_the_line_that_crosses_the_limit(make_case: Any) -> None:
    paragraph = "We reviewed every listing of the brand and removed the listings concerned.\n"
    text = APPEAL + paragraph * 60
    [finding] = message_findings(with_message(make_case, text), "T004")
    assert dict(finding.data) == {"length": len(text), "limit": 4000}
    assert finding.location.line == text[:4000].count("\n") + 1


def test_a_missing_or_short_message(make_case: Any) -> None:
    report = check(make_case(appeal()))
    [finding] = message_findings(report, "T005")
    assert finding.location.field == "message" and "no message" in finding.message
    short = with_message(make_case, "Please help, account B0CXK12345 113-4839201-1234567.")
    [finding] = message_findings(short, "T005")
    assert dict(finding.data) == {"words": 3, "minimum": 15} and finding.location.line == 1


@pytest.mark.parametrize(("subject", "variant"), [
    (None, "missing"), ("URGENT!!! Help please", "generic"), ("Appeal", "generic"),
    ("Appeal " + "for our account " * 10, "too-long"),
])
def test_bad_subjects(make_case: Any, subject: str | None, variant: str) -> None:
    overrides = {"subject": subject} if subject is not None else {}
    manifest = appeal(**overrides)
    if subject is None:
        del manifest["subject"]
    report = check(make_case(manifest, files={"message.md": APPEAL}))
    [finding] = message_findings(report, "T008")
    assert finding.location.field == "subject"
    words = {"missing": "no subject", "generic": "nothing specific", "too-long": "characters"}
    assert words[variant] in finding.message


# --- T006 ----------------------------------------------------------------------------------

SECRETS = """\
Our card 4111 1111 1111 1111 (exp 12/27, CVV 123) was charged twice.
Our Seller Central password is Hunter2!x, in case you need to log in.
The verification code was 493021.
Please pay to IBAN DE89 3704 0044 0532 0130 00 or bank account number 000123456789.
"""


def test_secrets_are_found_by_line_and_never_shown_in_full(make_case: Any, tmp_path: Path) -> None:
    folder = make_case(appeal(), files={"message.md": APPEAL + "\n" + SECRETS})
    report = check(folder)
    first = APPEAL.count("\n") + 2
    found = sorted((f.location.line - first, f.data["kind"], f.data["masked"])
                   for f in message_findings(report, "T006"))
    assert found == [
        (0, "card", "••••••••••••1111"), (0, "card-code", "••••"), (0, "card-expiry", "••••"),
        (1, "password", "••••"), (2, "one-time-code", "••••"),
        (3, "bank-account", "••••••••6789"), (3, "iban", "DE••••••••••••••••3000"),
    ]
    out = subprocess.run(
        [sys.executable, "-m", "casecheck", "check", "--format", "json", str(folder)],
        capture_output=True, text=True, env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
        check=False,
    )
    assert out.returncode == 1
    for secret in ("4111 1111 1111 1111", "4111111111111111", "123)", "Hunter2", "493021",
                   "3704 0044", "370400440532013000", "000123456789"):
        assert secret not in out.stdout.replace(APPEAL, "")
    assert json.loads(out.stdout)["summary"]["error"] >= 7


@pytest.mark.parametrize("text", [
    "Order 113-4839201-1234567 was refunded; GTIN 4006381333931 and UPC 036000291452.",
    "UPS tracking 1Z999AA10123456784, FedEx tracking 123456789012345.",
    "We reset our password and turned on two-step verification for all users.",
    "The card ending in 1111 was charged on 2026-11-20.",
    "We completed identity verification 2026-11-20 and the security review 2026.",
    "Please log in as login: reports@example.com to see the report.",
])
def test_ids_and_prose_are_not_secrets(text: str) -> None:
    assert list(find_secrets(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("您好，第二个店铺登录邮箱 joylife2@163.com，密码是 Abc12345，验证码：482913 已经发到手机。",
     {"password", "one-time-code"}),
    ("后台口令：Qx7788aa。动态码 553120 请查收。", {"password", "one-time-code"}),
    ("收款人 东莞明亮照明有限公司，开户行 中国工商银行东莞分行，卡号 6222 0212 3456 7890 128。",
     {"card"}),
    ("银行账号: 012-883-0-045217-6\nSWIFT: BKCHHKHHXXX", {"bank-account"}),
    ("卡号：6228 4800 1234 5678 903\n有效期：2029年6月\n安全码：381",
     {"card", "card-expiry", "card-code"}),
    ("ログイン情報：パスワード：Sakura2026、暗証番号は4821です。", {"password"}),
    ("Routing number: 026009593\nAccount number: 4830 2291 7765",
     {"routing-number", "bank-account"}),
    ("Checking account 38201945776, routing 011000015.", {"routing-number", "bank-account"}),
    ("The last OTP I got was 318846 at 9:42 this morning.", {"one-time-code"}),
    ("Amex 3782 822463 10005, the 4 digit code on the front is 7305.", {"card", "card-code"}),
])
def test_secrets_in_chinese_japanese_and_us_banking(text: str, expected: set[str]) -> None:
    assert {secret.kind for secret in find_secrets(text)} == expected


@pytest.mark.parametrize("separator", ["\u00a0", "\u2009", "\u3000", "\u200b", ".", "\u2060"])
def test_a_card_split_by_invisible_or_foreign_blanks_is_found(separator: str) -> None:
    shown = separator.join(("4111", "1111", "1111", "1111"))
    [secret] = find_secrets(f"Please refund the charge on card {shown}.")
    assert secret.kind == "card" and secret.masked == "••••••••••••1111"


def test_full_width_digits_and_a_hidden_password_label_are_found() -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in "4111 1111 1111 1111")
    [card] = find_secrets("卡号 " + full_width)
    assert card.kind == "card" and card.masked.endswith("1111")
    [password] = find_secrets("Our pass\u200bword: Zz9!kkkk, please log in.")
    assert password.kind == "password" and password.masked == "••••"
    word = "".join(chr(ord(c) + 0xFEE0) for c in "password")
    assert [s.kind for s in find_secrets(word + "：Hunter22")] == ["password"]


@pytest.mark.parametrize("text", [
    "BOL 123456780 and PRO 987654321 were attached.",  # nine digits, no routing label
    "The routing of shipment FBA15C8KQ2ZP changed to 2026.",
    "Our 密码 was changed yesterday and 验证码 never arrived.",
    "Batch ID 5012 3018 7346 2291 shows 0 records processed.",
    "Tracking 92055901755477000000000012 has no scans.",
    "Order 114-3092817-6604519 was refunded on January 28.",
    "Phone +86 138 2657 4410, IFSC HDFC0001234, SWIFT BKCHHKHHXXX.",
    "The verification code has not arrived since 2026.",
])
def test_numbers_that_are_not_secrets(text: str) -> None:
    assert list(find_secrets(text)) == []


def _wide(text: str) -> str:
    """``text`` in full-width ASCII, as a Chinese input method types it."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.mark.parametrize("written", [
    "卡号 " + _wide("4111 1111 1111 1111") + "，密码：" + _wide("Hunter22"),
    "card 4111\u200b1111\u200b1111\u200b1111, pass\u200bword: Hunter22",
    "card 4111\u30001111\u30001111\u30001111 and routing number " + _wide("026009593"),
])
def test_a_span_points_at_what_the_seller_typed(written: str) -> None:
    from casecheck.fixes.secrets import mask_secrets

    secrets = list(find_secrets(written))
    assert len(secrets) >= 2
    for secret in secrets:
        start, end = secret.span
        assert 0 <= start < end <= len(written)
        assert written[start].isalnum() and written[end - 1].isalnum()
    masked, _ = mask_secrets(written)
    digits = "".join(c for c in unicodedata.normalize("NFKC", masked) if c.isdigit())
    assert "41111111" not in digits and "Hunter" not in unicodedata.normalize("NFKC", masked)


def test_the_format_characters_class_is_unicodes() -> None:
    import sys
    import unicodedata

    from casecheck.sensitive import FORMAT_CHARACTERS

    cf = "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf")
    assert FORMAT_CHARACTERS.sub("", cf) == ""
    assert "\n" not in FORMAT_CHARACTERS.pattern and FORMAT_CHARACTERS.sub("", "a\u200bb") == "ab"


def test_a_secret_is_masked_in_every_format_and_language(make_case: Any) -> None:
    text = APPEAL + "\n密码是 Abc12345，卡号 6222 0212 3456 7890 128，Routing number 026009593.\n"
    folder = make_case(appeal(), files={"message.md": text})
    for args in (["--format", "json"], ["--format", "sarif"], ["--format", "github"],
                 ["--format", "junit"], ["--lang", "zh-CN"]):
        out = subprocess.run(
            [sys.executable, "-m", "casecheck", "check", *args, str(folder)],
            capture_output=True, text=True, check=False,
            env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
        )
        assert out.returncode == 1, out.stderr
        shown = out.stdout.replace(" ", "")
        for secret in ("Abc12345", "6222021234567890128", "026009593"):
            assert secret not in shown, (args, secret)
        assert "0128" in out.stdout


@given(st.text("0123456789", min_size=15, max_size=15), st.sampled_from([" ", "-", ""]))
def test_no_output_ever_holds_a_card_number_in_full(body: str, separator: str) -> None:
    number = "4" + body
    number = number[:-1] + luhn.calc_check_digit(number[:-1])
    shown = separator.join(number[i:i + 4] for i in range(0, 16, 4))
    message = f"Please refund the charge on card {shown} from 2026-11-20, exp 11/29, CVV 993."
    report = validate({"type": "fba-reimbursement", "marketplace": "US", "message": message,
                       "claim_kind": "inbound-lost"}, config=Config(select=("T006",)))
    assert {f.data["kind"] for f in report.findings} == {"card", "card-expiry", "card-code"}
    dumped = json.dumps([f.to_dict() for f in report.findings], ensure_ascii=False)
    assert number not in dumped.replace(" ", "").replace("-", "")
    assert number[-4:] in dumped
    others = dumped.replace(number[-4:], "")
    assert shown not in dumped and "993" not in others and "11/29" not in others


# --- I009 ----------------------------------------------------------------------------------

def test_an_id_never_named_in_the_message_is_reported_on_its_field(make_case: Any) -> None:
    ids = {"asins": ["B0CXK12345"], "order_ids": ["113-4839201-1234567"],
           "tracking_numbers": ["1Z999AA10123456784"]}
    spaced = APPEAL + "\nUPS 1Z 999 AA1 0123456784"
    report = with_message(make_case, spaced, ids=ids)
    assert message_findings(report, "I009") == []
    del ids["tracking_numbers"]
    report = with_message(make_case, APPEAL, ids={**ids, "fnskus": ["X001234567"]})
    [finding] = message_findings(report, "I009")
    assert finding.location.field == "ids.fnskus[0]" and finding.data["value"] == "X001234567"


TYPED_AS = st.sampled_from(["\u2013", "\u2014", "\u2011", "\u2212", "\uff0d", "-\u200b",
                            "\u00a0"])
"""What a word processor or an IME puts where a seller typed "-" in an order ID."""


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dash=TYPED_AS, full_width=st.booleans(), in_manifest=st.booleans())
def test_an_id_written_with_other_dashes_or_digits_is_named(
    make_case: Any, dash: str, full_width: bool, in_manifest: bool
) -> None:
    """"order 702–1234567–7654321" (en dashes) names 702-1234567-7654321: I009 said it never
    did. Either side may be the one typed so; I001 reports a manifest ID that is not ASCII."""
    plain = "702-1234567-7654321"
    typed = plain.replace("-", dash)
    if full_width:
        typed = typed.translate({ord(d): chr(0xFF10 + int(d)) for d in "0123456789"})
    message, listed = (plain, typed) if in_manifest else (typed, plain)
    text = APPEAL.replace("order 113-4839201-1234567", f"order {message}")
    report = with_message(make_case, text, ids={"asins": ["B0CXK12345"], "order_ids": [listed]})
    assert message_findings(report, "I009") == []
    other = with_message(make_case, text, ids={"order_ids": ["702-1234567-7654322"]})
    assert len(message_findings(other, "I009")) == 1


# --- I010 and template mode ----------------------------------------------------------------

TEMPLATE = APPEAL.replace("B0CXK12345", "{{ asin }}").replace(
    "113-4839201-1234567", "{{ order_id }}"
)


def test_leftover_placeholders_are_errors_everywhere(make_case: Any) -> None:
    text = TEMPLATE.replace("Anna Meier", "[Your Name]")
    text = text.replace("Meier Toys GmbH", "<COMPANY NAME>")
    report = with_message(make_case, text, ids={"asins": ["{{ asin }}"]}, reason="lorem ipsum")
    found = sorted((f.location.field or f.location.file, f.location.line, f.data["placeholder"])
                   for f in message_findings(report, "I010"))
    manifest = (Path(report.path) / "case.toml").read_text().split("\n")
    message = text.split("\n")
    name_line = message.index("[Your Name], <COMPANY NAME>") + 1
    asin_line = next(n for n, line in enumerate(message, 1) if "{{ asin }}" in line)
    assert ("ids.asins[0]", manifest.index('asins = ["{{ asin }}"]') + 1, "{{ asin }}") in found
    assert ("reason", manifest.index('reason = "lorem ipsum"') + 1, "lorem ipsum") in found
    assert ("message.md", name_line, "[Your Name]") in found
    assert ("message.md", name_line, "<COMPANY NAME>") in found
    assert ("message.md", asin_line, "{{ asin }}") in found


def test_template_mode_allows_canonical_placeholders_only(make_case: Any) -> None:
    text = TEMPLATE.replace("Anna Meier", "{{ order id }}")
    text = text.replace("Meier Toys GmbH", "[Your Name]")
    manifest = appeal(template=True, ids={"asins": ["{{ asin }}"], "order_ids": ["{{order_id}"]})
    report = check(make_case(manifest, files={"message.md": text}))
    found = sorted((f.data["placeholder"], f.data["kind"])
                   for f in message_findings(report, "I010"))
    assert found == [("[Your Name]", "foreign"), ("{{ order id }}", "malformed"),
                     ("{{order_id}", "malformed")]
    suggestion = next(f for f in report.findings if f.data.get("placeholder") == "{{ order id }}")
    assert "{{ order_id }}" in suggestion.hint
    assert "I002" not in codes(report)
    assert codes(check(make_case(manifest, files={"message.md": TEMPLATE}), template=True)).count(
        "I010") == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Order XXX-XXXXXXX-XXXXXXX", ["XXX-XXXXXXX-XXXXXXX"]),
    ("ASIN B0XXXXXXXX in size XXXL", ["B0XXXXXXXX"]),
    ("See [the report](https://example.com) and [x] done [1]", []),
    ("Lorem ipsum dolor sit amet", ["Lorem ipsum"]),
    ("Dear [INSERT NAME] at <br> and <ASIN>", ["[INSERT NAME]", "<ASIN>"]),
    ('{"error": 500} from { order_id } and {{ }}', ["{ order_id }", "{{ }}"]),
])
def test_placeholder_shapes(text: str, expected: list[str]) -> None:
    assert [p.text for p in find_placeholders(text)] == expected


# --- I012 ----------------------------------------------------------------------------------

def test_a_seller_central_link_of_another_marketplace(make_case: Any) -> None:
    link = "See https://sellercentral.amazon.de/performance/dashboard"
    text = APPEAL.replace("## Evidence", f"{link}\n\n## Evidence")
    report = with_message(make_case, text)
    [finding] = message_findings(report, "I012")
    assert dict(finding.data) == {
        "host": "sellercentral.amazon.de", "found": "DE", "marketplace": "US",
    }
    assert finding.location.line == text.split("\n").index(link) + 1
    europe = text.replace("sellercentral.amazon.de", "sellercentral-europe.amazon.com")
    assert message_findings(with_message(make_case, europe, marketplace="DE"), "I012") == []
    assert message_findings(with_message(make_case, text, marketplace="DE"), "I012") == []


# --- bilingual output end to end -----------------------------------------------------------

@pytest.mark.parametrize(("args", "env"), [
    (["--lang", "zh-CN"], {}), ([], {"LANG": "zh_CN.UTF-8"}),
])
def test_the_cli_prints_chinese_findings(
    make_case: Any, args: list[str], env: dict[str, str],
) -> None:
    folder = make_case(appeal(subject="Urgent"), files={"message.md": CHINESE})
    out = subprocess.run(
        [sys.executable, "-m", "casecheck", "check", *args, str(folder)], capture_output=True,
        text=True, env={"PYTHONPATH": str(REPO / "src"), "PATH": "", **env}, check=False,
    )
    assert out.returncode == 1
    assert "Case 正文使用的是中文" in out.stdout
    assert "标题 \"Urgent\" 没有具体内容" in out.stdout
    assert "The message is written" not in out.stdout


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
       st.text(alphabet="aA1 -#[]{}<>!\n.:@Xx/", max_size=400))
def test_any_text_gives_findings_never_a_crash(noise: str, shapes: str) -> None:
    for message in (noise, shapes, shapes + noise):
        report = validate({"type": "account-appeal", "marketplace": "DE", "subject": message,
                           "message": message}, config=Config(select=(*MESSAGE_CODES, "X001")))
        assert "X001" not in {f.code for f in report.findings}


def test_a_pack_naming_an_unknown_part_is_a_clear_error(tmp_path: Path) -> None:
    from casecheck.packs import PackError, load_packs

    (tmp_path / "message.toml").write_text(
        '[structure.types.brand-dispute]\nparts = ["facts", "apology"]\n', encoding="utf-8"
    )
    with pytest.raises(PackError, match=r"message\.toml.*apology"):
        load_packs([tmp_path])


def test_the_template_flag_allows_canonical_placeholders_from_the_cli(make_case: Any) -> None:
    folder = make_case(appeal(ids={"asins": ["{{ asin }}"]}), files={"message.md": TEMPLATE})

    def run(*flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "casecheck", "check", "--select", "I010", *flags, str(folder)],
            capture_output=True, text=True, check=False,
            env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
        )

    plain, template = run(), run("--template")
    assert plain.returncode == 1 and "{{ asin }}" in plain.stdout
    assert template.returncode == 0, template.stdout


def test_a_short_ascii_subject_shares_its_messages_language_without_the_model(
    make_case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading the n-gram model costs half a second and 100 MB: an English case whose subject
    has no English function word must not pay it."""
    from casecheck import language

    def no_model() -> None:
        raise AssertionError("the language model was loaded")

    monkeypatch.setattr(language, "_identifier", no_model)
    folder = make_case(appeal(subject="Inbound shipment FBA000000001: 12 units lost"),
                       files={"message.md": "We have checked the shipment and we ask you to"
                                            " reimburse the units that were lost."})
    assert "T001" not in codes(check(folder, select=("T001",)))
    assert language.detect("Inbound shipment units lost", beside="en").language == "en"
    with pytest.raises(AssertionError, match="model was loaded"):  # accents: the model decides
        language.detect("Sendung verloren, bitte prüfen", beside="en")
