"""What the parse budget costs per attachment: in this process, and in a parser process.

    PYTHONPATH=src python bench/bench_budget.py [REPEATS]

Each way inspects the same PDF and the same PNG (in memory) REPEATS times; the floor is the
bare inspection with no budget, measured in the same run, the ways interleaved so that a burst
of load on a shared machine hits all of them alike. Prints medians in ms and the ratio to the
floor, then what starting a parser process costs (the first parse of a process that is not its
main thread's only thread), then the old PNG check (Pillow decodes the whole image) against
the new one (the image data decompressed in steps) on a screenshot and on a 1 x 89,000,000 px
PNG, each in a fresh process for its peak memory.
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfWriter

from casecheck import parsers
from casecheck.attachments import PDF_MIME, PNG_MIME, parsed_facts
from casecheck.budget import cpu_budget, memory_budget
from casecheck.parsers import run_budgeted

MAX_PIXELS = 89_478_485


def sample_pdf() -> bytes:
    writer = PdfWriter()
    for _ in range(10):
        writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sample_png() -> bytes:
    image = Image.effect_noise((1400, 900), 40).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def tall_png(height: int = 89_000_000) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return len(body).to_bytes(4, "big") + kind + body + crc.to_bytes(4, "big")

    compressor = zlib.compressobj(9)
    rows = b"\x00\x00" * 1_000_000
    idat = b"".join(compressor.compress(rows) for _ in range(height // 1_000_000))
    idat += compressor.flush()
    header = (1).to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([1, 0, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat)
            + chunk(b"IEND", b""))


def in_a_thread(run: Callable[[], object]) -> Callable[[], object]:
    """``run`` from a worker thread: what an application's thread pool does."""
    def threaded() -> object:
        outcome: list[object] = []
        worker = threading.Thread(target=lambda: outcome.append(run()))
        worker.start()
        worker.join()
        return outcome[0]

    return threaded


def ways(mime: str, data: bytes) -> dict[str, Callable[[], object]]:
    def floor() -> object:
        return parsed_facts(data, mime, MAX_PIXELS)

    def here() -> object:  # what run_budgeted does on the main thread
        return run_budgeted(parsed_facts, data, mime, MAX_PIXELS, seconds=5.0)

    def thread_floor() -> object:
        return in_a_thread(floor)()

    def parser_process() -> object:
        return in_a_thread(lambda: run_budgeted(parsed_facts, data, mime, MAX_PIXELS,
                                                seconds=5.0))()

    return {"floor (no budget)": floor, "here: CPU timer + RLIMIT_AS": here,
            "a thread, no budget": thread_floor, "a thread: parser process": parser_process}


def medians(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    for run in runs.values():
        run()  # imports, a warm parser process
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def parser_start(repeats: int) -> float:
    """Median ms from nothing to the first answer of a new parser process."""
    data = sample_pdf()
    header = {"function": "casecheck.attachments:parsed_facts", "args": [PDF_MIME, MAX_PIXELS],
              "seconds": 5.0, "memory": None, "imports": ["pypdf"]}
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        process = parsers._ParserProcess()
        process.ask(header, data, 60.0)
        times.append(time.perf_counter() - started)
        process.close()
    return statistics.median(times) * 1000


_PROBE = """
import io, resource, sys, time
from pathlib import Path
from PIL import Image, PngImagePlugin
from casecheck.attachments import inspect_png
Image.MAX_IMAGE_PIXELS = None
data = Path(sys.argv[2]).read_bytes()
started = time.process_time()
if sys.argv[1] == "pillow":
    with Image.open(io.BytesIO(data)) as image:
        image.load()
else:
    inspect_png(data, 89_478_485)
print(time.process_time() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def png_check(way: str, path: Path) -> tuple[float, float]:
    """(CPU seconds, peak MB) of checking the PNG at ``path`` the old way or the new."""
    done = subprocess.run([sys.executable, "-c", _PROBE, way, str(path)], check=True,
                          capture_output=True, text=True, env=os.environ)
    seconds, peak = done.stdout.split()
    return float(seconds), int(peak) / 1024


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    empty = 10_000
    started = time.perf_counter()
    for _ in range(empty):
        with memory_budget(1 << 30), cpu_budget(5.0):
            pass
    print(f"arming and disarming the CPU timer and the memory limit alone: "
          f"{(time.perf_counter() - started) / empty * 1e6:.1f} µs")
    files: dict[str, Any] = {PDF_MIME: sample_pdf(), PNG_MIME: sample_png()}
    for mime, data in files.items():
        results = medians(ways(mime, data), repeats)
        floor = results["floor (no budget)"]
        print(f"{mime}: {len(data):,} bytes; medians of {repeats}")
        for name, value in results.items():
            print(f"  {name:32} {value:8.2f} ms  x{value / floor:.2f}  (+{value - floor:.2f} ms)")
    print(f"a new parser process, to its first answer: {parser_start(5):.0f} ms (median of 5)")
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / "casecheck-bench-budget"
    folder.mkdir(exist_ok=True)
    for name, data in (("screenshot", files[PNG_MIME]), ("1 x 89,000,000", tall_png())):
        path = folder / "probe.png"
        path.write_bytes(data)
        old, new = png_check("pillow", path), png_check("casecheck", path)
        print(f"PNG check, {name} ({len(data):,} bytes): Pillow load {old[0]:.2f} s CPU, "
              f"{old[1]:.0f} MB peak; in steps {new[0]:.2f} s CPU, {new[1]:.0f} MB peak")


if __name__ == "__main__":
    main()
