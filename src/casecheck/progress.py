"""A progress bar on a terminal's stderr for long runs; nothing at all anywhere else."""

from __future__ import annotations

import os
import time
from typing import TextIO

MIN_FOLDERS = 50
"""Runs over fewer folders end before a bar would tell anything (about a second cold)."""
REDRAW_SECONDS = 0.1
WIDTH = 30


def wanted(stream: TextIO, output_format: str) -> bool:
    """A bar only for people: a terminal, the text format, and not in CI (whose logs keep every
    carriage return as a line)."""
    return output_format == "text" and stream.isatty() and not os.environ.get("CI")


class ProgressBar:
    """``bar(done, total)`` redraws at most ten times a second; ``close()`` erases it."""

    def __init__(self, stream: TextIO, label: str = "checking") -> None:
        self.stream = stream
        self.label = label
        self.drawn = False
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if total < MIN_FOLDERS:
            return
        now = time.monotonic()
        if done < total and now - self.last < REDRAW_SECONDS:
            return
        self.last = now
        filled = WIDTH * done // total
        bar = "#" * filled + "-" * (WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total} case folders")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.drawn = False
