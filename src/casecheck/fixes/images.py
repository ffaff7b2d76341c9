"""Images: another format to PNG (or a multi-page TIFF to PDF), and a PNG over the size limit
made smaller, lossless steps first.

A converted image keeps its pixels: EXIF orientation is applied (the picture stands as the
camera showed it), and the EXIF block with the GPS position and the camera's make and model,
XMP and comments are dropped; the colour profile stays. A PNG over the limit is optimised
without loss (fewer channels or a palette where the pixels allow it, best compression), then
reduced to a 256-colour palette, then scaled down, never below the screenshot minimum; each
lossy result is checked for legibility before it is kept.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casecheck.fixes.legibility import Legibility

if TYPE_CHECKING:
    from PIL.Image import Image

PILLOW_FORMATS = {
    "image/jpeg": "JPEG", "image/gif": "GIF", "image/tiff": "TIFF", "image/webp": "WEBP",
    "image/bmp": "BMP", "image/x-ms-bmp": "BMP", "image/heic": "HEIF", "image/heif": "HEIF",
    "image/avif": "AVIF",
}
"""The image types A001 reports that Pillow decodes (HEIC/HEIF with the ``heic`` extra)."""
HEIF_TYPES = frozenset({"image/heic", "image/heif"})

_EXIF_GPS = 0x8825
_EXIF_DEVICE = (0x010F, 0x0110, 0xA431, 0xA434)
"""Make, Model, BodySerialNumber, LensModel: what tells which device took the picture."""

SHRINK_STEPS = 8
"""Downscaling tries at most this many sizes; each is ~15 % smaller than the one before."""
FIT_MARGIN = 0.97
"""Aim a little under the limit: the estimate of the next size is not exact."""


class ImageUnsupported(Exception):
    """The image cannot be converted here; ``reason`` is the key of the plan's advice."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Converted:
    data: bytes
    extension: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Shrunk:
    """A smaller PNG, or (``data`` None) why none was kept: ``reason`` is "too-small" (the
    minimum size is still over the limit) or what a lossy step lost ("url", "time")."""

    data: bytes | None
    details: dict[str, Any]
    reason: str | None = None


def _open(data: bytes, pillow_format: str) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow: only when an image is fixed

    if pillow_format == "HEIF":
        try:
            from pillow_heif import register_heif_opener  # noqa: PLC0415 - optional: HEIC (Pillow plugin)
        except ImportError:
            raise ImageUnsupported("heic-extra") from None
        register_heif_opener()
    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            image = PILImage.open(io.BytesIO(data), formats=(pillow_format,))
            image.load()
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            raise ImageUnsupported("too-many-pixels") from None
        except (OSError, ValueError, SyntaxError, EOFError):
            raise ImageUnsupported("unreadable") from None
    return image


def _dropped(image: Image) -> list[str]:
    """Which private metadata the original carries (and the converted image will not)."""
    dropped = []
    exif = image.getexif()
    if _EXIF_GPS in exif:
        dropped.append("gps")
    if any(tag in exif for tag in _EXIF_DEVICE):
        dropped.append("device")
    if any(key in image.info for key in ("xmp", "XML:com.adobe.xmp", "comment")):
        dropped.append("xmp")
    return dropped


def _upright(image: Image) -> tuple[Image, bool]:
    """The pixels as the camera showed them, with no metadata but the colour profile."""
    from PIL import ImageOps  # noqa: PLC0415 - Pillow: only when an image is fixed

    orientation = image.getexif().get(0x0112, 1)
    upright = ImageOps.exif_transpose(image)
    icc = image.info.get("icc_profile")
    upright.info = {"icc_profile": icc} if icc else {}
    return upright, orientation not in (1, None)


def _png_mode(image: Image) -> Image:
    """``image`` in a mode PNG stores; CMYK, YCbCr, LAB and float images become RGB or L."""
    if image.mode in ("1", "L", "LA", "P", "RGB", "RGBA", "I;16", "I"):
        return image
    if image.mode in ("PA", "RGBa", "La") or "A" in image.getbands():
        return image.convert("RGBA")
    return image.convert("L" if image.getbands() == ("L",) or image.mode == "F" else "RGB")


def _png_bytes(image: Image, *, optimize: bool = False) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=optimize)
    return buffer.getvalue()


def convert_image(data: bytes, mime: str) -> Converted:
    """A PNG of an image in another format (a PDF of a multi-page TIFF); raises
    ImageUnsupported with the plan's reason when it cannot."""
    pillow_format = PILLOW_FORMATS.get(mime)
    if pillow_format is None:
        raise ImageUnsupported("unsupported")
    image = _open(data, pillow_format)
    frames = getattr(image, "n_frames", 1)
    dropped = _dropped(image)
    if pillow_format == "TIFF" and frames > 1:
        return Converted(_tiff_pages_pdf(image, frames), ".pdf",
                         {"from": pillow_format, "pages": frames, "dropped": dropped})
    upright, rotated = _upright(image)
    details: dict[str, Any] = {"from": pillow_format, "width": upright.width,
                               "height": upright.height, "rotated": rotated, "dropped": dropped}
    if frames > 1:
        details["frames"] = frames  # an animation: its first frame is the picture
    return Converted(_png_bytes(_png_mode(upright)), ".png", details)


def _tiff_pages_pdf(image: Image, frames: int) -> bytes:
    """One PDF page per TIFF page, each image stored losslessly (Flate), sized by its dpi."""
    from pypdf import PageObject, PdfWriter  # noqa: PLC0415 - pypdf: only when a PDF is written
    from pypdf.generic import (  # noqa: PLC0415 - pypdf: only when a PDF is written
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    writer = PdfWriter()
    for number in range(frames):
        image.seek(number)
        page_image, _ = _upright(image.copy())
        if page_image.mode not in ("1", "L", "RGB"):
            page_image = page_image.convert("L" if page_image.getbands() == ("L",) else "RGB")
        dpi: tuple[float, float] = image.info.get("dpi", (72, 72))
        dpi_x, dpi_y = (float(value) or 72.0 for value in dpi)
        width = page_image.width * 72 / dpi_x
        height = page_image.height * 72 / dpi_y
        pixels = DecodedStreamObject()
        pixels.set_data(page_image.tobytes())
        pixels.update({
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(page_image.width),
            NameObject("/Height"): NumberObject(page_image.height),
            NameObject("/ColorSpace"): NameObject(
                "/DeviceRGB" if page_image.mode == "RGB" else "/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(1 if page_image.mode == "1" else 8),
        })
        page = PageObject.create_blank_page(width=width, height=height)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): pixels.flate_encode()}),
        })
        content = DecodedStreamObject()
        content.set_data(f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Im0 Do Q".encode())
        page[NameObject("/Contents")] = content
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- a PNG over the limit ------------------------------------------------------------------

def _exact_palette(image: Image) -> Image | None:
    """The same pixels with a palette, when the image has at most 256 colours."""
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow: only when an image is fixed

    if image.mode not in ("RGB", "L"):
        return None
    colours = image.getcolors(256)
    if colours is None or image.mode == "L":
        return None
    palette = PILImage.new("P", (1, 1))
    flat = [channel for _, colour in colours if isinstance(colour, tuple) for channel in colour]
    palette.putpalette(flat + flat[:3] * (256 - len(colours)))
    return image.quantize(palette=palette, dither=PILImage.Dither.NONE)


def _lossless(image: Image) -> Image:
    """Fewer bytes per pixel where no pixel changes: an opaque alpha channel dropped, a gray
    RGB image as gray, at most 256 colours as a palette."""
    from PIL import ImageChops  # noqa: PLC0415 - Pillow: only when an image is fixed

    if image.mode == "RGBA" and image.getchannel("A").getextrema() == (255, 255):
        image = image.convert("RGB")
    if image.mode == "RGB":
        red, green, blue = image.split()
        if not ImageChops.difference(red, green).getbbox() and not ImageChops.difference(
                red, blue).getbbox():
            return red
    return _exact_palette(image) or image


def _palette(image: Image) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow: only when an image is fixed

    if image.mode in ("P", "1", "L"):
        return image
    if image.mode == "RGBA":
        return image.quantize(256, method=PILImage.Quantize.FASTOCTREE,
                              dither=PILImage.Dither.NONE)
    # No dithering: text edges stay solid, which is what a reader (and OCR) needs.
    return image.convert("RGB").quantize(256, method=PILImage.Quantize.MEDIANCUT,
                                         dither=PILImage.Dither.NONE)


def shrink_png(data: bytes, limit: int, legibility: Legibility, *, screenshot: bool) -> Shrunk:
    """A PNG of at most ``limit`` bytes showing what ``data`` shows, or why there is none."""
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow: only when an image is fixed

    image = _open(data, "PNG")
    if image.mode not in ("1", "L", "P", "RGB", "RGBA"):
        image = _png_mode(image.convert("RGBA" if "A" in image.getbands() else "RGB"))
    size = image.size
    base = {"from_width": size[0], "from_height": size[1]}
    lossless = _lossless(image)
    encoded = _png_bytes(lossless, optimize=True)
    if len(encoded) <= limit:
        return Shrunk(encoded, {**base, "method": "lossless", "width": size[0],
                                "height": size[1]})
    before = legibility.seen(image, data) if screenshot else None

    def kept(candidate: Image, encoded: bytes, method: str) -> Shrunk:
        lost = legibility.lost(size, before, candidate, encoded)
        details = {**base, "method": method, "width": candidate.width,
                   "height": candidate.height}
        return Shrunk(None if lost else encoded, details, lost)

    reduced = _palette(image)
    encoded_reduced = _png_bytes(reduced, optimize=True)
    if len(encoded_reduced) <= limit:
        return kept(reduced, encoded_reduced, "palette")
    floor = max(legibility.min_width / size[0], legibility.min_height / size[1])
    scale, current = 1.0, len(encoded_reduced)
    for _ in range(SHRINK_STEPS):
        scale = min(scale * 0.85, scale * math.sqrt(limit * FIT_MARGIN / current))
        scale = max(scale, floor)
        width, height = max(1, round(size[0] * scale)), max(1, round(size[1] * scale))
        smaller = image.resize((width, height), PILImage.Resampling.LANCZOS)
        candidate = _palette(smaller)
        encoded = _png_bytes(candidate, optimize=True)
        if len(encoded) <= limit:
            return kept(candidate, encoded, "downscaled")
        current = len(encoded)
        if scale <= floor:
            break
    return Shrunk(None, {**base, "method": "downscaled"}, "too-small")
