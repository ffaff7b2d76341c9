"""OCR bench: recall, false positives, seconds and peak memory, per engine configuration.

    python bench/ocr.py                       # 84 generated screenshots, rapidocr configurations
    python bench/ocr.py --configs v4-before,v6 --count 42 --full none
    python bench/ocr.py --engine tesseract --count 42
    python bench/ocr.py --full fhd            # whole-image reads on 1920x1080 shots only
    python bench/ocr.py --top-url             # also the rejected URL-in-the-top-strip-only

A configuration names the rapidocr package and how casecheck drives it (``CONFIGS``):
``v4-before`` is the floor, PP-OCRv4 from rapidocr-onnxruntime driven as before issue 19
(every region detected whole, every box recognized alone, in reading order); ``v4`` and
``v6`` are PP-OCRv4 and the rapidocr 3.x package's PP-OCRv6 as casecheck drives them now
(detection only where something is drawn, boxes of about one width recognized together,
narrow boxes last, a box whose pixels were recognized before not recognized again);
``-no-reuse`` drops that last step, ``v6-plain`` is PP-OCRv6 driven the old way. The drawn
pages repeat four table rows, so reuse pays more here than on most real pages. Every
configuration reads the same screenshot in turn, so the medians and their ratios to the
first configuration are measured under the same load, which is printed with them.

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
from casecheck.ocr.rapid import RAPIDOCR, RAPIDOCR_ONNXRUNTIME, RapidOcrEngine  # noqa: E402
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
OLD_WAY = {"trim": False, "batch": 1, "window": 1, "priority": False, "reuse": False}
CONFIGS = {
    "v4-before": (RAPIDOCR_ONNXRUNTIME, OLD_WAY),
    "v4": (RAPIDOCR_ONNXRUNTIME, {}),
    "v4-no-reuse": (RAPIDOCR_ONNXRUNTIME, {"reuse": False}),
    "v6-plain": (RAPIDOCR, OLD_WAY),
    "v6": (RAPIDOCR, {}),
    "v6-no-reuse": (RAPIDOCR, {"reuse": False}),
    "v4-scaled-only": (RAPIDOCR_ONNXRUNTIME, {"full_size": False}),
}
"""Configuration name: the rapidocr package, and how the engine drives it (the keyword
arguments of ``RapidOcrEngine``; none: casecheck's defaults). ``full_size: False`` is the
engine before the full-size reading of a large capture's bars and clock: it is never
offered, so every region is read once, scaled to ``DETECTION_LIMIT``."""


def configured_engine(engine_name: str, config: str) -> OcrEngine | None:
    """The engine a worker reads with: a rapidocr configuration, or the engine by name."""
    if engine_name != "rapidocr" or config == "default":
        return engine_named(engine_name)
    backend, options = CONFIGS[config]
    if backend.models() is None:
        return None
    options = dict(options)
    full_size = options.pop("full_size", True)
    engine = RapidOcrEngine(backend, **options)  # type: ignore[arg-type]
    return engine if full_size else ScaledOnly(engine)


class ScaledOnly:
    """An engine that offers no full-size reading: the reader reads each region once, as
    before large captures at low scaling were read again."""

    def __init__(self, engine: RapidOcrEngine) -> None:
        self.engine = engine
        self.name = engine.name
        self.settings = engine.settings

    def read(self, image: Any) -> Any:
        return self.engine.read(image)


class Eager:
    """Recognizes every line of an image before the reader sees the first, as one plain OCR
    call does: reading the full image, the floor that region-first is measured against."""

    def __init__(self, engine: OcrEngine) -> None:
        self.engine = engine
        self.name = engine.name
        self.settings = engine.settings

    def read(self, image: Any) -> list[TextLine]:
        return list(self.engine.read(image))


def worker(strategy: str, engine_name: str, config: str) -> None:
    """Read the paths that come on stdin with one strategy, answering one JSON line each.

    The first line out says the engine is loaded; the last one, after stdin closes, gives
    the process's peak memory.
    """
    from PIL import Image

    engine = configured_engine(engine_name, config)
    if engine is None:
        raise SystemExit(f"engine {engine_name} ({config}) is not installed")
    if strategy == "full":
        engine = Eager(engine)
    started = time.perf_counter()
    list(engine.read(Image.new("RGB", (64, 32), "white")))  # loads the models: timed apart
    print(
        json.dumps(
            {
                "engine": engine.name,
                "settings": engine.settings,
                "load_seconds": time.perf_counter() - started,
            }
        ),
        flush=True,
    )
    for line in sys.stdin:
        path = Path(line.strip())
        forget = getattr(getattr(engine, "engine", engine), "forget", None)
        if forget is not None:  # what one screenshot costs alone, not after similar ones
            forget()
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
    """Each plan ("strategy/configuration") in its own process, fed one screenshot at a time
    in turn, so all see the same machine load and never run at once; peak memory stays per
    plan. The load average is sampled before each screenshot."""
    workers = {}
    for label in plans:
        strategy, config = label.split("/")
        workers[label] = subprocess.Popen(
            [sys.executable, __file__, "--worker", strategy, "--engine", engine,
             "--configs", config],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
    runs: dict[str, dict[str, Any]] = {}
    for label, process in workers.items():
        assert process.stdout is not None
        runs[label] = {**json.loads(process.stdout.readline()), "results": []}
    order = list(dict.fromkeys(path for paths in plans.values() for path in paths))
    loads = []
    for path in order:
        loads.append(os.getloadavg()[0])
        for label, process in workers.items():
            if path in plans[label]:
                assert process.stdin is not None and process.stdout is not None
                process.stdin.write(f"{path}\n")
                process.stdin.flush()
                runs[label]["results"].append(json.loads(process.stdout.readline()))
    for label, process in workers.items():
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        runs[label].update(json.loads(process.stdout.readline()))
        runs[label]["loads"] = loads
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


def _fhd(shot: browser_shots.Shot) -> bool:
    return (shot.width, shot.height) == (1920, 1080)


def _both(shot: browser_shots.Shot) -> bool:
    return shot.has_url and shot.has_time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", default="rapidocr", choices=("rapidocr", "tesseract"))
    parser.add_argument(
        "--configs",
        default="v4-before,v4,v4-no-reuse,v6",
        help="rapidocr configurations to compare, the first one the floor "
        f"(of {', '.join(CONFIGS)}; 'default' is the engine casecheck picks)",
    )
    parser.add_argument("--count", type=int, default=84)
    parser.add_argument(
        "--resolutions",
        help="WIDTHxHEIGHT@SCALE,... the shots cycle through (default: browser_shots.py's "
        "RESOLUTIONS); 3840x2160@1 is a 4K screen at 100 %%",
    )
    parser.add_argument(
        "--full",
        default="none",
        choices=("all", "fhd", "none"),
        help="which shots the whole-image strategy reads, with the last configuration",
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
    configs = args.configs.split(",") if args.engine == "rapidocr" else ["default"]
    if args.worker:
        worker(args.worker, args.engine, configs[0])
        return 0
    unknown = [c for c in configs if c not in CONFIGS and c != "default"]
    if unknown:
        parser.error(f"unknown configuration {', '.join(unknown)}")
    missing = [c for c in configs if c in CONFIGS and CONFIGS[c][0].models() is None]
    if missing:
        print(f"skipped, package not installed: {', '.join(missing)}")
        configs = [c for c in configs if c not in missing]
    if not configs:
        return 1

    folder = args.out or Path(tempfile.gettempdir()) / "casecheck-ocr-bench"
    resolutions = browser_shots.RESOLUTIONS
    if args.resolutions:
        resolutions = tuple(
            (int(size.split("x")[0]), int(size.split("x")[1].split("@")[0]),
             int(size.partition("@")[2] or 1))
            for size in args.resolutions.split(",")
        )
    shots = browser_shots.labeled_set(args.count, resolutions=resolutions)
    written = browser_shots.write_set(folder, shots)
    by_name = {shot.name: shot for shot in shots}
    plans = {f"region/{config}": [p for _, p in written] for config in configs}
    if args.full != "none":
        plans[f"full/{configs[-1]}"] = [
            p for s, p in written if args.full == "all" or _fhd(s)
        ]
    if args.top_url:
        plans[f"top-url/{configs[-1]}"] = [p for _, p in written]
    load_before = os.getloadavg()
    runs = run_interleaved(args.engine, plans)
    load_after = os.getloadavg()
    loads = next(iter(runs.values()))["loads"]

    print(
        f"{len(shots)} screenshots ({sum(s.has_url for s in shots)} with URL, "
        f"{sum(s.has_time for s in shots)} with a time, {sum(map(_fhd, shots))} at 1920x1080), "
        f"{os.cpu_count()} CPUs, load average {load_before[0]:.1f} before, "
        f"{load_after[0]:.1f} after, median {statistics.median(loads):.1f} "
        f"(min {min(loads):.1f}, max {max(loads):.1f}) while measuring, interleaved"
    )
    seconds: dict[str, dict[str, float]] = {}
    for label, run in runs.items():
        score = _score(by_name, run)
        seconds[label] = {r["name"]: r["seconds"] for r in run["results"]}
        fhd = [r for r in run["results"] if _fhd(by_name[r["name"]])]
        print(
            f"\n[{label}] {run['engine']}: {run['settings']}\n"
            f"  {len(run['results'])} shots, model load {run['load_seconds']:.2f} s, "
            f"peak memory {run['peak_mib']:.0f} MiB"
            + (
                f" (+ {run['child_peak_mib']:.0f} MiB per engine process)"
                if run["child_peak_mib"]
                else ""
            )
        )
        for part_name in ("url", "time"):
            part = score[part_name]
            assert isinstance(part, dict)
            print(
                f"  {part_name}: recall {part['recall']}, false found {len(part['false_found'])} "
                f"{part['false_found'] or ''} missed {part['missed'] or '-'}"
            )
        both = [r["seconds"] for r in fhd if _both(by_name[r["name"]])]
        lacking = [r["seconds"] for r in fhd if not _both(by_name[r["name"]])]
        print(
            f"  median s, 1920x1080: with URL and time {_median(both)} ({len(both)}), "
            f"lacking one {_median(lacking)} ({len(lacking)}), "
            f"all {_median([r['seconds'] for r in fhd])}; "
            f"all sizes {_median([r['seconds'] for r in run['results']])}"
        )
        kinds: dict[str, list[float]] = {}
        for r in run["results"]:
            shot = by_name[r["name"]]
            where = "window" if shot.window else "url" if shot.has_url else "no-url"
            kind = f"{where}+{shot.clock or 'no-time'}"
            kinds.setdefault(kind, []).append(r["seconds"])
        print(
            "  median s by kind, all sizes: "
            + ", ".join(f"{k} {_median(v)}" for k, v in sorted(kinds.items()))
        )
        sizes: dict[str, tuple[list[float], list[float]]] = {}
        for r in run["results"]:
            shot = by_name[r["name"]]
            both_of, all_of = sizes.setdefault(f"{shot.width}x{shot.height}@{shot.scale}x",
                                               ([], []))
            all_of.append(r["seconds"])
            if _both(shot):
                both_of.append(r["seconds"])
        print(
            "  median s by size, with URL and time (n) / all (n): "
            + ", ".join(f"{size} {_median(b)} ({len(b)}) / {_median(a)} ({len(a)})"
                        for size, (b, a) in sizes.items())
        )
    floor = f"region/{configs[0]}"
    for label in seconds:
        if label == floor:
            continue
        common = [n for n in seconds[label] if n in seconds[floor]]
        for title, keep in (
            ("1920x1080 with URL and time", lambda s: _fhd(s) and _both(s)),
            ("1920x1080 lacking one", lambda s: _fhd(s) and not _both(s)),
            ("all", lambda s: True),
        ):
            names = [n for n in common if keep(by_name[n])]
            if not names:
                continue
            ratios = [seconds[floor][n] / seconds[label][n] for n in names if seconds[label][n]]
            of_medians = statistics.median(seconds[floor][n] for n in names) / statistics.median(
                seconds[label][n] for n in names
            )
            print(
                f"{floor} / {label}, {title} ({len(names)} shots): median of ratios "
                f"{_median(ratios)}x, ratio of medians {of_medians:.2f}x"
            )
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
