"""How large is the HTML report of a big run, and how fast does Chromium open it?

    PYTHONPATH=src python bench/report.py [--cases 500] [--shots 3] [--loads 5]

Generates ``--cases`` technical-issue case folders in a temporary directory, each with a
subject, a contact path, a message and ``--shots`` screenshots (1366 x 768, drawn with the OCR
bench's browser drawing, every one unique: its URL and clock differ), checks them in this
process and writes ``--format html``. Reading 1500 screenshots with a real OCR engine takes
some ten minutes and does not change the page: the run uses an engine that returns an
address-bar line and a clock line where the drawing puts them, so that every screenshot has its
two boxes, as a real run over good screenshots would.

Then Debian's Chromium (headless, through Playwright, as the browser tests drive it) opens
the report ``--loads`` times and the median of the navigation's ``loadEventEnd`` is compared
with that of a blank page opened the same way in the same run (the floor). Printed: the file's
size, the pictures' sizes, the time to write the report, and the load times. Goals (issue 17):
under 25 MB, loaded in under 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from browser_shots import Shot, draw  # noqa: E402

from casecheck import Config, check_paths, ocr  # noqa: E402
from casecheck.ocr import TextLine  # noqa: E402
from casecheck.reporters import ReportOptions, reporter  # noqa: E402

NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
MESSAGE = """Hello,

Since 2026-11-23 {hour:02d}:{minute:02d} (New York time) the {report} report cannot be
downloaded: Reports > Fulfillment > {report} > Download returns "Error 500". We tried two
browsers and cleared the cache. The attached screenshots show the page URL and the time of
each attempt.

Please fix the report download.

Thank you.
"""
REPORTS = ("Inventory Ledger", "Inventory Health", "Reimbursements", "Returns", "Removals")


class DrawnTextEngine:
    """Gives the two lines every drawn screenshot shows, the URL in the address bar and the
    clock in the corner (boxes in the region's pixels, as an engine gives them)."""

    name = "bench-drawn-text"
    settings = "fixed lines"

    def read(self, image: object) -> Iterable[TextLine]:
        width, height = image.size  # type: ignore[attr-defined]
        yield TextLine("https://sellercentral.amazon.com/reportcentral/LEDGER_REPORT/0",
                       (120, 44, 560, 68), 0.99)
        yield TextLine("10:42 AM", (width - 90, height - 34, width - 14, height - 14), 0.99)


@cache
def _base(variant: int, shot: int) -> Image.Image:
    """One drawing per report and attempt; drawing takes a third of a second."""
    return draw(Shot(
        name=f"{variant}-{shot}", width=1366, height=768,
        url=f"sellercentral.amazon.com/reportcentral/{REPORTS[variant].upper()}/{shot}",
        clock="taskbar", time_text=f"10:{40 + shot:02d} AM", date_text="11/23/2026",
        theme="dark" if (variant + shot) % 4 == 0 else "light",
    ))


def _unique(base: Image.Image, number: int, shot: int) -> Image.Image:
    """The drawing with the case's own number and noise on the page: every file differs, as
    every real screenshot does, and none compresses like its neighbour."""
    picture = base.copy()
    pen = ImageDraw.Draw(picture)
    pen.text((60, 300), f"Case {number} attempt {shot + 1}", fill=(90, 90, 90))
    rng = random.Random(number * 10 + shot)
    for _ in range(400):
        x, y = rng.randrange(40, 1326), rng.randrange(140, 700)
        pen.point((x, y), fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    return picture


def make_cases(top: Path, cases: int, shots: int) -> None:
    for number in range(cases):
        folder = top / f"case-{number:04d}"
        (folder / "attachments").mkdir(parents=True)
        report = REPORTS[number % len(REPORTS)]
        lines = [
            'type = "technical-issue"', 'marketplace = "US"', 'module = "Reports"',
            f'subject = "{report} report download fails with error 500 (case {number})"',
            'contact_path = ["Help", "Get support", "Selling on Amazon", "Technical Issues"]',
            f"submit_at = {NOW.isoformat()}", "occurred_at = 2026-11-23T10:42:00-05:00",
        ]
        for shot in range(shots):
            name = f"attachments/attempt-{shot + 1}.png"
            _unique(_base(number % len(REPORTS), shot), number, shot).save(folder / name)
            lines += ["", "[[attachments]]", f'path = "{name}"', 'kind = "screenshot"',
                      f'description = "Attempt {shot + 1}: the error, the address bar, the clock"']
        (folder / "case.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (folder / "message.md").write_text(
            MESSAGE.format(hour=10, minute=number % 60, report=report), encoding="utf-8")


def load_times(page_file: Path, loads: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(loads):
            page = browser.new_page()
            page.goto(page_file.as_uri(), wait_until="load", timeout=120_000)
            times.append(page.evaluate(
                "performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000)
            page.close()
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--shots", type=int, default=3)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--keep", type=Path, metavar="FILE", help="also save the report here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casecheck-report-") as temporary:
        top = Path(temporary)
        started = time.perf_counter()
        make_cases(top / "cases", args.cases, args.shots)
        print(f"made {args.cases} cases x {args.shots} screenshots in "
              f"{time.perf_counter() - started:.0f} s")
        engine = DrawnTextEngine()
        ocr.default_engine = lambda: engine  # type: ignore[assignment]
        config = Config(now=NOW)
        started = time.perf_counter()
        report = check_paths([top / "cases"], config=config, cache=False)
        checked = time.perf_counter() - started
        out = io.StringIO()
        started = time.perf_counter()
        reporter("html")(report, out, ReportOptions(config=config, version="bench"))
        written = time.perf_counter() - started
        page_file = top / "report.html"
        page_file.write_text(out.getvalue(), encoding="utf-8")
        if args.keep is not None:
            args.keep.write_text(out.getvalue(), encoding="utf-8")
        blank = top / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
        boxes = out.getvalue().count('class="url-box"')
        pictures = [len(uri) * 3 // 4 for uri in _data_uris(out.getvalue())]
        report_times = load_times(page_file, args.loads)
        floor_times = load_times(blank, args.loads)
    size = len(out.getvalue().encode("utf-8"))
    median, floor = statistics.median(report_times), statistics.median(floor_times)
    print(f"checked in {checked:.1f} s; report written in {written:.1f} s")
    print(f"report: {size / 1e6:.1f} MB ({size:,} bytes), {len(pictures)} pictures "
          f"(median {statistics.median(pictures) / 1e3:.1f} kB, max {max(pictures) / 1e3:.1f} kB),"
          f" {boxes} URL boxes")
    print(f"Chromium load: median {median:.2f} s of {args.loads} "
          f"({', '.join(f'{t:.2f}' for t in report_times)}); blank page {floor:.3f} s; "
          f"ratio {median / floor:.0f}x")
    print(f"goals: size < 25 MB {'met' if size < 25e6 else 'MISSED'}, "
          f"load < 2 s {'met' if median < 2 else 'MISSED'}")


def _data_uris(page: str) -> list[str]:
    marker = 'src="data:'
    found = []
    start = page.find(marker)
    while start >= 0:
        end = page.index('"', start + len(marker))
        found.append(page[page.index(",", start) + 1:end])
        start = page.find(marker, end)
    return found


if __name__ == "__main__":
    main()
