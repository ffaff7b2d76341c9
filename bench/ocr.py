"""OCR bench: recall, false positives, seconds and peak memory, region-first vs whole image.

    python bench/ocr.py                       # 84 generated screenshots, rapidocr
    python bench/ocr.py --engine tesseract --count 42
    python bench/ocr.py --full fhd            # whole-image reads on 1920x1080 shots only
    python bench/ocr.py --top-url             # also the rejected URL-in-the-top-strip-only

The labeled set is drawn by ``browser_shots.py`` (see its docstring for the fonts). Each
strategy runs in its own process (so that peak memory is its own), fed the same screenshots
in turn (so that all see the same machine load, never at once); the OCR cache is off
(every read is cold), the engine's model load is timed apart. The whole-image strategy
recognizes every line before it looks at any, as one plain OCR call does; region-first
stops at the line that completes a URL and a time. Needs the OCR extra
(``pip install -e '.[ocr]'``) or tesseract.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

import browser_shots  # noqa: E402

from casecheck.ocr import OcrEngine, TextLine, engine_named  # noqa: E402
from casecheck.ocr.reading import (  # noqa: E402
    Region,
    content_digest,
    read_screenshot,
    region_cascade,
    whole_image,
)


def top_url_cascade(width: int, height: int) -> list[Region]:
    """The alternative measured and not shipped: a URL counts only in the top strip, so the
    rest of the page is read for a time alone and a screenshot without a URL there is done
    as soon as its time is found. Fast on screenshots without a URL, but blind to an address
    bar lower down (a window that is not maximized on a full-desktop capture)."""
    top, *rest = region_cascade(width, height)
    return [top, *(Region(region.name, region.box, "time") for region in rest)]


STRATEGIES = {"region": region_cascade, "full": whole_image, "top-url": top_url_cascade}


class Eager:
    """Recognizes every line of an image before the reader sees the first, as one plain OCR
    call does: reading the full image, the floor that region-first is measured against."""

    def __init__(self, engine: OcrEngine) -> None:
        self.engine = engine
        self.name = engine.name
        self.settings = engine.settings

    def read(self, image: Any) -> list[TextLine]:
        return list(self.engine.read(image))


def worker(strategy: str, engine_name: str) -> None:
    """Read the paths that come on stdin with one strategy, answering one JSON line each.

    The first line out says the engine is loaded; the last one, after stdin closes, gives
    the process's peak memory.
    """
    from PIL import Image

    engine = engine_named(engine_name)
    if engine is None:
        raise SystemExit(f"engine {engine_name} is not installed")
    if strategy == "full":
        engine = Eager(engine)
    started = time.perf_counter()
    list(engine.read(Image.new("RGB", (64, 32), "white")))  # loads the models: timed apart
    print(
        json.dumps({"engine": engine.name, "load_seconds": time.perf_counter() - started}),
        flush=True,
    )
    for line in sys.stdin:
        path = Path(line.strip())
        began = time.perf_counter()
        data = path.read_bytes()
        image = Image.open(path)
        image.load()
        reading = read_screenshot(
            image, engine, digest=content_digest(data), cache=None, regions_of=STRATEGIES[strategy]
        )
        seconds = time.perf_counter() - began
        url = reading.url
        if strategy == "top-url" and reading.url_line is not None:
            top_strip = region_cascade(*image.size)[0].box
            url = url if reading.url_line.box[3] <= top_strip[3] else None
        print(
            json.dumps(
                {
                    "name": path.stem,
                    "seconds": seconds,
                    "url": url.url if url else None,
                    "time": reading.time.text if reading.time else None,
                    "regions": list(reading.regions),
                }
            ),
            flush=True,
        )
    # tesseract reads in a child process per region: its peak is reported beside ours.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"peak_mib": own, "child_peak_mib": child}), flush=True)


def run_interleaved(engine: str, plans: dict[str, list[Path]]) -> dict[str, dict[str, Any]]:
    """Each strategy in its own process, fed one screenshot at a time in turn, so both see
    the same machine load and never run at once; peak memory stays per strategy."""
    workers = {
        strategy: subprocess.Popen(
            [sys.executable, __file__, "--worker", strategy, "--engine", engine],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for strategy in plans
    }
    runs: dict[str, dict[str, Any]] = {}
    for strategy, process in workers.items():
        assert process.stdout is not None
        runs[strategy] = {**json.loads(process.stdout.readline()), "results": []}
    order = list(dict.fromkeys(path for paths in plans.values() for path in paths))
    for path in order:
        for strategy, process in workers.items():
            if path in plans[strategy]:
                assert process.stdin is not None and process.stdout is not None
                process.stdin.write(f"{path}\n")
                process.stdin.flush()
                runs[strategy]["results"].append(json.loads(process.stdout.readline()))
    for strategy, process in workers.items():
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        runs[strategy].update(json.loads(process.stdout.readline()))
        process.wait()
    return runs


def _score(shots: dict[str, browser_shots.Shot], run: dict[str, object]) -> dict[str, object]:
    results = run["results"]
    assert isinstance(results, list)
    score: dict[str, object] = {}
    for label in ("url", "time"):
        truth = [r for r in results if getattr(shots[r["name"]], f"has_{label}")]
        negatives = [r for r in results if not getattr(shots[r["name"]], f"has_{label}")]
        found = sum(1 for r in truth if r[label])
        false = [r["name"] + ": " + str(r[label]) for r in negatives if r[label]]
        missed = [r["name"] for r in truth if not r[label]]
        score[label] = {"recall": f"{found}/{len(truth)}", "false_found": false, "missed": missed}
    return score


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}" if values else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", default="rapidocr", choices=("rapidocr", "tesseract"))
    parser.add_argument("--count", type=int, default=84)
    parser.add_argument(
        "--full",
        default="all",
        choices=("all", "fhd", "none"),
        help="which shots the whole-image strategy reads (it is slow)",
    )
    parser.add_argument(
        "--top-url",
        action="store_true",
        help="also measure the alternative that looks for the URL in the top strip only",
    )
    parser.add_argument("--out", type=Path, help="folder for the generated screenshots")
    parser.add_argument("--json", type=Path, help="write the raw results here")
    parser.add_argument("--worker", choices=tuple(STRATEGIES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker, args.engine)
        return 0

    folder = args.out or Path(tempfile.gettempdir()) / "casecheck-ocr-bench"
    shots = browser_shots.labeled_set(args.count)
    written = browser_shots.write_set(folder, shots)
    by_name = {shot.name: shot for shot in shots}
    plans = {"region": [p for _, p in written]}
    if args.full != "none":
        plans["full"] = [
            p for s, p in written if args.full == "all" or (s.width, s.height) == (1920, 1080)
        ]
    if args.top_url:
        plans["top-url"] = plans["region"]
    load_before = os.getloadavg()
    runs = run_interleaved(args.engine, plans)
    load_after = os.getloadavg()

    print(
        f"engine {runs['region']['engine']}, {len(shots)} screenshots "
        f"({sum(s.has_url for s in shots)} with URL, "
        f"{sum(s.has_time for s in shots)} with a time), {os.cpu_count()} CPUs, "
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after"
    )
    seconds: dict[str, dict[str, float]] = {}
    for strategy, run in runs.items():
        score = _score(by_name, run)
        seconds[strategy] = {r["name"]: r["seconds"] for r in run["results"]}
        fhd = [
            r["seconds"]
            for r in run["results"]
            if by_name[r["name"]].width == 1920 and by_name[r["name"]].height == 1080
        ]
        both = [
            r["seconds"]
            for r in run["results"]
            if by_name[r["name"]].width == 1920
            and by_name[r["name"]].height == 1080
            and by_name[r["name"]].clock in ("taskbar", "menubar")
            and by_name[r["name"]].has_url
        ]
        print(
            f"\n[{strategy}] {len(run['results'])} shots, model load {run['load_seconds']:.2f} s, "
            f"peak memory {run['peak_mib']:.0f} MiB"
            + (
                f" (+ {run['child_peak_mib']:.0f} MiB per engine process)"
                if run["child_peak_mib"]
                else ""
            )
        )
        for label in ("url", "time"):
            part = score[label]
            print(
                f"  {label}: recall {part['recall']}, false found {len(part['false_found'])} "
                f"{part['false_found'] or ''} missed {part['missed'] or '-'}"
            )
        print(
            f"  median s: all {_median([r['seconds'] for r in run['results']])}, "
            f"1920x1080 {_median(fhd)} ({len(fhd)}), "
            f"1920x1080 with URL + OS clock {_median(both)} ({len(both)})"
        )
        kinds: dict[str, list[float]] = {}
        for r in run["results"]:
            shot = by_name[r["name"]]
            where = "window" if shot.window else "url" if shot.has_url else "no-url"
            kind = f"{where}+{shot.clock or 'no-time'}"
            kinds.setdefault(kind, []).append(r["seconds"])
        print(
            "  median s by kind: "
            + ", ".join(f"{k} {_median(v)}" for k, v in sorted(kinds.items()))
        )
    others = sorted(seconds.keys() - {"full"}) if "full" in seconds else []
    for strategy in others:
        pairs = [(seconds["full"][n], seconds[strategy][n]) for n in seconds["full"]]
        ratios = [f / r for f, r in pairs if r > 0]
        fhd = [
            (f, seconds[strategy][n])
            for n, f in seconds["full"].items()
            if (by_name[n].width, by_name[n].height) == (1920, 1080)
        ]
        fhd_both = [
            seconds["full"][n] / seconds[strategy][n]
            for n in seconds["full"]
            if by_name[n].has_url
            and by_name[n].clock in ("taskbar", "menubar")
            and (by_name[n].width, by_name[n].height) == (1920, 1080)
        ]
        fhd_medians = (
            f"{statistics.median(f for f, _ in fhd) / statistics.median(r for _, r in fhd):.2f}"
            if fhd
            else "-"
        )
        print(
            f"\nwhole image / {strategy}, same shots: median ratio {_median(ratios)} "
            f"({len(ratios)} shots); 1920x1080: median ratio "
            f"{_median([f / r for f, r in fhd if r > 0])}, ratio of medians {fhd_medians} "
            f"({len(fhd)} shots); 1920x1080 with URL + OS clock {_median(fhd_both)}"
        )
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
