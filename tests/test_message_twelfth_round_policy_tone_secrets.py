"""T007, T006 and T002 in the twelfth round of the message rules (issue 13).

T007: "related" is the related-accounts policy's own word, "linked" or "connected to another
account" only retells the e-mail; "the multiple account policy"; the Chinese relation said after
the other account; "it is fake" with a pronoun says not what was fake; a right the seller "got"
followed by "complaint" is the complaint received; a healthy metric compared with its figure
("ODR always lower than 0.3%"); "safety documentation"; German, French, Polish and Arabic names.
T006: a code after a colon later on its label's line; a code received in Portuguese or Spanish;
a card's expiry said as its validity; a Brazilian account after "conta"; an IBAN whose national
check digit is wrong. T002: savings put into the business told calmly; despair at the end of
strength; "nobody lifts a finger"; Spanish and Portuguese pleading. Every text here is written
for the test; none is copied from the labeled set."""

from __future__ import annotations

import pytest
from message_checks import codes, report

from casecheck.sensitive import find_secrets, redact


def _fires(text: str, **manifest: str) -> bool:
    return len(codes(text, "T007", **manifest)) == 1


def _letter(opening: str) -> str:
    return (f"Hello Seller Performance,\n\n{opening} We have checked our records and the "
            "documents are attached.\n\nPlease review our case.\n\nThank you,\nNadia")


# --- T007: the related-accounts reason, in the policy's word or retold -------------------------

@pytest.mark.parametrize("opening", [
    "Our store was deactivated because it is linked to another account.",
    "The e-mail says our account is connected to another seller account.",
    "We were told that our shop is linked with another account we do not know.",
    "Amazon says our account is linked.",
])
def test_linked_or_connected_to_another_account_only_retells_the_email(opening: str) -> None:
    assert _fires(_letter(opening))


@pytest.mark.parametrize("opening", [
    "Our store was deactivated because it is related to another account.",
    "Our store was deactivated under the multiple account policy.",
    "Our store was deactivated for related accounts.",
    "We think the linked accounts are an old employee's.",
])
def test_the_related_accounts_policy_by_its_word_or_title_is_cited(opening: str) -> None:
    assert not _fires(_letter(opening))


def test_the_chinese_relation_after_the_other_account_names_the_policy() -> None:
    text = ("您好，\n\n我们的店铺被通知与其他一个店铺有关联，因此被停用。"
            "那个店铺是我们的前合作伙伴开的，我们已经没有任何往来。\n\n谢谢。")
    assert not _fires(text, marketplace="JP")


# --- T007: what was fake, and a complaint received -------------------------------------------

def test_it_is_fake_says_not_what_was_fake() -> None:
    assert _fires(_letter("A buyer wrote that it is fake, and our listing was closed."))


def test_the_goods_called_fake_still_retell_the_violation() -> None:
    assert not _fires(_letter("Our listing was closed because the buyer said the scarves were "
                              "fake."))


@pytest.mark.parametrize("opening", [
    "We got a copyright infringement complaint from a photographer about our main image.",
    "We got a trademark complaint from another seller last Monday.",
])
def test_a_right_we_got_followed_by_complaint_is_the_complaint_received(opening: str) -> None:
    assert not _fires(_letter(opening))


def test_a_right_we_got_is_still_our_own_paper() -> None:
    assert _fires(_letter("We got the trademark registered in 2021, and our store was closed."))


# --- T007: a healthy metric compared with its figure -----------------------------------------

def test_a_metric_compared_with_its_figure_on_the_good_record_names_no_policy() -> None:
    assert _fires(_letter("Our store was closed on 3 June. We have good metrics, our ODR always "
                          "lower than 0.4% for two years."))


def test_a_metric_that_went_over_its_target_still_names_the_policy() -> None:
    assert not _fires(_letter("Our store was closed on 3 June because our ODR went over 1.2%."))


# --- T007: the safety papers and the names of other languages --------------------------------

def test_safety_documentation_the_listing_waits_for_names_product_safety() -> None:
    assert not _fires(_letter("Our kids' scooter listing is inactive pending safety "
                              "documentation."), kind="listing-reinstatement")


@pytest.mark.parametrize(("marketplace", "text"), [
    ("DE", "Guten Tag,\n\nunser Konto wurde wegen der Bestellmängelquote gesperrt. Wir haben den "
           "Versand umgestellt.\n\nDanke"),
    ("FR", "Bonjour,\n\nnotre compte a été désactivé après des plaintes sur l'état des articles "
           "livrés. Nous avons changé d'entrepôt.\n\nMerci"),
    ("PL", "Dzień dobry,\n\nnasza oferta została usunięta, bo lampa należy do produktów "
           "zastrzeżonych. Usunęliśmy ją z katalogu.\n\nDziękujemy"),
    ("AE", "مرحبا،\n\nتمت إزالة المنتج بسبب مخالفة سياسة صور المنتجات، "
           "وقد غيرنا الصورة الرئيسية.\n\nشكرا"),  # noqa: RUF001
])
def test_names_in_the_sellers_own_language(marketplace: str, text: str) -> None:
    assert not _fires(text, marketplace=marketplace)


# --- T006 -----------------------------------------------------------------------------------

CARD = "4556730188224937"
IBAN_BAD_NATIONAL = "ES6821000418000200051332"
"""Its ISO 7064 checksum and Spanish length hold; the Spanish CCC check digits (00) do not."""


def kinds(text: str) -> list[str]:
    return sorted(s.kind for s in find_secrets(text))


@pytest.mark.parametrize(("line", "expected"), [
    ("Amazon sent the verification code to my accountant and she passed it on to me: 71 40 93.",
     ["one-time-code"]),
    ("The OTP by SMS never works. This morning I got one by e-mail instead: 305 618.",
     ["one-time-code"]),
    ("O código de verificação não funciona. Recebi o código 731 604 por SMS.", ["one-time-code"]),
    ("Me enviaron el código 285140 y la página dice que es inválido.", ["one-time-code"]),
    (f"Card {CARD}, valid till 04/2031, please charge it.", ["card", "card-expiry"]),
    (f"Card number: {CARD}\nExpire: 09/30", ["card", "card-expiry"]),
    ("Para o reembolso: Banco do Brasil, agência 1234, conta 98765-4.", ["bank-account"]),
    (f"Para el pago pueden usar nuestra cuenta {IBAN_BAD_NATIONAL}.", ["iban"]),
])
def test_secret_readings(line: str, expected: list[str]) -> None:
    text = f"Hello,\n\n{line}\n\nThank you"
    assert kinds(text) == expected
    for secret in find_secrets(text):
        assert text[secret.span[0]:secret.span[1]] not in redact(text)


@pytest.mark.parametrize("line", [
    "I never got the verification code. Our phone number is below:\n+1 555 0100",
    "The verification code does not arrive, the last try was at 09:42.",
    "Our trademark certificate is valid till 07/2031.",
    "A conta foi desativada em 2026 e recebi o pedido 114-3092817-6604519 ontem.",
    # one digit of the checksum changed: no IBAN
    f"Para el pago pueden usar nuestra cuenta {IBAN_BAD_NATIONAL[:3]}9{IBAN_BAD_NATIONAL[4:]}.",
])
def test_no_secret_is_read_in(line: str) -> None:
    assert kinds(f"Hello,\n\n{line}\n\nThank you") == []


# --- T002 -----------------------------------------------------------------------------------

NOTICE = "Our account was deactivated on 9 May after complaints about our lamps."


def _tone(text: str) -> list[tuple[str, str]]:
    return [(f.data["kind"], f.data["phrase"]) for f in report(text, "T002").findings]


def test_savings_put_into_the_business_told_calmly_are_a_fact() -> None:
    assert _tone(f"Hello,\n\n{NOTICE} We are a new shop and I invested all my savings in the "
                 "first stock.\n\nCould you tell us which listings were affected?\n\nThanks") == []


def test_savings_beside_a_plea_plead() -> None:
    found = _tone(f"Hello,\n\n{NOTICE} I invested all my savings in the first stock. Please "
                  "give us one more chance.\n\nThanks")
    assert ("plea", "all my savings") in found


@pytest.mark.parametrize(("sentence", "kind", "phrase"), [
    ("Honestly we are at breaking point with these cases.", "plea", "at breaking point"),
    ("I cannot keep doing this every week.", "plea", "I cannot keep doing this"),
    ("I'm not sleeping since the e-mail came.", "plea", "I'm not sleeping"),
    ("I can't think straight any more.", "plea", "can't think straight"),
    ("This is a nightmare for our small team.", "plea", "This is a nightmare"),
    ("We wrote six times and nobody at Amazon lifts a finger.", "blame",
     "nobody at Amazon lifts a finger"),
    ("Les suplicamos que revisen la cuenta.", "plea", "Les suplicamos"),
    ("Por favor, por favor, revisen la cuenta.", "plea", "Por favor, por favor"),
    ("Estamos desesperados con esta situación.", "plea", "Estamos desesperados"),
    ("Não sabemos mais o que fazer.", "plea", "Não sabemos mais o que fazer"),
])
def test_despair_and_pleading_are_emotional(sentence: str, kind: str, phrase: str) -> None:
    assert (kind, phrase) in _tone(f"Hello,\n\n{NOTICE} {sentence}\n\nThanks")


@pytest.mark.parametrize("sentence", [
    "We load-tested the shelf to its breaking point of 80 kg and it held.",
    "The buyer said the delivery was a nightmare, so we refunded the order.",
    "Por favor, revisen el caso y nos dicen qué documento falta.",
    "We keep every invoice for five years and check them each month.",
])
def test_calm_facts_near_those_words_stay_quiet(sentence: str) -> None:
    assert _tone(f"Hello,\n\n{NOTICE} {sentence}\n\nThanks") == []
