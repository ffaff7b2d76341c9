"""The HTML report in a real browser: Debian's Chromium, driven by Playwright's Python package.

Nothing is downloaded: Playwright is pointed at ``/usr/bin/chromium`` (``.ci/run`` installs
it where missing). The report of the shipped examples is opened from a file; every request the
page makes is recorded and refused, every console message and page error is collected, and a
screenshot of the page is saved in the test's tmp folder. With ``CASECHECK_REPORT_PICTURE=PATH``
the test also writes the README's picture there (docs/report.md says how it is made).
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, REPO

from casecheck.cli import main
from casecheck.ocr import default_engine

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
EXAMPLES = REPO / "examples" / "cases"
PICTURE_VARIABLE = "CASECHECK_REPORT_PICTURE"
PICTURE_MAX_BYTES = 300_000

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="Playwright is not installed (pip install playwright; CI has it)"),
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="no /usr/bin/chromium (apt-get install chromium; CI has it)"),
]


def _check(*argv: str) -> str:
    out = io.StringIO()
    main(["check", *argv, "--no-config", "--no-cache", "--now", NOW.isoformat()], out=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The examples' report written with -o, and their JSON report to compare with."""
    folder = tmp_path_factory.mktemp("report")
    page = folder / "report.html"
    _check(str(EXAMPLES), "--format", "html", "-o", str(page))
    return page, json.loads(_check(str(EXAMPLES), "--format", "json"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One page in a fresh context, with what it asked the network for and what it logged."""

    def __init__(self, browser: Any, path: Path, **context: Any) -> None:
        self.context = browser.new_context(**context)
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda message: message.type in ("error", "warning")
                     and self.problems.append(f"{message.type}: {message.text}"))
        self.page.on("pageerror", lambda error: self.problems.append(f"pageerror: {error}"))
        self.url = path.as_uri()
        self.page.goto(self.url)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url == self.url:
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Any) -> Iterator[Any]:
    opened: list[Visit] = []

    def open_page(path: Path, **context: Any) -> Visit:
        opened.append(Visit(browser, path, **context))
        return opened[-1]

    yield open_page
    for page in opened:
        assert page.requests == [], "the report asked the network for something"
        assert page.problems == [], "the console reported a problem"
        page.close()


def test_a_section_per_case_and_a_row_per_finding(examples, visit, tmp_path: Path) -> None:
    path, document = examples
    page = visit(path, viewport={"width": 1200, "height": 900}).page
    cases = page.locator("article.case")
    assert cases.count() == len(document["cases"])
    for index, case in enumerate(document["cases"]):
        article = cases.nth(index)
        assert article.locator("h2").text_content().endswith(case["path"])  # off screen too
        rows = article.locator("tr.finding")
        assert rows.count() == len(case["findings"])
        shown = sorted(rows.nth(i).get_attribute("data-code") for i in range(rows.count()))
        assert shown == sorted(f["code"] for f in case["findings"])
    assert page.locator("#summary tbody tr").count() == len(document["cases"])
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000


@pytest.mark.skipif(default_engine() is None, reason="no OCR engine: no boxes to draw")
def test_the_boxes_are_drawn_on_the_right_screenshot(examples, visit) -> None:
    path, document = examples
    page = visit(path, viewport={"width": 1200, "height": 900}).page
    passing = next(c for c in document["cases"] if c["path"].endswith("ok-screenshot-shows-url"
                                                                        "-and-time"))
    index = document["cases"].index(passing) + 1
    figure = page.locator(f"#case-{index} figure.shot")
    assert figure.count() == 1
    assert figure.get_attribute("data-file") == "attachments/ledger-error.png"
    figure.scroll_into_view_if_needed()
    page.wait_for_function("f => f.querySelector('img').complete", arg=figure.element_handle())
    picture = figure.locator("img.shot-picture").bounding_box()
    url = figure.locator("rect.url-box").bounding_box()
    time = figure.locator("rect.time-box").bounding_box()
    assert picture and url and time
    for box in (url, time):  # each box lies on its own picture
        assert picture["x"] <= box["x"] and box["x"] + box["width"] <= picture["x"] + picture[
            "width"] + 1
        assert picture["y"] <= box["y"] and box["y"] + box["height"] <= picture["y"] + picture[
            "height"] + 1
    assert url["y"] < picture["y"] + picture["height"] * 0.2  # the address bar, on top
    assert time["y"] > picture["y"] + picture["height"] * 0.8  # the taskbar clock, below
    drawn = page.locator("figure.shot:has(rect)")
    for number in range(drawn.count()):  # every figure's boxes lie within its own picture
        figure = drawn.nth(number)
        width, height = map(int, figure.locator("svg.shot-boxes").get_attribute(
            "viewBox").split()[2:])
        for rect in figure.locator("rect").all():
            left, top, right, bottom = map(int, rect.get_attribute("data-box").split(","))
            assert 0 <= left < right <= width and 0 <= top < bottom <= height


def test_the_copy_button_copies_the_message(examples, visit) -> None:
    path, _ = examples
    opened = visit(path, permissions=["clipboard-read", "clipboard-write"])
    page = opened.page
    article = page.locator("article.case:has(button.copy)").first
    button = article.locator("button.copy")
    assert button.is_visible()
    expected = article.locator("pre.message-text").text_content()
    button.click()
    page.wait_for_function("b => b.textContent === b.dataset.done", arg=button.element_handle())
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert expected.strip() and "\n" in expected  # the message itself, lines and all


def test_the_filters_show_the_cases_asked_for(examples, visit) -> None:
    path, document = examples
    page = visit(path).page
    cases = document["cases"]
    page.select_option("#filter-severity", "error")
    failing = [c for c in cases if c["counts"]["error"]]
    assert page.locator("article.case:visible").count() == len(failing)
    assert page.locator("#summary tbody tr:visible").count() == len(failing)
    assert page.locator("article.case:visible .severity-group[data-severity=warning]:visible"
                        ).count() == 0
    assert str(len(failing)) in page.locator("#filter-status").inner_text()
    page.select_option("#filter-severity", "")
    page.select_option("#filter-type", "technical-issue")
    assert page.locator("article.case:visible").count() == sum(
        1 for c in cases if c["type"] == "technical-issue")


def test_the_page_works_with_the_keyboard(examples, visit) -> None:
    path, _ = examples
    page = visit(path).page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#cases"
    summary = page.locator("details.docs summary").first
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("details.docs").first.get_attribute("open") is not None
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"


def test_it_reads_in_full_without_script_and_prints_a_case_per_page(examples, visit) -> None:
    path, document = examples
    page = visit(path, java_script_enabled=False).page
    assert page.locator("article.case:visible").count() == len(document["cases"])
    assert page.locator("#filters").is_hidden()  # controls that need the script stay hidden
    assert page.locator("button.copy:visible").count() == 0
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('article.case'))"
                         ".breakBefore") == "page"
    pdf = visit(path).page
    pdf.emulate_media(media="print")
    assert pdf.locator("details.docs").first.get_attribute("open") is None
    pdf.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert pdf.locator("details.docs:not([open])").count() == 0


def test_the_chinese_report(visit, tmp_path: Path) -> None:
    page_file = tmp_path / "report-zh.html"
    _check(str(EXAMPLES / "technical-issue"), "--format", "html", "--lang", "zh-CN",
           "-o", str(page_file))
    page = visit(page_file).page
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert page.locator("#summary-heading").inner_text() == "检查概览"


def test_the_readme_picture(examples, visit, tmp_path: Path) -> None:
    """The top of the examples' report and one case; kept small for the README."""
    from PIL import Image

    path, _ = examples
    page = visit(path, viewport={"width": 1000, "height": 1200}, bypass_csp=True).page
    # A case is laid out only when scrolled near, which element screenshots do not wait for:
    # lay them all out, as they look on screen.
    page.add_style_tag(content="article.case { content-visibility: visible !important; }")
    shown = page.locator("article.case:has(tr.finding):has(figure.shot rect.url-box)")
    if not shown.count():  # no OCR engine: a case with findings all the same
        shown = page.locator("article.case:has(tr.finding)")
    raw = tmp_path / "raw.png"
    case = shown.first.element_handle()
    case.evaluate("e => e.querySelectorAll('img').forEach(i => i.loading = 'eager')")
    page.wait_for_function("e => [...e.querySelectorAll('img')].every(i => i.complete)",
                           arg=case)
    # The whole case in the viewport, then a clip of it: an element screenshot waits for the
    # box to hold still over two frames, which a loaded CI machine may not give in time.
    height = int(case.evaluate("e => e.getBoundingClientRect().height")) + 16
    page.set_viewport_size({"width": 1000, "height": height})
    case.evaluate("e => e.scrollIntoView()")
    box = case.bounding_box()
    assert box is not None
    page.screenshot(path=str(raw), clip=box)
    picture = Image.open(raw).convert("RGB")
    picture = picture.resize((picture.width * 2 // 3, picture.height * 2 // 3), Image.LANCZOS)
    small = tmp_path / "report-picture.png"
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(small, optimize=True)
    assert small.stat().st_size < PICTURE_MAX_BYTES
    target = os.environ.get(PICTURE_VARIABLE)
    if target:
        Path(target).write_bytes(small.read_bytes())
