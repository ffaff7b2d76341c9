"""T007, T006 and T002 in the sixteenth round of the message rules (issue 13).

T007: a policy named in Portuguese, Spanish, French, German and Polish, where the name follows
the word for policy ("a política de listagem de produtos"); the seller's own policy written in
lower case after "our" ("our company pricing policy") names none, Amazon's quoted by its title
("you violated our Drop Shipping Policy") still does; "a used mixer sold as new" and the
Arabic complaint with its article name theirs. T006: an account number after 账户, Arabic
labels of a code and a password, and an account number that is an IBAN's digits is one secret.
T002: a secret is not the seller's voice ("password is Batik2026!!" does not shout); the case
called a joke, a farce or a stitch-up, and hurt or humiliation felt, are emotive. Every text
here is written for the test; none is copied from the labeled set."""

# The Arabic letters below are written in that language: its letters are meant (ruff RUF001
# takes the Arabic alef for a Latin one).
# ruff: noqa: RUF001

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import codes, report

from casecheck.sensitive import find_secrets

PLAN = ("\n\nRoot cause:\nOur new packer skipped the final check.\n\nCorrective actions:\n"
        "- We removed the units on 3 May.\n\nPreventive measures:\n- A second person checks each "
        "box.\n\nRegards,\nLena")


def _t007(text: str, **manifest: str) -> bool:
    return len(codes(text, "T007", **manifest)) == 1


# --- T007: the policy word first, its name after it ---------------------------------------------

@pytest.mark.parametrize(("marketplace", "text"), [
    ("US", "Olá,\n\nO nosso anúncio foi desativado por violar a política de listagem de "
           "produtos: o título era longo demais. Já corrigimos o título.\n\nObrigado"),
    ("US", "Estimado equipo:\n\nNuestro listado fue retirado por incumplir la política de imágenes "
           "de producto. Cambiamos la imagen principal.\n\nGracias"),
    ("FR", "Bonjour,\n\nNotre offre a été supprimée pour non-respect de la politique relative aux "
           "produits soumis à restrictions. Nous avons retiré le produit.\n\nMerci"),
    ("DE", "Guten Tag,\n\nUnser Angebot wurde wegen eines Verstoßes gegen die Richtlinien für "
           "Produktbilder entfernt. Wir haben das Bild ersetzt.\n\nDanke"),
    ("UK", "Dzień dobry,\n\nOferta została usunięta za naruszenie zasad dotyczących zdjęć "
           "produktów. Zmieniliśmy zdjęcie.\n\nDziękujemy"),
], ids=["pt", "es", "fr", "de", "pl"])
def test_a_policy_named_after_its_word_is_cited(marketplace: str, text: str) -> None:
    assert not _t007(text, kind="listing-reinstatement", marketplace=marketplace,
                     subject="Recurso")


@pytest.mark.parametrize("text", [
    "Estimado equipo:\n\nNuestra cuenta fue desactivada. Según nuestra política de calidad, "
    "revisamos cada envío.\n\nGracias",
    "Olá,\n\nA conta foi desativada. A política da Amazon é clara e a nossa política de "
    "qualidade também.\n\nObrigado",
], ids=["es-own", "pt-amazon-and-own"])
def test_the_seller_own_policy_or_amazon_alone_names_none(text: str) -> None:
    assert _t007(text, marketplace="US", subject="Recurso")


@pytest.mark.parametrize("own", [
    "Going forward our company pricing policy is that no price moves more than 10% a week.",
    "Our internal review policy now says that reviews are only asked for through the button.",
    "My shop returns policy gives buyers 60 days.",
])
def test_a_policy_of_the_seller_own_in_lower_case_names_none(own: str) -> None:
    text = ("Hello,\n\nOur account was deactivated last week. The repricer raised the price of our "
            f"water jugs. {own}" + PLAN)
    assert _t007(text, subject="Appeal")


@pytest.mark.parametrize("quoted", [
    'Your notice said: "you violated our Drop Shipping Policy".',
    "This is about our Fair Pricing Policy deactivation for the masks.",
    "We read the pricing policy again and found our mistake.",
])
def test_amazon_policy_quoted_by_its_title_or_without_owner_is_cited(quoted: str) -> None:
    text = f"Hello,\n\nOur account was deactivated last week. {quoted}" + PLAN
    assert not _t007(text, subject="Appeal")


@pytest.mark.parametrize("told", [
    "Three buyers said they received a used blender sold as new.",
    "The complaints were about used stand mixers sold as new.",
])
def test_used_sold_as_new_with_the_item_between_names_the_violation(told: str) -> None:
    text = f"Hello,\n\nOur listing was removed. {told}" + PLAN
    assert not _t007(text, kind="listing-reinstatement", subject="Reinstatement")


def test_the_arabic_complaint_with_its_article_names_the_policy() -> None:
    text = ("السلام عليكم،\n\nتم إيقاف حسابنا بسبب شكاوى المنتجات غير الأصلية على العطر. "
            "سحبنا كل المخزون.\n\nشكرا")
    assert not _t007(text, marketplace="SA", subject="طلب")


# --- T006: labels in Chinese and Arabic; one number, one secret ---------------------------------

@pytest.mark.parametrize(("text", "kind", "value"), [
    ("退款请打到这个账户：6222 0210 0113 4567 890，开户行 工商银行。", "bank-account",
     "6222 0210 0113 4567 890"),
    ("我们的收款帐户 40023187765 开户行是招商银行。", "bank-account", "40023187765"),
    ("آخر رمز التحقق وصلني هو 604817، أرجو المساعدة.", "one-time-code", "604817"),
    ("كلمة المرور هي Nakheel#2026 ولا تعمل.", "password", "Nakheel#2026"),
    ("Mi contraseña es Olivo#2026 y no funciona.", "password", "Olivo#2026"),
    ("A senha é Caju@2026 e não entra.", "password", "Caju@2026"),
    ("Das Passwort ist Tanne!2026 und geht nicht.", "password", "Tanne!2026"),
], ids=["zh-account", "zh-receiving-account", "ar-code", "ar-password", "es-password",
        "pt-password", "de-password"])
def test_secrets_after_chinese_and_arabic_labels_are_found_and_masked(
        text: str, kind: str, value: str) -> None:
    found = codes(f"Hello,\n\n{text}\n\nThanks", "T006", kind="technical-issue", marketplace="AE")
    assert [f.data["kind"] for f in found] == [kind]
    assert value not in json.dumps([dict(f.data) for f in found], ensure_ascii=False)
    assert value not in found[0].message


@pytest.mark.parametrize("text", [
    "我们的账户被停用了，请帮忙查看。",
    "账户健康页面显示 2 个投诉。",
    "رمز التحقق لا يصل إلى هاتفي.",
    "La contraseña es muy larga y el sistema no la acepta.",
    "Das Passwort ist falsch, sagt die Seite.",
])
def test_a_label_with_no_value_after_it_is_no_secret(text: str) -> None:
    assert codes(f"Hello,\n\n{text}\n\nThanks", "T006", kind="technical-issue") == []


def test_an_account_number_that_is_an_iban_is_one_secret() -> None:
    text = ("Hello,\n\nPlease transfer the fees to our EU account: IBAN DE89370400440532013000."
            "\n\nThanks")
    assert [f.data["kind"] for f in codes(text, "T006")] == ["iban"]


def test_an_account_number_beside_an_iban_is_still_its_own_secret() -> None:
    secrets = list(find_secrets("IBAN DE89370400440532013000, account number 40023187765"))
    assert sorted(s.kind for s in secrets) == ["bank-account", "iban"]


# --- T002: a secret is not the seller's voice ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "My login is shop@example.com and password is Batik2026!!",
    "MY PASSWORD IS SUNNYDAYS26 PLEASE HELP ME",
    "The verification code is 604817 and my PIN code is 4431!!!",
])
def test_a_secret_does_not_shout_and_is_never_quoted_by_t002(line: str) -> None:
    text = f"Hello,\n\nI cannot log in since Monday.\n{line}\nPlease help me to log in.\n\nThanks"
    result = report(text, "T002", "T006", kind="technical-issue")
    said = [f.data["phrase"] for f in result.findings if f.code == "T002"]
    assert not any(secret in phrase for phrase in said
                   for secret in ("Batik2026", "SUNNYDAYS26", "4431", "604817"))
    assert said == [] or line.isupper()
    assert any(f.code == "T006" for f in result.findings)


def test_shouting_beside_a_secret_is_still_shouting() -> None:
    text = ("Hello,\n\nmy password is Batik2026!! and I cannot log in.\nFIX THIS NOW, WE ARE "
            "LOSING SALES!!!\n\nThanks")
    phrases = [f.data["phrase"] for f in codes(text, "T002", kind="technical-issue")]
    assert phrases and not any("Batik" in phrase for phrase in phrases)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789#$%", min_size=6,
               max_size=14), st.sampled_from(["!!", "!!!", "?!", "???"]))
def test_no_password_ever_shouts(word: str, marks: str) -> None:
    text = (f"Hello,\n\nI cannot log in to Seller Central.\nMy password is {word}{marks}\n"
            "Please reset it.\n\nThanks")
    assert [f.data["phrase"] for f in codes(text, "T002", kind="technical-issue")] == []


# --- T002: the case called a joke, a farce, a stitch-up; hurt felt ------------------------------

@pytest.mark.parametrize("said", [
    "It's a joke that a competitor can take a listing down like this.",
    "This review was a complete farce.",
    "The complaint is a stitch-up by a rival shop.",
    "Amazon simply rubber-stamped the complaint without reading it.",
    "I have lost a week to all this nonsense.",
    "I feel deeply humiliated by the way this was handled.",
    "We are truly hurt by this decision.",
    "We have been selling for ten years only to be treated like fraudsters.",
], ids=["joke", "farce", "stitch-up", "rubber-stamp", "nonsense", "humiliated", "hurt",
        "fraudsters"])
def test_scorn_and_hurt_are_emotive(said: str) -> None:
    text = f"Hello,\n\nOur listing was removed on 3 May. {said}" + PLAN
    assert codes(text, "T002", kind="listing-reinstatement")


@pytest.mark.parametrize("said", [
    "Our best seller is a joke gift mug for birthdays.",
    "We stitch up the seams of every bag by hand.",
    "The listing is for a self-inking rubber stamp with a date wheel.",
    "Sales were hurt by the carrier strike in March.",
    "The buyer said the product is nonsense-free and simple.",
], ids=["joke-gift", "stitch-seams", "rubber-stamp-product", "sales-hurt", "nonsense-free"])
def test_the_same_words_about_products_and_facts_stay_calm(said: str) -> None:
    text = f"Hello,\n\nOur listing was removed on 3 May. {said}" + PLAN
    assert codes(text, "T002", kind="listing-reinstatement") == []
