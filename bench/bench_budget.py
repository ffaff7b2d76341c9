"""What a parse budget costs per attachment: SIGALRM in-process versus a worker process.

    PYTHONPATH=src python bench/bench_budget.py [REPEATS]

Each strategy inspects the same PDF and the same PNG (in memory) REPEATS times; the floor is
the bare inspection with no budget, measured in the same run. Prints medians in ms and the
ratio to the floor. The worker strategies send the bytes to a process and wait with a
timeout, which is what killing a stuck parser needs.
"""

from __future__ import annotations

import io
import multiprocessing
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from PIL import Image
from pypdf import PdfWriter

from casecheck.attachments import inspect_pdf, inspect_png
from casecheck.budget import time_budget

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


def inspect(kind: str, data: bytes) -> dict[str, object]:
    return inspect_pdf(data) if kind == "pdf" else inspect_png(data, MAX_PIXELS)


def median_ms(run: Callable[[], object], repeats: int) -> float:
    run()  # imports and caches warm
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    files = {"pdf": sample_pdf(), "png": sample_png()}
    empty = 10_000
    started = time.perf_counter()
    for _ in range(empty):
        with time_budget(5.0):
            pass
    print(f"arming and disarming the alarm alone: "
          f"{(time.perf_counter() - started) / empty * 1e6:.1f} µs")
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(1, mp_context=fork) as pool:
        for kind, data in files.items():
            floor = median_ms(lambda k=kind, d=data: inspect(k, d), repeats)
            print(f"{kind}: {len(data):,} bytes; floor (no budget) {floor:.2f} ms")
            for name, run in strategies(kind, data, fork, pool).items():
                value = median_ms(run, repeats)
                print(f"  {name:15} {value:8.2f} ms  x{value / floor:.2f}"
                      f"  (+{value - floor:.2f} ms)")


def strategies(kind: str, data: bytes, fork: Any, pool: ProcessPoolExecutor,
               ) -> dict[str, Callable[[], object]]:
    def alarm() -> None:
        with time_budget(5.0):
            inspect(kind, data)

    def process_per_file() -> None:
        process = fork.Process(target=inspect, args=(kind, data))
        process.start()
        process.join(5.0)

    def pooled_worker() -> None:
        pool.submit(inspect, kind, data).result(timeout=5.0)

    return {"SIGALRM budget": alarm, "fork per file": process_per_file,
            "pooled worker": pooled_worker}

if __name__ == "__main__":
    main()
