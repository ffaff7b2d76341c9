"""Benchmark: `casecheck fix --apply` shrinking a 30 MB, 40-page scanned PDF under 10 MB.

    python bench/fix.py [--pages 40] [--repeat 3] [--workdir DIR]

Generates a scan as a scanner makes it (one 300 dpi grayscale JPEG per US-letter page, grainy
paper, about 0.8 MB a page), puts it in a case folder, and times, alternating, in this process:

- casecheck: ``casecheck.fix(folder, apply=True)`` on a fresh copy of the folder: the check,
  the plan (lossless pass, quality chosen on a sample, re-encoding, a verified write), the
  transaction, the re-check;
- floor: the same re-encoding written directly on pypdf and Pillow, with no check, no plan
  and no transaction: every page image decoded, scaled to 200 dpi, saved as JPEG at the
  quality casecheck chose, the PDF written once.

Prints the medians, casecheck's ratio to the floor, the sizes, and the quality kept: each
page's pixel size before and after, and the JPEG quality.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from PIL import Image, ImageDraw  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402

import casecheck  # noqa: E402
from casecheck import ocr  # noqa: E402
from casecheck.fixes.pdfs import pixel_sizes  # noqa: E402

DPI = 300
MANIFEST = """\
type = "fba-reimbursement"
marketplace = "US"
claim_kind = "inbound-lost"

[ids]
shipment_ids = ["FBA15C8KQ2ZP"]

[[attachments]]
path = "attachments/pod.pdf"
kind = "carrier-proof"
"""


def scanned_pdf(pages: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    width, height = int(8.5 * DPI), int(11 * DPI)
    grain = Image.frombytes("L", (width // 4, height // 4),
                            rng.randbytes((width // 4) * (height // 4)))
    writer = PdfWriter()
    for number in range(pages):
        page = Image.new("L", (width, height), 235)
        page.paste(grain.resize((width, height)).point(lambda v: 215 + v // 32))
        draw = ImageDraw.Draw(page)
        for line in range(40):
            draw.text((DPI // 2, DPI // 2 + line * DPI // 5),
                      f"page {number + 1} line {line} shipment FBA15C8KQ2ZP units 0", fill=20)
        buffer = io.BytesIO()
        page.save(buffer, "PDF", resolution=DPI, quality=92)
        writer.append(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def floor(data: bytes, quality: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for image in page.images:
            picture = image.image
            scale = 200 / DPI
            image.replace(picture.resize((round(picture.width * scale),
                                          round(picture.height * scale)),
                                         Image.Resampling.LANCZOS), quality=quality)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    ocr.default_engine.cache_clear()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="casecheck-bench-fix-"))
    source = work / "case"
    (source / "attachments").mkdir(parents=True, exist_ok=True)
    (source / "case.toml").write_text(MANIFEST, encoding="utf-8")
    data = scanned_pdf(args.pages)
    (source / "attachments" / "pod.pdf").write_bytes(data)
    print(f"input: {len(data) / 1e6:.1f} MB, {args.pages} pages at {DPI} dpi")

    casecheck_times, floor_times = [], []
    result = b""
    quality = 0
    for round_number in range(args.repeat):
        copy = work / f"run-{round_number}"
        shutil.copytree(source, copy)
        start = time.perf_counter()
        plan = casecheck.fix(copy, apply=True, config=casecheck.Config(ocr=False))
        casecheck_times.append(time.perf_counter() - start)
        assert not plan.errors, plan.errors
        (change,) = [c for c in plan.cases[0].changes if c.code == "A003"]
        quality = int(change.details["quality"])
        result = (copy / "attachments" / "pod.pdf").read_bytes()
        left = [f.code for f in plan.cases[0].remaining.findings] if plan.cases[0].remaining \
            else []
        assert "A003" not in left, left
        start = time.perf_counter()
        floor(data, quality)
        floor_times.append(time.perf_counter() - start)
        shutil.rmtree(copy)

    before, after = pixel_sizes(data), pixel_sizes(result)
    median, base = statistics.median(casecheck_times), statistics.median(floor_times)
    print(f"casecheck fix --apply  median {median:6.2f} s  (runs: "
          + ", ".join(f"{t:.2f}" for t in casecheck_times) + ")")
    print(f"floor (pypdf + Pillow) median {base:6.2f} s  (runs: "
          + ", ".join(f"{t:.2f}" for t in floor_times) + ")")
    print(f"ratio to the floor: {median / base:.2f}")
    print(f"output: {len(result) / 1e6:.2f} MB (limit 10 MB), {len(after)} pages,"
          f" JPEG quality {quality}")
    print(f"page pixels: {sorted(set(before))} -> {sorted(set(after))}"
          f" ({after[0][0] / before[0][0]:.0%} of the width: 200 of {DPI} dpi)")
    if args.workdir is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
