"""What the history rules cost where issue 14 found them wanting: a case checked alone in a
repository (the pre-commit hook's view), and many cases about one shipment.

1. ``alone``: a project (a ``.git`` folder) of N reimbursement cases; one of them is checked
   by itself, as pre-commit passes it. The floor selects I001 only (load and one cheap rule);
   the history run selects H, which reads the N - 1 other manifests (never their messages),
   and again with the cache, whose history index spares the parse of unchanged manifests.
2. ``shared``: N cases that all name one shipment ID, checked together with H selected: one
   H001 per case (before: one per pair, N * (N - 1)), against the same floor.

    PYTHONPATH=src python bench/bench_duplicates.py [N] [REPEAT]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from casecheck import Config, check_paths

MANIFEST = """type = "fba-reimbursement"
marketplace = "US"
claim_kind = "inbound-lost"
shipped_at = 2026-10-01

[ids]
shipment_ids = ["FBA{number:09d}"]
"""


def write_cases(root: Path, count: int, *, shared: bool) -> list[Path]:
    folders = []
    for index in range(count):
        folder = root / f"case-{index:05d}"
        folder.mkdir(parents=True)
        (folder / "case.toml").write_text(MANIFEST.format(number=0 if shared else index))
        (folder / "message.md").write_text(f"Shipment FBA{index:09d} lost 12 units.\n")
        folders.append(folder)
    old = time.time() - 3600  # as a checkout leaves them: old enough to be cached
    for path in root.rglob("*"):
        os.utime(path, (old, old))
    return folders


def timed(paths: Sequence[Path], select: tuple[str, ...], repeat: int,
          cache: Path | bool = False) -> tuple[float, int]:
    """Median seconds of ``repeat`` runs, and the number of warnings of the last one."""
    times = []
    warnings = 0
    for _ in range(repeat):
        start = time.perf_counter()
        run = check_paths(paths, config=Config(select=select), cache=cache)
        times.append(time.perf_counter() - start)
        warnings = run.summary()["warning"]
    return statistics.median(times), warnings


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as temporary:
        project = Path(temporary) / "alone"
        folders = write_cases(project, count, shared=False)
        (project / ".git").mkdir()
        floor, _ = timed([folders[-1]], ("I001",), repeat)
        history, _ = timed([folders[-1]], ("H",), repeat)
        store = Path(temporary) / "store"
        timed([folders[-1]], ("H",), 1, cache=store)  # builds the index
        indexed, _ = timed([folders[-1]], ("H",), repeat, cache=store)
        print(f"alone: 1 case of {count}, median of {repeat}: floor (I001) {floor * 1000:.1f} ms,"
              f" history (H) {history * 1000:.1f} ms, ratio {history / floor:.2f}; with the"
              f" cached index {indexed * 1000:.1f} ms, ratio {indexed / floor:.2f}")
        together = Path(temporary) / "shared"
        write_cases(together, count, shared=True)
        floor, _ = timed([together], ("I001",), repeat)
        history, warnings = timed([together], ("H",), repeat)
        print(f"shared: {count} cases, one shipment, median of {repeat}: floor (I001) "
              f"{floor:.3f} s, history (H) {history:.3f} s, ratio {history / floor:.2f}, "
              f"{warnings} warnings")


if __name__ == "__main__":
    main()
