"""A screenshot listed many times costs what it costs once: each distinct file is checked and
decoded once per run, within the parse budget, with its decoded memory capped.

Before, a 1 x 89,000,000 px PNG (173 KB) listed 20 times was decoded 20 times by the
screenshot rules, with no time budget: 9.3 s and 807 MB each, 62 s in all.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import hostile_files as files
import pytest
from conftest import NOW, to_toml
from hostile_support import SRC
from made_files import blank_png
from PIL import Image

import casecheck.attachments
import casecheck.checkers.screenshots as screenshots
from casecheck import Config, ocr, validate
from casecheck.ocr import TextLine
from casecheck.ocr.reading import OCR_MAX_PIXELS

LISTED = 20


class _Reader:
    """An OCR engine that reads an address bar at a fixed place, and counts what it sees."""

    name = "fixed reader"
    settings = "v1"

    def __init__(self) -> None:
        self.sizes: list[tuple[int, int]] = []

    def read(self, image: Image.Image) -> list[TextLine]:
        self.sizes.append(image.size)
        return [TextLine("sellercentral.amazon.com/inventory", (10, 10, 210, 30), 0.99)]


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> _Reader:
    engine = _Reader()
    monkeypatch.setattr(ocr, "default_engine", lambda: engine)
    casecheck.attachments.clear_memo()
    screenshots.clear_readings()
    return engine


def _case(folder: Path, name: str, content: bytes, listed: int = LISTED) -> Path:
    (folder / "attachments").mkdir(parents=True, exist_ok=True)
    target = folder / "attachments" / name
    if not target.exists():
        target.write_bytes(content)
    manifest = {"type": "technical-issue", "marketplace": "US", "subject": "Inventory error",
                "attachments": [{"path": f"attachments/{name}", "kind": "screenshot"}] * listed}
    (folder / "case.toml").write_text(to_toml(manifest), encoding="utf-8")
    return folder


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_screenshot_listed_twenty_times_and_in_another_case_is_read_once(
    tmp_path: Path, reader: _Reader, monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = blank_png(1280, 800, "#fefefe")  # other bytes: the OCR cache cannot answer for it
    validate(_case(tmp_path / "alone", "shot.png", other, listed=1), now=NOW)
    read_once = len(reader.sizes)
    decodes = _counting(monkeypatch, screenshots, "ocr_pixels")
    checks = _counting(monkeypatch, casecheck.attachments, "_image_data_problem")
    first = _case(tmp_path / "one", "shot.png", blank_png(1280, 800))
    second = tmp_path / "two" / "attachments"
    second.mkdir(parents=True)
    os.link(first / "attachments" / "shot.png", second / "shot.png")  # the same file
    _case(tmp_path / "two", "shot.png", b"")
    for folder in (first, tmp_path / "two"):
        report = validate(folder, now=NOW)
        fields = sorted(f.location.field or "" for f in report.findings if f.code == "A009")
        assert fields == sorted(f"attachments[{index}]" for index in range(LISTED))
    assert (len(decodes), len(checks)) == (1, 1)
    assert len(reader.sizes) == 2 * read_once


def test_a_tall_png_just_under_the_pixel_limit_is_never_decoded(
    tmp_path: Path, reader: _Reader, monkeypatch: pytest.MonkeyPatch,
) -> None:
    decodes = _counting(monkeypatch, screenshots, "ocr_pixels")
    checks = _counting(monkeypatch, casecheck.attachments, "_image_data_problem")
    report = validate(_case(tmp_path, "tall.png", files.png_tall()), now=NOW)
    small = [f for f in report.findings if f.code == "A014"]
    assert len(small) == LISTED and small[0].data["height"] == 89_000_000
    assert not [f for f in report.findings if f.code == "A007"]
    assert (len(decodes), len(checks), reader.sizes) == (0, 1, [])


_MEASURE = (
    "import resource, sys\n"
    "from casecheck.cli import main\n"
    "status = main(['check', '--no-cache', '--format', 'json', *sys.argv[1:]],"
    " open('/dev/null', 'w'))\n"
    "print(status, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def _peak_kib(folder: Path) -> int:
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(folder)], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(SRC), "PYTHONDONTWRITEBYTECODE": "1",
             "CASECHECK_OCR_ENGINE": "none"},
        timeout=300, check=True,
    )
    _, peak = result.stdout.split()
    return int(peak) // (1024 if sys.platform == "darwin" else 1)


def test_the_tall_png_listed_twenty_times_costs_no_memory(tmp_path: Path) -> None:
    floor = _peak_kib(_case(tmp_path / "small", "shot.png", blank_png(1280, 800), listed=1))
    peak = _peak_kib(_case(tmp_path / "tall", "tall.png", files.png_tall()))
    # Decoded, it is 800 MB (Pillow keeps a pointer per row); checked in steps, nothing.
    assert peak - floor < 60 * 1024, (floor, peak)


def test_a_huge_screenshot_is_read_reduced_and_its_boxes_are_in_its_own_pixels(
    tmp_path: Path, reader: _Reader,
) -> None:
    side = 9_000  # 81 MP: under the pixel limit, over what is read at full size
    image = io.BytesIO()
    Image.new("RGB", (side, side), "white").save(image, "JPEG")
    report = validate(_case(tmp_path, "huge.jpg", image.getvalue(), listed=1), now=NOW)
    assert reader.sizes and all(w * h <= OCR_MAX_PIXELS for w, h in reader.sizes)
    (a009,) = [f for f in report.findings if f.code == "A009"]
    scale = side / max(width for width, _ in reader.sizes)
    assert scale >= 2
    assert list(a009.data["url_box"]) == [round(value * scale) for value in (10, 10, 210, 30)]


def test_a_screenshot_that_runs_out_of_its_budget_is_said_so_and_not_cached(
    tmp_path: Path, reader: _Reader,
) -> None:
    report = validate(_case(tmp_path, "shot.png", blank_png(4000, 3000), listed=2), now=NOW,
                      config=Config(parse_timeout=1e-6))
    failed = [f for f in report.findings if f.code in ("A007", "A017")]
    assert failed and all("CPU time, twice" in f.message for f in failed)
