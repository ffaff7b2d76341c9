"""PDFs: a decrypted copy, a copy without scripts and embedded files, a rewritten copy of a
file whose cross-reference table pypdf had to rebuild, and a copy under the size limit.

Shrinking goes from lossless to lossy: identical objects merged and content streams
compressed; then the embedded images re-encoded as JPEG, downsampled to at most 200 dpi
on the page (never below the screenshot minimum), at the highest quality that fits; and if no
quality fits, the PDF split into parts that each fit, in page order.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casecheck.fixes.legibility import Legibility

if TYPE_CHECKING:
    from PIL.Image import Image
    from pypdf import PdfReader, PdfWriter

TARGET_DPI = 200
"""Scans and photos of documents stay readable at 200 dpi (fax quality is 200 x 200); most
scanners save 300 or 600 dpi."""
QUALITIES = (85, 75, 65, 55, 45, 35)
"""JPEG qualities tried, best first; below 35 scanned text gets blotchy."""
SPLIT_QUALITY = 75
"""When no quality fits, the parts keep this quality rather than the lowest."""
SMALL_IMAGE = 20_000
"""Images whose stream is smaller than this are logos and icons: not worth re-encoding."""
FIT_MARGIN = 0.97
"""Aim a little under the limit: predicted sizes leave out the PDF structure."""
PART_NAME = "{stem}-part{number}{suffix}"


class PdfUnfixable(Exception):
    """The PDF cannot be fixed here; ``reason`` is the key of the plan's advice."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PdfShrunk:
    """A PDF under the limit (``parts`` of one), or several parts in page order."""

    parts: tuple[bytes, ...]
    details: dict[str, Any] = field(default_factory=dict)


_quiet = False


def _reader(data: bytes) -> PdfReader:
    """pypdf's reader in its forgiving mode, its warnings about repaired files silenced."""
    global _quiet
    from pypdf import PdfReader  # noqa: PLC0415 - pypdf: only when a PDF is fixed

    if not _quiet:
        logging.getLogger("pypdf").addHandler(logging.NullHandler())
        _quiet = True
    return PdfReader(io.BytesIO(data), strict=False)


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _copy(reader: PdfReader) -> PdfWriter:
    from pypdf import PdfWriter  # noqa: PLC0415 - pypdf: only when a PDF is fixed

    return PdfWriter(clone_from=reader)


# --- A006: a password -----------------------------------------------------------------------

def decrypt_pdf(data: bytes, password: str) -> bytes:
    """A copy without encryption; PdfUnfixable("wrong-password") when it does not open."""
    from pypdf import PasswordType  # noqa: PLC0415 - pypdf: only when a PDF is fixed

    reader = _reader(data)
    if not reader.is_encrypted:
        return data
    if reader.decrypt(password) == PasswordType.NOT_DECRYPTED:
        raise PdfUnfixable("wrong-password")
    return _written(_copy(reader))


# --- A005: a cross-reference table to rebuild ------------------------------------------------

def _readable(reader: PdfReader) -> int:
    """The number of pages, having read every page's content and images (raises if not)."""
    pages = 0
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            contents.get_data()
        for image in page.images:
            _ = image.data
        pages += 1
    return pages


def repair_pdf(data: bytes) -> tuple[bytes, int]:
    """A rewritten copy with a valid cross-reference table, and its page count, when pypdf
    reads every page whole; PdfUnfixable("unreadable") when it does not."""
    try:
        reader = _reader(data)
        pages = _readable(reader)
        if pages == 0:
            raise PdfUnfixable("unreadable")
        repaired = _written(_copy(reader))
        if _readable(_reader(repaired)) != pages:
            raise PdfUnfixable("unreadable")
    except PdfUnfixable:
        raise
    except Exception:  # noqa: BLE001 - pypdf raises many types; each means "cannot read it"
        raise PdfUnfixable("unreadable") from None
    return repaired, pages


# --- A019: scripts, launch actions, embedded files ------------------------------------------

def active_content(data: bytes) -> str | None:
    """What the PDF would run or carry besides its pages, as the attachment rules see it."""
    from casecheck.attachments import active_content as found_in  # noqa: PLC0415 - pypdf: only when a PDF is fixed

    return found_in(_reader(data))


_ACTIVE = ("/JavaScript", "/Launch")


def _resolved(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _harmless(action: Any, seen: set[int]) -> Any:
    """``action`` without the scripts and launches in it or chained to it by /Next, or None
    when nothing harmless is left (a go-to-page action stays)."""
    from pypdf.generic import ArrayObject, NameObject  # noqa: PLC0415 - pypdf: only when a PDF is fixed

    resolved = _resolved(action)
    if id(resolved) in seen:
        return None
    seen.add(id(resolved))
    if isinstance(resolved, list):
        kept = [item for item in (_harmless(item, seen) for item in resolved) if item is not None]
        return ArrayObject(kept) if kept else None
    if not isinstance(resolved, dict):
        return action
    if "/S" not in resolved:
        return action  # a destination, not an action
    if str(_resolved(resolved.get("/S"))) in _ACTIVE:
        return None
    if "/Next" in resolved:
        following = _harmless(resolved["/Next"], seen)
        if following is None:
            del resolved[NameObject("/Next")]
        else:
            resolved[NameObject("/Next")] = following
    return action


def _clean(holder: Any, key: str, seen: set[int]) -> None:
    from pypdf.generic import NameObject  # noqa: PLC0415 - pypdf: only when a PDF is fixed

    if key in holder:
        kept = _harmless(holder[key], seen)
        if kept is None:
            del holder[NameObject(key)]
        else:
            holder[NameObject(key)] = kept


def strip_active_content(data: bytes) -> bytes:
    """A copy without JavaScript, launch actions and embedded files: the document's name
    trees, open action and event actions, each page's event actions, and its links' actions
    and file-attachment annotations, as ``casecheck.attachments.active_content`` finds them."""
    from pypdf.generic import ArrayObject, NameObject  # noqa: PLC0415 - pypdf: only when a PDF is fixed

    writer = _copy(_reader(data))
    root = writer.root_object
    seen: set[int] = set()
    names = _resolved(root.get("/Names"))
    if isinstance(names, dict):
        for key in ("/JavaScript", "/EmbeddedFiles"):
            if key in names:
                del names[NameObject(key)]
    _clean(root, "/OpenAction", seen)
    if "/AA" in root:
        del root[NameObject("/AA")]
    for page in writer.pages:
        if "/AA" in page:
            del page[NameObject("/AA")]
        annotations = _resolved(page.get("/Annots"))
        if not isinstance(annotations, list):
            continue
        kept = ArrayObject()
        for reference in annotations:
            annotation = _resolved(reference)
            if isinstance(annotation, dict):
                if annotation.get("/Subtype") == "/FileAttachment":
                    continue
                _clean(annotation, "/A", seen)
                if "/AA" in annotation:
                    del annotation[NameObject("/AA")]
            kept.append(reference)
        page[NameObject("/Annots")] = kept
    # Unreferenced now, the scripts and files would still be written out: a copy of the
    # copy holds only what its pages and catalog refer to.
    return _written(_copy(_reader(_written(writer))))


# --- A003: over the size limit ---------------------------------------------------------------

@dataclass
class _PageImage:
    """One image XObject to re-encode, where it is drawn, and its encodings by quality."""

    file: Any
    stream_size: int
    original: Image | None
    """Kept only for the legibility check of a screenshot."""
    picture: Image
    encodings: dict[int, int] = field(default_factory=dict)

    def size_at(self, quality: int) -> int:
        if quality not in self.encodings:
            buffer = io.BytesIO()
            self.picture.save(buffer, "JPEG", quality=quality, optimize=True)
            self.encodings[quality] = len(buffer.getvalue())
        return self.encodings[quality]


def _compressed(writer: PdfWriter) -> bytes:
    """Lossless: identical objects written once, content streams deflated."""
    for page in writer.pages:
        with suppress(Exception):  # a content stream pypdf cannot rewrite stays as it was
            page.compress_content_streams(level=9)
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    return _written(writer)


def _scaled(picture: Image, dpi: float, legibility: Legibility) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow: only when an image is fixed

    if picture.mode not in ("L", "RGB"):
        picture = picture.convert("RGB")
    if dpi <= TARGET_DPI:
        return picture
    scale = TARGET_DPI / dpi
    if legibility.big_enough(*picture.size):
        scale = max(scale, legibility.min_width / picture.width,
                    legibility.min_height / picture.height)
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    return picture.resize(size, PILImage.Resampling.LANCZOS) if size != picture.size else picture


def _images(writer: PdfWriter, legibility: Legibility, *, keep: bool) -> list[_PageImage]:
    """The page images worth re-encoding, each once however many pages draw it."""
    found: dict[int, _PageImage] = {}
    for page in writer.pages:
        box = page.mediabox
        width_in, height_in = float(box.width) / 72, float(box.height) / 72
        for image in page.images:
            reference = image.indirect_reference
            if reference is None or reference.idnum in found:
                continue
            stream: Any = reference.get_object()
            if any(key in stream for key in ("/SMask", "/Mask", "/ImageMask")):
                continue  # transparency that a JPEG cannot carry
            if stream.get("/BitsPerComponent") == 1:
                continue  # a bilevel scan, which CCITT or JBIG2 store better than JPEG
            try:
                size = len(image.data)  # the stream as stored (a JPEG stays as it is)
                picture = image.image
            except Exception:  # noqa: BLE001 - a filter Pillow cannot decode: left as is
                continue
            if size < SMALL_IMAGE:
                continue  # a logo or an icon
            if picture is None:
                continue
            # The image is taken to cover the page: the dpi it is drawn at is at least this.
            dpi = max(picture.width / width_in, picture.height / height_in) if width_in else 72
            found[reference.idnum] = _PageImage(image, size, picture if keep else None,
                                                _scaled(picture, dpi, legibility))
    return list(found.values())


SAMPLE_IMAGES = 8
"""The quality is chosen on this many images spread over the document, scaled to all of them:
encoding every image at every quality would cost more than the re-encoding itself."""


def _best_quality(images: Sequence[_PageImage], overhead: int, limit: int) -> int | None:
    """The highest quality whose predicted size fits, or None."""
    step = max(1, len(images) // SAMPLE_IMAGES)
    sample = list(images[::step])
    scale = sum(i.stream_size for i in images) / max(1, sum(i.stream_size for i in sample))
    for quality in QUALITIES:
        predicted = overhead + scale * sum(min(i.size_at(quality), i.stream_size)
                                           for i in sample)
        if predicted <= limit * FIT_MARGIN:
            return quality
    return None


def _reencode(images: Sequence[_PageImage], quality: int,
              check: Callable[[Image, Image], str | None] | None) -> tuple[int, str | None]:
    """Replace the page images by JPEGs of ``quality`` where that is smaller: how many were
    replaced, and what a screenshot lost (None: nothing)."""
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow: only when an image is fixed

    replaced = 0
    for page_image in images:
        if page_image.size_at(quality) >= page_image.stream_size:
            continue
        if check is not None:
            buffer = io.BytesIO()
            page_image.picture.save(buffer, "JPEG", quality=quality)
            assert page_image.original is not None
            lost = check(page_image.original, PILImage.open(buffer))
            if lost is not None:
                return replaced, lost
        page_image.file.replace(page_image.picture, quality=quality)
        replaced += 1
    return replaced, None


def shrink_pdf(data: bytes, limit: int, legibility: Legibility, *, screenshot: bool) -> PdfShrunk:
    """The PDF under ``limit`` bytes, or its parts; PdfUnfixable when it cannot be."""
    reader = _reader(data)
    pages = len(reader.pages)
    lossless = _compressed(_copy(reader))
    if len(lossless) <= limit:
        return PdfShrunk((lossless,), {"method": "lossless", "pages": pages})
    writer = _copy(_reader(lossless))
    images = _images(writer, legibility, keep=screenshot and legibility.engine is not None)
    overhead = len(lossless) - sum(i.stream_size for i in images)
    quality = _best_quality(images, overhead, limit) if images else None
    check = None
    if screenshot and legibility.engine is not None:
        def check(before: Image, after: Image) -> str | None:
            return legibility.lost(before.size, legibility.seen(before, b""), after, b"")
    details: dict[str, Any] = {"pages": pages, "dpi": TARGET_DPI, "images": len(images)}
    # Each try replaces the images of the same copy again, at the next lower quality.
    for attempt in (q for q in QUALITIES if quality is not None and q <= quality):
        replaced, lost = _reencode(images, attempt, check)
        if lost is not None:
            raise PdfUnfixable(lost)
        shrunk = _compressed(writer)
        if len(shrunk) <= limit:
            return PdfShrunk((shrunk,), {**details, "method": "images", "quality": attempt,
                                         "replaced": replaced})
    source = lossless
    if images:
        replaced, lost = _reencode(images, SPLIT_QUALITY, check)
        if lost is not None:
            raise PdfUnfixable(lost)
        source = _compressed(writer)
        details.update(quality=SPLIT_QUALITY, replaced=replaced)
        if len(source) <= limit:
            return PdfShrunk((source,), {**details, "method": "images"})
    parts = split_pdf(source, limit)
    return PdfShrunk(parts, {**details, "method": "split", "parts": len(parts)})


def _part(reader: PdfReader, first: int, end: int) -> bytes:
    from pypdf import PdfWriter  # noqa: PLC0415 - pypdf: only when a PDF is fixed

    writer = PdfWriter()
    for number in range(first, end):
        writer.add_page(reader.pages[number])
    return _compressed(writer)


def split_pdf(data: bytes, limit: int) -> tuple[bytes, ...]:
    """Consecutive pages in parts of at most ``limit`` bytes, as few parts as the pages'
    sizes allow; PdfUnfixable("page-too-large") when one page alone is over the limit."""
    reader = _reader(data)
    count = len(reader.pages)
    alone = [len(_part(reader, number, number + 1)) for number in range(count)]
    if max(alone, default=0) > limit:
        raise PdfUnfixable("page-too-large")
    shared = min(alone, default=0) // 2  # each part pays for the document structure once
    parts: list[bytes] = []
    first = 0
    while first < count:
        end, total = first + 1, alone[first]
        while end < count and total + alone[end] - shared <= limit * FIT_MARGIN:
            total += alone[end] - shared
            end += 1
        part = _part(reader, first, end)
        while len(part) > limit and end - first > 1:
            end -= 1
            part = _part(reader, first, end)
        parts.append(part)
        first = end
    return tuple(parts)


def part_names(stem: str, suffix: str, count: int) -> list[str]:
    return [PART_NAME.format(stem=stem, number=n, suffix=suffix) for n in range(1, count + 1)]


def pixel_sizes(data: bytes) -> list[tuple[int, int]]:
    """The pixel size of the largest image on each page (how the bench measures quality)."""
    sizes = []
    for page in _reader(data).pages:
        best = (0, 0)
        for image in page.images:
            if image.indirect_reference is None:
                continue
            stream: Any = image.indirect_reference.get_object()
            width, height = int(stream["/Width"]), int(stream["/Height"])
            if width * height > best[0] * best[1]:
                best = (width, height)
        sizes.append(best)
    return sizes
