"""Where a file is parsed within its budget (``casecheck.budget``): here, or in a parser process.

pypdf is pure Python and a crafted PDF can keep it busy for minutes; a thread cannot be
stopped from outside. :func:`run_budgeted` therefore parses

- **here**, on the main thread of a POSIX process (what ``casecheck check`` is, and each of
  its ``--jobs`` workers): a CPU-time timer (``ITIMER_PROF``) interrupts the parser once its
  thread has spent the budget (other threads' CPU time does not count), and the address space
  may grow by ``PARSE_MEMORY`` at most (``RLIMIT_AS``) while it runs;
- **in a parser process** everywhere else (a worker thread of an application, Windows): a few
  warm processes started with ``python -c``, sent the bytes and given the same budget, which
  they enforce on themselves; one that does not answer in time is killed. Starting one
  costs a few hundred milliseconds, once per process, which is why the main thread does not
  pay it (``bench/bench_budget.py`` measures both ways).

A parse that runs out of time is tried once more before it counts as a timeout.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import json
import os
import signal
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from casecheck.budget import (
    HAS_TIMER,
    PARSE_MEMORY,
    ParseTimeout,
    budget_seconds,
    cpu_budget,
    in_process,
    memory_budget,
)

_WALL_FACTOR = 4
_WALL_MARGIN = 10.0
"""A parser process that has not answered after this many times its CPU budget, plus this many
seconds, is stuck in a call its timer cannot interrupt (or the machine is swapping): killed."""
_START_MARGIN = 60.0
"""What a fresh parser process may take to start (Python and casecheck), on a loaded runner."""

Parsed = tuple[Any, bytes]
"""What a budgeted function returns: facts that JSON can carry, and bytes (pixels, or b"")."""


class ParserStopped(Exception):
    """The parser process ended without an answer: killed by the system (out of memory) or
    crashed in C code."""


# --- one call within the budget ------------------------------------------------------------

def run_budgeted(
    function: Callable[..., Parsed], data: bytes, *args: Any, seconds: float | None,
    memory: int | None = PARSE_MEMORY, imports: Sequence[str] = (),
) -> Parsed:
    """``function(data, *args)`` within ``seconds`` of CPU time and ``memory`` more bytes, here
    or in a parser process (see the module's docstring); one timeout is forgiven.

    ``function`` is a module-level function of casecheck whose arguments after ``data`` and
    whose facts JSON can carry; ``imports`` are imported before the clock starts (the budget
    is for the file, not for importing pypdf). Raises ParseTimeout, or ParserStopped when a
    parser process died. None or 0 seconds: no budget, the call is made here.
    """
    seconds = budget_seconds(seconds)
    if seconds is None:
        return function(data, *args)
    for module in imports:
        importlib.import_module(module)
    for attempt in (1, 2):
        try:
            if in_process():
                with memory_budget(memory), cpu_budget(seconds):
                    return function(data, *args)
            return _parsers.run(function, data, args, seconds, memory, imports)
        except ParseTimeout:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


# --- parser processes ----------------------------------------------------------------------

_FRAME = struct.Struct(">II")
"""A message between casecheck and a parser process: the lengths of a JSON header and of the
bytes that follow it. JSON, not pickle: nothing a parser process sends back is code."""


def _send(stream: IO[bytes], header: dict[str, Any], payload: bytes = b"") -> None:
    head = json.dumps(header).encode("utf-8")
    stream.write(_FRAME.pack(len(head), len(payload)))
    stream.write(head)
    stream.write(payload)
    stream.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _receive(stream: IO[bytes]) -> tuple[dict[str, Any], bytes] | None:
    lengths = _read_exactly(stream, _FRAME.size)
    if lengths is None:
        return None
    head_size, payload_size = _FRAME.unpack(lengths)
    head = _read_exactly(stream, head_size)
    payload = _read_exactly(stream, payload_size) if payload_size else b""
    if head is None or payload is None:
        return None
    header: dict[str, Any] = json.loads(head)
    return header, payload


def _function(name: str) -> Callable[..., Parsed]:
    """A casecheck function by its ``module:name``; a parser process runs nothing else."""
    module, _, attribute = name.partition(":")
    if module != "casecheck" and not module.startswith("casecheck."):
        raise ValueError(f"{name} is not a casecheck function")
    found: Callable[..., Parsed] = getattr(importlib.import_module(module), attribute)
    return found


def serve(requests: IO[bytes] | None = None, replies: IO[bytes] | None = None) -> None:
    """A parser process: answer requests on stdin until it closes."""
    if replies is None:
        # The protocol keeps the real stdout; a parser's stray print goes to stderr instead.
        replies = os.fdopen(os.dup(1), "wb")
        os.dup2(2, 1)
    requests = requests if requests is not None else sys.stdin.buffer
    if HAS_TIMER:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is casecheck's to handle
    _send(replies, {"status": "ready"})
    while (request := _receive(requests)) is not None:
        header, data = request
        payload = b""
        try:
            function = _function(header["function"])
            for module in header["imports"]:
                importlib.import_module(module)
            with memory_budget(header["memory"]), cpu_budget(header["seconds"]):
                value, payload = function(data, *header["args"])
            reply: dict[str, Any] = {"status": "ok", "value": value}
        except ParseTimeout:
            reply = {"status": "timeout"}
        except Exception as error:  # noqa: BLE001 - sent back, raised again in casecheck
            reply = {"status": "error", "error": f"{type(error).__name__}: {error}"}
        _send(replies, reply, payload)


def _environment() -> dict[str, str]:
    """The environment of a parser process: this casecheck first on its path."""
    here = str(Path(__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": here + (os.pathsep + path if path else "")}


class _ParserProcess:
    """One parser process. Each answer is read by a thread of its own, which ends with it: a
    pipe cannot be read with a timeout on every system, and an idle parser process must not
    leave a thread behind (this process would no longer be the only thread it was)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from casecheck.parsers import serve; serve()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=_environment(),
        )
        self.ready = False

    def _answer(self, wait: float) -> tuple[dict[str, Any], bytes] | None:
        """The next message, or None when the process ended; ParseTimeout after ``wait``."""
        stdout = self.process.stdout
        assert stdout is not None
        answers: list[tuple[dict[str, Any], bytes] | None] = []
        reader = threading.Thread(target=lambda: answers.append(_receive(stdout)),
                                  name="casecheck parser", daemon=True)
        reader.start()
        reader.join(wait)
        if reader.is_alive():
            raise ParseTimeout  # the caller kills the process, and the reader ends
        return answers[0]

    def ask(self, header: dict[str, Any], data: bytes, wait: float) -> tuple[dict[str, Any], bytes]:
        if not self.ready:
            # A process that cannot start (no casecheck on its path, a frozen application)
            # says nothing about the file: that is casecheck's failure, X001, not A005.
            try:
                hello = self._answer(_START_MARGIN)
            except ParseTimeout:
                hello = None
            if hello is None or hello[0].get("status") != "ready":
                raise RuntimeError(f"no parser process could be started ({sys.executable}, "
                                   f"exit status {self.process.poll()})")
            self.ready = True
        stdin = self.process.stdin
        assert stdin is not None
        try:
            _send(stdin, header, data)
        except (OSError, ValueError):
            answer = None
        else:
            answer = self._answer(wait)
        if answer is None:
            code = self.process.poll()
            raise ParserStopped(f"the parser process stopped (exit status {code})")
        return answer

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()


class _ParserProcesses:
    """The warm parser processes of this process: at most one per core at a time, started
    when first needed, kept until the interpreter exits."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle: list[_ParserProcess] = []
        self.slots = threading.BoundedSemaphore(os.cpu_count() or 1)
        atexit.register(self.close)

    def run(
        self, function: Callable[..., Parsed], data: bytes, args: tuple[Any, ...],
        seconds: float, memory: int | None, imports: Sequence[str],
    ) -> Parsed:
        header = {"function": f"{function.__module__}:{function.__name__}", "args": list(args),
                  "seconds": seconds, "memory": memory, "imports": list(imports)}
        with self.slots:
            with self.lock:
                parser = self.idle.pop() if self.idle else None
            if parser is None:
                parser = _ParserProcess()
            try:
                answer, payload = parser.ask(header, data, seconds * _WALL_FACTOR + _WALL_MARGIN)
            except BaseException:
                parser.close()  # stuck, dead, or interrupted mid-answer: never reused
                raise
            with self.lock:
                self.idle.append(parser)
        if answer["status"] == "timeout":
            raise ParseTimeout
        if answer["status"] == "error":
            raise RuntimeError(answer["error"])  # a broken install, not a bad file: X001
        return answer["value"], payload

    def close(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for parser in idle:
            parser.close()


_parsers = _ParserProcesses()
