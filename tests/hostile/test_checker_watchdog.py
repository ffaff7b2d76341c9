"""The checker budget's alarm: it ends the checker that overran, never the run around it.

Before: an alarm that landed in Watchdog.run's own clean-up (the checker had just returned or
raised, the timer not yet stopped) was raised there, the timer kept running, and its next
alarm ended the run wherever it was: CI, ``checker-timeout = 1e-300``, a traceback and an
empty report.
"""

from __future__ import annotations

import signal
import sys
import time
from types import FrameType
from typing import Any

import pytest

from casecheck.watchdog import CheckerTimeout, Watchdog


def _spin(seconds: float) -> int:
    ends = time.monotonic() + seconds
    turns = 0
    while time.monotonic() < ends:
        turns += 1
    return turns


def _alarm_at(step: int, dog: Watchdog) -> bool:
    """Run a checker that returns at once, with an alarm handled ``step`` bytecodes after it
    returned, wherever in Watchdog.run that is (as a signal's handler runs between any two
    bytecodes). Whether the alarm was delivered, i.e. ``step`` is inside run()."""
    returned = False
    delivered = False

    def opcodes(frame: FrameType, event: str, _arg: object) -> Any:
        nonlocal step, delivered
        if event == "opcode" and returned and not delivered:
            if step == 0:
                delivered = True
                dog._expired(signal.SIGALRM, frame)
            step -= 1
        return opcodes

    def calls(frame: FrameType, event: str, _arg: object) -> Any:
        if event == "call" and frame.f_code is Watchdog.run.__code__:
            frame.f_trace_opcodes = True
            return opcodes
        return None

    def checker() -> int:
        nonlocal returned
        returned = True
        return 7

    sys.settrace(calls)
    try:
        dog.run(checker)
    except CheckerTimeout:
        pass
    finally:
        sys.settrace(None)
    return delivered


def test_an_alarm_landing_in_the_clean_up_never_outlives_the_run() -> None:
    with Watchdog(30) as dog:
        step = 0
        while _alarm_at(step, dog):
            assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0), step
            assert not dog._armed, step
            step += 1
        assert step > 3, "the clean-up has bytecodes to land in"
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


def test_an_alarm_inside_the_checker_ends_it() -> None:
    with Watchdog(0.05) as dog, pytest.raises(CheckerTimeout):
        dog.run(lambda: _spin(5))


def test_timers_due_at_once_never_outlive_their_run() -> None:
    """A budget of 1e-300 (bounded to 1 µs) times out at once, run after run; not one alarm
    reaches the code around the runs."""
    ended = 0
    for attempt in range(300):
        with Watchdog(1e-300 if attempt % 2 else 1e-6 * (attempt % 30 + 1)) as dog:
            try:
                dog.run(lambda: _spin(0.002))
            except CheckerTimeout:
                ended += 1
    assert ended > 250, ended
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL
    _spin(0.2)  # an alarm left armed would end the test here
