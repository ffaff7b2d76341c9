"""Assembly: the rule set of this installation — the built-in checkers in the order they run,
the checkers of installed plugins, and the catalog that holds the rules of both.

Everything below this module is handed what it needs (checkers, a catalog); everything above
it asks here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.metadata import EntryPoint

from casecheck.catalog import Catalog, shipped_catalog
from casecheck.checkers import (
    attachments,
    claims,
    history,
    identifiers,
    message,
    reports,
    routing,
    screenshots,
    timing,
)
from casecheck.engine import Checker
from casecheck.errors import PluginError
from casecheck.plugins import (
    CHECKERS_GROUP,
    CheckerPlugin,
    entries,
    forget_entry_points,
    load,
    origin,
)

BUILTIN_CHECKERS: tuple[Checker, ...] = (
    identifiers.order_ids,
    identifiers.asins,
    identifiers.shipment_ids,
    identifiers.gtins,
    identifiers.fnskus,
    identifiers.case_ids,
    identifiers.tracking_numbers,
    identifiers.required_ids,
    identifiers.trademark_number,
    identifiers.brand_registry_number,
    attachments.listed_files,
    attachments.unlisted,
    attachments.too_many,
    attachments.required_kinds,
    screenshots.screenshots,
    timing.claim_window,
    timing.appeal_clock,
    timing.submission_time,
    timing.event_dates,
    claims.automatic_reimbursement,
    claims.valuation,
    routing.contact_path,
    history.same_problem,
    history.follow_up,
    reports.already_reimbursed,
    reports.units_missing,
    reports.unknown_ids,
    reports.report_problems,
    message.ids_in_message,
    message.placeholders,
    message.marketplace_urls,
    message.language,
    message.tone,
    message.structure,
    message.too_long,
    message.empty,
    message.sensitive_data,
    message.policy_cited,
    message.subject,
)


@dataclass(frozen=True)
class RuleSet:
    """The rules and checkers of this installation: the shipped ones and the plugins'."""

    catalog: Catalog
    plugin_checkers: tuple[Checker, ...] = ()


def _checked_plugin(entry: EntryPoint) -> CheckerPlugin:
    """The plugin ``entry`` names, after checking that it is one and that its checkers report
    only rules its catalog defines."""
    plugin = load(entry)
    where = origin(entry)
    if not isinstance(plugin, CheckerPlugin):
        kind = type(plugin).__name__
        raise PluginError(f"{where} is a {kind}, not a casecheck.plugins.CheckerPlugin")
    for unit in plugin.checkers:
        if not isinstance(unit, Checker):
            raise PluginError(f"{where}: {unit!r} has no name, codes and check(case, ctx)")
        unknown = sorted(set(unit.codes) - set(plugin.rules))
        if unknown:
            raise PluginError(
                f"{where}: checker {unit.name} reports {', '.join(unknown)}, "
                "which its catalog does not define"
            )
    return plugin


@cache
def installed() -> RuleSet:
    """The shipped rules with every installed checker plugin's, loaded once per process."""
    catalog = shipped_catalog()
    checkers: list[Checker] = []
    for entry in entries(CHECKERS_GROUP):
        plugin = _checked_plugin(entry)
        catalog = catalog.extended(plugin.rules, origin=origin(entry))
        checkers.extend(plugin.checkers)
    return RuleSet(catalog, tuple(checkers))


def default_checkers() -> tuple[Checker, ...]:
    """The built-in checkers, then those of installed plugins."""
    return (*BUILTIN_CHECKERS, *installed().plugin_checkers)


def rule_catalog() -> Catalog:
    """Every rule of this installation: the shipped ones and those of installed plugins."""
    return installed().catalog


def forget_installed() -> None:
    """Forget what was loaded, so that the next call looks at sys.path again (for tests)."""
    installed.cache_clear()
    forget_entry_points()
