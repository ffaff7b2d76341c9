"""How fast is casecheck, against the floor measured in the same run?

    PYTHONPATH=src python bench/speed.py [--folders 200] [--repeat 3] [--repository 500]
        [--baseline OTHER-CHECKOUT/src]

Generates case folders of 2 image PDFs and 3 PNGs (1400 x 900, every file unique) in a
temporary directory, then times, as separate processes and as medians of ``--repeat`` runs:

- the floor: Python start-up, ``import casecheck`` and an ``os.stat`` of every file of every
  case; the warm re-run (``--jobs 1`` and ``--jobs 2``, from the folders' cache: the answer
  path's entries are removed first, so the run stores its answer) against it and against the
  cold run; and the answer path (the same run again, nothing changed) against both;
- cold ``casecheck check --jobs 1`` (empty cache) against a reference script that does the
  same work directly on the libraries (libmagic on the header and a SHA-256 per file, Pillow
  ``verify()`` and ``load()`` per PNG, pypdf open, encryption, page count and the places
  active content sits per PDF);
- cold ``--jobs 2`` against cold ``--jobs 1``;
- pre-commit on one changed case of a repository of ``--repository`` small cases (manifest and
  message, history rules on, warm cache), and of half as many: the growth with the repository;
- 200 small cases that all share one shipment ID against 200 with IDs of their own, re-checked
  (warm) with every rule: H001 names every other case, and should cost about as much;
- ``python -c "import casecheck"`` against ``python -c "import pydantic"``;
- peak memory (max RSS) of a cold run over a quarter of the folders and over all of them.

Each time is given as wall time and as CPU time (user + system of the process and its
workers). The targets are for wall time; on a machine shared with other work the wall time
follows the load (printed beside the numbers), while the CPU time barely moves, so the CPU
ratios say what casecheck itself costs. Runs of the series are interleaved, so that a burst of
load hits every series alike. With ``--baseline``, another checkout's casecheck (the commit a
change started from) runs every casecheck series in the same rounds, taking turns to go
first, with its own cache and repositories: a before/after measured under one load.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
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
    "warm jobs 1 / floor": ("<=", 2.0),
    "warm jobs 2 / floor": ("<=", 2.0),
    "warm / cold": ("<=", 0.05),
    "answer / floor": ("<=", 2.0),
    "answer / cold": ("<=", 0.05),
    "pre-commit, 1 of N cases (s)": ("<=", 0.4),
    "pre-commit, N / N/2 cases": ("<", 2.0),
    "H001: one shared ID / own IDs": ("<=", 1.5),
    "cold / reference": ("<=", 1.1),
    "jobs 1 / jobs 2 (speed-up)": (">=", 1.8),
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
    # Every case has a shipment of its own, as in a real repository: one shared ID would make
    # every case a duplicate of every other (H001) and time that instead.
    shipment = f"FBA{number:09d}"
    (folder / "case.toml").write_text(
        'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
        f'subject = "Inbound shipment {shipment}: 12 units lost"\n'
        'submit_at = 2026-11-24T10:00:00-05:00\nshipped_at = 2026-10-01\n'
        f'[ids]\nshipment_ids = ["{shipment}"]\n{listed}',
        encoding="utf-8",
    )
    (folder / "message.md").write_text(
        f"Hello Seller Support,\n\nOur inbound shipment {shipment} was delivered to the"
        " fulfillment center on 8 October with 48 units in 4 boxes. The shipment was closed"
        " with 36 units received, so 12 units are missing. The box labels, the carrier's proof"
        " of delivery and the shipment summary are attached.\n\nPlease investigate the shipment"
        " and reimburse the 12 missing units.\n\nThank you,\nNorthwind Trading\n",
        encoding="utf-8",
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


SMALL_MANIFEST = """type = "fba-reimbursement"
marketplace = "US"
claim_kind = "inbound-lost"
shipped_at = 2026-10-01
submit_at = 2026-11-24T10:00:00-05:00

[ids]
shipment_ids = ["FBA{number:09d}"]
"""


def small_cases(root: Path, count: int, *, shared: bool) -> list[Path]:
    """``count`` cases of a manifest and a message each, in a project (``.git``), old enough
    to be cached; all about shipment 0 when ``shared``, else each about its own."""
    (root / ".git").mkdir(parents=True)
    folders = []
    for index in range(count):
        folder = root / f"case-{index:05d}"
        folder.mkdir()
        (folder / "case.toml").write_text(SMALL_MANIFEST.format(number=0 if shared else index))
        (folder / "message.md").write_text(
            f"Shipment FBA{index:09d} was delivered with 48 units; 36 were received, so 12"
            " units are missing. Please reimburse the 12 missing units.\n")
        folders.append(folder)
    old = time.time() - 3600
    for path in root.rglob("*"):
        os.utime(path, (old, old))
    return folders


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
            hashlib.sha256(data).hexdigest()  # what the duplicate-attachment rule compares
            if mime == "image/png":
                with Image.open(io.BytesIO(data)) as image:
                    image.verify()
                with Image.open(io.BytesIO(data)) as image:
                    image.load()
            elif mime == "application/pdf":
                reader = PdfReader(io.BytesIO(data), strict=False)
                assert not reader.is_encrypted and len(reader.pages) > 0
                # Where a PDF carries what it would run: the catalog, each page, its links.
                catalog = reader.trailer["/Root"].get_object()
                catalog.get("/Names")
                catalog.get("/OpenAction")
                for page in reader.pages:
                    page.get("/AA")
                    for annotation in page.get("/Annots") or ():
                        annotation.get_object().get("/A")


FLOOR = ("import casecheck, os, sys\n"
         "for folder, _, files in os.walk(sys.argv[1]):\n"
         "    for name in files:\n"
         "        os.stat(os.path.join(folder, name))\n")
"""The least a warm run can cost: Python, ``import casecheck`` and a stat of every file. A
``-c`` script, so that it imports nothing of this bench."""


# --- timing ------------------------------------------------------------------------------------

def _env(source: Path = REPO / "src") -> dict[str, str]:
    """Every timed process runs with bytecode written and read (as an installed package has
    its modules compiled), so that no series pays for compiling casecheck's modules."""
    env = {**os.environ, "PYTHONPATH": str(source), "CI": "true"}
    env.pop("CASECHECK_CACHE_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(command: list[str], cwd: Path | None = None,
          source: Path = REPO / "src") -> tuple[float, float]:
    """Wall time and CPU time (user + system, of the process and the workers it waited for).
    On a shared machine the CPU time barely moves with the load; the wall time does."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=_env(source), stdout=subprocess.DEVNULL, check=False,
                          cwd=cwd)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):  # 1: findings; anything else timed a failure
        raise SystemExit(f"{' '.join(command[:4])}... exited with {done.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


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


def _importer(python: str, module: str,
              source: Path = REPO / "src") -> Callable[[], tuple[float, float]]:
    return lambda: timed([python, "-c", f"import {module}"], source=source)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folders", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--repository", type=int, default=500,
                        help="cases of the pre-commit repository")
    parser.add_argument("--reference", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this directory")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    parser.add_argument("--baseline", type=Path, metavar="SRC",
                        help="also time the casecheck of this source folder (another checkout's"
                             " src), in the same rounds, for a before/after under one load")
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
    for source in (REPO / "src", *([args.baseline] if args.baseline else [])):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(source / "casecheck")],
                       env=_env(source), stdout=subprocess.DEVNULL, check=True)
    if (root / "cases").is_dir():
        folders = sorted((root / "cases").iterdir())
    else:
        folders = generate(root, args.folders)
    size = sum(p.stat().st_size for p in (root / "cases").rglob("*") if p.is_file())
    print(f"{len(folders)} folders x 5 attachments, {size / 1e6:.0f} MB, generated in "
          f"{time.perf_counter() - started:.0f} s; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.2f}")
    # Outside ``root``: the project of the 200 folders must not hold these cases (its history
    # rules would compare with them, and case 0 would share its ID with the 200 below).
    small = Path(tempfile.mkdtemp(prefix="casecheck-bench-small-"))
    try:
        return _timed_series(root, folders, small, args)
    finally:
        shutil.rmtree(small, ignore_errors=True)


class _Source:
    """The series of one casecheck source folder: its own cache, its own small repositories."""

    def __init__(self, root: Path, small: Path, source: Path, suffix: str,
                 args: argparse.Namespace) -> None:
        self.source, self.suffix = source, suffix
        self.cache = root / f"cache{suffix.strip(' ()')}"
        self.small = small / (suffix.strip(" ()") or "current")
        python = sys.executable
        self.casecheck = [python, "-m", "casecheck", "check", str(root / "cases"), "--no-ocr",
                          "--format", "json", "--cache-dir", str(self.cache)]
        half = max(1, args.repository // 2)
        self.changed = {name: small_cases(self.small / name, count, shared=False)[count // 2]
                        for name, count in (("repository", args.repository), ("half", half))}
        for name, shared in (("shared", True), ("own", False)):
            small_cases(self.small / name, 200, shared=shared)
        self.edits = 0

    def timed(self, command: list[str], cwd: Path | None = None) -> tuple[float, float]:
        return timed(command, cwd, self.source)

    def cold(self, jobs: int) -> tuple[float, float]:
        shutil.rmtree(self.cache, ignore_errors=True)
        return self.timed([*self.casecheck, "--jobs", str(jobs)])

    def warm(self, jobs: int) -> tuple[float, float]:
        """The folders' cache, not the answer path: the run that stores an answer."""
        if not self.cache.exists():
            self.timed([*self.casecheck, "--jobs", str(jobs)])
        for answers in self.cache.glob("*/answers"):
            shutil.rmtree(answers)
        return self.timed([*self.casecheck, "--jobs", str(jobs)])

    def answered(self) -> tuple[float, float]:
        """Nothing changed since the last run with the same arguments: the answer path."""
        self.timed([*self.casecheck, "--jobs", "1"])
        return self.timed([*self.casecheck, "--jobs", "1"])

    def pre_commit(self, name: str) -> tuple[float, float]:
        """The hook's run after an edit of one case's message: that case is checked, and
        compared with the other manifests of the repository."""
        message = self.changed[name] / "message.md"
        self.edits += 1
        message.write_text(message.read_text().split("\n")[0] + f"\nEdit {self.edits}.\n")
        old = time.time() - 3600
        os.utime(message, (old, old))  # as a checkout leaves it: old enough to be stored
        return self.timed([sys.executable, "-m", "casecheck", "check", str(message),
                           "--format", "json"], cwd=self.small / name)

    def recheck(self, name: str) -> tuple[float, float]:
        """From the folders' cache, as the warm run: the answer path's entries removed."""
        command = [sys.executable, "-m", "casecheck", "check", ".", "--format", "json"]
        folder = self.small / name
        if not (folder / ".casecheck_cache").exists():
            self.timed(command, cwd=folder)
        for answers in (folder / ".casecheck_cache").glob("*/answers"):
            shutil.rmtree(answers)
        return self.timed(command, cwd=folder)

    def round(self, series: dict[str, list[tuple[float, float]]]) -> None:
        def add(name: str, sample: tuple[float, float]) -> None:
            series.setdefault(name + self.suffix, []).append(sample)

        add("cold jobs 1", self.cold(1))
        add("warm jobs 1", self.warm(1))
        add("cold jobs 2", self.cold(2))
        add("warm jobs 2", self.warm(2))
        add("answer, nothing changed", self.answered())
        for label, name in (("N", "repository"), ("N/2", "half")):
            self.pre_commit(name)  # the first edit builds the repository's index
            add(f"pre-commit, {label} cases", self.pre_commit(name))
        add("H001 shared, warm", self.recheck("shared"))
        add("own IDs, warm", self.recheck("own"))


def _timed_series(root: Path, folders: list[Path], small: Path, args: argparse.Namespace) -> int:
    python = sys.executable
    sources = [_Source(root, small, REPO / "src", "", args)]
    if args.baseline is not None:
        sources.append(_Source(root, small, args.baseline.absolute(), " (baseline)", args))
    casecheck = sources[0].casecheck
    cache = sources[0].cache
    # Interleaved, so that a burst of load from other processes hits every series alike; the
    # sources take turns going first.
    series: dict[str, list[tuple[float, float]]] = {"floor": [], "reference": []}
    loads = [os.getloadavg()[0]]
    for number in range(args.repeat):
        series["floor"].append(timed([python, "-c", FLOOR, str(root / "cases")]))
        series["reference"].append(timed([python, __file__, "--reference", str(root / "cases")]))
        for source in sources if number % 2 == 0 else sources[::-1]:
            source.round(series)
        loads.append(os.getloadavg()[0])
    for name in ("pydantic", "casecheck"):
        for source in sources:
            series[f"import {name}{source.suffix}"] = [
                _importer(python, name, source.source)() for _ in range(max(9, args.repeat))]
    quarter = [str(f) for f in folders[: max(1, len(folders) // 4)]]
    shutil.rmtree(cache, ignore_errors=True)
    memory_quarter = peak_kib([*casecheck[:4], *quarter, *casecheck[5:], "--jobs", "1",
                               "--no-cache"])
    memory_all = peak_kib([*casecheck, "--jobs", "1", "--no-cache"])

    wall = {name: statistics.median(w for w, _ in samples) for name, samples in series.items()}
    cpu = {name: statistics.median(c for _, c in samples) for name, samples in series.items()}
    print(f"{'':38} {'wall median':>12} {'cpu median':>11}   wall samples")
    for name, samples in series.items():
        shown = ", ".join(f"{w:.2f}" for w, _ in samples)
        print(f"  {name:<36} {wall[name]:10.3f} s {cpu[name]:9.3f} s   ({shown})")
    print(f"  peak RSS, {len(quarter)} folders: {memory_quarter / 1024:.0f} MiB; "
          f"{len(folders)} folders: {memory_all / 1024:.0f} MiB")

    def ratio(times: dict[str, float], top: str, bottom: str) -> float:
        return times[top] / times[bottom]

    def ratios_of(suffix: str) -> dict[str, tuple[float, float | None]]:
        def both(top: str, bottom: str) -> tuple[float, float]:
            return ratio(wall, top, bottom), ratio(cpu, top, bottom)

        def own(name: str) -> str:
            return name + suffix

        found: dict[str, tuple[float, float | None]] = {
            "warm jobs 1 / floor": both(own("warm jobs 1"), "floor"),
            "warm jobs 2 / floor": both(own("warm jobs 2"), "floor"),
            "warm / cold": both(own("warm jobs 1"), own("cold jobs 1")),
            "answer / floor": both(own("answer, nothing changed"), "floor"),
            "answer / cold": both(own("answer, nothing changed"), own("cold jobs 1")),
            "pre-commit, 1 of N cases (s)": (wall[own("pre-commit, N cases")],
                                             cpu[own("pre-commit, N cases")]),
            "pre-commit, N / N/2 cases": both(own("pre-commit, N cases"),
                                              own("pre-commit, N/2 cases")),
            "H001: one shared ID / own IDs": both(own("H001 shared, warm"), own("own IDs, warm")),
            "cold / reference": both(own("cold jobs 1"), "reference"),
            "jobs 1 / jobs 2 (speed-up)": (ratio(wall, own("cold jobs 1"), own("cold jobs 2")),
                                           None),
            "import casecheck / import pydantic": both(own("import casecheck"),
                                                       own("import pydantic")),
        }
        if not suffix:
            found["memory all / memory quarter"] = (memory_all / memory_quarter, None)
        return found

    ratios = ratios_of("")
    print(f"N = {args.repository}; load average (1 min) after each round: "
          f"{', '.join(f'{load:.2f}' for load in loads)}; the targets are for wall time:")
    failed = 0
    for suffix in [source.suffix for source in sources]:
        if suffix:
            print(f"the same ratios for {args.baseline}{suffix}:")
        for name, (value, on_cpu) in ratios_of(suffix).items():
            sense, target = TARGETS[name]
            ok = {"<=": value <= target, "<": value < target, ">=": value >= target}[sense]
            failed += not ok and not suffix
            cpu_text = f"(cpu {on_cpu:5.2f})" if on_cpu is not None else " " * 11
            print(f"  {name:<36} {value:6.2f} {cpu_text}  target {sense} {target}  "
                  f"{'ok' if ok else 'MISSED'}")
    for source in sources[1:]:
        print(f"{args.baseline} / this checkout, wall (cpu), each series:")
        for name in series:
            if name.endswith(source.suffix):
                mine = name.removesuffix(source.suffix)
                print(f"  {mine:<28} {ratio(wall, name, mine):5.2f} "
                      f"({ratio(cpu, name, mine):5.2f})")
    if args.json is not None:
        args.json.write_text(json.dumps({
            "series": series, "wall": wall, "cpu": cpu, "ratios": ratios,
            "peak_kib": {"quarter": memory_quarter, "all": memory_all},
            "load_average": loads,
        }, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
