"""Checking cases with this installation's rule set: one case (``validate``), or many case
folders (``check_paths``) in this process or in worker processes (``--jobs``), in the order the
folders were found, whatever order the workers finish in, with the incremental cache."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from casecheck.attachments import use_store
from casecheck.cache import AttachmentStore, CaseCache, CaseEntries, cache_dir_for
from casecheck.catalog import FindingMaker, Rule
from casecheck.engine import Checker, Config, run_checkers
from casecheck.findings import CacheStats, CaseReport, Finding, RunReport
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
from casecheck.packs import RulePacks, load_packs
from casecheck.registry import default_checkers, rule_catalog
from casecheck.repository import RepositorySpec, repository_spec

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called as case folders are checked."""

MIN_FOLDERS_PER_JOB = 16
"""Below this many folders per worker, starting the workers costs more than it saves. Measured
on 2 cores: a pool of 2 forked workers costs 30-40 ms; a folder of 5 attachments takes ~45 ms
cold, so 2 workers win from about 4 folders each; a cached folder or one without attachments
takes ~1 ms, so they lose up to 30 folders each. 16 keeps pre-commit runs and small warm runs
in one process and splits every cold run of 32 folders or more."""
CHUNKS_PER_JOB = 4
"""Folders are sent in chunks: few enough to keep the overhead low, enough for the progress bar
and for a slow chunk (a large PDF) not to keep one worker busy while the other waits."""


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
    units = tuple(checkers) if checkers is not None else default_checkers()
    return packs, make, (*units, *extra_checkers)


def check_each(
    folders: Sequence[Path], *, config: Config, checkers: Sequence[Checker] | None,
    cache: CaseCache | None, stats: CacheStats, repository: RepositorySpec | None = None,
) -> Iterator[CaseReport]:
    """Check folders one after the other in this process."""
    packs, make, units = _rule_set(config, checkers)
    cases = repository.open(packs=packs, make=make) if repository is not None else None
    entries = CaseEntries(cache, stats) if cache is not None else None
    for folder in folders:
        loaded = load_folder(folder, packs=packs, make=make)
        store = AttachmentStore(cache, stats, folder) if cache is not None else None
        previous = use_store(store)
        try:
            yield run_checkers(
                loaded, config=config, packs=packs, catalog=make.catalog, checkers=units,
                repository=cases, cache=entries,
            )
        finally:
            use_store(previous)
        if store is not None:
            store.flush()


_Shipped = tuple[str, str | None, list[dict[str, Any]], tuple[str, ...]]


def _check_chunk(
    folders: list[Path], config: Config, checkers: Sequence[Checker] | None,
    cache: CaseCache | None, repository: RepositorySpec | None,
) -> tuple[list[_Shipped], CacheStats]:
    """A worker's part. Findings travel as dicts: their frozen data does not pickle."""
    stats = CacheStats()
    shipped = [
        (report.path, report.type, [f.to_dict() for f in report.findings], report.rules)
        for report in check_each(folders, config=config, checkers=checkers, cache=cache,
                                 stats=stats, repository=repository)
    ]
    return shipped, stats


def _unship(item: _Shipped) -> CaseReport:
    path, type_, findings, rules = item
    return CaseReport(path, type_, tuple(Finding.from_dict(f) for f in findings), rules)


def effective_jobs(jobs: int | None, folders: int) -> int:
    """How many processes are worth starting for ``folders`` folders."""
    wanted = jobs if jobs is not None and jobs > 0 else os.cpu_count() or 1
    return max(1, min(wanted, folders // MIN_FOLDERS_PER_JOB))


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
) -> list[CaseReport]:
    """Check ``folders``; the reports come back in the same order."""
    stats = stats if stats is not None else CacheStats()
    total = len(folders)
    workers = effective_jobs(jobs, total)
    if workers > 1 and _picklable((config, checkers)):
        return _in_workers(folders, workers, config, checkers, cache, progress, stats, repository)
    reports = []
    each = check_each(folders, config=config, checkers=checkers, cache=cache, stats=stats,
                      repository=repository)
    for done, report in enumerate(each, start=1):
        reports.append(report)
        if progress is not None:
            progress(done, total)
    return reports


def _in_workers(
    folders: Sequence[Path], workers: int, config: Config, checkers: Sequence[Checker] | None,
    cache: CaseCache | None, progress: Progress | None, stats: CacheStats,
    repository: RepositorySpec | None,
) -> list[CaseReport]:
    size = max(1, -(-len(folders) // (workers * CHUNKS_PER_JOB)))
    chunks = [list(folders[i:i + size]) for i in range(0, len(folders), size)]
    results: list[list[CaseReport] | None] = [None] * len(chunks)
    done = 0
    try:
        with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
            futures: dict[Future[tuple[list[_Shipped], CacheStats]], int] = {
                pool.submit(_check_chunk, chunk, config, checkers, cache, repository): index
                for index, chunk in enumerate(chunks)
            }
            for future in as_completed(futures):
                shipped, chunk_stats = future.result()
                results[futures[future]] = [_unship(item) for item in shipped]
                stats.add(chunk_stats)
                done += len(shipped)
                if progress is not None:
                    progress(done, len(folders))
    except BrokenProcessPool:
        pass  # a worker was killed (out of memory): the chunks it left undone run here
    reports: list[CaseReport] = []
    for index, chunk in enumerate(chunks):
        part = results[index]
        if part is None:
            part = list(check_each(chunk, config=config, checkers=checkers, cache=cache,
                                   stats=stats, repository=repository))
            done += len(chunk)
            if progress is not None:
                progress(done, len(folders))
        reports.extend(part)
    return reports



def check_cases(
    paths: Iterable[str | Path], *, config: Config | None = None,
    checkers: Sequence[Checker] | None = None,
) -> Iterator[tuple[LoadedCase, CaseReport]]:
    """Each case folder that ``paths`` name, loaded, with its report (no cache, one process)."""
    config = config or Config()
    packs, make, units = _rule_set(config, checkers)
    cases = [load_folder(folder, packs=packs, make=make) for folder in discover(paths)]
    spec = repository_spec([case.root for case in cases if case.root], config.repository)
    known = {case.root: case.model for case in cases if case.root is not None}
    repository = spec.open(packs=packs, make=make, known=known) if spec is not None else None
    for loaded in cases:
        yield loaded, run_checkers(loaded, config=config, packs=packs, catalog=make.catalog,
                                   checkers=units, repository=repository)


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
    config = config or Config()
    paths = list(paths)
    packs = load_packs(config.rules_dirs)  # a malformed pack stops the run before any work
    folders = discover(paths)
    store = None
    if cache is not False:
        directory = cache_dir_for(paths, None if cache is True else cache)
        units = checkers if checkers is not None else default_checkers()
        store = CaseCache.open(directory, config=config, checkers=units)
    stats = CacheStats()
    reports = check_folders(
        folders, config=config, checkers=checkers, cache=store, jobs=jobs, progress=progress,
        stats=stats, repository=repository_spec(folders, config.repository),
    )
    return RunReport(tuple(reports), strict=config.strict,
                     cache_stats=stats if store is not None else None,
                     rules_version=packs.version)


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
    spec = repository_spec([], config.repository)
    repository = spec.open(packs=packs, make=make) if spec is not None else None
    return run_checkers(loaded, config=config, packs=packs, catalog=make.catalog,
                        checkers=units, now=now, repository=repository)
