"""The engine: which checkers run on a case, with what context, and what becomes of findings.

Data flows one way: folder -> LoadedCase -> checkers -> findings -> report. The engine is
the only place that reads the clock; checkers receive the reference time in the context.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from casecheck.budget import DEFAULT_PARSE_TIMEOUT
from casecheck.cache import CacheStats, CaseCache, cache_dir_for
from casecheck.catalog import Catalog, rule_catalog
from casecheck.findings import CaseReport, Finding, Location, RunReport, Severity
from casecheck.loader import (
    LoadedCase,
    build_model,
    case_folder_of,
    discover,
    display_path,
    load_folder,
    read_manifest_text,
    with_message,
)
from casecheck.models import CaseBase
from casecheck.packs import Marketplace, RulePacks, TypePack, load_packs
from casecheck.repository import CaseRepository, repository_spec


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
    lang: str = "en"
    rules_dirs: tuple[Path, ...] = ()
    now: dt.datetime | None = None
    severity: Mapping[str, Severity] = field(default_factory=dict)
    repository: Path | None = None
    """Root of the case repository the history rules compare with; by default the common
    root of the checked case folders."""

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


def make_finding(
    code: str, *, lang: str = "en", catalog: Catalog | None = None, variant: str | None = None,
    file: str | None = None, field: str | None = None, line: int | None = None,
    source: str | None = None, data: Mapping[str, Any] | None = None, **values: Any,
) -> Finding:
    """A finding for ``code`` with its message and hint rendered from the catalog.

    ``data`` is kept on the finding and fills the templates; ``values`` only fill them.
    """
    rule = (catalog or rule_catalog())[code]
    data = dict(data or {})
    message, hint = rule.render(variant, lang, {**data, **values})
    return Finding(
        code=code, name=rule.name, severity=rule.severity, message=message,
        location=Location(file=file, field=field, line=line), hint=hint,
        source=source or rule.source, data=data,
    )


@dataclass(frozen=True)
class Context:
    """What a checker may know besides the case: clock, config, policy, and a read-only view
    of the other cases of the repository. Nothing else."""

    now: dt.datetime
    config: Config
    packs: RulePacks
    case: LoadedCase
    repository: CaseRepository | None = None

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

    def finding(
        self, code: str, *, location: Location | None = None, variant: str | None = None,
        source: str | None = None, data: Mapping[str, Any] | None = None, **values: Any,
    ) -> Finding:
        location = location or Location()
        return make_finding(
            code, lang=self.lang, variant=variant, file=location.file, field=location.field,
            line=location.line, source=source, data=data, **values,
        )


@runtime_checkable
class Checker(Protocol):
    """A small, pure unit: takes a loaded case and a context, yields findings."""

    @property
    def name(self) -> str: ...

    @property
    def codes(self) -> frozenset[str]: ...

    def check(self, case: LoadedCase, ctx: Context) -> Iterable[Finding]: ...


CheckFunction = Callable[[LoadedCase, Context], Iterable[Finding]]


UNCACHEABLE_PREFIXES = ("D", "H")
"""Timing rules (D*, H003) read the reference time and history rules (H001, H002) read other
case folders: their findings change while the case folder does not, so they always run."""


@dataclass(frozen=True)
class FunctionChecker:
    name: str
    codes: frozenset[str]
    function: CheckFunction
    cacheable: bool | None = None
    """May the findings be reused while the case folder, config and packs are unchanged?
    None decides by code: not for the time- and history-dependent families."""

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


def checker(
    *codes: str, cacheable: bool | None = None
) -> Callable[[CheckFunction], FunctionChecker]:
    """Make a checker of a function ``(case, ctx) -> findings`` that may report ``codes``.

    Pass ``cacheable=False`` when the findings depend on anything but the case folder, the
    configuration and the rule packs (the clock through ``ctx.now``, other folders, the network).
    """

    def wrap(function: CheckFunction) -> FunctionChecker:
        family = function.__module__.rsplit(".", 1)[-1]
        return FunctionChecker(
            f"{family}.{function.__name__}", frozenset(codes), function, cacheable
        )

    return wrap


def is_cacheable(unit: Checker) -> bool:
    """A checker's own ``cacheable`` says; else only function checkers of stable families are.
    A checker of unknown kind is never cached: re-running it is slow, reusing it may be wrong."""
    explicit = getattr(unit, "cacheable", None)
    if explicit is not None:
        return bool(explicit)
    return isinstance(unit, FunctionChecker) and not any(
        code.startswith(UNCACHEABLE_PREFIXES) for code in unit.codes
    )


def default_checkers() -> tuple[Checker, ...]:
    from casecheck.checkers import BUILTIN_CHECKERS  # noqa: PLC0415 - keeps import light
    from casecheck.plugins import installed_checkers  # noqa: PLC0415

    return (*BUILTIN_CHECKERS, *installed_checkers().checkers)


def reference_time(model: CaseBase | None, config: Config) -> dt.datetime:
    """The manifest's submit_at, else --now, else the clock: the only clock read.

    Once a case is no longer a draft, submit_at is history: follow-ups are measured now.
    """
    if model is not None and model.submit_at is not None and model.status == "draft":
        return model.submit_at
    return config.now or dt.datetime.now(dt.UTC)


def run_checkers(
    case: LoadedCase, *, config: Config, packs: RulePacks,
    checkers: Sequence[Checker] | None = None, now: dt.datetime | None = None,
    repository: CaseRepository | None = None,
    cache: CaseCache | None = None, stats: CacheStats | None = None,
) -> CaseReport:
    """Run every enabled checker on one loaded case; a checker that raises becomes X001.

    With a ``cache``, the findings of cacheable checkers are reused when the case's key is
    stored, and stored when it is not; the other checkers run every time.
    """
    findings = list(case.findings)
    model = case.model
    extra_ignore = (*(model.ignore if model is not None else ()), *config.path_ignores(case.root))
    checked = {code for code in rule_catalog() if code.startswith("M")}  # the loader's rules
    if model is not None:
        ctx = Context(now or reference_time(model, config), config, packs, case, repository)
        keyed = cache.case_key(case) if cache is not None else None
        reused = cache.load(keyed[0]) if cache is not None and keyed is not None else None
        if stats is not None and keyed is not None:
            stats.case_hits += reused is not None
            stats.case_misses += reused is None
        fresh: list[Finding] = []
        crashed = False
        for unit in checkers if checkers is not None else default_checkers():
            if not any(config.enabled(code, extra_ignore) for code in unit.codes):
                continue
            checked |= unit.codes
            cacheable = is_cacheable(unit)
            if reused is not None and cacheable:
                continue
            try:
                produced = list(unit.check(case, ctx))
            except Exception as error:  # noqa: BLE001 - any crash of a checker is reported
                crashed = crashed or cacheable
                problem = f"{type(error).__name__}: {error}"
                produced = [ctx.finding("X001", data={"checker": unit.name, "error": problem})]
            findings.extend(produced)
            if cacheable:
                fresh.extend(produced)
        # A crash or a parse past its time budget may be passing (memory, load, a file read
        # mid-write): never keep it.
        passing = crashed or any(f.data.get("problem") == "timeout" for f in fresh)
        if reused is not None:
            findings.extend(reused)
        elif cache is not None and keyed is not None and keyed[1] and not passing:
            stored = cache.store(keyed[0], fresh)
            if stats is not None:
                stats.case_stores += stored
    kept = {
        f if f.code not in config.severity else f.with_severity(config.severity[f.code])
        for f in findings
        if config.enabled(f.code, extra_ignore + config.path_ignores(case.root, f.location.file))
    }
    rules = sorted({c for c in checked if config.enabled(c, extra_ignore)} | {f.code for f in kept})
    return CaseReport(case.display_path, case.type, tuple(sorted(kept)), tuple(rules))


def _maker(config: Config) -> Callable[..., Finding]:
    def make(code: str, **kwargs: Any) -> Finding:
        return make_finding(code, lang=config.lang, **kwargs)

    return make


def check_cases(
    paths: Iterable[str | Path], *, config: Config | None = None,
    checkers: Sequence[Checker] | None = None,
) -> Iterator[tuple[LoadedCase, CaseReport]]:
    """Each case folder that ``paths`` name, loaded, with its report."""
    config = config or Config()
    packs = load_packs(config.rules_dirs)
    make = _maker(config)
    cases = [load_folder(folder, packs=packs, make=make) for folder in discover(paths)]
    spec = repository_spec([case.root for case in cases if case.root], config.repository)
    known = {case.root: case.model for case in cases if case.root is not None}
    repository = spec.open(packs=packs, make=make, known=known) if spec is not None else None
    for loaded in cases:
        yield loaded, run_checkers(loaded, config=config, packs=packs, checkers=checkers,
                                   repository=repository)


def check_paths(
    paths: Iterable[str | Path], *, config: Config | None = None,
    checkers: Sequence[Checker] | None = None, cache: bool | str | Path = False,
    jobs: int | None = 1, progress: Callable[[int, int], None] | None = None,
) -> RunReport:
    """Check every case folder that ``paths`` name (folders, parents, files inside).

    ``cache``: True keeps the incremental cache where the CLI keeps it (``.casecheck_cache``
    at the project root), a path keeps it there, False uses none. ``jobs``: worker processes,
    None for one per core. ``progress(done, total)`` is called as folders are checked.
    """
    from casecheck.runner import check_folders  # noqa: PLC0415 - runner imports the engine

    config = config or Config()
    paths = list(paths)
    load_packs(config.rules_dirs)  # a malformed pack stops the run before any work
    folders = discover(paths)
    units = checkers if checkers is not None else default_checkers()
    store = None
    if cache is not False:
        directory = cache_dir_for(paths, None if cache is True else cache)
        store = CaseCache.open(directory, config=config, checkers=units)
    stats = CacheStats()
    reports = check_folders(
        folders, config=config, checkers=checkers, cache=store, jobs=jobs, progress=progress,
        stats=stats, repository=repository_spec(folders, config.repository),
    )
    return RunReport(tuple(reports), strict=config.strict,
                     cache_stats=stats if store is not None else None)


def validate(
    case: str | Path | CaseBase | Mapping[str, Any], *, root: str | Path | None = None,
    checkers: Sequence[Checker] | None = None, now: dt.datetime | None = None,
    config: Config | None = None,
) -> CaseReport:
    """Check one case: a case folder's path, a case model, or a manifest as a mapping.

    For a model or a mapping, ``root`` is the case folder its attachments and message file
    are relative to; without it, only what the manifest itself says is checked.
    """
    config = config or Config()
    packs = load_packs(config.rules_dirs)
    make = _maker(config)
    if isinstance(case, str | Path):
        path = Path(case).absolute()
        owner = path if path.is_dir() else case_folder_of(path.parent) or path.parent
        loaded = load_folder(owner, packs=packs, make=make)
    else:
        folder = Path(root).absolute() if root is not None else None
        model: CaseBase | None
        problems: list[Finding]
        if isinstance(case, CaseBase):
            model, problems = case, []
        else:
            model, problems = build_model(case, packs=packs, make=make)
        name, text = read_manifest_text(folder) if folder is not None else (None, None)
        shown = display_path(folder) if folder is not None else "<memory>"
        loaded = with_message(
            LoadedCase(shown, folder, model, name, text, findings=tuple(problems)), make
        )
    spec = repository_spec([], config.repository)
    repository = spec.open(packs=packs, make=make) if spec is not None else None
    return run_checkers(loaded, config=config, packs=packs, checkers=checkers, now=now,
                        repository=repository)
