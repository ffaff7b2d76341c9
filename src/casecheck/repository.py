"""The case repository: every case folder of the checked cases' projects, seen read-only by
the history rules.

Only manifests are read (no message, no attachment), once per run and only when a rule asks;
the manifests the run has parsed already are not parsed again. What the history rules need of
each case is kept as :class:`HistoryFacts`: with a :class:`HistoryStore` (the incremental
cache's) the facts of every manifest are kept between runs, keyed by the manifest's stat, so a
pre-commit run over one case of 500 parses one manifest, not 500. The facts hold no ID and no
case ID in clear: IDs are compared by the store's keyed digest, and a case ID is kept masked
for display and as a digest for comparison.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

from casecheck.catalog import FindingMaker
from casecheck.files import MANIFEST_NAMES, marks_project
from casecheck.loader import discover, display_path, load_folder
from casecheck.masking import mask_text
from casecheck.models import ID_KINDS, CaseBase
from casecheck.packs import RulePacks
from casecheck.placeholders import is_placeholder

ACTIVE_STATUSES = frozenset({"draft", "submitted", "open"})
"""A case in one of these is still being written or still waits for Seller Support."""

ManifestStat = list[Any]
"""The manifest a folder uses, and its size, mtime_ns, ctime_ns and inode."""


def case_id_keys(model: CaseBase) -> dict[tuple[str, str], int]:
    """(ID field, normalized value) -> index of the value in its list, placeholders left out."""
    keys: dict[tuple[str, str], int] = {}
    for name in ID_KINDS:
        for index, value in enumerate(getattr(model.ids, name)):
            normalized = value.replace(" ", "").strip().upper()
            if normalized and not is_placeholder(value):
                keys.setdefault((name, normalized), index)
    return keys


class HistoryStore(Protocol):
    """Where the facts of a repository's manifests are kept between runs."""

    def digest(self, text: str) -> str:
        """A keyed digest of an ID or case ID: equal texts, equal digests; no text back."""

    def racy(self, stat: ManifestStat) -> bool:
        """Whether a manifest with this stat may change again unseen within its mtime tick."""

    def load(self, roots: Sequence[Path]) -> dict[str, Any]:
        """The stored facts of the repository of ``roots``, by the ``digest`` of each folder
        (a folder's name can hold a secret); {} when none."""

    def save(self, roots: Sequence[Path], entries: dict[str, Any]) -> None:
        """Keep ``entries`` (folder -> manifest stat and facts) for the next run."""


@dataclass(frozen=True, slots=True)
class HistoryFacts:
    """What the history rules read of another case."""

    type: str
    status: str
    case_id: str | None
    """Masked (``casecheck.masking``): for display only."""
    case_ref: str | None
    """The case ID's digest, to compare with other cases' IDs and ``prior_cases``."""
    submitted_at: dt.datetime | None
    template: bool
    ids: tuple[tuple[str, str], ...]
    """(ID field, digest of the normalized ID), in the order of ``case_id_keys``."""

    @classmethod
    def of(cls, model: CaseBase, digest: Callable[[str], str], packs: RulePacks) -> HistoryFacts:
        return cls(
            model.type, model.status,
            mask_text(model.case_id, packs.secrets.labels) if model.case_id is not None else None,
            digest(f"case\0{model.case_id}") if model.case_id is not None else None,
            model.submitted_at, model.template,
            tuple((name, digest(f"{name}\0{value}")) for name, value in case_id_keys(model)),
        )

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "status": self.status, "case_id": self.case_id,
                "case_ref": self.case_ref, "template": self.template,
                "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
                "ids": [list(pair) for pair in self.ids]}

    @classmethod
    def from_json(cls, value: Any) -> HistoryFacts | None:
        """The facts in a stored entry; None when it is not what :meth:`to_json` writes."""
        try:
            submitted = value["submitted_at"]
            facts = cls(
                str(value["type"]), str(value["status"]), value["case_id"], value["case_ref"],
                dt.datetime.fromisoformat(submitted) if submitted is not None else None,
                bool(value["template"]), tuple((str(a), str(b)) for a, b in value["ids"]),
            )
        except (TypeError, KeyError, ValueError):
            return None
        optional = (facts.case_id, facts.case_ref)
        if not all(item is None or isinstance(item, str) for item in optional):
            return None
        return facts


@dataclass(frozen=True)
class RepositoryCase:
    folder: Path
    display_path: str
    facts: HistoryFacts
    resolved: Path
    """The folder with its links resolved, to tell the checked case itself apart."""
    model: CaseBase | None = field(default=None, compare=False)
    """The case's model when the run has parsed its manifest; None when its facts came from
    the store."""


def manifest_stat(folder: Path) -> ManifestStat | None:
    """What the facts of ``folder`` are keyed by: the name of the manifest it uses (the first
    of ``MANIFEST_NAMES`` there, as the loader picks it) and that file's size, mtime_ns,
    ctime_ns and inode; None when it holds none that can be stat-ed. Usually two calls."""
    for name in MANIFEST_NAMES:
        path = os.path.join(folder, name)  # noqa: PTH118 - 500 manifests, no Path objects
        if os.path.lexists(path):
            try:
                info = os.stat(path)  # noqa: PTH116 - as above
            except (OSError, ValueError):
                return None
            return [name, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
    return None


@dataclass
class HistoryCounts:
    """How the repository's facts were found: from the store (``reused``) or by parsing."""

    reused: int = 0
    parsed: int = 0


class CaseRepository:
    """The cases under ``roots`` and the run's own ``folders``, loaded lazily from their
    manifests the first time asked."""

    def __init__(
        self, roots: Path | Sequence[Path], *, packs: RulePacks, make: FindingMaker,
        known: Mapping[Path, CaseBase | None] | None = None,
        folders: Sequence[Path] = (), store: HistoryStore | None = None,
        homes: Mapping[Path, Path | None] | None = None,
    ) -> None:
        """``roots`` are walked for case folders; ``folders`` (the run's own) belong to the
        repository wherever they are. ``known`` holds the models of folders the run has
        loaded already, so that their manifests are not parsed twice; ``store`` keeps the
        facts of every manifest between runs. ``homes`` gives a run folder's own project: it
        is compared only with the cases under it (None: only with the run's folders in no
        project), not with those of another project the same run walks."""
        self.roots = (roots,) if isinstance(roots, Path) else tuple(roots)
        self._packs = packs
        self._make = make
        self._known = {folder.absolute(): model for folder, model in (known or {}).items()}
        self._folders = tuple(folders)
        self._store = store
        self._homes = {folder.absolute(): home for folder, home in (homes or {}).items()}
        self._above: dict[Path, Path | None] = {}
        self.counts = HistoryCounts()

    @property
    def root(self) -> Path | None:
        """The first root walked (None when only the run's folders are compared)."""
        return self.roots[0] if self.roots else None

    def digest(self, text: str) -> str:
        """How the facts hold an ID or a case ID (see :class:`HistoryFacts`)."""
        # Without a store the facts never leave this process: the text is its own digest.
        return self._store.digest(text) if self._store is not None else text

    def _facts(
        self, folder: Path, stat: ManifestStat | None, stored: Mapping[str, Any],
    ) -> tuple[HistoryFacts | None, CaseBase | None]:
        if folder in self._known:
            model = self._known[folder]
        else:
            entry = stored.get(self.digest(str(folder)))
            if stat is not None and isinstance(entry, dict) and entry.get("stat") == stat:
                raw = entry.get("facts")  # None: the manifest gave no model
                facts = HistoryFacts.from_json(raw) if raw is not None else None
                if raw is None or facts is not None:
                    self.counts.reused += 1
                    return facts, None
            self.counts.parsed += 1
            model = load_folder(folder, packs=self._packs, make=self._make,
                                read_message=False).model
        facts = HistoryFacts.of(model, self.digest, self._packs) if model is not None else None
        return facts, model

    @cached_property
    def cases(self) -> tuple[RepositoryCase, ...]:
        found: dict[Path, RepositoryCase] = {}
        walked = discover(self.roots) if self.roots else []
        stored = self._store.load(self.roots) if self._store is not None else {}
        kept: dict[str, Any] = {}
        here = Path.cwd()
        for folder in sorted({*walked, *(f.absolute() for f in self._folders)}):
            resolved = folder.resolve()
            if resolved in found:
                continue
            stat = manifest_stat(folder) if self._store is not None else None
            facts, model = self._facts(folder, stat, stored)
            if stat is not None and self._store is not None and not self._store.racy(stat):
                kept[self.digest(str(folder))] = {"stat": stat,
                                     "facts": facts.to_json() if facts is not None else None}
            if facts is not None and not facts.template:
                found[resolved] = RepositoryCase(folder, display_path(folder, here), facts,
                                                 resolved, model)
        if self._store is not None and kept != stored:
            self._store.save(self.roots, kept)
        return tuple(sorted(found.values(), key=lambda case: case.display_path))

    @cached_property
    def _by_id(self) -> dict[tuple[str, str, str], list[int]]:
        """(type, ID field, ID digest) -> indexes into ``cases``: one pass, then lookups."""
        index: dict[tuple[str, str, str], list[int]] = {}
        for number, case in enumerate(self.cases):
            for field_name, value in case.facts.ids:
                index.setdefault((case.facts.type, field_name, value), []).append(number)
        return index

    def same_problem(
        self, model: CaseBase, folder: Path | None
    ) -> Iterator[tuple[RepositoryCase, list[tuple[str, str]]]]:
        """The other cases of ``model``'s type that share an ID with it, each with the shared
        (field, ID) pairs, in path order. The case in ``folder`` itself is left out.

        One lookup per ID of ``model``: the work is the number of cases that share one."""
        own = folder.resolve() if folder is not None else None
        neighbour = self._neighbour(folder)
        shared: dict[int, list[tuple[str, str]]] = {}
        for field_name, value in case_id_keys(model):
            key = (model.type, field_name, self.digest(f"{field_name}\0{value}"))
            for number in self._by_id.get(key, ()):
                shared.setdefault(number, []).append((field_name, value))
        for number in sorted(shared):  # ``cases`` is in path order
            case = self.cases[number]
            if case.resolved != own and neighbour(case.folder):
                yield case, sorted(shared[number])

    def _neighbour(self, folder: Path | None) -> Callable[[Path], bool]:
        """Whether a case folder is in the same project as the run folder ``folder``: the
        nearest folder above each that marks one is the same."""
        if folder is None or folder.absolute() not in self._homes:
            return lambda _: True
        home = self._homes[folder.absolute()]
        if home is None:
            return lambda other: other in self._homes and self._homes[other] is None
        if _project_of(home, self._above) == home:  # a project: its cases, not a nested one's
            return lambda other: _project_of(other, self._above) == home
        # A folder in no project is compared with the current directory's cases that are in
        # none either: a git repository under it keeps its own history.
        return lambda other: (other.is_relative_to(home)
                              and _project_of(other, self._above) is None)


@dataclass(frozen=True)
class RepositorySpec:
    """Which cases the history rules compare with, in a form a worker process can receive."""

    roots: tuple[Path, ...]
    """The folders walked for case folders: the checked cases' project roots."""
    folders: tuple[Path, ...] = ()
    """The run's own case folders, which belong to the repository wherever they lie."""
    homes: tuple[tuple[Path, Path | None], ...] = ()
    """Each run folder's own project (see ``repository_spec``); empty: all compared."""

    def open(
        self, *, packs: RulePacks, make: FindingMaker,
        known: Mapping[Path, CaseBase | None] | None = None, store: HistoryStore | None = None,
    ) -> CaseRepository:
        return CaseRepository(self.roots, packs=packs, make=make, known=known,
                              folders=self.folders, store=store, homes=dict(self.homes))


def repository_spec(folders: Sequence[Path], explicit: Path | None) -> RepositorySpec | None:
    """The repository of a run over ``folders``: ``explicit`` (``--repository`` or the
    ``repository`` key), else the project of each folder (the nearest folder above it that
    holds ``.git``, ``casecheck.toml`` or ``pyproject.toml``). Checking one case folder, as
    pre-commit does, so compares it with its siblings.

    Folders in no project are compared with the cases under the current directory when they
    lie inside it (it is where a seller without git keeps their cases), else only with each
    other: their common folder could be "/" or a home folder. Each folder is compared with
    the cases of its own project only: checking a git repository's cases beside other
    folders does not make the others part of the repository."""
    if explicit is not None:
        return RepositorySpec((explicit.absolute(),), tuple(folders))
    if not folders:
        return None
    roots: set[Path] = set()
    homes: dict[Path, Path | None] = {}
    above: dict[Path, Path | None] = {}
    for folder in folders:
        homes[folder.absolute()] = root = _project_of(folder.absolute(), above)
        if root is not None:
            roots.add(root)
    homeless = [folder for folder, root in homes.items() if root is None]
    here = Path.cwd()
    if homeless and here != Path.home() and here.parent != here and all(
        folder.is_relative_to(here) for folder in homeless
    ):
        roots.add(here)
        homes.update((folder, here) for folder in homeless)
    outermost = tuple(sorted(r for r in roots if not any(r.is_relative_to(o) and r != o
                                                         for o in roots)))
    return RepositorySpec(outermost, tuple(folders), tuple(homes.items()))


def _holds_history(folder: Path) -> bool:
    """``folder`` marks a project whose cases share a history. A case folder's own
    ``casecheck.toml`` or ``pyproject.toml`` configures that case, and does not take it out
    of its repository's history; a case folder that is a git repository of its own does."""
    if not marks_project(folder):
        return False
    return (os.path.lexists(folder / ".git")
            or not any(os.path.lexists(folder / name) for name in MANIFEST_NAMES))


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
        if _holds_history(candidate):
            answer = candidate
            break
    for candidate in climbed:
        above[candidate] = answer
    return answer
