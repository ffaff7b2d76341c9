"""T007 in the ninth round of the message rules (issue 13): a policy's name used as a team's
("Dear Product Safety Team"), a contract the seller sends as a document ("the lease
agreement"), a training step among the corrective actions ("we read the rules about messaging
buyers"), and complaints named in Arabic and Indonesian. Every text here is written for the
test; none is copied from the labeled set."""

from __future__ import annotations

import pytest
from message_checks import codes


def _fires(text: str, **manifest: str) -> bool:
    return len(codes(text, "T007", **manifest)) == 1


# --- a policy's name as a team's name ----------------------------------------------------------

@pytest.mark.parametrize("letter", [
    "Dear Product Safety Team,\n\nOur store Maple Crafts was deactivated last week. We do not "
    "know why and we ask you to look at our account again.\n\nThank you.",
    "Hello,\n\nThe Identity Verification department asked us for papers and we sent all of them "
    "on Monday, but the account is still closed. Please review it.\n\nRegards.",
])
def test_a_policy_name_as_a_team_names_no_policy(letter: str) -> None:
    assert _fires(letter)


def test_a_policy_named_beside_a_team_still_counts() -> None:
    letter = ("Dear Product Safety Team,\n\nOur account was deactivated for product safety "
              "complaints about a heater. We removed it.\n\nThank you.")
    assert not _fires(letter)


# --- a contract the seller sends as a document -------------------------------------------------

@pytest.mark.parametrize("letter", [
    "Hello,\n\nWe have attached the plan, the owner's passport and the lease agreement for the "
    "warehouse. Please review our account.\n\nThank you.",
    "Hello,\n\nAttached are our supply agreement with the factory and the invoices. We hope the "
    "account can be reactivated.\n\nBest regards.",
])
def test_a_document_agreement_names_no_policy(letter: str) -> None:
    assert _fires(letter)


def test_the_business_solutions_agreement_still_counts() -> None:
    assert not _fires("Hello,\n\nWe were deactivated under the Business Solutions Agreement. "
                      "The lease agreement for our office is attached.\n\nThank you.")


# --- a training step among the corrective actions ----------------------------------------------

def test_rules_read_as_a_corrective_step_name_no_policy() -> None:
    letter = ("Dear Amazon,\n\nOur account was deactivated last month.\n\n"
              "Root cause: our new assistant wrote to buyers without checking with me.\n\n"
              "Corrective actions: We have stopped all messages. The team and I read all the "
              "rules about messaging buyers.\n\n"
              "Preventive measures: Only the owner will send messages from now on.\n\nThanks.")
    assert _fires(letter)


def test_a_policy_named_in_own_words_outside_the_steps_still_counts() -> None:
    letter = ("Dear Amazon,\n\nOur account was deactivated under the rules about messaging "
              "buyers.\n\nRoot cause: our assistant wrote to buyers.\n\nCorrective actions: We "
              "have stopped all messages.\n\nPreventive measures: Only the owner writes.\n\n"
              "Thanks.")
    assert not _fires(letter)


# --- complaints named in Arabic and Indonesian ------------------------------------------------

@pytest.mark.parametrize("letter", [
    "فريق أمازون المحترم،\n\nتم إيقاف الحساب بسبب شكاوى منتجات غير أصلية على الحقائب. أزلنا "
    "جميع القطع من المخزون.\n\nشكراً.",  # noqa: RUF001
    "Kepada Tim Amazon,\n\nListing tas kulit kami dinonaktifkan karena pelanggaran hak cipta "
    "pada foto produk. Kami sudah mengganti semua foto.\n\nTerima kasih.",
])
def test_a_complaint_named_in_arabic_or_indonesian_is_cited(letter: str) -> None:
    assert not _fires(letter, marketplace="AE")
