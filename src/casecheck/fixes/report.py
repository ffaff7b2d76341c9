"""The plan as the command line prints it: a case folder, then one line per change (the code
it clears, the file, what happens to it, the sizes before and after)."""

from __future__ import annotations

from typing import TextIO

from casecheck.catalog import word
from casecheck.checkers.attachments import size_text
from casecheck.fixes.plan import Change, FixPlan, Undone


def _line(change: Change, lang: str) -> str:
    place = change.path
    if change.new_paths and change.new_paths != (change.path,):
        place += " -> " + ", ".join(change.new_paths)
    text = f"  {change.code:<5} {place}: {change.summary}"
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
        out.write(case.path + "\n")
        for change in case.changes:
            out.write(_line(change, lang) + "\n")
        if case.error is not None:
            out.write(f"  error: {case.error}\n")
        elif case.originals is not None:
            folder = f"{case.path.rstrip('/')}/{case.originals}/"
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
        folder=undone.path, restored=len(undone.restored), originals=undone.originals,
        removed=len(undone.removed)) + "\n")
