"""The parse budget interrupts stuck Python code, even code that swallows exceptions."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from casecheck.budget import ParseTimeout, enforceable, time_budget

SAFETY = 20.0
"""Loops below end by themselves after this long, so a broken budget fails instead of hangs."""


def _spin(swallow: bool = False) -> None:
    end = time.monotonic() + SAFETY
    while time.monotonic() < end:
        try:
            sum(range(1000))
        except Exception:  # stands for pypdf's broad repair handlers
            if not swallow:
                raise


def test_a_stuck_parser_is_interrupted() -> None:
    with pytest.raises(ParseTimeout), time_budget(0.05):
        _spin()


def test_except_exception_in_the_parser_does_not_swallow_the_timeout() -> None:
    with pytest.raises(ParseTimeout), time_budget(0.05):
        _spin(swallow=True)


def test_a_bare_except_that_swallows_one_alarm_meets_the_next() -> None:
    def parser() -> None:
        try:  # noqa: SIM105 - a careless parser's bare except, spelt out
            _spin()
        except BaseException:  # noqa: BLE001 - the budget's own signal is what is caught
            pass
        _spin()

    with pytest.raises(ParseTimeout), time_budget(0.05):
        parser()


def test_no_budget_and_a_finished_block_leave_no_alarm() -> None:
    with time_budget(None):
        pass
    with time_budget(5):
        sum(range(10))
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


def test_alarms_due_at_once_never_outlive_their_block() -> None:
    """Budgets so short that the alarm fires while arming or while cleaning up."""
    for attempt in range(300):
        try:
            with time_budget(1e-6 * (attempt % 30 + 1)):
                sum(range(attempt))
        except ParseTimeout:
            pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL
    sum(range(100_000))  # an alarm left armed would raise here


def test_an_outer_alarm_is_put_back() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    signal.setitimer(signal.ITIMER_REAL, 30)
    try:
        with time_budget(5):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left <= 30
        assert not fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_outside_the_main_thread_the_block_runs_unbudgeted() -> None:
    seen: list[object] = []

    def work() -> None:
        seen.append(enforceable())
        with time_budget(0.01):
            time.sleep(0.05)
        seen.append("finished")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [False, "finished"]
