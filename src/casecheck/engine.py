"""The engine: checking one loaded case with the checkers it is handed.

Data flows one way: folder -> LoadedCase -> checkers -> findings -> report. The engine knows
no checker and no cache by name: the rule set is assembled above it (``casecheck.registry``)
and the cache is handed in (``casecheck.cache``). It is the only place that reads the clock;
checkers receive the reference time in the context.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import math
import sys
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from casecheck import ocr
from casecheck.budget import DEFAULT_PARSE_TIMEOUT
from casecheck.catalog import Catalog, FindingMaker, word
from casecheck.evidence import citation
from casecheck.findings import CaseReport, Finding, Location, Severity
from casecheck.interrupts import Interrupted, raise_if_interrupted
from casecheck.loader import LoadedCase, field_line
from casecheck.masking import masked_finding
from casecheck.models import CaseBase
from casecheck.packs import Cited, Marketplace, RulePacks, TypePack
from casecheck.watchdog import DEFAULT_CHECKER_TIMEOUT, CheckerTimeout, Watchdog

if TYPE_CHECKING:
    from casecheck.ocr.lines import OcrEngine
    from casecheck.reports.index import ReportIndex
    from casecheck.repository import CaseRepository

CLOCK = "clock"
REPOSITORY = "repository"
OCR = "ocr"
NETWORK = "network"
REPORTS = "reports"
READS = frozenset({CLOCK, REPOSITORY, OCR, NETWORK, REPORTS})
"""What a checker may read beyond the case folder, the configuration and the rule packs. The
cache keys a checker's findings by what it declares: the OCR engine and the Seller Central
reports (by content) enter the key; the clock, other case folders and the network change while
the folder does not, so such a checker always runs."""


def aware_datetime(text: str) -> dt.datetime:
    """``text`` as the ISO 8601 datetime with an offset that ``--now`` and ``Config(now=...)``
    take; ValueError saying what is wrong with it otherwise."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an ISO 8601 datetime: {text!r}") from None
    if value.tzinfo is None:
        raise ValueError(f"{text!r} needs a time zone offset, e.g. {text}+00:00")
    return value


@dataclass(frozen=True)
class Config:
    """How a run is configured; the CLI flags and ``[tool.casecheck]`` fill the same fields."""

    select: tuple[str, ...] = ()
    """Rule codes or prefixes to check; empty means every rule."""
    extend_select: tuple[str, ...] = ()
    """Codes or prefixes checked on top of ``select`` (a longer prefix beats an ignore)."""
    ignore: tuple[str, ...] = ()
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(glob, codes) pairs; globs are relative to ``base`` and match case folders and files."""
    base: Path | None = None
    """The folder ``per_path_ignores`` globs are relative to: the config file's; else cwd."""
    strict: bool = False
    template: bool = False
    ocr: bool = True
    parse_timeout: float | None = DEFAULT_PARSE_TIMEOUT
    """Seconds parsing one attachment may take before it is reported; None: no limit."""
    checker_timeout: float | None = DEFAULT_CHECKER_TIMEOUT
    """Seconds one checker may take on one case before it is stopped and reported as X001
    (and not run again in the run); None: no limit."""
    lang: str = "en"
    rules_dirs: tuple[Path, ...] = ()
    now: dt.datetime | None = None
    """The clock for cases without ``submit_at``: an aware datetime, or its ISO 8601 text with
    an offset ("2026-11-24T10:00:00-05:00")."""
    severity: Mapping[str, Severity] = field(default_factory=dict)
    repository: Path | None = None
    """Root of the case repository the history rules compare with; by default the common
    root of the checked case folders."""
    reports: Path | None = None
    """A folder of Seller Central reports (reimbursements, inventory ledger, shipment items,
    customer returns) that reimbursement claims are checked against; None: no reports."""

    def __post_init__(self) -> None:
        # Every clock rule compares ``now`` with aware datetimes: a naive one or a string
        # made each of them crash (X001 six times) instead of one clear error here.
        now: object = self.now
        if isinstance(now, str):
            try:
                now = aware_datetime(now)
            except ValueError as error:
                raise ValueError(f"Config(now=...): {error}") from None
        if now is not None and not isinstance(now, dt.datetime):
            raise TypeError(f"Config(now=...) takes a datetime, not {type(now).__name__}")
        if now is not None and now.utcoffset() is None:
            raise ValueError(f"Config(now=...) needs a time zone: {self.now!r} has none "
                             "(e.g. datetime(..., tzinfo=datetime.UTC) or '...+00:00')")
        object.__setattr__(self, "now", now)

    def enabled(self, code: str, extra_ignore: Iterable[str] = ()) -> bool:
        """flake8's rule: the longest matching prefix decides; on a tie, ignore wins."""
        selects = (*(self.select or ("",)), *self.extend_select)
        selected = max((len(p) for p in selects if code.startswith(p)), default=-1)
        ignored = max(
            (len(p) for p in (*self.ignore, *extra_ignore) if code.startswith(p)), default=-1
        )
        return selected >= 0 and selected > ignored

    def path_ignores(self, folder: Path | None, file: str | None = None) -> tuple[str, ...]:
        """The codes ``per_path_ignores`` switches off for a case folder, or a file in it.

        A glob matches a path relative to ``base`` (``*`` also crosses ``/``), or any folder
        above it: ``"templates"`` covers every case below ``templates/``.
        """
        if not self.per_path_ignores or folder is None:
            return ()
        base = (self.base or Path.cwd()).absolute()
        try:
            relative = folder.absolute().relative_to(base).as_posix()
        except ValueError:
            return ()
        paths = [relative]
        if file:
            paths.append(file if relative == "." else f"{relative}/{file}")
        return tuple(
            code for pattern, codes in self.per_path_ignores
            if any(fnmatchcase(path, pattern) or fnmatchcase(path, pattern.rstrip("/") + "/*")
                   for path in paths)
            for code in codes
        )


@dataclass(frozen=True)
class Context:
    """What a checker may know besides the case: clock, config, policy, the catalog, a
    read-only view of the other cases of the repository, the OCR engine, and the rows of the
    seller's reports that the cases ask about. Nothing else.

    Reading ``now``, ``repository``, ``ocr_engine`` or ``reports`` is noted, so that the engine
    can tell a checker that reads more than it declared (and must not be cached) from one that
    does not.
    """

    reference_time: dt.datetime
    config: Config
    packs: RulePacks
    case: LoadedCase
    catalog: Catalog
    cases: CaseRepository | None = None
    report_index: ReportIndex | None = None
    observed: set[str] = field(default_factory=set, compare=False, repr=False)
    """What checkers read beyond the folder since the engine last cleared it."""
    unsettled: list[str] = field(default_factory=list, compare=False, repr=False)
    """Why findings of this case may change while nothing changes (see ``not_settled``)."""
    shared: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """What one checker works out about the case and another reuses (the screenshots' OCR
    readings), so that it is worked out once."""
    observations: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """What checkers saw that is no finding, by name (see ``observe``)."""
    clocked: bool = field(default=False, compare=False)
    """``reference_time`` is the clock's (no submit_at, no --now): what reads it may change
    while nothing else does."""
    stable: list[dt.datetime | None] = field(default_factory=list, compare=False, repr=False)
    """What the running checker said with :meth:`stable_until` (the engine clears it)."""
    expires: list[dt.datetime] = field(default_factory=list, compare=False, repr=False)
    """When the case's findings may change as time passes, one moment per checker that read
    the clock (or gave a result of the run, not the case): their earliest is the report's
    ``valid_until``."""

    @property
    def now(self) -> dt.datetime:
        self.observed.add(CLOCK)
        return self.reference_time

    def stable_until(self, moment: dt.datetime | None) -> None:
        """Say that what this checker reports of ``now`` stays the same until ``moment``
        (exclusive), None: whatever the time. A checker that reads the clock says it for each
        thing it works out of ``now`` that could change as time passes, and the earliest one
        counts; one that reads the clock and says nothing is taken to change at once. That is
        how long a whole run's output may be answered again (``CaseReport.valid_until``)."""
        self.stable.append(moment)

    @property
    def repository(self) -> CaseRepository | None:
        self.observed.add(REPOSITORY)
        return self.cases

    @property
    def reports(self) -> ReportIndex | None:
        """The reports folder of the run (``Config.reports``) as an index of the rows the
        checked cases ask about, or None without one; the cache keys by its content."""
        self.observed.add(REPORTS)
        return self.report_index

    @property
    def ocr_engine(self) -> OcrEngine | None:
        """The OCR engine of this machine (``$CASECHECK_OCR_ENGINE``, else the first installed),
        or None; the cache keys the findings of a checker that declares ``ocr`` by it."""
        self.observed.add(OCR)
        return ocr.default_engine()

    def observe(self, name: str, value: Any) -> None:
        """Keep what a checker saw that is no finding, for reports that show the evidence: where
        the URL and the time were read on a screenshot that passes has no finding to carry it.
        ``value`` is JSON data; it is cached with the findings of the checker that observed it
        first, so a case whose findings come from the cache still has it."""
        self.observations.setdefault(name, value)

    def not_settled(self, reason: str) -> None:
        """Say that this result reflects the run, not the case (a parse ran out of time under
        load): the case's findings are then not cached."""
        self.unsettled.append(reason)

    @property
    def lang(self) -> str:
        return self.config.lang

    @property
    def template(self) -> bool:
        model = self.case.model
        return self.config.template or (model is not None and model.template)

    @cached_property
    def type_pack(self) -> TypePack:
        model = self.case.model
        return self.packs.types.get(model.type if model else "", TypePack())

    @cached_property
    def marketplace(self) -> Marketplace | None:
        model = self.case.model
        return self.packs.marketplaces.get(model.marketplace) if model else None

    @cached_property
    def make(self) -> FindingMaker:
        return FindingMaker(self.catalog, self.lang)

    def finding(
        self, code: str, *, location: Location | None = None, variant: str | None = None,
        source: str | None = None, cited: Cited | None = None,
        data: Mapping[str, Any] | None = None, **values: Any,
    ) -> Finding:
        """A finding of ``code``; ``cited`` is the pack value it rests on, whose citation
        (document, evidence level, checked date) becomes the finding's ``source``."""
        location = location or Location()
        if cited is not None:
            source = citation(cited, self.lang)
        return self.make(
            code, variant=variant, file=location.file, field=location.field,
            line=location.line, source=source, data=data, **values,
        )


@runtime_checkable
class Checker(Protocol):
    """A small, pure unit: takes a loaded case and a context, yields findings.

    A checker may also have ``reads``, a set of :data:`READS`: what it reads beyond the case
    folder. One without it is taken to read anything, and is never cached.
    """

    @property
    def name(self) -> str: ...

    @property
    def codes(self) -> frozenset[str]: ...

    def check(self, case: LoadedCase, ctx: Context) -> Iterable[Finding]: ...


CheckFunction = Callable[[LoadedCase, Context], Iterable[Finding]]


@dataclass(frozen=True)
class FunctionChecker:
    name: str
    codes: frozenset[str]
    function: CheckFunction
    reads: frozenset[str] = frozenset()
    """What the function reads beyond the case folder, the configuration and the packs."""

    def check(self, case: LoadedCase, ctx: Context) -> Iterable[Finding]:
        return self.function(case, ctx)

    def __reduce__(self) -> str | tuple[Any, ...]:
        """Pickle by name when the module exposes this checker under its function's name, as
        ``@checker`` leaves it: the decorated function itself cannot be found by pickle, and
        ``--jobs`` sends checkers to worker processes."""
        module = sys.modules.get(self.function.__module__)
        if module is not None and getattr(module, self.function.__name__, None) is self:
            return _checker_named, (self.function.__module__, self.function.__name__)
        return object.__reduce__(self)


def _checker_named(module: str, name: str) -> FunctionChecker:
    found: FunctionChecker = getattr(importlib.import_module(module), name)
    return found


def checker(*codes: str, reads: Collection[str] = ()) -> Callable[[CheckFunction], FunctionChecker]:
    """Make a checker of a function ``(case, ctx) -> findings`` that may report ``codes``.

    ``reads`` names what the findings depend on beyond the case folder, the configuration and
    the rule packs, from :data:`READS`: ``"clock"`` (``ctx.now``), ``"repository"``
    (``ctx.repository``), ``"ocr"`` (``ctx.ocr_engine``), ``"reports"`` (``ctx.reports``),
    ``"network"``.
    """
    unknown = sorted(set(reads) - READS)
    if unknown:
        raise ValueError(f"unknown reads {unknown}; known: {sorted(READS)}")

    def wrap(function: CheckFunction) -> FunctionChecker:
        family = function.__module__.rsplit(".", 1)[-1]
        return FunctionChecker(
            f"{family}.{function.__name__}", frozenset(codes), function, frozenset(reads)
        )

    return wrap


def declared_reads(unit: Checker) -> frozenset[str] | None:
    """What ``unit`` declares it reads; None when it declares nothing (it may read anything)."""
    reads = getattr(unit, "reads", None)
    if reads is None:
        return None
    return frozenset(reads)


class CachedCase(Protocol):
    """One case's entry in a findings cache (``casecheck.cache`` has the real one)."""

    @property
    def findings(self) -> Sequence[Finding] | None:
        """The stored findings of the cached checkers; None when nothing is stored."""
        ...

    @property
    def observations(self) -> Mapping[str, Any]:
        """What the cached checkers observed (``Context.observe``) when they were stored."""
        ...

    def store(self, findings: Sequence[Finding], observations: Mapping[str, Any]) -> None: ...


class FindingsCache(Protocol):
    """What the engine needs of a cache: an entry per case, and which checkers it covers."""

    def entry(self, case: LoadedCase) -> CachedCase | None:
        """The case's entry; None when the case cannot be cached at all."""
        ...

    def covers(self, unit: Checker) -> bool:
        """Whether ``unit``'s findings are kept in an entry (it reads only what the key holds)."""
        ...


def reference_time(model: CaseBase | None, config: Config) -> dt.datetime:
    """The manifest's submit_at, else --now, else the clock: the only clock read.

    Once a case is no longer a draft, submit_at is history: follow-ups are measured now.
    """
    if model is not None and model.submit_at is not None and model.status == "draft":
        return model.submit_at
    return config.now or dt.datetime.now(dt.UTC)


def clock_is_read(model: CaseBase | None, config: Config) -> bool:
    """Whether :func:`reference_time` reads the clock for ``model``."""
    given = model is not None and model.submit_at is not None and model.status == "draft"
    return not given and config.now is None


def _case_ignores(case: LoadedCase, config: Config) -> tuple[str, ...]:
    """Codes switched off for the whole case: the manifest's ``ignore`` and per-path ignores."""
    model = case.model
    return (*(model.ignore if model is not None else ()), *config.path_ignores(case.root))


ERROR_LENGTH = 300
"""Characters of a crashed checker's error that X001 quotes: a plugin may raise a megabyte."""
DATA_DEPTH = 32
"""Levels of lists and tables a finding's data may nest."""


def _error_text(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return text if len(text) <= ERROR_LENGTH else text[:ERROR_LENGTH - 1] + "…"


def _fits(value: Any, depth: int = 0) -> bool:
    """True when ``value`` plainly fits (exact JSON types, finite floats, not too deep); False
    sends it to :func:`_unfit_data`'s walk, which also names where the problem is. Exact type
    checks, and no place names built: an H001 that lists 500 other cases is 2,500 values."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return math.isfinite(value)
    if depth >= DATA_DEPTH:
        return False
    if kind is list or kind is tuple:
        return all(_fits(item, depth + 1) for item in value)
    if kind is dict or kind is MappingProxyType:
        return all(type(key) is str and _fits(item, depth + 1) for key, item in value.items())
    return False


def _unfit_data(value: Any, where: str, depth: int = 0) -> str | None:
    """Why ``value`` cannot stand in a finding's data (JSON, the cache, every format), or None."""
    if depth == 0 and _fits(value):
        return None
    if value is None or isinstance(value, str | int):  # bool is an int
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{where} is {value!r}, which JSON cannot hold"
    if depth >= DATA_DEPTH and isinstance(value, tuple | list | Mapping):
        return f"{where} nests deeper than {DATA_DEPTH} levels"
    if isinstance(value, tuple | list):
        return next((problem for index, item in enumerate(value)
                     if (problem := _unfit_data(item, f"{where}[{index}]", depth + 1))), None)
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"{where} has a key of type {type(key).__name__}, not str"
            problem = _unfit_data(item, f"{where}[{key!r}]", depth + 1)
            if problem:
                return problem
        return None
    return f"{where} holds a {type(value).__name__}, which JSON cannot hold"


def _unfit(item: object, unit: Checker) -> str | None:
    """Why ``item``, which ``unit`` produced, is no finding it may report, or None."""
    if not isinstance(item, Finding):
        return f"it gave a {type(item).__name__}, not a Finding"
    if item.code not in unit.codes:
        return f"it reported {item.code!r}, which is not one of its codes"
    if not isinstance(item.severity, Severity):
        return f"the severity of {item.code} is {item.severity!r}, not a Severity"
    texts = (item.name, item.message, item.hint, item.source)
    if not all(isinstance(text, str) for text in texts):
        return f"a text of {item.code} is not a str"
    place = item.location
    if not isinstance(place, Location) or not all(
        value is None or isinstance(value, str) for value in (place.file, place.field)
    ) or not (place.line is None or type(place.line) is int):
        return f"the location of {item.code} is not a Location of str, str and int"
    return _unfit_data(item.data, "data")


def _x001(ctx: Context, name: str, variant: str | None, *, watchdog: Watchdog | None = None,
          **data: str) -> Finding:
    """X001 for the checker ``name``: it crashed (``error``), ran out of time, was skipped for
    that (``case``), or handed back something unfit (``error``). The error stays as it came in
    ``data``; a message in Chinese quotes it."""
    shown: dict[str, Any] = (
        {"error": word("reasons", "detail", ctx.lang).format(detail=data["error"])}
        if "error" in data else {}
    )
    if watchdog is None:
        return ctx.finding("X001", variant=variant, data={"checker": name, **data}, **shown)
    seconds = watchdog.seconds
    return ctx.finding("X001", variant=variant, data={"checker": name, "seconds": seconds, **data},
                       seconds=f"{seconds:g}" if seconds is not None else "", **shown)


def _run_one(
    unit: Checker, case: LoadedCase, ctx: Context, watchdog: Watchdog
) -> tuple[list[Finding], bool]:
    """``unit``'s findings, and whether they may be cached.

    A checker's failure of any kind becomes X001 and is not kept (it may pass: memory, load, a
    file read mid-write): an exception, SystemExit or KeyboardInterrupt it raises (the user's
    Ctrl-C goes on up), running past its time budget, or handing back anything but findings
    of its own codes that every output can write. Nor is a result kept that read more than
    the checker declared or that says it is not settled.
    """
    name = str(unit.name)
    if name in watchdog.overran:
        ctx.expires.append(ctx.reference_time)
        return [_x001(ctx, name, "skipped", case=watchdog.overran[name], watchdog=watchdog)], False
    ctx.observed.clear()
    ctx.stable.clear()
    before = len(ctx.unsettled)
    try:
        produced = watchdog.run(lambda: list(unit.check(case, ctx)))
    except Interrupted:
        raise
    except CheckerTimeout:
        watchdog.overran[name] = case.display_path
        ctx.expires.append(ctx.reference_time)  # a crash may not happen again: never kept
        return [_x001(ctx, name, "timeout", watchdog=watchdog)], False
    except BaseException as error:  # noqa: BLE001 - a checker's failure of any kind is reported
        raise_if_interrupted()
        ctx.expires.append(ctx.reference_time)
        return [_x001(ctx, name, None, error=_error_text(error))], False
    raise_if_interrupted()
    for item in produced:
        problem = _unfit(item, unit)
        if problem is not None:
            ctx.expires.append(ctx.reference_time)
            return [_x001(ctx, name, "output", error=problem)], False
    declared = declared_reads(unit) or frozenset()
    settled = ctx.observed <= declared and len(ctx.unsettled) == before
    if len(ctx.unsettled) != before:
        ctx.expires.append(ctx.reference_time)  # a result of the run's load, not of the case
    if ctx.clocked and CLOCK in ctx.observed:
        said = [moment for moment in ctx.stable if moment is not None]
        if said or not ctx.stable:
            ctx.expires.append(min(said, default=ctx.reference_time))
    return produced, settled


def _checked(
    case: LoadedCase, ctx: Context, units: Sequence[Checker], cache: FindingsCache | None,
    watchdog: Watchdog,
) -> list[Finding]:
    """Run ``units``; with a cache, reuse the covered checkers' findings from the case's entry,
    or store them there when every one of them settled. Every finding a checker makes is
    masked (``casecheck.masking``) before it is stored or reported."""
    entry = cache.entry(case) if cache is not None else None
    reused = entry.findings if entry is not None else None
    findings: list[Finding] = []
    fresh: list[Finding] = []
    noted: dict[str, Any] = {}
    storable = entry is not None
    for unit in units:
        covered = cache is not None and cache.covers(unit)
        if reused is not None and covered:
            continue
        before = set(ctx.observations)
        produced, settled = _run_one(unit, case, ctx, watchdog)
        # Masked before anything keeps or shows them: the cache entry below, every report.
        produced = [masked_finding(finding, ctx.packs.secrets.labels) for finding in produced]
        findings.extend(produced)
        if covered:
            fresh.extend(produced)
            noted.update((k, v) for k, v in ctx.observations.items() if k not in before)
            storable = storable and settled
    if entry is not None and reused is not None:
        findings.extend(reused)
        for name, value in entry.observations.items():
            ctx.observe(name, value)
    elif entry is not None and storable:
        entry.store(fresh, noted)
    return findings


def at_declaring_line(finding: Finding, case: LoadedCase) -> Finding:
    """``finding`` with the manifest line that declares its field, when it has no line of its
    own: every output then shows the line that SARIF and GitHub annotations point at. An
    attachment's finding keeps its file (per-path ignores, tools and people tell attachments
    apart by it) and gets the line of its ``[[attachments]]`` entry: a PDF has no lines."""
    location = finding.location
    if location.line is not None or not location.field or not case.manifest_text:
        return finding
    if location.file not in (None, case.manifest_name) and not location.is_attachment_entry:
        return finding  # a line of the manifest would be read as a line of that file
    line = field_line(case.manifest_text, location.field)
    if line is None:
        return finding
    file = location.file if location.is_attachment_entry else case.manifest_name
    return dataclasses.replace(finding, location=Location(file, location.field, line))


FINDINGS_PER_RULE = 100
"""A case shows at most this many findings of one rule; the rest are summed in one more
finding of that rule. A real case has a handful; thousands come from a generated or hostile
manifest (8,000 unknown ``ignore`` codes), and every output would pay for each of them."""


class _Switches:
    """Which codes the configuration keeps for one case, each decided once: a manifest may
    list thousands of ``ignore`` codes, and every finding asks."""

    def __init__(self, case: LoadedCase, config: Config, ignores: tuple[str, ...]) -> None:
        self.case = case
        self.config = config
        self.ignores = ignores
        self._decided: dict[tuple[str, str | None], bool] = {}

    def __call__(self, code: str, file: str | None = None) -> bool:
        key = (code, file)
        decided = self._decided.get(key)
        if decided is None:
            extra = self.ignores
            if file is not None:
                extra += self.config.path_ignores(self.case.root, file)
            decided = self._decided[key] = self.config.enabled(code, extra)
        return decided


def _overridden(
    findings: Iterable[Finding], case: LoadedCase, config: Config, kept_by: _Switches,
) -> list[Finding]:
    """The findings the configuration keeps, with their configured severities, at their
    manifest line, sorted. Per-path ignores match the file a finding is about (an
    attachment), before it is pointed at the manifest line that lists that file."""
    kept = {
        at_declaring_line(
            f if f.code not in config.severity else f.with_severity(config.severity[f.code]),
            case,
        )
        for f in findings
        if kept_by(f.code, f.location.file)
    }
    return sorted(kept, key=Finding.sort_key)


_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _capped(findings: list[Finding], lang: str) -> tuple[Finding, ...]:
    """At most :data:`FINDINGS_PER_RULE` findings of each rule, in order; the rest of a rule
    become one finding of that rule that says how many there are, as severe as the worst."""
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    kept: list[Finding] = []
    for code, found in by_code.items():
        if len(found) <= FINDINGS_PER_RULE:
            kept += found
            continue
        shown, rest = found[:FINDINGS_PER_RULE], found[FINDINGS_PER_RULE:]
        severity = min((f.severity for f in rest), key=_SEVERITY_ORDER.index)
        values = {"count": len(rest), "shown": len(shown), "code": code}
        kept += shown
        kept.append(Finding(
            code, rest[0].name, severity, word("report", "more", lang).format(**values),
            rest[0].location, word("report", "more-hint", lang),
            rest[0].source, {"summed": len(rest), "shown": len(shown)},
        ))
    return tuple(sorted(kept, key=Finding.sort_key))


def run_checkers(
    case: LoadedCase, *, config: Config, packs: RulePacks, catalog: Catalog,
    checkers: Sequence[Checker], now: dt.datetime | None = None,
    repository: CaseRepository | None = None, cache: FindingsCache | None = None,
    watchdog: Watchdog | None = None, reports: ReportIndex | None = None,
) -> CaseReport:
    """Run every enabled checker on one loaded case; a checker that fails becomes X001. At
    most :data:`FINDINGS_PER_RULE` findings of a rule are reported one by one.

    ``watchdog`` times the checkers of a whole run (see :mod:`casecheck.watchdog`); without
    one, this case gets its own with ``config.checker_timeout``.
    """
    if watchdog is None:
        with Watchdog(config.checker_timeout) as own:
            return run_checkers(case, config=config, packs=packs, catalog=catalog,
                                checkers=checkers, now=now, repository=repository, cache=cache,
                                watchdog=own, reports=reports)
    enabled = _Switches(case, config, _case_ignores(case, config))
    units = [u for u in checkers if any(enabled(c) for c in u.codes)]
    checked = {code for code in catalog if code.startswith("M")}  # the loader's rules
    findings = list(case.findings)
    observations: dict[str, Any] = {}
    valid_until = None
    if case.model is not None:
        checked.update(code for unit in units for code in unit.codes)
        clocked = now is None and clock_is_read(case.model, config)
        ctx = Context(now or reference_time(case.model, config), config, packs, case, catalog,
                      repository, reports, clocked=clocked)
        findings += _checked(case, ctx, units, cache, watchdog)
        observations = ctx.observations
        valid_until = min(ctx.expires, default=None)
    # The loader's findings are masked here, after the cap (8,000 unknown ignore codes are
    # 8,000 findings); the checkers' were masked before their cache entry was written, and
    # are not walked again (an H001 listing 500 other cases is 2,500 values): a code that only
    # the checkers report is theirs, or the cap's count of theirs.
    loaders = {finding.code for finding in case.findings}
    masked = {code for unit in units for code in unit.codes} - loaders
    labels = packs.secrets.labels
    kept = tuple(finding if finding.code in masked else masked_finding(finding, labels)
                 for finding in _capped(_overridden(findings, case, config, enabled), config.lang))
    rules = sorted({c for c in checked if enabled(c)} | {f.code for f in kept})
    return CaseReport(case.display_path, case.type, kept, tuple(rules), strict=config.strict,
                      observations=observations, valid_until=valid_until)
