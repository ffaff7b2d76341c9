"""The budget of one parse, in CPU time and memory, and how this process enforces it on its
main thread; ``casecheck.parsers`` decides where a parse runs (here, or in a parser process).

The budget is CPU time, not wall time: three runs on a two-core machine made a valid
20,000-page PDF take three times as long by the clock while its parse cost the same.

A timer interrupts Python code only: a single long call into C (zlib, Pillow's decoder) runs
to its end first, which is why no parser is ever given an image over the pixel limit.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

DEFAULT_PARSE_TIMEOUT = 5.0
"""CPU seconds one attachment's parse may take. Real files take milliseconds (a 9.5 MB PDF
opens in 16 ms, a 1920x1080 PNG is checked in 10 ms); a few seconds leave room for a slow CI
runner."""

PARSE_MEMORY = 1 << 30
"""Bytes of address space one parse may add: a 10 MB PDF needs tens of megabytes, a PNG at
the pixel limit decoded for OCR 360 MB; a hostile PDF took 1.36 GB before it was stopped."""

_REPEAT = 0.05
"""After the first alarm, fire again this often: a parser's bare ``except:`` may swallow one."""

LONGEST_BUDGET = 1_000_000.0
"""Seconds (11 days): a budget longer than any run is no budget. A configuration's
``parse-timeout = 1e300`` overflowed the system's timer (X001 on every attachment)."""
SHORTEST_BUDGET = 1e-6
"""A timer rounds less than a microsecond to 0, which switches it off: ``1e-300`` would have
been no budget at all."""


def budget_seconds(seconds: float | None) -> float | None:
    """The budget ``seconds`` stands for: None (none) for None, 0, less, NaN or more than
    :data:`LONGEST_BUDGET`; otherwise at least :data:`SHORTEST_BUDGET`."""
    if seconds is None or not 0 < seconds <= LONGEST_BUDGET:
        return None
    return max(seconds, SHORTEST_BUDGET)


class ParseTimeout(BaseException):
    """The budget ran out. A BaseException, so that parsers' ``except Exception`` (pypdf has
    many, to repair broken files) do not swallow it."""


# --- the budget in this process ------------------------------------------------------------

HAS_TIMER = hasattr(signal, "setitimer")
"""POSIX; on Windows the parser processes watch their own CPU time from a thread."""


def in_process() -> bool:
    """Whether a budget can be enforced here: a CPU timer, and the main thread (the only one
    a signal reaches)."""
    return HAS_TIMER and threading.current_thread() is threading.main_thread()


class _Deadline:
    """The timer's handler: ParseTimeout once this thread has spent ``seconds`` of CPU time.

    The timer counts the CPU time of every thread of the process: where another thread
    works too (an application's, or a hung plugin checker's), it fires early, and the
    handler sets it again for what this thread has left of its budget.

    ``passed`` remembers that the budget ran out even where the ParseTimeout raised was lost:
    a signal handler runs inside whatever Python code is current, and an exception raised in
    a ``__del__`` or a garbage-collector callback is printed, not raised (CI once saw a
    400-page PDF parse to its end under a budget of 1 ms that way).
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = time.thread_time()
        self.passed = False

    def expired(self, signum: int, frame: FrameType | None) -> None:
        left = self.seconds - (time.thread_time() - self.started)
        if left > 0:
            signal.setitimer(signal.ITIMER_PROF, left, _REPEAT)
            return
        self.passed = True
        raise ParseTimeout


@contextmanager
def _ends_as_timeout(passed: Callable[[], bool]) -> Iterator[None]:
    """A block that ran past its budget ends in ParseTimeout whatever became of the one
    raised inside it: swallowed (it returns), or turned by a parser into an error of its own."""
    try:
        yield
    except ParseTimeout:
        raise
    except BaseException as error:
        if passed():
            raise ParseTimeout from error
        raise
    if passed():
        raise ParseTimeout


@contextmanager
def cpu_budget(seconds: float | None) -> Iterator[None]:
    """Raise ParseTimeout inside the block once this thread has spent ``seconds`` of CPU time
    in it. None or 0: no budget. Only the main thread can be interrupted: elsewhere the block
    runs without one (``casecheck.parsers.run_budgeted`` parses in a parser process there).

    A timer set by someone else (a profiler) is put back afterwards with the time it had left.
    Where no timer exists (Windows), a watchdog thread reads the process's CPU time instead.
    """
    seconds = budget_seconds(seconds)
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    if not HAS_TIMER:
        with _watchdog(seconds):
            yield
        return
    started = time.process_time()
    deadline = _Deadline(seconds)
    previous_handler = signal.signal(signal.SIGPROF, deadline.expired)
    previous_delay = previous_interval = 0.0
    try:
        # Armed inside the try: a timer due at once still meets the clean-up below.
        previous_delay, previous_interval = signal.setitimer(
            signal.ITIMER_PROF, seconds, _REPEAT)
        with _ends_as_timeout(lambda: deadline.passed):
            yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_PROF, 0)
        finally:
            # Reached even when a pending signal fires right after the disarm: the handler
            # and any outer timer are always put back.
            signal.signal(signal.SIGPROF, signal.SIG_DFL if previous_handler is None
                          else previous_handler)
            if previous_delay:
                left = previous_delay - (time.process_time() - started)
                signal.setitimer(signal.ITIMER_PROF, max(left, 1e-6), previous_interval)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    """The CPU budget without a timer: a thread that reads the process's CPU time and raises
    ParseTimeout in the main thread (through its SIGINT handler) once it is spent."""
    import _thread  # noqa: PLC0415 - start-up: only where no CPU timer exists (Windows)

    limit = time.process_time() + seconds
    done = threading.Event()
    expired = threading.Event()

    def interrupt(signum: int, frame: FrameType | None) -> None:
        if expired.is_set():
            raise ParseTimeout

    def watch() -> None:
        while not done.wait(_REPEAT):
            if time.process_time() >= limit:
                expired.set()
                _thread.interrupt_main(signal.SIGINT)

    previous = signal.signal(signal.SIGINT, interrupt)
    watcher = threading.Thread(target=watch, name="casecheck parse budget", daemon=True)
    watcher.start()
    try:
        with _ends_as_timeout(expired.is_set):
            yield
    finally:
        done.set()
        watcher.join()
        signal.signal(signal.SIGINT, previous)


def _address_space() -> int | None:
    """This process's address space in bytes (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as statm:  # noqa: PTH123 - one read per parse
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _limit_for(extra: int | None) -> tuple[Any, int, int, int] | None:
    """(the resource module, the soft and hard limits to put back, the limit to set), or None
    where no limit can or need be set."""
    if not extra:
        return None
    try:
        import resource  # noqa: PLC0415 - start-up: POSIX only, and only when a file is parsed
    except ImportError:
        return None
    used = _address_space()
    if used is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = used + extra if hard == resource.RLIM_INFINITY else min(used + extra, hard)
    if soft != resource.RLIM_INFINITY and soft <= wanted:
        return None  # a tighter limit is set already
    return resource, soft, hard, wanted


@contextmanager
def memory_budget(extra: int | None) -> Iterator[None]:
    """Let the address space grow by at most ``extra`` bytes inside the block (``RLIMIT_AS``:
    a parser then gets MemoryError). Nothing where the limit cannot be set (Windows), or is not
    enforced and cannot be read (macOS)."""
    limit = _limit_for(extra)
    if limit is not None:
        resource, soft, hard, wanted = limit
        try:
            resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
        except (ValueError, OSError):
            limit = None
    try:
        yield
    finally:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
