"""Ctrl-C during a run, told apart from a checker that raises KeyboardInterrupt itself.

A checker's failure of any kind is X001, KeyboardInterrupt included; the user's Ctrl-C must
stop the run instead. So while a run is under way on the main thread, SIGINT raises
:class:`Interrupted` (a KeyboardInterrupt) and is remembered, in case a checker's bare
``except:`` swallows it: the engine asks :func:`raise_if_interrupted` after each checker.
Worker processes ignore SIGINT; the process that started them stops them.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Interrupted(KeyboardInterrupt):
    """The user interrupted the run (SIGINT, Ctrl-C)."""


_received = threading.Event()


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    _received.set()
    raise Interrupted


@contextmanager
def interruptible() -> Iterator[None]:
    """Within the block, Ctrl-C raises :class:`Interrupted`. Only where SIGINT has Python's
    own handler on the main thread: an embedding application's handler is left alone."""
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
        yield
        return
    _received.clear()
    previous = signal.signal(signal.SIGINT, _on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        _received.clear()


def raise_if_interrupted() -> None:
    """Raise :class:`Interrupted` if Ctrl-C came during the run and someone swallowed it."""
    if _received.is_set():
        raise Interrupted


def ignore_interrupts() -> None:
    """In a worker process: leave Ctrl-C to the process that started it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
