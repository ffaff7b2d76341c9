"""Screenshot rules A008, A009, A014, A017 and I012: recognizers, OCR layer, checker, cache.

The real-engine tests draw browser windows with Pillow (bench/browser_shots.py, the same
generator as the bench) and read them with rapidocr; they are skipped only where the
``casecheck[ocr]`` extra is not installed. Everything else uses a scripted engine.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, REPO, CaseMaker, check, codes, module_cache
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from made_files import blank_png
from PIL import Image, ImageDraw, ImageStat

from casecheck import Config, check_paths, ocr
from casecheck.checkers.screenshots import clear_readings
from casecheck.findings import CaseReport
from casecheck.ocr import OcrEngineError, TextLine
from casecheck.ocr.cache import OcrCache
from casecheck.ocr.rapid import installed_backend
from casecheck.ocr.reading import (
    Region,
    along_blank_rows,
    content_digest,
    read_screenshot,
    region_cascade,
)
from casecheck.ocr.recognizers import find_times, find_urls
from casecheck.packs import load_packs

sys.path.insert(0, str(REPO / "bench"))
import browser_shots
import shots_variety

HAS_RAPIDOCR = installed_backend() is not None
needs_rapidocr = pytest.mark.skipif(
    not HAS_RAPIDOCR, reason="the casecheck[ocr] extra (rapidocr) is not installed"
)


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep this module's OCR cache and the cache key out of the user's real cache directory.

    Module-scoped and autouse, so it is in place before ``real_report`` reads anything.
    """
    yield from module_cache(tmp_path_factory)


# --- recognizers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, host",
    [
        ("https://sellercentral.amazon.com/inventory?viewId=FBA", "sellercentral.amazon.com"),
        ("sellercentral.amazon.de/orders-v3/order/302-1234567-7654321", "sellercentral.amazon.de"),
        ("sellercentral. amazon.co.uk/payments/dashboard/index.html", "sellercentral.amazon.co.uk"),
        ("sellercentral-europe.amazon.com/reportcentral", "sellercentral-europe.amazon.com"),
        ("https//sellercentral-japan.amazon.com/home", "sellercentral-japan.amazon.com"),
        ("se1lercentral.arnazon.c0m/inventory", "sellercentral.amazon.com"),
        ("SELLERCENTRAL.AMAZON.CO.JP/inventory", "sellercentral.amazon.co.jp"),
        ("sellercentralamazon.com.mx/home", "sellercentral.amazon.com.mx"),
        ("Not secure | http://sellercentral.amazon.ca/fba", "sellercentral.amazon.ca"),
        ("https\uff1a//sellercentral.amazon.co.jp/home", "sellercentral.amazon.co.jp"),
        ("www.amazon.co.uk/dp/B0CXK12345", "amazon.co.uk"),
        ("https://www.ups.com/track?tracknum=1Z999AA10123456784", "www.ups.com"),
        ("www.example.org", "www.example.org"),
        ("example.com/path", "example.com"),
        # first labels misread beyond the letter-digit confusions
        ("https://lsllecentral.amazon.nl/orders-v3", "sellercentral.amazon.nl"),
        ("seliercentral.amazon.de/home", "sellercentral.amazon.de"),
        ("sellercentral-eurobe.amazon.com/home", "sellercentral-europe.amazon.com"),
        # a host without a dot after a scheme, with a port or a path
        ("http://localhost:8000", "localhost:8000"),
        ("http://intranet/home", "intranet"),
    ],
)
def test_url_is_found_despite_ocr_noise(text: str, host: str) -> None:
    found = find_urls(text)
    assert found, text
    assert found[0].host == host


@pytest.mark.parametrize("text", [
    "vendorcentral.amazon.com/hz/vendor", "https://salescentral.amazon.com/x",
    "kdp.amazon.com/bookshelf", "affiliate-program.amazon.com/home",
])
def test_other_amazon_portals_are_not_taken_for_seller_central(text: str) -> None:
    assert [(m.amazon, m.host.split(".")[0]) for m in find_urls(text)] == [
        (False, text.removeprefix("https://").split(".")[0])]


@pytest.mark.parametrize(
    "text",
    [
        "amazon seller central",
        "Manage All Inventory",
        "$24.99",
        "version 1.4.4",
        "file.txt",
        "e.g. this",
        "113-4839201-1234567",
        "B0CXK12345",
        "亚马逊卖家平台",
        "4.5 out of 5 stars",
        "We're sorry. Something went wrong on our end.",
        # the start of an address that detection cut in two: no dot, no port, no path
        "https://selle",
        " https://sellerc",
    ],
)
def test_no_url_is_made_up(text: str) -> None:
    assert find_urls(text) == []


def test_amazon_hosts_come_first() -> None:
    found = find_urls("www.ups.com/track https://sellercentral.amazon.com/home")
    assert [m.amazon for m in found] == [True, False]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("10:42 AM", "10:42 AM"),
        ("10:42", "10:42"),
        ("14:05:33 PDT", "14:05:33"),
        ("Fri Nov 2710:42 AM", "10:42 AM"),
        ("最后更新\uff1a2026/11/2710:42", "10:42"),
        ("最后更新\uff1a2026/11/2710:42", "2026/11/27"),
        ("11/27/202610:42 AM", "10:42 AM"),
        ("上午10:42", "10:42"),
        ("午後2:05", "2:05"),
        ("1O:42", "10:42"),
        ("l0:42 PM", "10:42 PM"),
        ("10\uff1a42", "10:42"),
        ("2026/10/14", "2026/10/14"),
        ("2026-10-14", "2026-10-14"),
        ("10/14/2026", "10/14/2026"),
        ("14.10.2026", "14.10.2026"),
        ("Wed Oct 14", "Oct 14"),
        ("Nov 27, 2026", "Nov 27, 2026"),
        ("27 Nov 2026", "27 Nov 2026"),
        ("2026年10月14日", "2026年10月14日"),
        ("11月27日(金)", "11月27日"),
        ("2O26/11/27", "2026/11/27"),
        # the clocks of Windows and macOS in other locales
        ("下午 3:45", "3:45"),
        ("2026/12/1", "2026/12/1"),
        ("01.12.2026", "01.12.2026"),
        ("周二 15:45", "15:45"),
        ("Tue 1 Dec 15:45", "15:45"),
        ("Tue 1 Dec", "Tue 1 Dec"),
        ("Tuesday, 1 December", "Tuesday, 1 December"),
        ("Fri 27 Nov 2026", "Fri 27 Nov 2026"),
    ],
)
def test_time_or_date_is_found(text: str, expected: str) -> None:
    assert expected in [m.text for m in find_times(text)]


@pytest.mark.parametrize(
    "text",
    [
        "$24.99",
        "113-4839201-1234567",
        "SKU-1042",
        "B0CXK12345",
        "Qty 148",
        "version 2.3.1",
        "192.168.1.10",
        "Ratio 16:9",
        "4.5 out of 5",
        "99/99/2026",
        "2026/13/45",
        "Manage All Inventory",
        "Market 12",
        "24:61",
        "¥2,499",
        "Returned 5 Dec",
        "Monthly 5 Dec",
        "Mon 45 Dec",
    ],
)
def test_no_time_is_made_up(text: str) -> None:
    assert find_times(text) == []


@settings(max_examples=200)
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    form=st.sampled_from(
        [
            "{h}:{m:02d}",
            "{h:02d}:{m:02d}",
            "{h12}:{m:02d} PM",
            "Fri Nov 27{h}:{m:02d}",
            "下午{h12}:{m:02d}",
            "{h:02d}:{m:02d}:07 UTC",
        ]
    ),
)
def test_every_valid_time_is_found(hour: int, minute: int, form: str) -> None:
    text = form.format(h=hour, m=minute, h12=hour % 12 or 12)
    assert any(m.kind == "time" for m in find_times(text)), text


@settings(max_examples=200)
@given(
    year=st.integers(2000, 2099),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    form=st.sampled_from(
        [
            "{y}/{mo}/{d}",
            "{y}-{mo:02d}-{d:02d}",
            "{mo}/{d}/{y}",
            "{d:02d}.{mo:02d}.{y}",
            "{y}年{mo}月{d}日",
            "{mo}月{d}日",
            "{d}.{mo}.{y}",
            "{w} {d} {name}",
            "{w}, {d} {name} {y}",
        ]
    ),
    weekday=st.sampled_from(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Tuesday"]),
)
def test_every_valid_date_is_found(
    year: int, month: int, day: int, form: str, weekday: str
) -> None:
    name = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec")[month - 1]
    text = form.format(y=year, mo=month, d=day, w=weekday, name=name)
    assert any(m.kind == "date" for m in find_times(text)), text


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Nd", "Cs"), blacklist_characters=":\uff1a"),
        max_size=80,
    )
)
def test_text_without_digits_has_no_time(text: str) -> None:
    # OCR text is NFKC-normalized first: "²" or "①" become digits there.
    assume(not any(c.isdigit() or c == ":" for c in unicodedata.normalize("NFKC", text)))
    assert [m for m in find_times(text) if m.kind == "time"] == []


@given(st.text(max_size=80))
def test_text_without_a_dot_or_slash_has_no_url(text: str) -> None:
    # A host needs a dot, a dotless host ("http://localhost") a scheme with its slashes.
    assume(not {".", "/"} & set(unicodedata.normalize("NFKC", text)))
    assert find_urls(text) == []


_CONFUSABLE = {"o": "0", "l": "1", "m": "rn"}


@given(market=st.sampled_from(sorted(load_packs().marketplaces)), data=st.data())
def test_seller_central_hosts_survive_letter_digit_confusions(
    market: str, data: st.DataObject
) -> None:
    host = load_packs().marketplaces[market].seller_central[0]
    noisy = "".join(
        _CONFUSABLE[c] if c in _CONFUSABLE and data.draw(st.booleans()) else c for c in host
    )
    found = find_urls(f"{noisy}/home")
    assert found and found[0].host == host, noisy


# --- the region cascade and the cache, with a scripted engine ------------------------------


_ENGINE_NUMBERS = itertools.count(1)


class ScriptedEngine:
    """Says fixed lines for the top strip, the corner and the page bands; counts its reads.

    Each instance has its own name, so the OCR cache never hands one test another's lines.
    """

    def __init__(
        self, script: dict[str, list[str]] | None = None, error: str | None = None
    ) -> None:
        self.name = f"scripted {next(_ENGINE_NUMBERS)}"
        self.settings = "as scripted"
        self.script = script or {}
        self.error = error
        self.reads: list[tuple[int, int]] = []

    def read(self, image: Image.Image) -> list[TextLine]:
        if self.error:
            raise OcrEngineError(self.error)
        self.reads.append(image.size)
        # The test screenshots are at most 1366 px wide, so their top strip is 180 px tall;
        # the corner is the only region narrower than the screenshot.
        widest = max(width for width, _ in self.reads)
        kind = "corner" if image.width < widest else "top" if image.height == 180 else "page"
        return [
            TextLine(text, (10, 10 + 20 * i, 200, 26 + 20 * i), 0.99)
            for i, text in enumerate(self.script.get(kind, []))
        ]


def test_cascade_stops_once_url_and_time_are_found() -> None:
    engine = ScriptedEngine({"top": ["sellercentral.amazon.com/home", "Fri Nov 27 10:42 AM"]})
    reading = read_screenshot(Image.new("RGB", (1920, 1080)), engine, digest="a" * 64)
    assert reading.regions == ("top",)
    assert len(engine.reads) == 1
    assert reading.url is not None and reading.url.host == "sellercentral.amazon.com"
    assert reading.time is not None and reading.time.text == "10:42 AM"


def test_cascade_reads_the_whole_page_only_for_what_is_missing() -> None:
    engine = ScriptedEngine({"top": ["sellercentral.amazon.com/home"]})
    reading = read_screenshot(Image.new("RGB", (1920, 1080)), engine, digest="b" * 64)
    names = [region.name for region in region_cascade(1920, 1080)]
    assert reading.regions == tuple(names)
    assert reading.time is None
    covered = set()
    for region in region_cascade(1920, 1080):
        covered |= set(range(region.box[1], region.box[3]))
    assert covered == set(range(1080)), "the cascade must cover every row of the image"
    full_width_rows = sum(height for width, height in engine.reads if width == 1920)
    assert full_width_rows == 1080, "a blank screenshot has no line to read twice"


def test_region_boxes_are_in_whole_image_coordinates() -> None:
    engine = ScriptedEngine({"corner": ["10:42 AM"]})
    reading = read_screenshot(Image.new("RGB", (1920, 1080)), engine, digest="c" * 64)
    assert reading.time_line is not None
    corner = region_cascade(1920, 1080)[1].box
    assert reading.time_line.box[:2] == (corner[0] + 10, corner[1] + 10)


def test_cache_makes_a_rerun_read_nothing(tmp_path: Path) -> None:
    image = Image.new("RGB", (1366, 768))
    cache = OcrCache(tmp_path)
    first = ScriptedEngine({"top": ["sellercentral.amazon.com/x"]})
    one = read_screenshot(image, first, digest="d" * 64, cache=cache)
    second = ScriptedEngine({"top": ["something else entirely"]})
    second.name = first.name
    two = read_screenshot(image, second, digest="d" * 64, cache=cache)
    assert second.reads == []
    assert two.lines == one.lines


class LazyEngine(ScriptedEngine):
    """Yields its lines one at a time, as rapidocr does, and counts those taken."""

    taken = 0

    def read(self, image: Image.Image) -> Iterator[TextLine]:  # type: ignore[override]
        for line in super().read(image):
            self.taken += 1
            yield line


PAGE_WITH_STAMP = [
    "Manage All Inventory",
    "Last updated: 2026/11/27 10:42",
    *(f"SKU-{n} Bamboo cutting board" for n in range(40)),
    "https://sellercentral.amazon.de/inventory",
]


def test_cascade_stops_in_the_middle_of_a_region() -> None:
    engine = LazyEngine({"top": ["sellercentral.amazon.com/home"], "page": PAGE_WITH_STAMP})
    reading = read_screenshot(Image.new("RGB", (1920, 1080)), engine, digest="1" * 64)
    assert reading.time_line is not None and reading.time_line.text == PAGE_WITH_STAMP[1]
    assert reading.regions == ("top", "bottom-right", "page-1")
    assert engine.taken == 3, "recognition went on after the URL and the time were found"


def _boxes(regions: list[Region]) -> dict[str, tuple[int, int, int, int]]:
    return {region.name: region.box for region in regions}


def test_overlapping_regions_meet_at_a_blank_row_instead() -> None:
    image = Image.new("RGB", (1920, 1080), "white")
    ImageDraw.Draw(image).rectangle((40, 170, 400, 190), fill="black")  # a line across 180
    nominal = _boxes(region_cascade(1920, 1080))
    cut = _boxes(along_blank_rows(image, region_cascade(1920, 1080)))
    assert nominal["top"][3] == 180 and nominal["page-1"][1] < 170
    assert cut["top"] == (0, 0, 1920, 169), "the line must leave the top strip whole"
    assert cut["page-1"][1] == 169, "and stand whole in the first band, read once"
    assert cut["page-2"][1] == cut["page-1"][3], "blank boundaries meet without overlap"
    assert cut["bottom-right"] == nominal["bottom-right"]


def test_regions_keep_their_overlap_where_no_row_is_blank() -> None:
    noise = Image.effect_noise((1920, 1080), 64).convert("RGB")
    regions = region_cascade(1920, 1080)
    assert along_blank_rows(noise, regions) == regions


def test_the_first_page_band_is_the_narrowest() -> None:
    # What stands right under the top strip is found after detecting the fewest rows.
    for width, height in ((1366, 768), (1920, 1080), (2880, 1800), (1170, 2532)):
        bands = [r.box for r in region_cascade(width, height) if r.name.startswith("page-")]
        tall = [bottom - top for _, top, _, bottom in bands]
        assert len(tall) == 1 or tall[0] < min(tall[1:-1] or tall[1:]), (width, height, tall)


def test_a_partial_reading_is_cached_and_read_on_when_more_is_needed(tmp_path: Path) -> None:
    image = Image.new("RGB", (1920, 1080))
    cache = OcrCache(tmp_path)
    script = {"top": ["sellercentral.amazon.com/home"], "page": PAGE_WITH_STAMP}
    first = LazyEngine(script)
    read_screenshot(image, first, digest="2" * 64, cache=cache)

    again = LazyEngine(script)
    again.name = first.name
    reading = read_screenshot(image, again, digest="2" * 64, cache=cache)
    assert again.reads == [], "a re-run that stops at the same line must read nothing"
    assert reading.time is not None and reading.url is not None

    # Without the top strip, the URL stands further down the page band that the first
    # run stopped reading after two lines: it is read on, and no line is counted twice.
    further = LazyEngine(script)
    further.name = first.name
    reading = read_screenshot(
        image,
        further,
        digest="2" * 64,
        cache=cache,
        regions_of=lambda width, height: region_cascade(width, height)[1:],
    )
    assert reading.url is not None and reading.url.host == "sellercentral.amazon.de"
    assert [line.text for line in reading.lines] == PAGE_WITH_STAMP
    assert len(further.reads) == 1


def test_an_engine_with_other_settings_reads_again(tmp_path: Path) -> None:
    image = Image.new("RGB", (1366, 768))
    cache = OcrCache(tmp_path)
    first = ScriptedEngine({"top": ["sellercentral.amazon.com/x"]})
    read_screenshot(image, first, digest="d" * 64, cache=cache)
    retuned = ScriptedEngine({"top": ["sellercentral.amazon.de/y"]})
    retuned.name, retuned.settings = first.name, "recognition width 48"
    reading = read_screenshot(image, retuned, digest="d" * 64, cache=cache)
    assert retuned.reads, "a cached reading made with other settings was reused"
    assert reading.url is not None and reading.url.host == "sellercentral.amazon.de"


def test_corrupt_cache_entry_is_read_again(tmp_path: Path) -> None:
    image = Image.new("RGB", (1366, 768))
    cache = OcrCache(tmp_path)
    first = ScriptedEngine()
    read_screenshot(image, first, digest="e" * 64, cache=cache)
    entries = list(tmp_path.rglob("*.json"))
    assert len(entries) == 1
    entries[0].write_bytes(b"\x00{not json")
    engine = ScriptedEngine({"top": ["sellercentral.amazon.com/home", "10:42"]})
    engine.name = first.name
    reading = read_screenshot(image, engine, digest="e" * 64, cache=cache)
    assert engine.reads and reading.url is not None
    sealed = entries[0].read_text(encoding="utf-8")
    assert json.loads(sealed.partition("\n")[2])["engine"] == engine.name


def test_transparent_pixels_are_read_on_white() -> None:
    seen: list[float] = []

    class Probe(ScriptedEngine):
        def read(self, image: Image.Image) -> list[TextLine]:
            seen.append(ImageStat.Stat(image).mean[0])
            return []

    clear = Image.new("RGBA", (1024, 640), (0, 0, 0, 0))
    read_screenshot(clear, Probe(), digest="9" * 64)
    assert seen and min(seen) == 255


def test_dark_regions_are_inverted_before_reading() -> None:
    seen: list[float] = []

    class Probe(ScriptedEngine):
        def read(self, image: Image.Image) -> list[TextLine]:
            seen.append(ImageStat.Stat(image).mean[0])
            return []

    read_screenshot(Image.new("RGB", (1024, 640), (20, 20, 24)), Probe(), digest="f" * 64)
    assert seen and min(seen) > 200


# --- the checker ---------------------------------------------------------------------------


def _case(
    make_case: CaseMaker, files: dict[str, bytes], marketplace: str = "US", **fields: Any
) -> Path:
    attachments = [{"path": path, "kind": "screenshot"} for path in files]
    manifest = {
        "type": "technical-issue",
        "marketplace": marketplace,
        "subject": "Inventory error",
        "message": "The inventory page fails.",
        **fields,
        "attachments": attachments,
    }
    return make_case(manifest, files=files)


def _screenshot_codes(report: CaseReport) -> list[str]:
    return [c for c in codes(report) if c in {"A008", "A009", "A014", "A017", "I012", "X001"}]


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedEngine]:
    engine = ScriptedEngine({"top": ["sellercentral.amazon.com/inventory", "10:42 AM"]})
    monkeypatch.setattr(ocr, "default_engine", lambda: engine)
    yield engine


def test_a_reading_without_an_engine_is_not_reused_once_one_is_installed(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    folder = _case(make_case, {"attachments/shot.png": blank_png(1280, 800)})
    for path in folder.rglob("*"):  # as checked out long ago: not too fresh to be cached
        os.utime(path, (1_700_000_000, 1_700_000_000))
    store = tmp_path / "store"
    monkeypatch.setattr(ocr, "default_engine", lambda: None)
    without = check_paths([folder], config=Config(now=NOW), cache=store)
    assert _screenshot_codes(without.cases[0]) == ["A017"]
    assert without.cache_stats is not None and without.cache_stats.case_stores == 1
    engine = ScriptedEngine({"top": ["sellercentral.amazon.com/inventory"]})
    monkeypatch.setattr(ocr, "default_engine", lambda: engine)
    cached = check_paths([folder], config=Config(now=NOW), cache=store)
    fresh = check_paths([folder], config=Config(now=NOW))
    assert _screenshot_codes(cached.cases[0]) == _screenshot_codes(fresh.cases[0]) == ["A009"]


def test_a017_per_screenshot_when_no_engine_is_installed(
    make_case: CaseMaker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "default_engine", lambda: None)
    folder = _case(
        make_case,
        {"attachments/a.png": blank_png(1280, 800), "attachments/b.png": blank_png(1280, 800)},
    )
    report = check(folder)
    a017 = [f for f in report.findings if f.code == "A017"]
    assert [f.location.file for f in a017] == ["attachments/a.png", "attachments/b.png"]
    assert a017[0].severity == "info" and a017[0].location.field == "attachments[0]"
    assert "casecheck[ocr]" in a017[0].hint


def test_no_ocr_and_template_mode_skip_the_ocr_rules(
    make_case: CaseMaker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "default_engine", lambda: None)
    folder = _case(
        make_case,
        {"attachments/a.png": blank_png(1280, 800), "attachments/t.png": blank_png(200, 100)},
    )
    assert _screenshot_codes(check(folder, ocr=False)) == ["A014"]
    assert _screenshot_codes(check(folder, template=True)) == ["A014"]


def test_a014_on_a_tiny_screenshot_and_no_ocr_of_it(
    make_case: CaseMaker, scripted: ScriptedEngine
) -> None:
    folder = _case(make_case, {"attachments/thumb.png": blank_png(320, 180)})
    report = check(folder)
    assert _screenshot_codes(report) == ["A014"]
    finding = report.findings[0]
    assert dict(finding.data) == {"width": 320, "height": 180, "min_width": 640, "min_height": 240}
    assert "320x180" in finding.message
    assert scripted.reads == []


def test_a008_a009_carry_what_was_read(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = ScriptedEngine({"top": ["Manage All Inventory"], "page": ["SKU-1042 $24.99"]})
    monkeypatch.setattr(ocr, "default_engine", lambda: engine)
    report = check(_case(make_case, {"attachments/crop.png": blank_png(1280, 800)}))
    assert _screenshot_codes(report) == ["A008", "A009"]
    a008 = next(f for f in report.findings if f.code == "A008")
    assert "Manage All Inventory" in a008.data["read"]
    assert a008.data["regions"][0] == "top" and a008.data["engine"] == engine.name
    assert "Manage All Inventory" in a008.message


def test_time_without_url_is_a008_only_with_the_time_in_data(
    make_case: CaseMaker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = ScriptedEngine({"corner": ["10:42 AM", "11/27/2026"]})
    monkeypatch.setattr(ocr, "default_engine", lambda: engine)
    report = check(_case(make_case, {"attachments/a.png": blank_png(1280, 800)}))
    assert _screenshot_codes(report) == ["A008"]
    assert report.findings[0].data["time"] == "10:42 AM"
    assert len(report.findings[0].data["time_box"]) == 4


def _with_taskbar(width: int, height: int, bar: int = 72, color: str = "#f3f3f3") -> Image.Image:
    """A white screen with a Windows taskbar of ``bar`` pixels across its bottom."""
    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).rectangle((0, height - bar, width, height), fill=color)
    return image


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


# ScriptedEngine puts line i of a region at y = 10 + 20 i in it: on a 1280 x 800 screenshot
# the top strip is 180 px tall and the bottom-right corner starts at y = 720.
@pytest.mark.parametrize(("script", "image", "capture"), [
    # a tab title above the address bar, a date beside or right under it in the toolbar
    ({"top": ["Orders 11/27/2026", "sellercentral.amazon.com/orders-v3"]}, None, "11/27/2026"),
    ({"top": ["sellercentral.amazon.com/orders-v3", "11/27/2026"]}, None, "11/27/2026"),
    # the Windows taskbar clock (its top edge at y = 728, the date at y = 730)
    ({"top": ["sellercentral.amazon.com/orders-v3"], "corner": ["27.11.2026"]},
     _with_taskbar(1280, 800), "27.11.2026"),
    ({"top": ["sellercentral.amazon.com/orders-v3"], "corner": ["2026/12/1"]},
     _with_taskbar(1280, 800, color="#202020"), "2026/12/1"),
    # at 200 % the taskbar is taller than the corner: its edge stands above it
    ({"top": ["sellercentral.amazon.com/orders-v3"], "corner": ["1.12.2026"]},
     _with_taskbar(1280, 800, bar=96), "1.12.2026"),
    # a time of day anywhere, even in the page
    ({"top": ["sellercentral.amazon.com/orders-v3"], "page": ["Last updated 10:42 AM"]}, None,
     "10:42 AM"),
    ({"top": ["sellercentral.amazon.com/orders-v3"], "page": ["Nov 30, 2026 2:14 PM PST"]},
     None, "2:14 PM"),
])
def test_the_capture_time_is_a_clock_anywhere_or_a_date_in_the_clock_or_browser(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch, script: dict[str, list[str]],
    image: Image.Image | None, capture: str,
) -> None:
    image = image or Image.new("RGB", (1280, 800), "white")
    engine = ScriptedEngine(script)
    monkeypatch.setattr(ocr, "default_engine", lambda: engine)
    report = check(_case(make_case, {"attachments/a.png": _png(image)}))
    assert _screenshot_codes(report) == []
    reading = read_screenshot(image, ScriptedEngine(script), digest="9" * 64)
    assert reading.time is not None and reading.time.text == capture
    assert reading.page_date is None


class PlacedEngine(ScriptedEngine):
    """Reads one line at a given place of the top strip, nothing elsewhere."""

    def __init__(self, text: str, box: tuple[int, int, int, int]) -> None:
        super().__init__()
        self.line = TextLine(text, box, 0.99)

    def read(self, image: Image.Image) -> list[TextLine]:
        self.reads.append(image.size)
        return [self.line] if len(self.reads) == 1 else []  # the top strip is read first


@pytest.mark.parametrize(("box", "capture"), [
    ((1100, 4, 1270, 20), True),  # the macOS menu-bar clock: at the top, right of the middle
    ((10, 4, 180, 20), False),  # the application's menus stand there, no clock
    ((1100, 60, 1270, 76), False),  # below the menu bar, without an address bar: the page
])
def test_a_date_in_the_menu_bar_place_is_the_capture_time(
    box: tuple[int, int, int, int], capture: bool,
) -> None:
    engine = PlacedEngine("Tue 1 Dec", box)
    reading = read_screenshot(Image.new("RGB", (1280, 800), "white"), engine, digest="7" * 64)
    assert (reading.time is not None) is capture
    assert (reading.page_date is not None) is not capture


@pytest.mark.parametrize(("script", "image"), [
    # the page under the address bar, in the top strip
    ({"top": ["sellercentral.amazon.com/orders-v3", "amazon seller central",
              "Report generated on 11/28/2026"]}, None),
    # a crop of the page: its first lines stand in the top strip, and no address bar is there
    ({"top": ["Manage Orders", "Report generated on 11/28/2026"]}, None),
    # the last table row of a page without a taskbar stands in the bottom-right corner
    ({"top": ["sellercentral.amazon.com/orders-v3"], "corner": ["Ship by 11/25/2026"]}, None),
    # a table's rule across the page's width, inside its margins, is no taskbar
    ({"top": ["sellercentral.amazon.com/orders-v3"], "corner": ["11/25/2026"]}, "rule"),
])
def test_a_page_date_that_a_crop_puts_in_the_top_strip_or_the_corner_is_no_capture_time(
    script: dict[str, list[str]], image: str | None,
) -> None:
    screen = Image.new("RGB", (1280, 800), "white")
    if image == "rule":
        ImageDraw.Draw(screen).line((32, 726, 1248, 726), fill="#dadce0", width=1)
    reading = read_screenshot(screen, ScriptedEngine(script), digest="6" * 64)
    assert reading.time is None
    assert reading.page_date is not None


def test_a_date_only_in_the_page_body_is_no_capture_time(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = ["Order ID  Date  Status", "113-4839201-1234567  Nov 20, 2026  Shipped"]
    engine = ScriptedEngine({"top": ["sellercentral.amazon.com/orders-v3"], "page": page})
    monkeypatch.setattr(ocr, "default_engine", lambda: engine)
    report = check(_case(make_case, {"attachments/orders.png": blank_png(1280, 800)}))
    assert _screenshot_codes(report) == ["A009"]
    [finding] = [f for f in report.findings if f.code == "A009"]
    assert finding.data["page_date"] == "Nov 20, 2026"
    assert finding.data["page_date_read"] == page[1] and len(finding.data["page_date_box"]) == 4
    assert "time" not in finding.data
    assert '"Nov 20, 2026", is printed in the page' in finding.message
    zh = check(_case(make_case, {"attachments/orders.png": blank_png(1280, 800)}), lang="zh-CN")
    [chinese] = [f for f in zh.findings if f.code == "A009"]
    assert "印在页面内容里" in chinese.message and "Nov 20, 2026" in chinese.message


def test_a_page_date_does_not_stop_the_reading_before_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = ScriptedEngine({"top": ["sellercentral.amazon.com/orders-v3"],
                             "page": ["Nov 20, 2026 Shipped", "Tue 10:42"]})
    reading = read_screenshot(Image.new("RGB", (1920, 1080)), engine, digest="8" * 64)
    assert reading.time is not None and reading.time.text == "10:42"
    assert reading.page_date is None


def test_i012_when_the_url_is_another_marketplace(
    make_case: CaseMaker, scripted: ScriptedEngine
) -> None:
    scripted.script["top"] = ["https://sellercentral.amazon.de/orders-v3", "10:42"]
    report = check(_case(make_case, {"attachments/a.png": blank_png(1280, 800)}, marketplace="US"))
    assert _screenshot_codes(report) == ["I012"]
    finding = report.findings[0]
    assert finding.data["host"] == "sellercentral.amazon.de"
    assert finding.data["found"] == "DE"
    assert finding.data["url"] == "sellercentral.amazon.de/orders-v3"
    assert finding.message == (
        "Screenshot attachments/a.png points at DE (sellercentral.amazon.de), "
        "but the case is for US."
    )
    germany = _case(make_case, {"attachments/a.png": blank_png(1280, 800)}, marketplace="DE")
    assert _screenshot_codes(check(germany)) == []


def test_european_seller_central_fits_every_european_marketplace(
    make_case: CaseMaker,
    scripted: ScriptedEngine,
) -> None:
    scripted.script["top"] = ["sellercentral-europe.amazon.com/home", "10:42"]
    folder = _case(make_case, {"a.png": blank_png(1280, 800)}, marketplace="FR")
    assert _screenshot_codes(check(folder)) == []
    assert _screenshot_codes(
        check(_case(make_case, {"a.png": blank_png(1280, 800)}, marketplace="JP"))
    ) == ["I012"]


def test_rerun_of_an_unchanged_case_reads_nothing(
    make_case: CaseMaker, scripted: ScriptedEngine
) -> None:
    folder = _case(make_case, {"attachments/a.png": blank_png(1280, 800, "#fdfdfd")})
    first = check(folder)
    reads = len(scripted.reads)
    assert reads > 0
    assert check(folder) == first
    assert len(scripted.reads) == reads


def test_cache_is_never_written_inside_the_case_folder(
    make_case: CaseMaker, scripted: ScriptedEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _case(make_case, {"attachments/a.png": blank_png(1280, 800, "#fcfcfc")})
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    monkeypatch.setenv("CASECHECK_CACHE_DIR", str(folder / ".cache"))
    check(folder)
    reads = len(scripted.reads)
    clear_readings()  # as a new run would start: only a disk cache could answer
    check(folder)
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before
    assert len(scripted.reads) == 2 * reads == 2, "without a usable cache it reads again"


def test_engine_failure_is_a017_not_x001(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "default_engine", lambda: ScriptedEngine(error="model file missing"))
    report = check(_case(make_case, {"attachments/a.png": blank_png(1280, 800)}))
    assert _screenshot_codes(report) == ["A017"]
    assert "model file missing" in report.findings[0].message


def test_unreadable_files_are_left_to_the_attachment_rules(
    make_case: CaseMaker,
    scripted: ScriptedEngine,
) -> None:
    good = blank_png(1280, 800)
    files = {
        "attachments/text.png": b"not an image at all",
        "attachments/cut.png": good[: len(good) // 2],
        "attachments/empty.png": b"",
    }
    folder = _case(make_case, files)
    manifest = (folder / "case.toml").read_text(encoding="utf-8")
    for path in ("../outside.png", "attachments/missing.png", "/etc/hostname"):
        manifest += f'\n[[attachments]]\npath = "{path}"\nkind = "screenshot"\n'
    (folder / "case.toml").write_text(manifest, encoding="utf-8")
    (folder.parent / "outside.png").write_bytes(good)
    assert _screenshot_codes(check(folder)) == []
    assert scripted.reads == []


def test_a_small_png_with_a_bad_crc_is_left_to_a007(
    make_case: CaseMaker, scripted: ScriptedEngine
) -> None:
    good = bytearray(blank_png(320, 180))
    good[-13] ^= 0xFF  # the IDAT chunk's CRC: Pillow opens and even decodes it, verify() fails
    assert _screenshot_codes(check(_case(make_case, {"attachments/a.png": bytes(good)}))) == []
    small = _case(make_case, {"attachments/b.png": blank_png(320, 180)})
    assert _screenshot_codes(check(small)) == ["A014"]


def test_reading_a_screenshot_leaves_its_access_time(
    make_case: CaseMaker, scripted: ScriptedEngine
) -> None:
    folder = _case(make_case, {"attachments/a.png": blank_png(1280, 800, "#fbfbfb")})
    shot = folder / "attachments" / "a.png"
    os.utime(shot, (1_000_000_000, shot.stat().st_mtime))
    check(folder)
    assert scripted.reads
    assert shot.stat().st_atime == 1_000_000_000


def test_screenshot_over_the_size_limit_is_not_read(
    make_case: CaseMaker, scripted: ScriptedEngine
) -> None:
    big = blank_png(1280, 800) + b"\0" * 10_000_001  # trailing bytes: Pillow would still decode it
    assert _screenshot_codes(check(_case(make_case, {"attachments/big.png": big}))) == []
    assert scripted.reads == []


@pytest.mark.parametrize("limit", [1000, 3000])
def test_decompression_bombs_are_not_decoded(
    make_case: CaseMaker,
    scripted: ScriptedEngine,
    monkeypatch: pytest.MonkeyPatch,
    limit: int,
) -> None:
    # 64x64 = 4096 pixels: over twice 1000 is Pillow's error, between 3000 and 6000 its warning.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", limit)
    assert _screenshot_codes(check(_case(make_case, {"a.png": blank_png(64, 64)}))) == []
    assert scripted.reads == []


def test_other_kinds_are_not_read(make_case: CaseMaker, scripted: ScriptedEngine) -> None:
    folder = make_case(
        {
            "type": "technical-issue",
            "marketplace": "US",
            "attachments": [{"path": "a.png", "kind": "other"}],
        },
        files={"a.png": blank_png(100, 100)},
    )
    assert _screenshot_codes(check(folder)) == []


def test_import_loads_no_ocr_engine() -> None:
    code = (
        "import sys, casecheck, casecheck.checkers; "
        "print(sorted(m for m in ('rapidocr_onnxruntime', 'rapidocr', 'onnxruntime', 'cv2', "
        "'numpy') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO / "src")},
    )
    assert done.stdout.strip() == "[]"


def test_catalog_texts_exist_in_both_languages() -> None:
    from casecheck.catalog import shipped_catalog

    catalog = shipped_catalog()
    for code in ("A008", "A009", "A014", "A017", "I012"):
        rule = catalog[code]
        for lang in ("en", "zh-CN"):
            assert set(rule.docs[lang]) == {"what", "why", "example", "fix"}, (code, lang)
            assert lang in rule.summary.by_lang
            for wording in rule.wordings.values():
                assert lang in wording.message.by_lang and lang in wording.hint.by_lang


# --- a real engine on drawn screenshots ----------------------------------------------------


def _shot(**fields: Any) -> bytes:
    shot = browser_shots.Shot(name="test", **fields)
    out = io.BytesIO()
    browser_shots.draw(shot).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def real_report(tmp_path_factory: pytest.TempPathFactory) -> CaseReport:
    """One case, five drawn screenshots, read once by rapidocr for the tests below."""
    if not HAS_RAPIDOCR:
        pytest.skip("the casecheck[ocr] extra (rapidocr) is not installed")
    folder = tmp_path_factory.mktemp("real") / "case"
    (folder / "attachments").mkdir(parents=True)
    shots = {
        "good.png": _shot(
            width=1024,
            height=640,
            url="sellercentral.amazon.com/inventory?viewId=FBA",
            clock="taskbar",
            time_text="10:42 AM",
            date_text="11/27/2026",
        ),
        "germany.png": _shot(
            width=1024,
            height=640,
            theme="dark",
            url="https://sellercentral.amazon.de/orders-v3",
            clock="menubar",
            time_text="14:05",
            date_text="Fri Nov 27",
        ),
        "hidpi.png": _shot(
            width=2048,
            height=1280,
            scale=2,
            url="sellercentral.amazon.com/home",
            clock="taskbar",
            time_text="4:07 PM",
            date_text="27.11.2026",
        ),
        "crop.png": _shot(width=900, height=420, url=None, clock=None),
        "desktop.png": _shot(
            width=1280,
            height=800,
            url="sellercentral.amazon.com/orders-v3",
            clock="taskbar",
            time_text="9:15 AM",
            date_text="11/27/2026",
            window=(120, 240),
        ),
    }
    lines = ["type = 'technical-issue'", "marketplace = 'US'"]
    for name, data in shots.items():
        (folder / "attachments" / name).write_bytes(data)
        lines += ["[[attachments]]", f"path = 'attachments/{name}'", "kind = 'screenshot'"]
    (folder / "case.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ocr.default_engine.cache_clear()
    return check(folder, select=("A008", "A009", "A017", "I012", "X001"))


def _findings_for(report: CaseReport, name: str) -> list[str]:
    return sorted(f.code for f in report.findings if f.location.file == f"attachments/{name}")


@needs_rapidocr
def test_real_engine_passes_a_screenshot_with_url_and_clock(real_report: CaseReport) -> None:
    assert _findings_for(real_report, "good.png") == []
    assert _findings_for(real_report, "hidpi.png") == []


@needs_rapidocr
def test_real_engine_finds_the_address_bar_of_a_window_that_is_not_maximized(
    real_report: CaseReport,
) -> None:
    # A full-desktop capture: the window's address bar stands below the top strip, so a
    # cascade that looked for the URL in the top strip only would report A008 here.
    assert region_cascade(1280, 800)[0].box[3] < 240
    assert _findings_for(real_report, "desktop.png") == []


@needs_rapidocr
def test_real_engine_reports_another_marketplace_on_a_dark_window(real_report: CaseReport) -> None:
    assert _findings_for(real_report, "germany.png") == ["I012"]
    finding = next(f for f in real_report.findings if f.location.file == "attachments/germany.png")
    assert finding.data["host"] == "sellercentral.amazon.de"


@needs_rapidocr
def test_real_engine_reports_a_crop_without_url_or_time(real_report: CaseReport) -> None:
    assert _findings_for(real_report, "crop.png") == ["A008", "A009"]
    finding = next(f for f in real_report.findings if f.location.file == "attachments/crop.png")
    assert any("Inventory" in text for text in finding.data["read"])


@needs_rapidocr
def test_rapidocr_boxes_point_at_the_address_bar() -> None:
    engine = ocr.engine_named("rapidocr")
    assert engine is not None
    image = Image.open(
        io.BytesIO(
            _shot(
                width=1024, height=640, clock="taskbar", url="sellercentral.amazon.co.uk/payments"
            )
        )
    )
    reading = read_screenshot(image, engine, digest=content_digest(b"uk"))
    assert reading.url is not None and reading.url.host == "sellercentral.amazon.co.uk"
    assert reading.url_line is not None
    left, top, right, bottom = reading.url_line.box
    assert 110 <= left <= 160 and top >= 36 and bottom <= 76 + 4 and right > left


def _variety(**fields: Any) -> Image.Image:
    return shots_variety.draw_variety(shots_variety.Variety(name="test", kind="test", **fields))


@needs_rapidocr
@pytest.mark.parametrize(("fields", "url", "time"), [
    # Edge, dark, with https://; a Windows 11 taskbar clock in 24 h, the German date
    ({"width": 1024, "height": 400, "theme": "dark", "browser": "edge", "os_clock": "win11",
      "url": "https://sellercentral.amazon.de/orders-v3", "clock_lines": ("15:45", "01.12.2026")},
     "sellercentral.amazon.de/orders-v3", "15:45"),
    # Safari shows the host only; the British macOS menu-bar clock shows a date without a year
    ({"width": 1024, "height": 300, "browser": "safari", "os_clock": "mac",
      "url": "sellercentral.amazon.co.uk", "clock_lines": ("Tue 1 Dec",)},
     "sellercentral.amazon.co.uk", "Tue 1 Dec"),
    # a Windows 10 taskbar that shows the date alone, at 150 %
    ({"width": 1280, "height": 480, "scale": 1.5, "browser": "firefox", "os_clock": "win10",
      "url": "https://sellercentral-europe.amazon.com/home", "clock_lines": ("12/1/2026",)},
     "sellercentral-europe.amazon.com/home", "12/1/2026"),
    # a crop of a table whose last column holds dates: the corner shows a date, no taskbar
    ({"width": 900, "height": 300, "browser": None, "os_clock": None, "url": None,
      "body": "dates-right"}, None, None),
])
def test_real_engine_on_clocks_and_bars_unlike_the_bench_set(
    fields: dict[str, Any], url: str | None, time: str | None,
) -> None:
    engine = ocr.engine_named("rapidocr")
    assert engine is not None
    digest = content_digest(repr(fields).encode())
    reading = read_screenshot(_variety(**fields), engine, digest=digest)
    assert (reading.url.url if reading.url else None) == url
    assert (reading.time.text if reading.time else None) == time
    if time is None:  # the dates of the table are seen, and said not to be the capture time
        assert reading.page_date is not None


@needs_rapidocr
def test_the_command_line_reports_a_crop_whose_table_dates_stand_in_the_corner(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "case"
    (folder / "attachments").mkdir(parents=True)
    shots = {
        "crop.png": _variety(width=900, height=300, browser=None, os_clock=None, url=None,
                             body="dates-right"),
        "full.png": _variety(width=1024, height=400, browser="edge", os_clock="win11",
                             url="https://sellercentral.amazon.com/orders-v3", body="dates-right",
                             clock_lines=("12/1/2026",)),
    }
    lines = ["type = 'technical-issue'", "marketplace = 'US'"]
    for name, image in shots.items():
        image.save(folder / "attachments" / name)
        lines += ["[[attachments]]", f"path = 'attachments/{name}'", "kind = 'screenshot'"]
    (folder / "case.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "casecheck", "check", str(folder), "--format", "json",
         "--select", "A008,A009", "--cache-dir", str(tmp_path / "cache"), "--lang", "en"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert done.returncode == 1, done.stderr
    findings = json.loads(done.stdout)["cases"][0]["findings"]
    assert sorted((f["code"], f["location"]["file"]) for f in findings) == [
        ("A008", "attachments/crop.png"), ("A009", "attachments/crop.png")]
    [a009] = [f for f in findings if f["code"] == "A009"]
    assert a009["data"]["page_date"] in shots_variety.DATES
    assert "is printed in the page" in a009["message"]


@pytest.mark.skipif(
    ocr.engine_named("tesseract") is None, reason="the tesseract program is not installed"
)
def test_tesseract_reads_url_and_clock() -> None:
    engine = ocr.engine_named("tesseract")
    assert engine is not None and engine.name.startswith("tesseract")
    image = Image.open(
        io.BytesIO(
            _shot(width=1024, height=640, clock="menubar", url="sellercentral.amazon.com/inventory")
        )
    )
    reading = read_screenshot(image, engine, digest=content_digest(b"tess"))
    assert reading.url is not None and reading.url.host == "sellercentral.amazon.com"
    assert reading.time is not None


@needs_rapidocr
def test_ok_example_screenshot_shows_url_and_time() -> None:
    folder = REPO / "examples" / "cases" / "technical-issue" / "ok-screenshot-shows-url-and-time"
    report = check(folder, select=("A008", "A009", "A014", "A017", "I012", "X001"))
    assert report.findings == ()
