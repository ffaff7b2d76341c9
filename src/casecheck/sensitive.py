"""Secrets a seller must never paste into a case: payment cards, card security codes and
expiry dates, passwords, one-time codes, IBANs, bank account and US routing numbers, in
English, Chinese and Japanese ("password:", "密码是", "验证码：", "卡号", "パスワード").

The text is read as it looks, not as it is encoded: a folded copy (NFKC, so full-width
digits and letters are ASCII and NBSP, thin and ideographic spaces are spaces; format
characters such as zero-width spaces removed) is what the patterns see. A card number
split by NBSP, U+3000, zero-width spaces or dots, in full-width digits, or "pass\\u200bword:"
is found like its plain spelling. Folding keeps every line break, so a line of the folded
copy is the same line of the text.

Every pattern is linear in the length of the text: quantifiers are possessive or bounded,
and a pattern that needs a label starts only at the label. tests/test_linear_patterns.py
runs each over 2 MB of hostile text.

Every value found is kept only masked: ``Secret.masked`` is all that leaves this module,
so no finding, hint or report can carry the full value; ``Secret.span`` says where the value
stands in the text as given (not the folded copy), so that ``casecheck fix`` can mask it there.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from stdnum import iban, luhn
from stdnum.exceptions import ValidationError
from stdnum.iso7064 import mod_97_10
from stdnum.us import rtn

from casecheck.prose import LineIndex

if TYPE_CHECKING:
    from casecheck.packs import SecretKind, SecretLabels

FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
"""Unicode's format characters (category Cf): invisible, so a secret may hide behind them.
tests/test_message.py checks this class against the running Python's Unicode data."""


def folded(text: str) -> str:
    """``text`` as a reader sees it: NFKC, without format characters, line breaks kept."""
    return _fold(text)[0]


def _fold(text: str) -> tuple[str, array[int] | None]:
    """The folded copy of ``text`` and the offset in ``text`` of each of its characters
    (None when every character folds to exactly one, and the offsets are the text's own).

    Each character is folded alone (a table of the distinct characters of the text, applied
    with ``str.translate``), so that every character of the copy comes from exactly one of
    the text, and a 2 MB Chinese text folds in C, not character by character in Python."""
    if text.isascii():
        return text, None
    table: dict[int, str | None] = {}
    for character in set(text):
        if character.isascii():
            continue
        if FORMAT_CHARACTERS.match(character):
            table[ord(character)] = None
        elif (plain := unicodedata.normalize("NFKC", character)) != character:
            table[ord(character)] = plain
    if not table:
        return text, None
    copy = text.translate(table)
    uneven = [code for code, plain in table.items() if plain is None or len(plain) != 1]
    if not uneven:
        return copy, None
    origin = array("q")
    last = 0
    for match in re.finditer("[" + "".join(re.escape(chr(code)) for code in uneven) + "]", text):
        at = match.start()
        origin.extend(range(last, at))
        origin.extend([at] * len(table[ord(match.group())] or ""))
        last = at + 1
    origin.extend(range(last, len(text)))
    return copy, origin


_DIGIT_RUN = re.compile(r"(?<![A-Za-z0-9_./-])\d++(?:(?: ?[.·-] ?| {1,2})\d++)*+")
"""Digits in groups split by spaces, dots or hyphens: what a card number is written as."""
_GROUP = re.compile(r"\d++")
_NOT_DIGIT = re.compile(r"\D")
_CARD_PREFIX = re.compile(r"4|5[1-5]|2[2-7]|3[47]|3[05689]|6(?:011|5|4[4-9]|2)")
"""Visa, Mastercard, Amex, Diners, JCB, Discover and UnionPay issuer prefixes."""
_CARD_GROUPS = 5
"""A card is written in at most five groups: 4-4-4-4-3 for a 19-digit UnionPay card."""
_TRACKING_WORDS = re.compile(
    r"\b(?:tracking|track|fedex|ups|usps|dhl|gtin|upc|ean|isbn|barcode|order|batch|lot|invoice|"
    r"shipment|phone|tel|mobile|fax|whatsapp)\b",
    re.IGNORECASE,
)
_TRACKING_REACH = 80
"""A carrier, barcode or ID word this many characters before a number makes it no card."""
_LABEL_REACH = 40
"""A card label ("卡号", "card number") this many characters before a number vouches for it."""
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{0,30}+(?: [A-Z0-9]{1,30}+\b){0,8}+")
"""A country code, check digits and the rest in groups of any size ("TR160001 0001587000
12345678" as a Turkish bank prints it): the longest prefix of whole groups that passes the
mod-97 check is the IBAN."""
_IBAN_LENGTH = (15, 34)
"""The shortest (Norway) and longest IBAN, in characters."""
_AMEX_CODE = re.compile(
    r"\b(?:3|4|three|four)[- ]digit (?:security )?code\b[^\d\n]{0,30}?(\d{3,4})(?!\d)",
    re.IGNORECASE,
)
_EXPIRY_VALUE = re.compile(
    r"(?:0?[1-9]|1[0-2]) ?[/.-] ?(?:\d{4}|\d{2})(?![\d/])|(?:19|20)\d{2} ?[年년] ?\d{1,2} ?[月월]"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}+\.? ?,? ?"
    r"(?:(?:19|20)\d{2}|'\d{2})(?!\d)"
    r"|(?:19|20)\d{2} ?[/.-] ?(?:0?[1-9]|1[0-2])(?![\d/.-])"
    r"|\d{1,2} ?月 ?/? ?(?:\d{4}|\d{2}) ?年?"
)
"""An expiry date: "09/28", "2029年6月" (and in Korean "2029년 7월"), "Aug 2028", "2028-08"."""
_QUOTES = (('"', '"'), ("'", "'"), ("“", "”"), ("\u2018", "\u2019"), ("「", "」"), ("『", "』"),
           ("«", "»"))
_PASSWORD_VALUE = re.compile(
    "(?:" + "".join(f"{re.escape(opens)}([^{re.escape(closes)}\\n]{{4,64}}+){re.escape(closes)}|"
                    for opens, closes in _QUOTES)
    + "[\"'“\u2018「『]?+(?![(（])([!-~]{4,64}+)"
    "|\\(([^()\\s]{4,64}+)\\)|（([^（）\\s]{4,64}+)）)")
"""A password as written: in quotes (a passphrase with spaces, 'password: "Tulip 2026 Blue"',
is one value to its closing quote), in brackets ("password (Tulip2026)"), or bare."""
_TRAILING = ".,;:)]}\"'”’」』"
_COPULAS = r"(?:es|era|é|ist|war|est|è|jest|là|adalah|هو|هي)(?=\s)"
"""The word for "is" in the languages of the labels, between the label and the value:
"mi contraseña es ...", "a senha é ...", "das Passwort ist ...", "كلمة المرور هي ..."."""
_PASSWORD_GAP = (
    r"(?!\s{1,3}(?:manager|managers|policy|policies|field|requirements?|rules?|reset|length|page"
    r"|link|strength|format|change|hint|app|tool)\b)[^\n.!?。\"'“]{1,30}?\b(?:is|was|"
    + _COPULAS + r")\s++"
)
"""A few words between "password" and "is": "my password for Seller Central is ...", but not
a thing named after passwords ("our password manager is 1Password")."""

_SENTENCE_END = re.compile(r"[.!?。]\s")
_PARTIAL_NUMBER = re.compile(
    r"(?:\b(?:ending|ends|ended) (?:in|with)|\blast (?:\d|two|three|four|five|six) digits"
    r"(?: of [\w ]{1,24}?)?(?: (?:is|are|was|were))?|尾号(?:是|为)?|末尾(?:是|为)?|末尾番号)"
    r"[\s:：]{0,3}$",
    re.IGNORECASE)
"""Words that give a number as the end of another ("my phone ending in 4471", "card last 4
digits 0038", 尾号 4471): the digits of something named, not a code of their own."""
_COMMON_WORD = re.compile(r"[a-z]++")
"""'our password was changed': a plain lowercase word after 'password' is prose, not a secret."""
_YEAR = re.compile(r"(?:19|20)\d{2}")
_ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
_CODE_GAP = r"[^\d\n.!?。]{0,24}?"
"""A few words between a card code's label and its digits, in one sentence: "security code
on the front 7305" (an Amex code is printed on the front)."""
_CODE_NOTE = r"(?:[ \t]{0,2}+[(（]\d[ -]?(?:digits?|位)[^()（）\n\d]{0,20}+[)）])?+"
"""A note on the code's length in brackets after its label: "Security code (4 digit on front):
7305", "CVV (3 digits): 552", 安全码（3位）：552."""
_EXPIRY_REACH = 2
"""An expiry date counts as card data only this many lines from a card number."""

_CONNECTOR = (r"[\s:=#.：\-–—>→|]{0,4}+(?:(?:is|was|are|were|是|为|為|は|:|" + _COPULAS
              + r")[\s:=：\-–—>→|]{0,4}+)?+")
"""What stands between a label and its value: 'password is: ', '密码是 ', 'CVV: '."""
_GAP = r"[^\d\n.!?。]{0,30}?"
"""A few words between a label and a code: 'the last OTP I got was 318846'."""
_ONE_TIME_VALUE = (r"(\d{3}[ -]\d{3}(?!\d)|\d{2}([ -])\d{2}\2\d{2}(?!\d|\2\d)"
                   r"|\d([ -])\d(?:\3\d){2,6}+(?!\d|\3\d)|\d{4,8})(?![\d:/.,-]\d)")
"""A one-time code: 4 to 8 digits, six read out in two or three groups ("483 917",
"739-204", "30 47 19"; a fourth pair makes a phone number, "06 12 34 56 78"), or 4 to 8
read out one by one ("7 3 9 1 0 4", as a code is copied from a phone screen)."""
_ONE_TIME = re.compile(_ONE_TIME_VALUE)
_MORE = re.compile(r"[ \t]{0,3}+(?:[,;/|&]|\b(?:and|or)\b)[ \t]{0,3}+", re.IGNORECASE)
"""Between two values of one label: "backup codes: 483917, 739204 and 118305"."""
_LISTED = 20
"""The most values one label names in a list, on its line or on the lines below it."""
_BULLET = re.compile(r"[ \t]{0,8}+(?:[-*\u2022\u00b7]|\(?\d{1,2}[.)])?[ \t]{0,3}+")
"""What may open a line of a list of values: "- ", "• ", "1. ", "(2) "."""
_LINE_END = re.compile(r"[ \t.,;]{0,3}+(?=\r?\n|\Z)")
_ANNOUNCES = r"[^\n]{0,160}?[:\uff1a][ \t\"'\u201d\u300d)]{0,3}+(?=\r?\n)"
"""The rest of a line that names a secret and ends on a colon: the values are listed below it
("I still have the backup codes I saved, but it says "not valid":" / "7 3 9 1 0 4")."""
_TO_COLON = "[^\\n:\\uff1a.!?\\u3002\"'\\u201c]{1,30}?[:\\uff1a][ \\t]{0,3}+"
"""A few words between a label and the colon before its value: "Passwords I tried: ..."."""
_TO_COLON_END = "[^\\n:\\uff1a.!?\\u3002\"'\\u201c]{0,30}?[:\\uff1a][ \\t]{0,3}+(?=\\r?\\n)"
"""A short label line that lists passwords below it: "Old passwords:", "Passwords I tried:"
(a long sentence that ends on a colon lists steps or error codes as often)."""
_CODE_OWNER = re.compile(
    r"\b(?:the|a|an|that|this|my|our|your|one|new|latest|last|first|second|fresh|another"
    r"|6-digit|six-digit)[ \t]{1,3}+\Z", re.IGNORECASE)
"""What stands right before "code" named by how it came: "the code that came to my phone"
(not "the error code that came back")."""
_CODE_SAID = (r"\bcodes?\b(?![-_][A-Za-z0-9])[^\d\n.!?\u3002]{0,80}?"
              r"(?:\b(?:is|was|are|were|says|said|reads|shows|showed)\b|[:\uff1a])[\s\"'\u201c]{0,4}+")
"""From "code" past the words that say how it came to the value: "code that just came to my
phone is 604817"."""
_CODE_GIVEN = (r"[ \t]{1,3}+(?:(?:the|a|an|this|another|one|my|our|new|latest|fresh|6-digit"
               r"|six-digit|just|now|o|um|agora|el|un|ahora)[ \t]{1,3}+){0,2}"
               r"(?:codes?|c[oó]digos?)\b"
               r"(?:[^\d\n.!?\u3002,:\uff1a]{1,40}?[,:\uff1a])?+[\s:=#\-\u2013\u2014>\u2192]{0,4}+")
"""From "sent me" or "received" past "(the) code" to the value: "sent me the code 604817", and
past where it came, up to a comma or colon: "I received a code on my phone this morning,
731592"; in Portuguese and Spanish too ("recebi agora o código 482915")."""
_EMAIL = r"[A-Za-z0-9._%+-]{1,64}+@[A-Za-z0-9-]{1,63}+(?:\.[A-Za-z0-9-]{1,63}+){1,4}+"
_LOGIN_PAIR = (
    rf"(?:[^\n!?\u3002]{{0,40}}?(?<![\w.%+-]){_EMAIL}(?:[ \t]{{0,3}}+[/|:,;\uff1a][ \t]{{0,3}}+"
    r"|[ \t]{1,3}+)|[ \t]{0,3}+(?:(?:is|are|with|as)[ \t]{1,3}+)?[:=\uff1a\-]?[ \t]{0,3}+"
    r"[A-Za-z0-9._-]{3,40}+[ \t]{0,3}+[/|][ \t]{0,3}+)")
"""After a login word, an e-mail address or user name and a separator: its password follows."""
_GLUED_LOGIN = re.compile(
    r"@[A-Za-z0-9-]{1,63}+(?:\.[A-Za-z0-9-]{1,63}+){1,4}+:(?![/\d]{1,5}(?![!-~]))([!-~]{4,64}+)")
"""An e-mail address glued to its password by a colon, as logins are pasted
("seller@example.com:Blue#Sky88"); found at the "@", a port or path is none."""
_E_MAIL = re.compile(_EMAIL)
_ADDRESS = re.compile(rf"https?://[!-~]{{0,64}}+|www\.[!-~]{{0,64}}+"
                      rf"|[\w-]{{1,63}}+(?:\.[\w-]{{1,63}}+){{1,4}}+/?|{_EMAIL}", re.IGNORECASE)
"""What follows a login's address is no password when it is another address: a web page,
a domain or an e-mail address."""
_ACCOUNT_VALUE = r"(\d(?:[ .-]?\d){5,19}+)(?![\d-]|\.\d)"
"""A bank account's number: six to twenty digits, grouped by spaces, dots or hyphens."""
_ROUTING_VALUE = r"(\d(?:[ .-]?\d){8})(?![\d-]|\.\d)"
"""Nine digits in any grouping: "121000358", "121 000 358", and as a bank app prints them,
"3222-7162-7" (its checksum, python-stdnum's us.rtn, says whether they are a routing number)."""
_ACCOUNT_AFTER_ROUTING = re.compile(
    r"[^\d\n]{0,20}?\b(?:account|acct|acc)\b[^\d\n]{0,12}?(\d(?:[ .-]?\d){5,19}+)(?![\d-]|\.\d)",
    re.IGNORECASE,
)
"""'routing 121000358, account 8830197462': after a routing number, the bare word "account"
names the bank account that goes with it (alone, "account" is the seller's store)."""
_AGAIN = r"[^\d\n.!?\u3002]{0,40}?\b(?:was|is)\s{1,3}+"
"""From the words that point back to a code ("the latest one", "the last one") past how it
came to "was" or "is" and the code: "The latest one I got was 582941"."""
_AGAIN_REACH = 240
"""How far before the words that point back to it a code must be named (a paragraph before
is the sentence before: "... but the code is rejected every time." / "The latest one I got
was 582941")."""
_NAMED_CODE = (r"\b(?:the|a|an|my|our|your|this|that|every|each|new|latest|last|another"
               r"|verification|authentication|sms|text|e-?mail|login|2fa|2sv|otp|one-time"
               r"|two-step|2-step|two-factor|backup)[ \t]{1,3}+codes?\b")
"""A one-time code named without its label: "the code is rejected", "every code I tried"
(not "the error code", "a promo code": the word before "code" says which)."""
_MESSAGE_SAID = (r"(?:[ \t]{1,3}+(?:said|says|say|shows|showed|reads|read|displays|displayed)\b"
                 r"[ \t]{0,3}+[:\uff1a]?[ \t\"\u201c]{0,4}+"
                 r"|[ \t]{0,3}+(?:显示|说|写着)?[:\uff1a][ \t]{0,3}+)")
"""From the message a code came in to the code it said, with nothing between: "the SMS said:
7 3 9 2 0 4", "the text message says 604817", "短信显示：604817"."""
_LATER_REACH = 160
"""How far along its line a code may follow its label in a later sentence ("I get a
verification code ... The latest one I got at 9:42 AM was 483 917")."""
_LATER = rf"[^\n]{{0,{_LATER_REACH}}}?(?:\b(?:was|is|were|are)\s|[:\uff1a][ \t]{{0,3}}+)"
"""From a one-time label to its code said later on the line: "... was 483 917", or after a
colon there: "... and he forwarded it to us: 55 81 20", "Just now I received one in email:
902 517"."""


@dataclass(frozen=True, slots=True)
class Secret:
    kind: SecretKind
    line: int
    masked: str
    span: tuple[int, int]
    """Where the value stands in the text (start, end), for masking it there."""


def mask(value: str, keep: int = 4) -> str:
    """``value`` with all but its last ``keep`` letters and digits replaced by '•'."""
    shown = [c for c in value if c.isalnum()]
    if keep <= 0 or len(shown) <= keep * 2:
        return "•" * 4
    return "•" * (len(shown) - keep) + "".join(shown[-keep:])


_PLURAL_LENGTH = 4
"""A label's last word this long is a noun that may stand in the plural ("codes", "PINs" not:
"pins" are sold by the thousand)."""


_LATIN = "0-9A-Za-z_\u00c0-\u024f\u1e00-\u1eff"
"""What a word in Latin letters is made of: an English label ends where another letter or
digit of the Latin script does not follow."""


def _label_pattern(words: Iterable[str]) -> str:
    """Literal labels as one alternation, longest first, word-bounded where they are words.
    A word label also stands in the plural when its last word is a noun of four letters or
    more ("backup codes:", "passwords"), and is none inside a name or ID: after "#" or glued
    by a hyphen to what follows ("account #PW-20931", "PIN-0042" are references). An English
    label glued to the Chinese or Japanese word for its number ("Routing号码：", "PIN码",
    "CVV码是") is bounded there too: a CJK character is no letter of the English word."""
    alternatives = []
    for label in sorted(set(words), key=len, reverse=True):
        body = r"\s{1,3}".join(re.escape(part) for part in label.split())
        before = rf"(?<![#\-{_LATIN}])" if re.match(r"\w", label) and label.isascii() else ""
        after = ""
        if re.search(r"\w$", label) and label.isascii():
            last = label.split()[-1]
            plural = "s?" if last.isalpha() and len(last) >= _PLURAL_LENGTH else ""
            after = rf"{plural}(?![{_LATIN}])(?![-_][A-Za-z0-9])"
        alternatives.append(f"{before}{body}{after}")
    return "(?:" + "|".join(alternatives) + ")"


@dataclass(frozen=True)
class Labelled:
    """A label of ``words`` followed by its value: found at each place one of the words
    stands (str.find on an ASCII-lowercased copy), never by trying every character. The
    pattern is compiled when a word is first found: most texts name no secret at all."""

    words: tuple[str, ...]
    source: str
    mistyped: Labelled | None = None
    """The same labels as sellers mistype them (``typed``), looked for apart: a text full of
    "验证码" or "password" pays nothing for the hundred spellings of "verification"."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)

    @cached_property
    def keys(self) -> frozenset[str]:
        """The first word of each label, lowercased: worked out once, not per text (5,000
        file names masked one by one spent three quarters of their time here)."""
        return frozenset(word.split()[0].translate(_ASCII_LOWER) for word in self.words)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        lowered = text.translate(_ASCII_LOWER) if lowered is None else lowered
        yield from self._matched(text, _key_starts(lowered, self.keys))
        if self.mistyped is not None:
            yield from self.mistyped.finditer_words(text, lowered)

    def finditer_words(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """As ``finditer``, for labels whose first words are ASCII: found in the text's ASCII
        words, read once per text for all labels, rather than one look-up per spelling."""
        words = _word_starts(lowered)
        starts = {at for key in words.keys() & self.keys for at in words[key]}
        yield from self._matched(text, starts)

    def _matched(self, text: str, starts: Collection[int]) -> Iterator[re.Match[str]]:
        end = -1
        for start in sorted(starts):
            match = self.pattern.match(text, start) if start >= end else None
            if match is not None:
                end = match.end()
                yield match


_ASCII_WORD = re.compile(r"(?<![a-z])[a-z][a-z-]{1,30}+(?![a-z])")
"""An ASCII word: what a mistyped or unaccented label starts with ("pasword", "sifre")."""


@lru_cache(maxsize=16)
def _key_starts(lowered: str, keys: frozenset[str]) -> frozenset[int]:
    """Where any of ``keys`` stands in ``lowered``: found once per text for the label lists
    that share their words (a password after its label, a few words later, before a colon,
    over a list)."""
    starts: set[int] = set()
    for key in keys:
        at = lowered.find(key)
        while at >= 0:
            starts.add(at)
            at = lowered.find(key, at + 1)
    return frozenset(starts)


@lru_cache(maxsize=2)
def _word_starts(lowered: str) -> dict[str, tuple[int, ...]]:
    """Where each ASCII word of ``lowered`` starts: read once per text, however many label
    lists look their mistyped spellings up in it (seven do). Not to be changed by callers."""
    starts: dict[str, list[int]] = {}
    for word in _ASCII_WORD.finditer(lowered):
        starts.setdefault(word.group(), []).append(word.start())
    return {word: tuple(at) for word, at in starts.items()}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
"""Lowercases ASCII only, so that every offset of the copy is an offset of the text."""


@dataclass(frozen=True)
class _Patterns:
    password: Labelled
    password_later: Labelled
    password_colon: Labelled
    password_listed: Labelled
    login: Labelled | None
    one_time: Labelled
    one_time_later: Labelled
    one_time_listed: Labelled
    one_time_said: Labelled | None
    one_time_given: Labelled | None
    code_sent: re.Pattern[str] | None
    card_label: re.Pattern[str]
    iban_label: re.Pattern[str] | None
    card_code: Labelled
    card_code_place: Labelled | None
    one_time_again: Labelled | None
    one_time_message: Labelled | None
    one_time_named: re.Pattern[str]
    expiry: Labelled
    bank_account: Labelled
    routing: Labelled
    bank_account_below: re.Pattern[str]
    routing_below: re.Pattern[str]


TYPO_LENGTH = 8
"""A label's first word this long is also found as sellers mistype it ("pasword",
"verfication code"): one letter left out, or two neighbours swapped. Shorter words have
too many neighbours."""


def _unaccented(label: str) -> str:
    """``label`` without its accents, as typed on a keyboard without them ("contrasena",
    "sifre", "codigo de verificacion")."""
    return "".join(c for c in unicodedata.normalize("NFKD", label)
                   if not unicodedata.combining(c)).replace("\u0131", "i")  # dotless i


def typed(labels: Iterable[str]) -> tuple[str, ...]:
    """``labels``, each also without its accents, and for each whose first word is ASCII
    letters, ``TYPO_LENGTH`` or more, with that word mistyped: one letter dropped or two
    neighbouring letters swapped (its first letter is never dropped: sellers keep it, and a
    word without it, found inside every correct spelling, would be looked up in vain)."""
    found = dict.fromkeys(labels)
    for label in list(found):
        found.setdefault(_unaccented(label))
    for label in list(found):
        word, _, rest = label.partition(" ")
        if not (word.isascii() and word.isalpha() and len(word) >= TYPO_LENGTH):
            continue
        tail = f" {rest}" if rest else ""
        for at in range(len(word)):
            if at:  # the word without its first letter stands inside it: a key found in vain
                found.setdefault(word[:at] + word[at + 1:] + tail)
            if at + 1 < len(word) and word[at] != word[at + 1]:
                found.setdefault(word[:at] + word[at + 1] + word[at] + word[at + 2:] + tail)
    return tuple(found)


def _patterns(labels: SecretLabels) -> _Patterns:
    return _compiled(
        tuple(labels.password), tuple(labels.one_time_code), tuple(labels.card),
        tuple(labels.card_code), tuple(labels.card_expiry), tuple(labels.bank_account),
        tuple(labels.routing_number), tuple(labels.iban),
        (tuple(labels.code_sent), tuple(labels.code_given), tuple(labels.login)),
        (tuple(labels.card_code_place), tuple(labels.code_again)),
        tuple(labels.code_message),
    )


@cache
def _compiled(
    password: tuple[str, ...], one_time_code: tuple[str, ...], card: tuple[str, ...],
    card_code: tuple[str, ...], card_expiry: tuple[str, ...], bank_account: tuple[str, ...],
    routing_number: tuple[str, ...], iban_labels: tuple[str, ...],
    named: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ()),
    pointed: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    message: tuple[str, ...] = (),
) -> _Patterns:
    """``named``: the words that name a code by how it came (``code-sent``, ``code-given``)
    and a login (``login``); ``pointed``: the words that name a card code by where it is
    printed (``card-code-place``) and a one-time code by pointing back to it (``code-again``);
    ``message``: the messages a one-time code is given as what they said (``code-message``)."""
    def labelled(words: tuple[str, ...], value: str, gap: str = _CONNECTOR,
                 mistyped: tuple[str, ...] = ()) -> Labelled:
        more = tuple(w for w in mistyped if w not in words)
        return Labelled(words, _label_pattern(words) + gap + value,
                        labelled(more, value, gap) if more else None)

    sent, given, login = named
    place, again = pointed
    return _Patterns(
        password=labelled(password, _PASSWORD_VALUE.pattern, mistyped=typed(password)),
        password_later=labelled(password, _PASSWORD_GAP + _PASSWORD_VALUE.pattern, "",
                                typed(password)),
        password_colon=labelled(password, _TO_COLON + _PASSWORD_VALUE.pattern, "", typed(password)),
        password_listed=labelled(password, _TO_COLON_END, "", typed(password)),
        login=labelled(login, _LOGIN_PAIR + _PASSWORD_VALUE.pattern, "") if login else None,
        one_time=labelled(one_time_code, _ONE_TIME_VALUE, _GAP, typed(one_time_code)),
        one_time_later=labelled(one_time_code, _LATER + _ONE_TIME_VALUE, "",
                                typed(one_time_code)),
        one_time_listed=labelled(one_time_code, _ANNOUNCES, "", typed(one_time_code)),
        one_time_said=Labelled(("code",), _CODE_SAID + _ONE_TIME_VALUE) if sent else None,
        code_sent=re.compile(_label_pattern(sent), re.IGNORECASE) if sent else None,
        one_time_given=labelled(given, _CODE_GIVEN + _ONE_TIME_VALUE, "") if given else None,
        card_label=re.compile(_label_pattern(card), re.IGNORECASE),
        iban_label=re.compile(_label_pattern(iban_labels), re.IGNORECASE) if iban_labels else None,
        card_code=labelled(card_code, r"(\d{3,4})(?!\d)", _CODE_NOTE + _CODE_GAP),
        card_code_place=labelled(place, r"(\d{3,4})(?!\d)", _CODE_GAP) if place else None,
        one_time_again=labelled(again, _AGAIN + _ONE_TIME_VALUE, "") if again else None,
        one_time_message=(labelled(message, _MESSAGE_SAID + _ONE_TIME_VALUE, "")
                          if message else None),
        one_time_named=re.compile(f"{_label_pattern(one_time_code)}|{_NAMED_CODE}", re.IGNORECASE),
        expiry=labelled(card_expiry, f"({_EXPIRY_VALUE.pattern})", r"[^\d\n]{0,12}?"),
        bank_account=labelled(bank_account, _ACCOUNT_VALUE, r"[^\d\n]{0,12}?"),
        routing=labelled(routing_number, _ROUTING_VALUE, r"[^\d\n]{0,12}?"),
        bank_account_below=_below_label((*bank_account, "account"), _ACCOUNT_VALUE),
        routing_below=_below_label(routing_number, _ROUTING_VALUE),
    )


def _below_label(words: tuple[str, ...], value: str) -> re.Pattern[str]:
    """A value alone on the line below its label alone on its line, as bank details are
    copied from a bank's app ("Routing" / "026009593" / "Account" / "4471 0239 8856"): there
    the bare word "account" names the bank account."""
    return re.compile(rf"^[ \t]*+(?:{_label_pattern(words)})(?:[ \t]++(?:number|no\.?|nr\.?|#))?+"
                      rf"[ \t]*+[:：#]?[ \t]*+\n[ \t]*+"
                      rf"{value}[ \t]*+$", re.IGNORECASE | re.MULTILINE)


def _shipped_labels() -> SecretLabels:
    from casecheck.packs import load_packs  # noqa: PLC0415 - pydantic, only without a pack

    return load_packs().secrets.labels


def redact(text: str, labels: SecretLabels | None = None) -> str:
    """``text`` with every secret replaced by its mask: what a report may show of a message.
    Readings that overlap (a card's digits also read as a bank account) leave none in clear.
    ``labels`` as for :func:`find_secrets`."""
    return masked_at(text, find_secrets(text, labels))


def masked_at(text: str, secrets: Iterable[Secret]) -> str:
    """``text`` with each of ``secrets`` (found in it, or in a copy of the same length)
    replaced by its mask; where two overlap, none of either is left in clear."""
    pieces, done = [], 0
    for secret in sorted(secrets, key=lambda found: found.span[0]):
        start, end = secret.span
        if start >= done:
            pieces += [text[done:start], secret.masked]
        elif end > done:
            pieces.append(mask(text[done:end], keep=0))
        done = max(done, end)
    return "".join([*pieces, text[done:]])


def find_secrets(text: str, labels: SecretLabels | None = None,
                 ids: Collection[str] = ()) -> Iterator[Secret]:
    """Every secret in ``text``, masked, in order of kind then place. ``labels`` are the
    words that name a secret (``rules/secrets.toml``); the shipped ones by default. ``ids``
    are the case's own valid IDs (:func:`casecheck.identifiers.valid_ids`): a card-shaped
    number that is one of them (a FedEx number from 37 that passes the Luhn check) is that
    ID, not a card."""
    plain, origin = _fold(text)

    def at(start: int, end: int) -> tuple[int, int]:
        """A span of the folded copy as a span of ``text``."""
        if origin is None or end <= start:
            return (start, end)
        return (origin[start], origin[end - 1] + 1)

    lowered = plain.translate(_ASCII_LOWER)
    patterns = _patterns(labels if labels is not None else _shipped_labels())
    line_of = LineIndex(plain)
    ibans = list(_ibans(plain, line_of, patterns))
    # the digits of an IBAN split in uneven groups ("TR330006100 519786457841326") may pass
    # the Luhn check: they are the IBAN's, not a card's
    # "our EU account: IBAN DE1150...": the account's number there is the IBAN, one secret
    accounts = [match for match in [*patterns.bank_account.finditer(plain, lowered),
                                     *patterns.bank_account_below.finditer(plain)]
                if len(_NOT_DIGIT.sub("", match.group(1))) >= 6
                and not _ORDER_ID.fullmatch(match.group(1))
                and not any(_overlap(match.span(1), iban.span) for iban in ibans)]
    cards = [card for card in _cards(plain, line_of, patterns.card_label)
             if not any(s.span[0] <= card.span[0] < s.span[1] for s in ibans)
             and _NOT_DIGIT.sub("", plain[card.span[0]:card.span[1]]) not in ids]
    # one number is one secret: after a card label ("银行卡号：6228 ...") it is the card, after
    # an account label alone ("开户行账号 4000 0231 ...", a Luhn-valid account) the account
    carded = {card.span for card in cards
              if _card_labelled(plain, line_of, patterns.card_label, card.span[0])}
    accounts = [match for match in accounts
                if not any(_overlap(match.span(1), span) for span in carded)]
    cards = [card for card in cards if card.span in carded
             or not any(_overlap(card.span, match.span(1)) for match in accounts)]
    for card in cards:
        yield Secret(card.kind, card.line, card.masked, at(*card.span))
    for secret in _card_data(plain, lowered, line_of, patterns, {card.line for card in cards}):
        yield Secret(secret.kind, secret.line, secret.masked, at(*secret.span))
    for start, end in _passwords(plain, lowered, patterns):
        yield Secret("password", line_of(start), mask(plain[start:end], keep=0), at(start, end))
    for start, end in _one_time_codes(plain, lowered, patterns):
        yield Secret("one-time-code", line_of(start), mask(plain[start:end], keep=0),
                     at(start, end))
    for found in ibans:
        yield Secret(found.kind, found.line, found.masked, at(*found.span))
    for match in accounts:
        digits = _NOT_DIGIT.sub("", match.group(1))
        yield Secret("bank-account", line_of(match.start(1)), mask(digits), at(*match.span(1)))
    read = {match.span(1) for match in accounts}
    for match in [*patterns.routing.finditer(plain, lowered),
                  *patterns.routing_below.finditer(plain)]:
        digits = _NOT_DIGIT.sub("", match.group(1))
        if rtn.is_valid(digits):
            yield Secret("routing-number", line_of(match.start(1)), mask(digits),
                         at(*match.span(1)))
            account = _ACCOUNT_AFTER_ROUTING.match(plain, match.end())
            if account is not None and account.span(1) not in read:
                number = _NOT_DIGIT.sub("", account.group(1))
                yield Secret("bank-account", line_of(account.start(1)), mask(number),
                             at(*account.span(1)))


def _passwords(text: str, lowered: str, patterns: _Patterns) -> Iterator[tuple[int, int]]:
    """Where each password stands: after its label, a few words and "is" after it, in a list
    after it or below the line it ends with a colon, and after a login's address or name."""
    found: set[int] = set()

    def value_at(match: re.Match[str]) -> tuple[int, str]:
        group = match.lastindex or 0
        value = match.group(group)
        return match.start(group), value.rstrip(_TRAILING) if group == _BARE else value

    def new(start: int, value: str, made_up: bool) -> bool:
        if start in found or not _is_password(value) or (made_up and not _made_up(value)):
            return False
        found.add(start)
        return True

    readings = [*((False, m) for m in patterns.password.finditer(text, lowered)),
                *((True, m) for m in patterns.password_later.finditer(text, lowered)),
                *((True, m) for m in patterns.password_colon.finditer(text, lowered))]
    if patterns.login is not None:
        readings += [(True, m) for m in patterns.login.finditer(text, lowered)
                     if not _ADDRESS.fullmatch(value_at(m)[1].rstrip(_TRAILING))]
    for later, match in readings:
        start, value = value_at(match)
        if value.isalpha() and _SENTENCE_END.search(text, match.start(), start):
            continue  # "... change the password. Then we tried": the next sentence's word
        # "Email / password: seller@example.com / Tulip2026": the address is the login's,
        # the password follows it
        address = _E_MAIL.fullmatch(value) is not None
        if address or new(start, value, later):
            if not address:
                yield start, start + len(value)
            for more in _more(text, start + len(value), _PASSWORD_VALUE):
                start, value = value_at(more)
                if not new(start, value, True):
                    break
                yield start, start + len(value)
    for match in patterns.password_listed.finditer(text, lowered):
        for start, end in _below(text, match.end()):
            value = text[start:end]
            if start in found:
                continue
            if " " in value or not new(start, value, True):
                break
            yield start, end
    if "@" in text:
        for match in _GLUED_LOGIN.finditer(text):
            start, value = match.start(1), match.group(1).rstrip(_TRAILING)
            if text[match.start() - 1:match.start()].isalnum() and new(start, value, True):
                yield start, start + len(value)


_BARE = len(_QUOTES) + 1
"""The group of ``_PASSWORD_VALUE`` that holds a bare value (the others are in quotes or
brackets)."""


def _one_time_codes(text: str, lowered: str, patterns: _Patterns) -> Iterator[tuple[int, int]]:
    """Where each one-time code stands: after its label, in a later sentence of its line, in a
    list after it or below the line it ends with a colon, and after "the code" said with how
    it came ("the code that just came to my phone is ...") or "sent me the code"."""
    found: set[tuple[int, int]] = set()

    def new(match: re.Match[str]) -> bool:
        code = match.group(1)
        if match.span(1) in found or (len(code) == 4 and _YEAR.fullmatch(code)):
            return False
        if _PARTIAL_NUMBER.search(text, max(0, match.start(1) - 48), match.start(1)):
            return False  # "sent a one-time password to my phone ending in 4471"
        found.add(match.span(1))
        return True

    readings = [*patterns.one_time.finditer(text, lowered),
                *patterns.one_time_later.finditer(text, lowered)]
    if patterns.one_time_given is not None:
        readings += patterns.one_time_given.finditer(text, lowered)
    if patterns.one_time_said is not None and patterns.code_sent is not None:
        said = patterns.code_sent
        readings += [m for m in patterns.one_time_said.finditer(text, lowered)
                     if _CODE_OWNER.search(text, max(0, m.start() - 24), m.start())
                     and said.search(text, m.start() + 4, m.start(1))]
    if patterns.one_time_message is not None:
        readings += patterns.one_time_message.finditer(text, lowered)
    if patterns.one_time_again is not None:
        # "... but the code is rejected every time." / "The latest one I got was 582941": the
        # words that point back to a code are its label when a code was named shortly before
        readings += [m for m in patterns.one_time_again.finditer(text, lowered)
                     if patterns.one_time_named.search(text, max(0, m.start() - _AGAIN_REACH),
                                                       m.start())]
    for match in readings:
        if new(match):
            yield match.span(1)
            for more in _more(text, match.end(1), _ONE_TIME):
                if not new(more):
                    break
                yield more.span(1)
    for match in patterns.one_time_listed.finditer(text, lowered):
        for start, end in _below(text, match.end()):
            code = _ONE_TIME.fullmatch(text, start, end)
            if code is not None and code.span(1) in found:
                continue
            if code is None or not new(code):
                break
            yield code.span(1)


def _more(text: str, end: int, value: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The values listed after one that ends at ``end``: ", 739204 and 118305"."""
    for _ in range(_LISTED):
        between = _MORE.match(text, end)
        found = value.match(text, between.end()) if between is not None else None
        if found is None:
            return
        yield found
        end = found.end()


def _below(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The lines of a list below ``end`` (the end of the line that announces it; one blank line
    may stand before the list), each without its bullet and closing punctuation."""
    at = text.find("\n", end) + 1
    if not at:
        return
    if text.startswith("\n", at) or text.startswith("\r\n", at):
        at = text.find("\n", at) + 1
    for _ in range(_LISTED):
        if not at:
            return
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        start = _BULLET.match(text, at, line_end)
        first = start.end() if start is not None else at
        close = _LINE_END.search(text, first, line_end + 1 if line_end < len(text) else line_end)
        last = close.start() if close is not None else line_end
        if last <= first:
            return
        yield first, last
        at = line_end + 1 if line_end < len(text) else 0


def _ibans(text: str, line_of: LineIndex, patterns: _Patterns) -> Iterator[Secret]:
    """IBANs, with their spans in ``text``."""
    for match in _IBAN.finditer(text):
        start = match.start()

        def labelled(value: str, start: int = start) -> bool:
            return _labelled_iban(text, start, value, line_of, patterns)

        found = _iban_in(match.group(), labelled)
        if found is not None:
            yield Secret("iban", line_of(match.start()), found[:2] + mask(found[2:]),
                         (match.start(), match.start() + len(found)))


def _iban_in(candidate: str, labelled: Callable[[str], bool]) -> str | None:
    """The longest run of whole space-separated groups from the start of ``candidate`` that
    is a valid IBAN (or, ``labelled``, one whose checksum holds after an IBAN label), or None."""
    groups = candidate.split(" ")
    for count in range(len(groups), 0, -1):
        value = " ".join(groups[:count])
        compact = value.replace(" ", "")
        if _IBAN_LENGTH[0] <= len(compact) <= _IBAN_LENGTH[1] \
                and (_iban_valid(compact) or labelled(value)):
            return value
    return None


def _iban_valid(compact: str) -> bool:
    """An IBAN by its country's length and format and the ISO 7064 checksum: a wrong
    national check digit inside the account number ("ES09 4761 1292 81 ...", a digit of the
    Spanish CCC mistyped) leaves it the seller's bank account, typed in a case."""
    try:
        iban.validate(compact, check_country=False)
    except ValidationError:
        return False
    return True


def _labelled_iban(text: str, start: int, value: str, line_of: LineIndex,
                   patterns: _Patterns) -> bool:
    """An IBAN's checksum holds and an IBAN label stands before it on its line: an IBAN whose
    length its country does not have is still the seller's bank account, typed in a case."""
    if patterns.iban_label is None:
        return False
    compact = value.replace(" ", "")
    begin = max(line_of.start_of(start), start - _LABEL_REACH)
    return (patterns.iban_label.search(text, begin, start) is not None
            and mod_97_10.is_valid(compact[4:] + compact[:4]))


def _made_up(value: str) -> bool:
    """A value said a few words after "password ... is" must look made up: letters with
    digits or symbols ("Tulip-2026"), not a word ("Amazons") or a size ("8-20")."""
    return any(c.isalpha() for c in value) and any(not c.isalpha() for c in value)


def _is_password(value: str) -> bool:
    """A value after "password" that is a password, not prose or an already masked one."""
    if len(value) < 4 or not any(c.isalnum() for c in value):
        return False
    if not value[0].isalnum() and value[0] not in "!@#$%^&*_+-=.~":
        return False
    return not _COMMON_WORD.fullmatch(value)


def _cards(text: str, line_of: LineIndex, label: re.Pattern[str]) -> Iterator[Secret]:
    """Card numbers: 13 to 19 digits in at most five groups, one separator throughout,
    passing the Luhn check, with an issuer prefix unless a card label stands before them.
    A card starts where its run of digits starts, or right after another card ("4111 1111
    1111 1111 123" is a card and its code); digits that start otherwise are some other number."""
    for run in _DIGIT_RUN.finditer(text):
        ahead = _GROUP.finditer(text, run.start(), run.end())
        groups = list(islice(ahead, _CARD_GROUPS))
        while groups:
            end = _card_end(text, groups, 0, line_of, label)
            if end is None:
                break
            digits = "".join(g.group() for g in groups[:end])
            yield Secret("card", line_of(groups[0].start()), mask(digits),
                         (groups[0].start(), groups[end - 1].end()))
            groups = groups[end:] + list(islice(ahead, end))


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _card_labelled(text: str, line_of: LineIndex, label: re.Pattern[str], start: int) -> bool:
    """A card label ("卡号", "card number") stands before ``start`` on its line."""
    begin = max(line_of.start_of(start), start - _LABEL_REACH)
    return label.search(text, begin, start) is not None


def _card_end(
    text: str, groups: list[re.Match[str]], start: int, line_of: LineIndex, label: re.Pattern[str],
) -> int | None:
    """Where a card number that starts at ``groups[start]`` ends (the longest), or None."""
    first = groups[start]
    if len(first.group()) != 4 and not 13 <= len(first.group()) <= 19:
        return None
    line_start = line_of.start_of(first.start())
    labelled = _card_labelled(text, line_of, label, first.start())
    if not labelled and _TRACKING_WORDS.search(
        text, max(_wrapped_start(text, line_of, line_start), first.start() - _TRACKING_REACH),
        first.start(),
    ):
        return None
    for end in range(min(len(groups), start + _CARD_GROUPS), start, -1):
        window = groups[start:end]
        digits = "".join(g.group() for g in window)
        if not 13 <= len(digits) <= 19:
            continue
        if len(window) > 1:
            separators = {text[a.end():b.start()] for a, b in pairwise(window)}
            sizes = [len(g.group()) for g in window]
            if len(separators) > 1 or sizes[0] != 4 or not all(3 <= n <= 6 for n in sizes):
                continue
        if not (labelled or _CARD_PREFIX.match(digits)) or not luhn.is_valid(digits):
            continue
        return end
    return None


def _wrapped_start(text: str, line_of: LineIndex, line_start: int) -> int:
    """Where the sentence around a line may start: the line before too when it holds text, as
    a hard-wrapped letter breaks "with FedEx tracking number" / "375486597166386"; a blank
    line ends the paragraph."""
    if not line_start:
        return line_start
    previous = line_of.start_of(line_start - 1)
    return previous if text[previous:line_start].strip() else line_start


def _card_data(
    text: str, lowered: str, line_of: LineIndex, patterns: _Patterns, card_lines: set[int],
) -> Iterator[Secret]:
    """Security codes anywhere; expiry dates only near a card number."""
    codes = [*patterns.card_code.finditer(text, lowered), *_AMEX_CODE.finditer(text)]
    if patterns.card_code_place is not None and card_lines:
        # "the 3 digits at the back are 552": a code named by where the card prints it, beside
        # a card number (alone, "the label on the back says 552" is no card's)
        codes += [match for match in patterns.card_code_place.finditer(text, lowered)
                  if any(abs(line_of(match.start()) - card) <= _EXPIRY_REACH
                         for card in card_lines)
                  and not any(_overlap(match.span(1), code.span(1)) for code in codes)]
    for match in sorted(codes, key=lambda m: m.start()):
        yield Secret("card-code", line_of(match.start()), mask(match.group(1), keep=0),
                     match.span(1))
    for match in patterns.expiry.finditer(text, lowered):
        line = line_of(match.start())
        if any(abs(line - card) <= _EXPIRY_REACH for card in card_lines):
            yield Secret("card-expiry", line, mask(match.group(1), keep=0), match.span(1))
