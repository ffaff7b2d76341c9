"""The classes of misreading behind the seventh message set's A016 false alarms (issue 13,
ninth round), on texts written for this test, not taken from the bench: a cover letter that
names its plan of action and then says where it is in a sentence of its own ("It's attached as
a PDF", "Please find it in the attached PDF file"), or lists the plan's file among its
attachments ("- POA_Store.pdf - our plan of action")."""

from __future__ import annotations

import pytest
from message_checks import no_plan

COVER = ("Dear Seller Performance,\n\nOur store Lakeside Lamps was deactivated on 2 April for "
         "late shipments. {said}\n\nWe can send any other document on the same day.\n\n"
         "Regards,\nNora Hale")


@pytest.mark.parametrize("said", [
    "We wrote a plan of action that covers the cause, what we changed and the new checks. "
    "It's attached as a Word document.",
    "We wrote a plan of action that covers the cause, what we changed and the new checks. "
    "It’s attached to this case.",
    "Our team prepared a plan of action with the cause and the fixes. Please find it in the "
    "attached PDF file.",
    "Our team prepared a plan of action with the cause and the fixes. Kindly see it in the "
    "enclosed document.",
    "In the attachments you will find:\n\n- POA_Lakeside_April.pdf - our plan of action\n"
    "- courier_contract.pdf - the new courier contract",
])
def test_a_plan_said_to_be_attached_asks_for_no_plan_in_the_text(said: str) -> None:
    assert not no_plan(COVER.format(said=said))


def test_a_letter_that_attaches_only_other_documents_still_has_no_plan() -> None:
    said = ("We are sorry for the delays. Please find it in the attached PDF file: the new "
            "courier contract.")
    assert no_plan(COVER.format(said=said))
