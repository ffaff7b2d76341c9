"""Whether the letter holds a plan, thirteenth round (issue 13). A letter in a Latin-script
language the plan lexicons are not written for, which the restricted language model reads as
the nearest of its candidates (Catalan as Spanish; Vietnamese and Indonesian, which it read as
Portuguese and Turkish, are candidates since this round), is not told
it holds no plan: A016 says it cannot tell (variant ``unread-language``), as it does for Polish
or Arabic. Real Portuguese and Turkish letters are still read, and an English one still gets
"no plan". A plan typed as a plain-text table, its rows' labels padded to a pipe with no pipe
before them ("Root cause     | ..."), is read as a Markdown table's rows are: each label heads
its cells. Plans without headings in Japanese and French open their parts in their own words
(原因は, すでに, 今後は; "Nous avons déjà", "À l'avenir"). A mail thread with the newest message
on top is read message by message, so a cause told only in the quoted first letter counts. A
root cause that only says the policy was not followed, denies any cause on the seller's side,
or owns a mistake without telling it is there in name only; a heading left with nothing under
it gives no part. Every text here is written for this test."""

from __future__ import annotations

from typing import Any

import pytest
from message_checks import cause_kind, no_plan, plan_letter, plan_problems, report


def _a016(text: str) -> list[Any]:
    return [f for f in report(text, "A016").findings
            if f.code == "A016" and f.data.get("kind") == "plan-of-action"]


# --- (a) a language the restricted model reads as its nearest candidate --------------------

VIETNAMESE = (
    "Kính gửi bộ phận hỗ trợ người bán,\n\n"
    "Cửa hàng của chúng tôi bị tạm khóa vì khách hàng phản ánh hàng giả. Lý do là chúng tôi đã "
    "nhập một lô tai nghe từ nhà cung cấp mới mà không kiểm tra hóa đơn gốc.\n\n"
    "Chúng tôi đã gỡ tất cả sản phẩm của lô đó và hoàn tiền cho mọi người mua. Sau này, mỗi nhà "
    "cung cấp mới phải gửi giấy ủy quyền của thương hiệu trước khi chúng tôi đặt hàng.\n\n"
    "Trân trọng,\nPhạm Minh Khoa\n"
)
INDONESIAN = (
    "Yth. Tim Kinerja Penjual,\n\n"
    "Toko kami ditutup karena keluhan barang tidak sesuai. Ternyata gudang kami mengirim warna "
    "yang salah karena label rak tertukar saat stok baru datang bulan lalu.\n\n"
    "Kami sudah memperbaiki semua label rak dan mengirim barang pengganti kepada setiap pembeli. "
    "Mulai sekarang, setiap paket diperiksa dua kali oleh kepala gudang sebelum dikirim.\n\n"
    "Hormat kami,\nDewi Lestari\n"
)

CATALAN = (
    "Benvolgut equip de rendiment dels venedors,\n\n"
    "La nostra botiga va ser tancada per queixes de productes falsificats. La causa va ser que "
    "vam comprar un lot d'auriculars a un proveïdor nou sense comprovar la factura original.\n\n"
    "Hem retirat tots els productes d'aquell lot i hem retornat els diners a tots els "
    "compradors. A partir d'ara, cada proveïdor nou ha d'enviar l'autorització de la marca "
    "abans de la comanda.\n\nAtentament,\nJordi Puig\n"
)
"""Outside the model's candidates: the restricted model reads it as Spanish, which the plan
lexicons are written for; the unrestricted one tells it is Catalan."""


@pytest.mark.parametrize(("text", "language"),
                         [(VIETNAMESE, "vi"), (INDONESIAN, "id"), (CATALAN, "ca")])
def test_a_letter_in_an_unread_latin_language_is_not_told_it_holds_no_plan(
        text: str, language: str) -> None:
    [finding] = _a016(text)
    assert finding.data["in_message"] == "unread"
    assert finding.data["language"] == language
    assert not no_plan(text)


PORTUGUESE = (
    "Prezada equipe da Amazon,\n\n"
    "Nossa conta foi desativada e gostaríamos muito de voltar a vender na plataforma. Vendemos "
    "há três anos com boas avaliações dos clientes e sempre respeitamos as regras.\n\n"
    "Por favor, reativem nossa conta o mais rápido possível.\n\nAtenciosamente,\nCarla Souza\n"
)
ENGLISH = (
    "Hello Seller Performance,\n\n"
    "Our account was deactivated last week and we would like to sell again. We have sold on "
    "Amazon for three years with good reviews and always followed the rules.\n\n"
    "Please reactivate our account as soon as possible.\n\nRegards,\nCarla Souza\n"
)


@pytest.mark.parametrize("text", [PORTUGUESE, ENGLISH])
def test_a_letter_with_no_plan_in_a_read_language_is_still_told_so(text: str) -> None:
    assert no_plan(text)


# --- (b) a plan typed as a plain-text table -------------------------------------------------

def _table(cause: str, done: str, prevent: str) -> str:
    return ("Dear Seller Performance,\n\nOur plan of action for the listing complaints, as a "
            "table:\n\n"
            "Step          | What\n"
            "--------------|---------------------------------------------\n"
            f"{cause}\n{done}\n{prevent}\n\n"
            "Thank you,\nNorthfield Kitchenware\n")


CAUSE_ROW = "Why           | Our packer reused boxes from returns without checking the seals"
DONE_ROW = "Fixed         | 212 open orders checked by hand on 2 June; 9 buyers refunded"
PREVENT_ROW = "Prevention    | Returned boxes are never reused; a weekly seal audit by the lead"


def test_a_plain_text_table_of_the_three_parts_is_a_plan_with_all_of_them() -> None:
    text = _table(CAUSE_ROW, DONE_ROW, PREVENT_ROW)
    assert not no_plan(text)
    assert plan_problems(text) == []


def test_a_plain_text_table_without_its_cause_row_lacks_the_root_cause() -> None:
    text = _table("Note          | Rows below are in date order", DONE_ROW, PREVENT_ROW)
    assert plan_problems(text) == [("root-cause", "missing")]


def test_a_line_with_a_pipe_in_its_prose_heads_nothing() -> None:
    text = ("Hello,\n\nOur account was deactivated and we ask you to look again. We sell kettles "
            "and toasters | small appliances since 2019 with good reviews.\n\n"
            "Please reactivate us.\n\nThanks,\nMara\n")
    assert no_plan(text)


# --- (c) a Japanese or French plan without headings ------------------------------------------

JAPANESE = (
    "セラーパフォーマンスチーム御中\n\n"
    "弊社のアカウントは、商品の状態に関する苦情により停止されました。原因は、返品された商品を"
    "検品せずに新品として再出品していたことです。\n\n"
    "すでに該当する出品をすべて停止し、購入者全員に返金いたしました。\n\n"
    "今後は、返品された商品はすべて責任者が検品してから、中古品として出品します。\n\n"
    "何卒よろしくお願いいたします。\n"
)
JAPANESE_CAUSE_LAST = JAPANESE.replace(
    "原因は、返品された商品を検品せずに新品として再出品していたことです。",
    "返品された商品を検品せずに新品として再出品していたことが原因です。")
FRENCH = (
    "Madame, Monsieur,\n\n"
    "Notre compte a été désactivé à la suite de plaintes sur l'état des articles vendus.\n\n"
    "Nous avons déjà remboursé les douze acheteurs concernés et retiré les offres des lampes "
    "reconditionnées.\n\n"
    "À l'avenir, chaque lampe reconditionnée sera testée par notre technicien et vendue comme "
    "article d'occasion.\n\n"
    "Cordialement,\nLucie Bernard\n"
)


@pytest.mark.parametrize("text", [JAPANESE, JAPANESE_CAUSE_LAST])
def test_a_japanese_plan_opening_its_parts_in_its_own_words_is_read(text: str) -> None:
    assert not no_plan(text, marketplace="JP")
    assert plan_problems(text, marketplace="JP") == []


def test_a_french_plan_without_a_cause_is_read_and_lacks_the_cause() -> None:
    assert not no_plan(FRENCH, marketplace="FR")
    assert plan_problems(FRENCH, marketplace="FR") == [("root-cause", "missing")]


def test_a_japanese_letter_that_only_closes_with_konngotomo_holds_no_plan() -> None:
    text = ("セラーパフォーマンスチーム御中\n\n弊社のアカウントが停止されました。十年間、問題なく"
            "販売してまいりましたので、再度ご確認をお願いいたします。\n\n"
            "今後ともよろしくお願いいたします。\n")
    assert no_plan(text, marketplace="JP")


# --- (d) a mail thread with the newest message on top ---------------------------------------

def _thread(marker: str) -> str:
    return ("Hello,\n\n"
            "You asked what we changed. We have removed all 14 listings of the charger and "
            "refunded the 23 buyers who returned one.\n\n"
            "Tomasz\nVistula Electronics\n\n"
            f"{marker}\n"
            "Dear Seller Performance,\n\n"
            "Our account was deactivated for product safety complaints. The reason is that our "
            "new factory changed the charger's fuse in the March batch and nobody tested the "
            "batch again before it shipped.\n\n"
            "Tomasz\n")


@pytest.mark.parametrize("marker", ["-------- Original message --------",
                                    "On 12 April 2026, Tomasz Nowak wrote:",
                                    "Begin forwarded message:"])
def test_a_cause_in_the_quoted_first_letter_counts_for_the_thread(marker: str) -> None:
    text = _thread(marker)
    assert not no_plan(text)
    assert plan_problems(text) == [("preventive-measures", "missing")]


def test_a_thread_whose_letters_give_no_plan_still_holds_none() -> None:
    text = ("Hello,\n\nAny news on our appeal? We sent it two weeks ago.\n\nTomasz\n\n"
            "-------- Original message --------\n"
            "Dear Seller Performance,\n\nOur account was deactivated last month. We have sold "
            "chargers on Amazon for six years and ask you to reactivate it.\n\nTomasz\n")
    assert no_plan(text)


# --- (e) a root cause in name only ----------------------------------------------------------

DONE = "We removed the 40 affected listings on 3 May and refunded the 12 buyers."
PREVENT = ("Every new listing is checked by our manager before it goes live, and we audit them "
           "every Monday.")


def _cause(cause: str) -> object:
    return cause_kind(plan_letter("Our account was deactivated last week.", cause, DONE, PREVENT,
                                  "Thank you."))


@pytest.mark.parametrize(("cause", "kind"), [
    ("Because we did not follow the Amazon policy, our store is deactivated. We are very sorry.",
     "restated"),
    ("We failed to comply with the selling policies.", "restated"),
    ("Nobody here bought fake reviews. So there is no root cause from our side at all.", "denied"),
    ("We accept our mistake and we apologize for it.", "vague"),
    ("We admit it was our fault.", "vague"),
])
def test_a_root_cause_in_name_only_is_missing(cause: str, kind: str) -> None:
    assert _cause(cause) == kind


@pytest.mark.parametrize("cause", [
    "We did not follow the expiry date rule because our new packer was never trained on lot dates.",
    "We admit our mistake: our packer reused opened boxes without checking the seals.",
    "The problem was on our side: our repricer had no minimum price for the 14 kettles.",
])
def test_a_root_cause_that_goes_on_to_tell_it_stays(cause: str) -> None:
    assert _cause(cause) is None


# --- (f) a heading with nothing under it ----------------------------------------------------

def _headed(cause_block: str) -> str:
    return ("Dear Seller Performance,\n\nOur account was deactivated for trademark complaints.\n\n"
            f"{cause_block}"
            "CORRECTIVE ACTIONS\n1. We have deleted the three listings named in the complaints.\n"
            "2. We have written to the rights owner with our apology.\n\n"
            "PREVENTIVE MEASURES\n1. Every new title is checked against the trademark register "
            "by our team leader before it is published.\n\nThank you.\n")


def test_a_root_cause_heading_left_empty_gives_no_root_cause() -> None:
    assert plan_problems(_headed("ROOT CAUSE\n\n")) == [("root-cause", "missing")]


def test_a_root_cause_heading_over_a_sub_heading_of_its_own_is_not_empty() -> None:
    text = _headed("## Root cause\n**Our title template**\nOur title template copied the brand "
                   "name of the original product into every listing we created from it.\n\n")
    assert plan_problems(text) == []


def test_empty_headings_over_the_attached_plan_are_a_cover_letter() -> None:
    text = ("Dear Seller Performance,\n\nOur account was deactivated for inauthentic complaints "
            "and we have prepared our plan of action.\n\n[Root cause]\n[Corrective actions]\n"
            "[Preventive measures]\nPlease find attached our plan of action and the supplier "
            "invoices, which show the distributor's address.\n\nRegards,\nLin\n")
    assert plan_problems(text) == []
