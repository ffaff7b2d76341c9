"""Attachments the fix tests repair, made here with Pillow and pypdf, and helpers to compare a
case folder before and after."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfWriter

from casecheck.files import ORIGINALS_DIR

CAMERA_EXIF = {0x0112: 6, 0x010F: "Canon", 0x0110: "EOS 5D Mark IV"}
"""Orientation 6 (turn 90 degrees clockwise to view), the camera's make and model."""
GPS = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}


def photo(fmt: str = "JPEG", size: tuple[int, int] = (640, 480), **save: object) -> bytes:
    """A photo of a document in ``fmt``, JPEGs with EXIF orientation 6, GPS and camera."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 4, size[1] // 8), fill="red")  # marks the top left
    draw.text((40, 60), "INVOICE 2026-0117  200 units", fill="black")
    buffer = io.BytesIO()
    if fmt == "JPEG":
        exif = Image.Exif()
        exif.update(CAMERA_EXIF)
        exif[0x8825] = GPS
        image.save(buffer, "JPEG", exif=exif.tobytes(), quality=90)
    else:
        image.save(buffer, fmt, **save)
    return buffer.getvalue()


def multipage_tiff(pages: int = 3, size: tuple[int, int] = (300, 400)) -> bytes:
    frames = [Image.new("L", size, 40 + 80 * n) for n in range(pages)]
    for number, frame in enumerate(frames):
        ImageDraw.Draw(frame).text((20, 20), f"page {number + 1}", fill=255)
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:], dpi=(150, 150))
    return buffer.getvalue()


def noisy_png(width: int, height: int, seed: int = 1) -> bytes:
    """A PNG that compresses badly (random pixels): big for its size."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def flat_rgba_png(width: int, height: int) -> bytes:
    """An opaque RGBA screenshot of few colours saved without compression: its pixels fit a
    palette, so it shrinks without loss."""
    image = Image.new("RGBA", (width, height), (250, 250, 250, 255))
    draw = ImageDraw.Draw(image)
    for top in range(0, height, 40):
        draw.rectangle((10, top + 5, width - 10, top + 30), fill=(30, 90, 200, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=0)
    return buffer.getvalue()


def scanned_pdf(pages: int, *, dpi: int = 300, seed: int = 7, quality: int = 92,
                noise: bool = False) -> bytes:
    """A scan: one full-page JPEG per US-letter page at ``dpi``, with grainy paper so that it
    is as big as real scans are (about 0.8 MB a page at 300 dpi); ``noise``: pages of random
    pixels, which no JPEG quality makes small."""
    rng = random.Random(seed)
    width, height = int(8.5 * dpi), int(11 * dpi)
    writer = PdfWriter()
    side = 1 if noise else 4
    grain = Image.frombytes("L", (width // side, height // side),
                            rng.randbytes((width // side) * (height // side)))
    for number in range(pages):
        page = Image.new("L", (width, height), 235)
        page.paste(grain.resize((width, height)) if noise else grain.resize(
            (width, height)).point(lambda v: 215 + v // 32))
        draw = ImageDraw.Draw(page)
        for line in range(40):
            draw.text((dpi // 2, dpi // 2 + line * dpi // 5), f"page {number + 1} line {line}"
                      " shipment FBA15C8KQ2ZP units received 0", fill=20)
        buffer = io.BytesIO()
        page.save(buffer, "PDF", resolution=dpi, quality=quality)
        writer.append(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path below ``folder`` (folders as None), with the bytes of each file."""
    found: dict[str, bytes | None] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        found[relative] = None if path.is_dir() else path.read_bytes()
    return found


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def originals_of(folder: Path) -> Path:
    """The one fix's folder in ``.originals``."""
    (kept,) = (folder / ORIGINALS_DIR).iterdir()
    return kept
