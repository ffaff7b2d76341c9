"""What the defences against hostile repositories cost, against the floor measured in the same
run (issue 15: sealed cache entries, folders walked without following links, a time budget
and output validation per checker).

    PYTHONPATH=src python bench/hostile_overhead.py [--folders 200] [--repeat 7]

Times, as medians of ``--repeat`` runs in this process, in CPU time (series interleaved, so
that a burst of load on a shared machine hits each alike):

- reading and writing one case entry sealed (HMAC, O_NOFOLLOW walk by descriptor) against a
  plain ``json`` read of the same bytes and an unsealed write by rename (the floor);
- a warm ``check_paths`` over ``--folders`` folders (every case a cache hit) against the same
  run with the entries read and written plainly;
- checking the same folders without a cache, with each checker timed and its output
  validated, against the same run with both switched off.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from casecheck import Config, check_paths
from casecheck import engine as engine_module
from casecheck.attachments import clear_memo
from casecheck.sealed import CacheFolder

NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
MANIFEST = (
    'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "customer-return"\n'
    'subject = "Order 113-4839201-{n:07}: return not refunded"\n'
    '[ids]\norder_ids = ["113-4839201-{n:07}"]\n'
)
"""Every case about an order of its own: the history rules find no duplicates to list."""


def _folders(top: Path, count: int) -> list[Path]:
    old = time.time() - 3600
    folders = []
    for n in range(count):
        folder = top / f"case-{n:04}"
        folder.mkdir(parents=True)
        (folder / "case.toml").write_text(MANIFEST.format(n=n))
        (folder / "message.md").write_text(
            f"Order 113-4839201-{n:07} was returned on 2026-11-02 and not refunded.\n")
        for path in (folder, *folder.iterdir()):
            os.utime(path, (old, old))
        folders.append(folder)
    return folders


def _median(run: Callable[[], object], repeat: int) -> float:
    """Median CPU time of this process: on a shared machine wall time follows the load."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


@contextmanager
def _plain_entries() -> Iterator[None]:
    """Entries read and written as before issue 15: json by path, written by rename."""
    read, write = CacheFolder.read_json, CacheFolder.write_json

    def plain_read(self: CacheFolder, parts: Any) -> Any:
        try:
            return json.loads(self.path.joinpath(*parts).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def plain_write(self: CacheFolder, parts: Any, value: Any) -> bool:
        path = self.path.joinpath(*parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(".tmp-" + path.name)
        scratch.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        scratch.replace(path)
        return True

    CacheFolder.read_json, CacheFolder.write_json = plain_read, plain_write  # type: ignore[method-assign]
    try:
        yield
    finally:
        CacheFolder.read_json, CacheFolder.write_json = read, write  # type: ignore[method-assign]


@contextmanager
def _unguarded_checkers() -> Iterator[None]:
    """Checkers run bare: no time budget, no validation of what they hand back."""
    unfit = engine_module._unfit
    engine_module._unfit = lambda item, unit: None  # type: ignore[assignment]
    try:
        yield
    finally:
        engine_module._unfit = unfit


def _entry_costs(store: Path, repeat: int) -> dict[str, float]:
    folder = CacheFolder(store, named=True)
    document = {"casecheck": "0", "key": "k" * 64,
                "value": [{"code": "I001", "message": "x" * 120, "data": {"value": "12"}}] * 4}
    parts = ["0", "cases", "k" * 64 + ".json"]
    rounds = 2000

    def sealed_write() -> None:
        for _ in range(rounds):
            folder.write_json(parts, document)

    def sealed_read() -> None:
        for _ in range(rounds):
            folder.read_json(parts)

    with _plain_entries():
        plain_folder = CacheFolder(store / "plain", named=True)

        def plain_write() -> None:
            for _ in range(rounds):
                plain_folder.write_json(parts, document)

        def plain_read() -> None:
            for _ in range(rounds):
                plain_folder.read_json(parts)

        plain_write()
        floor_write = _median(plain_write, repeat) / rounds
        floor_read = _median(plain_read, repeat) / rounds
    sealed_write()
    return {
        "entry write, plain (floor)": floor_write, "entry write, sealed": _median(
            sealed_write, repeat) / rounds,
        "entry read, plain (floor)": floor_read, "entry read, sealed": _median(
            sealed_read, repeat) / rounds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folders", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casecheck-hostile-bench-") as scratch:
        top = Path(scratch)
        os.environ["XDG_CACHE_HOME"] = str(top / "user-cache")  # the key, not the user's
        folders = _folders(top / "cases", args.folders)
        config = Config(now=NOW, ocr=False)
        results = _entry_costs(top / "entries", args.repeat)

        def warm(store: Path) -> Callable[[], object]:
            def run() -> object:
                clear_memo()
                return check_paths(folders, config=config, cache=store)
            return run

        sealed_store, plain_store = top / "sealed", top / "plain"
        warm(sealed_store)()
        with _plain_entries():
            warm(plain_store)()
        sealed_times, plain_times, bare_times, guarded_times = [], [], [], []
        cold = Config(now=NOW, ocr=False, checker_timeout=None)
        for _ in range(args.repeat):
            sealed_times.append(_median(warm(sealed_store), 1))
            with _plain_entries():
                plain_times.append(_median(warm(plain_store), 1))
            guarded_times.append(_median(lambda: check_paths(folders, config=config), 1))
            with _unguarded_checkers():
                bare_times.append(_median(lambda: check_paths(folders, config=cold), 1))
        results.update({
            f"warm run of {args.folders}, plain entries (floor)": statistics.median(plain_times),
            f"warm run of {args.folders}, sealed entries": statistics.median(sealed_times),
            f"no-cache run of {args.folders}, bare checkers (floor)": statistics.median(
                bare_times),
            f"no-cache run of {args.folders}, timed and validated": statistics.median(
                guarded_times),
        })
    width = max(map(len, results))
    names = list(results)
    for index, name in enumerate(names):
        value = results[name]
        ratio = "" if "floor" in name else f"  x{value / results[names[index - 1]]:.3f}"
        unit = f"{value * 1e6:9.1f} us" if value < 0.01 else f"{value * 1e3:9.1f} ms"
        print(f"{name:<{width}}  {unit}{ratio}")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
