"""Checking many case folders: in this process or in worker processes (``--jobs``), in the order
the folders were found, whatever order the workers finish in."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casecheck.attachments import use_store
from casecheck.cache import AttachmentStore, CacheStats, CaseCache
from casecheck.findings import CaseReport, Finding

if TYPE_CHECKING:
    from casecheck.engine import Checker, Config
    from casecheck.repository import RepositorySpec

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


def check_each(
    folders: Sequence[Path], *, config: Config, checkers: Sequence[Checker] | None,
    cache: CaseCache | None, stats: CacheStats, repository: RepositorySpec | None = None,
) -> Iterator[CaseReport]:
    """Check folders one after the other in this process."""
    from casecheck.engine import _maker, run_checkers  # noqa: PLC0415 - engine imports runner
    from casecheck.loader import load_folder  # noqa: PLC0415 - see above
    from casecheck.packs import load_packs  # noqa: PLC0415 - see above

    packs = load_packs(config.rules_dirs)
    make = _maker(config)
    cases = repository.open(packs=packs, make=make) if repository is not None else None
    for folder in folders:
        loaded = load_folder(folder, packs=packs, make=make)
        store = AttachmentStore(cache, stats, folder) if cache is not None else None
        previous = use_store(store)
        try:
            yield run_checkers(
                loaded, config=config, packs=packs, checkers=checkers, cache=cache, stats=stats,
                repository=cases,
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

