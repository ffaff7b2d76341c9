# ruff: noqa: RUF001 - full-width marks are how Chinese letters end their sentences
"""The classes of misreading found on the second labeled set (issue 13, second round), each
on texts written for this test: a question to the reader taken for a heading, a future-tense
action heading after the done one, a section in a missing part's place in words no lexicon
knows, a bold heading read as a list item, a cause given after the notice, one paragraph of
what "we will" do after the cause, one-time codes read out in groups or given in a later
sentence, routing and account numbers with separators, denials of a violation, and a
single polite request for another chance."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck import Config, validate
from casecheck.sensitive import find_secrets, redact

PLAN = ("root-cause", "corrective-actions", "preventive-measures")
NOTICE = "Our account was deactivated on 2 June 2026 for an Order Defect Rate of 1.9%."
CAUSE = ("The kettles cracked because our new supplier used thinner glass, and we did not "
         "test the first batch before it went to the warehouse.")
DONE = ("We have refunded all 37 buyers, removed 210 kettles from stock and asked the old "
        "supplier to make the next batch.")
PREVENT = ("Every new batch will be drop-tested by our quality lead before it ships, and "
           "each supplier change goes through a written sample check.")


def _report(text: str, *codes: str, kind: str = "account-appeal") -> Any:
    return validate({"type": kind, "marketplace": "US", "subject": "Appeal", "message": text},
                    config=Config(select=codes))


def _plan_findings(text: str) -> list[tuple[str, str]]:
    return sorted((f.data["part"], f.data["problem"]) for f in _report(text, "T003").findings
                  if f.data.get("part") in PLAN)


def _no_plan(text: str) -> bool:
    return any(f.data.get("kind") == "plan-of-action" and f.data.get("in_message") == "none"
               for f in _report(text, "A016").findings)


def _letter(*sections: str) -> str:
    return "\n\n".join(("Hello,", NOTICE, *sections, "Kind regards,\nMarta Silva"))


# --- T003 / A016 ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Could you please tell us which kettle orders are the problem? We cannot find them.",
    "Can someone explain why the account is deactivated? The email gives no order.",
    "Why my account is deactivated??? We always sell good kettles.",
    "请问是哪些订单有问题？我们找不到。",
    "Why was my account suspended? We have sold kettles for five years.",
    "Why my store is deactivated? We have sold kettles for five years.",
    "What is the problem with our account? We have sold kettles for five years.",
])
def test_a_question_to_the_reader_is_no_heading_and_no_plan(question: str) -> None:
    text = _letter(question + " We only sell our own brand.", "Please check our account again.")
    assert _plan_findings(text) == []
    assert _no_plan(text)


def test_the_forms_own_question_is_still_a_heading() -> None:
    text = _letter(f"What was the root cause?\n{CAUSE}", f"What have you done?\n{DONE}",
                   f"How will you prevent it?\n{PREVENT}")
    assert _plan_findings(text) == []
    assert not _no_plan(text)


@pytest.mark.parametrize(("done", "later"), [
    ("Actions we took", "Actions we will take"),
    ("What we did:", "What we will do in future:"),
    ("Steps taken", "Steps we will take"),
])
def test_a_future_action_heading_after_the_done_one_is_the_prevention(done: str,
                                                                      later: str) -> None:
    text = _letter(f"Root cause\n{CAUSE}", f"{done}\n{DONE}", f"{later}\n{PREVENT}")
    assert _plan_findings(text) == []
    missing = _letter(f"{done}\n{DONE}", f"{later}\n{PREVENT}")
    assert _plan_findings(missing) == [("root-cause", "missing")]


def test_one_future_action_heading_alone_is_still_the_corrective_part() -> None:
    planned = "We will refund all 37 buyers and remove the cracked kettles from stock."
    text = _letter(f"Root cause\n{CAUSE}", f"Actions we will take\n{planned}",
                   f"Prevention\n{PREVENT}")
    assert _plan_findings(text) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize("unknown", ["What we've put right", "Sorted out so far",
                                     "Our kitchen team today"])
def test_a_section_in_a_missing_parts_place_in_unknown_words_is_not_called_missing(
    unknown: str,
) -> None:
    # the corrective section says what was done in words no lexicon lists: no false error
    odd = ("Thirty-seven buyers got their money back, the cracked kettles went to recycling "
           "and a second supplier now makes the glass.")
    text = _letter(f"**Root cause**\n{CAUSE}", f"**{unknown}**\n{odd}",
                   f"**Preventive measures**\n{PREVENT}")
    assert ("corrective-actions", "missing") not in _plan_findings(text)


def test_a_bold_heading_in_a_missing_parts_place_says_done_in_the_done_lexicon() -> None:
    text = _letter(f"**Root cause**\n{CAUSE}", f"**Put right**\n{DONE}",
                   f"**Preventive measures**\n{PREVENT}")
    assert _plan_findings(text) == []


def test_a_plan_with_headings_that_really_lacks_the_prevention_is_still_told() -> None:
    text = _letter(f"Root cause\n{CAUSE}", f"Corrective actions\n{DONE}")
    assert _plan_findings(text) == [("preventive-measures", "missing")]


def test_a_facts_heading_that_goes_on_to_the_cause_is_not_a_missing_root_cause() -> None:
    facts = f"{NOTICE} We traced it to one batch where the supplier used thinner glass."
    text = _letter(f"WHAT HAPPENED\n{facts}", f"WHAT WE DID\n{DONE}",
                   f"HOW WE PREVENT IT\n{PREVENT}")
    assert ("root-cause", "missing") not in _plan_findings(text)
    notice_only = _letter(f"WHAT HAPPENED\n{NOTICE} The email came at night.",
                          f"WHAT WE DID\n{DONE}", f"HOW WE PREVENT IT\n{PREVENT}")
    assert _plan_findings(notice_only) == [("root-cause", "missing")]


def test_one_paragraph_of_what_we_will_do_after_the_cause_is_the_planned_correction() -> None:
    text = ("Hello,\n\nOur account was deactivated for high prices on face masks. The reason: "
            "our repricer raised the price when stock was low and we set no maximum.\n\n"
            "We will change the repricer rule and we will lower every mask to its usual "
            "price this week.\n\nThank you for your help.\n\nLi Wei")
    assert _plan_findings(text) == [("corrective-actions", "not-done"),
                                    ("preventive-measures", "missing")]
    assert not _no_plan(text)


# --- T006 ------------------------------------------------------------------------------------

def _kinds(text: str) -> list[str]:
    return [secret.kind for secret in find_secrets(text)]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("验证码：582 316，输入以后还是错误。", "one-time-code", "582 316"),
    ("The verification code 904-172 did not work.", "one-time-code", "904-172"),
    ("I got a verification code by text. The newest one, sent at 8:15, was 261 840 and it "
     "failed.", "one-time-code", "261 840"),
    ("Routing: 011-000-015\nAccount: 1234.5678.9012", "routing-number", "011-000-015"),
    ("Routing: 011-000-015\nAccount: 1234.5678.9012", "bank-account", "1234.5678.9012"),
    ("ABA 011 000 015 is the bank's number.", "routing-number", "011 000 015"),
])
def test_secrets_with_separators_and_in_a_later_sentence_are_found_masked(
    text: str, kind: str, value: str,
) -> None:
    assert kind in _kinds(text)
    assert value not in redact(text)
    report = _report(f"Hello,\n\n{text}\n\nPlease help.", "T006", kind="technical-issue")
    assert any(f.data.get("kind") == kind for f in report.findings)
    assert value not in str([f.to_dict() for f in report.findings])


@pytest.mark.parametrize("text", [
    "Routing: 123-456-789 is what the form shows.",  # fails the ABA check
    "The verification code never arrived. Our order 112-5583019-2746302 is waiting.",
    "Account: Prairie Pantry LLC, opened in 2024.",
    "I got a verification code. The call to (415) 555-0192 was at 9:42 AM.",
    "I got no verification code. The support number is 555-0192.",
    "The verification code 555-0192 is our phone, not a code.",
])
def test_separated_numbers_that_are_no_secret_stay_unflagged(text: str) -> None:
    assert _kinds(text) == []


@settings(max_examples=60, deadline=None)
@given(code=st.integers(100_000, 999_999), separator=st.sampled_from([" ", "-"]),
       label=st.sampled_from(["verification code", "OTP", "验证码", "one-time code"]))
def test_a_six_digit_code_read_out_in_two_groups_is_found_and_masked(
    code: int, separator: str, label: str,
) -> None:
    value = f"{str(code)[:3]}{separator}{str(code)[3:]}"
    text = f"Hello, the {label}: {value} is rejected every time."
    assert "one-time-code" in _kinds(text)
    assert value not in redact(text)


# --- T007 ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "cited"), [
    ("We have never sold fake products on this store.", False),
    ("我们从来没有卖过假货。", False),
    ("We did not sell counterfeit goods, only our own brand.", False),
    ("We never broke the Drop Shipping Policy on purpose.", True),
    ("Our account was deactivated for fake products complaints.", True),
    ("Next we will register our own brand in Brand Registry.", False),
])
def test_a_denial_of_a_violation_names_no_policy(sentence: str, cited: bool) -> None:
    text = f"Hello,\n\nOur account was deactivated. {sentence}\n\nPlease reactivate our account."
    assert (_report(text, "T007").findings == ()) is cited


# --- T002 ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "emotional"), [
    ("We fixed the labels. Hope Amazon can give us one more chance.", False),
    ("We fixed the labels. Please give us another chance to sell.", False),
    ("Please please give us one more chance, we are desperate.", True),
    ("现在工人的工资都发不出来了，我们公司就要倒闭了。", True),
    ("这样对待卖家太不公平了！", True),
    ("求求你们，恢复我们的账户吧。", True),
    ("我们已经更换了供应商，并且检查了所有库存。", False),
])
def test_one_polite_request_for_a_chance_is_calm_chinese_pleading_is_not(
    text: str, emotional: bool,
) -> None:
    letter = f"Hello,\n\n{NOTICE}\n\n{text}\n\nThank you."
    assert bool(_report(letter, "T002").findings) is emotional


# --- T003: the greeting is no paragraph of the plan; a label inside the notice; a clause ------

def test_the_notice_after_the_greeting_does_not_hide_a_missing_root_cause() -> None:
    notice = ("Our account was deactivated under the Prohibited Seller Activities policy for "
              "asking buyers to order on our own website.")
    done = ("We have already removed the insert card that sent buyers to our website and "
            "pulled every card from our prep centre the same week.")
    prevent = ("To keep this from happening again, every insert and template will be checked "
               "against the policy by the owner before use.")
    text = f"Hello Seller Performance,\n\n{notice}\n\n{done}\n\n{prevent}\n\nThank you,\nOwen"
    assert _plan_findings(text) == [("root-cause", "missing")]
    # a notice that gives the cause may be the root cause: no error
    caused = notice.replace(" for asking", " because our assistant kept asking")
    assert _plan_findings(text.replace(notice, caused)) == []


def test_a_label_inside_the_notice_and_a_clause_heading_over_planned_steps() -> None:
    text = ("Hi,\n\nOur Valid Tracking Rate is 91% and the account is deactivated. The reason: "
            "our local truck company gives no tracking number, so we entered the BOL number."
            "\n\nNext we will:\n1. Change to a carrier with online tracking.\n2. Buy shipping "
            "labels through Amazon for all parcels.\n\nTo avoid again: we will check the rate "
            "every day, and the shipping manager confirms each tracking number before 5 pm."
            "\n\nThanks,\nWendy")
    assert _plan_findings(text) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize(("text", "secret"), [
    ("My password for Seller Central is Kx9#mP2q, please check.", "Kx9#mP2q"),
    ("The password we use is Tulip-2026 since May.", "Tulip-2026"),
    ("Login anna@example.com, pass: Rw7!tq22", "Rw7!tq22"),
])
def test_a_password_a_few_words_after_its_label_is_found_and_masked(text: str,
                                                                    secret: str) -> None:
    assert _kinds(text) == ["password"]
    assert secret not in redact(text)


@pytest.mark.parametrize("text", [
    "The password field is 8-20 characters.", "Our password manager is 1Password.",
    "The password for our account is Amazons.", "Our password on the old laptop was changed.",
    "We pass: the check came back clean.",
])
def test_words_after_password_that_are_no_password_stay_unflagged(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize("violation", [
    "FBA product restrictions", "medical device claims", "product compliance",
    "search manipulation", "keyword stuffing", "offering incentives for reviews",
    "customer complaints about item condition", "product not as described complaints",
    "the Supply Chain Standards", "the Selling Policies",
])
def test_more_names_of_policies_name_them(violation: str) -> None:
    text = f"Hello,\n\nOur account was deactivated for {violation}. We fixed it.\n\nThank you."
    assert _report(text, "T007").findings == ()


def test_item_condition_said_of_ones_own_checks_names_no_policy() -> None:
    text = ("Hello,\n\nOur account was deactivated. We check the item condition before each "
            "shipment.\n\nPlease reactivate our account.")
    assert [f.code for f in _report(text, "T007").findings] == ["T007"]
