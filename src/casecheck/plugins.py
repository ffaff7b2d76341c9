"""What a plugin is, and how its entry points are loaded.

``casecheck.checkers``: each entry point names a :class:`CheckerPlugin` (its checkers and the
catalog of the rules they report, parsed with :func:`casecheck.catalog.parse_catalog`).
``casecheck.reporters``: each entry point's name is a ``--format`` and its object a
``write(report, out, options)`` function. Unlike flake8, which quietly drops a plugin whose
codes clash, a clash here stops the run with one line naming both sides. The rule set is
assembled from them in :mod:`casecheck.registry`, the formats in :mod:`casecheck.reporters`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any

from casecheck.catalog import Rule
from casecheck.errors import PluginError

if TYPE_CHECKING:  # the engine imports pydantic; building the command line must not
    from casecheck.engine import Checker

CHECKERS_GROUP = "casecheck.checkers"
REPORTERS_GROUP = "casecheck.reporters"


@dataclass(frozen=True)
class CheckerPlugin:
    """What a ``casecheck.checkers`` entry point names: checkers and their rules' catalog."""

    checkers: Sequence[Checker]
    rules: Mapping[str, Rule] = field(default_factory=dict)


def origin(entry: EntryPoint) -> str:
    """How an entry point is named in an error: its name, value and distribution."""
    dist = entry.dist.name if entry.dist is not None else "?"
    return f"plugin {entry.name!r} ({entry.group} = {entry.value}, from {dist})"


def load(entry: EntryPoint) -> Any:
    """The object an entry point names; any failure to import it is a PluginError."""
    try:
        return entry.load()
    except Exception as error:  # noqa: BLE001 - any import failure of a plugin is reported
        problem = f"{type(error).__name__}: {error}"
        raise PluginError(f"{origin(entry)} failed to load: {problem}") from None


@cache
def _installed_entries() -> dict[str, tuple[EntryPoint, ...]]:
    """The entry points of both groups, read once per process: the command line (its
    ``--format`` choices) and the rule set both ask, and each reading parses the
    ``entry_points.txt`` of every distribution on sys.path."""
    every = entry_points()
    return {group: tuple(every.select(group=group)) for group in (CHECKERS_GROUP, REPORTERS_GROUP)}


def forget_entry_points() -> None:
    """Read sys.path again on the next call (for tests that install a plugin)."""
    _installed_entries.cache_clear()


def entries(group: str) -> list[EntryPoint]:
    """The entry points of ``group``, one per (name, value): a package on sys.path twice is
    not a clash."""
    seen: dict[tuple[str, str], EntryPoint] = {}
    found: Iterable[EntryPoint] = _installed_entries()[group]
    for entry in found:
        seen.setdefault((entry.name, entry.value), entry)
    return sorted(seen.values(), key=lambda e: e.name)
