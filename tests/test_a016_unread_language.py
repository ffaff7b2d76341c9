"""A016 on a message in a language the plan lexicons are not written for: it cannot say the
message holds no plan of action, only that it cannot tell (variant ``unread-language``).
Before, a complete plan written in Arabic got "the message holds none" (seventh set,
``l-aa-inauth-ar-125``)."""

from __future__ import annotations

import pytest
from message_checks import codes

from casecheck import Config, validate

ARABIC_PLAN = (
    "فريق أداء البائع المحترم،\n\n"
    "السبب الجذري: قام موظف جديد بإدراج منتجات من مورد غير معتمد دون التحقق من الفواتير.\n\n"
    "الإجراءات التصحيحية: قمنا بحذف جميع القوائم، وإتلاف المخزون، وإنهاء التعامل مع المورد.\n\n"
    "الإجراءات الوقائية: من الآن لا يُدرج أي منتج جديد قبل أن يراجع المدير فاتورة المصنع.\n\n"
    "مع خالص التحية")
POLISH_PLAN = (
    "Szanowni Państwo,\n\nPrzyczyna: nowy pracownik wystawił produkty od nieautoryzowanego "
    "dostawcy i nie sprawdził faktur.\n\nDziałania naprawcze: usunęliśmy wszystkie oferty, "
    "zniszczyliśmy zapas i zakończyliśmy współpracę z dostawcą.\n\nZapobieganie: od teraz "
    "każdy nowy produkt sprawdza kierownik na podstawie faktury producenta.\n\nZ poważaniem")


@pytest.mark.parametrize(("text", "marketplace", "language", "name"), [
    (ARABIC_PLAN, "AE", "ar", "Arabic"),
    (POLISH_PLAN, "PL", "pl", "Polish"),
])
def test_a_plan_in_a_language_casecheck_cannot_read_is_not_called_missing(
    text: str, marketplace: str, language: str, name: str,
) -> None:
    [finding] = codes(text, "A016", marketplace=marketplace)
    assert finding.data["in_message"] == "unread" and finding.data["language"] == language
    assert f"the message is in {name}, in which casecheck cannot tell" in finding.message
    assert "holds none" not in finding.message


def test_the_unread_language_is_told_in_chinese() -> None:
    report = validate({"type": "account-appeal", "marketplace": "AE", "subject": "Appeal",
                       "message": ARABIC_PLAN}, config=Config(select=("A016",), lang="zh-CN"))
    [finding] = report.findings
    assert "无法判断其中是否写了行动计划书" in finding.message


@pytest.mark.parametrize("text", [
    "Dear team,\n\nOur account was deactivated. Please reactivate it as soon as you can.\n\n"
    "Thank you.",
    "Estimado equipo:\n\nNuestra cuenta fue desactivada. Por favor, reactívenla lo antes "
    "posible.\n\nGracias.",
])
def test_a_letter_in_a_language_casecheck_reads_still_holds_none(text: str) -> None:
    [finding] = codes(text, "A016")
    assert finding.data["in_message"] == "none"
