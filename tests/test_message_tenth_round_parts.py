"""The classes behind the eighth message set's T003 corrective, preventive and not-done misses
and A016's (issue 13, tenth round), on texts written for this test, not taken from the bench.

A part there in name only: corrective actions that only ask Amazon what to remove or wait for
its reply, only tell the cause again, only offer to cooperate and send "any document you need",
only say the harm is understood or respect brands' rights, or praise Amazon; a prevention that
only says "Same as above", states the seller's commitment by its name, or says the tie to
Amazon matters. The outline: "Our POA-2: Corrective" heads its part; "How it won't happen
again." closed with a stop is a heading; "What we'll be doing" and "Done already" head the
actions; a sign-off ends the part above it; "Why you do this to me?" is the seller's cry, not
the form's question; "Looking forward to your reply" is no prevention."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import hollow_kinds, no_plan, plan_letter, plan_problems

CAUSE = "Our picker took the jars from the wrong shelf and nobody checked the batch number."
DONE = "We removed the 52 mislabelled jars from FBA on 2026-04-02 and refunded the 9 buyers."
PREVENT = "A second person now checks the batch number of every box before it ships."


def _letter(cause: str = CAUSE, done: str = DONE, prevent: str = PREVENT) -> str:
    return plan_letter("Our store Copper Kettle Foods was deactivated on 2026-03-30 for "
                       "condition complaints on our honey.", cause, done, prevent,
                       "Please reinstate the store.\nBest regards,\nMarta Novak")


def test_the_letter_itself_is_a_whole_plan() -> None:
    assert plan_problems(_letter()) == []


# --- corrective actions there in name only ---------------------------------------------------

@pytest.mark.parametrize(("done", "kind"), [
    ("Please tell us which jars are exactly the problem so that we know what to remove. We are "
     "waiting for your answer to start.", "ask"),
    ("Could you please let us know which listings we must delete? We are still awaiting your "
     "instructions.", "ask"),
    ("The main reason was that the batch numbers were never checked and the shelves looked "
     "alike.", "cause"),
    ("We will cooperate with Amazon to resolve this issue and send any documents your team "
     "requires.", "thanks"),
    ("We understand that every wrong jar is a bad experience for the buyer and this is not how "
     "we like to work.", "comply"),
    ("We respect the trademarks of all brands. Amazon is the best marketplace in the world and "
     "we are proud to sell here.", "comply"),
])
def test_a_corrective_part_that_asks_retells_or_offers_is_missing(done: str, kind: str) -> None:
    text = _letter(done=done)
    assert plan_problems(text) == [("corrective-actions", "missing")]
    assert hollow_kinds(text) == [("corrective-actions", kind)]


@pytest.mark.parametrize("done", [
    "Please tell us if you need more papers; we have already removed all 52 jars from FBA.",
    "The reason was the old shelf labels, so we relabelled all 300 jars on 2026-04-03.",
    "We have sent the supplier invoices for the 52 jars, and we will cooperate with Amazon.",
])
def test_a_real_step_beside_such_words_stays_a_step(done: str) -> None:
    assert plan_problems(_letter(done=done)) == []


# --- a prevention there in name only ---------------------------------------------------------

@pytest.mark.parametrize(("prevent", "kind"), [
    ("Same as above.", "above"),
    ("As mentioned above.", "above"),
    ("Copper Kettle Foods remains fully committed to complying with all Amazon policies and to "
     "providing a great customer experience going forward.", "comply"),
    ("We are thankful for the guidance. We believe that our relationship with Amazon buyers is "
     "most important for us.", "thanks"),
])
def test_a_prevention_that_points_back_or_commits_is_missing(prevent: str, kind: str) -> None:
    text = _letter(prevent=prevent)
    assert plan_problems(text) == [("preventive-measures", "missing")]
    assert hollow_kinds(text) == [("preventive-measures", kind)]


def test_the_sign_off_is_not_the_prevention() -> None:
    text = ("Dear Seller Performance,\n\nOur store was deactivated on 2026-03-30.\n\n"
            f"Root cause:\n{CAUSE}\n\nCorrective actions:\n{DONE}\n\n"
            "Preventive measures:\nThank you for your understanding and support.\n\n"
            "Kind regards,\nMarta Novak\nCopper Kettle Foods Ltd\nUnit 14, 22 Mill Road, Leeds\n")
    assert plan_problems(text) == [("preventive-measures", "missing")]
    assert hollow_kinds(text) == [("preventive-measures", "thanks")]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Same as above", "Same as before", "See above",
                        "Refer to the above", "As stated above"]),
       st.sampled_from([".", "", " please."]))
def test_any_pointer_back_is_no_prevention(pointer: str, end: str) -> None:
    assert ("preventive-measures", "above") in hollow_kinds(_letter(prevent=pointer + end))


# --- the outline -----------------------------------------------------------------------------

def test_a_plan_heading_joined_to_its_number_heads_its_part() -> None:
    text = ("Dear Amazon Team,\n\nOur kettle was removed for safety complaints.\n\n"
            f"Our POA-1: The root cause\n{CAUSE}\n\n"
            "Our POA-2: Corrective\nWe will cooperate with Amazon to solve this problem and "
            "provide any document Amazon needs.\n\n"
            f"Our POA-3: Prevent\n{PREVENT}\n\nThanks,\nMarta")
    assert hollow_kinds(text) == [("corrective-actions", "thanks")]


def test_form_questions_closed_with_a_stop_head_their_parts() -> None:
    text = ("Dear Seller Performance,\n\nI write about the deactivation of my store.\n\n"
            f"What went wrong. {CAUSE}\n\n"
            f"What I have done. {DONE}\n\n"
            "How it won't happen again. Messages to buyers go out only through the two "
            "templates my colleague and I agreed in May.\n\nKind regards,\nMarta Novak\n")
    assert plan_problems(text) == []


@pytest.mark.parametrize("heading", ["What we'll be doing", "What we will be doing"])
def test_actions_headed_as_what_we_will_be_doing_are_only_planned(heading: str) -> None:
    text = ("Hi team,\n\nOur store was deactivated for a high ODR.\n\n"
            f"1. Why our ODR went up\n{CAUSE}\n\n"
            f"2. {heading}\n- We'll be pulling the 52 jars out of FBA next week.\n"
            "- We plan to refund every buyer of the batch.\n\n"
            f"3. Keeping it from happening again\n- {PREVENT}\n\nCheers,\nMarta")
    assert plan_problems(text) == [("corrective-actions", "not-done")]


def test_done_already_heads_the_corrective_actions() -> None:
    text = ("Hello,\n\nOur store was deactivated for a high ODR.\n\n"
            "Done already:\n- All 9 buyers got a full refund.\n- The 52 jars were disposed of.\n\n"
            f"From here on:\n- {PREVENT}\n\n"
            f"Why this happened, for the record: {CAUSE}\n\nThanks,\nMarta\n")
    assert plan_problems(text) == []


def test_a_plea_that_asks_why_you_did_it_holds_no_plan() -> None:
    text = ("Hello Amazon,\n\nWhy you do this to us? We sell on Amazon five years, always good "
            "reviews, and now the account is closed and the money is frozen.\n\n"
            "Please open the account today, we need this money for the rent.\n\nOleg")
    assert no_plan(text)
    assert plan_problems(text) == []


def test_looking_forward_to_a_reply_is_no_prevention() -> None:
    text = ("Dear Seller Performance,\n\nOur account Copper Kettle was deactivated for related "
            "accounts, under the policy on multiple selling accounts.\n\n"
            "We want to write the plan of action, but we do not know which account is related. "
            "We have one company and one account, in a shared office building.\n\n"
            "Could you please tell us the name of the related account? Then we will write it.\n\n"
            "Looking forward to your reply.\nCopper Kettle Foods")
    assert no_plan(text)
    assert plan_problems(text) == []


# --- done, set against what is planned -------------------------------------------------------

@pytest.mark.parametrize("done", [
    "We will send a removal order for the 80 jars, but this has been completed for the Leeds "
    "warehouse already. We will also write to the beekeeper.",
    "We will close the listing, however the 80 jars in FBA have been disposed of already.",
])
def test_a_step_done_after_a_contrast_is_done(done: str) -> None:
    assert plan_problems(_letter(done=done)) == []


def test_actions_only_planned_on_both_sides_of_a_contrast_are_not_done() -> None:
    done = "We will remove the listing, but we will keep the 80 jars until the beekeeper answers."
    assert plan_problems(_letter(done=done)) == [("corrective-actions", "not-done")]


# --- a plan written as a table ---------------------------------------------------------------

def _table(rows: str) -> str:
    return ("Dear Seller Performance Team,\n\nCopper Kettle Foods was deactivated on 2026-03-30 "
            "for an Order Defect Rate of 1.4%. Our plan of action is in the table below.\n\n"
            f"| Part | Detail |\n|---|---|\n{rows}\n\nBest regards,\nMarta Novak\n")


def test_a_plan_written_as_a_table_is_a_plan() -> None:
    text = _table(f"| Root cause | {CAUSE} |\n| Corrective actions | {DONE} |\n"
                  f"| Preventive measures | {PREVENT} |")
    assert not no_plan(text)
    assert plan_problems(text) == []


def test_a_table_without_its_prevention_row_lacks_it() -> None:
    text = _table(f"| Root cause | {CAUSE} |\n| Corrective actions | {DONE} |\n"
                  "| Contact | Marta Novak, owner |")
    assert plan_problems(text) == [("preventive-measures", "missing")]
