# ruff: noqa: RUF001 - Turkish and Russian labels are written with their own letters
"""The classes of misreading found on author B's half of the second labeled set once it was
opened for tuning (issue 13), each on texts written for this test: a label closed with a full
stop, "Our POA part 1 - ...", a plan said with its time first ("This week we will"), a
contraction ("we're going to"), "Our fix", a plan without a cause, a plan of action listed
among the attachments, a cause told in the notice's own sentence, a letter whose only part is
its root cause, an unowned paragraph that says nothing a part says, irregular participles,
where the wrong wording came from, a sentence over a list of what was done, despair and
giving up, a labelled IBAN of an odd length, a code sent by e-mail, a secret labelled in the
seller's own language, and negative feedback told as what buyers did."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from stdnum import iban

from casecheck import Config, validate
from casecheck.sensitive import find_secrets, redact

PLAN = ("root-cause", "corrective-actions", "preventive-measures")
NOTICE = "Our account was deactivated on 9 July 2026 for late shipments of our garden hoses."
CAUSE = ("Our only packer was ill for two weeks and nobody else knew how to print the labels, "
         "so forty orders left the warehouse three days late.")
DONE = ("We have trained two more people to print labels, and we have moved the cut-off time "
        "in Seller Central from 3 pm to 1 pm.")
PREVENT = ("Every packer will cover for another one each Friday, and we will check the late "
           "shipment figure every morning before packing starts.")
PLANNED = ("we will refund the eleven buyers whose orders were cancelled and we will write to "
           "each of them.")
TOLD_DONE = ("The label printer was moved to the front desk on 14 July, and two more people "
             "were trained to use it.")
TOLD_PREVENT = ("Each Friday one packer covers for another one, and the late shipment figure "
                "is read every morning before packing starts.")
"""The actions and the prevention told of things, not of "we": no sentence of theirs opens as
a part does, so only their labels say which part they are."""


def _report(text: str, *codes: str, kind: str = "account-appeal") -> Any:
    return validate({"type": kind, "marketplace": "US", "subject": "Appeal", "message": text},
                    config=Config(select=codes))


def _plan_findings(text: str, kind: str = "account-appeal") -> list[tuple[str, str]]:
    return sorted((f.data["part"], f.data["problem"])
                  for f in _report(text, "T003", kind=kind).findings
                  if f.data.get("part") in PLAN)


def _in_message(text: str) -> str | None:
    """What A016 says the message holds of a plan of action: "none", "said-attached", or
    None when it asks for no plan at all."""
    return next((f.data["in_message"] for f in _report(text, "A016").findings
                 if f.data.get("kind") == "plan-of-action"), None)


def _letter(*sections: str) -> str:
    return "\n\n".join(("Hello,", NOTICE, *sections, "Best regards,\nLena Hoffmann"))


# --- T003 / A016: how the parts are headed --------------------------------------------------

@pytest.mark.parametrize(("cause", "done", "prevent"), [
    ("Root cause.", "Corrective actions.", "Preventive measures."),
    ("Reason.", "Actions taken.", "Prevention."),
    ("Why it happened.", "Corrections.", "Going forward."),
])
def test_a_label_closed_with_a_full_stop_starts_its_part(cause: str, done: str,
                                                         prevent: str) -> None:
    text = _letter(f"{cause} {CAUSE}", f"{done} {TOLD_DONE}", f"{prevent} {TOLD_PREVENT}")
    assert _plan_findings(text) == []
    assert _in_message(text) is None
    lacking = _letter(f"{cause} {CAUSE}", f"{done} {TOLD_DONE}", "Please reinstate our account.")
    assert _plan_findings(lacking) == [("preventive-measures", "missing")]


@pytest.mark.parametrize("sentence", ["We are sorry. " + DONE, "Thank you. " + DONE])
def test_a_short_sentence_before_a_stop_is_no_label(sentence: str) -> None:
    text = _letter(f"Root cause: {CAUSE}", sentence, f"Preventive measures: {PREVENT}")
    assert _plan_findings(text) == []


@pytest.mark.parametrize("numbering", ["part 1", "Part A", "section I", "step 1"])
def test_the_plans_name_with_a_numbered_part_before_the_parts_name(numbering: str) -> None:
    second = numbering.replace("1", "2").replace("A", "B").replace(" I", " II")
    text = _letter(f"Our POA {numbering} - Why the late shipments happened\n{CAUSE}",
                   f"Our POA {second} - Actions\nThis week {PLANNED}")
    assert _plan_findings(text) == [("corrective-actions", "not-done"),
                                    ("preventive-measures", "missing")]


# --- T003: what was done and what is only planned --------------------------------------------

@settings(max_examples=25, deadline=None)
@given(lead=st.sampled_from(["This week", "Starting immediately", "Within 5 days,", "Tomorrow",
                             "Over the next few days", "Next month", "In the coming weeks"]))
def test_a_plan_said_with_its_time_first_is_only_planned(lead: str) -> None:
    text = _letter(f"Root cause:\n{CAUSE}", f"Corrective actions:\n{lead} {PLANNED}",
                   f"Prevention:\n{PREVENT}")
    assert _plan_findings(text) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize("lead", ["Last week", "On 12 July", "Yesterday"])
def test_a_deed_said_with_its_time_first_is_done(lead: str) -> None:
    done = f"{lead} we refunded the eleven buyers whose parcels were delayed."
    text = _letter(f"Root cause:\n{CAUSE}", f"Corrective actions:\n{done}",
                   f"Prevention:\n{PREVENT}")
    assert _plan_findings(text) == []


def test_our_fix_heads_the_corrective_actions_and_well_is_a_plan() -> None:
    text = _letter(f"## What caused it\n{CAUSE}",
                   "## Our fix\nFrom Monday we'll print every label the evening before, and "
                   "we'll ask a neighbour's shop to lend us a packer for busy days.",
                   f"## Keeping it fixed\n{PREVENT}")
    assert _plan_findings(text) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize("planned", [
    "We're going to print all labels the evening before and hire a second packer.",
    "I'm going to print all labels the evening before and hire a second packer.",
])
def test_a_plan_without_a_cause_whose_actions_are_only_planned(planned: str) -> None:
    text = _letter(planned, "In future we'll check the late shipment figure every morning "
                            "before the packing starts.")
    assert _plan_findings(text) == [("corrective-actions", "not-done"),
                                    ("root-cause", "missing")]


# --- A016 and T003: a plan of action listed among the attachments ---------------------------

@pytest.mark.parametrize("item", ["1. Plan of action (PDF, 4 pages)", "- POA (Word file)",
                                  "2) Our plan of action (attached)"])
def test_a_plan_of_action_listed_as_an_attachment_heads_nothing(item: str) -> None:
    text = ("Dear team,\n\nAbout our account deactivated for late shipments. Because the files "
            "are large, we put everything in the attachments:\n\n"
            f"{item}\n- Invoices of our carrier\n- Our business licence\n\n"
            "Please check the attachments.\n\nThank you")
    assert _plan_findings(text) == []
    assert _in_message(text) == "said-attached"


def test_a_plan_of_action_heading_over_its_parts_is_still_a_plan() -> None:
    text = _letter(f"## Plan of Action\n\n### Root cause\n{CAUSE}",
                   f"### Corrective actions\n{DONE}")
    assert _plan_findings(text) == [("preventive-measures", "missing")]
    assert _in_message(text) is None


# --- T003: where the cause is told -----------------------------------------------------------

ONE_PARAGRAPH_ACTIONS = (" We have moved our office to Izmir and we have updated the address in "
                         "Seller Central. To make sure this never happens again we will use no "
                         "shared office, and only our director will log in. Please review our "
                         "appeal.")


def test_a_cause_told_in_the_notices_own_sentence_is_not_missing() -> None:
    text = ("Dear team, our account was deactivated under the related accounts policy because "
            "it was linked to a closed account, and after checking we found that the link was "
            "the coworking space we rented, which another seller also used."
            + ONE_PARAGRAPH_ACTIONS)
    assert _plan_findings(text) == []


def test_a_notice_without_a_cause_in_one_paragraph_still_lacks_it() -> None:
    text = ("Dear team, our account was deactivated on 4 May 2026 under the related accounts "
            "policy, as the notice we received on that day says." + ONE_PARAGRAPH_ACTIONS)
    assert _plan_findings(text) == [("root-cause", "missing")]


@pytest.mark.parametrize("opening", ["The problem started because",
                                     "Here is what we think happened.", "The root cause is that"])
def test_a_letter_whose_only_part_is_its_root_cause_lacks_the_rest(opening: str) -> None:
    text = _letter(f"{opening} our only packer was ill for two weeks and nobody else knew how "
                   "to print the labels, so forty orders left three days late.",
                   "We have been selling garden hoses on Amazon for six years with good reviews "
                   "and this was the first time such a thing happened to our small shop.",
                   "Kindly review our account.")
    assert _plan_findings(text) == [("corrective-actions", "missing"),
                                    ("preventive-measures", "missing")]
    assert _in_message(text) is None


def test_a_cause_in_the_notice_alone_is_no_plan() -> None:
    text = ("Hello,\n\nOur account was deactivated because our late shipment rate was 6%.\n\n"
            "We have been selling on Amazon for six years and always had good feedback from "
            "our buyers.\n\nPlease reactivate our account.\n\nThank you")
    assert _plan_findings(text) == []
    assert _in_message(text) == "none"


def test_irregular_participles_and_a_cause_pointed_back_at() -> None:
    text = _letter("Our assistant put three different hoses under one parent listing as "
                   "sizes. That's where the problem came from.",
                   "We've now split them into three listings and we've gone through the other "
                   "parents in our catalogue.", "Please reinstate the listing.")
    assert _plan_findings(text, "listing-reinstatement") == [("preventive-measures", "missing")]


def test_where_the_wrong_wording_came_from_is_the_root_cause() -> None:
    text = _letter("The wording came from the maker's catalogue, and I pasted it into the "
                   "bullets without asking what it meant for a garden product.",
                   "Going forward, every new listing will be read against the restricted "
                   "products pages before it goes live.")
    assert _plan_findings(text, "listing-reinstatement") == [("corrective-actions", "missing")]


def test_a_sentence_over_a_list_of_what_was_done_starts_the_plan() -> None:
    text = ("Dear team,\n\nOur listing was removed for its title. We have already fixed it as "
            "below:\n\n1. The title is shortened to 90 characters.\n2. We removed the words "
            "'best' and 'cheapest'.\n3. We uploaded the new images on 3 August.\n\n"
            "Please reinstate the listing.\n\nThank you")
    assert _plan_findings(text, "listing-reinstatement") == [
        ("preventive-measures", "missing"), ("root-cause", "missing")]


def test_a_sentence_over_a_list_of_documents_is_no_plan() -> None:
    text = ("Dear team,\n\nOur account was deactivated on 3 August 2026. We already sent the "
            "following:\n\n1. Invoices from our supplier\n2. Our business licence\n"
            "3. A photo of our warehouse\n\nPlease reactivate our account.\n\nThank you")
    assert _plan_findings(text) == []
    assert _in_message(text) == "none"


# --- T002: despair and giving up ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "I am at my wits' end with this case.",
    "Honestly we do not know what else to do.",
    "I feel totally powerless here.",
    "We are about to give up on selling here.",
    "Nobody there even reads our cases.",
    "I don't know how we will make payroll this month.",
    "I just give up.",
])
def test_despair_is_emotional(sentence: str) -> None:
    text = _letter(f"{sentence} {CAUSE}", DONE)
    found = [f for f in _report(text, "T002").findings if f.code == "T002"]
    assert found, sentence
    assert found[0].data["phrase"].casefold() in sentence.casefold()


@pytest.mark.parametrize("sentence", [
    "We are ready to provide any other document you need.",
    "We will not give up on the quality of our hoses.",
    "We do not know which order the complaint was about.",
    "We plan to quit the old carrier next month.",
])
def test_calm_words_near_despairs_are_calm(sentence: str) -> None:
    text = _letter(f"{sentence} {CAUSE}", DONE)
    assert [f.code for f in _report(text, "T002").findings] == []


# --- T006: a labelled IBAN of an odd length, a code sent by e-mail ----------------------------

def _with_check_digits(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _grouped(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


@settings(max_examples=40, deadline=None)
@example(country="PL", bban="0" * 25)  # its first 24 digits make a valid Polish IBAN
@given(country=st.sampled_from(["TR", "DE", "GB", "PL"]),
       bban=st.text("0123456789", min_size=11, max_size=26))
def test_a_labelled_iban_whose_checksum_holds_is_found_masked(country: str, bban: str) -> None:
    value = _grouped(_with_check_digits(country, bban))
    labelled = f"Please pay the refund to our bank.\nIBAN: {value}\nThank you."
    found = [s for s in find_secrets(labelled) if s.kind == "iban"]
    assert [s.line for s in found] == [2]
    assert value.replace(" ", "") not in redact(labelled).replace(" ", "")
    shown = json.dumps([f.to_dict() for f in _report(labelled, "T006",
                                                     kind="technical-issue").findings])
    assert value.replace(" ", "") not in shown.replace(" ", "")
    groups = value.split(" ")
    if not any(iban.is_valid("".join(groups[:count])) for count in range(1, len(groups) + 1)):
        # unlabelled, an IBAN of a length its country lacks is some other code; but where its
        # first whole groups are a valid IBAN ("PL04" and 24 zeros, then " 0"), that is one
        assert not [s for s in find_secrets(f"Reference {value} on the invoice.")
                    if s.kind == "iban"]


def test_a_labelled_iban_whose_checksum_fails_is_no_secret() -> None:
    value = _with_check_digits("TR", "000620001960000068417293")
    broken = value[:-1] + str((int(value[-1]) + 1) % 10)
    assert not [s for s in find_secrets(f"IBAN: {_grouped(broken)}") if s.kind == "iban"]


@pytest.mark.parametrize(("text", "code"), [
    ("I also got a code by e-mail now: 604 917. Can you turn off the two-step login?", "604 917"),
    ("The code by SMS was 553018 but it expired.", "553018"),
    ("My email code is 71 but that is the short one; the full email code: 882310", "882310"),
])
def test_a_code_sent_by_e_mail_or_sms_is_a_one_time_code(text: str, code: str) -> None:
    found = [s for s in find_secrets(text) if s.kind == "one-time-code"]
    assert found
    assert code not in redact(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Our login is shop@example.com and şifre is Kartal_77x now.", "password"),
    ("Tài khoản của tôi, mật khẩu: Hanoi@2026", "password"),
    ("Login ok, пароль: Volga-1977", "password"),
    ("The doğrulama kodu 482913 came by SMS.", "one-time-code"),
    ("Please refund to hesap numarası 20003419871", "bank-account"),
])
def test_a_secret_labelled_in_the_sellers_own_language_is_found_masked(text: str,
                                                                       kind: str) -> None:
    found = [s for s in find_secrets(text) if s.kind == kind]
    assert [s.line for s in found] == [1]
    value = text[found[0].span[0]:found[0].span[1]]
    assert value not in redact(text)


# --- T007: negative feedback as what buyers did ----------------------------------------------

@pytest.mark.parametrize(("sentence", "cited"), [
    ("Several buyers left negative feedback about late parcels.", False),
    ("Our account was suspended due to negative feedback.", True),
    ("We were deactivated because of too many negative feedbacks.", True),
])
def test_negative_feedback_names_the_policy_only_as_the_reason(sentence: str,
                                                               cited: bool) -> None:
    text = _letter(sentence.replace("Our account was suspended", "We were deactivated"),
                   f"Root cause: {CAUSE}")
    text = text.replace(NOTICE, "We received a notice on 9 July 2026.")
    fired = any(f.code == "T007" for f in _report(text, "T007").findings)
    assert fired is not cited
