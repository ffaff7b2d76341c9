"""Create the attachment files that the example cases list, where they are missing.

Usage: python examples/make_message_examples.py [examples/cases]

Every `[[attachments]]` entry of every example manifest gets a tiny real file: a one-page
PDF (pypdf) whose metadata names the case and the file, so that no two are identical, or
for a `.png` a browser-like screenshot (Pillow) that shows a Seller Central URL and a time
in large type, so that OCR can read both. Existing files are left as they are.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfWriter

CASES = Path(__file__).with_name("cases")
SCREEN = (1280, 800)


def make_pdf(target: Path, title: str) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    writer.add_metadata({"/Title": title, "/Producer": "casecheck examples"})
    with target.open("wb") as out:
        writer.write(out)


def make_screenshot(target: Path, marketplace_host: str, when: str) -> None:
    image = Image.new("RGB", SCREEN, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=30)
    draw.rectangle((0, 0, SCREEN[0], 70), fill=(230, 230, 230))
    url = f"https://{marketplace_host}/reportcentral/INVENTORY_HEALTH"
    draw.text((24, 18), url, fill="black", font=font)
    error = "Error 500: the report could not be downloaded."
    draw.text((120, 320), error, fill=(180, 0, 0), font=font)
    draw.text((120, 380), f"Requested on {when}", fill="black", font=font)
    draw.rectangle((0, SCREEN[1] - 60, SCREEN[0], SCREEN[1]), fill=(30, 30, 30))
    draw.rectangle((SCREEN[0] - 330, SCREEN[1] - 56, SCREEN[0] - 4, SCREEN[1] - 4), fill="white")
    draw.text((SCREEN[0] - 318, SCREEN[1] - 48), when, fill="black", font=font)
    image.save(target, optimize=True)


def main(cases: Path = CASES) -> int:
    made = 0
    for manifest in sorted(cases.rglob("case.toml")):
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
        folder = manifest.parent
        for item in data.get("attachments", []):
            target = folder / item["path"]
            if target.exists() or not target.resolve().is_relative_to(folder.resolve()):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.suffix.lower() == ".png":
                occurred = str(data.get("occurred_at", "2026-11-23 09:41"))[:16].replace("T", " ")
                make_screenshot(target, "sellercentral.amazon.com", occurred)
            else:
                make_pdf(target, f"{folder.name}/{item['path']} ({item['kind']})")
            made += 1
    print(f"{made} attachment files created")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else CASES))
