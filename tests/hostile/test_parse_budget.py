"""The parse budget: CPU time and memory, on the main thread, on any other thread, and where
no CPU timer exists (Windows); a timeout is forgiven once.

Before, the budget was a wall-clock ``SIGALRM``: off the main thread there was none (a worker
thread spent 140 s and 1.36 GB on a 1 MB PDF), and three concurrent runs gave a valid
20,000-page PDF false timeouts.
"""

from __future__ import annotations

import io
import json
import signal
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter

import casecheck.attachments
from casecheck import Config, budget, parsers, validate
from casecheck.attachments import inspect_pdf, parsed_facts
from casecheck.budget import ParseTimeout, cpu_budget, in_process, memory_budget
from casecheck.ocr.reading import ocr_pixels
from casecheck.parsers import run_budgeted, serve

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


@pytest.fixture(scope="module")
def many_pages() -> bytes:
    """A sound PDF whose parse takes tens of milliseconds: far more than a tiny budget."""
    writer = PdfWriter()
    for _ in range(400):
        writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _in_thread(work: Callable[[], Any]) -> Any:
    """``work()`` in a new thread: its result, or the exception it raised."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # noqa: BLE001 - handed to the test to look at
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(120)
    assert outcome, "the thread did not finish"
    return outcome[0]


# --- the CPU budget in this process --------------------------------------------------------

def test_a_stuck_parser_is_interrupted() -> None:
    with pytest.raises(ParseTimeout), cpu_budget(0.05):
        _spin()


def test_except_exception_in_the_parser_does_not_swallow_the_timeout() -> None:
    with pytest.raises(ParseTimeout), cpu_budget(0.05):
        _spin(swallow=True)


def test_a_bare_except_that_swallows_one_alarm_meets_the_next() -> None:
    def parser() -> None:
        try:  # noqa: SIM105 - a careless parser's bare except, spelt out
            _spin()
        except BaseException:  # noqa: BLE001 - the budget's own signal is what is caught
            pass
        _spin()

    with pytest.raises(ParseTimeout), cpu_budget(0.05):
        parser()


class _SpinsWhenCollected:
    """An object whose finalizer works past the budget: Python prints an exception raised in
    a ``__del__`` (or a garbage-collector callback, where CI once lost one) instead of
    raising it."""

    def __del__(self) -> None:
        _spin()


def _lost_exceptions(monkeypatch: pytest.MonkeyPatch) -> list[type[BaseException] | None]:
    lost: list[type[BaseException] | None] = []
    monkeypatch.setattr("sys.unraisablehook", lambda unraisable: lost.append(unraisable.exc_type))
    return lost


def test_a_timeout_lost_where_python_cannot_raise_still_ends_the_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lost = _lost_exceptions(monkeypatch)
    with pytest.raises(ParseTimeout), cpu_budget(0.02):
        _SpinsWhenCollected()  # collected at once: its __del__ runs inside the block
    assert lost == [ParseTimeout]


def test_a_timeout_swallowed_for_good_still_ends_the_block() -> None:
    def parser() -> None:
        while True:
            try:
                _spin()
                return
            except BaseException:  # noqa: BLE001 - the budget's own signal is what is caught
                return

    with pytest.raises(ParseTimeout), cpu_budget(0.05):
        parser()


def test_an_error_a_parser_makes_of_the_timeout_is_the_timeout() -> None:
    def parser() -> None:
        try:
            _spin()
        except BaseException as error:
            raise ValueError("stream ended early") from error  # a repair handler's verdict

    with pytest.raises(ParseTimeout) as raised, cpu_budget(0.05):
        parser()
    assert isinstance(raised.value.__cause__, ValueError)


def test_an_error_of_the_file_within_the_budget_stays_the_file_s() -> None:
    with pytest.raises(ValueError, match="broken"), cpu_budget(5):
        raise ValueError("broken")


def test_the_budget_is_cpu_time_not_the_clock() -> None:
    """A parse that waits (a loaded machine gives it no CPU) has not spent its budget."""
    with cpu_budget(0.05):
        time.sleep(0.3)


def test_another_threads_cpu_time_is_not_the_parses() -> None:
    """The timer counts the whole process; another busy thread (an application's, or a hung
    plugin checker left behind) must not spend the parse's budget."""
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            sum(range(1000))

    worker = threading.Thread(target=busy)
    worker.start()
    try:
        assert in_process()
        with cpu_budget(0.2):
            time.sleep(0.6)  # the other thread spends 0.6 s of CPU meanwhile
        with pytest.raises(ParseTimeout), cpu_budget(0.05):
            _spin()
    finally:
        stop.set()
        worker.join()


def test_no_budget_and_a_finished_block_leave_no_timer() -> None:
    with cpu_budget(None):
        pass
    with cpu_budget(5):
        sum(range(10))
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) is signal.SIG_DFL


def test_timers_due_at_once_never_outlive_their_block() -> None:
    for attempt in range(300):
        try:
            with cpu_budget(1e-6 * (attempt % 30 + 1)):
                sum(range(attempt * 100))
        except ParseTimeout:
            pass
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) is signal.SIG_DFL
    sum(range(1_000_000))  # a timer left armed would raise here


def test_an_outer_timer_is_put_back() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGPROF, lambda *_: fired.append(1))
    signal.setitimer(signal.ITIMER_PROF, 30)
    try:
        with cpu_budget(5):
            pass
        left, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 0 < left <= 30.1  # rounded up to the timer's tick
        assert not fired
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def test_without_a_cpu_timer_a_watchdog_thread_keeps_the_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a parser process does on Windows, where there is no setitimer."""
    monkeypatch.setattr(budget, "HAS_TIMER", False)
    with pytest.raises(ParseTimeout), cpu_budget(0.1):
        _spin(swallow=True)
    with cpu_budget(0.1):
        time.sleep(0.3)
    lost = _lost_exceptions(monkeypatch)
    with pytest.raises(ParseTimeout), cpu_budget(0.1):
        _SpinsWhenCollected()
    assert lost == [ParseTimeout]
    assert not [t for t in threading.enumerate() if t.name == "casecheck parse budget"]
    assert not in_process(), "without a timer a parse goes to a parser process"


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="RLIMIT_AS is read on Linux")
def test_the_memory_budget_bounds_what_a_parse_may_allocate() -> None:
    with pytest.raises(MemoryError), memory_budget(64 << 20):
        bytearray(256 << 20)
    assert len(bytearray(256 << 20)) == 256 << 20  # the limit is put back


def test_a_timeout_is_tried_once_more_before_it_counts() -> None:
    calls: list[int] = []

    def once(data: bytes) -> parsers.Parsed:
        calls.append(1)
        if len(calls) == 1:
            raise ParseTimeout
        return {"pages": 1}, b""

    assert run_budgeted(once, b"", seconds=5) == ({"pages": 1}, b"")
    calls.clear()

    def always(data: bytes) -> parsers.Parsed:
        calls.append(1)
        raise ParseTimeout

    with pytest.raises(ParseTimeout):
        run_budgeted(always, b"", seconds=5)
    assert len(calls) == 2


# --- off the main thread: parser processes -------------------------------------------------

def test_off_the_main_thread_a_parse_gives_the_same_facts(many_pages: bytes) -> None:
    here = inspect_pdf(many_pages)
    there = _in_thread(lambda: run_budgeted(parsed_facts, many_pages, "application/pdf", 1000,
                                            seconds=5, imports=("pypdf",)))
    assert there == (here, b"")
    assert here["pdf_pages"] == 400


def test_off_the_main_thread_the_budget_holds(many_pages: bytes) -> None:
    outcome = _in_thread(lambda: run_budgeted(parsed_facts, many_pages, "application/pdf",
                                              1000, seconds=0.001, imports=("pypdf",)))
    assert isinstance(outcome, ParseTimeout)


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="RLIMIT_AS is read on Linux")
def test_off_the_main_thread_a_parse_has_a_memory_budget() -> None:
    from made_files import blank_png

    image = blank_png(6000, 6000)  # 144 MB as RGBA, 36 MB once grey
    facts, pixels = _in_thread(lambda: run_budgeted(ocr_pixels, image, 40_000_000, seconds=30,
                                                    memory=32 << 20))
    assert "MemoryError" in facts["error"] and pixels == b""
    facts, pixels = _in_thread(lambda: run_budgeted(ocr_pixels, image, 40_000_000, seconds=30))
    assert facts == {"size": [6000, 6000], "scale": 1.0} and len(pixels) == 36_000_000


def test_validate_on_worker_threads_reports_a_timeout_for_every_case(
    tmp_path: Path, many_pages: bytes,
) -> None:
    """Eight threads at once: each parse is budgeted, and no more parser processes run than
    there are cores."""
    folders = []
    for number in range(8):
        folder = tmp_path / f"case-{number}"
        (folder / "attachments").mkdir(parents=True)
        (folder / "attachments" / "pod.pdf").write_bytes(many_pages + b" " * number)
        (folder / "case.toml").write_text(
            'type = "technical-issue"\nmarketplace = "US"\n'
            '[[attachments]]\npath = "attachments/pod.pdf"\nkind = "other"\n', encoding="utf-8")
        folders.append(folder)
    casecheck.attachments.clear_memo()
    results: dict[int, list[str]] = {}

    def check(number: int) -> None:
        report = validate(folders[number], config=Config(select=("A005",), parse_timeout=0.001))
        results[number] = [f.data.get("problem") for f in report.findings]

    threads = [threading.Thread(target=check, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert results == {number: ["timeout"] for number in range(8)}
    assert len(parsers._parsers.idle) <= (parsers.os.cpu_count() or 1)


# --- the parser process itself -------------------------------------------------------------

def test_a_parser_process_that_cannot_start_is_casecheck_s_failure_not_the_file_s(
    many_pages: bytes, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parsers.sys, "executable", "/bin/false")
    monkeypatch.setattr(parsers, "_parsers", parsers._ParserProcesses())
    outcome = _in_thread(lambda: run_budgeted(parsed_facts, many_pages, "application/pdf",
                                              1000, seconds=5))
    assert isinstance(outcome, RuntimeError) and "no parser process" in str(outcome)


def _request(function: str, data: bytes, *args: Any, seconds: float = 5) -> bytes:
    head = json.dumps({"function": function, "args": list(args), "seconds": seconds,
                       "memory": None, "imports": []}).encode()
    return struct.pack(">II", len(head), len(data)) + head + data


def _replies(stream: bytes) -> list[dict[str, Any]]:
    replies, at = [], 0
    while at < len(stream):
        head, payload = struct.unpack_from(">II", stream, at)
        replies.append(json.loads(stream[at + 8:at + 8 + head]))
        at += 8 + head + payload
    return replies


def test_a_parser_process_runs_casecheck_functions_only(many_pages: bytes) -> None:
    requests = io.BytesIO(
        _request("casecheck.attachments:parsed_facts", many_pages, "application/pdf", 1000)
        + _request("os:system", b"", "touch owned-by-a-stranger")
        + _request("casecheck.attachments:parsed_facts", many_pages, "application/pdf", 1000,
                   seconds=0.001)
    )
    replies = io.BytesIO()
    previous = signal.getsignal(signal.SIGINT)
    try:
        serve(requests, replies)
    finally:
        signal.signal(signal.SIGINT, previous)
    ready, first, refused, stuck = _replies(replies.getvalue())
    assert ready == {"status": "ready"}
    assert first == {"status": "ok", "value": inspect_pdf(many_pages)}
    assert refused == {"status": "error", "error": "ValueError: os:system is not a casecheck "
                                                   "function"}
    assert stuck == {"status": "timeout"}
