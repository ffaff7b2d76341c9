"""Large captures at low display scaling: text too small once detection scales them down.

A 3840x2160 capture at 100 % has 13 px address-bar text; detection sees the top strip scaled to
2000 px and the text at 7 px, so the URL was not found and the seller was told a good
screenshot shows none (A008). The browser's bars and the clock are read again at full size
where such a capture missed one, and only there. The screenshots are drawn here with the
variety bench's generator (bench/shots_variety.py) and read with rapidocr; a scripted engine
checks when the full-size reading happens and what it costs in regions.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, check, module_cache
from PIL import Image

from casecheck import ocr
from casecheck.findings import CaseReport
from casecheck.ocr import TextLine
from casecheck.ocr.cache import OcrCache
from casecheck.ocr.lines import OcrEngine, ScalingEngine
from casecheck.ocr.rapid import DETECTION_LIMIT, installed_backend
from casecheck.ocr.reading import FULL_SIZE, content_digest, read_screenshot

sys.path.insert(0, str(REPO / "bench"))
import shots_variety

needs_rapidocr = pytest.mark.skipif(
    installed_backend() is None, reason="the casecheck[ocr] extra (rapidocr) is not installed"
)


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep this module's OCR cache out of the user's real cache directory."""
    yield from module_cache(tmp_path_factory)


# --- when the full-size reading happens, with a scripted engine ------------------------------


class SmallTextEngine:
    """Reads like a detector that scales images to ``DETECTION_LIMIT``: the ``small`` lines
    (of the top strip, or of the other regions) are found only where they are read at full
    size or where the region needed no scaling, the ``large`` ones everywhere."""

    def __init__(self, name: str, small: dict[str, list[str]], large: dict[str, list[str]],
                 *, line_height: int = 16) -> None:
        self.name = name
        self.line_height = line_height
        self.settings = "scaled"
        self.small = small
        self.large = large
        self.reads: list[tuple[str, tuple[int, int]]] = []

    @property
    def detection_limit(self) -> int:
        return DETECTION_LIMIT

    def full_size(self) -> OcrEngine:
        return _FullSize(self)

    def read(self, image: Image.Image, *, full_size: bool = False) -> list[TextLine]:
        # The top strip is the first region as wide as the widest yet and the one read at
        # full size; the corner is narrower; the page bands come after the top strip.
        widest = max([image.width, *(size[0] for _, size in self.reads)])
        first_wide = all(size[0] < image.width for _, size in self.reads)
        kind = "top" if image.width == widest and (first_wide or full_size) else "other"
        self.reads.append((f"{kind}{' full' if full_size else ''}", image.size))
        texts = self.large.get(kind, [])
        if full_size or image.width <= DETECTION_LIMIT:
            texts = texts + self.small.get(kind, [])
        step = self.line_height + 4
        return [TextLine(text, (10, 10 + step * i, 400, 10 + step * i + self.line_height), 0.99)
                for i, text in enumerate(texts)]


class _FullSize:
    def __init__(self, engine: SmallTextEngine) -> None:
        self.engine = engine
        self.name = engine.name
        self.settings = "full size"

    def read(self, image: Image.Image) -> list[TextLine]:
        return self.engine.read(image, full_size=True)


def test_the_scripted_engine_is_a_scaling_engine() -> None:
    assert isinstance(SmallTextEngine("s", {}, {}), ScalingEngine)
    engine = ocr.engine_named("rapidocr")
    if engine is not None:
        assert isinstance(engine, ScalingEngine)
        assert engine.full_size().settings != engine.settings  # the cache key tells them apart


def test_a_4k_capture_whose_url_is_too_small_is_read_again_at_full_size() -> None:
    engine = SmallTextEngine("small-url", {"top": ["sellercentral.amazon.com/inventory"]},
                             {"top": ["Manage Orders"], "other": ["3:45 PM"]})
    reading = read_screenshot(Image.new("L", (3840, 2160), 255), engine, digest="1" * 64)
    assert reading.url is not None and reading.url.host == "sellercentral.amazon.com"
    assert reading.time is not None
    assert reading.regions == ("top", "bottom-right", "top" + FULL_SIZE)
    assert [kind for kind, _ in engine.reads] == ["top", "other", "top full"]


def test_the_full_size_reading_comes_before_the_page_and_only_for_the_bars_and_clock() -> None:
    engine = SmallTextEngine("no-url", {}, {"top": ["Manage Orders"], "other": ["3:45 PM"]})
    reading = read_screenshot(Image.new("L", (5120, 1440), 255), engine, digest="2" * 64)
    assert reading.url is None
    assert reading.regions[:3] == ("top", "bottom-right", "top" + FULL_SIZE)
    assert all(name.startswith("page-") for name in reading.regions[3:])
    assert sum(kind.endswith("full") for kind, _ in engine.reads) == 1


def test_a_missing_time_reads_the_corner_again_where_it_was_scaled() -> None:
    engine = SmallTextEngine("no-time", {}, {"top": ["sellercentral.amazon.com/home"]})
    reading = read_screenshot(Image.new("L", (5120, 2880), 255), engine, digest="3" * 64)
    assert reading.time is None
    # 5120 px: the corner (40 % of the width) is 2048 px wide, scaled too.
    assert reading.regions[:4] == ("top", "bottom-right", "top" + FULL_SIZE,
                                   "bottom-right" + FULL_SIZE)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (2000, 1200), (1080, 2340)])
def test_captures_detection_sees_whole_are_not_read_again(size: tuple[int, int]) -> None:
    engine = SmallTextEngine("small", {}, {"top": ["Manage Orders"]})
    reading = read_screenshot(Image.new("L", size, 255), engine, digest="4" * 64)
    assert not any(name.endswith(FULL_SIZE) for name in reading.regions)
    assert not any(kind.endswith("full") for kind, _ in engine.reads)


def test_a_large_capture_whose_text_was_large_as_detection_saw_it_is_not_read_again() -> None:
    # 2x HiDPI: 13 pt text is 26 px, its boxes about 46 px, 24 px once scaled to 2000 px.
    engine = SmallTextEngine("hidpi", {}, {"top": ["Manage Orders", "Inventory"],
                                           "other": ["3:45 PM"]}, line_height=46)
    reading = read_screenshot(Image.new("L", (3840, 2160), 255), engine, digest="7" * 64)
    assert reading.url is None
    assert not any(name.endswith(FULL_SIZE) for name in reading.regions)
    # The same capture at 100 %: 26 px boxes, 13.5 px as detection saw them.
    small = SmallTextEngine("uhd", {}, {"top": ["Manage Orders", "Inventory"],
                                        "other": ["3:45 PM"]}, line_height=26)
    reading = read_screenshot(Image.new("L", (3840, 2160), 255), small, digest="8" * 64)
    assert "top" + FULL_SIZE in reading.regions


def test_a_large_capture_that_found_both_is_not_read_again() -> None:
    engine = SmallTextEngine("both", {}, {"top": ["sellercentral.amazon.com/home"],
                                          "other": ["3:45 PM"]})
    reading = read_screenshot(Image.new("L", (3840, 2160), 255), engine, digest="5" * 64)
    assert reading.regions == ("top", "bottom-right")


def test_the_full_size_reading_has_a_cache_entry_of_its_own(tmp_path: Path) -> None:
    cache = OcrCache(tmp_path)
    image = Image.new("L", (3840, 2160), 255)
    first = SmallTextEngine("cached", {"top": ["sellercentral.amazon.de/orders-v3"]},
                            {"other": ["15:45"]})
    read_screenshot(image, first, digest="6" * 64, cache=cache)
    again = SmallTextEngine("cached", {}, {})  # same name: every line comes from the cache
    reading = read_screenshot(image, again, digest="6" * 64, cache=cache)
    assert again.reads == []
    assert reading.url is not None and reading.url.host == "sellercentral.amazon.de"
    assert reading.regions == ("top", "bottom-right", "top" + FULL_SIZE)


# --- the real engine on drawn large captures ---------------------------------------------------


def _png(**fields: Any) -> bytes:
    shot = shots_variety.Variety(name="large", kind="large", **fields)
    out = io.BytesIO()
    shots_variety.draw_variety(shot).save(out, format="PNG", compress_level=1)
    return out.getvalue()


LARGE = {
    # The variety bench's one miss: Firefox, dark, a Windows 10 clock, 4K at 100 %.
    "uhd-100.png": {"width": 3840, "height": 2160, "theme": "dark", "browser": "firefox",
                    "os_clock": "win10", "url": "https://sellercentral.amazon.fr/fba/sendtoamazon",
                    "clock_lines": ("15:45", "01.12.2026")},
    # Edge: detection cut the scaled-down URL after "https://selle", once taken for a URL.
    "uhd-100-edge.png": {"width": 3840, "height": 2160, "theme": "dark", "browser": "edge",
                         "os_clock": "win10",
                         "url": "https://sellercentral.amazon.co.uk/inventory?viewId=FBA",
                         "clock_lines": ("3:45 PM", "12/1/2026")},
    # Ultrawide: the URL far left of a 5120 px strip.
    "ultrawide.png": {"width": 5120, "height": 1440, "theme": "light", "browser": "chrome",
                      "os_clock": "win11", "url": "sellercentral.amazon.de/inventory",
                      "clock_lines": ("3:45 PM", "12/1/2026")},
    # 3440x1440 with the macOS menu-bar clock: the time is as small as the URL.
    "mac-ultrawide.png": {"width": 3440, "height": 1440, "browser": "firefox", "os_clock": "mac",
                          "url": "sellercentral.amazon.fr/fba/sendtoamazon",
                          "clock_lines": ("Tue 1 Dec", "15:45")},
    # The near miss: a 4K capture at 100 % that truly shows no URL, only a clock.
    "no-url.png": {"width": 3840, "height": 2160, "browser": None, "url": None,
                   "os_clock": "win11", "clock_lines": ("3:45 PM", "12/1/2026")},
}


@pytest.fixture(scope="module")
def large_report(tmp_path_factory: pytest.TempPathFactory) -> CaseReport:
    """One US case of the large captures above, read once by rapidocr."""
    if installed_backend() is None:
        pytest.skip("the casecheck[ocr] extra (rapidocr) is not installed")
    folder = tmp_path_factory.mktemp("large") / "case"
    (folder / "attachments").mkdir(parents=True)
    lines = ["type = 'technical-issue'", "marketplace = 'US'"]
    for name, fields in LARGE.items():
        (folder / "attachments" / name).write_bytes(_png(**fields))
        lines += ["[[attachments]]", f"path = 'attachments/{name}'", "kind = 'screenshot'"]
    (folder / "case.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ocr.default_engine.cache_clear()
    return check(folder, select=("A008", "A009", "A017", "I012", "X001"))


def _findings(report: CaseReport, name: str) -> dict[str, dict[str, Any]]:
    return {f.code: f.data for f in report.findings if f.location.file == f"attachments/{name}"}


@needs_rapidocr
@pytest.mark.parametrize(("name", "host"), [
    ("uhd-100.png", "sellercentral.amazon.fr"),
    ("uhd-100-edge.png", "sellercentral.amazon.co.uk"),
    ("ultrawide.png", "sellercentral.amazon.de"),
    ("mac-ultrawide.png", "sellercentral.amazon.fr"),
])
def test_a_large_capture_at_100_percent_shows_its_url_and_time(
    large_report: CaseReport, name: str, host: str,
) -> None:
    # A URL of another marketplace than the case's: I012 says which host was read, and
    # neither A008 (no URL) nor A009 (no time) is reported.
    found = _findings(large_report, name)
    assert sorted(found) == ["I012"], found
    assert found["I012"]["host"] == host


@needs_rapidocr
def test_a_large_capture_without_a_url_still_gets_a008(large_report: CaseReport) -> None:
    found = _findings(large_report, "no-url.png")
    assert sorted(found) == ["A008"]
    assert "top" + FULL_SIZE in found["A008"]["regions"]  # looked again before saying so
    assert found["A008"]["time"] == "3:45 PM"


@needs_rapidocr
@pytest.mark.parametrize("fields", [
    # 4K at 200 %: text at the size the models read best once scaled; read once.
    {"width": 3840, "height": 2160, "scale": 2.0, "url": "sellercentral.amazon.com/home"},
    # 1920x1080: detection sees it whole.
    {"width": 1920, "height": 1080, "url": "sellercentral.amazon.com/inventory"},
    # 4K at 200 % without a URL: A008 all the same, without reading the bars again.
    {"width": 3840, "height": 2160, "scale": 2.0, "url": None, "browser": None},
])
def test_hidpi_and_full_hd_captures_are_not_read_at_full_size(fields: dict[str, Any]) -> None:
    engine = ocr.engine_named("rapidocr")
    assert engine is not None
    data = _png(os_clock="win11", clock_lines=("3:45 PM", "12/1/2026"), **fields)
    reading = read_screenshot(Image.open(io.BytesIO(data)), engine, digest=content_digest(data))
    assert (reading.url.url if reading.url else None) == fields["url"]
    assert reading.time is not None
    assert not any(name.endswith(FULL_SIZE) for name in reading.regions)
