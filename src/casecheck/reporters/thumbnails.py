"""Small pictures of the attachments for the HTML report, inlined as data URIs.

Each attachment gets a thumbnail of ``THUMBNAIL_SIDE`` pixels for the packet's table, and a
screenshot also a picture of ``MAX_SIDE`` to draw its boxes on; both come from one decode, and
none is over ``MAX_BYTES``, so that a report of 500 cases with three screenshots each stays a
file a browser opens fast (``bench/report.py``). Screenshots are text on flat colours: WebP
keeps the text legible at a third of JPEG's bytes; JPEG stands in where Pillow was built
without WebP.

Only a file the attachment inspection found intact is drawn, and only when its pixels are
within the packs' pixel limit: a decompression bomb is never decoded here either. A PDF's
first page is drawn when pypdfium2 is installed (the ``html`` extra); without it the report
shows the PDF's type and pages instead of a picture.
"""

from __future__ import annotations

import base64
import importlib.util
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage
from PIL import features

from casecheck.attachments import AttachmentFacts
from casecheck.budget import ParseTimeout, cpu_budget
from casecheck.files import open_regular

MAX_SIDE = 480
THUMBNAIL_SIDE = 160
MAX_BYTES = 40_000
QUALITIES = (75, 60, 45, 30)
"""Tried in turn until the picture fits in ``MAX_BYTES``; then it is made smaller."""


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """An encoded picture: its data URI, its own size, and the size of what it shows."""

    uri: str
    width: int
    height: int
    source_width: int
    source_height: int

    @property
    def bytes(self) -> int:
        """The encoded size (the URI holds it in base64, a third more)."""
        return len(base64.b64decode(self.uri.partition(",")[2]))


def _encoding() -> tuple[str, str]:
    return ("WEBP", "image/webp") if features.check("webp") else ("JPEG", "image/jpeg")


def _flattened(image: PILImage.Image) -> PILImage.Image:
    """RGB on white: transparency would show as black in JPEG and costs bytes in WebP."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        backdrop = PILImage.new("RGBA", image.size, "white")
        backdrop.alpha_composite(image.convert("RGBA"))
        return backdrop.convert("RGB")
    return image.convert("RGB")


def encode(image: PILImage.Image, source: tuple[int, int], *, max_side: int = MAX_SIDE,
           max_bytes: int = MAX_BYTES) -> Thumbnail:
    """``image`` reduced to ``max_side`` and encoded within ``max_bytes``."""
    picture = _flattened(image)
    # Hamming and WebP's method 2: a quarter of the time of Lanczos and method 4 for a 1366 x
    # 768 screenshot (25 ms against 100), the bytes within 3 % and the text as legible.
    picture.thumbnail((max_side, max_side), PILImage.Resampling.HAMMING)
    kind, mime = _encoding()
    while True:
        for quality in QUALITIES:
            buffer = io.BytesIO()
            extra = {"method": 2} if kind == "WEBP" else {"optimize": True}
            picture.save(buffer, kind, quality=quality, **extra)
            data = buffer.getvalue()
            if len(data) <= max_bytes:
                uri = f"data:{mime};base64," + base64.b64encode(data).decode("ascii")
                return Thumbnail(uri, picture.width, picture.height, *source)
        smaller = (max(1, picture.width * 3 // 4), max(1, picture.height * 3 // 4))
        picture = picture.resize(smaller, PILImage.Resampling.HAMMING)


def _file_bytes(path: Path, limit: int) -> bytes | None:
    try:
        descriptor, info = open_regular(path)
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(limit + 1) if 0 < info.st_size <= limit else b""
    except OSError:
        return None
    return data if 0 < len(data) <= limit else None


def image_pictures(path: Path, facts: AttachmentFacts, sides: tuple[int, ...], *,
                   read_limit: int, max_pixels: int,
                   timeout: float | None) -> tuple[Thumbnail, ...]:
    """The image at ``path`` encoded at each of ``sides``; none when it is not an image that
    Pillow may decode."""
    if facts.state != "file" or facts.problem is not None or not (facts.mime or "").startswith(
            "image/"):
        return ()
    data = _file_bytes(path, read_limit)
    if data is None:
        return ()
    try:
        with warnings.catch_warnings(), cpu_budget(timeout):
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            image = PILImage.open(io.BytesIO(data))
            source = image.size
            if source[0] * source[1] > max_pixels:
                return ()
            image.draft("RGB", (max(sides), max(sides)))  # JPEG decodes at a fraction of its size
            image.load()
            return tuple(encode(image, source, max_side=side) for side in sides)
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError, ParseTimeout,
            PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        return ()


def pdf_renderer_installed() -> bool:
    return importlib.util.find_spec("pypdfium2") is not None


def pdf_thumbnail(path: Path, facts: AttachmentFacts, *, read_limit: int,
                  timeout: float | None, side: int = THUMBNAIL_SIDE) -> Thumbnail | None:
    """The first page of an intact PDF that opens without a password, or None (also when
    pypdfium2 is not installed)."""
    if (facts.state != "file" or not facts.is_pdf or facts.problem is not None
            or facts.pdf_needs_password or not facts.pdf_pages or not pdf_renderer_installed()):
        return None
    data = _file_bytes(path, read_limit)
    if data is None:
        return None
    # The html extra's; untyped, and absent where the extra is not installed.
    import pypdfium2  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: PLC0415 - optional: pypdfium2

    try:
        with cpu_budget(timeout):
            document = pypdfium2.PdfDocument(data)
            try:
                page = document[0]
                width, height = page.get_size()
                scale = 2 * side / max(width, height, 1)  # twice the size, then reduced
                image = page.render(scale=scale).to_pil()
                return encode(image, (round(width), round(height)), max_side=side)
            finally:
                document.close()
    except (pypdfium2.PdfiumError, OSError, ValueError, MemoryError, ParseTimeout):
        return None
