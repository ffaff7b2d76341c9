"""The classes of misreading found on the third blind set (issue 13), each on texts written
for this test: a code-switched subject beside an English message (T001), warmth, names,
metric abbreviations and facts read as emotion, and anger and despair read as calm (T002),
secrets in other wordings and groupings (T006), and a policy named in the seller's own words
or by a clause ID (T007)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban

from casecheck import Config, validate

REPO = Path(__file__).resolve().parents[1]

ENGLISH = ("Hello Seller Support,\n\nOur shipment FBA17XQ9KJ2B arrived with 24 cartons, but only "
           "20 were received into stock. We attach the proof of delivery signed by the carrier. "
           "Please check the shipment and reimburse the missing units.\n\nThank you,\nLi Wei")
NOTICE = "Our account was deactivated on 4 May 2026 after complaints about our listings."


def _findings(text: str, *codes: str, kind: str = "account-appeal",
              subject: str = "Appeal of the deactivation of our account") -> list[Any]:
    report = validate({"type": kind, "marketplace": "US", "subject": subject, "message": text},
                      config=Config(select=codes))
    return [f for f in report.findings if f.code in codes]


def _said(text: str) -> list[tuple[str, str]]:
    return [(f.data["kind"], f.data["phrase"]) for f in _findings(text, "T002")]


# --- T001: a subject that says part of itself in English, beside an English message --------

@pytest.mark.parametrize("subject", [
    "关于账户停用 appeal", "入库货件丢失 / missing units", "货件少收 reimbursement request",
    "FBA 入库 lost units 赔偿",
])
def test_a_code_switched_subject_beside_english_is_english(subject: str) -> None:
    assert _findings(ENGLISH, "T001", kind="technical-issue", subject=subject) == []


@pytest.mark.parametrize("subject", [
    "关于账户停用的申诉", "入库货件丢失，请帮忙 Amazon",  # a capitalised name is no English version
])
def test_a_subject_with_no_english_words_is_still_reported(subject: str) -> None:
    [finding] = _findings(ENGLISH, "T001", kind="technical-issue", subject=subject)
    assert finding.location.field == "subject" and finding.data["language"] == "zh"


def test_a_code_switched_subject_beside_a_chinese_message_is_reported() -> None:
    chinese = ("您好，我们的货件 FBA17XQ9KJ2B 少收了 4 箱，签收证明已附上，"
               "请帮忙调查并赔偿丢失的商品。谢谢。")
    found = _findings(chinese, "T001", kind="technical-issue", subject="货件少收 appeal")
    assert {f.location.field for f in found} >= {"subject"}


NON_NATIVE = st.sampled_from([
    "We are very confuse about this deactivation, we only have one account.",
    "Kindly do the needful and revert back at the earliest.",
    "The reason of the problem is our staff did not check the label.",
    "Sorry for the inconvenient, we have did all the corrections already.",
    "We are small company, only six people, we depend on this business.",
])
CHINESE_TOPICS = st.sampled_from(["关于账户申诉", "入库货物破损赔偿", "关联账户", "货件丢失"])
ENGLISH_WORDS = st.sampled_from(["appeal", "damaged inbound", "reimbursement", "please check"])


@settings(max_examples=25, deadline=None)
@given(st.lists(NON_NATIVE, min_size=3, max_size=5), CHINESE_TOPICS, ENGLISH_WORDS,
       st.sampled_from([" ", " / ", " - ", "："]))
def test_t001_never_fires_on_non_native_english_with_a_mixed_subject(
    sentences: list[str], topic: str, english: str, joint: str,
) -> None:
    signed = "\n\nBest regards\n深圳市朗途科技有限公司"
    text = "Dear Seller Support,\n\n" + " ".join(sentences) + signed
    assert _findings(text, "T001", subject=topic + joint + english) == []


# --- T002: calm letters ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Greetings of the day!!\n\n{NOTICE} We have corrected every listing.\n\nThanks a lot!!",
    f"{NOTICE} Our AHR/NCX/PFCR went down after the holiday; all three are back in target.",
    f"{NOTICE}\n\nSHENZHEN YIBANG TECHNOLOGY CO., LTD thanks you for the review.",
    f"{NOTICE} A brand owner sent us a legal notice about the logo, and we removed the listing."
    "\n\nRegards,\nSue Chen",
    f"{NOTICE} Before that, a phishing scam e-mail asked for our login; the thief took a parcel"
    " from a buyer's porch as well.",
    f"{NOTICE} The new checklist will save us time. Our last chance to ship was Friday.",
    f"{NOTICE} We were desperate to find the cause and found it in the label printer."
    " We promise this will never happen again.",
])
def test_calm_letters_are_not_emotional(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(("text", "kind", "phrase"), [
    (f"{NOTICE} Why was it removed?! We sent the invoices.", "shouting", "?!"),
    (f"{NOTICE} How can this happen again??? We sent the invoices.", "shouting", "???"),
    (f"{NOTICE} Please, we sent everything!! Check it.", "shouting", "!!"),
    ("HELLO TEAM, WE ARE VERY ANGRY.\nSHENZHEN YIBANG CO LTD", "shouting",
     "HELLO TEAM, WE ARE VERY ANGRY"),
    (f"Seller Performance,\n\nWe are extremely upset about this. {NOTICE}", "anger",
     "We are extremely upset"),
    (f"{NOTICE} I'm beyond frustrated with the answers.", "anger", "I'm beyond frustrated"),
    (f"{NOTICE} Amazon is killing small sellers.", "blame", "Amazon is killing"),
    (f"{NOTICE} Those crooks copied our listing photos.", "blame", "Those crooks"),
    (f"{NOTICE} No one at Amazon ever answers the phone.", "blame",
     "No one at Amazon ever answers the phone"),
    (f"{NOTICE} We don't know what else to do.", "plea", "We don't know what else to do"),
    (f"{NOTICE} Our small company cannot survive without this account.", "plea",
     "company cannot survive"),
    (f"{NOTICE} I ask you as a human being to read it.", "plea", "as a human being"),
    # (twelfth round: the savings plead beside a plea; alone they are a fact of dependence)
    (f"{NOTICE} We put all our savings into this stock, please have mercy.", "plea",
     "all our savings"),
    (f"{NOTICE} If this is not fixed we will sue Amazon.", "threat", "will sue"),
])
def test_anger_despair_and_loud_marks_are_emotional(text: str, kind: str, phrase: str) -> None:
    assert (kind, phrase) in _said(text)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["AHR", "NCX", "PFCR", "OTDR", "ODR", "LSR", "VTR", "IPI", "SOP"]),
                min_size=3, max_size=6, unique=True),
       st.sampled_from(["/", ", ", " "]))
def test_metric_abbreviations_never_shout(metrics: list[str], joint: str) -> None:
    assert _said(f"{NOTICE} Our {joint.join(metrics)} are all back in target this week.") == []


# --- T006: secrets in other wordings and groupings ------------------------------------------

def _secrets(text: str) -> list[tuple[str, str]]:
    found = _findings(text, "T006", kind="technical-issue")
    return [(f.data["kind"], f.data["masked"]) for f in found]


@pytest.mark.parametrize(("text", "kind"), [
    ("I asked for a backup code by text and got one: 318 552, but it expired.", "one-time-code"),
    ("The recovery code they gave me was 77310942.", "one-time-code"),
    ("Amex card on file, security code on the front 4417, please update.", "card-code"),
    ("Card 4111 1111 1111 1111, expiry March 2029, was declined.", "card-expiry"),
    ("Card 4111 1111 1111 1111 expires Sept. 2028.", "card-expiry"),
    ("My password – Harbor-2031! – no longer works.", "password"),
    ("password → Qx7-lantern", "password"),
])
def test_secrets_in_other_wordings_are_found_masked(text: str, kind: str) -> None:
    found = _secrets(text)
    assert kind in {k for k, _ in found}
    assert all("•" in masked for _, masked in found)


GROUPINGS = st.lists(st.integers(min_value=1, max_value=8), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["TR330006100519786457841326", "DE89370400440532013000",
                        "GB29NWBK60161331926819", "FR1420041010050500013M02606"]), GROUPINGS)
def test_an_iban_in_groups_of_any_size_is_found(value: str, sizes: list[int]) -> None:
    assert iban.is_valid(value)
    head, rest, groups = value[:4], value[4:], []
    for size in sizes:
        if rest:
            groups.append(rest[:size])
            rest = rest[size:]
    first = head + (groups.pop(0) if groups else "")
    written = " ".join([first, *groups, *([rest] if rest else [])])
    found = _secrets(f"Please pay to our IBAN {written} (our bank).")
    assert [kind for kind, _ in found] == ["iban"]
    assert found[0][1].endswith(value[-4:]) and value[4:-4] not in found[0][1]


def test_an_iban_in_uneven_groups_never_leaves_in_clear_from_the_cli(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "case.json").write_text(json.dumps({
        "type": "technical-issue", "marketplace": "AE", "subject": "Deposit method not accepted",
        "message": "Hello, our IBAN TR330006 1005197864 57841326 is refused. Please advise.",
    }), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "casecheck", "check", "--format", "json", str(folder)],
        capture_output=True, text=True, env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
        check=False,
    )
    assert out.returncode == 1
    report = json.loads(out.stdout)
    kinds = [f["data"]["kind"] for f in report["cases"][0]["findings"] if f["code"] == "T006"]
    assert kinds == ["iban"]
    assert "1005197864" not in out.stdout.replace("TR330006 1005197864 57841326 is", "")


# --- T007: a policy named in the seller's own words or by a clause ID -----------------------

APPEAL = "We removed the listings and trained our staff. Please reinstate our account."


@pytest.mark.parametrize("named", [
    "It was removed under the medical device policy.",
    "The notice says we broke Amazon's policy on expired food.",
    "The notification cites clause RP-WPN-04.",
    "The account was deactivated for an S-1.2 violation.",
    "Our PFCR went above 2.5% in October.",
    "We received too many A to Z claims.",
    "We did not follow the packaging guidelines for FBA.",
])
def test_a_policy_named_in_other_words_is_cited(named: str) -> None:
    assert _findings(f"Dear team,\n\n{named} {APPEAL}", "T007", subject="Appeal") == []


@pytest.mark.parametrize("vague", [
    "We follow Amazon policy, and our return policy is 30 days.",
    "We have done everything as per Amazon rules.",
    "We read all the seller policies again.",
    "Our SKU MUG-SET-04 was removed.",
])
def test_a_vague_policy_word_or_a_sku_names_no_policy(vague: str) -> None:
    [finding] = _findings(f"Dear team,\n\n{vague} {APPEAL}", "T007", subject="Appeal")
    assert finding.code == "T007"
