"""Screenshots unlike the labeled bench set, per class: do the URL and capture-time rules hold?

    python bench/shots_variety.py                  # every class, scored per class
    python bench/shots_variety.py --classes win-clock-24h,mobile --json out.json
    python bench/shots_variety.py --list           # the classes and what each one shows

``browser_shots.py`` draws one browser look (a Chrome-like window, a taskbar or menu-bar
clock at one place, integer scales, PNG). This set draws what sellers' screenshots look like
elsewhere: Windows 10 and 11 taskbar clocks in several locales, the macOS menu-bar clock, the
address bars of Chrome, Edge, Firefox and Safari in light and dark mode, with and without
``https://``, Seller Central of many marketplaces, URLs cut by an ellipsis, 125 % and 150 %
display scaling, phone screenshots (status-bar clock at the top, Safari's address bar at the
bottom), page-only crops that show neither a URL nor a clock, pages whose tables hold dates
(not a capture time) or dates with times of day (a capture time: issue 13 counts a time of
day anywhere), JPEG-recompressed captures, from 1280x720 to 2560x1440, and large captures at
100 % scaling (4K, 3440x1440 and 5120x1440 ultrawide, 5K, a 3840x5400 full-page capture) with
and without a URL.

Each shot is labeled with what a careful reader says it shows: a page URL, and a capture
time (a time of day anywhere, or a date in the OS clock or the browser's bars). The bench
reads every shot with the engine casecheck picks, as ``casecheck check`` does (region
first, cache off), one shot at a time in this process, and prints per class the URL and time
recall, the false "found" and the median seconds. Drawn with Pillow and the system's DejaVu
and Liberation fonts; the Chinese clocks need a CJK font (``fonts-noto-cjk``)
and are left out without one. Needs the OCR extra (``pip install 'casecheck[ocr]'``).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

import browser_shots  # noqa: E402
from ocr import ScaledOnly  # noqa: E402

from casecheck.ocr import default_engine  # noqa: E402
from casecheck.ocr.reading import (  # noqa: E402
    OCR_MAX_PIXELS,
    content_digest,
    grey_image,
    ocr_pixels,
    read_screenshot,
)

Color = tuple[int, int, int]


@dataclass(frozen=True)
class Variety:
    """One labeled screenshot of the variety set and how it is drawn."""

    name: str
    kind: str
    """The class it is scored under."""
    width: int
    height: int
    scale: float = 1.0
    """Display scaling: 1.25 and 1.5 are Windows' 125 % and 150 %, 2 and 3 HiDPI / phones."""
    theme: str = "light"
    browser: str | None = "chrome"
    """chrome, edge, firefox, safari, android (Chrome on a phone), ios (Safari on a phone),
    or None: no address bar (a crop of the page)."""
    url: str | None = "sellercentral.amazon.com/inventory?viewId=FBA"
    """What the address bar shows, exactly as drawn."""
    os_clock: str | None = "win11"
    """win10, win11 (taskbar, bottom right), mac (menu bar, top right), phone (status bar), None."""
    clock_lines: tuple[str, ...] = ("3:45 PM", "12/1/2026")
    body: str = "inventory"
    """inventory (no date or time), dates (a table of order dates), dates-right (the dates in
    the table's last column, right-aligned at the page's right edge), datetimes (order dates
    with the time of day), stamp ("Report generated on" with a date only)."""
    tab_title: str = "Manage Orders | Amazon Seller Central"
    font: str = "DejaVuSans.ttf"
    cjk: bool = False
    jpeg: int | None = None
    """JPEG quality the capture was recompressed at, None: PNG."""
    has_url: bool = True
    has_time: bool = True


THEMES: dict[str, dict[str, Color]] = {
    "light": {"frame": (222, 225, 230), "tab": (255, 255, 255), "field": (241, 243, 244),
              "text": (32, 33, 36), "muted": (95, 99, 104), "page": (255, 255, 255),
              "header": (35, 47, 62), "header_text": (255, 255, 255), "line": (218, 220, 224),
              "task": (243, 243, 243), "task_text": (0, 0, 0), "menubar": (236, 236, 236)},
    "dark": {"frame": (32, 33, 36), "tab": (53, 54, 58), "field": (32, 33, 36),
             "text": (232, 234, 237), "muted": (154, 160, 166), "page": (22, 23, 26),
             "header": (19, 25, 33), "header_text": (240, 240, 240), "line": (60, 64, 67),
             "task": (28, 28, 28), "task_text": (255, 255, 255), "menubar": (40, 40, 40)},
}
THEMES["light"]["page_text"] = THEMES["light"]["text"]
THEMES["dark"]["page_text"] = THEMES["dark"]["text"]
THEMES["mixed"] = {**THEMES["dark"], **{key: THEMES["light"][key] for key in (
    "page", "page_text", "line", "header", "header_text")}}
"""A dark browser and taskbar around a light page: Seller Central has no dark mode."""


def _font(name: str, size: float, cjk: bool = False) -> ImageFont.FreeTypeFont:
    if cjk:
        names = browser_shots.available_fonts("zh")
        if names:
            return browser_shots.load_font(names[0], round(size), "zh")
    return browser_shots.load_font(name, round(size))


class Canvas:
    """An image with its display scale: every length is given in points and drawn in pixels."""

    def __init__(self, shot: Variety, color: Color) -> None:
        self.shot = shot
        self.s = shot.scale
        self.image = Image.new("RGB", (shot.width, shot.height), color)
        self.pen = ImageDraw.Draw(self.image)
        self.colors = THEMES[shot.theme]

    def px(self, value: float) -> int:
        return round(value * self.s)

    def font(self, size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
        name = self.shot.font
        if bold:
            name = name.replace("Sans.ttf", "Sans-Bold.ttf").replace("-Regular", "-Bold")
        return _font(name, size * self.s, self.shot.cjk)

    def rect(self, box: tuple[float, float, float, float], color: Color, radius: float = 0) -> None:
        left, top, right, bottom = (round(v) for v in box)
        if radius:
            self.pen.rounded_rectangle((left, top, right, bottom), radius=self.px(radius),
                                       fill=color)
        else:
            self.pen.rectangle((left, top, right, bottom), fill=color)

    def text(self, xy: tuple[float, float], text: str, size: float, color: Color,
             bold: bool = False, anchor: str = "la") -> float:
        font = self.font(size, bold)
        self.pen.text((round(xy[0]), round(xy[1])), text, font=font, fill=color, anchor=anchor)
        return self.pen.textlength(text, font=font)

    def width_of(self, text: str, size: float, bold: bool = False) -> float:
        return self.pen.textlength(text, font=self.font(size, bold))


# --- the OS: taskbar, menu bar, status bar ---------------------------------------------------


def _taskbar(c: Canvas) -> float:
    """Windows 10 (40 pt, icons left) or 11 (48 pt, icons centred): the clock at the right,
    the time over the date. Returns the taskbar's height in pixels."""
    win11 = c.shot.os_clock == "win11"
    height = c.px(48 if win11 else 40)
    w, h = c.shot.width, c.shot.height
    c.rect((0, h - height, w, h), c.colors["task"])
    icons = 8
    start = (w - icons * c.px(44)) / 2 if win11 else c.px(12)
    for i in range(icons):
        left = start + i * c.px(44)
        c.rect((left + c.px(8), h - height + c.px(8), left + c.px(36), h - c.px(8)),
               c.colors["muted"], radius=4)
    lines = c.shot.clock_lines
    right = w - c.px(16 if win11 else 12)
    size = 12 if win11 else 11.5
    widest = max(c.width_of(line, size) for line in lines)
    centre = right - widest / 2
    tray = ("ENG", "US") if not c.shot.cjk else ("中", "")
    tray_x = right - widest - c.px(56)
    for i, word in enumerate(tray):
        c.text((tray_x, h - height + c.px(8 + 15 * i)), word, 9, c.colors["task_text"])
    if len(lines) == 1:
        c.text((centre, h - height / 2), lines[0], size, c.colors["task_text"], anchor="mm")
    else:
        top = h - height / 2 - c.px(16)
        for i, line in enumerate(lines):
            # Windows 11 right-aligns the two lines, Windows 10 centres them.
            x, anchor = (right, "ra") if win11 else (centre, "ma")
            c.text((x, top + c.px(16 * i)), line, size, c.colors["task_text"], anchor=anchor)
    return height


def _menubar(c: Canvas) -> float:
    """macOS: the Apple menu and the app's menus at the left, the clock at the right."""
    height = c.px(24)
    c.rect((0, 0, c.shot.width, height), c.colors["menubar"])
    x = c.px(14)
    for i, word in enumerate(("Chrome", "File", "Edit", "View", "History", "Bookmarks",
                              "Window", "Help")):
        x += c.text((x, height / 2), word, 13, c.colors["text"], bold=i == 0, anchor="lm")
        x += c.px(18)
    stamp = "  ".join(c.shot.clock_lines)
    c.text((c.shot.width - c.px(12), height / 2), stamp, 13, c.colors["text"], anchor="rm")
    for i in range(4):  # status icons left of the clock
        left = c.shot.width - c.px(12) - c.width_of(stamp, 13) - c.px(30 + 26 * i)
        c.rect((left, c.px(6), left + c.px(14), c.px(18)), c.colors["muted"], radius=3)
    return height


def _status_bar(c: Canvas) -> float:
    """A phone's status bar: the clock at the left (iOS bold, Android regular), icons right."""
    height = c.px(44 if c.shot.browser == "ios" else 28)
    c.rect((0, 0, c.shot.width, height), c.colors["frame"])
    c.text((c.px(24), height / 2), c.shot.clock_lines[0], 16 if c.shot.browser == "ios" else 13,
           c.colors["text"], bold=c.shot.browser == "ios", anchor="lm")
    for i in range(3):
        right = c.shot.width - c.px(20 + 24 * i)
        c.rect((right - c.px(16), height / 2 - c.px(5), right, height / 2 + c.px(5)),
               c.colors["text"], radius=2)
    return height


# --- the browser ---------------------------------------------------------------------------


def _tabs(c: Canvas, top: float, rounded: bool) -> float:
    height = c.px(36)
    c.rect((0, top, c.shot.width, top + height), c.colors["frame"])
    for i, title in enumerate((c.shot.tab_title, "Inventory", "Case log")):
        left = c.px(76 + 230 * i)
        color = c.colors["tab"] if i == 0 else c.colors["frame"]
        c.rect((left, top + c.px(6), left + c.px(220), top + height), color,
               radius=8 if rounded else 0)
        shown = title if len(title) < 28 else title[:26] + "…"
        c.text((left + c.px(30), top + height / 2 + c.px(3)), shown, 12, c.colors["text"],
               anchor="lm")
    return height


def _address_bar(c: Canvas, top: float) -> float:
    """The toolbar under the tabs: back, forward, reload, the URL field, the profile icon."""
    kind, url = c.shot.browser, c.shot.url or ""
    height = c.px(40 if kind != "firefox" else 44)
    w = c.shot.width
    c.rect((0, top, w, top + height), c.colors["tab"])
    for i, glyph in enumerate(("←", "→", "↻")):
        c.text((c.px(18 + 30 * i), top + height / 2), glyph, 15, c.colors["muted"], anchor="mm")
    if kind == "safari":  # one centred field that shows the host only
        field = (w / 2 - c.px(260), top + c.px(6), w / 2 + c.px(260), top + height - c.px(6))
        c.rect(field, c.colors["field"], radius=8)
        c.text((w / 2, top + height / 2), url, 13, c.colors["text"], anchor="mm")
        return height
    left = c.px(110)
    field = (left, top + c.px(6), w - c.px(130), top + height - c.px(6))
    c.rect(field, c.colors["field"], radius=16 if kind == "chrome" else 6)
    x = left + c.px(16)
    c.rect((x, top + height / 2 - c.px(6), x + c.px(10), top + height / 2 + c.px(6)),
           c.colors["muted"], radius=2)  # the padlock
    x += c.px(24)
    scheme, _, rest = url.rpartition("://")
    if scheme and kind == "firefox":  # Firefox greys the scheme
        x += c.text((x, top + height / 2), scheme + "://", 13, c.colors["muted"], anchor="lm")
        c.text((x, top + height / 2), rest, 13, c.colors["text"], anchor="lm")
    else:
        c.text((x, top + height / 2), url, 13, c.colors["text"], anchor="lm")
    for i in range(3):  # extension and profile icons
        right = w - c.px(20 + 34 * i)
        c.rect((right - c.px(18), top + height / 2 - c.px(9), right, top + height / 2 + c.px(9)),
               c.colors["muted"], radius=9)
    return height


def _phone_address_bar(c: Canvas, top: float) -> float:
    height = c.px(52)
    c.rect((0, top, c.shot.width, top + height), c.colors["tab"])
    c.rect((c.px(14), top + c.px(8), c.shot.width - c.px(60), top + height - c.px(8)),
           c.colors["field"], radius=20)
    anchor = "mm" if c.shot.browser == "ios" else "lm"
    x = c.shot.width / 2 if c.shot.browser == "ios" else c.px(44)
    c.text((x, top + height / 2), c.shot.url or "", 15, c.colors["text"], anchor=anchor)
    return height


# --- the page ------------------------------------------------------------------------------

ORDERS = (
    ("113-4839201-1234567", "Bamboo cutting board", "Shipped", "$24.99"),
    ("114-2093812-7654321", "Steel water bottle", "Unshipped", "$18.50"),
    ("112-7730291-1029384", "Travel pillow, memory foam", "Cancelled", "$31.00"),
    ("111-5529301-5647382", "Silicone baking mat", "Shipped", "$12.95"),
)
DATES = ("11/28/2026", "Nov 27, 2026", "2026-11-26", "11/25/2026")
DATETIMES = ("11/28/2026 2:14 PM PST", "Nov 27, 2026 9:03 AM PST", "2026-11-26 18:40:12",
             "11/25/2026 11:57 PM PST")


def _page(c: Canvas, top: float, bottom: float, left: float = 0, right: float | None = None
          ) -> None:
    """Seller Central: the dark header, a title, a notice, and a table of orders."""
    right = c.shot.width if right is None else right
    colors, body = c.colors, c.shot.body
    c.rect((left, top, right, bottom), colors["page"])
    c.rect((left, top, right, top + c.px(44)), colors["header"])
    c.text((left + c.px(24), top + c.px(22)), "amazon seller central", 19, colors["header_text"],
           bold=True, anchor="lm")
    for i, word in enumerate(("Catalog", "Inventory", "Pricing", "Orders", "Advertising")):
        c.text((left + c.px(300 + 96 * i), top + c.px(22)), word, 13, colors["header_text"],
               anchor="lm")
    y = top + c.px(64)
    c.text((left + c.px(32), y), "Manage Orders", 22, colors["page_text"], bold=True)
    y += c.px(42)
    c.rect((left + c.px(32), y, right - c.px(32), y + c.px(34)), (253, 236, 234)
           if c.shot.theme != "dark" else (70, 30, 28))
    c.text((left + c.px(44), y + c.px(17)), "We're sorry. Something went wrong on our end.",
           13, (200, 60, 40), anchor="lm")
    y += c.px(52)
    if body == "stamp":
        c.text((left + c.px(32), y), "Report generated on 11/28/2026", 12, colors["muted"])
        y += c.px(26)
    dated = body in ("dates", "datetimes")
    columns = [32, 220, 470, 660, 800] if dated else [32, 260, 560, 720]
    titles = (["Order date", "Order ID", "Product", "Status", "Total"] if dated
              else ["Order ID", "Product", "Status", "Total"])
    for x, title in zip(columns, titles, strict=True):
        c.text((left + c.px(x), y), title, 12, colors["muted"], bold=True)
    if body == "dates-right":
        c.text((right - c.px(40), y), "Ship by", 12, colors["muted"], bold=True, anchor="ra")
    y += c.px(24)
    c.pen.line((left + c.px(32), y, right - c.px(32), y), fill=colors["line"], width=c.px(1))
    row = 0
    while y + c.px(34) < bottom:
        cells = list(ORDERS[row % len(ORDERS)])
        if body == "dates":
            cells.insert(0, DATES[row % len(DATES)])
        elif body == "datetimes":
            cells.insert(0, DATETIMES[row % len(DATETIMES)])
        for x, cell in zip(columns, cells, strict=True):
            if left + c.px(x) < right - c.px(40):
                c.text((left + c.px(x), y + c.px(10)), cell, 13, colors["page_text"])
        if body == "dates-right":
            c.text((right - c.px(40), y + c.px(10)), DATES[row % len(DATES)], 13,
                   colors["page_text"], anchor="ra")
        y += c.px(34)
        c.pen.line((left + c.px(32), y, right - c.px(32), y), fill=colors["line"],
                   width=c.px(1))
        row += 1


def draw_variety(shot: Variety) -> Image.Image:
    """The screenshot ``shot`` describes, as an RGB image of ``width`` x ``height`` pixels."""
    c = Canvas(shot, THEMES[shot.theme]["page"])
    top, bottom = 0.0, float(shot.height)
    if shot.os_clock == "phone":
        top += _status_bar(c)
        if shot.browser == "android":
            top += _phone_address_bar(c, top)
        if shot.browser == "ios":
            bottom -= _phone_address_bar(c, bottom - c.px(52 + 20))
            c.rect((0, bottom + c.px(52), shot.width, shot.height), c.colors["tab"])
        _page(c, top, bottom)
    else:
        if shot.os_clock == "mac":
            top += _menubar(c)
        if shot.os_clock in ("win10", "win11"):
            bottom -= _taskbar(c)
        if shot.browser is not None:
            if shot.browser != "safari":
                top += _tabs(c, top, rounded=shot.browser in ("chrome", "edge"))
            top += _address_bar(c, top)
        _page(c, top, bottom)
    return c.image


def encoded(shot: Variety) -> bytes:
    """The file a seller would attach: PNG, or JPEG at the shot's quality."""
    out = io.BytesIO()
    if shot.jpeg is not None:
        draw_variety(shot).save(out, format="JPEG", quality=shot.jpeg)
    else:
        draw_variety(shot).save(out, format="PNG", compress_level=3)
    return out.getvalue()


# --- the labeled set -----------------------------------------------------------------------

SIZES = ((1280, 720, 1.0), (1366, 768, 1.0), (1920, 1080, 1.0), (1920, 1080, 1.25),
         (1920, 1080, 1.5), (2560, 1440, 1.0), (2560, 1440, 1.5), (1600, 900, 1.25))
MARKETPLACE_URLS = (
    "sellercentral.amazon.com/orders-v3?page=1",
    "https://sellercentral.amazon.co.uk/inventory?viewId=FBA",
    "sellercentral.amazon.de/payments/dashboard/index.html",
    "https://sellercentral-europe.amazon.com/home",
    "sellercentral.amazon.co.jp/orders-v3/mfn/unshipped",
    "https://sellercentral.amazon.fr/fba/sendtoamazon",
    "sellercentral.amazon.it/reportcentral/FlatFileAllOrdersReport/1",
    "https://sellercentral.amazon.es/cu/case-dashboard",
    "sellercentral.amazon.ca/inventory",
    "https://sellercentral.amazon.com.mx/home",
    "sellercentral.amazon.com.au/orders-v3",
    "https://sellercentral.amazon.in/payments/event/view",
    "sellercentral.amazon.ae/home",
    "https://sellercentral.amazon.nl/orders-v3",
    "sellercentral.amazon.sg/inventory",
    "https://sellercentral.amazon.com.br/home",
)


def _at(index: int, shot: Variety) -> Variety:
    width, height, scale = SIZES[index % len(SIZES)]
    return replace(shot, width=width, height=height, scale=scale,
                   theme=("light", "dark")[(index // 2) % 2],
                   font=("DejaVuSans.ttf", "LiberationSans-Regular.ttf")[index % 2])


def _group(kind: str, count: int, make: Callable[[int], Variety]) -> list[Variety]:
    shots = []
    for i in range(count):
        shot = make(i)
        shots.append(replace(shot, kind=kind, name=f"{kind}-{i:02d}-{shot.width}x{shot.height}"
                             f"@{shot.scale:g}-{shot.theme}"))
    return shots


def variety_set() -> list[Variety]:
    """Every class, a few shots each, cycling through sizes, themes, fonts and browsers."""
    base = Variety(name="", kind="", width=1920, height=1080)
    cjk = bool(browser_shots.available_fonts("zh"))
    browsers = ("chrome", "edge", "firefox", "safari")
    groups: list[Variety] = []

    def win(i: int, lines: tuple[str, ...], os_clock: str) -> Variety:
        return replace(_at(i, base), os_clock=os_clock, clock_lines=lines,
                       browser=browsers[i % 3], url=MARKETPLACE_URLS[i % len(MARKETPLACE_URLS)])

    groups += _group("win-clock-12h", 4, lambda i: win(
        i, (("3:45 PM", "12/1/2026"), ("11:05 AM", "12/1/2026"))[i % 2], ("win10", "win11")[i % 2]))
    groups += _group("win-clock-24h", 4, lambda i: win(
        i + 1, (("15:45", "01.12.2026"), ("09:07", "1.12.2026"))[i % 2],
        ("win11", "win10")[i % 2]))
    groups += _group("win-clock-time-only", 2, lambda i: win(i + 2, ("15:45",), "win11"))
    if cjk:
        groups += _group("win-clock-zh", 4, lambda i: replace(win(
            i + 3, (("下午 3:45", "2026/12/1"), ("15:45", "2026/12/1"))[i % 2],
            ("win11", "win10")[i % 2]), cjk=True))
    groups += _group("mac-menubar", 4, lambda i: replace(
        _at(i + 4, base), os_clock="mac", browser=browsers[(i + 1) % 4],
        url=MARKETPLACE_URLS[(i + 5) % len(MARKETPLACE_URLS)],
        clock_lines=(("Tue 1 Dec", "15:45"), ("Tue Dec 1", "3:45 PM"))[i % 2]))
    if cjk:
        groups += _group("mac-menubar-zh", 2, lambda i: replace(
            _at(i + 5, base), os_clock="mac", cjk=True, clock_lines=("周二", "15:45")))
    for browser in browsers:
        for theme in ("light", "dark"):
            scheme = "https://" if browser != "safari" and theme == "dark" else ""
            shown = "sellercentral.amazon.com" if browser == "safari" \
                else scheme + "sellercentral.amazon.com/inventory?viewId=FBA"
            groups += _group(f"browser-{browser}-{theme}", 2, lambda i, b=browser, t=theme,
                             u=shown: replace(_at(i + 3, base), browser=b, theme=t, url=u,
                                              os_clock=("win11", "mac")[i % 2],
                                              clock_lines=(("3:45 PM", "12/1/2026"),
                                                           ("Tue Dec 1", "3:45 PM"))[i % 2]))
    groups += _group("marketplaces", len(MARKETPLACE_URLS), lambda i: replace(
        _at(i, base), url=MARKETPLACE_URLS[i], browser=browsers[i % 3],
        os_clock="win11", clock_lines=("15:45", "01.12.2026")))
    groups += _group("url-ellipsis", 3, lambda i: replace(
        _at(i + 2, base), url=("sellercentral.amazon.com/orders-v3/order/113-4839201-12…",
                               "https://sellercentral.amazon.de/reportcentral/Flat…",
                               "sellercentral.amazon.co.uk/payments/dashboard/ind…")[i],
        clock_lines=("3:45 PM", "12/1/2026")))
    groups += _group("scaled-125-150", 4, lambda i: replace(
        _at(i, base), width=(1920, 2560)[i % 2], height=(1080, 1440)[i % 2],
        scale=(1.25, 1.5)[i // 2 % 2], os_clock=("win10", "win11")[i % 2],
        url=MARKETPLACE_URLS[i + 2], browser=browsers[i % 4] if i % 4 != 3 else "edge"))
    groups += _group("mobile", 4, lambda i: replace(
        _at(i, base), width=(1080, 1179)[i % 2], height=(2340, 2556)[i % 2],
        scale=(2.75, 3.0)[i % 2], browser=("android", "ios")[i % 2], os_clock="phone",
        url=("sellercentral.amazon.com/orders-v3", "sellercentral.amazon.com")[i % 2],
        clock_lines=(("15:45",), ("9:41",), ("3:45",), ("10:08",))[i]))
    groups += _group("crop-page-only", 3, lambda i: replace(
        _at(i, base), width=(1200, 1600, 1000)[i], height=(700, 900, 620)[i],
        browser=None, url=None, os_clock=None, clock_lines=(), has_url=False, has_time=False))
    groups += _group("crop-page-dates", 3, lambda i: replace(
        _at(i + 1, base), width=(1200, 1600, 1000)[i], height=(700, 900, 620)[i],
        body=("dates", "stamp", "dates")[i], browser=None, url=None, os_clock=None,
        clock_lines=(), has_url=False, has_time=False))
    groups += _group("table-dates-no-clock", 4, lambda i: replace(
        _at(i, base), body=("dates", "stamp")[i % 2], os_clock=None, clock_lines=(),
        browser=browsers[i % 4], url="sellercentral.amazon.com" if browsers[i % 4] == "safari"
        else MARKETPLACE_URLS[i], has_time=False))
    groups += _group("table-dates-with-clock", 3, lambda i: replace(
        _at(i + 2, base), body="dates", os_clock=("win11", "mac", "win10")[i],
        clock_lines=(("3:45 PM", "12/1/2026"), ("Tue 1 Dec", "15:45"), ("15:45", "01.12.2026"))[i],
        url=MARKETPLACE_URLS[i + 3]))
    groups += _group("table-datetimes-no-clock", 3, lambda i: replace(
        _at(i + 1, base), body="datetimes", os_clock=None, clock_lines=(),
        url=MARKETPLACE_URLS[i + 6]))
    groups += _group("jpeg", 4, lambda i: replace(
        _at(i, base), jpeg=(85, 70, 55, 75)[i], os_clock=("win11", "mac", "win10", "win11")[i],
        clock_lines=(("3:45 PM", "12/1/2026"), ("Tue Dec 1", "3:45 PM"), ("15:45", "01.12.2026"),
                     ("11:05 AM", "12/1/2026"))[i], url=MARKETPLACE_URLS[i + 1]))
    groups += _group("no-url-with-clock", 3, lambda i: replace(
        _at(i, base), browser=None, url=None, has_url=False,
        os_clock=("win11", "mac", "win10")[i],
        clock_lines=(("3:45 PM", "12/1/2026"), ("Tue Dec 1", "3:45 PM"),
                     ("15:45", "01.12.2026"))[i]))
    groups += _group("url-no-clock", 3, lambda i: replace(
        _at(i + 3, base), os_clock=None, clock_lines=(), has_time=False,
        url=MARKETPLACE_URLS[i + 8], browser=browsers[i % 3]))
    groups += _group("clock-date-only", 2, lambda i: replace(
        _at(i + 2, base), os_clock=("win11", "mac")[i],
        clock_lines=(("12/1/2026",), ("Tue 1 Dec",))[i], url=MARKETPLACE_URLS[i]))
    groups += _group("tab-title-date", 2, lambda i: replace(
        _at(i + 1, base), os_clock=None, clock_lines=(), browser=browsers[i],
        tab_title=("Orders 2026-12-01", "Report 12/1/2026")[i], url=MARKETPLACE_URLS[i + 4]))
    groups += _group("crop-page-dates-right", 3, lambda i: replace(
        _at(i, base), width=(1200, 1600, 1000)[i], height=(700, 900, 620)[i],
        body="dates-right", browser=None, url=None, os_clock=None, clock_lines=(),
        has_url=False, has_time=False))
    groups += _group("table-dates-right-no-clock", 3, lambda i: replace(
        _at(i + 1, base), body="dates-right", os_clock=None, clock_lines=(),
        url=MARKETPLACE_URLS[i + 9], browser=browsers[i % 3], has_time=False))
    groups += _group("dark-browser-light-page", 4, lambda i: replace(
        _at(i, base), theme="mixed", browser=browsers[i], os_clock=("win11", "mac")[i % 2],
        url=("https://" if i % 2 else "") + MARKETPLACE_URLS[i + 10].removeprefix("https://"),
        clock_lines=(("3:45 PM", "12/1/2026"), ("Tue 1 Dec", "15:45"))[i % 2]))
    groups += _group("jpeg-low", 3, lambda i: replace(
        _at(i + 2, base), jpeg=(40, 30, 45)[i], theme=("light", "mixed", "dark")[i],
        os_clock=("win10", "win11", "mac")[i], url=MARKETPLACE_URLS[i + 12],
        clock_lines=(("15:45", "01.12.2026"), ("3:45 PM", "12/1/2026"),
                     ("Tue Dec 1", "3:45 PM"))[i]))
    groups += _group("4k", 3, lambda i: replace(
        _at(i, base), width=3840, height=2160, scale=(1.5, 2.0, 1.0)[i],
        theme=("light", "mixed", "dark")[i], os_clock=("win11", "mac", "win10")[i],
        url=MARKETPLACE_URLS[i + 3], browser=browsers[i],
        clock_lines=(("3:45 PM", "12/1/2026"), ("Tue 1 Dec", "15:45"), ("15:45", "01.12.2026"))[i]))
    groups += _group("large-100", 6, lambda i: replace(
        _at(i, base), scale=1.0, width=(3840, 3440, 5120, 5120, 3840, 2560)[i],
        height=(2160, 1440, 1440, 2880, 5400, 1440)[i],
        theme=("light", "dark", "mixed", "light", "light", "dark")[i],
        browser=("edge", "firefox", "chrome", "safari", "chrome", "chrome")[i],
        os_clock=("win11", "mac", "win11", "mac", None, "win10")[i],
        body=("inventory", "inventory", "inventory", "inventory", "datetimes", "inventory")[i],
        url="sellercentral.amazon.com" if i == 3 else MARKETPLACE_URLS[(i + 7) % 16],
        clock_lines=(("3:45 PM", "12/1/2026"), ("Tue 1 Dec", "15:45"), ("15:45", "01.12.2026"),
                     ("Tue Dec 1", "3:45 PM"), (), ("15:45", "01.12.2026"))[i]))
    groups += _group("large-no-url", 3, lambda i: replace(
        _at(i, base), width=(3840, 3840, 5120)[i], height=(2160, 2160, 1440)[i],
        scale=(1.0, 2.0, 1.0)[i], browser=None, url=None, has_url=False,
        os_clock=("win11", "win11", "win10")[i],
        clock_lines=(("3:45 PM", "12/1/2026"), ("11:05 AM", "12/1/2026"),
                     ("15:45", "01.12.2026"))[i]))
    return groups


# --- reading and scoring -------------------------------------------------------------------


def read_all(shots: list[Variety], *, scaled_only: bool = False) -> list[dict[str, Any]]:
    """Each shot read as ``casecheck check`` reads it: decoded from its file bytes to grey,
    region first, the OCR cache off. One at a time, in this process. ``scaled_only``: with
    the engine offering no full-size reading, as before large captures were read again."""
    engine: Any = default_engine()
    if engine is None:
        raise SystemExit("no OCR engine is installed: pip install 'casecheck[ocr]'")
    forget = getattr(engine, "forget", None)
    if scaled_only:
        engine = ScaledOnly(engine)
    results = []
    for shot in shots:
        data = encoded(shot)
        if forget is not None:  # what one screenshot costs alone, not after similar ones
            forget()
        began = time.perf_counter()
        facts, pixels = ocr_pixels(data, OCR_MAX_PIXELS)
        reading = read_screenshot(grey_image(facts, pixels), engine, digest=content_digest(data))
        seconds = time.perf_counter() - began
        results.append({
            "name": shot.name, "kind": shot.kind, "has_url": shot.has_url,
            "has_time": shot.has_time, "seconds": seconds,
            "url": reading.url.url if reading.url else None,
            "host": reading.url.host if reading.url else None,
            "drawn_host": drawn_host(shot),
            "time": reading.time.text if reading.time else None,
            "page_date": reading.page_date.text if reading.page_date else None,
            "size": [shot.width, shot.height],
        })
        print(f"  {shot.name}: {seconds:.2f} s url={results[-1]['url']!r} "
              f"time={results[-1]['time']!r} page_date={results[-1]['page_date']!r}",
              file=sys.stderr, flush=True)
    return results


def drawn_host(shot: Variety) -> str | None:
    """The host of the URL the address bar shows, as drawn."""
    if shot.url is None:
        return None
    return shot.url.split("://")[-1].split("/")[0].rstrip("…")


def score(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per class: URL and time recall (found / shown), false found (found / not shown), and
    how many URLs found have the host drawn (I012 needs the marketplace right)."""
    table: dict[str, dict[str, Any]] = {}
    for kind in dict.fromkeys(r["kind"] for r in results):
        rows = [r for r in results if r["kind"] == kind]
        entry: dict[str, Any] = {"shots": len(rows),
                                 "median_s": statistics.median(r["seconds"] for r in rows)}
        for part in ("url", "time"):
            shown = [r for r in rows if r[f"has_{part}"]]
            hidden = [r for r in rows if not r[f"has_{part}"]]
            entry[f"{part}_recall"] = (sum(bool(r[part]) for r in shown), len(shown))
            entry[f"{part}_false"] = (sum(bool(r[part]) for r in hidden), len(hidden))
            entry[f"{part}_wrong"] = [f"{r['name']}: {r[part]!r}" for r in rows
                                      if bool(r[part]) != r[f"has_{part}"]]
        found = [r for r in rows if r["has_url"] and r["url"]]
        entry["host_right"] = (sum(r["host"] == r["drawn_host"] for r in found), len(found))
        entry["url_wrong"] += [f"{r['name']}: host {r['host']!r}" for r in found
                               if r["host"] != r["drawn_host"]]
        table[kind] = entry
    return table


def _fraction(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]}" if pair[1] else "-"


def report(results: list[dict[str, Any]]) -> str:
    table = score(results)
    lines = ["| class | shots | URL recall | host right | URL false found | time recall "
             "| time false found | median s |", "|---|---|---|---|---|---|---|---|"]
    for kind, entry in table.items():
        lines.append(
            f"| {kind} | {entry['shots']} | {_fraction(entry['url_recall'])} | "
            f"{_fraction(entry['host_right'])} | "
            f"{_fraction(entry['url_false'])} | {_fraction(entry['time_recall'])} | "
            f"{_fraction(entry['time_false'])} | {entry['median_s']:.2f} |")
    total = {part: (sum(e[part][0] for e in table.values()),
                    sum(e[part][1] for e in table.values()))
             for part in ("url_recall", "host_right", "url_false", "time_recall", "time_false")}
    lines.append(f"| all | {len(results)} | {_fraction(total['url_recall'])} | "
                 f"{_fraction(total['host_right'])} | "
                 f"{_fraction(total['url_false'])} | {_fraction(total['time_recall'])} | "
                 f"{_fraction(total['time_false'])} | "
                 f"{statistics.median(r['seconds'] for r in results):.2f} |")
    wrong = [w for e in table.values() for part in ("url", "time") for w in e[f"{part}_wrong"]]
    if wrong:
        lines += ["", "wrong:", *(f"  {w}" for w in wrong)]
    fhd = [r["seconds"] for r in results
           if r["size"] == [1920, 1080] and r["has_url"] and r["has_time"]]
    if fhd:
        lines.append(f"\nmedian s, 1920x1080 with a URL and a time: {statistics.median(fhd):.2f} "
                     f"({len(fhd)} shots)")
    return "\n".join(lines)


def _size(result: dict[str, Any]) -> str:
    width, height = result["size"]
    scale = result["name"].rsplit("@", 1)[-1].split("-", 1)[0]
    return f"{width}x{height}@{scale}"


def compared(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> str:
    """Median seconds per size and scale, before and after, and the median of the per-shot
    ratios: each pair read one after the other, under the same load."""
    lines = ["| size | shots | median s before | median s after | median of after / before |",
             "|---|---|---|---|---|"]
    for size in sorted({_size(r) for r in after}, key=lambda s: (len(s), s)):
        pairs = [(b, a) for b, a in zip(before, after, strict=True) if _size(a) == size]
        ratios = [a["seconds"] / b["seconds"] for b, a in pairs if b["seconds"]]
        lines.append(f"| {size} | {len(pairs)} | "
                     f"{statistics.median(b['seconds'] for b, _ in pairs):.2f} | "
                     f"{statistics.median(a['seconds'] for _, a in pairs):.2f} | "
                     f"{statistics.median(ratios):.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--classes", help="comma-separated classes to read (default: all)")
    parser.add_argument("--skip", help="comma-separated classes not to read")
    parser.add_argument("--list", action="store_true", help="print the classes and exit")
    parser.add_argument("--out", type=Path, help="also write the drawn screenshots here")
    parser.add_argument("--json", type=Path, help="write the raw results here")
    parser.add_argument("--score", type=Path, help="score the raw results of an earlier run")
    parser.add_argument("--compare", action="store_true",
                        help="also read each shot, in turn with the default, with the engine "
                        "offering no full-size reading (before it), and print both")
    args = parser.parse_args(argv)
    if args.score:
        print(report(json.loads(args.score.read_text(encoding="utf-8"))))
        return 0
    shots = variety_set()
    if args.list:
        for kind in dict.fromkeys(s.kind for s in shots):
            print(kind, sum(s.kind == kind for s in shots))
        return 0
    if args.classes:
        wanted = set(args.classes.split(","))
        shots = [s for s in shots if s.kind in wanted]
    if args.skip:
        unwanted = set(args.skip.split(","))
        shots = [s for s in shots if s.kind not in unwanted]
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            suffix = ".jpg" if shot.jpeg else ".png"
            (args.out / f"{shot.name}{suffix}").write_bytes(encoded(shot))
    load = os.getloadavg()[0]
    if args.compare:
        pairs = [(read_all([shot], scaled_only=True)[0], read_all([shot])[0]) for shot in shots]
        before, results = [b for b, _ in pairs], [a for _, a in pairs]
        print(f"{len(shots)} shots, each read before and after in turn, load average "
              f"{load:.1f} before, {os.getloadavg()[0]:.1f} after")
        print("\nbefore (no full-size reading):\n" + report(before))
        print("\nafter:\n" + report(results))
        print("\n" + compared(before, results))
        if args.json:
            args.json.write_text(json.dumps({"before": before, "after": results}, indent=1),
                                 encoding="utf-8")
        return 0
    results = read_all(shots)
    print(f"{len(shots)} shots, load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
