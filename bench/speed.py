"""How fast is casecheck, against the floor measured in the same run?

    PYTHONPATH=src python bench/speed.py [--folders 200] [--repeat 3]

Generates case folders of 2 image PDFs and 3 PNGs (1400 x 900, every file unique) in a
temporary directory, then times, as separate processes and as medians of ``--repeat`` runs:

- cold ``casecheck check --jobs 1`` (empty cache) against a reference script that does the
  same work directly on the libraries (libmagic on the header, Pillow ``verify()`` and
  ``load()`` per PNG, pypdf open and page count per PDF);
- the warm re-run against the cold run;
- cold ``--jobs 2`` against cold ``--jobs 1``;
- ``python -c "import casecheck"`` against ``python -c "import pydantic"``;
- peak memory (max RSS) of a cold run over a quarter of the folders and over all of them.

The machine's load average is printed beside the numbers: other processes slow every
measurement, which is why each ratio compares runs taken in the same minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PNG_SIZE = (1400, 900)
TARGETS = {
    "cold / reference": ("<=", 1.3),
    "warm / cold": ("<=", 0.15),
    "jobs 1 / jobs 2 (speed-up)": (">=", 1.7),
    "import casecheck / import pydantic": ("<=", 1.5),
    "memory all / memory quarter": ("<=", 1.2),
}


# --- the folders -------------------------------------------------------------------------------

def _screenshot(seed: int):  # type: ignore[no-untyped-def]
    """A page-like image: flat panels and text lines (compress well, like real screenshots),
    plus a patch of noise so that no two files share content."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", PNG_SIZE, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, PNG_SIZE[0], 60), fill=(35, 47, 62))
    draw.text((20, 20), f"https://sellercentral.amazon.com/case/{seed}", fill="white")
    for row in range(30):
        y = 90 + row * 26
        colour = tuple(rng.randrange(0, 120) for _ in range(3))
        draw.text((40, y), f"FBA15C8KQ2ZP unit {seed}-{row} " * rng.randint(1, 4), fill=colour)
    for _ in range(12):
        x, y = rng.randrange(0, 1200), rng.randrange(80, 800)
        draw.rectangle((x, y, x + rng.randrange(40, 200), y + rng.randrange(20, 90)),
                       outline=tuple(rng.randrange(256) for _ in range(3)), width=2)
    noise = Image.frombytes("RGB", (120, 120), rng.randbytes(120 * 120 * 3))
    image.paste(noise, (PNG_SIZE[0] - 140, PNG_SIZE[1] - 140))
    return image


def _make_folder(args: tuple[Path, int]) -> None:
    folder, number = args
    (folder / "attachments").mkdir(parents=True)
    kinds = [("box-labels.pdf", "box-label"), ("pod.pdf", "carrier-proof"),
             ("summary.png", "shipment-summary"), ("inventory.png", "other"),
             ("ledger.png", "sales-history")]
    for index, (name, _) in enumerate(kinds):
        image = _screenshot(number * 10 + index)
        if name.endswith(".pdf"):
            image.save(folder / "attachments" / name, "PDF", resolution=150)
        else:
            image.save(folder / "attachments" / name, "PNG")
    listed = "".join(
        f'\n[[attachments]]\npath = "attachments/{name}"\nkind = "{kind}"\n' for name, kind in kinds
    )
    (folder / "case.toml").write_text(
        'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
        'subject = "Inbound shipment FBA15C8KQ2ZP: 12 units lost"\n'
        'submit_at = 2026-11-24T10:00:00-05:00\nshipped_at = 2026-10-01\n'
        f'[ids]\nshipment_ids = ["FBA15C8KQ2ZP"]\n{listed}',
        encoding="utf-8",
    )
    (folder / "message.md").write_text(
        f"Shipment FBA15C8KQ2ZP ({number}) arrived with 12 units missing.\n", encoding="utf-8"
    )


def generate(root: Path, folders: int) -> list[Path]:
    (root / "pyproject.toml").write_text("[project]\nname = 'bench-cases'\n")
    paths = [root / "cases" / f"case-{n:04d}" for n in range(folders)]
    with Pool(os.cpu_count()) as pool:
        pool.map(_make_folder, [(path, n) for n, path in enumerate(paths)], chunksize=8)
    # A checked-out repository's files are old; files seconds old are not cached (racy mtime).
    old = time.time() - 3600
    for path in (root / "cases").rglob("*"):
        os.utime(path, (old, old))
    return paths


# --- the reference -------------------------------------------------------------------------------

def reference(root: Path) -> None:
    """The floor: the same checks, directly on the libraries, no casecheck."""
    import io

    import magic
    from PIL import Image
    from pypdf import PdfReader

    for manifest in sorted(root.rglob("case.toml")):
        folder = manifest.parent
        for attachment in tomllib.loads(manifest.read_text(encoding="utf-8"))["attachments"]:
            data = (folder / attachment["path"]).read_bytes()
            mime = magic.from_buffer(data[:2048], mime=True)
            if mime == "image/png":
                with Image.open(io.BytesIO(data)) as image:
                    image.verify()
                with Image.open(io.BytesIO(data)) as image:
                    image.load()
            elif mime == "application/pdf":
                assert len(PdfReader(io.BytesIO(data), strict=False).pages) > 0


# --- timing ------------------------------------------------------------------------------------

def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CI": "true"}
    env.pop("CASECHECK_CACHE_DIR", None)
    return env


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=_env(), stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def peak_kib(command: list[str]) -> int:
    """Max RSS of ``command``'s process tree, measured by a fresh parent (RUSAGE_CHILDREN keeps
    the largest child ever waited for, so every measurement needs its own parent)."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], env=_env(),
                          capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


def _importer(python: str, module: str) -> Callable[[], float]:
    return lambda: timed([python, "-c", f"import {module}"])


def median_of(repeat: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    samples = [measure() for _ in range(repeat)]
    return statistics.median(samples), samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folders", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reference", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this directory")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args()
    if args.reference is not None:
        reference(args.reference)
        return 0

    temporary = None
    if args.keep is None:
        temporary = tempfile.mkdtemp(prefix="casecheck-bench-")
        root = Path(temporary)
    else:
        root = args.keep
        root.mkdir(parents=True, exist_ok=True)
    try:
        return _bench(root, args)
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


def _bench(root: Path, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if (root / "cases").is_dir():
        folders = sorted((root / "cases").iterdir())
    else:
        folders = generate(root, args.folders)
    size = sum(p.stat().st_size for p in (root / "cases").rglob("*") if p.is_file())
    print(f"{len(folders)} folders x 5 attachments, {size / 1e6:.0f} MB, generated in "
          f"{time.perf_counter() - started:.0f} s; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.2f}")
    cache = root / "cache"
    python = sys.executable
    casecheck = [python, "-m", "casecheck", "check", str(root / "cases"), "--no-ocr",
                 "--format", "json", "--cache-dir", str(cache)]

    def cold(jobs: int) -> Callable[[], float]:
        def run() -> float:
            shutil.rmtree(cache, ignore_errors=True)
            return timed([*casecheck, "--jobs", str(jobs)])
        return run

    def warm(jobs: int) -> Callable[[], float]:
        def run() -> float:
            if not cache.exists():
                timed([*casecheck, "--jobs", str(jobs)])
            return timed([*casecheck, "--jobs", str(jobs)])
        return run

    # Interleaved, so that a burst of load from other processes hits every series alike.
    series: dict[str, list[float]] = {name: [] for name in (
        "reference", "cold jobs 1", "cold jobs 2", "warm jobs 1", "warm jobs 2")}
    for _ in range(args.repeat):
        series["reference"].append(timed([python, __file__, "--reference", str(root / "cases")]))
        series["cold jobs 1"].append(cold(1)())
        series["warm jobs 1"].append(warm(1)())
        series["cold jobs 2"].append(cold(2)())
        series["warm jobs 2"].append(warm(2)())
    imports = {
        name: median_of(max(9, args.repeat), _importer(python, name))
        for name in ("pydantic", "casecheck")
    }
    quarter = [str(f) for f in folders[: max(1, len(folders) // 4)]]
    shutil.rmtree(cache, ignore_errors=True)
    memory_quarter = peak_kib([*casecheck[:4], *quarter, *casecheck[5:], "--jobs", "1",
                               "--no-cache"])
    memory_all = peak_kib([*casecheck, "--jobs", "1", "--no-cache"])

    medians = {name: statistics.median(samples) for name, samples in series.items()}
    for name, samples in series.items():
        shown = ", ".join(f"{s:.2f}" for s in samples)
        print(f"  {name:<22} median {medians[name]:7.2f} s   ({shown})")
    for name, (value, _) in imports.items():
        print(f"  import {name:<15} median {value * 1000:7.0f} ms")
    print(f"  peak RSS, {len(quarter)} folders    {memory_quarter / 1024:7.0f} MiB")
    print(f"  peak RSS, {len(folders)} folders   {memory_all / 1024:7.0f} MiB")

    ratios = {
        "cold / reference": medians["cold jobs 1"] / medians["reference"],
        "warm / cold": medians["warm jobs 1"] / medians["cold jobs 1"],
        "jobs 1 / jobs 2 (speed-up)": medians["cold jobs 1"] / medians["cold jobs 2"],
        "import casecheck / import pydantic": imports["casecheck"][0] / imports["pydantic"][0],
        "memory all / memory quarter": memory_all / memory_quarter,
    }
    print(f"ratios (load average now {os.getloadavg()[0]:.2f}):")
    failed = 0
    for name, value in ratios.items():
        sense, target = TARGETS[name]
        ok = value <= target if sense == "<=" else value >= target
        failed += not ok
        print(f"  {name:<36} {value:6.2f}   target {sense} {target}   {'ok' if ok else 'MISSED'}")
    if args.json is not None:
        args.json.write_text(json.dumps({
            "series": series, "medians": medians, "ratios": ratios,
            "imports": {k: v[1] for k, v in imports.items()},
            "peak_kib": {"quarter": memory_quarter, "all": memory_all},
        }, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
