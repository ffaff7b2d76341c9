"""The fifteenth round of the message rules (issue 13): hollow parts, the language told by
its script, T002 and T006.

T003: a part left for later (a bracketed note to the writer, a cause left to an investigation
or another's review), a corrective part said not to be needed or only promised with nothing
named ("We will fix it."). T001/A016/T007: a letter in a script that tells its language
(Bengali, Thai) is in that language, whatever the Latin-script model guesses. T002: hurt
feelings, despair idioms and the sweeping "Amazon does not care about sellers". T006: a code
in a pasted Russian SMS ("Ваш код"). Every text here is written for the test; none is copied
from the labeled set."""

from __future__ import annotations

import pytest
from message_checks import codes, no_plan, plan_problems, report

from casecheck.language import detect
from casecheck.sensitive import find_secrets

OPENING = "Our listing of garden hoses was deactivated for customer complaints about leaks."
CAUSE = ("Our packer did not test the couplings, because the test step was missing from our "
         "checklist.")
DONE = "- We removed the 40 units from FBA.\n- We refunded the 12 buyers."
PREVENT = "Our supervisor now tests one hose from every batch before it is shipped."
CLOSING = "Thank you,\nMira"


def _letter(cause: str = CAUSE, done: str = DONE, prevent: str = PREVENT) -> str:
    return (f"Dear Seller Performance team,\n\n{OPENING}\n\n"
            f"Root cause:\n{cause}\n\n"
            f"Corrective actions:\n{done}\n\n"
            f"Preventive measures:\n{prevent}\n\n"
            f"{CLOSING}\n")


def _hollow(text: str) -> dict[str, object]:
    return {f.data["part"]: f.data.get("hollow") for f in report(text, "T003").findings
            if f.data.get("problem") == "missing" and "hollow" in f.data}


# --- class 4: a part left blank or for later --------------------------------------------------

@pytest.mark.parametrize("done", [
    "(blank - the manager will fill this in)",
    "[to be updated after our call with the warehouse]",
])
def test_a_bracketed_note_left_in_the_actions_place_is_no_step(done: str) -> None:
    text = _letter(done=done)
    assert _hollow(text).get("corrective-actions") == "later"
    assert ("corrective-actions", "not-done") not in plan_problems(text)


@pytest.mark.parametrize("cause", [
    "We will look into it with our fulfilment partner.",
    "Under review by the factory. We expect its findings next month.",
])
def test_a_cause_left_to_an_investigation_still_to_come_is_no_cause(cause: str) -> None:
    assert _hollow(_letter(cause=cause)).get("root-cause") == "unknown"


def test_a_note_in_brackets_beside_a_step_and_an_investigation_done_stay_quiet() -> None:
    text = _letter(
        cause="We investigated with the factory and found the couplings were from an old batch.",
        done="- We removed the 40 units from FBA (all of them, from both warehouses).")
    assert _hollow(text) == {}
    # "we will review every return" is a prevention, not a deferred cause
    weekly = "We will review every return against the checklist each week."
    assert "preventive-measures" not in _hollow(_letter(prevent=weekly))


# --- class 5: nothing to correct, or only a promise -------------------------------------------

@pytest.mark.parametrize("done", [
    "Nothing to correct, the hoses are made to the standard by our own workshop.",
    "No action needed. The leaks came from one heat wave and the stock is fine again.",
    "We will fix it.",
])
def test_a_corrective_part_that_says_none_is_needed_or_only_promises_is_hollow(done: str) -> None:
    text = _letter(done=done)
    assert "corrective-actions" in _hollow(text)
    assert ("corrective-actions", "not-done") not in plan_problems(text)


def test_none_of_the_units_and_a_named_fix_are_steps() -> None:
    assert _hollow(_letter(done="None of the recalled units were sold; we removed all 40.")) == {}
    assert ("corrective-actions", "missing") not in plan_problems(
        _letter(done="We will fix the coupling drawings and replace the 40 units."))


# --- class 6: causes that own the seller's choice -----------------------------------------------

@pytest.mark.parametrize("cause", [
    "Checking again, the receipts do not lead back to the maker, and we cannot prove the items "
    "are genuine.",
    "The parcels were sent by us with a budget courier that lost many of them in customs.",
])
def test_an_admitted_defence_and_a_carrier_the_seller_chose_are_causes(cause: str) -> None:
    assert "root-cause" not in _hollow(_letter(cause=cause))


def test_the_defence_and_the_habit_held_up_stay_hollow() -> None:
    assert _hollow(_letter(cause="All the lamps we sell are genuine.")).get("root-cause") \
        == "denied"
    assert _hollow(_letter(cause="We checked but we cannot find the reason. All our parcels "
                                 "are sent by us.")).get("root-cause") == "unknown"


def test_a_cause_told_in_the_actions_is_the_plans_cause() -> None:
    text = _letter(cause="We looked at the 7 complaints about the hoses.",
                   done="- We pulled all units: 15 leaked because they were returned units "
                        "put back on sale.\n- We refunded the 7 buyers.")
    assert "root-cause" not in _hollow(text)
    # ... but a reason that only names the notice is none
    text = _letter(cause="We looked at the 7 complaints about the hoses.",
                   done="- We removed the listing because of the complaints.")
    assert _hollow(text).get("root-cause") == "restated"


# --- class 18: a circular cause ----------------------------------------------------------------

def test_a_cause_that_names_the_notices_own_events_is_restated() -> None:
    cause = "The reason for our high rate of late shipments is the late shipments."
    assert _hollow(_letter(cause=cause)).get("root-cause") == "restated"
    cause = "The reason for the late shipments is that our courier pickup moved to 6 pm."
    assert "root-cause" not in _hollow(_letter(cause=cause))


# --- class 7: the script tells the language ---------------------------------------------------

BENGALI = ("প্রিয় বিক্রেতা সহায়তা দল,\n\nআমাদের দোকানের তালিকা বন্ধ হয়ে গেছে। কারণ: আমাদের প্যাকার "
           "পাইপের জোড়া পরীক্ষা করেনি।\n\nসংশোধন: আমরা সব পণ্য সরিয়ে দিয়েছি।\n\nধন্যবাদ,\nমীরা")
THAI = ("เรียนทีมงาน\n\nร้านของเราถูกระงับเพราะสินค้าไม่ผ่านการตรวจสอบ เราได้นำสินค้าทั้งหมดออกจากคลังแล้ว "
        "และจะตรวจสอบทุกล็อตก่อนส่ง\n\nขอบคุณค่ะ")


@pytest.mark.parametrize(("text", "language"), [(BENGALI, "bn"), (THAI, "th")])
def test_a_letter_in_a_script_of_its_own_is_in_that_language(text: str, language: str) -> None:
    assert detect(text).language == language
    assert [f.data["language"] for f in codes(text, "T001")] == [language]
    assert not no_plan(text)  # A016 says it cannot read it, not that there is no plan
    assert [f.data.get("in_message") for f in codes(text, "A016")] == ["unread"]
    assert codes(text, "T007") == []


def test_an_english_letter_naming_a_shop_in_another_script_stays_english() -> None:
    text = ("Dear team,\n\nWe are the seller ร้านสวน (Garden Shop). Our listing was removed "
            "because our packer did not test the couplings. We removed the units and refunded "
            "the buyers.\n\nThank you")
    assert detect(text).language == "en"
    assert codes(text, "T001") == []


# --- class 12: T002, hurt and despair ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm absolutely gutted about this decision and I have nothing more to say.",
    "We are disappointed and hurt by how this case was handled.",
    "Honestly I am at the end of my rope with this listing.",
    "This has been the worst month of my life.",
    "It seems Amazon does not care about small sellers like us.",
    "I feel like we are being treated as criminals for selling our own soap.",
])
def test_hurt_feelings_and_sweeping_charges_are_emotional(text: str) -> None:
    assert len(codes(f"Hello,\n\n{text}\n\nThank you", "T002")) == 1


@pytest.mark.parametrize("text", [
    "The old warehouse building was gutted by a fire in March, so we moved our stock.",
    "One buyer was hurt by a sharp edge, so we recalled the batch and refunded everyone.",
    "We treated the claim as urgent and refunded the buyer on the same day.",
    "We care about our buyers and check every unit before it ships.",
])
def test_the_same_words_of_facts_stay_quiet(text: str) -> None:
    assert codes(f"Hello,\n\n{text}\n\nThank you", "T002") == []


# --- class 13: T006, a pasted Russian SMS -----------------------------------------------------

def test_a_code_after_the_russian_sms_opening_is_a_one_time_code() -> None:
    found = list(find_secrets('The text said "Ваш код для входа: 604 817", and it failed.'))
    assert [s.kind for s in found] == ["one-time-code"]


def test_a_russian_error_code_is_no_secret() -> None:
    assert list(find_secrets("Страница показала код ошибки 5003 и закрылась.")) == []
