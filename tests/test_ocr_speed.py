"""Issue 19's OCR: the rapidocr packages casecheck drives, detection only where something is
drawn, recognition batched by width with narrow boxes last, and the fallback between packages.

The real-engine tests run with every rapidocr package installed here (``rapidocr`` 3.x, the
``casecheck[ocr]`` extra, and the older ``rapidocr-onnxruntime``), each on drawn screenshots;
the rest is plain geometry, checked with hypothesis.
"""

from __future__ import annotations

import importlib.util
import io
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy
import pytest
from conftest import REPO, check, module_cache
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from casecheck import ocr
from casecheck.checkers.screenshots import clear_readings
from casecheck.ocr import rapid
from casecheck.ocr.rapid import (
    BACKENDS,
    MARGIN,
    RAPIDOCR,
    RAPIDOCR_ONNXRUNTIME,
    WIDTH_SPREAD,
    Backend,
    RapidOcrEngine,
    drawn_pieces,
    installed_backend,
    reading_order,
)
from casecheck.ocr.reading import content_digest, read_screenshot

sys.path.insert(0, str(REPO / "bench"))
import browser_shots

INSTALLED = [backend for backend in BACKENDS if backend.models() is not None]
each_backend = pytest.mark.parametrize(
    "backend", INSTALLED or [pytest.param(None, marks=pytest.mark.skip("no rapidocr installed"))],
    ids=lambda backend: backend.module if backend else "none",
)


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield from module_cache(tmp_path_factory)


@pytest.fixture
def only(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Make one backend the only one casecheck finds, for a run of the whole checker."""

    def choose(*backends: Backend) -> None:
        monkeypatch.setattr(rapid, "BACKENDS", backends)
        ocr.default_engine.cache_clear()
        clear_readings()

    yield choose
    ocr.default_engine.cache_clear()
    clear_readings()


def _png(shot: browser_shots.Shot) -> bytes:
    out = io.BytesIO()
    browser_shots.draw(shot).save(out, format="PNG")
    return out.getvalue()


def _case(folder: Path, shots: dict[str, bytes]) -> Path:
    (folder / "attachments").mkdir(parents=True)
    lines = ["type = 'technical-issue'", "marketplace = 'US'"]
    for name, data in shots.items():
        (folder / "attachments" / name).write_bytes(data)
        lines += ["[[attachments]]", f"path = 'attachments/{name}'", "kind = 'screenshot'"]
    (folder / "case.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _codes(report: Any, name: str) -> list[str]:
    return sorted(f.code for f in report.findings if f.location.file == f"attachments/{name}")


# --- each installed package, end to end ----------------------------------------------------


@each_backend
def test_a_full_hd_screenshot_without_url_gets_a008_and_one_with_both_passes(
    backend: Backend, only: Any, tmp_path: Path
) -> None:
    only(backend)
    engine = ocr.default_engine()
    assert isinstance(engine, RapidOcrEngine) and engine.backend is backend
    folder = _case(
        tmp_path / "case",
        {
            "no-url.png": _png(
                browser_shots.Shot(name="n", width=1920, height=1080, url=None, clock="taskbar")
            ),
            "no-time.png": _png(browser_shots.Shot(name="t", width=1920, height=1080, clock=None)),
            "both.png": _png(
                browser_shots.Shot(name="b", width=1920, height=1080, clock="menubar")
            ),
        },
    )
    report = check(folder, select=("A008", "A009", "A017", "I012", "X001"))
    assert _codes(report, "no-url.png") == ["A008"]
    assert _codes(report, "no-time.png") == ["A009"]
    assert _codes(report, "both.png") == []
    finding = next(f for f in report.findings if f.location.file == "attachments/no-url.png")
    assert finding.data["engine"] == engine.name
    assert any("Bamboo" in text for text in finding.data["read"]), "the page was not read"


@each_backend
def test_a_url_far_from_the_top_strip_is_found_with_narrow_boxes_around_it(
    backend: Backend,
) -> None:
    # The clock is in the top strip, so the time is settled first; the address bar is low
    # on the page, amid table cells too narrow for a URL, which are recognized last.
    image = Image.new("RGB", (1920, 1080), "white")
    pen = ImageDraw.Draw(image)
    font = browser_shots.load_font("DejaVuSans.ttf", 13)
    pen.text((1780, 6), "10:42 AM", font=font, fill="black")
    for row in range(20):
        for column in range(6):
            pen.text((40 + 180 * column, 200 + 34 * row), str(row * 7 + column), font=font,
                     fill="black")
    pen.text((900, 930), "https://sellercentral.amazon.de/orders-v3", font=font, fill="black")
    engine = RapidOcrEngine(backend)
    digest = content_digest(b"low url " + backend.module.encode())
    reading = read_screenshot(image, engine, digest=digest)
    assert reading.time is not None and reading.time.text.startswith("10:42")
    assert reading.url is not None and reading.url.host == "sellercentral.amazon.de"
    assert reading.url_line is not None and reading.url_line.box[1] > 900


@each_backend
def test_taking_the_first_line_recognizes_one_window_of_boxes(backend: Backend) -> None:
    engine = RapidOcrEngine(backend)
    recognized: list[int] = []
    real = engine._recognize

    def counted(crops: list[Any]) -> list[tuple[str, float]]:
        recognized.append(len(crops))
        return real(crops)

    engine._recognize = counted  # type: ignore[method-assign]
    image = browser_shots.draw(browser_shots.Shot(name="w", width=1024, height=640))
    lines = iter(engine.read(image.convert("L")))
    first = next(lines)
    assert first.text
    assert 0 < sum(recognized) <= rapid.WINDOW, "every box was recognized before the first line"
    assert len(list(lines)) > 10


@each_backend
def test_the_engine_reads_offline_from_its_own_wheel(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    models = backend.models()
    assert models is not None
    spec = importlib.util.find_spec(backend.module)
    assert spec is not None and spec.submodule_search_locations
    package = Path(next(iter(spec.submodule_search_locations)))
    assert all(path.is_relative_to(package) for path in models)

    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("this test has no network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    if backend is RAPIDOCR:
        from rapidocr.utils.download_file import DownloadFile

        monkeypatch.setattr(DownloadFile, "run", no_network)
    engine = RapidOcrEngine(backend)
    image = browser_shots.draw(browser_shots.Shot(name="o", width=1024, height=640))
    digest = content_digest(b"offline " + package.name.encode())
    reading = read_screenshot(image, engine, digest=digest)
    assert reading.url is not None and reading.time is not None


# --- which package ---------------------------------------------------------------------------


def _without(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """importlib finds none of ``modules``, as on a machine where they are not installed."""
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        return None if name.split(".")[0] in modules else real(name, *args, **kwargs)

    monkeypatch.setattr(rapid.importlib.util, "find_spec", find_spec)


@pytest.mark.parametrize(("hidden", "backend", "name"), [
    pytest.param("rapidocr", RAPIDOCR_ONNXRUNTIME, "rapidocr-onnxruntime", marks=pytest.mark.skipif(
        RAPIDOCR_ONNXRUNTIME.models() is None, reason="rapidocr-onnxruntime absent")),
    pytest.param("rapidocr_onnxruntime", RAPIDOCR, "rapidocr 3.", marks=pytest.mark.skipif(
        RAPIDOCR.models() is None, reason="rapidocr 3.x absent")),
])
def test_either_package_reads_where_the_other_is_absent(
    monkeypatch: pytest.MonkeyPatch, only: Any, tmp_path: Path, hidden: str, backend: Any,
    name: str,
) -> None:
    _without(monkeypatch, hidden)
    assert installed_backend() is backend
    only(*BACKENDS)
    engine = ocr.engine_named("rapidocr")
    assert isinstance(engine, RapidOcrEngine) and engine.name.startswith(name)
    folder = _case(tmp_path / "case", {"crop.png": _png(
        browser_shots.Shot(name="c", width=900, height=420, url=None, clock="page"))})
    report = check(folder, select=("A008", "A009", "A017", "X001"))
    assert _codes(report, "crop.png") == ["A008"]


@pytest.mark.skipif(ocr.engine_named("tesseract") is None, reason="tesseract is not installed")
def test_tesseract_reports_a_full_hd_screenshot_without_url(
    monkeypatch: pytest.MonkeyPatch, only: Any, tmp_path: Path
) -> None:
    monkeypatch.setenv("CASECHECK_OCR_ENGINE", "tesseract")
    only(*BACKENDS)
    folder = _case(tmp_path / "case", {"no-url.png": _png(
        browser_shots.Shot(name="n", width=1920, height=1080, url=None, clock="taskbar"))})
    report = check(folder, select=("A008", "A009", "A017", "X001"))
    assert _codes(report, "no-url.png") == ["A008"]


def test_a_package_without_its_models_or_onnxruntime_does_not_count(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    empty = tmp_path / "fakeocr"
    (empty / "models").mkdir(parents=True)
    (empty / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    fake = Backend("fakeocr", "fakeocr", "det.onnx", "rec.onnx", 1)
    assert fake.models() is None
    (empty / "models" / "det.onnx").write_bytes(b"x")
    (empty / "models" / "rec.onnx").write_bytes(b"x")
    importlib.invalidate_caches()
    if importlib.util.find_spec("onnxruntime") is not None:
        assert fake.models() is not None
    _without(monkeypatch, "onnxruntime")
    assert fake.models() is None


def test_without_any_rapidocr_package_a_screenshot_is_unverified(
    monkeypatch: pytest.MonkeyPatch, only: Any, make_case: Any
) -> None:
    _without(monkeypatch, "rapidocr", "rapidocr_onnxruntime")
    only(*BACKENDS)
    monkeypatch.setenv("CASECHECK_OCR_ENGINE", "rapidocr")
    assert installed_backend() is None
    assert ocr.engine_named("rapidocr") is None
    folder = make_case(
        {"type": "technical-issue", "marketplace": "US",
         "attachments": [{"path": "attachments/a.png", "kind": "screenshot"}]},
        files={"attachments/a.png": _png(browser_shots.Shot(name="u", width=1024, height=640))},
    )
    report = check(folder, select=("A008", "A009", "A017"))
    assert _codes(report, "a.png") == ["A017"]


# --- geometry --------------------------------------------------------------------------------


def test_blank_space_and_plain_bars_are_not_detected() -> None:
    image = Image.new("L", (1920, 300), 255)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, 40, 1920, 84), fill=60)  # a header bar: edges only across its rows
    assert drawn_pieces(numpy.asarray(image)) == []
    pen.text((30, 150), "left", fill=0)
    pen.text((1700, 150), "right", fill=0)
    pieces = drawn_pieces(numpy.asarray(image))
    assert len(pieces) == 2 and pieces[0][2] < 200 < 1600 < pieces[1][0]
    assert sum((r - left) * (b - t) for left, t, r, b in pieces) < 0.05 * 1920 * 300


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 560), st.integers(0, 200), st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:./", min_size=1, max_size=8)),
    max_size=6))
def test_every_glyph_stands_inside_a_piece(texts: list[tuple[int, int, str]]) -> None:
    image = Image.new("L", (640, 240), 255)
    pen = ImageDraw.Draw(image)
    for x, y, text in texts:
        pen.text((x, y), text, fill=0)
    pixels = numpy.asarray(image)
    pieces = drawn_pieces(pixels)
    covered = numpy.zeros(pixels.shape, dtype=bool)
    for left, top, right, bottom in pieces:
        covered[top:bottom, left:right] = True
        assert left >= 0 and top >= 0 and right <= 640 and bottom <= 240
    edges = numpy.abs(numpy.diff(pixels.astype(numpy.int16), axis=1)) > rapid.EDGE
    ys, xs = numpy.nonzero(edges)
    lone = [(y, x) for y, x in zip(ys, xs, strict=True) if not covered[y, x]]
    # only a stroke apart from all else, too thin to be more than one character, is left out
    for y, x in lone:
        near = edges[max(0, y - MARGIN) : y + MARGIN, max(0, x - 48) : x + 49]
        assert numpy.count_nonzero(near.any(axis=0)) < rapid.THINNEST


boxes = st.lists(
    st.tuples(st.integers(0, 1800), st.integers(0, 1000), st.integers(2, 900),
              st.integers(2, 60)).map(lambda b: (b[0], b[1], b[0] + b[2], b[1] + b[3])),
    max_size=60,
)


@given(boxes, st.integers(1, 16))
def test_batches_hold_every_box_once_and_boxes_of_about_one_width(
    found: list[tuple[int, int, int, int]], batch: int
) -> None:
    batches = RapidOcrEngine(RAPIDOCR, batch=batch)._batches(found)
    assert sorted(n for b in batches for n in b) == list(range(len(found)))
    for part in batches:
        assert len(part) <= batch
        ratios = [rapid._ratio(found[n]) for n in part]
        assert max(ratios) <= WIDTH_SPREAD * max(min(ratios), rapid.MIN_RATIO) + 1e-9


@given(boxes, st.randoms())
def test_reading_order_does_not_depend_on_the_order_detection_gave(
    found: list[tuple[int, int, int, int]], shuffle: Any
) -> None:
    mixed = list(found)
    shuffle.shuffle(mixed)
    assert reading_order(mixed) == reading_order(found)
    assert sorted(reading_order(found)) == sorted(found)
