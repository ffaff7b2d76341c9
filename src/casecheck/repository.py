"""The case repository: every case folder of the checked cases' projects, seen read-only by
the history rules.

Only manifests are read (no message, no attachment), once per run and only when a rule asks;
the manifests the run has parsed already are not parsed again.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from casecheck.catalog import FindingMaker
from casecheck.files import marks_project
from casecheck.loader import discover, display_path, load_folder
from casecheck.models import ID_KINDS, CaseBase
from casecheck.packs import RulePacks
from casecheck.placeholders import is_placeholder

ACTIVE_STATUSES = frozenset({"draft", "submitted", "open"})
"""A case in one of these is still being written or still waits for Seller Support."""


def case_id_keys(model: CaseBase) -> dict[tuple[str, str], int]:
    """(ID field, normalized value) -> index of the value in its list, placeholders left out."""
    keys: dict[tuple[str, str], int] = {}
    for name in ID_KINDS:
        for index, value in enumerate(getattr(model.ids, name)):
            normalized = value.replace(" ", "").strip().upper()
            if normalized and not is_placeholder(value):
                keys.setdefault((name, normalized), index)
    return keys


@dataclass(frozen=True)
class RepositoryCase:
    folder: Path
    display_path: str
    model: CaseBase
    resolved: Path
    """The folder with its links resolved, to tell the checked case itself apart."""


class CaseRepository:
    """The cases under ``roots`` and the run's own ``folders``, loaded lazily from their
    manifests the first time asked."""

    def __init__(
        self, roots: Path | Sequence[Path], *, packs: RulePacks, make: FindingMaker,
        known: Mapping[Path, CaseBase | None] | None = None,
        folders: Sequence[Path] = (),
    ) -> None:
        """``roots`` are walked for case folders; ``folders`` (the run's own) belong to the
        repository wherever they are. ``known`` holds the models of folders the run has
        loaded already, so that their manifests are not parsed twice."""
        self.roots = (roots,) if isinstance(roots, Path) else tuple(roots)
        self._packs = packs
        self._make = make
        self._known = {folder.absolute(): model for folder, model in (known or {}).items()}
        self._folders = tuple(folders)

    @property
    def root(self) -> Path | None:
        """The first root walked (None when only the run's folders are compared)."""
        return self.roots[0] if self.roots else None

    def _model(self, folder: Path) -> CaseBase | None:
        if folder in self._known:
            return self._known[folder]
        return load_folder(folder, packs=self._packs, make=self._make, read_message=False).model

    @cached_property
    def cases(self) -> tuple[RepositoryCase, ...]:
        found: dict[Path, RepositoryCase] = {}
        walked = discover(self.roots) if self.roots else []
        for folder in sorted({*walked, *(f.absolute() for f in self._folders)}):
            resolved = folder.resolve()
            if resolved in found:
                continue
            model = self._model(folder)
            if model is not None and not model.template:
                found[resolved] = RepositoryCase(folder, display_path(folder), model, resolved)
        return tuple(sorted(found.values(), key=lambda case: case.display_path))

    @cached_property
    def _by_id(self) -> dict[tuple[str, str, str], list[int]]:
        """(type, ID field, normalized ID) -> indexes into ``cases``: one pass, then lookups."""
        index: dict[tuple[str, str, str], list[int]] = {}
        for number, case in enumerate(self.cases):
            for field, value in case_id_keys(case.model):
                index.setdefault((case.model.type, field, value), []).append(number)
        return index

    def same_problem(
        self, model: CaseBase, folder: Path | None
    ) -> Iterator[tuple[RepositoryCase, list[tuple[str, str]]]]:
        """The other cases of ``model``'s type that share an ID with it, each with the shared
        (field, ID) pairs, in path order. The case in ``folder`` itself is left out.

        One lookup per ID of ``model``: the work is the number of cases that share one."""
        own = folder.resolve() if folder is not None else None
        shared: dict[int, list[tuple[str, str]]] = {}
        for field, value in case_id_keys(model):
            for number in self._by_id.get((model.type, field, value), ()):
                shared.setdefault(number, []).append((field, value))
        for number in sorted(shared):  # ``cases`` is in path order
            case = self.cases[number]
            if case.resolved != own:
                yield case, sorted(shared[number])


@dataclass(frozen=True)
class RepositorySpec:
    """Which cases the history rules compare with, in a form a worker process can receive."""

    roots: tuple[Path, ...]
    """The folders walked for case folders: the checked cases' project roots."""
    folders: tuple[Path, ...] = ()
    """The run's own case folders, which belong to the repository wherever they lie."""

    def open(
        self, *, packs: RulePacks, make: FindingMaker,
        known: Mapping[Path, CaseBase | None] | None = None,
    ) -> CaseRepository:
        return CaseRepository(self.roots, packs=packs, make=make, known=known,
                              folders=self.folders)


def repository_spec(folders: Sequence[Path], explicit: Path | None) -> RepositorySpec | None:
    """The repository of a run over ``folders``: ``explicit`` (``--repository`` or the
    ``repository`` key), else the project of each folder (the nearest folder above it that
    holds ``.git``, ``casecheck.toml`` or ``pyproject.toml``). Checking one case folder, as
    pre-commit does, so compares it with its siblings.

    Folders in no project are compared with the cases under the current directory when they
    lie inside it (it is where a seller without git keeps their cases), else only with each
    other: their common folder could be "/" or a home folder."""
    if explicit is not None:
        return RepositorySpec((explicit.absolute(),), tuple(folders))
    if not folders:
        return None
    roots: set[Path] = set()
    homeless: list[Path] = []
    above: dict[Path, Path | None] = {}
    for folder in folders:
        root = _project_of(folder.absolute(), above)
        if root is None:
            homeless.append(folder)
        else:
            roots.add(root)
    here = Path.cwd()
    if homeless and here != Path.home() and here.parent != here and all(
        folder.absolute().is_relative_to(here) for folder in homeless
    ):
        roots.add(here)
    outermost = tuple(sorted(r for r in roots if not any(r.is_relative_to(o) and r != o
                                                         for o in roots)))
    return RepositorySpec(outermost, tuple(folders))


def _project_of(folder: Path, above: dict[Path, Path | None]) -> Path | None:
    """The project root of ``folder``; ``above`` remembers the answer for every folder on the
    way up, so that the cases of one repository share their parents' lookups."""
    climbed = []
    answer: Path | None = None
    for candidate in (folder, *folder.parents):
        if candidate in above:
            answer = above[candidate]
            break
        climbed.append(candidate)
        if marks_project(candidate):
            answer = candidate
            break
    for candidate in climbed:
        above[candidate] = answer
    return answer
