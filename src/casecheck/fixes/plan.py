"""What ``casecheck fix`` would do, or did, as data: one ``Change`` per line of the plan.

A plan carries the bytes it would write (``Write``) so that ``--apply`` writes exactly what
the plan showed; ``to_dict`` leaves the bytes out, and nothing in a plan holds a password.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from casecheck.errors import CasecheckError
from casecheck.findings import CaseReport


class FixError(CasecheckError):
    """A fix could not be carried out; the case folder was left as it was (exit status 2)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One line of the plan: what changes in which file, which finding it clears, the sizes.

    ``applies`` is False for advice (a document to print to PDF, a PDF that needs
    ``--password``) and for a change that was worked out but not kept (it would have made a
    screenshot unreadable); ``review`` asks the seller to look at the result (a kind guessed
    for a file added to the manifest).
    """

    code: str
    action: str
    path: str
    summary: str
    new_paths: tuple[str, ...] = ()
    size_before: int | None = None
    size_after: int | None = None
    applies: bool = True
    review: bool = False
    details: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "action": self.action, "path": self.path,
            "new_paths": list(self.new_paths), "size_before": self.size_before,
            "size_after": self.size_after, "applies": self.applies, "review": self.review,
            "summary": self.summary, "details": dict(self.details),
        }


@dataclass(frozen=True, slots=True)
class Write:
    """A file the fix writes, relative to the case folder."""

    path: str
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class CasePlan:
    """The plan for one case folder, and what became of it.

    ``archived`` are the files that move to ``.originals/<timestamp>/`` (every file the fix
    replaces, renames or converts); ``writes`` are the new files. ``error`` says why nothing
    was done (a fixer failed, the folder is read-only); ``originals`` is where the replaced
    files went once applied; ``remaining`` is the re-check after applying.
    """

    path: str
    root: Path | None
    changes: tuple[Change, ...] = ()
    writes: tuple[Write, ...] = field(default=(), repr=False)
    archived: tuple[str, ...] = ()
    applied: bool = False
    originals: str | None = None
    error: str | None = None
    remaining: CaseReport | None = None

    @property
    def changes_files(self) -> bool:
        """Whether carrying out the plan writes anything."""
        return bool(self.writes or self.archived)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "applied": self.applied, "originals": self.originals,
            "error": self.error, "changes": [change.to_dict() for change in self.changes],
            "writes": [write.path for write in self.writes], "archived": list(self.archived),
            "remaining": self.remaining.to_dict() if self.remaining is not None else None,
        }


@dataclass(frozen=True, slots=True)
class FixPlan:
    """What ``casecheck fix`` would change in each case folder, or changed with ``apply``.

    One ``CasePlan`` per case folder, each with its ``Change`` lines (what, why, the code it
    clears, the sizes before and after); after ``apply`` each says where the originals went
    and what the re-check still finds.
    """

    cases: tuple[CasePlan, ...]
    applied: bool = False

    @property
    def changed(self) -> bool:
        """Whether files were changed (after ``apply``) or would be (a plan)."""
        return any(case.changes_files and (case.applied or not self.applied)
                   for case in self.cases if case.error is None)

    @property
    def errors(self) -> tuple[str, ...]:
        return tuple(f"{case.path}: {case.error}" for case in self.cases if case.error)

    def to_dict(self) -> dict[str, Any]:
        return {"applied": self.applied, "changed": self.changed,
                "cases": [case.to_dict() for case in self.cases]}


@dataclass(frozen=True, slots=True)
class Undone:
    """What ``casecheck fix --undo`` put back in one case folder."""

    path: str
    originals: str
    restored: tuple[str, ...]
    removed: tuple[str, ...]
