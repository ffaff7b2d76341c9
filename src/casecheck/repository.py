"""The case repository: every case folder under one root, seen read-only by the history rules.

Only manifests are read (no message, no attachment), once per run and only when a rule asks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from casecheck.loader import MakeFinding, discover, load_folder
from casecheck.models import CaseBase
from casecheck.packs import RulePacks
from casecheck.placeholders import is_placeholder

ID_FIELDS = ("order_ids", "asins", "shipment_ids", "gtins", "fnskus", "tracking_numbers")
"""IDs that name the subject of a case; the merchant token is shared by all of a seller's."""

ACTIVE_STATUSES = frozenset({"draft", "submitted", "open"})
"""A case in one of these is still being written or still waits for Seller Support."""


def case_id_keys(model: CaseBase) -> dict[tuple[str, str], int]:
    """(ID field, normalized value) -> index of the value in its list, placeholders left out."""
    keys: dict[tuple[str, str], int] = {}
    for name in ID_FIELDS:
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

    def __init__(self, root: Path, *, packs: RulePacks, make: MakeFinding) -> None:
        self.root = root
        self._packs = packs
        self._make = make

    @cached_property
    def cases(self) -> tuple[RepositoryCase, ...]:
        found = []
        for folder in discover([self.root]):
            loaded = load_folder(folder, packs=self._packs, make=self._make, read_message=False)
            if loaded.model is not None and not loaded.model.template:
                found.append(RepositoryCase(folder, loaded.display_path, loaded.model))
        return tuple(found)

    def others(self, folder: Path | None) -> Iterator[RepositoryCase]:
        """Every case of the repository except the one in ``folder``."""
        own = folder.resolve() if folder is not None else None
        for case in self.cases:
            if case.folder.resolve() != own:
                yield case


def common_root(folders: Sequence[Path] | Iterable[Path]) -> Path | None:
    """The deepest folder holding every one of ``folders``: the root of the repository."""
    paths = [str(folder) for folder in folders]
    return Path(os.path.commonpath(paths)) if paths else None
