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
from functools import cache, cached_property
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from stdnum import iban, luhn
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
    r"(?:0?[1-9]|1[0-2]) ?[/.-] ?(?:\d{4}|\d{2})(?![\d/])|(?:19|20)\d{2} ?年 ?\d{1,2} ?月"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}+\.? ?,? ?"
    r"(?:(?:19|20)\d{2}|'\d{2})(?!\d)"
    r"|(?:19|20)\d{2} ?[/.-] ?(?:0?[1-9]|1[0-2])(?![\d/.-])"
    r"|\d{1,2} ?月 ?/? ?(?:\d{4}|\d{2}) ?年?"
)
_PASSWORD_VALUE = re.compile("[\"'“\u2018「『]?+([!-~]{4,64}+)")
_TRAILING = ".,;:)]}\"'”’」』"
_PASSWORD_GAP = (
    r"(?!\s{1,3}(?:manager|managers|policy|policies|field|requirements?|rules?|reset|length|page"
    r"|link|strength|format|change|hint|app|tool)\b)[^\n.!?。\"'“]{1,30}?\b(?:is|was)\s++"
)
"""A few words between "password" and "is": "my password for Seller Central is ...", but not
a thing named after passwords ("our password manager is 1Password")."""

_COMMON_WORD = re.compile(r"[a-z]++")
"""'our password was changed': a plain lowercase word after 'password' is prose, not a secret."""
_YEAR = re.compile(r"(?:19|20)\d{2}")
_ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
_CODE_GAP = r"[^\d\n.!?。]{0,24}?"
"""A few words between a card code's label and its digits, in one sentence: "security code
on the front 7305" (an Amex code is printed on the front)."""
_EXPIRY_REACH = 2
"""An expiry date counts as card data only this many lines from a card number."""

_CONNECTOR = r"[\s:=#.：\-–—>→|]{0,4}+(?:(?:is|was|are|were|是|为|為|は|:)[\s:=：\-–—>→|]{0,4}+)?+"
"""What stands between a label and its value: 'password is: ', '密码是 ', 'CVV: '."""
_GAP = r"[^\d\n.!?。]{0,30}?"
"""A few words between a label and a code: 'the last OTP I got was 318846'."""
_ONE_TIME_VALUE = (r"(\d{3}[ -]\d{3}(?!\d)|\d{2}([ -])\d{2}\2\d{2}(?!\d|\2\d)|\d{4,8})"
                   r"(?![\d:/.,-]\d)")
"""A one-time code: 4 to 8 digits, or six read out in two or three groups ("483 917",
"739-204", "30 47 19"; a fourth pair makes a phone number, "06 12 34 56 78")."""
_ROUTING_VALUE = r"(\d(?:[ .-]?\d){8})(?![\d-]|\.\d)"
"""Nine digits in any grouping: "121000358", "121 000 358", and as a bank app prints them,
"3222-7162-7" (its checksum, python-stdnum's us.rtn, says whether they are a routing number)."""
_ACCOUNT_AFTER_ROUTING = re.compile(
    r"[^\d\n]{0,20}?\b(?:account|acct|acc)\b[^\d\n]{0,12}?(\d(?:[ .-]?\d){5,19}+)(?![\d-]|\.\d)",
    re.IGNORECASE,
)
"""'routing 121000358, account 8830197462': after a routing number, the bare word "account"
names the bank account that goes with it (alone, "account" is the seller's store)."""
_LATER_REACH = 160
"""How far along its line a code may follow its label in a later sentence ("I get a
verification code ... The latest one I got at 9:42 AM was 483 917")."""
_LATER = rf"[^\n]{{0,{_LATER_REACH}}}?\b(?:was|is|were|are)\s"
"""From a one-time label to its code said later on the line: "... was 483 917"."""


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


def _label_pattern(words: Iterable[str]) -> str:
    """Literal labels as one alternation, longest first, word-bounded where they are words."""
    alternatives = []
    for label in sorted(set(words), key=len, reverse=True):
        body = r"\s{1,3}".join(re.escape(part) for part in label.split())
        before = r"\b" if re.match(r"\w", label) and label.isascii() else ""
        after = r"\b" if re.search(r"\w$", label) and label.isascii() else ""
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
        starts: set[int] = set()
        for key in self.keys:
            at = lowered.find(key)
            while at >= 0:
                starts.add(at)
                at = lowered.find(key, at + 1)
        yield from self._matched(text, starts)
        if self.mistyped is not None:
            yield from self.mistyped.finditer_words(text, lowered)

    def finditer_words(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """As ``finditer``, for labels whose first words are ASCII: found by one pass over the
        text's ASCII words rather than one look-up per spelling."""
        starts = {word.start() for word in _ASCII_WORD.finditer(lowered)
                  if word.group() in self.keys}
        yield from self._matched(text, starts)

    def _matched(self, text: str, starts: set[int]) -> Iterator[re.Match[str]]:
        end = -1
        for start in sorted(starts):
            match = self.pattern.match(text, start) if start >= end else None
            if match is not None:
                end = match.end()
                yield match


_ASCII_WORD = re.compile(r"(?<![a-z])[a-z][a-z-]{1,30}+(?![a-z])")
"""An ASCII word: what a mistyped or unaccented label starts with ("pasword", "sifre")."""
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
"""Lowercases ASCII only, so that every offset of the copy is an offset of the text."""


@dataclass(frozen=True)
class _Patterns:
    password: Labelled
    password_later: Labelled
    one_time: Labelled
    one_time_later: Labelled
    card_label: re.Pattern[str]
    iban_label: re.Pattern[str] | None
    card_code: Labelled
    expiry: Labelled
    bank_account: Labelled
    routing: Labelled


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
    )


@cache
def _compiled(
    password: tuple[str, ...], one_time_code: tuple[str, ...], card: tuple[str, ...],
    card_code: tuple[str, ...], card_expiry: tuple[str, ...], bank_account: tuple[str, ...],
    routing_number: tuple[str, ...], iban_labels: tuple[str, ...],
) -> _Patterns:
    def labelled(words: tuple[str, ...], value: str, gap: str = _CONNECTOR,
                 mistyped: tuple[str, ...] = ()) -> Labelled:
        more = tuple(w for w in mistyped if w not in words)
        return Labelled(words, _label_pattern(words) + gap + value,
                        labelled(more, value, gap) if more else None)

    return _Patterns(
        password=labelled(password, _PASSWORD_VALUE.pattern, mistyped=typed(password)),
        password_later=labelled(password, _PASSWORD_GAP + _PASSWORD_VALUE.pattern, "",
                                typed(password)),
        one_time=labelled(one_time_code, _ONE_TIME_VALUE, _GAP, typed(one_time_code)),
        one_time_later=labelled(one_time_code, _LATER + _ONE_TIME_VALUE, "",
                                typed(one_time_code)),
        card_label=re.compile(_label_pattern(card), re.IGNORECASE),
        iban_label=re.compile(_label_pattern(iban_labels), re.IGNORECASE) if iban_labels else None,
        card_code=labelled(card_code, r"(\d{3,4})(?!\d)", _CODE_GAP),
        expiry=labelled(card_expiry, f"({_EXPIRY_VALUE.pattern})", r"[^\d\n]{0,12}?"),
        bank_account=labelled(bank_account, r"(\d(?:[ .-]?\d){5,19}+)(?![\d-]|\.\d)",
                              r"[^\d\n]{0,12}?"),
        routing=labelled(routing_number, _ROUTING_VALUE, r"[^\d\n]{0,12}?"),
    )


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
    cards = [card for card in _cards(plain, line_of, patterns.card_label)
             if not any(s.span[0] <= card.span[0] < s.span[1] for s in ibans)
             and _NOT_DIGIT.sub("", plain[card.span[0]:card.span[1]]) not in ids]
    for card in cards:
        yield Secret(card.kind, card.line, card.masked, at(*card.span))
    for secret in _card_data(plain, lowered, line_of, patterns, {card.line for card in cards}):
        yield Secret(secret.kind, secret.line, secret.masked, at(*secret.span))
    passwords: set[int] = set()
    for later, match in [*((False, m) for m in patterns.password.finditer(plain, lowered)),
                         *((True, m) for m in patterns.password_later.finditer(plain, lowered))]:
        value = match.group(1).rstrip(_TRAILING)
        start = match.start(1)
        if start not in passwords and _is_password(value) \
                and (not later or _made_up(value)):
            passwords.add(start)
            yield Secret("password", line_of(match.start()), mask(value, keep=0),
                         at(start, start + len(value)))
    codes: set[tuple[int, int]] = set()
    for match in [*patterns.one_time.finditer(plain, lowered),
                  *patterns.one_time_later.finditer(plain, lowered)]:
        code = match.group(1)
        if match.span(1) not in codes and not (len(code) == 4 and _YEAR.fullmatch(code)):
            codes.add(match.span(1))
            yield Secret("one-time-code", line_of(match.start()), mask(code, keep=0),
                         at(*match.span(1)))
    for found in ibans:
        yield Secret(found.kind, found.line, found.masked, at(*found.span))
    accounts: set[tuple[int, int]] = set()
    for match in patterns.bank_account.finditer(plain, lowered):
        digits = _NOT_DIGIT.sub("", match.group(1))
        if len(digits) >= 6 and not _ORDER_ID.fullmatch(match.group(1)):
            accounts.add(match.span(1))
            yield Secret("bank-account", line_of(match.start()), mask(digits), at(*match.span(1)))
    for match in patterns.routing.finditer(plain, lowered):
        digits = _NOT_DIGIT.sub("", match.group(1))
        if rtn.is_valid(digits):
            yield Secret("routing-number", line_of(match.start()), mask(digits),
                         at(*match.span(1)))
            account = _ACCOUNT_AFTER_ROUTING.match(plain, match.end())
            if account is not None and account.span(1) not in accounts:
                number = _NOT_DIGIT.sub("", account.group(1))
                yield Secret("bank-account", line_of(account.start(1)), mask(number),
                             at(*account.span(1)))


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
                and (iban.is_valid(compact) or labelled(value)):
            return value
    return None


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


def _card_end(
    text: str, groups: list[re.Match[str]], start: int, line_of: LineIndex, label: re.Pattern[str],
) -> int | None:
    """Where a card number that starts at ``groups[start]`` ends (the longest), or None."""
    first = groups[start]
    if len(first.group()) != 4 and not 13 <= len(first.group()) <= 19:
        return None
    line_start = line_of.start_of(first.start())
    labelled = label.search(text, max(line_start, first.start() - _LABEL_REACH), first.start())
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
    for match in sorted(codes, key=lambda m: m.start()):
        yield Secret("card-code", line_of(match.start()), mask(match.group(1), keep=0),
                     match.span(1))
    for match in patterns.expiry.finditer(text, lowered):
        line = line_of(match.start())
        if any(abs(line - card) <= _EXPIRY_REACH for card in card_lines):
            yield Secret("card-expiry", line, mask(match.group(1), keep=0), match.span(1))
