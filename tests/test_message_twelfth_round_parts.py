"""The classes behind the tenth and earlier message sets' T003 corrective, preventive and
not-done misses and A016's false alarms (issue 13, twelfth round), on texts written for this
test, not taken from the bench."""

from __future__ import annotations

import pytest
from message_checks import hollow_kinds, plan_letter, plan_problems

OPENING = "Our account was deactivated after complaints that our desk lamps arrived broken."
CAUSE = ("The carton our new packer used had no corner inserts, and we did not test the "
         "carton before the first shipment.")
PREVENT = "Every new carton design is now drop-tested by our warehouse lead before it is used."
CLOSING = "Thank you for your time.\nMaria Lopez"
NOT_DONE = [("corrective-actions", "not-done")]


# --- a corrective part in the passive future: "the units will be removed and destroyed" ---

@pytest.mark.parametrize("done", [
    "The 420 lamps left in FBA will be removed from the warehouse and destroyed. A removal "
    "order will be created for the stranded units.",
    "The product photos will be retaken and the old listing text deleted.",
    "All titles will be rewritten and the damaged stock disposed of.",
])
def test_a_passive_plan_joined_by_and_is_only_planned(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == NOT_DONE


@pytest.mark.parametrize("done", [
    # the deed has a tense of its own
    "The 420 lamps were removed from FBA and will be recycled next week.",
    "All stock will be removed from FBA, and 60 units destroyed already.",
    "We removed the 420 lamps from FBA, and the rest will be recycled.",
])
def test_a_deed_beside_a_passive_plan_stays_done(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == []


# --- "What is done:" heads the corrective actions --------------------------------------

@pytest.mark.parametrize("head", ["What is done:", "What was corrected:", "What is already done:"])
def test_what_is_done_heads_the_corrective_actions(head: str) -> None:
    text = (f"Dear Team,\n\n{OPENING}\n\nWhy: {CAUSE}\n\n{head} The packer replaced the "
            f"cartons; we told every buyer about the new packing.\n\nPrevention: {PREVENT}\n\n"
            f"{CLOSING}\n")
    assert plan_problems(text) == []


# --- "For fix the problem, we will ...": the aim with "for" opens the actions ------------

def _unheaded(done: str) -> str:
    return (f"Dear Seller Performance,\n\n{OPENING}\n\nThe problem is because {CAUSE[4:]}\n\n"
            f"{done}\n\nFor the future, every new carton design is drop-tested by our "
            f"warehouse lead before we use it for any shipment.\n\n{CLOSING}\n")


def test_actions_opened_by_for_fix_are_read_for_their_tense() -> None:
    text = _unheaded("For fix the problem, we will send a new lamp to each of the 12 buyers. "
                     "We will buy cartons with corner inserts.")
    assert plan_problems(text) == NOT_DONE


def test_actions_opened_by_for_fix_in_the_past_are_done() -> None:
    text = _unheaded("For fixing the problem, we sent a new lamp to each of the 12 buyers and "
                     "bought cartons with corner inserts.")
    assert plan_problems(text) == []


# --- a plan that says how long it holds: "Until then we will keep the listing closed" ---

@pytest.mark.parametrize("done", [
    "We will send the lamp to a test lab next week. Until then we will keep the listing closed.",
    "We will order a drop test. In the meantime, we will keep the listing closed.",
    "When the test report is ready, we will upload it and keep the listing closed.",
])
def test_a_plan_that_waits_for_something_is_only_planned(done: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == NOT_DONE


def test_a_deed_that_waits_is_still_done() -> None:
    done = "Until the test report came back we kept the listing closed, and we refunded 12 buyers."
    assert plan_problems(plan_letter(OPENING, CAUSE, done, PREVENT, CLOSING)) == []


# --- a prevention that only promises, in contractions: "We're sorry, we'll do better" -----

DONE = "We refunded the 12 buyers and moved every lamp to a carton with corner inserts."


@pytest.mark.parametrize(("prevent", "kind"), [
    ("We're really sorry for this and we'll do better.", "promise"),
    ("We'll never repeat this mistake.", "promise"),
    ("We're sure this won't happen again now that the new cartons are here.", "promise"),
    ("I'm so sorry about it.", "apology"),
])
def test_a_contracted_promise_is_no_prevention(prevent: str, kind: str) -> None:
    text = plan_letter(OPENING, CAUSE, DONE, prevent, CLOSING)
    assert ("preventive-measures", kind) in hollow_kinds(text)
    assert plan_problems(text) == [("preventive-measures", "missing")]


@pytest.mark.parametrize("prevent", [
    "We're sorry, and we'll drop-test every new carton design before it is used.",
    "We'll have a second person check each packed order, so this won't happen again.",
])
def test_a_contracted_promise_beside_a_measure_stays(prevent: str) -> None:
    assert plan_problems(plan_letter(OPENING, CAUSE, DONE, prevent, CLOSING)) == []


# --- "Since then we have set ...": the actions, opened by when they were taken -----------

def test_actions_since_the_notice_with_set_open_the_corrective_part() -> None:
    text = ("Hello,\n\nOur account was deactivated for prices well above their usual level "
            "during the flood in March.\n\nThe problem happened because our repricing tool "
            "followed the highest offer with no upper limit, so a 5 kg bag of sand went from "
            "$9 to $31 for two days.\n\nSince then we have set a fixed maximum on every SKU, "
            "switched the tool to follow the lowest offer and refunded the 80 buyers who paid "
            "more than $10.\n\nThank you for reading.\nSam\n")
    assert plan_problems(text) == [("preventive-measures", "missing")]


# --- a section in the prevention's place, in words the outline lacks, that only apologises --

def _headed(third: str) -> str:
    return (f"Dear Seller Performance,\n\n{OPENING}\n\n## Investigation\n{CAUSE}\n\n"
            f"## Immediate actions\n{DONE}\n\n## What we learnt\n{third}\n\n{CLOSING}\n")


@pytest.mark.parametrize(("third", "kind"), [
    ("Cartons matter more than we thought. We apologise to the buyers who got "
     "a broken lamp.", "apology"),
    ("It was a hard month for us. We take this very seriously.", "promise"),
])
def test_an_unknown_section_that_is_hollow_is_no_prevention(third: str, kind: str) -> None:
    text = _headed(third)
    assert plan_problems(text) == [("preventive-measures", "missing")]
    assert hollow_kinds(text) == [("preventive-measures", kind)]


def test_an_unknown_section_that_says_something_is_still_given_the_doubt() -> None:
    text = _headed("A change of carton in the busiest month of the year cost us much more than "
                   "we had expected.")
    assert plan_problems(text) == []


def test_a_promise_never_to_be_linked_again_is_no_prevention() -> None:
    prevent = "We promise we will never have any connection with another seller account again."
    text = plan_letter(OPENING, CAUSE, DONE, prevent, CLOSING)
    assert hollow_kinds(text) == [("preventive-measures", "promise")]


# --- the actions and the prevention headed by one word in Spanish and French --------------

@pytest.mark.parametrize(("heads", "cause", "done", "prevent"), [
    (("Nuestra cuenta fue desactivada por una queja de seguridad.", "Causa:", "Acciones:",
      "Prevención:"),
     "la fábrica cambió la tapa del termo sin avisarnos.",
     "retiramos el termo de la venta y reembolsamos a los 9 clientes.",
     "ahora probamos cada lote nuevo antes de enviarlo a Amazon."),
    (("Notre compte a été désactivé après une plainte de sécurité.", "Cause :",
      "Mesures prises :", "Prévention :"),
     "notre fournisseur a changé le bouchon du thermos sans nous prévenir.",
     "nous avons retiré le thermos de la vente et remboursé les 9 clients.",
     "chaque nouveau lot est maintenant testé avant l'envoi chez Amazon."),
])
def test_one_word_headings_in_spanish_and_french_name_their_parts(
        heads: tuple[str, str, str, str], cause: str, done: str, prevent: str) -> None:
    text = (f"Hola,\n\n{heads[0]}\n\n{heads[1]} {cause}\n\n{heads[2]} {done}\n\n"
            f"{heads[3]} {prevent}\n\nLuis\n")
    assert plan_problems(text, marketplace="MX") == []
