"""History rules: no second case about the same problem, earlier cases referenced, and
follow-ups on cases that wait too long for an answer.

The repository is every case folder of the checked cases' project (the folder above them
that holds ``.git``, ``casecheck.toml`` or ``pyproject.toml``), or ``Config.repository``; two
cases are about the same problem when they have the same type
and share an ID (order ID, ASIN, shipment ID, GTIN, FNSKU or tracking number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from casecheck.catalog import listed, word
from casecheck.checkers.reports import paid_while_waiting
from casecheck.engine import CLOCK, REPORTS, REPOSITORY, Context, checker
from casecheck.findings import Finding, Severity
from casecheck.loader import LoadedCase
from casecheck.models import CaseBase
from casecheck.repository import ACTIVE_STATUSES, HistoryFacts, RepositoryCase, case_id_keys
from casecheck.timing import first_after, rounded_hours_change, waiting_since


def _earlier(other: HistoryFacts, model: CaseBase, now: dt.datetime) -> bool:
    """``other`` went to Seller Support before ``model`` did (or before now, for a draft)."""
    if other.status == "draft" or other.case_ref is None:
        return False
    if other.submitted_at is None:
        return True
    return other.submitted_at < (model.submitted_at or now)


NAMED_OTHERS = 5
"""H001 and H002 name this many other cases and count the rest; ``data["others"]`` has all."""


def _shown_ids(pairs: Iterable[tuple[str, str]], lang: str) -> str:
    values = list(dict.fromkeys(value for _, value in pairs))
    return listed(values, lang, limit=NAMED_OTHERS)


def _named(case: RepositoryCase, lang: str) -> str:
    facts = case.facts
    status = word("statuses", facts.status, lang, default=facts.status)
    key = "submitted" if facts.case_id else "case"
    return word("other-cases", key, lang).format(
        path=case.display_path, status=status, case_id=facts.case_id,
    )


def _facts(others: list[tuple[RepositoryCase, list[tuple[str, str]]]]) -> list[dict[str, Any]]:
    return [{"path": other.display_path, "status": other.facts.status,
             "case_id": other.facts.case_id, "ids": [value for _, value in shared]}
            for other, shared in others]


def _finding(
    code: str, case: LoadedCase, ctx: Context, mine: dict[tuple[str, str], int],
    others: list[tuple[RepositoryCase, list[tuple[str, str]]]],
) -> Finding:
    """One finding about every other case in ``others``: a case with 200 duplicates gets one
    warning, not 200, and the run's output grows with the cases, not with their pairs."""
    model = case.model
    assert model is not None
    first = others[0][0]
    every_pair = [pair for _, pairs in others for pair in pairs]
    order = {pair: number for number, pair in enumerate(mine)}  # ID kinds, then index
    field, value = min(every_pair, key=order.__getitem__)
    data = {
        "type": model.type, "other": first.display_path, "other_status": first.facts.status,
        "other_case_id": first.facts.case_id,
        "ids": list(dict.fromkeys(v for _, v in every_pair)),
        "count": len(others), "others": _facts(others),
    }
    if len(others) > 1:
        variant: str | None = "many"
    elif code == "H001":
        variant = "submitted" if first.facts.case_id else None
    else:
        variant = None
    case_ids = [o.facts.case_id for o, _ in others if o.facts.case_id]
    return ctx.finding(
        code, location=case.field_location(f"ids.{field}[{mine[(field, value)]}]"),
        variant=variant, data=data, shown_ids=_shown_ids(every_pair, ctx.lang),
        other_status_text=word("statuses", first.facts.status, ctx.lang,
                               default=first.facts.status),
        others_text=listed([_named(o, ctx.lang) for o, _ in others[:NAMED_OTHERS]], ctx.lang,
                           left_out=max(0, len(others) - NAMED_OTHERS)),
        case_ids_text=listed([f'"{cid}"' for cid in case_ids], ctx.lang, limit=NAMED_OTHERS),
    )


@checker("H001", "H002", reads={CLOCK, REPOSITORY})
def same_problem(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """At most one H001 (the open cases about the same IDs) and one H002 (the earlier cases
    not in prior_cases) per case, each naming the others."""
    model = case.model
    if model is None or ctx.template or ctx.repository is None:
        return
    mine = case_id_keys(model)
    if not mine:
        return
    repository = ctx.repository
    # Case IDs are compared by the digest the repository's facts hold them as.
    prior = {repository.digest(f"case\0{p.strip()}") for p in model.prior_cases}
    own = repository.digest(f"case\0{model.case_id}") if model.case_id is not None else None
    duplicates = []
    unreferenced = []
    for other, shared in repository.same_problem(model, case.root):
        facts = other.facts
        if model.status in ACTIVE_STATUSES and facts.status in ACTIVE_STATUSES:
            duplicates.append((other, shared))
        elif (_earlier(facts, model, ctx.now) and facts.case_ref not in prior
              and facts.case_ref != own):
            unreferenced.append((other, shared))
        # A draft's later case becomes an earlier one once its submission time passes.
        ctx.stable_until(first_after(ctx.now, facts.submitted_at)
                         if model.submitted_at is None else None)
    if duplicates:
        yield _finding("H001", case, ctx, mine, duplicates)
    if unreferenced:
        yield _finding("H002", case, ctx, mine, unreferenced)


@checker("H003", reads={CLOCK, REPORTS})
def follow_up(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    since = waiting_since(model) if model is not None and not ctx.template else None
    if model is None or since is None or paid_while_waiting(case, ctx) is not None:
        return
    rules = ctx.packs.calendar.follow_up
    hours = (ctx.now - since).total_seconds() / 3600
    ctx.stable_until(first_after(ctx.now, *(since + dt.timedelta(hours=limit) for limit in (
        rules.check_after_hours, rules.escalate_after_hours))))
    if hours <= rules.check_after_hours:
        return
    ctx.stable_until(rounded_hours_change(since, ctx.now))  # the hours the data shows
    escalate = hours > rules.escalate_after_hours
    field = "last_reply_at" if since == model.last_reply_at else "submitted_at"
    finding = ctx.finding(
        "H003", variant="escalate" if escalate else None, cited=rules,
        location=case.field_location(field), data={
            "since": since.isoformat(), "hours": round(hours, 1), "case_id": model.case_id,
            "check_after_hours": rules.check_after_hours,
            "escalate_after_hours": rules.escalate_after_hours,
        }, case_label=model.case_id or case.display_path,
    )
    yield finding.with_severity(Severity.WARNING) if escalate else finding
