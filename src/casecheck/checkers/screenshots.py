"""Screenshot rules: a screenshot must be readable and show the page URL and when it was taken.

Seller Support asks for screenshots "with the URL and the time"; OCR proves both are
visible (A008, A009), says when it cannot (A017), flags a screenshot too small to read
(A014) and one whose URL belongs to another marketplace than the case's (I012).

Files that are missing, outside the case folder, not regular, over the size limit or not
an image Pillow can decode are left to the attachment rules (A001-A011): this checker
skips them rather than report the same problem twice.
"""

from __future__ import annotations

import io
import os
import threading
import warnings
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casecheck.attachments import (
    AttachmentFacts,
    FileIdentity,
    InspectionLimits,
    inspect_attachment,
)
from casecheck.budget import ParseTimeout
from casecheck.catalog import listed, word
from casecheck.engine import OCR, Context, checker
from casecheck.files import open_regular
from casecheck.findings import Finding, Location
from casecheck.loader import LoadedCase, resolve_in_case
from casecheck.ocr import OcrEngine, OcrEngineError
from casecheck.ocr.cache import OcrCache, default_cache
from casecheck.ocr.reading import (
    OCR_MAX_PIXELS,
    Reading,
    content_digest,
    grey_image,
    ocr_pixels,
    read_screenshot,
    scaled,
)
from casecheck.parsers import ParserStopped, run_budgeted
from casecheck.placeholders import is_placeholder
from casecheck.urls import marketplaces_for_host

SAMPLE_CHARACTERS = 120
"""How much of the text read a message quotes; ``data.read`` has the lines themselves."""


def _screenshot_bytes(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None when another rule reports it (missing, special, too big)."""
    try:
        descriptor, info = open_regular(path)
        with os.fdopen(descriptor, "rb") as handle:
            if not 0 < info.st_size <= limit:
                return None
            data = handle.read(limit + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None


_UNREADABLE = (OSError, ValueError, SyntaxError, EOFError, MemoryError)
"""What Pillow raises on a file that is not an image or is cut short (A001/A007 report it)."""


def _image_size(path: Path, facts: AttachmentFacts, limit: int) -> tuple[int, int] | None:
    """The size of the image, from its header; None when A001-A007 report the file: not an
    image, a decompression bomb, a PNG that is damaged or could not be checked in time."""
    if facts.state != "file" or not facts.read_fully or not facts.size or facts.is_pdf:
        return None
    if facts.is_png:  # the chunk walk and the image data were checked once (A007)
        if facts.problem is not None or facts.png_width is None or facts.png_height is None:
            return None
        return facts.png_width, facts.png_height
    data = _screenshot_bytes(path, limit)
    if data is None:
        return None
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow only when there is a screenshot

    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that: treat it as the bomb it is.
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            with PILImage.open(io.BytesIO(data)) as image:
                image.verify()
                return image.size
        except (*_UNREADABLE, PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            return None


_READINGS_KEPT = 1024
_readings: OrderedDict[tuple[Any, ...], Reading] = OrderedDict()
_readings_lock = threading.Lock()
"""What each distinct screenshot read as, per engine, for this process: a file listed 20 times
(or by 20 cases) is decoded and read once."""


def clear_readings() -> None:
    """Forget every screenshot read (tests, long-lived processes)."""
    with _readings_lock:
        _readings.clear()


@dataclass(frozen=True)
class _NotRead:
    """Why a screenshot was not read: the engine failed (A017), or decoding it ran out of its
    budget (A017 as well, and the case is not cached: it says how busy this run was)."""

    error: str
    settled: bool = True


def _reading(
    path: Path, limits: InspectionLimits, engine: OcrEngine, cache: OcrCache | None,
) -> Reading | _NotRead | None:
    """What ``engine`` reads on the screenshot at ``path``, once per distinct file and run;
    None when the file is gone or grew past the size limit since it was inspected."""
    try:
        identity = FileIdentity.of(path.stat())
    except OSError:
        return None
    key = (identity, engine.name, engine.settings, OCR_MAX_PIXELS)
    with _readings_lock:
        known = _readings.get(key)
    if known is not None:
        return known
    data = _screenshot_bytes(path, limits.read_limit)
    if data is None:
        return None
    try:
        facts, pixels = run_budgeted(ocr_pixels, data, OCR_MAX_PIXELS,
                                     seconds=limits.parse_timeout)
    except ParseTimeout:
        spent = f"{limits.parse_timeout:g} s of CPU time"
        return _NotRead(f"decoding the image took more than {spent}, twice", settled=False)
    except ParserStopped as stopped:
        return _NotRead(str(stopped), settled=False)
    if "error" in facts:  # rare: Pillow refuses image data that the PNG check found whole
        return _NotRead(f"the image does not decode: {facts['error']}")
    try:
        reading = read_screenshot(grey_image(facts, pixels), engine, digest=content_digest(data),
                                  cache=cache)
    except OcrEngineError as error:
        return _NotRead(str(error))
    reading = scaled(reading, facts["scale"])
    with _readings_lock:
        _readings[key] = reading
        while len(_readings) > _READINGS_KEPT:
            _readings.popitem(last=False)
    return reading


def _cache(root: Path) -> OcrCache | None:
    cache = default_cache()
    try:
        if cache.directory.resolve().is_relative_to(root.resolve()):
            return None  # never write inside a case folder
    except OSError:
        return None
    return cache


def _sample(reading: Reading, lang: str) -> str:
    text = " | ".join(reading.texts())
    if not text:
        return word("ocr-regions", "nothing", lang)
    return f'"{text[:SAMPLE_CHARACTERS]}{"..." if len(text) > SAMPLE_CHARACTERS else ""}"'


def _region_name(name: str, lang: str) -> str:
    """``top``, ``page-2``: a region of casecheck.ocr.reading as the message names it."""
    base, _, number = name.partition("-")
    if base == "page" and number.isdigit():
        return word("ocr-regions", "page", lang).format(number=number)
    return word("ocr-regions", name, lang, default=name)


def _reading_data(reading: Reading) -> dict[str, Any]:
    data: dict[str, Any] = {"engine": reading.engine, "regions": list(reading.regions)}
    if reading.url is not None and reading.url_line is not None:
        data.update(
            url=reading.url.url, url_read=reading.url_line.text, url_box=list(reading.url_line.box)
        )
    if reading.time is not None and reading.time_line is not None:
        data.update(
            time=reading.time.text,
            time_read=reading.time_line.text,
            time_box=list(reading.time_line.box),
        )
    if reading.page_date is not None and reading.page_date_line is not None:
        data.update(
            page_date=reading.page_date.text,
            page_date_read=reading.page_date_line.text,
            page_date_box=list(reading.page_date_line.box),
        )
    data["read"] = reading.texts()
    return data


@dataclass(frozen=True)
class Shot:
    """One listed screenshot, opened and, where it could be, read.

    ``too_small`` holds A014's data; ``reading`` is None when it was not read (too small, OCR
    off, no engine, the engine failed: then ``error`` says why).
    """

    index: int
    file: str
    location: Location
    size: tuple[int, int]
    too_small: dict[str, int] | None = None
    engine: str | None = None
    reading: Reading | None = None
    error: str | None = None

    def observed(self) -> dict[str, Any]:
        """What the reports show of this screenshot: its size, how it was read, and where the
        URL and the time stand on it (the reading's data without the lines read)."""
        status = ("too-small" if self.too_small is not None else "failed" if self.error is not None
                  else "no-engine" if self.reading is None else "read")
        shown: dict[str, Any] = {"file": self.file, "index": self.index,
                                 "width": self.size[0], "height": self.size[1], "status": status}
        if self.reading is not None:
            shown |= {k: v for k, v in _reading_data(self.reading).items() if k != "read"}
        elif self.engine is not None:
            shown["engine"] = self.engine
        return shown


def screenshot_readings(case: LoadedCase, ctx: Context) -> list[Shot]:
    """The case's screenshots, each opened and read once per case however many rules ask:
    the screenshot rules and I012 both use the URL read."""
    memo = ctx.shared.get("screenshots")
    if memo is None:
        memo = ctx.shared["screenshots"] = list(_read_shots(case, ctx))
        if memo:  # the boxes of a passing screenshot have no finding to carry them
            ctx.observe("screenshots", [shot.observed() for shot in memo])
    shots: list[Shot] = memo
    return shots


def _read_shots(case: LoadedCase, ctx: Context) -> Iterator[Shot]:
    model, root = case.model, case.root
    if model is None or root is None:
        return
    listed = [(i, a) for i, a in enumerate(model.attachments) if a.kind == "screenshot"]
    if not listed:
        return
    policy = ctx.packs.global_.screenshots
    attachments = ctx.packs.global_.attachments
    limits = InspectionLimits(read_limit=attachments.size_limit.value,
                              max_pixels=attachments.max_pixels.value,
                              parse_timeout=ctx.config.parse_timeout)
    # Template screenshots are examples, not evidence (SPEC §6); --no-ocr is the user's
    # explicit choice, so it silences A017 too: nothing was left unverified by surprise.
    use_ocr = ctx.config.ocr and not ctx.template
    engine: OcrEngine | None = ctx.ocr_engine if use_ocr else None
    cache = _cache(root) if engine is not None else None
    for index, attachment in listed:
        if is_placeholder(attachment.path):
            continue
        path = resolve_in_case(root, attachment.path)
        # The attachment rules inspected the file already: this is their memo, not a new read.
        size = _image_size(path, inspect_attachment(path, limits), limits.read_limit) \
            if path is not None else None
        if path is None or size is None:
            continue
        location = Location(file=attachment.path, field=f"attachments[{index}]")
        width, height = size
        if width < policy.min_width or height < policy.min_height:
            yield Shot(index, attachment.path, location, size, too_small={
                "width": width, "height": height,
                "min_width": policy.min_width, "min_height": policy.min_height,
            })
            continue
        if not use_ocr:
            continue
        if engine is None:
            yield Shot(index, attachment.path, location, size)
            continue
        read = _reading(path, limits, engine, cache)
        if isinstance(read, _NotRead):
            if not read.settled:
                ctx.not_settled(f"{attachment.path}: {read.error}")
            yield Shot(index, attachment.path, location, size, engine=engine.name,
                       error=read.error)
        elif read is not None:
            yield Shot(index, attachment.path, location, size, engine=engine.name, reading=read)


@checker("A008", "A009", "A014", "A017", reads={OCR})
def screenshots(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    for shot in screenshot_readings(case, ctx):
        if shot.too_small is not None:
            yield ctx.finding("A014", location=shot.location,
                              cited=ctx.packs.global_.screenshots,
                              data=shot.too_small, screenshot=shot.file)
        elif shot.error is not None:
            yield ctx.finding("A017", variant="failed", location=shot.location,
                              data={"engine": shot.engine, "error": shot.error},
                              screenshot=shot.file)
        elif shot.reading is None:
            yield ctx.finding("A017", location=shot.location, data={"engine": None},
                              screenshot=shot.file)
        else:
            yield from _verdicts(shot.reading, shot.file, shot.location, ctx)


def _verdicts(reading: Reading, file: str, location: Location, ctx: Context) -> Iterator[Finding]:
    data = _reading_data(reading)
    shown: dict[str, Any] = {
        "screenshot": file, "sample": _sample(reading, ctx.lang),
        "regions": listed([_region_name(r, ctx.lang) for r in reading.regions], ctx.lang),
    }
    if reading.url is None:
        yield ctx.finding("A008", location=location, data=data, **shown)
    if reading.time is None and reading.page_date is not None:
        yield ctx.finding("A009", variant="page-date", location=location, data=data,
                          date=reading.page_date.text, **shown)
    elif reading.time is None:
        yield ctx.finding("A009", location=location, data=data, **shown)


def screenshot_marketplaces(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """I012 for each screenshot whose Seller Central URL belongs to another marketplace."""
    model = case.model
    if model is None:
        return
    for shot in screenshot_readings(case, ctx):
        reading = shot.reading
        url = reading.url if reading is not None else None
        if reading is None or url is None or not url.amazon:
            continue
        markets = marketplaces_for_host(url.host, ctx.packs)
        if markets and model.marketplace not in markets:
            # I012's generic wording: "{where} points at {found} ({host}), but the case is ..."
            yield ctx.finding(
                "I012",
                location=shot.location,
                data={
                    "host": url.host,
                    "found": ", ".join(markets),
                    "marketplace": model.marketplace,
                    "url": url.url,
                    "box": list(reading.url_line.box) if reading.url_line else None,
                },
                where=word("places", "screenshot", ctx.lang).format(file=shot.file),
            )
