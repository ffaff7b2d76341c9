"""Find a page URL and a date or time in text that OCR read from a screenshot.

OCR text is noisy: PP-OCR drops spaces ("Fri Nov 2710:42 AM") and puts some where there
are none ("sellercentral. amazon.com"), both engines confuse O/0, l/1 and rn/m. The
recognizers accept that noise where it cannot create a match out of nothing: a URL needs a
scheme, ``www.``, an Amazon host or a known top-level domain followed by a path; a time needs
hours and two-digit minutes; a date needs a valid month and day.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from casecheck.urls import AMAZON_HOST


@dataclass(frozen=True, slots=True)
class UrlMatch:
    """A URL as read (``text``) and as understood (``url``, ``host``)."""

    text: str
    url: str
    host: str
    amazon: bool


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A date or a time as read; ``kind`` is "time" or "date"."""

    text: str
    kind: str


# --- URLs ----------------------------------------------------------------------------------

_SCHEME = re.compile(r"h[tf]{2}ps?\s*[:;.]?\s*/{1,2}", re.IGNORECASE)
_AROUND_PUNCTUATION = re.compile(r"\s*([./])\s*")
_TOKEN = re.compile(r"[^\s<>\"'。、「」【】()|]+")  # after NFKC: full-width ,() are ASCII
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,6}", re.IGNORECASE)
_LOCAL_HOST = re.compile(r"[a-z0-9-]+(?::\d+(?=[/?#]|$)|(?=[/?#]))", re.IGNORECASE)
"""A host without a dot (``http://localhost:8000/``): a URL only after a scheme, and only with
a port or a path: ``https://selle`` alone is the start of an address that detection cut in
two (a scaled-down 4K address bar), not an address."""
_COMMON_TLDS = frozenset(
    {
        "com",
        "net",
        "org",
        "io",
        "co",
        "us",
        "uk",
        "de",
        "fr",
        "it",
        "es",
        "nl",
        "se",
        "pl",
        "be",
        "ie",
        "tr",
        "ae",
        "sa",
        "eg",
        "in",
        "jp",
        "au",
        "sg",
        "ca",
        "mx",
        "br",
        "cn",
        "hk",
        "tw",
        "kr",
        "info",
        "biz",
        "app",
        "dev",
    }
)
_HOST_CONFUSIONS = str.maketrans({"0": "o", "1": "l", "|": "l", "!": "l", "5": "s", ",": "."})
_AMAZON_FUZZY = re.compile(
    r"(?:(sel+ercentral(?:-[a-z]+)?)\.?)?amazon\.?(com\.(?:mx|br|be|tr|au)|co\.(?:uk|jp)|[a-z]{2,3})",
)


_SELLER_CENTRAL = ("sellercentral", "sellercentral-europe", "sellercentral-japan")
"""The first labels of the Seller Central hosts (rules/marketplaces.toml lists them by
marketplace): a misread one is put back when it is this close to one of them."""
SIMILAR = 0.85
"""How close (difflib's ratio) a misread first label must be to a Seller Central one. OCR's
misreads of the drawn variety set ("lsllecentral", "seliercentral") are 0.88 and more; the
other Amazon portals stay well below: "vendorcentral" and "supplycentral" are 0.69,
"salescentral" 0.8."""
_ANY_AMAZON = re.compile(
    r"([a-z0-9-]{4,24})\.?amazon\.?(com\.(?:mx|br|be|tr|au)|co\.(?:uk|jp|za)|[a-z]{2,3})"
)


def _misread_seller_central(plain: str) -> str | None:
    """``plain`` as a Seller Central host when its first label is one misread, else None."""
    found = _ANY_AMAZON.fullmatch(plain)
    if found is None:
        return None
    ratio, label = max(((difflib.SequenceMatcher(None, found[1], name).ratio(), name)
                        for name in _SELLER_CENTRAL), key=lambda scored: scored[0])
    if ratio < SIMILAR:
        return None
    rebuilt = f"{label}.amazon.{found[2]}"
    return rebuilt if AMAZON_HOST.fullmatch(rebuilt) else None


def _amazon_host(host: str) -> str | None:
    """The Amazon host that ``host`` is once OCR's confusions are undone, else None."""
    plain = host.lower().removeprefix("www.").translate(_HOST_CONFUSIONS)
    plain = plain.replace("rn", "m").replace("vv", "w").strip(".-")
    if AMAZON_HOST.fullmatch(plain):
        first = plain.split(".", 1)[0]
        if first.startswith("sellercentral-") and first not in _SELLER_CENTRAL:
            return _misread_seller_central(plain) or plain  # "sellercentral-eurobe"
        return plain
    fuzzy = _AMAZON_FUZZY.fullmatch(plain)
    if fuzzy is None:
        return _misread_seller_central(plain)
    # Put back what OCR lost: the dots ("sellercentralamazon.com") and a doubled l.
    seller = re.sub(r"^sel+er", "seller", fuzzy[1]) if fuzzy[1] else None
    rebuilt = f"{seller}.amazon.{fuzzy[2]}" if seller else f"amazon.{fuzzy[2]}"
    return rebuilt if AMAZON_HOST.fullmatch(rebuilt) else None


def _url_in_token(token: str) -> UrlMatch | None:
    scheme = _SCHEME.search(token)
    rest = token[scheme.end() :] if scheme else token
    rest = rest.lstrip("@©®:;.,-_*·•")
    host_match = (
        _HOST.match(rest)
        or _HOST.match(rest.translate(_HOST_CONFUSIONS))
        or (_LOCAL_HOST.match(rest) if scheme else None)
    )
    if host_match is None:
        return None
    host = host_match.group(0).lower()
    path = rest[host_match.end() :]
    amazon = _amazon_host(host)
    if amazon is None:
        # OCR may glue the path's first letters to a misread host: try the raw token's host.
        whole = re.match(r"[^/?#]+", rest)
        amazon = _amazon_host(whole.group(0)) if whole else None
        if amazon is not None and whole is not None:
            path = rest[whole.end() :]
    if amazon is not None:
        return UrlMatch(token, amazon + path.rstrip(".,;"), amazon, True)
    tld = host.rsplit(".", 1)[-1]
    starts_path = path[:1] in ("/", "?", "#")
    if scheme or host.startswith("www.") or (tld in _COMMON_TLDS and starts_path):
        return UrlMatch(token, host + path.rstrip(".,;"), host, False)
    return None


def find_urls(text: str) -> list[UrlMatch]:
    """Every URL in ``text``, Amazon hosts first, in reading order."""
    compact = _AROUND_PUNCTUATION.sub(r"\1", unicodedata.normalize("NFKC", text))
    found = [m for m in map(_url_in_token, _TOKEN.findall(compact)) if m is not None]
    return sorted(found, key=lambda m: not m.amazon)


# --- dates and times -----------------------------------------------------------------------

_DIGIT_CONFUSIONS = (
    (re.compile(r"(?<=[\d:])[Oo]|[Oo](?=[\d]*:\d)"), "0"),
    (re.compile(r"(?<=[\d:])[lI|]|[lI|](?=\d*:\d)"), "1"),
)
_MERIDIEM = r"(?:\s?(?:[AaPp]\.?\s?[Mm]\.?))?"
_TIME = re.compile(
    r"(?<![:\d.])([01]?\d|2[0-3])\s?:\s?([0-5]\d)(?:\s?:\s?([0-5]\d))?(?!\d)" + _MERIDIEM
)
_GLUED_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?:\s?:\s?[0-5]\d)?(?!\d)" + _MERIDIEM)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_THEN_GLUED_TIME = r"(?=\D|\d{1,2}:\d|$)"
"""What may follow a date: anything but a digit, unless the digits start a glued time."""
_MONTH_NAME = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})日?" + _THEN_GLUED_TIME
)
_DMY_MDY = re.compile(
    r"(?<![\d.:/-])(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?((?:19|20)\d{2}|\d{2})"
    r"(?![.:/-]\d)" + _THEN_GLUED_TIME
)
_NAMED_DAY = re.compile(
    r"(?<![a-z])" + _MONTH_NAME + r"\.?\s?(\d{1,2})(?:st|nd|rd|th)?(?:,\s?(?:19|20)\d{2})?"
    r"(?!\s?[:.]\d)" + _THEN_GLUED_TIME,
    re.IGNORECASE,
)
_DAY_NAMED = re.compile(
    r"(?<!\d)(\d{1,2})\.?\s?" + _MONTH_NAME + r"\.?,?\s?((?:19|20)\d{2})", re.IGNORECASE
)
_WEEKDAY_DAY_NAMED = re.compile(
    r"(?<![a-z])(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s?(\d{1,2})\.?\s?" + _MONTH_NAME
    + r"(?![a-z])(?:,?\s?(?:19|20)\d{2})?",
    re.IGNORECASE,
)
"""A day before its month without a year, as the British and European macOS menu-bar clock
shows it ("Tue 1 Dec"): only after a weekday, so "5 Dec" in running text is not a date."""
_CJK_DATE = re.compile(r"(?:((?:19|20)\d{2})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日")


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _undo_digit_confusions(text: str) -> str:
    for pattern, digit in _DIGIT_CONFUSIONS:
        text = pattern.sub(digit, text)
    return text


def _dates(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for m in _YMD.finditer(text):
        if _valid_day(int(m[2]), int(m[3])):
            found.append(m)
    for m in _DMY_MDY.finditer(text):
        first, second = int(m[1]), int(m[3])
        if _valid_day(first, second) or _valid_day(second, first):
            found.append(m)
    for m in _CJK_DATE.finditer(text):
        if _valid_day(int(m[2]), int(m[3])):
            found.append(m)
    found += _DAY_NAMED.finditer(text)
    for m in _WEEKDAY_DAY_NAMED.finditer(text):
        if _valid_day(_MONTHS[m[2][:3].lower()], int(m[1])):
            found.append(m)
    for m in _NAMED_DAY.finditer(text):
        if _valid_day(_MONTHS[m[1][:3].lower()], int(m[2])):
            found.append(m)
    return found


def _times(text: str, dates: list[re.Match[str]]) -> list[tuple[int, str]]:
    found = [(m.start(), m[0].strip()) for m in _TIME.finditer(text)]
    # "Nov 2710:42", "2026/11/2710:42": PP-OCR drops the space between day and hour, so
    # an hour may follow digits, but only right where a date ends.
    for date in dates:
        glued = _GLUED_TIME.match(text, date.end())
        if glued is not None and text[date.end() - 1 : date.end()].isdigit():
            found.append((glued.start(), glued[0].strip()))
    return found


def find_times(text: str) -> list[TimeMatch]:
    """Every time and date in ``text``: times first, each group in reading order."""
    plain = _undo_digit_confusions(unicodedata.normalize("NFKC", text))
    matches = _dates(plain)
    times = sorted(set(_times(plain, matches)))
    # One date per place: the longest reading of it ("2026年10月14日" over "2026年10月14",
    # "Fri 27 Nov 2026" over "27 Nov 2026").
    longest_first = sorted(matches, key=lambda m: m.end() - m.start(), reverse=True)
    kept: list[re.Match[str]] = []
    for m in longest_first:
        if not any(k.start() <= m.start() and m.end() <= k.end() for k in kept):
            kept.append(m)
    dates = sorted((m.start(), m[0]) for m in kept)
    return [TimeMatch(t, "time") for _, t in times] + [TimeMatch(d, "date") for _, d in dates]
