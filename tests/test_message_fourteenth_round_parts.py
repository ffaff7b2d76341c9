"""The classes behind the earlier message sets' A016 false "no plan" and T003 preventive misses
(issue 13, fourteenth round), on texts written for this test, not taken from the bench: a
letter whose only part is a paragraph of what was changed has begun a plan, one that tells
only what was sent to Amazon has not, and a prevention that pastes the actions again is no
prevention."""

from __future__ import annotations

import pytest
from message_checks import hollow_kinds, no_plan, plan_problems, report

from casecheck import Config, validate

GREETING = "Dear Seller Performance team,"
NOTICE = ("Our account was deactivated for selling used garden tools as new. A new part-time "
          "worker listed the returned pruners as new without inspecting them.")
SIGNED = "Regards,\nMarta Lindqvist\nLindqvist Garden Supply"
CHANGES = ("Since the notice we have removed the 64 returned pruners from sellable stock, "
           "refunded the nine buyers in full and closed the listing the returns were put on.")


def _letter(*paragraphs: str) -> str:
    return "\n\n".join((GREETING, *paragraphs, SIGNED)) + "\n"


# --- a paragraph of what was changed begins a plan ----------------------------------------

@pytest.mark.parametrize("changes", [
    CHANGES,
    # the fix first, with no "since": what the seller changed in its own business
    "We have closed the second seller account our cousin opened, and the bank card and the "
    "phone number that were shared with it have been removed from our account too.",
])
def test_a_paragraph_of_changes_after_the_notice_begins_a_plan(changes: str) -> None:
    text = _letter(NOTICE, changes)
    # not "no plan of action": the letter has its actions, and is told what it lacks
    assert not no_plan(text)
    assert ("preventive-measures", "missing") in plan_problems(text)
    assert ("corrective-actions", "missing") not in plan_problems(text)
    finding = next(f for f in report(text, "T003").findings
                   if f.data.get("part") == "preventive-measures")
    assert finding.data["found"] == {"corrective-actions": 5}
    chinese = validate({"type": "account-appeal", "marketplace": "US", "subject": "Appeal",
                        "message": text}, config=Config(select=("T003",), lang="zh-CN"))
    assert any(f.data.get("part") == "preventive-measures" and "预防措施" in f.message
               for f in chinese.findings)


def test_a_person_of_the_business_named_in_the_notice_paragraph_may_be_the_cause() -> None:
    # "A new part-time worker listed ..." tells who did it: the cause is not called missing
    text = _letter(NOTICE, CHANGES)
    assert ("root-cause", "missing") not in plan_problems(text)
    bare = _letter("Our account was deactivated for selling used garden tools as new.", CHANGES)
    assert not no_plan(bare)


@pytest.mark.parametrize("sent", [
    # documents given to Amazon are the appeal's evidence, not a change to the business
    "I have now uploaded my passport, a utility bill for the warehouse address and the bank "
    "statement from this month, and all three show the same name as the account.",
    "We have already submitted the supplier invoices and the factory licence twice, and each "
    "time the answer was the same template without any reason given.",
    # a retraction asked of the rights owner
    "We have contacted the brand owner to ask for a retraction of both complaints and will "
    "forward their answer to this case as soon as it arrives in our inbox.",
    # a fix told on the way to the request
    "We have now set every price back to what it was in January for all the products. Please "
    "reactivate the account so we can keep serving our customers in Ohio.",
])
def test_what_was_sent_or_asked_begins_no_plan(sent: str) -> None:
    text = _letter("Our account was deactivated on 3 March for an identity verification "
                   "problem with our documents.", sent)
    assert no_plan(text)
    assert plan_problems(text) == []


def test_a_listing_fix_told_on_its_own_begins_no_plan() -> None:
    # a listing reinstatement may be answered by its fix and documents; an account appeal,
    # which must hold a plan, is told which parts the same paragraph leaves out
    text = _letter("Our listing of a 12 V garden pump was removed on 4 May for a suspected "
                   "product safety concern.",
                   "Since then we have updated the listing with the warnings from the user manual, "
                   "added the certificate numbers to the description and relabelled the 40 "
                   "pumps in stock.")
    assert plan_problems(text, kind="listing-reinstatement") == []
    assert ("preventive-measures", "missing") in plan_problems(text)


def test_a_cover_letter_summing_up_its_attached_plan_begins_none() -> None:
    text = _letter("Our account was deactivated for selling used garden tools as new. Please "
                   "find attached our plan of action as a PDF.", CHANGES)
    assert plan_problems(text) == []


# --- a prevention that pastes the actions again -------------------------------------------

ACTIONS = ("- We removed the 64 returned pruners from sellable stock on 4 March.\n"
           "- We refunded the nine buyers and sent each a prepaid return label.\n"
           "- We closed the listing the returns were put on.")


@pytest.mark.parametrize("copy", [
    "- We removed the 64 returned pruners from sellable stock.\n"
    "- We refunded the nine buyers in full.\n"
    "- We sent our invoices to Amazon with this appeal.",
    "We removed the 64 returned pruners from sellable stock. We closed the listing.",
])
def test_a_prevention_that_repeats_the_actions_is_hollow(copy: str) -> None:
    text = _letter(NOTICE, f"Root cause\n{NOTICE}", f"Corrective actions\n{ACTIONS}",
                   f"Preventive measures\n{copy}")
    assert ("preventive-measures", "copied") in hollow_kinds(text)
    assert ("preventive-measures", "missing") in plan_problems(text)
    finding = next(f for f in report(text, "T003").findings
                   if f.data.get("hollow") == "copied")
    assert "only repeats the corrective actions" in finding.message
    assert finding.data["says"].startswith("We removed the 64 returned pruners")


@pytest.mark.parametrize("prevent", [
    # a measure that stays, though told in the past and beside a repeated step
    "- We removed the 64 returned pruners from sellable stock.\n"
    "- Every returned unit is now inspected by a second person before it goes back on sale.",
    # new steps of its own, done once but not a copy
    "- We hired a returns inspector who started on 10 March.\n"
    "- We bought a grading checklist app for the warehouse tablets.",
])
def test_a_prevention_of_its_own_stays(prevent: str) -> None:
    text = _letter(NOTICE, f"Root cause\n{NOTICE}", f"Corrective actions\n{ACTIONS}",
                   f"Preventive measures\n{prevent}")
    assert hollow_kinds(text) == []
    assert plan_problems(text) == []
