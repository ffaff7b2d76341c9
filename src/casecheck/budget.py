"""A wall-clock budget for parsing one file, so that no hostile file can hang a run.

pypdf is pure Python and a crafted PDF can keep it busy for minutes; a thread cannot be
stopped from outside. Two ways remain: parse in a worker process and kill it, or let a
SIGALRM interrupt the parser in this process. The alarm costs about 15 µs per file; a
worker process costs milliseconds to start, or must be sent the file's bytes (see
bench/bench_budget.py and docs/hostile-input.md). So casecheck uses the alarm.

The alarm works in the main thread of a POSIX process, which is where ``casecheck check``
parses (also inside the worker processes of a process pool). Elsewhere (Windows, a worker
thread of an embedding application) the budget is not enforced; the size and pixel limits
still bound what a parser is given.

A budget interrupts Python code only: a single long C call (zlib, Pillow's decoder) runs to
its end first. That is why Pillow only ever sees images under the pixel limit.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_PARSE_TIMEOUT = 5.0
"""Seconds one attachment's parse may take. Real files take milliseconds (a 9.5 MB PDF opens
in 16 ms, a 1920x1080 PNG decodes in 30 ms); a few seconds leave room on a slow CI runner."""

_REPEAT = 0.05
"""After the first alarm, fire again this often: a parser's bare ``except:`` may swallow one."""


class ParseTimeout(BaseException):
    """The budget ran out. A BaseException, so that parsers' ``except Exception`` (pypdf has
    many, to repair broken files) do not swallow it."""


def enforceable() -> bool:
    """Whether a budget can interrupt code here: POSIX, main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _expired(signum: int, frame: FrameType | None) -> None:
    raise ParseTimeout


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ParseTimeout inside the block once ``seconds`` of wall time have passed.

    None or 0 means no budget. An alarm set by someone else (pytest-timeout, an embedding
    application) is put back afterwards with the time it had left.
    """
    if not seconds or seconds <= 0 or not enforceable():
        yield
        return
    started = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, _expired)
    previous_delay = previous_interval = 0.0
    try:
        # Armed inside the try: an alarm due at once still meets the clean-up below.
        previous_delay, previous_interval = signal.setitimer(
            signal.ITIMER_REAL, seconds, _REPEAT)
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            # Reached even when an alarm that was already pending fires right after the
            # disarm: the handler and any outer alarm are always put back.
            signal.signal(signal.SIGALRM, signal.SIG_DFL if previous_handler is None
                          else previous_handler)
            if previous_delay:
                left = previous_delay - (time.monotonic() - started)
                # An outer alarm that fell due meanwhile fires at once rather than never.
                signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), previous_interval)
