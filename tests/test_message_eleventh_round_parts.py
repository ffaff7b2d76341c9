# ruff: noqa: RUF001 - Turkish texts are written with their own letters (the dotless i)
"""The classes behind the ninth message set's T003 corrective, preventive and not-done misses
and A016's (issue 13, eleventh round), on texts written for this test, not taken from the bench.

A plan headed in the seller's own language: Spanish "Acciones tomadas", Portuguese "Por que
aconteceu" / "O que fizemos" / "Como vamos evitar", German "Maßnahmen" alone, Turkish
"Önleyici tedbirler". A cover letter that names the plan of action and then says "I have
attached it" is a plan said attached."""

from __future__ import annotations

import pytest
from message_checks import no_plan, plan_problems, report


def _foreign(cause: str, done: str, prevent: str, heads: tuple[str, str, str]) -> str:
    return (f"Estimado equipo,\n\n{heads[0]} {cause}\n\n{heads[1]} {done}\n\n"
            f"{heads[2]} {prevent}\n\nAtentamente,\nEquipo\n")


@pytest.mark.parametrize(("heads", "cause", "done", "prevent"), [
    (("Causa:", "Acciones tomadas:", "Medidas preventivas:"),
     "El proveedor mandó tazas con defecto.", "Retiramos las 80 tazas del inventario.",
     "Revisaremos cada lote antes de enviarlo."),
    (("Ursache:", "Maßnahmen:", "Vorbeugung:"),
     "Ein neuer Mitarbeiter hat falsche Größen verschickt.",
     "Wir haben alle Kunden erstattet und ein Scan-System eingeführt.",
     "Jede Woche prüfen wir die Rücksendungen."),
    (("Por que aconteceu:", "O que fizemos:", "Como vamos evitar:"),
     "A transportadora parou as coletas no feriado.",
     "Contratamos uma segunda transportadora para as coletas.",
     "Vamos verificar o calendário de feriados todo mês."),
    (("Kök neden:", "Yapılan düzeltmeler:", "Önleyici tedbirler:"),
     "Tedarikçimizin partisinde etiketler yanlıştı.",
     "Tüm ürünleri satıştan kaldırdık ve iade yaptık.",
     "Her parti için test raporu alacağız."),
])
def test_a_plan_headed_in_the_sellers_language_is_whole(
        heads: tuple[str, str, str], cause: str, done: str, prevent: str) -> None:
    text = _foreign(cause, done, prevent, heads)
    assert plan_problems(text) == []
    assert not no_plan(text)


def test_vorbeugende_massnahmen_stay_the_prevention() -> None:
    text = _foreign("Ein neuer Mitarbeiter hat falsche Größen verschickt.",
                    "Wir haben alle Kunden erstattet.", "Jede Woche prüfen wir die Rücksendungen.",
                    ("Ursache:", "Erledigte Maßnahmen:", "Vorbeugende Maßnahmen:"))
    assert plan_problems(text) == []


@pytest.mark.parametrize("said", [
    "I have prepared a complete plan of action that explains the cause, the refunds to the "
    "buyers and every new check in detail, and I have attached it as a PDF file.",
    "Our plan of action covers the cause, the refunds and the new checks in detail; we've "
    "uploaded it with this appeal.",
])
def test_a_plan_named_then_attached_by_a_pronoun_is_said_attached(said: str) -> None:
    text = (f"Hello Seller Performance,\n\nOur account was deactivated for a high Order Defect "
            f"Rate. {said}\n\nPlease review it.\n\nRegards,\nAmal\n")
    found = [f for f in report(text, "A016").findings if f.data.get("kind") == "plan-of-action"]
    assert [f.data["in_message"] for f in found] == ["said-attached"]
