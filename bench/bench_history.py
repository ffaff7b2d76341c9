"""How much the history rules cost on a case repository of N folders.

Writes N reimbursement cases (every tenth pair shares a shipment ID) to a temporary folder,
then times `check_paths` with only I001 selected (the floor: discovery, loading, one cheap
rule) and with only the H rules selected (the floor plus the manifest-only repository scan
and the duplicate lookups). Prints medians of REPEAT runs and their ratio.

    PYTHONPATH=src python bench/bench_history.py [N] [REPEAT]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from casecheck import Config, check_paths

MANIFEST = """type = "fba-reimbursement"
marketplace = "US"
claim_kind = "inbound-lost"
status = "{status}"
shipped_at = 2026-10-01

[ids]
shipment_ids = ["FBA{number:09d}"]
"""


def write_repository(root: Path, count: int) -> None:
    for index in range(count):
        folder = root / f"case-{index:05d}"
        folder.mkdir()
        number = index - 1 if index % 10 == 1 else index  # every tenth pair is a duplicate
        status = "resolved" if index % 3 == 0 else "draft"
        (folder / "case.toml").write_text(MANIFEST.format(status=status, number=number))


def median_seconds(root: Path, select: tuple[str, ...], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        check_paths([root], config=Config(select=select, now=None))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        write_repository(root, count)
        floor = median_seconds(root, ("I001",), repeat)
        history = median_seconds(root, ("H",), repeat)
    print(f"{count} cases, median of {repeat}: floor (I001) {floor:.3f} s, "
          f"history (H) {history:.3f} s, ratio {history / floor:.2f}")


if __name__ == "__main__":
    main()
