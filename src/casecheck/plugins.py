"""Third-party checkers and formats, found through entry points and loaded once.

``casecheck.checkers``: each entry point names a :class:`CheckerPlugin` (its checkers and the
catalog of the rules they report, parsed with :func:`casecheck.catalog.parse_catalog`).
``casecheck.reporters``: each entry point's name is a ``--format`` and its object a
``write(report, out, options)`` function. Unlike flake8, which quietly drops a plugin whose
codes clash, a clash here stops the run with one line naming both sides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any

from casecheck.catalog import Catalog, CatalogError, Rule, shipped_catalog

if TYPE_CHECKING:
    from casecheck.engine import Checker

CHECKERS_GROUP = "casecheck.checkers"
REPORTERS_GROUP = "casecheck.reporters"


class PluginError(CatalogError):
    """An installed plugin cannot be used: it fails to import, or clashes with another."""


@dataclass(frozen=True)
class CheckerPlugin:
    """What a ``casecheck.checkers`` entry point names: checkers and their rules' catalog."""

    checkers: Sequence[Checker]
    rules: Mapping[str, Rule] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckerPlugins:
    """The rules and checkers of every installed checker plugin, with the shipped rules."""

    catalog: Catalog
    checkers: tuple[Checker, ...] = ()


def _origin(entry: EntryPoint) -> str:
    dist = entry.dist.name if entry.dist is not None else "?"
    return f"plugin {entry.name!r} ({entry.group} = {entry.value}, from {dist})"


def _load(entry: EntryPoint) -> Any:
    try:
        return entry.load()
    except Exception as error:  # noqa: BLE001 - any import failure of a plugin is reported
        problem = f"{type(error).__name__}: {error}"
        raise PluginError(f"{_origin(entry)} failed to load: {problem}") from None


def _unique(entries: Iterable[EntryPoint]) -> list[EntryPoint]:
    """One entry point per (name, value): a package on sys.path twice is not a clash."""
    seen: dict[tuple[str, str], EntryPoint] = {}
    for entry in entries:
        seen.setdefault((entry.name, entry.value), entry)
    return sorted(seen.values(), key=lambda e: e.name)


@cache
def installed_checkers() -> CheckerPlugins:
    """Every installed checker plugin, loaded once per process (the engine asks for them)."""
    from casecheck.engine import Checker  # noqa: PLC0415 - the engine imports pydantic

    catalog = shipped_catalog()
    checkers: list[Checker] = []
    for entry in _unique(entry_points(group=CHECKERS_GROUP)):
        plugin = _load(entry)
        origin = _origin(entry)
        if not isinstance(plugin, CheckerPlugin):
            kind = type(plugin).__name__
            raise PluginError(f"{origin} is a {kind}, not a casecheck.plugins.CheckerPlugin")
        catalog = catalog.extended(plugin.rules, origin=origin)
        for unit in plugin.checkers:
            if not isinstance(unit, Checker):
                raise PluginError(f"{origin}: {unit!r} has no name, codes and check(case, ctx)")
            unknown = sorted(set(unit.codes) - set(plugin.rules))
            if unknown:
                raise PluginError(
                    f"{origin}: checker {unit.name} reports {', '.join(unknown)}, "
                    "which its catalog does not define"
                )
            checkers.append(unit)
    return CheckerPlugins(catalog, tuple(checkers))


@cache
def installed_reporters() -> Mapping[str, Callable[..., None]]:
    """Every installed format, loaded once per process; kept apart from the checkers so
    that building the command line does not import the engine."""
    from casecheck.reporters import BUILTIN_REPORTERS  # noqa: PLC0415 - it imports this module

    reporters: dict[str, Callable[..., None]] = {}
    taken = set(BUILTIN_REPORTERS)
    for entry in _unique(entry_points(group=REPORTERS_GROUP)):
        if entry.name in taken:
            raise PluginError(f"{_origin(entry)}: the format {entry.name!r} exists already")
        write = _load(entry)
        if not callable(write):
            raise PluginError(f"{_origin(entry)} is not a write(report, out, options) function")
        reporters[entry.name] = write
        taken.add(entry.name)
    return reporters


def forget_installed() -> None:
    """Forget what was loaded, so that the next call looks at sys.path again (for tests)."""
    installed_checkers.cache_clear()
    installed_reporters.cache_clear()
