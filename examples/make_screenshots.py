"""Draw the example cases' screenshots: small PNGs of a browser window, made reproducibly.

    python examples/make_screenshots.py

Uses the bench's drawing code (bench/browser_shots.py) and DejaVu Sans; the images are
reduced to 32 colours so that each stays far below 150 KB and OCR still reads them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "bench"))

from browser_shots import Shot, draw  # noqa: E402

CASES = HERE / "cases" / "technical-issue"
SHOTS = {
    CASES / "ok-screenshot-shows-url-and-time" / "attachments" / "ledger-error.png": Shot(
        name="ledger-error", width=1366, height=768,
        url="sellercentral.amazon.com/reportcentral/LEDGER_REPORT/0",
        clock="taskbar", time_text="10:42 AM", date_text="11/23/2026",
    ),
    CASES / "bad-R001-D005-wrong-path-on-saturday" / "attachments" / "ledger-error.png": Shot(
        name="ledger-error", width=1366, height=768,
        url="sellercentral.amazon.com/reportcentral/LEDGER_REPORT/0",
        clock="taskbar", time_text="3:10 PM", date_text="11/20/2026",
    ),
    CASES / "bad-A014-thumbnail-screenshot" / "attachments" / "ledger-error-thumb.png": Shot(
        name="ledger-error-thumb", width=1366, height=768,
        url="sellercentral.amazon.com/reportcentral/LEDGER_REPORT/0",
        clock="taskbar", time_text="10:42 AM", date_text="11/23/2026",
    ),
}
THUMBNAIL = (400, 225)


def main() -> None:
    for path, shot in SHOTS.items():
        image = draw(shot)
        if "thumb" in shot.name:
            image = image.resize(THUMBNAIL)
        path.parent.mkdir(parents=True, exist_ok=True)
        image.quantize(32).save(path, optimize=True)
        size = path.stat().st_size
        print(f"{path.relative_to(HERE)}: {image.width}x{image.height}, {size} bytes")


if __name__ == "__main__":
    main()
