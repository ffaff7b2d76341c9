# ruff: noqa: RUF001 - Chinese and Japanese texts are written with their own punctuation
"""The classes of misreading behind the fifth message set's T006 and T002 failures (issue 13,
seventh round), each on texts written for this test, not taken from the bench: a login pasted
as address and password with no password label; a code named by how it came ("the code that
just came to my phone is ..."); codes listed below the line that names them, or read out digit
by digit; a label word that is the start of a reference ("account #PW-20931"); two secrets
that mask alike on one line; and a fact of what a family lives on, told calmly or pleading."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from message_checks import codes

from casecheck.sensitive import find_secrets, redact


def kinds(text: str) -> list[str]:
    return sorted(s.kind for s in find_secrets(text))


def values(text: str) -> list[str]:
    return [text[s.span[0]:s.span[1]] for s in find_secrets(text)]


def shown(found: list[object]) -> str:
    """Everything the findings say, as one text: message, hint and data."""
    return json.dumps([f.to_dict() for f in found], ensure_ascii=False)  # type: ignore[attr-defined]


# --- a login pasted as address and password -----------------------------------------------------

@pytest.mark.parametrize(("line", "password"), [
    ("If it helps, you can log in with team@brightfieldhome.com / Maple!Crate42 and look at "
     "the draft.", "Maple!Crate42"),                                       # native
    ("Kindly login: rajtraders.in@gmail.com / Raj@12345 and check the issue.", "Raj@12345"),
    ("Sizin için giriş bilgileri, sign in as depo@anadolutekstil.com.tr | Kilim2026* lütfen.",
     "Kilim2026*"),                                                        # Turkish
    ("Para revisar, las credentials son ventas@casaverde.mx : Verde#77x.", "Verde#77x"),
    ("登录：shop.lin@163.com / Lin2026abc 请帮我们看一下。", "Lin2026abc"),      # Chinese
    ("Login details: brightfield_admin / Crate-7788", "Crate-7788"),        # a user name
    ("Our staff uses ops@brightfieldhome.com:Tide#5521 for the account.", "Tide#5521"),  # glued
])
def test_a_login_pasted_as_address_and_password_holds_a_password(line: str,
                                                                 password: str) -> None:
    text = f"Hello,\n\n{line}\n\nThank you"
    assert values(text) == [password]
    found = codes(text, "T006", kind="technical-issue")
    assert [f.data["kind"] for f in found] == ["password"]
    assert password not in shown(found)
    assert password not in redact(text)


@pytest.mark.parametrize("line", ["Email / Password: ops@brightfieldhome.com / Tide#5521",
                                  "账号/密码：ops@brightfieldhome.com / Tide#5521"])
def test_two_labels_over_address_and_password_name_the_password_only(line: str) -> None:
    assert values(f"Hello,\n{line}\nThanks") == ["Tide#5521"]
    assert "Tide#5521" not in redact(line)


@pytest.mark.parametrize("line", [
    "Contact: sam@brightfieldhome.com / (720) 555-0148",
    "Email sam@brightfieldhome.com / Phone 720-555-0148",
    "Our account sam@brightfieldhome.com / A3PLM92XQWE81Z was deactivated.",
    "Log in with sam@brightfieldhome.com / the password you reset for us last week.",
    "I can log in at sellercentral.amazon.com / www.amazon.com without a problem.",
    "Login issue since Monday: merchant token A3PLM92XQWE81Z / case 1234567",
    "Please write to sam@brightfieldhome.com:8080 for the server team.",
])
def test_an_address_beside_an_id_phone_or_page_holds_no_password(line: str) -> None:
    assert kinds(f"Hello,\n\n{line}\n\nThank you") == []


# --- a code named by how it came ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The code that just came to my phone is 604817 if that helps.",        # native
    "The code which arrived by SMS was 5 1 9 2 7 3, I typed it two times.",  # Vietnamese
    "The new code texted to me was 772 104 but the page goes back to login.",
    "Sir, the code in my e-mail: 339918, kindly check why it is not accepted.",  # Indian
    "Amazon sent me the code 418820 and still it says wrong.",              # Turkish
    "I receive code 902211 but the system say invalid.",                    # Chinese English
    "Ayer, the six digit code is 660132 pero no funciona.",                 # Latin American
    "刚收到的码是 604817，但是登录不了。",
    "届いたコードは 604817 ですが、ログインできません。",
])
def test_a_code_named_by_how_it_came_is_a_one_time_code(sentence: str) -> None:
    text = f"Hello,\n\n{sentence}\n\nThanks"
    found = codes(text, "T006", kind="technical-issue")
    assert [f.data["kind"] for f in found] == ["one-time-code"]
    digits = "".join(c for c in values(text)[0] if c.isdigit())
    assert digits not in "".join(c for c in shown(found) if c.isalnum())


@pytest.mark.parametrize("sentence", [
    "The error code that came back was 5003 on every upload.",
    "The code on the box is 4457, it matches the invoice.",
    "We sent the code 4457 to the warehouse for the pallet.",
    "The codes on the labels are 4457 and 4458.",
    "The promo code we emailed to buyers is 2026SALE.",
    "The 6 digit code never came to my phone.",
])
def test_a_code_of_a_thing_or_of_the_seller_is_no_one_time_code(sentence: str) -> None:
    assert kinds(f"Hello,\n\n{sentence}\n\nThanks") == []


# --- codes in a list: below the line that names them, or after their label --------------------

CODE = st.integers(100_000, 999_999).map(str)


@given(st.lists(CODE, min_size=1, max_size=5, unique=True),
       st.sampled_from(["{}", "- {}", "• {}", "{n}. {}", "spaced"]),
       st.sampled_from([
           "I still have the backup codes I saved when I set up 2SV, but it says \"not valid\":",
           "My recovery codes (none of them work):",
           "备用码如下：",
           "These are the OTPs I got today:",
       ]),
       st.booleans())
@settings(max_examples=60, deadline=None)
def test_codes_listed_below_the_line_that_names_them_are_each_found(
        listed: list[str], shape: str, intro: str, blank: bool) -> None:
    def item(n: int, code: str) -> str:
        return " ".join(code) if shape == "spaced" else shape.format(code, n=n)
    lines = [item(n, code) for n, code in enumerate(listed, 1)]
    text = f"Hello,\n\n{intro}\n{chr(10) if blank else ''}" + "\n".join(lines) \
        + "\n\nCan you reset it?\nThanks"
    assert kinds(text) == ["one-time-code"] * len(listed)
    cleaned = redact(text)
    assert all(line.split()[-1] not in cleaned for line in lines if shape != "spaced")
    assert all(code not in "".join(cleaned.split()) for code in listed)


@pytest.mark.parametrize("line", [
    "backup codes: 483917, 739204 and 118305",
    "Backup codes 483917 / 739204 / 118305 all fail",
    "verification codes: 483917; 739204; 118305",
])
def test_codes_listed_after_their_label_are_each_found(line: str) -> None:
    text = f"Hi,\n\n{line}\n\nThanks"
    assert values(text) == ["483917", "739204", "118305"]
    found = codes(text, "T006", kind="technical-issue")
    assert len(found) == 3  # they mask alike, and stay three findings


@pytest.mark.parametrize("text", [
    "My backup codes:\nI lost the paper with them when we moved.\n",
    "Please reset the 2SV, the codes I tried:\n\nall of them, and they failed.\n",
    "The OTP stopped coming on these days:\n2026-03-01\n2026-03-02\n",
])
def test_a_line_that_names_codes_over_no_code_holds_none(text: str) -> None:
    assert kinds(text) == []


def test_passwords_listed_after_or_below_their_label_are_each_found() -> None:
    assert values("Passwords I tried: Tulip2026 / Blue#Sky88") == ["Tulip2026", "Blue#Sky88"]
    below = "Old passwords:\n- Tulip2026\n- Blue#Sky88\n\nNone works."
    assert values(below) == ["Tulip2026", "Blue#Sky88"]
    assert values("The password: Tulip2026, Amazon said it was wrong.") == ["Tulip2026"]
    assert values("Password rules:\n- Chrome\n- Safari\n") == []


def test_a_password_in_brackets_is_found() -> None:
    assert values("I reset the password (Tulip2026) on Monday.") == ["Tulip2026"]
    assert values("I reset the password (as you asked) on Monday.") == []


# --- a label word that starts a reference ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "We buy only from our distributor (Pinecrest Wholesale, account #PW-20931).",
    "Our distributor account PW-20931 is active since 2024.",
    "The carton label says PIN-0042 and batch 7731.",
    "Ticket #OTP-2291 was closed by the bank.",
])
def test_a_label_word_glued_into_a_reference_names_no_secret(line: str) -> None:
    assert kinds(f"Dear team,\n\n{line}\n\nRegards") == []


@pytest.mark.parametrize(("line", "value"), [
    ("PW: Tulip2026", "Tulip2026"), ("PIN 4432", "4432"), ("OTP - 604817", "604817"),
    ("pwd #Tulip2026", "Tulip2026"),
])
def test_a_label_apart_from_its_value_still_names_it(line: str, value: str) -> None:
    assert values(f"Hi,\n{line}\nThanks") == [value]


# --- two secrets that mask alike on one line ---------------------------------------------------

@given(st.lists(CODE, min_size=2, max_size=4), st.sampled_from(["OTP {}", "password: Tulip{}"]))
@settings(max_examples=30, deadline=None)
def test_secrets_that_mask_alike_on_one_line_are_each_a_finding(
        written: list[str], shape: str) -> None:
    line = ", then ".join(shape.format(code) for code in written)  # repeats allowed
    found = codes(f"Hi,\n\n{line}\n\nThanks", "T006", kind="technical-issue")
    assert len(found) == len(written)
    assert len({f.data["column"] for f in found}) == len(written)
    assert all(f.data["line"] == 3 for f in found)


# --- T002: a fact of what a family lives on ----------------------------------------------------

@pytest.mark.parametrize("text", [
    # Indian: formal, a fact and a polite request
    "Respected Sir,\n\nMy seller account Gupta Mobile Covers was deactivated on 3 March. I am a "
    "small seller from Kanpur and this account is the only source of income for my family of "
    "4 members.\n\nI request you to kindly review my account.\n\nYours faithfully,\nRavi Gupta",
    # Chinese English
    "Dear Seller Performance,\n\nOur store was suspended for late shipment. We are small company, "
    "our family depends on this store, so we fixed the problem at once: we changed the courier "
    "and added one more packer.\n\nPlease review our account.\nBest regards,\nLin Hua",
    # Turkish
    "Hello,\n\nOur listing was removed. We have 12 workers and their families in our workshop in "
    "Denizli, and we want to solve this correctly. The test report is attached.\n\nSaygılarımızla",
    # Latin American
    "Hello team,\n\nThis store is my only income, so I read the policy carefully. I attached the "
    "invoices from the distributor for the 3 ASINs.\n\nThank you,\nMariana Torres",
    # Chinese
    "您好，\n\n我们的店铺因为迟发货被暂停。这是我们全家唯一的收入来源。我们已经更换了物流公司。\n\n谢谢",
])
def test_a_fact_of_dependence_told_calmly_is_not_emotional(text: str) -> None:
    assert codes(text, "T002") == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("Hello,\n\nWe are very sorry. Our family depends on this business, please give us one more "
     "chance.\n\nRegards", "Our family depends"),
    ("Respected Sir,\n\nThis account is the only source of income for my family. Please have "
     "sympathy and restore it.\n\nThanks", "the only source of income"),
    ("Hello,\n\nWe have 12 workers and their families, we beg you to reactivate.\n\nThanks",
     "workers and their families"),
    ("您好，\n\n全家都靠这个店生活，求求你们再给我们一次机会。\n\n谢谢", "全家都靠"),
])
def test_a_fact_of_dependence_beside_a_plea_is_pleading(text: str, phrase: str) -> None:
    found = codes(text, "T002")
    assert phrase in [f.data["phrase"] for f in found]
    assert {f.data["kind"] for f in found} <= {"plea", "apology", "mild"}


def test_a_strong_plea_is_still_pleading_without_a_fact_of_dependence() -> None:
    found = codes("Hello,\n\nOur family will starve if the account stays closed.\n\nThanks", "T002")
    assert [f.data["kind"] for f in found] == ["plea"]


# --- T006: a passphrase in quotes is one value, to its closing quote --------------------------

@pytest.mark.parametrize(("text", "phrase"), [
    ('Our password: "Tulip 2026 Blue" for the seller login.', "Tulip 2026 Blue"),
    ("The passphrase is 'correct horse battery staple', please use it.",
     "correct horse battery staple"),
    ("my password for Seller Central is “Blue Sky 77”", "Blue Sky 77"),
    ("登录密码是 “春天 来了 2026”，谢谢", "春天 来了 2026"),
    ("パスワード：「さくら 2026 青」です", "さくら 2026 青"),
])
def test_a_quoted_passphrase_is_masked_whole(text: str, phrase: str) -> None:
    assert [secret.kind for secret in find_secrets(text)] == ["password"]
    shown = redact(text)
    assert all(word not in shown for word in phrase.split())


def test_a_quoted_error_message_about_the_password_is_no_passphrase() -> None:
    text = ('When I enter my password I get "Your password is incorrect" and then '
            'Password: "incorrect" again.')
    assert list(find_secrets(text)) == []
