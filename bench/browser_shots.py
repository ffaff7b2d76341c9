"""Labeled synthetic screenshots of browser windows, drawn with Pillow.

Each :class:`Shot` says what the picture shows (an address bar with a URL, a clock or a
page timestamp) so that the OCR bench and the tests can score what casecheck reads against
the truth. The set varies resolution (incl. 2x HiDPI), light and dark themes, English,
Chinese and Japanese UI, fonts, and where the time stands.

Fonts are looked up among the system's TrueType fonts (DejaVu, Liberation, Noto CJK on
Debian: ``apt-get install fonts-dejavu fonts-liberation2 fonts-noto-cjk``); a missing
font falls back to Pillow's built-in one, and a missing CJK font drops the CJK shots.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".fonts",
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
LATIN_FONTS = (
    "DejaVuSans.ttf",
    "LiberationSans-Regular.ttf",
    "DejaVuSerif.ttf",
    "LiberationMono-Regular.ttf",
    "DejaVuSansCondensed.ttf",
)
CJK_FONTS = ("NotoSansCJK-Regular.ttc", "NotoSerifCJK-Regular.ttc")
CJK_INDEX = {"zh": 2, "ja": 0}
"""Face of the Noto CJK collection: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK."""


@cache
def font_file(name: str) -> Path | None:
    for folder in FONT_DIRS:
        if folder.is_dir():
            for path in folder.rglob(name):
                return path
    return None


def available_fonts(lang: str) -> list[str]:
    names = CJK_FONTS if lang in CJK_INDEX else LATIN_FONTS
    return [name for name in names if font_file(name) is not None]


@cache
def load_font(name: str | None, size: int, lang: str = "en") -> ImageFont.FreeTypeFont:
    path = font_file(name) if name else None
    if path is None:
        return ImageFont.load_default(size)  # type: ignore[return-value]
    return ImageFont.truetype(
        str(path), size, index=CJK_INDEX.get(lang, 0) if path.suffix == ".ttc" else 0
    )


@dataclass(frozen=True)
class Shot:
    """One labeled screenshot: what it shows and how it is drawn."""

    name: str
    width: int
    height: int
    scale: int = 1
    theme: str = "light"
    lang: str = "en"
    font: str | None = "DejaVuSans.ttf"
    url: str | None = "sellercentral.amazon.com/inventory?viewId=FBA"
    clock: str | None = "taskbar"
    """Where a time stands: taskbar (bottom right), menubar (top right), page, or None."""
    time_text: str = "10:42 AM"
    date_text: str = "11/27/2026"
    window: tuple[int, int] | None = None
    """Where a browser window that is not maximized stands on a full-desktop capture (left,
    top, in points); None: the capture is the browser window, or the window fills it."""

    @property
    def has_url(self) -> bool:
        return self.url is not None

    @property
    def has_time(self) -> bool:
        return self.clock is not None


THEMES = {
    "light": {
        "chrome": (222, 225, 230),
        "tab": (255, 255, 255),
        "bar": (241, 243, 244),
        "text": (32, 33, 36),
        "page": (255, 255, 255),
        "muted": (95, 99, 104),
        "header": (35, 47, 62),
        "header_text": (255, 255, 255),
        "task": (230, 236, 242),
        "task_text": (20, 20, 20),
        "line": (218, 220, 224),
    },
    "dark": {
        "chrome": (32, 33, 36),
        "tab": (53, 54, 58),
        "bar": (41, 42, 45),
        "text": (232, 234, 237),
        "page": (30, 31, 34),
        "muted": (154, 160, 166),
        "header": (19, 25, 33),
        "header_text": (240, 240, 240),
        "task": (16, 16, 20),
        "task_text": (250, 250, 250),
        "line": (60, 64, 67),
    },
}

DESKTOP = {"light": (58, 110, 165), "dark": (24, 38, 56)}
"""Wallpaper behind a window that does not fill the screen."""

WORDS = {
    "en": {
        "tab": "Manage All Inventory",
        "title": "Manage All Inventory",
        "brand": "amazon seller central",
        "error": "We're sorry. Something went wrong on our end.",
        "cols": ["SKU", "Product name", "Status", "Available", "Price"],
        "rows": [
            ["SKU-1042", "Bamboo cutting board", "Active", "148", "$24.99"],
            ["SKU-2210", "Steel water bottle", "Inactive", "0", "$18.50"],
            ["KX-77", "Travel pillow, memory foam", "Active", "37", "$31.00"],
            ["B0CXK12345", "Order 113-4839201-1234567", "Search suppressed", "5", "$9.95"],
        ],
        "updated": "Last updated",
    },
    "zh": {
        "tab": "管理所有库存",
        "title": "管理所有库存",
        "brand": "亚马逊 卖家平台",
        "error": "抱歉\uff0c我们这边出了点问题。请稍后再试。",
        "cols": ["SKU", "商品名称", "状态", "可售", "价格"],
        "rows": [
            ["SKU-1042", "竹制砧板", "在售", "148", "US$24.99"],
            ["SKU-2210", "不锈钢水杯", "不可售", "0", "US$18.50"],
            ["KX-77", "记忆棉旅行枕", "在售", "37", "US$31.00"],
            ["B0CXK12345", "订单 113-4839201-1234567", "搜索被禁止", "5", "US$9.95"],
        ],
        "updated": "最后更新",
    },
    "ja": {
        "tab": "在庫管理",
        "title": "全在庫の管理",
        "brand": "アマゾン セラーセントラル",
        "error": "申し訳ありません。問題が発生しました。",
        "cols": ["SKU", "商品名", "ステータス", "在庫", "価格"],
        "rows": [
            ["SKU-1042", "竹のまな板", "出品中", "148", "¥2,499"],
            ["SKU-2210", "ステンレスボトル", "停止中", "0", "¥1,850"],
            ["KX-77", "トラベル枕", "出品中", "37", "¥3,100"],
            ["B0CXK12345", "注文 250-4839201-1234567", "検索抑制", "5", "¥995"],
        ],
        "updated": "最終更新",
    },
}


def draw(shot: Shot) -> Image.Image:
    """The screenshot ``shot`` describes, as an RGB image of ``width`` x ``height`` pixels."""
    if shot.window is None:
        return _browser(shot)
    s = shot.scale
    colors = THEMES[shot.theme]
    desktop = Image.new("RGB", (shot.width, shot.height), DESKTOP[shot.theme])
    left, top = shot.window[0] * s, shot.window[1] * s
    below = (40 + 24) * s if shot.clock == "taskbar" else 24 * s
    window = replace(
        shot,
        width=shot.width - left - 48 * s,
        height=shot.height - top - below,
        window=None,
        clock="page" if shot.clock == "page" else None,
    )
    desktop.paste(_browser(window), (left, top))
    pen = ImageDraw.Draw(desktop)
    if shot.clock == "menubar":
        _menubar(pen, shot, colors)
    if shot.clock == "taskbar":
        _taskbar(pen, shot, colors)
    return desktop


def _browser(shot: Shot) -> Image.Image:
    s = shot.scale
    colors = THEMES[shot.theme]
    words = WORDS[shot.lang]
    image = Image.new("RGB", (shot.width, shot.height), colors["page"])
    pen = ImageDraw.Draw(image)
    ui = load_font(shot.font, 13 * s, shot.lang)
    big = load_font(shot.font, 20 * s, shot.lang)
    latin = load_font(shot.font if shot.lang == "en" else available_or(LATIN_FONTS), 13 * s)
    w, h = shot.width, shot.height
    y = 0
    if shot.clock == "menubar":
        _menubar(pen, shot, colors)
        y = 24 * s
    if shot.url is not None:
        pen.rectangle((0, y, w, y + 36 * s), fill=colors["chrome"])
        pen.rounded_rectangle(
            (80 * s, y + 6 * s, 320 * s, y + 36 * s), radius=8 * s, fill=colors["tab"]
        )
        pen.text((96 * s, y + 14 * s), words["tab"], font=ui, fill=colors["text"])
        y += 36 * s
        pen.rectangle((0, y, w, y + 40 * s), fill=colors["tab"])
        for i, glyph in enumerate(("<", ">", "C")):
            pen.text(((14 + 28 * i) * s, y + 12 * s), glyph, font=latin, fill=colors["muted"])
        pen.rounded_rectangle(
            (110 * s, y + 6 * s, w - 120 * s, y + 34 * s), radius=14 * s, fill=colors["bar"]
        )
        pen.text((130 * s, y + 12 * s), shot.url, font=latin, fill=colors["text"])
        y += 40 * s
    pen.rectangle((0, y, w, y + 44 * s), fill=colors["header"])
    pen.text((24 * s, y + 11 * s), words["brand"], font=big, fill=colors["header_text"])
    y += 44 * s
    pen.text((32 * s, y + 24 * s), words["title"], font=big, fill=colors["text"])
    y += 64 * s
    pen.rectangle((32 * s, y, w - 32 * s, y + 34 * s), outline=(200, 60, 40), width=2 * s)
    pen.text((44 * s, y + 9 * s), words["error"], font=ui, fill=(200, 60, 40))
    y += 50 * s
    if shot.clock == "page":
        stamp = f"{words['updated']}: {shot.date_text} {shot.time_text}"
        pen.text((32 * s, y), stamp, font=ui, fill=colors["muted"])
        y += 28 * s
    columns = [32, 200, 520, 680, 800]
    bottom = h - (40 * s if shot.clock == "taskbar" else 0)
    pen.line((32 * s, y + 24 * s, w - 32 * s, y + 24 * s), fill=colors["line"], width=s)
    for x, title in zip(columns, words["cols"], strict=True):
        pen.text((x * s, y + 4 * s), title, font=ui, fill=colors["muted"])
    y += 32 * s
    row = 0
    while y + 30 * s < bottom:
        for x, cell in zip(columns, words["rows"][row % len(words["rows"])], strict=True):
            pen.text((x * s, y + 6 * s), cell, font=ui, fill=colors["text"])
        pen.line((32 * s, y + 30 * s, w - 32 * s, y + 30 * s), fill=colors["line"], width=s)
        y += 34 * s
        row += 1
    if shot.clock == "taskbar":
        _taskbar(pen, shot, colors)
    return image


def _menubar(pen: ImageDraw.ImageDraw, shot: Shot, colors: dict[str, tuple[int, int, int]]) -> None:
    """macOS-like: application menus on the left, the date and time on the right."""
    s, w = shot.scale, shot.width
    ui = load_font(shot.font, 13 * s, shot.lang)
    pen.rectangle((0, 0, w, 24 * s), fill=colors["chrome"])
    pen.text(
        (12 * s, 4 * s),
        {
            "en": "Chrome  File  Edit  View",
            "zh": "Chrome  文件  编辑  显示",
            "ja": "Chrome  ファイル  編集  表示",
        }[shot.lang],
        font=ui,
        fill=colors["text"],
    )
    stamp = f"{shot.date_text}  {shot.time_text}"
    width = pen.textlength(stamp, font=ui)
    pen.text((w - width - 14 * s, 4 * s), stamp, font=ui, fill=colors["text"])


def _taskbar(pen: ImageDraw.ImageDraw, shot: Shot, colors: dict[str, tuple[int, int, int]]) -> None:
    """Windows-like: app icons on the left, the time over the date on the right."""
    s, w, h = shot.scale, shot.width, shot.height
    ui = load_font(shot.font, 13 * s, shot.lang)
    pen.rectangle((0, h - 40 * s, w, h), fill=colors["task"])
    for i in range(6):
        pen.rounded_rectangle(
            ((12 + 44 * i) * s, h - 34 * s, (40 + 44 * i) * s, h - 6 * s),
            radius=4 * s,
            fill=colors["muted"],
        )
    for line, text in ((0, shot.time_text), (1, shot.date_text)):
        width = pen.textlength(text, font=ui)
        pen.text(
            (w - width - 18 * s, h - (36 - 17 * line) * s),
            text,
            font=ui,
            fill=colors["task_text"],
        )


def available_or(names: tuple[str, ...]) -> str | None:
    return next((name for name in names if font_file(name) is not None), None)


RESOLUTIONS = ((1920, 1080, 1), (1366, 768, 1), (2880, 1800, 2), (1440, 900, 1), (3840, 2160, 2))
URLS = (
    "sellercentral.amazon.com/inventory?viewId=FBA&ref_=xx_invmgr",
    "https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321",
    "sellercentral-europe.amazon.com/reportcentral/FlatFileAllOrdersReport/1",
    "https://sellercentral-japan.amazon.com/home",
    "sellercentral.amazon.co.uk/payments/dashboard/index.html",
    "https://sellercentral.amazon.co.jp/inventory",
    "sellercentral.amazon.ca/fba/sendtoamazon",
)
TIMES = {
    "en": (
        ("10:42 AM", "11/27/2026"),
        ("14:05:33 PDT", "2026/11/27"),
        ("4:07 PM", "27.11.2026"),
        ("09:15", "Fri Nov 27"),
        ("10:42 AM", "Nov 27, 2026"),
    ),
    "zh": (("10:42", "2026/11/27"), ("下午2:05", "2026年11月27日"), ("14:05", "11月27日 周五")),
    "ja": (("10:42", "2026/11/27"), ("午後2:05", "2026年11月27日"), ("14:05", "11月27日(金)")),
}
KINDS = (
    ("url", "taskbar"),
    ("url", "menubar"),
    ("url", "page"),
    ("url", None),
    (None, "taskbar"),
    (None, None),
    ("window", "taskbar"),
)
"""(address bar, where the time stands): both, URL only, time only, neither, and a browser
window that is not maximized on a full-desktop capture, its address bar below the top strip."""
WINDOW = (160, 220)
"""Where that window stands, in points from the top left of the screen."""


def labeled_set(count: int = 84, seed: int = 20261127,
                resolutions: tuple[tuple[int, int, int], ...] = RESOLUTIONS) -> list[Shot]:
    """``count`` shots cycling through every kind, resolution (width, height, scale), theme,
    language and font."""
    chooser = random.Random(seed)
    cjk = bool(available_fonts("zh"))
    langs = ("en", "zh", "en", "ja") if cjk else ("en",)
    shots = []
    for number in range(count):
        url_kind, clock = KINDS[number % len(KINDS)]
        width, height, scale = resolutions[(number // len(KINDS)) % len(resolutions)]
        lang = langs[(number // 2) % len(langs)]
        theme = ("light", "dark")[(number // 3) % 2]
        fonts = available_fonts(lang) or [None]
        time_text, date_text = chooser.choice(TIMES[lang])
        kind = f"{url_kind or 'nourl'}-{clock or 'notime'}"
        shots.append(
            Shot(
                name=f"{number:03d}-{width}x{height}{f'@{scale}x' if scale != 1 else ''}"
                f"-{theme}-{lang}-{kind}",
                width=width,
                height=height,
                scale=scale,
                theme=theme,
                lang=lang,
                font=fonts[number % len(fonts)],
                url=chooser.choice(URLS) if url_kind else None,
                clock=clock,
                time_text=time_text,
                date_text=date_text,
                window=WINDOW if url_kind == "window" else None,
            )
        )
    return shots


def write_set(folder: Path, shots: list[Shot]) -> list[tuple[Shot, Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for shot in shots:
        path = folder / f"{shot.name}.png"
        if not path.exists():
            draw(shot).save(path, optimize=False, compress_level=3)
        written.append((shot, path))
    return written
