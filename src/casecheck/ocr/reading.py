"""Region-first reading of a screenshot: the likely places first, the whole image last.

Address bars sit in the top strip, clocks in the bottom-right taskbar or the top-right
menu bar (inside the top strip too), page timestamps anywhere. Reading a strip costs a
fraction of the whole image, so the cascade reads the top strip, then the bottom-right
corner if no time was found, then the rest of the page band by band only while something
is still missing, and stops at the line that completes a URL and a capture time (rapidocr
recognizes a region's text boxes one at a time, and recognition is most of the cost).

The capture time is what Seller Support asks for: when the screenshot was taken. A time of
day anywhere is one (a clock, or a page's "Last updated 10:42"); a date is one only where the
operating system's clock or the browser's bars stand (:func:`in_chrome`): in the top strip
around the address bar, or in the macOS menu bar's place; in the bottom-right corner on the
Windows taskbar. A date printed in the page body alone (an order date in a table, also one
that a crop of the page puts in the top strip or the bottom-right corner) says nothing about
when the screenshot was taken: it is kept as ``page_date``, and the reading goes on looking
for a capture time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import math
import statistics
import warnings
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from casecheck.masking import mask_text
from casecheck.ocr.cache import OcrCache
from casecheck.ocr.lines import Box, OcrEngine, ScalingEngine, TextLine
from casecheck.ocr.recognizers import TimeMatch, UrlMatch, find_times, find_urls

if TYPE_CHECKING:
    from PIL.Image import Image

BLANK_TOLERANCE = 12
"""Largest spread of gray levels along a pixel row that still counts as a blank row."""
PREPARATION = "gray-v2"
"""Names how a region is prepared before reading; part of the cache key."""
DARK = 110
"""Mean gray level under which a region is dark-themed and is inverted (light text on dark
reads worse, with tesseract most of all)."""


MENU_BAR = 0.05
"""Height of the top band, as a share of the reference height (at least 40 px), where a date
right of the middle is the macOS menu-bar clock: the menu bar is 24 points tall (48 px at 2x,
36 at 150 %); a crop's first page line rarely stands that high and that far right."""
BAR_EDGE = 4
"""Difference of grey levels between two neighbouring rows that counts as a bar's edge. A light
Windows 11 taskbar (243) on a white page differs by 12, a dark one on a dark page by 6; JPEG
noise on a flat page stays under 3."""
FULL_WIDTH = 0.985
"""Share of the columns an edge must cross to be a taskbar's top: the taskbar spans the screen
from edge to edge, a table's rules stop at the page's margins (32 px each side of a 1920 px
page is 96.7 %)."""


CHROME = ("top", "bottom-right")
"""The regions where the browser's bars and the OS clock stand."""
FULL_SIZE = "-full-size"
"""Added to the name of a region of ``CHROME`` read again at full size
(:func:`full_size_regions`)."""


@dataclass(frozen=True, slots=True)
class Region:
    """A part of the screenshot to read, and what it is read for: "url", "time" or "both"."""

    name: str
    box: Box
    purpose: str = "both"


def _reference(width: int, height: int) -> int:
    # Tall full-page captures keep their address bar in the same few hundred pixels as a
    # 4:3 window would, so strips are measured on a height capped at 3/4 of the width.
    return min(height, round(width * 0.75))


def region_cascade(width: int, height: int) -> list[Region]:
    """Top strip, bottom-right corner, then the rest of the page in overlapping bands.

    Bands rather than one whole-image read let a timestamp near the top of the page stop
    the reading early; they overlap so that no line of text is cut in two everywhere. The
    first band is half as tall as the others: a page's own timestamp and the address bar
    of a window placed lower on the screen mostly stand right under the top strip, and
    detection costs in proportion to the rows it sees (on the labeled set, 1920x1080
    shots with a page timestamp took 0.42 s instead of 0.56 s, those with nothing to find
    the same as before).
    """
    reference = _reference(width, height)
    top = min(height, max(180, round(reference * 0.14)))
    corner = max(0, height - max(60, round(reference * 0.1)))
    regions = [
        Region("top", (0, 0, width, top)),
        Region("bottom-right", (round(width * 0.6), corner, width, height), "time"),
    ]
    band, overlap = max(240, round(reference * 0.3)), max(24, round(reference * 0.03))
    size = band // 2
    start = max(0, top - overlap)
    number = 1
    while start < height and top < height:
        end = min(height, start + size)
        if height - end < size // 3:  # no sliver of a last band
            end = height
        regions.append(Region(f"page-{number}", (0, start, width, end)))
        if end == height:
            break
        start, number, size = end - overlap, number + 1, band
    return regions


def _blank_row(image: Image, top: int, bottom: int) -> int | None:
    """The lowest row from ``bottom`` up to (not including) ``top`` with nothing on it."""
    for row in range(min(bottom, image.height - 1), top, -1):
        low, high = cast(
            "tuple[int, int]", image.crop((0, row, image.width, row + 1)).convert("L").getextrema()
        )
        if high - low <= BLANK_TOLERANCE:
            return row
    return None


def along_blank_rows(image: Image, regions: list[Region]) -> list[Region]:
    """``regions`` with each overlap of two full-width regions cut at a blank row instead.

    Overlaps keep a line of text that a boundary cuts in two whole in the next region, at
    the price of detecting the overlap twice and recognizing its lines twice. Where a row
    of the overlap is blank, no line crosses it: the regions can meet there instead.
    """
    result: list[Region] = []
    above: int | None = None  # index in result of the last full-width region
    for region in regions:
        left, top, right, bottom = region.box
        full_width = left == 0 and right == image.width
        if full_width and above is not None and top < result[above].box[3] <= bottom:
            before = result[above]
            blank = _blank_row(image, top, before.box[3])
            if blank is not None:
                result[above] = Region(before.name, (*before.box[:3], blank), before.purpose)
                region = Region(region.name, (left, blank, right, bottom), region.purpose)
        if full_width:
            above = len(result)
        result.append(region)
    return result


SMALL_TEXT = 18
"""Height in pixels, as detection saw it, under which the median line of a region read scaled
down is small text: 13 px tab titles and address bars give boxes about 26 px tall, 13.5 px in a
4K capture at 100 % scaled to 2000 px, 10 px at 5120 px; at 200 % they are 23 px and more,
and on the drawn 4K captures at 150 % and 200 % every URL and time was found scaled."""


def full_size_regions(
    read: list[tuple[Region, list[TextLine]]], detection_limit: int, *, url: bool, time: bool
) -> list[Region]:
    """The regions of ``CHROME`` among those ``read`` (with their lines) that detection saw
    scaled down, and whose text was small as it saw it (``SMALL_TEXT``, or none found), to be
    read again at full size for what is still missing: the top strip (address bar, menu-bar
    clock) without a URL or a time, the bottom-right corner (taskbar clock) without a time.

    A capture wider than ``detection_limit`` at 100 % scaling (3840x2160, 3440x1440 or
    5120x1440 ultrawide, 5K) has 13 px address-bar text, too small once scaled down; a HiDPI
    capture's text is twice that, and the models read it best scaled. So only a large capture
    that missed pays for it, and only in the few hundred rows where a URL or a clock can be."""
    again: list[Region] = []
    for region, lines in read:
        left, top, right, bottom = region.box
        longest = max(right - left, bottom - top)
        if region.name not in CHROME or longest <= detection_limit:
            continue
        heights = [line.box[3] - line.box[1] for line in lines]
        if heights and statistics.median(heights) * detection_limit / longest >= SMALL_TEXT:
            continue  # a HiDPI capture's text: read at the size the models read best
        if not time or (region.name == "top" and not url):
            again.append(Region(region.name + FULL_SIZE, region.box, region.purpose))
    return again


def whole_image(width: int, height: int) -> list[Region]:
    """The whole image in one read: what the region cascade is measured against."""
    return [Region("full", (0, 0, width, height))]


@dataclass(frozen=True, slots=True)
class Reading:
    """What was read from one screenshot, and the URL and time found in it, with their lines."""

    engine: str
    regions: tuple[str, ...]
    lines: tuple[TextLine, ...]
    url: UrlMatch | None = None
    url_line: TextLine | None = None
    time: TimeMatch | None = None
    """The capture time: a time of day anywhere, or a date in the clock or browser regions."""
    time_line: TextLine | None = None
    page_date: TimeMatch | None = None
    """A date read only in the page body: not the capture time, but worth saying it was seen."""
    page_date_line: TextLine | None = None

    def texts(self, limit: int = 40) -> list[str]:
        """The distinct texts read, in reading order, at most ``limit``."""
        seen: dict[str, None] = {}
        for line in self.lines:
            seen.setdefault(line.text, None)
        return list(seen)[:limit]


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


OCR_MAX_PIXELS = 40_000_000
"""A screenshot is read with at most this many pixels, one byte each once grey: a 1920 x 20000
full-page capture is read as it is; a larger image is reduced by a whole factor as it is
decoded (a JPEG at 1/2, 1/4 or 1/8 by its decoder, without the full image ever in memory)."""


def ocr_pixels(data: bytes, max_pixels: int) -> tuple[dict[str, Any], bytes]:
    """The screenshot in ``data`` as the OCR reads it: grey, transparent pixels shown on white,
    reduced to at most ``max_pixels``. Facts ``{"size": [w, h], "scale": s}`` (the original is
    ``s`` times as wide) and the pixels; or ``{"error": why}`` for a file that does not decode.

    Run by ``casecheck.parsers.run_budgeted``: the decode has the parse's time and memory
    budget, in this process or in a parser process.
    """
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow only when reading

    try:
        with warnings.catch_warnings():
            # Between MAX_IMAGE_PIXELS and twice that Pillow only warns: a bomb all the same.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            opened = PILImage.open(io.BytesIO(data))
            width, height = opened.size
            factor = max(1, math.ceil(math.sqrt(width * height / max_pixels)))
            if factor > 1:  # a JPEG decodes at a fraction of its size; other formats whole
                opened.draft("RGB" if opened.mode not in ("L", "RGB") else opened.mode,
                             (width // factor, height // factor))
            opened.load()
            image: Image = opened
            rest = math.ceil(math.sqrt(opened.width * opened.height / max_pixels))
            if rest > 1:
                image = opened.reduce(rest)
            grey = _grey(image)
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError,
            PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as error:
        return {"error": f"{type(error).__name__}: {error}"}, b""
    return {"size": list(grey.size), "scale": width / grey.width}, grey.tobytes()


def _grey(image: Image) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow only when reading

    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        # Transparent pixels often hide black: show them on white, as a viewer would.
        backdrop = PILImage.new("RGBA", image.size, "white")
        backdrop.alpha_composite(image.convert("RGBA"))
        image = backdrop
    return image.convert("L")


def grey_image(facts: dict[str, Any], pixels: bytes) -> Image:
    """The image :func:`ocr_pixels` described."""
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow only when reading

    width, height = facts["size"]
    return PILImage.frombytes("L", (width, height), pixels)


def scaled(reading: Reading, scale: float) -> Reading:
    """``reading`` of an image reduced ``scale`` times, in the original image's pixels."""
    if scale == 1:
        return reading
    moved = {id(line): line.moved(0, 0, 1 / scale) for line in reading.lines}

    def back(line: TextLine | None) -> TextLine | None:
        return None if line is None else moved.get(id(line), line.moved(0, 0, 1 / scale))

    return dataclasses.replace(
        reading, lines=tuple(moved[id(line)] for line in reading.lines),
        url_line=back(reading.url_line), time_line=back(reading.time_line),
        page_date_line=back(reading.page_date_line),
    )


def _prepared(image: Image, box: Box) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415 - Pillow only when reading
    from PIL import ImageOps, ImageStat  # noqa: PLC0415 - Pillow only when reading

    region = image.crop(box)
    if region.mode in ("RGBA", "LA", "PA") or "transparency" in region.info:
        # Transparent pixels often hide black: show them on white, as a viewer would.
        backdrop = PILImage.new("RGBA", region.size, "white")
        backdrop.alpha_composite(region.convert("RGBA"))
        region = backdrop
    region = region.convert("L")
    if ImageStat.Stat(region).mean[0] < DARK:
        region = ImageOps.invert(region)
    return region


def _region_lines(
    image: Image,
    region: Region,
    engine: OcrEngine,
    cache: OcrCache | None,
    digest: str,
) -> Generator[TextLine, None, None]:
    """The lines of ``region`` in reading order, from the cache as far as it goes.

    The caller may stop taking lines at any point; what was read until then is cached as
    a partial reading, and a later run that wants more reads the region again past it.
    """
    box = region.box
    key = f"{','.join(map(str, box))}/{PREPARATION}/{engine.settings}"
    cached, complete = (cache.get(digest, engine.name, key) if cache else None) or ([], False)
    yield from cached
    if complete:
        return
    read: list[TextLine] = []
    try:
        for line in engine.read(_prepared(image, box)):
            # A screenshot may show a card number: masked before it is cached or reported.
            placed = line.moved(box[0], box[1])
            read.append(TextLine(mask_text(placed.text), placed.box, placed.score))
            if len(read) > len(cached):  # an engine reads the same lines in the same order
                yield read[-1]
    except GeneratorExit:
        if cache is not None and len(read) > len(cached):
            cache.put(digest, engine.name, key, read, complete=False)
        raise
    if cache is not None:
        cache.put(digest, engine.name, key, read, complete=True)


def _bar_edge(image: Image, top: int, bottom: int) -> bool:
    """Whether a row between ``top`` and ``bottom`` differs from the row above it across the
    whole width: the top edge of a taskbar."""
    from PIL import ImageChops  # noqa: PLC0415 - Pillow only when reading

    top = max(1, top)
    if bottom - top < 1:
        return False
    strip = image.crop((0, top - 1, image.width, bottom)).convert("L")
    width, rows = strip.size
    steps = ImageChops.difference(strip.crop((0, 0, width, rows - 1)),
                                  strip.crop((0, 1, width, rows)))
    for row in range(rows - 1):
        flat = sum(steps.crop((0, row, width, row + 1)).histogram()[:BAR_EDGE])
        if width - flat >= FULL_WIDTH * width:
            return True
    return False


def in_chrome(image: Image, region: Region, line: TextLine, address_bars: list[TextLine]) -> bool:
    """Whether a date read on ``line`` stands where the OS clock or the browser's bars are, so
    that it is the capture time: in the top strip on or above an address bar read there, or
    at most one of its lines below it (the tabs, the toolbar, the menu bar; the page starts
    further down, past the toolbar's padding), or right of the middle of the menu bar's band;
    in the bottom-right corner below the top edge of a taskbar."""
    width, height = image.size
    left, top, _, bottom = line.box
    name = region.name.removesuffix(FULL_SIZE)
    if name == "top":
        if any((top + bottom) / 2 <= 2 * bar.box[3] - bar.box[1] for bar in address_bars):
            return True
        band = max(40, round(_reference(width, height) * MENU_BAR))
        return bottom <= band and left >= width / 2
    if name == "bottom-right":
        # At 175 % or more a taskbar is taller than the corner: its edge may stand above it.
        corner = region.box[1]
        return _bar_edge(image, corner - (height - corner), top)
    return False


def _best_url(found: list[tuple[UrlMatch, TextLine]]) -> tuple[UrlMatch, TextLine] | None:
    return min(found, key=lambda pair: not pair[0].amazon, default=None)


def _best_time(found: list[tuple[TimeMatch, TextLine]]) -> tuple[TimeMatch, TextLine] | None:
    return min(found, key=lambda pair: pair[0].kind != "time", default=None)


def read_screenshot(
    image: Image,
    engine: OcrEngine,
    *,
    digest: str,
    cache: OcrCache | None = None,
    regions_of: Callable[[int, int], list[Region]] = region_cascade,
) -> Reading:
    """Read ``image`` region by region, line by line, until a URL and a capture time are
    found. Among what was read by then, an Amazon URL is preferred to another one and a
    time of day to a bare date. Where the browser's bars and the clock were read scaled down
    and one is still missing, they are read again at full size (:func:`full_size_regions`)
    before the rest of the page."""
    lines: list[TextLine] = []
    regions: list[str] = []
    urls: list[tuple[UrlMatch, TextLine]] = []
    times: list[tuple[TimeMatch, TextLine]] = []
    page_dates: list[tuple[TimeMatch, TextLine]] = []
    chrome_read: list[tuple[Region, list[TextLine]]] = []

    def again() -> Iterator[tuple[Region, OcrEngine]]:
        if isinstance(engine, ScalingEngine):
            fine = engine.full_size()
            for region in full_size_regions(chrome_read, engine.detection_limit,
                                            url=bool(urls), time=bool(times)):
                yield region, fine

    def plan() -> Iterator[tuple[Region, OcrEngine]]:
        # Lazy: what is read again at full size depends on what was found before it.
        chrome_done = False
        for region in along_blank_rows(image, regions_of(*image.size)):
            if region.name not in CHROME and not chrome_done:
                chrome_done = True
                yield from again()
            yield region, engine
        if not chrome_done:
            yield from again()

    for region, reader in plan():
        if urls and times:
            break
        if region.purpose == "time" and times:
            continue
        regions.append(region.name)
        if region.name in CHROME:
            chrome_read.append((region, []))
        address_bars: list[TextLine] = []
        # Dates of this region not (yet) in the chrome: an address bar read further down the
        # top strip puts the tab titles above it there.
        pending: list[tuple[TimeMatch, TextLine]] = []
        with closing(_region_lines(image, region, reader, cache, digest)) as stream:
            for line in stream:
                lines.append(line)
                if region.name in CHROME:
                    chrome_read[-1][1].append(line)
                found = [(match, line) for match in find_urls(line.text)]
                urls += found
                if found:
                    address_bars.append(line)
                matches = find_times(line.text)
                times += [(match, line) for match in matches if match.kind == "time"]
                dates = [(match, line) for match in matches if match.kind == "date"]
                placed = [date for date in (pending if found else []) + dates
                          if in_chrome(image, region, date[1], address_bars)]
                times += placed
                pending = [date for date in pending + dates if date not in placed]
                if urls and times:
                    break
        page_dates += pending
    url, time = _best_url(urls), _best_time(times)
    page_date = page_dates[0] if page_dates and time is None else None
    return Reading(
        engine.name,
        tuple(regions),
        tuple(lines),
        url[0] if url else None,
        url[1] if url else None,
        time[0] if time else None,
        time[1] if time else None,
        page_date[0] if page_date else None,
        page_date[1] if page_date else None,
    )
