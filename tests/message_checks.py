"""What the message-rule tests ask of a message: the findings of the rules they select on a
manifest built from it, the plan-of-action problems T003 finds, and whether A016 finds no plan
in the message."""

from __future__ import annotations

from typing import Any

from casecheck import Config, validate
from casecheck.packs import load_packs

STRUCTURE = load_packs().message.structure
PLAN = ("root-cause", "corrective-actions", "preventive-measures")


def report(text: str, *codes: str, kind: str = "account-appeal", marketplace: str = "US",
           subject: str = "Appeal") -> Any:
    return validate({"type": kind, "marketplace": marketplace, "subject": subject,
                     "message": text}, config=Config(select=codes))


def codes(text: str, code: str, **manifest: Any) -> list[Any]:
    """The findings of ``code`` on ``text``."""
    return [f for f in report(text, code, **manifest).findings if f.code == code]


def plan_problems(text: str, **manifest: Any) -> list[tuple[str, str]]:
    """(part, problem) of each T003 finding about a part of the plan."""
    return sorted((f.data["part"], f.data["problem"])
                  for f in report(text, "T003", **manifest).findings
                  if f.data.get("part") in PLAN)


def no_plan(text: str, **manifest: Any) -> bool:
    """Whether A016 finds no plan of action in the message."""
    return any(f.data.get("kind") == "plan-of-action" and f.data.get("in_message") == "none"
               for f in report(text, "A016", **manifest).findings)


def plan_letter(opening: str, cause: str, done: str, prevent: str, closing: str) -> str:
    """A letter whose plan has the three parts under their plain headings, between an
    ``opening`` paragraph and a ``closing``."""
    return (f"Dear Seller Performance team,\n\n{opening}\n\n"
            f"Root cause:\n{cause}\n\n"
            f"Corrective actions:\n{done}\n\n"
            f"Preventive measures:\n{prevent}\n\n"
            f"{closing}\n")


def hollow_kinds(text: str) -> list[tuple[str, Any]]:
    """(part, kind) of each part T003 finds there in name only."""
    return [(f.data["part"], f.data["hollow"])
            for f in report(text, "T003").findings if "hollow" in f.data]


def cause_kind(text: str) -> object:
    """The kind of the root cause T003 finds there in name only, or None."""
    return dict(hollow_kinds(text)).get("root-cause")
