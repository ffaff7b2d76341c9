"""A time budget per checker, so that a checker that hangs (a plugin's, most likely) cannot keep
a run from ending.

On the main thread of a POSIX process (``casecheck check`` and each of its worker processes) a
SIGALRM interrupts the checker: the handler is installed once per run, and each checker only
arms and disarms the timer (about 1 µs, against 9 µs for installing a handler each time). The
parse budget (:mod:`casecheck.budget`) nests inside it: it puts this handler and the time left
back when its parse is done.

Elsewhere (a worker thread of an embedding application, Windows) no signal can reach the
checker, so the checkers of a run are called in one helper thread, and the caller waits for
each at most its budget. A checker that overruns is left behind in its daemon thread (Python
cannot stop a thread) and the next checker gets a fresh helper.

Either way, a checker that ran out of time once is not called again in the same run: a plugin
that hangs on every case costs one budget, not one per case.
"""

from __future__ import annotations

import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType, TracebackType
from typing import Any, TypeVar

from casecheck.budget import budget_seconds

T = TypeVar("T")

DEFAULT_CHECKER_TIMEOUT = 120.0
"""Seconds one checker may take on one case. A checker that parses is bounded by the parse
budget per file already; what takes longest legitimately is OCR, about 2 s per screenshot
(median, 2 cores, docs/screenshots.md) and several times that for a large one read whole, and
a case may hold ten screenshots and more. A hung checker costs this once per run."""

_REPEAT = 0.05
"""After the first alarm, fire again this often: a checker's bare ``except:`` may swallow one."""


class CheckerTimeout(BaseException):
    """A checker ran past its budget. A BaseException, so that a checker's ``except Exception``
    does not swallow it."""


@dataclass
class _Helper:
    """One daemon thread that runs calls handed to it, one at a time."""

    tasks: queue.SimpleQueue[Callable[[], Any] | None] = field(default_factory=queue.SimpleQueue)
    results: queue.SimpleQueue[tuple[bool, Any]] = field(default_factory=queue.SimpleQueue)

    def __post_init__(self) -> None:
        threading.Thread(target=self._serve, name="casecheck-checker", daemon=True).start()

    def _serve(self) -> None:
        while (task := self.tasks.get()) is not None:
            try:
                self.results.put((True, task()))
            except BaseException as error:  # noqa: BLE001 - handed to the caller, who reports it
                self.results.put((False, error))


class Watchdog:
    """The budget of each checker call in one run: ``with Watchdog(seconds) as dog:
    dog.run(name, call)``. None or 0 seconds: no budget; bounded as a parse budget is
    (:func:`casecheck.budget.budget_seconds`)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = budget_seconds(seconds)
        self.overran: dict[str, str] = {}
        """Checker name -> where it ran out of time (filled in by the caller)."""
        self._signals = False
        self._armed = False
        self._helper: _Helper | None = None
        self._previous: Any = None
        self._outer = (0.0, 0.0, 0.0)

    def __enter__(self) -> Watchdog:
        on_main = threading.current_thread() is threading.main_thread()
        if self.seconds is not None and on_main and hasattr(signal, "setitimer"):
            self._previous = signal.signal(signal.SIGALRM, self._expired)
            self._outer = (*signal.getitimer(signal.ITIMER_REAL), time.monotonic())
            self._signals = True
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._signals:
            self._signals = False
            # An alarm left running (one that fired as a checker returned, before the timer
            # was stopped) must not reach the default handler: it ends the process.
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM,
                          signal.SIG_DFL if self._previous is None else self._previous)
            delay, interval, since = self._outer
            if delay:  # an alarm set by someone else (pytest-timeout) is put back, late or not
                left = delay - (time.monotonic() - since)
                signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), interval)
        if self._helper is not None:
            self._helper.tasks.put(None)
            self._helper = None

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        # An alarm already on its way when the checker returned is dropped, and so is one
        # that lands in run()'s own clean-up: raised there, it would leave the timer running
        # and the next alarm would end the run wherever it was (CI, checker-timeout = 1e-300:
        # a traceback and no report). The repeating timer fires again inside the checker.
        if self._armed and (frame is None or frame.f_code is not _RUN_CODE):
            raise CheckerTimeout

    def run(self, call: Callable[[], T]) -> T:
        """``call()``, raising CheckerTimeout once it has taken ``seconds``."""
        if self.seconds is None:
            return call()
        if self._signals:
            self._armed = True
            try:
                return _timed(self.seconds, call)
            finally:
                self._armed = False
                signal.setitimer(signal.ITIMER_REAL, 0)
        helper = self._helper or _Helper()
        self._helper = helper
        helper.tasks.put(call)
        try:
            done, value = helper.results.get(timeout=self.seconds)
        except queue.Empty:
            self._helper = None  # stuck in the call: left behind, never handed another
            raise CheckerTimeout from None
        if not done:
            raise value
        result: T = value
        return result


def _timed(seconds: float, call: Callable[[], T]) -> T:
    """``call()`` with the timer started in this frame, not in Watchdog.run's: an alarm due at
    once lands here, inside run()'s ``try``, and is raised."""
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    return call()


_RUN_CODE = Watchdog.run.__code__
"""The frame of Watchdog.run: where an alarm must not raise (see Watchdog._expired)."""
