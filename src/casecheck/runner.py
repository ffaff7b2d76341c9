"""Checking cases with this installation's rule set: one case (``validate``), or many case
folders (``check_paths``) in this process or in worker processes (``--jobs``), in the order the
folders were found, whatever order the workers finish in, with the incremental cache.

Each case folder may have its own configuration (:class:`casecheck.config_file.ConfigFiles`):
the folders are checked in groups of one configuration each, with a cache key of its own, so
that one case's configuration never changes what is reported for another. Ctrl-C stops the
run at once, worker processes included (:mod:`casecheck.interrupts`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casecheck.answers import package_files
from casecheck.attachments import use_store
from casecheck.cache import (
    AttachmentStore,
    CaseCache,
    CaseEntries,
    HistoryEntries,
    HolidayEntries,
    LiteralEntries,
    ReportEntries,
    cache_location,
    refusal,
)
from casecheck.catalog import FindingMaker, Rule, read_cached
from casecheck.config_file import CONFIG_FILES, ConfigFiles
from casecheck.engine import REPORTS, REPOSITORY, Checker, Config, declared_reads, run_checkers
from casecheck.files import MANIFEST_NAMES, PROJECT_MARKERS, case_folder_of
from casecheck.findings import CacheStats, CaseReport, Finding, RunReport
from casecheck.interrupts import ignore_interrupts, interruptible
from casecheck.loader import (
    LoadedCase,
    build_model,
    discover,
    display_path,
    load_folder,
    read_manifest_text,
    with_message,
)
from casecheck.models import CaseBase
from casecheck.packs import SHIPPED_RULES, RulePacks, load_packs
from casecheck.registry import default_checkers, rule_catalog
from casecheck.repository import CaseRepository, RepositorySpec, repository_spec
from casecheck.watchdog import Watchdog

if TYPE_CHECKING:
    from casecheck.reports.index import ReportIndex

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called as case folders are checked."""

MIN_FOLDERS_PER_JOB = 16
"""Below this many folders per worker, starting the workers costs more than it saves. Measured
on 2 cores: a pool of 2 forked workers costs 30-40 ms; a folder of 5 attachments takes ~45 ms
cold, so 2 workers win from about 4 folders each; a cached folder or one without attachments
takes ~1 ms, so they lose up to 30 folders each. 16 keeps pre-commit runs and small warm runs
in one process and splits every cold run of 32 folders or more."""
CHUNKS_PER_JOB = 2
"""Folders are sent in chunks that shrink as the work runs out (guided scheduling): each is
this many times fewer folders than are left per worker, so the first ones are large (little
overhead) and the last hold one folder each, and no worker waits long for another at the end.
Equal chunks (an eighth of the run each, for 2 workers) left one worker idle for half a chunk
on average: a tenth of a cold run."""


def _rule_set(
    config: Config, checkers: Sequence[Checker] | None, extra_checkers: Iterable[Checker] = (),
    extra_rules: Mapping[str, Rule] | None = None,
) -> tuple[RulePacks, FindingMaker, tuple[Checker, ...]]:
    """The packs, the finding maker and the checkers a run uses."""
    packs = load_packs(config.rules_dirs)
    catalog = rule_catalog()
    if extra_rules:
        catalog = catalog.extended(extra_rules, origin="extra_rules")
    make = FindingMaker(catalog, config.lang)
    units = (*(tuple(checkers) if checkers is not None else default_checkers()), *extra_checkers)
    if config.reports is None:
        # A checker that reads nothing but the reports has nothing to check without them;
        # left out, its rules are not listed as checked (and passed, in JUnit).
        units = tuple(unit for unit in units if declared_reads(unit) != frozenset({REPORTS}))
    return packs, make, units


IgnoredConfigs = Mapping[Path, str]
"""Case folder -> the name of its own configuration file, where that file is not used."""


def _with_ignored_config(loaded: LoadedCase, name: str, make: FindingMaker) -> LoadedCase:
    """The case with M008 among its loading findings: its own configuration file is unused."""
    finding = make("M008", file=name, data={"file": name})
    return dataclasses.replace(loaded, findings=(*loaded.findings, finding))


_Rules = tuple[RulePacks, FindingMaker, tuple[Checker, ...]]


def _wants_history(units: Sequence[Checker], config: Config) -> bool:
    """Whether a checker the run keeps reads the repository (the H rules)."""
    return any(REPOSITORY in (declared_reads(unit) or ()) and any(map(config.enabled, unit.codes))
               for unit in units)


def _open_repository(
    spec: RepositorySpec | None, manifests: Iterable[LoadedCase], rules: _Rules, config: Config,
    cache: CaseCache | None, stats: CacheStats,
) -> CaseRepository | None:
    """The run's repository, its facts gathered once here when a rule will ask for them, so
    that worker processes share them instead of each parsing every manifest again."""
    if spec is None:
        return None
    packs, make, units = rules
    known = {case.root: case.model for case in manifests if case.root is not None}
    store = HistoryEntries.open(cache) if cache is not None else None
    repository = spec.open(packs=packs, make=make, known=known, store=store)
    if _wants_history(units, config):
        _ = repository.cases
        stats.history_hits += repository.counts.reused
        stats.history_misses += repository.counts.parsed
    return repository


@dataclass(frozen=True)
class _Run:
    """What every case folder of one group is checked with, in this process or a worker."""

    config: Config
    checkers: Sequence[Checker] | None
    cache: CaseCache | None
    repository: CaseRepository | None
    ignored: IgnoredConfigs | None = None
    reports: ReportIndex | None = None

    def rules(self) -> _Rules:
        return _rule_set(self.config, self.checkers)

    def prepare(self, manifest: LoadedCase, make: FindingMaker) -> LoadedCase:
        """The case with its message, as the checkers and the cache key see it."""
        loaded = with_message(manifest, make)
        root = manifest.root
        if self.ignored and root is not None and root in self.ignored:
            loaded = _with_ignored_config(loaded, self.ignored[root], make)
        return loaded

    def check(
        self, loaded: LoadedCase, rules: _Rules, entries: CaseEntries | None, stats: CacheStats,
        watchdog: Watchdog,
    ) -> CaseReport:
        packs, make, units = rules
        store = AttachmentStore(self.cache, stats, loaded.root) \
            if self.cache is not None and loaded.root is not None else None
        previous = use_store(store)
        try:
            report = run_checkers(
                loaded, config=self.config, packs=packs, catalog=make.catalog, checkers=units,
                repository=self.repository, cache=entries, watchdog=watchdog,
                reports=self.reports,
            )
        finally:
            use_store(previous)
        if store is not None:
            store.flush()
        return report

    def each(
        self, folders: Sequence[Path], stats: CacheStats, preloaded: Mapping[Path, LoadedCase],
    ) -> Iterator[CaseReport]:
        """Check ``folders`` one after the other, timing each checker."""
        rules = self.rules()
        packs, make, _ = rules
        entries = CaseEntries(self.cache, stats) if self.cache is not None else None
        with Watchdog(self.config.checker_timeout) as watchdog:
            for folder in folders:
                manifest = preloaded.get(folder) or load_folder(
                    folder, packs=packs, make=make, read_message=False)
                yield self.check(self.prepare(manifest, make), rules, entries, stats, watchdog)


def check_each(
    folders: Sequence[Path], *, config: Config, checkers: Sequence[Checker] | None,
    cache: CaseCache | None, stats: CacheStats, repository: RepositorySpec | None = None,
    ignored: IgnoredConfigs | None = None, reports: ReportIndex | None = None,
    preloaded: Mapping[Path, LoadedCase] | None = None,
) -> Iterator[CaseReport]:
    """Check folders one after the other in this process, timing each checker.

    The manifests are read first, so that the history rules' repository reuses their models
    instead of parsing them again; a message is read only when its case is checked.
    ``preloaded`` holds the manifests the run has read already (to learn what to read the
    reports for)."""
    rules = _rule_set(config, checkers)
    packs, make, _ = rules
    manifests = {folder: (preloaded or {}).get(folder)
                 or load_folder(folder, packs=packs, make=make, read_message=False)
                 for folder in folders}
    cases = _open_repository(repository, manifests.values(), rules, config, cache, stats)
    run = _Run(config, checkers, cache, cases, ignored, reports)
    yield from run.each(folders, stats, manifests)


_Shipped = tuple[str, str | None, list[dict[str, Any]], tuple[str, ...], bool, dict[str, Any],
                 dt.datetime | None]


_worker_run: _Run | None = None
"""What the worker process checks with (the repository's facts, the reports), received once
when it starts (``_start_worker``) instead of with every chunk: forked, it costs nothing."""


def _start_worker(run: _Run) -> None:
    global _worker_run
    ignore_interrupts()
    _worker_run = run


def _check_chunk(
    folders: list[Path], preloaded: dict[Path, LoadedCase],
) -> tuple[list[_Shipped], CacheStats]:
    """A worker's part. Findings and observations travel as dicts: frozen data does not pickle."""
    assert _worker_run is not None, "a worker is started with its run"
    stats = CacheStats()
    shipped = [
        (report.path, report.type, [f.to_dict() for f in report.findings], report.rules,
         report.strict, report.observed(), report.valid_until)
        for report in _worker_run.each(folders, stats, preloaded)
    ]
    return shipped, stats


def _unship(item: _Shipped) -> CaseReport:
    path, type_, findings, rules, strict, observations, valid_until = item
    return CaseReport(path, type_, tuple(Finding.from_dict(f) for f in findings), rules,
                      strict=strict, observations=observations, valid_until=valid_until)


def effective_jobs(jobs: int | None, folders: int) -> int:
    """How many processes are worth starting for ``folders`` folders: never more than twice
    the cores (at least 4). A check is CPU-bound, so more check no faster, and a repository's
    ``jobs = 1000000`` over 20,000 case folders would start 1,250 interpreters."""
    cores = os.cpu_count() or 1
    wanted = jobs if jobs is not None and jobs > 0 else cores
    return max(1, min(wanted, max(4, 2 * cores), folders // MIN_FOLDERS_PER_JOB))


def _picklable(value: object) -> bool:
    try:
        pickle.dumps(value)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True


def _context() -> Any:
    """fork where it is safe (Linux, no other thread): workers inherit the loaded rule packs and
    catalog instead of importing and validating them again."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def check_folders(
    folders: Sequence[Path], *, config: Config, checkers: Sequence[Checker] | None = None,
    cache: CaseCache | None = None, jobs: int | None = 1, progress: Progress | None = None,
    stats: CacheStats | None = None, repository: RepositorySpec | None = None,
    ignored: IgnoredConfigs | None = None, reports: ReportIndex | None = None,
    preloaded: Mapping[Path, LoadedCase] | None = None,
) -> list[CaseReport]:
    """Check ``folders``; the case reports come back in the same order.

    Everything is decided here before any worker starts: the manifests are read, the
    repository's facts gathered, and each case's cache entry looked up; the cases found in
    the cache are finished in this process (only their clock and history rules run), and
    workers are started only for the others, if there are enough of them."""
    stats = stats if stats is not None else CacheStats()
    total = len(folders)
    rules = _rule_set(config, checkers)
    packs, make, _ = rules
    manifests = {folder: (preloaded or {}).get(folder)
                 or load_folder(folder, packs=packs, make=make, read_message=False)
                 for folder in folders}
    run = _Run(config, checkers, cache,
               _open_repository(repository, manifests.values(), rules, config, cache, stats),
               ignored, reports)
    entries = CaseEntries(cache, stats) if cache is not None else None
    checked: dict[Path, CaseReport] = {}
    pending: dict[Path, LoadedCase] = {}

    def finished(folder: Path, report: CaseReport) -> None:
        checked[folder] = report
        if progress is not None:
            progress(len(checked), total)

    with interruptible():
        with Watchdog(config.checker_timeout) as watchdog:
            for folder in folders:
                loaded = run.prepare(manifests[folder], make)
                entry = entries.look_up(loaded) if entries is not None else None
                if entry is not None and entry.findings is not None:
                    finished(folder, run.check(loaded, rules, entries, stats, watchdog))
                else:
                    pending[folder] = loaded
            workers = effective_jobs(jobs, len(pending))
            in_workers = workers > 1 and (
                _context().get_start_method() == "fork" or _picklable(run))
            if not in_workers:
                for folder, loaded in pending.items():
                    finished(folder, run.check(loaded, rules, entries, stats, watchdog))
        if in_workers:
            if entries is not None:
                entries.forget()
            _in_workers([f for f in folders if f in pending], workers, run, manifests,
                        finished, stats)
    return [checked[folder] for folder in folders]


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now, their chunks undone: after Ctrl-C nothing is worth waiting for.
    A worker killed in the middle of writing a cache entry leaves a temporary file at most,
    never half an entry (entries are renamed into place)."""
    # The pool keeps no public list of its processes (Python 3.14 adds terminate_workers).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)


def chunked(folders: Sequence[Path], workers: int) -> list[list[Path]]:
    """``folders`` in order, in the chunks the workers take (``CHUNKS_PER_JOB``)."""
    chunks: list[list[Path]] = []
    start = 0
    while start < len(folders):
        size = max(1, -(-(len(folders) - start) // (workers * CHUNKS_PER_JOB)))
        chunks.append(list(folders[start:start + size]))
        start += size
    return chunks


def _in_workers(
    folders: Sequence[Path], workers: int, run: _Run, manifests: Mapping[Path, LoadedCase],
    finished: Callable[[Path, CaseReport], None], stats: CacheStats,
) -> None:
    """Check ``folders`` in ``workers`` processes, in chunks; each case loaded already is
    sent loaded, since pickling a loaded case costs a tenth of loading it again."""
    chunks = chunked(folders, workers)
    done = [False] * len(chunks)
    # The workers leave Ctrl-C to this process, which stops them (see _stop).
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker,
                               initargs=(run,))
    stats.workers_started += workers
    try:
        futures: dict[Future[tuple[list[_Shipped], CacheStats]], int] = {
            pool.submit(_check_chunk, chunk, {f: manifests[f] for f in chunk}): index
            for index, chunk in enumerate(chunks)
        }
        for future in as_completed(futures):
            shipped, chunk_stats = future.result()
            index = futures[future]
            for folder, item in zip(chunks[index], shipped, strict=True):
                finished(folder, _unship(item))
            done[index] = True
            stats.add(chunk_stats)
    except BrokenProcessPool:
        pass  # a worker was killed (out of memory): the chunks it left undone run here
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)
    for index, chunk in enumerate(chunks):
        if not done[index]:
            for folder, report in zip(chunk, run.each(chunk, stats, manifests), strict=True):
                finished(folder, report)


@dataclass(frozen=True)
class CheckedCases:
    """The case folders of a run, each loaded and checked, and the reports (if any) they
    were checked against."""

    results: tuple[tuple[LoadedCase, CaseReport], ...]
    reports: ReportIndex | None = None


def checked_cases(
    paths: Iterable[str | Path], *, config: Config | None = None,
    checkers: Sequence[Checker] | None = None,
) -> CheckedCases:
    """Each case folder that ``paths`` name, loaded and checked, and the reports they were
    checked against (no cache, one process)."""
    config = config or Config()
    packs, make, units = _rule_set(config, checkers)
    cases = [load_folder(folder, packs=packs, make=make) for folder in discover(paths)]
    spec = repository_spec([case.root for case in cases if case.root], config.repository)
    known = {case.root: case.model for case in cases if case.root is not None}
    repository = spec.open(packs=packs, make=make, known=known) if spec is not None else None
    reports = reports_of(cases, config)
    results = []
    with Watchdog(config.checker_timeout) as watchdog:
        for loaded in cases:
            with interruptible():
                report = run_checkers(loaded, config=config, packs=packs, catalog=make.catalog,
                                      checkers=units, repository=repository, watchdog=watchdog,
                                      reports=reports)
            results.append((loaded, report))
    return CheckedCases(tuple(results), reports)


def check_cases(
    paths: Iterable[str | Path], *, config: Config | None = None,
    checkers: Sequence[Checker] | None = None,
) -> Iterator[tuple[LoadedCase, CaseReport]]:
    """Each case folder that ``paths`` name, loaded, with its report (no cache, one process)."""
    yield from checked_cases(paths, config=config, checkers=checkers).results


def reports_of(
    cases: Iterable[LoadedCase], config: Config, cache: CaseCache | None = None,
    stats: CacheStats | None = None,
) -> ReportIndex | None:
    """The reports folder of ``config``, read for what ``cases`` ask about (None without
    one); with a cache, what is known of the files is reused and stored there."""
    if config.reports is None:
        return None
    from casecheck.reports.index import read_for  # noqa: PLC0415 - start-up: the reports (--reports only)

    folder = config.reports.absolute()
    store = ReportEntries(cache) if cache is not None else None
    index = read_for(folder, [case.model for case in cases], store=store,
                     shown=display_path(folder))
    if stats is not None:
        stats.report_misses += len(index.read)
        stats.report_hits += len(index.files) - len(index.read)
    return index


@dataclass
class _Group:
    """Case folders of one configuration."""

    config: Config
    folders: list[Path] = field(default_factory=list)
    ignored: dict[Path, str] = field(default_factory=dict)
    reports: ReportIndex | None = None
    loaded: dict[Path, LoadedCase] = field(default_factory=dict)
    """The folders, loaded to learn what their reports are read for."""


def _groups(folders: Sequence[Path], config: Config | ConfigFiles) -> list[_Group]:
    """``folders`` by configuration, in the order each configuration first appears."""
    if isinstance(config, Config):
        return [_Group(config, list(folders))]
    groups: dict[int, _Group] = {}
    for folder in folders:
        own = config.config_for(folder)
        group = groups.setdefault(id(own), _Group(own))
        group.folders.append(folder)
        unused = config.ignored_file(folder)
        if unused is not None:
            group.ignored[folder] = unused.name
    return list(groups.values())


def _read_reports(
    groups: Sequence[_Group], stores: Sequence[CaseCache | None], stats: CacheStats
) -> None:
    """Read each reports folder the groups name once, for the IDs of every case that uses
    it: the cases are loaded first (and handed on, so that no manifest is read twice)."""
    using: dict[Path, list[tuple[_Group, CaseCache | None]]] = {}
    for group, store in zip(groups, stores, strict=True):
        if group.config.reports is not None:
            packs, make, _ = _rule_set(group.config, ())
            group.loaded = {f: load_folder(f, packs=packs, make=make, read_message=False)
                            for f in group.folders}
            using.setdefault(group.config.reports.absolute(), []).append((group, store))
    for sharing in using.values():
        (first, store), *_ = sharing
        cases = [case for group, _ in sharing for case in group.loaded.values()]
        index = reports_of(cases, first.config, store, stats)
        for group, _ in sharing:
            group.reports = index


def check_paths(
    paths: Iterable[str | Path], *, config: Config | ConfigFiles | None = None,
    checkers: Sequence[Checker] | None = None, cache: bool | str | Path = False,
    jobs: int | None = 1, progress: Callable[[int, int], None] | None = None,
) -> RunReport:
    """Check every case folder that ``paths`` name (folders, parents, files inside).

    ``config``: one configuration for every case, or :class:`ConfigFiles` to give each case
    folder the configuration files around it, as ``casecheck check`` does. ``cache``: True
    keeps the incremental cache where the CLI keeps it (``.casecheck_cache`` at the project
    root), a path keeps it there, False uses none; a cache directory that is unsafe to use (a
    ``.casecheck_cache`` that is a link) is not used, and ``RunReport.notices`` says why.
    ``jobs``: worker processes, None for one per core. ``progress(done, total)`` is called as
    folders are checked.
    """
    config = config if config is not None else Config()
    paths = list(paths)
    folders = discover(paths)
    groups = _groups(folders, config)
    whole = config if isinstance(config, Config) else config.run_config(paths)
    notices: list[str] = []
    location = cache_location(paths, None if cache is True else cache) if cache is not False \
        else None
    if location is not None and (problem := refusal(location)) is not None:
        notices.append(f"cache not used: {problem}")
        location = None
    if location is not None:
        read_cached(location)
    packs = load_packs(whole.rules_dirs, cache=location)
    for group in groups:  # a malformed pack stops the run before any work
        load_packs(group.config.rules_dirs, cache=location)
    units = checkers if checkers is not None else default_checkers()
    stats = CacheStats()
    # What the rules work out the same on every run: the holiday dates, what each lexicon
    # pattern needs (casecheck.prose).
    worked_out = (HolidayEntries(location), LiteralEntries(location)) \
        if location is not None else ()
    for entries in worked_out:
        entries.load()
    stores = [CaseCache.open(location, config=group.config, checkers=units)
              if location is not None else None for group in groups]
    _read_reports(groups, stores, stats)
    reports: dict[Path, CaseReport] = {}
    for group, store in zip(groups, stores, strict=True):
        if store is not None and group.reports is not None:
            store = store.with_reports(group.reports.identity)
        before = len(reports)
        shifted = None if progress is None else (
            lambda done, _, before=before: progress(before + done, len(folders)))
        reports.update(zip(group.folders, check_folders(
            group.folders, config=group.config, checkers=checkers, cache=store, jobs=jobs,
            progress=shifted, stats=stats, ignored=group.ignored,
            repository=repository_spec(folders, group.config.repository),
            reports=group.reports, preloaded=group.loaded,
        ), strict=True))
    for entries in worked_out:
        entries.save()
    strict = config.strict if isinstance(config, Config) else False  # each case has its own
    return RunReport(tuple(reports[folder] for folder in folders), strict=strict,
                     cache_stats=stats if location is not None else None,
                     rules_version=packs.version, notices=tuple(notices))


def load_case(
    case: str | Path | CaseBase | Mapping[str, Any], *, root: str | Path | None = None,
    config: Config | None = None,
) -> LoadedCase:
    """Load one case without checking it: a case folder's path (or a file in it), a case
    model, or a manifest as a mapping. Problems are M-findings on the result, never raised.

    For a model or a mapping, ``root`` is the case folder its attachments and message file
    are relative to.
    """
    config = config or Config()
    packs, make, _ = _rule_set(config, ())
    return _loaded(case, root, packs, make)


def _loaded(
    case: str | Path | CaseBase | Mapping[str, Any], root: str | Path | None,
    packs: RulePacks, make: FindingMaker,
) -> LoadedCase:
    if isinstance(case, str | Path):
        path = Path(case).absolute()
        owner = path if path.is_dir() else case_folder_of(path.parent) or path.parent
        return load_folder(owner, packs=packs, make=make)
    folder = Path(root).absolute() if root is not None else None
    model: CaseBase | None
    problems: list[Finding]
    if isinstance(case, CaseBase):
        model, problems = case, []
    else:
        model, problems = build_model(case, packs=packs, make=make)
    name, text = read_manifest_text(folder) if folder is not None else (None, None)
    shown = display_path(folder) if folder is not None else "<memory>"
    return with_message(
        LoadedCase(shown, folder, model, name, text, findings=tuple(problems)), make
    )


def validate(
    case: str | Path | CaseBase | Mapping[str, Any], *, root: str | Path | None = None,
    checkers: Sequence[Checker] | None = None, extra_checkers: Iterable[Checker] = (),
    extra_rules: Mapping[str, Rule] | None = None, now: dt.datetime | None = None,
    config: Config | None = None,
) -> CaseReport:
    """Check one case: a case folder's path, a case model, or a manifest as a mapping.

    ``checkers`` replaces the installed checkers; ``extra_checkers`` runs after them, and
    ``extra_rules`` (from :func:`casecheck.parse_catalog`) holds the texts of the codes they
    report. For a model or a mapping, ``root`` is the case folder its attachments and message
    file are relative to; without it, only what the manifest itself says is checked.
    """
    config = config or Config()
    packs, make, units = _rule_set(config, checkers, extra_checkers, extra_rules)
    loaded = _loaded(case, root, packs, make)
    own = [loaded.root] if loaded.root is not None else []
    spec = repository_spec(own, config.repository)
    known = {loaded.root: loaded.model} if loaded.root is not None else {}
    repository = spec.open(packs=packs, make=make, known=known) if spec is not None else None
    with interruptible():
        return run_checkers(loaded, config=config, packs=packs, catalog=make.catalog,
                            checkers=units, now=now, repository=repository,
                            reports=reports_of([loaded], config))


_LOOKED_FOR = (*MANIFEST_NAMES, *CONFIG_FILES, *PROJECT_MARKERS)
"""What casecheck looks for in the folders above a case: a case folder around it, the
configuration, the project root (the repository, the cache)."""


class _Inputs:
    """Paths in the order found, each once, handed on in batches (:meth:`drain`)."""

    def __init__(self, skipped: Path | None) -> None:
        self.paths: dict[str, None] = {}
        self.fresh: list[str] = []
        self.skipped = os.fspath(skipped) if skipped is not None else None
        self.looked_above: set[str] = set()

    def add(self, path: str | Path) -> None:
        text = os.fspath(path)
        if text not in self.paths:
            self.paths[text] = None
            self.fresh.append(text)

    def drain(self) -> list[str]:
        fresh, self.fresh = self.fresh, []
        return fresh

    def above(self, folder: Path) -> None:
        """What is looked for in ``folder`` and every folder above it, there or not. Strings,
        not Paths: a run over 200 folders asks this some 2,000 times."""
        current = os.fspath(folder)
        while current not in self.looked_above:
            self.looked_above.add(current)
            for name in _LOOKED_FOR:
                self.add(os.path.join(current, name))  # noqa: PTH118 - as above
            parent = os.path.dirname(current)  # noqa: PTH120 - as above
            if parent == current:
                return
            current = parent

    def _walk(self, top: Path) -> Iterator[tuple[str, list[str], list[str]]]:
        """os.walk of ``top`` (links not followed), the cache directory passed by: its
        entries change as the run writes them, and no output depends on them."""
        for directory, folders, files in os.walk(top):
            folders[:] = [d for d in folders if os.path.join(directory, d) != self.skipped]  # noqa: PTH118 - every folder of a run
            yield directory, folders, files

    def tree(self, top: Path) -> None:
        """``top``, and every file and folder below it."""
        self.add(top)
        for directory, folders, files in self._walk(top):
            for name in (*folders, *files):
                self.add(os.path.join(directory, name))  # noqa: PTH118 - every file of a run

    def discovered(self, top: Path) -> list[Path]:
        """The folders :func:`discover` lists to find the case folders below ``top`` (a new
        case folder changes one of their stats), and the case folders it finds."""
        found = []
        for directory, folders, files in self._walk(top):
            self.add(directory)
            names = {*folders, *files}  # what os.path.lexists would find there
            if any(name in names for name in MANIFEST_NAMES):
                found.append(Path(directory))
                folders.clear()
            else:
                folders[:] = [d for d in folders if not d.startswith(".")]
        return found


def run_inputs(
    paths: Iterable[str | Path], *, config: Config | ConfigFiles | None = None,
    checkers: Sequence[Checker] | None = None, output: Path | None = None,
    cache_dir: Path | None = None,
) -> Iterator[str]:
    """Every path whose stat the output of :func:`check_paths` over ``paths`` depends on, for
    the answer path (:mod:`casecheck.answers`): while none of them changes, and the clock
    stays before the report's ``valid_until``, the output stays the same. The case folders'
    files come first: the one just edited ends the search soonest.

    Those are every file and folder of every case folder (through a link, a file the
    checkers open lies inside its case folder: :func:`casecheck.loader.resolve_in_case`),
    what is looked for above them (a manifest, a configuration file, a project marker), each
    given path and what :func:`discover` lists below it, casecheck's own files and
    ``sys.path`` (a plugin, a library installed or removed), the ``--config`` file, the rule
    packs' folders, the reports folder, and the repository the history rules read: its
    folders and every case folder's manifest. ``output``: the ``--output`` file, which may
    not lie inside a case folder. ``cache_dir``, which no output depends on, is passed by."""
    config = config if config is not None else Config()
    paths = list(paths)
    inputs = _Inputs(cache_dir.absolute() if cache_dir is not None else None)
    folders = discover(paths)
    for folder in folders:
        inputs.tree(folder)
        inputs.above(folder)
        yield from inputs.drain()
    configs = [config] if isinstance(config, Config) else \
        [*{id(c): c for c in map(config.config_for, folders)}.values(), config.run_config(paths)]
    for raw in paths:
        path = Path(raw).absolute()
        inputs.add(path)
        inputs.above(path if path.is_dir() else path.parent)
        if path.is_dir():
            inputs.discovered(path)
    for file in package_files():
        inputs.add(file)
    here = os.getcwd()  # noqa: PTH109 - a str, as sys.path holds it
    for entry in sys.path:
        if entry and entry != here and Path(entry).is_dir():
            inputs.add(entry)
    units = checkers if checkers is not None else default_checkers()
    for name in {getattr(getattr(u, "function", u), "__module__", "") for u in units}:
        module_file = getattr(sys.modules.get(name), "__file__", None)
        if module_file:
            inputs.add(module_file)
    if isinstance(config, ConfigFiles) and config.pinned is not None:
        inputs.add(config.pinned.absolute())
    inputs.tree(SHIPPED_RULES)
    for each in {id(c): c for c in configs}.values():
        for directory in each.rules_dirs:
            inputs.tree(Path(directory).absolute())
        if each.reports is not None:
            inputs.tree(each.reports.absolute())
        spec = repository_spec(folders, each.repository)
        for root in spec.roots if spec is not None else ():
            inputs.above(root)
            for case in inputs.discovered(root):
                for name in MANIFEST_NAMES:
                    inputs.add(os.path.join(case, name))  # noqa: PTH118 - 500 manifests
    if output is not None:
        inputs.above(output.absolute().parent)
    yield from inputs.drain()
