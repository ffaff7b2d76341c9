"""How long does the command line take to start, against Python's own start in the same run?

    python bench/startup.py [--repeat 30]

Times, as separate processes, interleaved so that load hits every series alike:

- ``python -c pass``: the floor;
- ``casecheck --version``: asked on every hook install and by shells (goal: median within 1.3x
  of the floor);
- ``casecheck --help``: builds the whole parser (catalog, plugins' entry points), no pydantic;
- ``python -c "import casecheck"``.

Prints the median and the ratio of medians to the floor, and the median of the per-round
ratios (robust to drift), with the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMAND = shutil.which("casecheck", path=str(Path(sys.executable).parent)) or ""
"""The console script installed beside this Python, as users run it (a version manager's shim
on PATH would add its own start-up; ``python -m casecheck`` adds runpy's)."""
CASECHECK = [COMMAND] if COMMAND else [sys.executable, "-m", "casecheck"]
SERIES = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "casecheck --version": [*CASECHECK, "--version"],
    "casecheck --help": [*CASECHECK, "--help"],
    "import casecheck": [sys.executable, "-c", "import casecheck"],
}


def _once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    times: dict[str, list[float]] = {name: [] for name in SERIES}
    for command in SERIES.values():  # warm the page cache and the .pyc files
        _once(command)
    for _ in range(args.repeat):
        for name, command in SERIES.items():
            times[name].append(_once(command))
    floor = times["python -c pass"]
    print(f"load average {load_before:.2f} -> {os.getloadavg()[0]:.2f}, {args.repeat} rounds")
    for name, series in times.items():
        ratios = [t / f for t, f in zip(series, floor, strict=True)]
        print(f"{name:<22} median {statistics.median(series) * 1000:7.1f} ms"
              f"   x floor: {statistics.median(series) / statistics.median(floor):5.2f}"
              f" (median of ratios {statistics.median(ratios):5.2f})")


if __name__ == "__main__":
    main()
