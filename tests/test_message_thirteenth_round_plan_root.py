"""Whether the letter holds a plan, thirteenth round (issue 13). A letter in a Latin-script
language the plan lexicons are not written for, which the restricted language model reads as
the nearest of its candidates (Vietnamese as Portuguese, Indonesian as Turkish), is not told
it holds no plan: A016 says it cannot tell (variant ``unread-language``), as it does for Polish
or Arabic. Real Portuguese and Turkish letters are still read, and an English one still gets
"no plan". A plan typed as a plain-text table, its rows' labels padded to a pipe with no pipe
before them ("Root cause     | ..."), is read as a Markdown table's rows are: each label heads
its cells. Every text here is written for this test."""

from __future__ import annotations

from typing import Any

import pytest
from message_checks import no_plan, plan_problems, report


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


@pytest.mark.parametrize(("text", "language"), [(VIETNAMESE, "vi"), (INDONESIAN, "id")])
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
