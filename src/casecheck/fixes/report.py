"""The plan as the command line prints it: a case folder, then one line per change (the code
it clears, the file, what happens to it, the sizes before and after), or as JSON.

Folder and file names are a stranger's text: their secrets are masked (``cases/card ••••1881``)
and their control characters shown as escapes (an ESC sequence in a name would repaint the
terminal), as in ``casecheck check``'s reports. ``casecheck.fix`` returns the real paths.
"""

from __future__ import annotations

from typing import Any, TextIO

from casecheck.catalog import word
from casecheck.checkers.attachments import size_text
from casecheck.display import indented_json, json_safe, visible
from casecheck.fixes.plan import Change, FixPlan, Undone
from casecheck.masking import mask_name


def _shown(text: str) -> str:
    return visible(mask_name(text))


def _masked(value: Any) -> Any:
    """Every string of a plan's dict masked; lone surrogates are left to ``json_safe``."""
    if isinstance(value, str):
        return mask_name(value)
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    return value


def plan_json(plan: FixPlan) -> str:
    """``--format json``: the plan's dict, its names masked, as UTF-8 that any name encodes."""
    return json_safe(indented_json(_masked(plan.to_dict()))) + "\n"


def _line(change: Change, lang: str) -> str:
    place = _shown(change.path)
    if change.new_paths and change.new_paths != (change.path,):
        place += " -> " + ", ".join(_shown(path) for path in change.new_paths)
    text = f"  {change.code:<5} {place}: {visible(change.summary)}"
    if change.size_before is not None and change.size_after is not None:
        text += f" [{size_text(change.size_before)} -> {size_text(change.size_after)}]"
    if not change.applies:
        text += f" ({word('fix', 'advice', lang)})"
    if change.review:
        text += f" ({word('fix', 'review', lang)})"
    return text


def write_plan(plan: FixPlan, out: TextIO, lang: str) -> None:
    """Each case folder with its changes, then one closing line."""
    changes = 0
    folders = 0
    for case in plan.cases:
        if not case.changes and case.error is None:
            continue
        out.write(_shown(case.path) + "\n")
        for change in case.changes:
            out.write(_line(change, lang) + "\n")
        if case.error is not None:
            out.write(f"  error: {_shown(case.error)}\n")
        elif case.originals is not None:
            folder = _shown(f"{case.path.rstrip('/')}/{case.originals}/")
            out.write("  " + word("fix", "originals", lang).format(folder=folder) + "\n")
        counted = sum(1 for change in case.changes if change.applies)
        if case.error is None and counted and case.changes_files:
            changes += counted
            folders += 1
    if not changes:
        out.write(word("fix", "nothing", lang) + "\n")
        return
    key = "applied" if plan.applied else "planned"
    out.write(word("fix", key, lang).format(changes=changes, cases=folders) + "\n")


def write_undone(undone: Undone, out: TextIO, lang: str) -> None:
    out.write(word("fix", "undone", lang).format(
        folder=_shown(undone.path), restored=len(undone.restored), originals=undone.originals,
        removed=len(undone.removed)) + "\n")
