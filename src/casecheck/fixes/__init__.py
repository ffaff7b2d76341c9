"""``casecheck fix``: repair what a machine can repair in case folders, and lose nothing.

``fix`` checks each case with the real checkers, plans one change per fixable finding
(``casecheck.fixes.planner``), and with ``apply`` carries the plan out as one transaction per
case folder (``casecheck.fixes.transaction``): the replaced files move into
``.originals/<timestamp>/``, and the case is checked again. ``undo_fix`` puts the last fix of
a folder back. It sits above the runner, which it checks through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from casecheck import ocr
from casecheck.engine import Config
from casecheck.findings import CaseReport
from casecheck.fixes.legibility import Legibility
from casecheck.fixes.plan import CasePlan, Change, FixError, FixPlan, Undone, Write
from casecheck.fixes.planner import FIX_CODES, Passwords, Settings, plan_case
from casecheck.fixes.transaction import apply_plan, undo_last
from casecheck.loader import LoadedCase, discover
from casecheck.models import Attachment
from casecheck.packs import load_packs
from casecheck.runner import check_cases, validate

__all__ = [
    "FIX_CODES", "CasePlan", "Change", "FixError", "FixPlan", "Undone", "Write", "fix",
    "undo_fix",
]


def _paths(case: str | Path | Iterable[str | Path]) -> list[str | Path]:
    return [case] if isinstance(case, str | Path) else list(case)


def _passwords(password: str | Passwords | None) -> Passwords | None:
    if password is None or callable(password):
        return password
    given = password
    return lambda _path: given


def fix(
    case: str | Path | Iterable[str | Path], *, apply: bool = False,
    select: Sequence[str] = (), ignore: Sequence[str] = (),
    password: str | Callable[[str], str | None] | None = None,
    config: Config | None = None,
) -> FixPlan:
    """Plan the repairs of a case folder (or of every case folder ``case`` names), and with
    ``apply=True`` carry them out, keep the originals and check the case again.

    ``select`` / ``ignore`` choose fixes by the code they clear (prefixes, as in ``check``);
    ``password`` opens the PDFs that need one (A006): a string, or a function given each
    PDF's path. It is used, never stored. ``config`` is the check's configuration (rule packs,
    ignores, language of the plan); its own ``select`` is replaced by the fixable codes.
    """
    config = config or Config()
    chooser = Config(select=tuple(select), ignore=tuple(ignore))
    codes = tuple(code for code in FIX_CODES if chooser.enabled(code))
    packs = load_packs(config.rules_dirs)
    screenshots = packs.global_.screenshots
    legibility = Legibility(screenshots.min_width, screenshots.min_height,
                            ocr.default_engine() if config.ocr else None)
    settings = Settings(chooser, packs, legibility, config.lang, _passwords(password))
    planning = dataclasses.replace(config, select=codes, extend_select=(), ocr=False)

    def recheck(loaded: LoadedCase, added: list[Attachment]) -> CaseReport:
        assert loaded.model is not None
        model = loaded.model.model_copy(
            update={"attachments": [*loaded.model.attachments, *added]})
        return validate(model, root=loaded.root, config=planning)

    plans = []
    for loaded, report in check_cases(_paths(case), config=planning) if codes else ():
        try:
            plan = plan_case(loaded, report, settings, recheck)
        except FixError as error:
            plan = CasePlan(loaded.display_path, loaded.root, error=str(error))
        except Exception as error:  # noqa: BLE001 - a fixer's bug must not cost the other cases
            plan = CasePlan(loaded.display_path, loaded.root,
                            error=f"the fix could not be worked out: {error!r}; nothing changed")
        if apply and plan.error is None and plan.root is not None:
            plan = _carried_out(plan, config)
        plans.append(plan)
    return FixPlan(tuple(plans), applied=apply)


def _carried_out(plan: CasePlan, config: Config) -> CasePlan:
    assert plan.root is not None
    if not plan.changes_files:
        return dataclasses.replace(plan, applied=True,
                                   remaining=validate(plan.root, config=config))
    try:
        originals = apply_plan(plan.root, plan.writes, plan.archived)
    except FixError as error:
        return dataclasses.replace(plan, error=str(error))
    return dataclasses.replace(plan, applied=True, originals=originals,
                               remaining=validate(plan.root, config=config))


def undo_fix(case: str | Path | Iterable[str | Path]) -> tuple[Undone, ...]:
    """Undo the last ``casecheck fix --apply`` of each case folder ``case`` names: the files it
    moved into ``.originals`` go back, the files it wrote go. Folders never fixed are passed
    by; FixError when none was fixed, or when a file the fix wrote was changed since."""
    folders = discover(_paths(case))
    done = []
    for folder in folders:
        if (folder / ".originals").is_dir():
            done.append(undo_last(folder, folder.as_posix()))
    if not done:
        raise FixError("no fix to undo in " + ", ".join(str(p) for p in _paths(case)))
    return tuple(done)
