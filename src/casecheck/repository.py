"""The case repository: every case folder under one root, seen read-only by the history rules.

Only manifests are read (no message, no attachment), once per run and only when a rule asks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from casecheck.catalog import FindingMaker
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


class CaseRepository:
    """The cases under ``root``, loaded lazily from their manifests the first time asked."""

    def __init__(
        self, root: Path, *, packs: RulePacks, make: FindingMaker,
        known: Mapping[Path, CaseBase | None] | None = None,
        folders: Sequence[Path] | None = None,
    ) -> None:
        """``known`` holds the models of folders the run has loaded already (by folder), so
        that their manifests are not parsed twice; ``folders``, when given, are the whole
        repository and no folder is walked."""
        self.root = root
        self._packs = packs
        self._make = make
        self._known = dict(known or {})
        self._folders = folders

    def _model(self, folder: Path) -> CaseBase | None:
        if folder in self._known:
            return self._known[folder]
        return load_folder(folder, packs=self._packs, make=self._make, read_message=False).model

    @cached_property
    def cases(self) -> tuple[RepositoryCase, ...]:
        found = []
        for folder in discover([self.root]) if self._folders is None else sorted(self._folders):
            model = self._model(folder)
            if model is not None and not model.template:
                found.append(RepositoryCase(folder, display_path(folder), model))
        return tuple(found)

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
        (field, ID) pairs, in path order. The case in ``folder`` itself is left out."""
        own = folder.resolve() if folder is not None else None
        shared: dict[int, list[tuple[str, str]]] = {}
        for field, value in case_id_keys(model):
            for number in self._by_id.get((model.type, field, value), ()):
                shared.setdefault(number, []).append((field, value))
        for number in sorted(shared, key=lambda n: self.cases[n].display_path):
            case = self.cases[number]
            if case.folder.resolve() != own:
                yield case, sorted(shared[number])


@dataclass(frozen=True)
class RepositorySpec:
    """Which cases the history rules compare with, in a form a worker process can receive."""

    root: Path
    folders: tuple[Path, ...] | None = None
    """The run's own case folders when the root is not walked; None walks the root."""

    def open(
        self, *, packs: RulePacks, make: FindingMaker,
        known: Mapping[Path, CaseBase | None] | None = None,
    ) -> CaseRepository:
        return CaseRepository(self.root, packs=packs, make=make, known=known, folders=self.folders)


def repository_spec(folders: Sequence[Path], explicit: Path | None) -> RepositorySpec | None:
    """The repository of a run over ``folders``: ``explicit`` (--repository), else the folder
    tree under their common root."""
    if explicit is not None:
        return RepositorySpec(explicit)
    root = common_root(folders)
    if root is None:
        return None
    # Paths from far apart would make their common root "/" or a home folder: without
    # --repository, the walk stays inside the current directory.
    if root.is_relative_to(Path.cwd()):
        return RepositorySpec(root)
    return RepositorySpec(root, tuple(folders))


def common_root(folders: Sequence[Path] | Iterable[Path]) -> Path | None:
    """The deepest folder holding every one of ``folders``: the root of the repository."""
    paths = [str(folder) for folder in folders]
    return Path(os.path.commonpath(paths)) if paths else None
