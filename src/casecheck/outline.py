# ruff: noqa: RUF001 - full-width stops and marks are how Chinese and Japanese headings end
"""The outline of a case text: its headings, its sections, and the part of an appeal each is.

Sellers head the parts of a plan of action every way there is: Markdown (``## Root cause``),
bold lines, numbers (``1.``, ``1)``, ``(1)``, ``1 -``, ``一、``), letters (``A.``, ``(a)``,
``A -``), capitals (``ROOT CAUSE``), a short line over its paragraph with or without a colon
("Why it happened"), a label that starts its paragraph ("Root cause: We bought..."), and
"Our POA (2) - corrective actions". Without headings, the first words of a paragraph say
which part it is ("The reason of the problem is", "We have already", "To avoid this in the
future").

What names a part is data: the heading wordings, paragraph openings and content cues of
``[structure.parts]`` in ``rules/message.toml``. What a heading looks like is syntax, and
lives here. T003 (the parts and whether the corrective actions are done), A016 (whether the
message holds a plan of action at all) and T002 (a heading is not shouting) read the same
outline, so they cannot disagree about what the message says.

Every pattern here reads one line of at most ``MAX_HEADING`` characters, or the first
``OPENING_WINDOW`` characters of a paragraph: however long the text, the work per line is
bounded.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from casecheck.packs import Structure
from casecheck.prose import Phrases, numbered, phrase_set, word_count, words

MAX_HEADING = 200
"""A heading is short; longer lines are body text and are not tried."""
MAX_TITLE_WORDS = 8
"""A short line is a heading only up to this many words ("How we will prevent it")."""
MAX_LABEL_WORDS = 8
"""A label before a colon ("Corrective actions taken:") has at most this many words."""
MAX_QUESTION_WORDS = 14
"""A question is a heading up to this many words: sellers copy the form's own questions
("What steps have you taken to prevent this from happening again?")."""
MAX_LINE_LABEL_WORDS = MAX_QUESTION_WORDS
"""A line that ends with a colon, over its paragraph, is the form's question made a title
("Steps we have taken to prevent the issue from happening again:"): as long as a question may
be."""
MAX_CLOSED_TITLE_WORDS = 3
"""A title that ends with a full stop ("Root cause.") is a heading only this short."""
MAX_CJK_TITLE = 24
"""A Chinese or Japanese heading ("二、已经采取的纠正措施") has at most this many characters."""
OPENING_WINDOW = 240
"""How much of a paragraph's start an opening is looked for in: its first sentence or so."""
MIN_SECTION_WORDS = 8
"""A line heads a section only over a paragraph of at least this many words: "Kind regards"
over a name is a sign-off, not a heading."""
MAX_PARAGRAPH = 2000
"""How much of a line its sentences are looked for in: a plan's sentences stand near its start."""
MAX_THREAD = 50_000
"""A mail thread is read message by message only up to the wording rules' ``read_limit``."""
UNSURE_WORDS = 20
"""A paragraph of this many words that no part of a plan without headings owns may be the
part the plan seems to lack: then the outline cannot say that the part is missing."""

_QUOTED = re.compile(r"^[ \t]{0,3}(?:>[ \t]?){1,3}(?=\S)")
"""'> 2. What actions have you taken?': a line quoted as mail quotes it, the form's question
the seller answers below it, is read as the line itself."""
_MARKDOWN = re.compile(r"^ {0,3}#{1,6}[ \t]++(.++)")
"""'## Root cause ##': the title is what follows the marks, without the closing ones."""
_BOLD = re.compile(r"^\s*+(?:\d{1,2}[.)]\s*+)?(\*\*|__)([^*_]{1,120}?)\1\s*+([:：]?)\s*+(.*+)")
_NUMBERING = re.compile(
    r"^\s*+(?:[•·・▪*-][ \t]++)?"
    r"(?:\(\d{1,2}\)|\d{1,2}[.)、．](?!\d)|\d{1,2}\s?[-–—]\s|\([A-Ha-h]\)|[A-Ha-h][.)](?=\s)"
    r"|[A-H]\s?[-–—]\s|[IVX]{1,4}\.(?=\s)|\([ivx]{1,4}\)|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[部分步点、.．,，:：]{0,3}"
    r"|[①-⑳]|[■□●◆◇▶►▪•·・]|(?i:q|question)\s?\d{1,2}\s?[:：.)\-–—]"
    r"|(?i:step|part|section|point)\s?(?:\d{1,2}|[A-Ha-h]|[IVX]{1,4})\s?[:：.)\-–—])\s*+"
)
"""1. 1) (1) 1 - 一、 （一） 第一 ① A. A) (a) A - I. (iv) Step 1: ■: what numbers a heading."""
_BRACKET = re.compile(r"^\s*+[【\[]([^】\]]{1,40})[】\]][:：]?\s*+(.*+)")
"""【原因】, [Root cause]: a title in brackets, as Chinese and Japanese letters head their parts."""
_PLAN_PREFIX = re.compile(
    r"^(?:our\s++)?(?:poa|plan of action|action plan)\s*+(?:[-–#]\s?(?=\d))?"
    r"(?:(?:part|section|step|point|no\.?)\s?(?:\d{1,2}|[A-Ca-c]|[IVX]{1,3})[.)]?|\(\d{1,2}\)"
    r"|\d{1,2}[.)]?)?\s*+[-:–—]\s*+(?=\S)",
    re.IGNORECASE,
)
"""'Our POA (2) - corrective actions', 'Our POA part 1 - Why it happened', 'POA: Root cause',
'Our POA-2: Corrective' (the number joined to the name): the plan's name before the part's."""
_LABEL = re.compile(r"^([^:：.!?。！？]{1,120}?)(?: {0,3}+[:：]|\s[-–—]\s|\s?(?:->|=>|→)\s)")
"""'Root cause: ...', 'Root cause - ...': a label and the text after it."""
_COLUMNS = re.compile(r"^[^\W\d_][^\W_]*+(?: [^\W\d_][^\W_]*+){0,2}"
                      r"(?:[ \t]++[-–—|][ \t]++[^\W\d_][^\W_]*+(?: [^\W\d_][^\W_]*+){0,2}){2,4}"
                      r"[ \t]*+[:：]?[ \t]*+$")
"""'Issue - Cause - Fix', 'Problem | Root cause | Action': the columns of a plan written as a
table, one row a line under it: three columns or more, each of at most three words (a label
and its text, "Root cause - we bought ...", is two)."""
_ROW = re.compile(r"^\s*+\|[ \t]*+([^|\n]{1,60}?)[ \t]*+\|(.*+)")
"""'| Root cause | ... |': a row of a plan written as a Markdown table, its label in the first
cell."""
_PLAIN_ROW = re.compile(
    r"^\s*+([^\W\d_][^\W_]*+(?: [^\W\d_][^\W_]*+){0,2})[ \t]++\|[ \t]++(?=\S)(.*+)")
"""'Root cause      | Our title used ...': a row of a plan typed as a plain-text table, with no
pipe before its first cell, its label (at most three words, as a column's) padded to the pipe."""
_SENTENCE_END = re.compile(r"[.!?,;。！？，；]\s*+$")
_QUESTION = re.compile(r"^([^.!?。！？:：]{3,160}?)[?？](?![?？!！])(?:\s++(?=\S)|\s*+$)")
"""'What was the root cause?' and the text after it: a question as a title. The form's
questions end with one mark: "Why my account is deactivated???" is the seller's own cry."""
_CLOSED = re.compile(r"^([^.!?,;。！？，；]{1,60}?)[.;；]\s*+$")
"""'Root cause.': a Latin-script title closed with a full stop (a Chinese line ending in 。 is a
sentence)."""
_CLOSED_LABEL = re.compile(r"^([^.!?,;:：。！？，；]{1,40}?)\.[ \t]++(?=\S)")
"""'Root cause. When we set up ...': a label closed with a full stop at the start of a paragraph,
as a heading a seller typed inline."""
_SUBJECT = re.compile(r"(?:we|i|it|this|they|he|she|our|my)\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?;。！？；](?=\s|$)|[。！？；]")
"""Where a sentence ends: the tense of a verb is judged from its sentence's opening."""
_CLAUSE_STOP = re.compile(r"[,:;]\s++(?=(?:so|and|but|then|therefore)\s)", re.IGNORECASE)
"""Where a clause of a run-on sentence ends, before the word that joins the next."""
RUN_ON_WORDS = 60
"""A line whose sentences run this many words on average is read clause by clause."""
SENTENCE_REACH = 300
"""How far back a verb's sentence opening is looked for."""
_LIST_ITEM = re.compile(r"\s*+(?:[-•·・]|\*(?!\*))")
"""A bullet: '- ', '* ', '• '; '**' opens a bold heading, not a list item."""
_ADDRESSED = re.compile(
    r"\byou\b(?=.*\b(?:me|us|my|our|i|we)\b)|\b(?:me|us|my|our|i|we)\b(?=.*\byou\b)", re.IGNORECASE)
"""'Why you do this to me?', 'Why did you close our account?': a question in which "you" stands
beside the seller's own "me", "our" or "we" is the seller's question to the reader, not the
form's question (in "What steps have you taken?" the "you" is the seller, and there is no "we")."""
_ASKED = re.compile(r"(?:what|how|why)\b", re.IGNORECASE)
"""'What I have done.', 'How it won't happen again.': a title that asks the form's question,
closed with a full stop, may be as long as a title (its words must still name a part)."""
_REQUEST = re.compile(r"(?:please|kindly|pls|plz)\b", re.IGNORECASE)
"""A line that asks the reader ("Please see attachment.", "Kindly check the file.") is a
sentence."""
_CLAUSE = re.compile(r"(?:we|i|our team|my team)\b", re.IGNORECASE)
"""A heading that is a clause ("We have taken these actions") is a sentence of its part."""
_DEED = re.compile(r"[^\W\d_]+ed\b|(?:already|also|then|made|sent|took|paid|put|set|cut|did)\b",
                   re.IGNORECASE)
"""A line that opens with what was done ("Removed", "Already sent") is a step, not a title."""
_ALREADY = re.compile(r"\balready\b|已经", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")

Found = Literal["heading", "opening", "sentence", "list", "cue", "position"]
"""How a part was found: under its heading, at a paragraph's opening words, at a sentence's
inside a paragraph, at a sentence that introduces a list of what was done (as a heading
would), by a cue anywhere, or by its place between the parts around it."""


@dataclass(frozen=True, slots=True)
class Heading:
    """A line that heads a section, with its title as the seller wrote it, bare."""

    line: int
    title: str
    parts: tuple[str, ...]
    """The parts its title names (several for "Root cause and corrective actions"), or
    ``("plan",)`` for a heading that names the plan of action itself."""
    marked: bool
    """Marked up as a heading (Markdown, bold): a section boundary even when it names no part."""
    inline: bool
    """A label whose text goes on after the colon on the same line ("Root cause: We ...")."""


@dataclass(frozen=True, slots=True)
class Part:
    """Where one part of the message starts, how it was recognised, and the lines under it
    (for a heading, without the heading's own words)."""

    name: str
    line: int
    found: Found
    body: tuple[tuple[int, str], ...]

    @property
    def text(self) -> str:
        return "\n".join(text for _, text in self.body)


def own_words(part: Part, headings: Sequence[Heading]) -> str:
    """What ``part`` says itself: its text without the label that opens it when the outline
    kept the label on its first line for the tense it gives the steps ("What I will change: I
    understand now that this was wrong." is read for its substance from "I understand")."""
    first = part.body[0] if part.found == "heading" and part.body else None
    heading = next((h for h in headings if h.line == part.line and h.inline), None)
    if first is None or heading is None or first[0] != part.line:
        return part.text
    shape = _shape(first[1])
    if shape is None or shape.inline is None or shape.title != heading.title:
        return part.text
    return "\n".join((shape.inline, *(text for _, text in part.body[1:])))


@dataclass(frozen=True)
class Outline:
    headings: tuple[Heading, ...]
    parts: Mapping[str, Part]
    """The first place of each part found, by heading, paragraph opening, cue or position."""
    plan_line: int | None
    """The line of a heading that names the plan of action itself ("Plan of Action", "Our POA")."""
    plan_parts: tuple[str, ...]
    min_parts: int
    unsure: frozenset[str] = frozenset()
    """Parts the outline did not find but cannot rule out: a plan written without headings
    has an unowned paragraph where the part would stand."""
    lead_line: int | None = None
    """The first paragraph of the letter past its greeting: where a letter without headings
    says what happened."""
    section_lines: frozenset[int] = frozenset()
    """In a plan with headings, the short lines that stand over a paragraph as its headings
    do, whether or not the lexicon knows their words ("OUR NEW ROUTINE")."""
    alone: frozenset[str] = frozenset()
    """The parts found in words only a plan of action uses, so that the message holds a plan
    even when that part is all it gives (see ``has_plan``)."""
    disputed: bool = False
    """The letter contests the violation ("these complaints are not true"): what it found is
    its case against the complaint, not the root cause of a plan."""
    doubts: Mapping[str, tuple[Part, ...]] = field(default_factory=dict)
    """For a part of ``unsure`` in a plan with headings, the sections in its place that may be
    it ("What happened" over words no lexicon knows): if each says nothing, as a part there in
    name only says nothing ("We're not sure what triggered this"), the part is missing."""
    empty: Mapping[str, int] = field(default_factory=dict)
    """The line of each part's heading left with nothing under it: the part is missing, and
    T003 says where its heading stands, so the seller sees which heading to fill in."""

    def where(self, name: str) -> int | None:
        """The line of the first heading that names part ``name``."""
        return next((h.line for h in self.headings if name in h.parts), None)

    def told_at(self, facts: str) -> int | None:
        """Where the letter says what happened: the heading of its ``facts`` part, else its
        first paragraph. An ID and the policy an appeal answers belong there (I009, T007)."""
        return self.where(facts) or self.lead_line

    @property
    def heading_lines(self) -> frozenset[int]:
        """The lines that head a section: a heading is not shouting (T002)."""
        return frozenset(h.line for h in self.headings) | self.section_lines

    def has_plan(self) -> bool:
        """The message holds a plan of action: a heading names it or one of its parts, or
        enough of its parts open their paragraphs."""
        if self.plan_line is not None:
            return True
        found = [self.parts[name] for name in self.plan_parts if name in self.parts]
        if any(p.found in ("heading", "list") for p in found) or len(found) >= self.min_parts:
            return True
        # A plan of one part: prevention promised in a paragraph of its own ("From here on,
        # our prices ... will be capped"), or a cause named as the plan names it ("The root
        # cause is: ..."). A letter without a plan says what it did or sent, never these.
        if any(p.name in self.alone for p in found):
            return True
        # A paragraph that opens as the root cause ("The problem started because ...") is a
        # plan's first part: the letter has begun a plan, and lacks the rest of it.
        cause = self.parts.get(self.plan_parts[0]) if self.plan_parts else None
        return cause is not None and cause.found == "opening" and cause.line != self.lead_line \
            and not self.disputed

    def missing(self) -> list[str]:
        """The parts of the plan that the message lacks, as far as the outline can tell."""
        return [name for name in self.plan_parts
                if name not in self.parts and name not in self.unsure]


@dataclass(frozen=True, slots=True)
class _Shape:
    title: str
    marked: bool
    inline: str | None
    """The text after a label's colon, when the label starts a paragraph."""
    short: bool
    """Short enough, and without a sentence's end, to be a heading on its own line."""
    question: bool = False
    """A question: a title when it is the form's ("What was the root cause?"), not when it
    asks the reader for something ("Could you tell us which orders have the problem?")."""


def _is_short(title: str, limit: int = MAX_TITLE_WORDS) -> bool:
    if _SENTENCE_END.search(title) or not _LETTER.search(title):
        return False
    cjk = len(_CJK.findall(title))
    if cjk:
        return cjk <= MAX_CJK_TITLE and len(words(_CJK.sub(" ", title))) <= MAX_LABEL_WORDS
    return len(words(title)) <= limit


def _titled_label(label: str) -> bool:
    """A longer label is a heading when it is a title, not a clause: "Steps we will take to
    prevent it in the future: every computer ..." is; "We have checked all our listings: ..."
    is a sentence."""
    return not _CJK.search(label) and not _SUBJECT.match(label) \
        and not _CLAUSE_AFTER.search(label) and len(words(label)) <= MAX_LINE_LABEL_WORDS


_COLON_LABEL = re.compile(r"^[^:：|\n]{1,80}[:：][ \t]*+\S")
"""'Problem: we used ...': a label closed with a colon and its text, not a table's row
('Note | Rows below ...') nor a dash between two words."""
_TRANSLATED = re.compile(r"[/|][ \t]*+[^\W\d_][^.!?,;:。！？，；：/|\n]{0,40}")
"""'/ কারণ' after a bold heading: the same title in the seller's own language."""
_DASH_LABEL = re.compile(r"^[^:：|\n]{1,80}?\s[-–—]\s++\S")
"""'Fix done - all the stock ...': a label closed with a dash between spaces, and its text."""
_CLAUSE_AFTER = re.compile(r",\s*+(?:we|i)\b", re.IGNORECASE)
"""'For the future, I've put a simple rule in place: ...': a clause after a comma makes the
words before the colon a sentence, not a title."""


def _label_words(label: str) -> bool:
    cjk = len(_CJK.findall(label))
    if cjk:
        return cjk <= MAX_CJK_TITLE
    return 0 < len(words(label)) <= MAX_LABEL_WORDS


@lru_cache(maxsize=4096)
def _shape(line: str) -> _Shape | None:
    """What ``line`` would head if it were a heading: its bare title and its kind. A label
    ("Root cause: ...") is read in the first ``MAX_HEADING`` characters of a line of any length."""
    if not line.strip():
        return None
    line = _after(_QUOTED, line)
    head = line[:MAX_HEADING]
    if len(line) <= MAX_HEADING:
        markdown = _MARKDOWN.match(line)
        if markdown:
            title = _bare(markdown.group(1).rstrip(" \t#"))
            return _Shape(title, True, None, True) if title else None
    bold = _BOLD.match(head)
    if bold:
        title = _bare(bold.group(2))
        rest = (bold.group(4) + line[MAX_HEADING:]).strip()
        labelled = bool(bold.group(3)) or bold.group(2).rstrip().endswith((":", "："))
        if not title:
            return None
        if not rest:
            return _Shape(title, True, None, True)
        if not labelled and _TRANSLATED.fullmatch(rest):
            # "**Root cause** / কারণ": the heading, then its translation after a slash
            return _Shape(title, True, None, True)
        return _Shape(title, False, rest, False) if labelled else None
    numbered_body = _after(_NUMBERING, head).lstrip()
    unprefixed = _after(_PLAN_PREFIX, numbered_body)
    body = unprefixed.strip()
    prefix = numbered_body[:len(numbered_body) - len(unprefixed)]
    if prefix.strip() and _CLAUSE.match(body):
        # "Action plan: we are going to disconnect the repricer": the plan's name labels the
        # clause after it, its steps (as "POA: Root cause" names the part after it)
        title = prefix.strip(" \t-:：–—")
        return _Shape(title, False, (unprefixed + line[MAX_HEADING:]).strip(), False)
    if len(line) <= MAX_HEADING and _COLUMNS.match(body):
        title = _bare(body)
        return _Shape(title, False, None, True) if title else None
    row = _ROW.match(head)
    if row:
        # "| Root cause | 41 speakers from lot PR-2512 had ... |"
        shaped = _row(row.group(1), row.group(2), line)
        return shaped if shaped is not None and _label_words(shaped.title) else None
    row = _PLAIN_ROW.match(head)
    if row and _label_words(row.group(1)):
        # the same row typed without the table's outer pipes, as a seller pads it in plain text
        return _row(row.group(1), row.group(2), line)
    bracket = _BRACKET.fullmatch(body)
    if bracket:
        title = _bare(bracket.group(1))
        rest = (bracket.group(2) + line[MAX_HEADING:]).strip()
        return _Shape(title, not rest, rest or None, not rest) if title else None
    label = _LABEL.match(body)
    if label and (_label_words(label.group(1)) or _titled_label(label.group(1))):
        title = _bare(label.group(1))
        rest = (body[label.end():] + line[MAX_HEADING:]).strip()
        return _Shape(title, False, rest or None, not rest) if title else None
    question = _QUESTION.match(body)
    if question and len(words(question.group(1))) <= MAX_QUESTION_WORDS:
        title = _bare(question.group(1))
        rest = (body[question.end():] + line[MAX_HEADING:]).strip()
        return _Shape(title, False, rest or None, not rest, question=True) if title else None
    closed_label = _CLOSED_LABEL.match(body)
    numbered_line = _NUMBERING.match(head) is not None and head.lstrip()[:1].isalnum()
    if closed_label and _closed_title(closed_label.group(1), numbered_line):
        title = _bare(closed_label.group(1))
        rest = (body[closed_label.end():] + line[MAX_HEADING:]).strip()
        return _Shape(title, False, rest, False) if title else None
    if len(line) > MAX_HEADING:
        return None
    closed = _CLOSED.match(body)
    if closed and _closed_title(closed.group(1)):
        title = _bare(closed.group(1))
        return _Shape(title, False, None, _is_short(title)) if title else None
    title = _bare(body)
    limit = MAX_LINE_LABEL_WORDS if body.endswith((":", "：")) else MAX_TITLE_WORDS
    return _Shape(title, False, None, _is_short(title, limit)) if title else None


def _closed_title(title: str, numbered_line: bool = False) -> bool:
    """A title closed with a full stop is a heading only when short and not a sentence: "Root
    cause." is, "We are sorry.", "Please see attachment." and a Chinese line ending in a stop
    are not. A numbered one
    may be as long as a title ("3. Measures for the future. Our client will ..."), unless it
    opens with what was done ("2. Removed the old listing from the store. Then ..."); so may
    one that asks the form's question ("How it won't happen again.")."""
    longer = (numbered_line and not _DEED.match(title.strip())) or _ASKED.match(title.strip())
    limit = MAX_TITLE_WORDS if longer else MAX_CLOSED_TITLE_WORDS
    return (len(words(title)) <= limit and not _SUBJECT.match(title.strip())
            and not _REQUEST.match(title.strip()) and not _CJK.search(title))


def _after(pattern: re.Pattern[str] | Phrases, text: str) -> str:
    """``text`` without what ``pattern`` matches at its start."""
    match = pattern.match(text)
    return text[match.end():] if match else text


def _row(label: str, cells: str, line: str) -> _Shape | None:
    """A table's row: its label heads the text of the cells after it, as a label before a
    colon does."""
    title = _bare(label)
    rest = " ".join(cell.strip() for cell in (cells + line[MAX_HEADING:]).split("|")).strip()
    return _Shape(title, False, rest, False) if title and rest else None


def _bare(title: str) -> str:
    """A title without markup, surrounding punctuation, numbering or a plan's name."""
    title = title.strip().strip("*_#").strip()
    title = _after(_PLAN_PREFIX, _after(_NUMBERING, title).lstrip())
    return title.strip(" \t*_:：-–—").strip()


_JOINED = re.compile(r"\s(?:and|&|\+|/|[-–—|])\s|[/&+、和及与]", re.IGNORECASE)
"""'Corrective and preventive actions', 'Root cause / actions', the columns 'Issue - Cause -
Fix': one heading for two parts."""


def _names(title: str, structure: Structure) -> tuple[str, ...]:
    """The part ``title`` names (the one named first, or the one its steps are for), several
    when the title joins them ("Corrective and preventive actions"); ("plan",) for the plan of
    action itself."""
    found: list[tuple[int, str]] = []
    # Each column of "Issue - Cause - Fix" is a title of its own: "^fix$" names the actions.
    columns = [(0, title)]
    cuts = [0, *(end for joint in _JOINED.finditer(title) for end in joint.span()), len(title)]
    if len(cuts) > 2:
        columns += [(start, title[start:end].strip())
                    for start, end in zip(cuts[::2], cuts[1::2], strict=True)]
    for name, part in structure.parts.items():
        headings = phrase_set(tuple(part.headings))
        at = next((offset + match.start() for offset, column in columns
                   if (match := headings.search(column))), None)
        if at is not None:
            found.append((at, name))
    if found:
        ordered = tuple(name for _, name in sorted(found))
        if _JOINED.search(title):
            return ordered
        # "Summary of changes for the future", "Details of our fix": the facts' word opens a
        # title that names a part of the plan, and the part is what the section holds.
        if len(ordered) > 1 and ordered[0] == structure.facts_part:
            ordered = ordered[1:]
        # "Steps taken to prevent this from happening again", the form's "What steps have you
        # taken to prevent ...?": the steps are the prevention's, though "steps taken" opens.
        meant = [name for name in ordered if structure.parts[name].purposes
                 and phrase_set(tuple(structure.parts[name].purposes)).search(title)]
        return tuple(meant[:1]) or ordered[:1]
    if phrase_set(tuple(structure.plan_headings)).search(title):
        return ("plan",)
    return ()


def _signature(lines: Sequence[tuple[int, str]], structure: Structure) -> frozenset[int]:
    """The lines that sign the letter under its sign-off ("Best regards," over the name, the
    title and the company, "Safeguard Supply Co."), up to the next blank line: no heading."""
    if not structure.signoffs:
        return frozenset()
    signoff = phrase_set(tuple(structure.signoffs))
    signed: set[int] = set()
    under = 0  # lines still open to a signature under the sign-off: one blank line may come first
    within = False  # in the signature
    for number, line in lines:
        if not line.strip():
            within, under = False, under - 1 if under else 0
        elif within or under:
            signed.add(number)
            under, within = 0, True
        elif signoff.search(line):
            under = 2
    return frozenset(signed)


def _headings(lines: Sequence[tuple[int, str]], structure: Structure) -> list[Heading]:
    found = []
    signed = _signature(lines, structure)
    for number, line in lines:
        if number in signed:
            continue  # "Best regards," / "Safeguard Supply Co.": the letter's signature
        shape = _shape(line)
        if shape is None:
            continue
        if shape.question and (_ADDRESSED.search(shape.title) or (
                structure.requests and phrase_set(tuple(structure.requests)).search(shape.title))):
            continue
        names = _names(shape.title, structure)
        if names == ("plan",) and structure.plan_documents \
                and phrase_set(tuple(structure.plan_documents)).search(shape.title):
            continue  # "1. Plan of action (PDF, 3 pages)": an attachment, listed
        if shape.inline is not None:
            if names and (names != ("plan",) or _plan_label(shape, structure)):
                found.append(Heading(number, shape.title, names, False, True))
        elif shape.marked or (shape.short and names):
            found.append(Heading(number, shape.title, names, shape.marked, False))
    return found


def _plan_label(shape: _Shape, structure: Structure) -> bool:
    """"Action plan: we are going to disconnect the repricer ...": the plan's name as the label
    of a paragraph heads its steps; "We have a plan of action: ..." is a sentence, and "POA:
    see the attached PDF" names a document."""
    documents = phrase_set(tuple(structure.plan_documents)) if structure.plan_documents else None
    return len(words(shape.title)) <= MAX_CLOSED_TITLE_WORDS and not _CLAUSE.match(shape.title) \
        and not (documents and documents.search(shape.inline or ""))


def _planned_after_done(headings: list[Heading], structure: Structure,
                        plan_parts: Sequence[str]) -> list[Heading]:
    """"Actions we took" then "Actions we will take": when a plan heads what it did and then
    what it will do, and no heading names the prevention, the later heading is the
    prevention ("What we will do in future" names the actions first, the future after)."""
    if len(plan_parts) != 3:
        return headings
    _, corrective, prevention = plan_parts
    if any(prevention in h.parts for h in headings):
        return headings
    planned = phrase_set(tuple(structure.planned))
    done = next((h for h in headings if h.parts == (corrective,)), None)
    if done is None or planned.search(done.title):
        return headings
    return [replace(h, parts=(prevention,))
            if h.line > done.line and h.parts == (corrective,) and planned.search(h.title) else h
            for h in headings]


def _paragraph_starts(body: Sequence[tuple[int, str]]) -> list[int]:
    """Indexes into ``body`` of the lines that start a paragraph."""
    starts, blank = [], True
    for index, (_, text) in enumerate(body):
        if text.strip() and blank:
            starts.append(index)
        blank = not text.strip()
    return starts


def _opening(text: str, structure: Structure, names: Iterable[str]) -> str | None:
    """The part whose opening starts ``text`` (after a connector such as "Also,")."""
    start = text[:OPENING_WINDOW].lstrip(" \t-*•·・>")
    connector = phrase_set(tuple(structure.connectors)).match(start)
    # A connector may be an opening's own first word: "So that this never happens again".
    starts = (start, start[connector.end():]) if connector else (start,)
    for name in names:
        openings = structure.parts[name].openings
        if openings and any(phrase_set(tuple(openings)).match(s) for s in starts):
            return name
    return None


Paragraph = tuple[int, list[tuple[int, str]]]
"""The line a paragraph starts on, and its lines."""


def _paragraphs(body: Sequence[tuple[int, str]]) -> list[Paragraph]:
    starts = _paragraph_starts(body)
    return [(body[index][0], list(body[index:starts[n + 1] if n + 1 < len(starts) else None]))
            for n, index in enumerate(starts)]


def outline(text: str, structure: Structure, plan_parts: Sequence[str] | None = None,
            actions_begin: bool = True) -> Outline:
    """The outline of ``text`` under the pack's ``structure``; ``plan_parts`` are the parts of
    a plan of action (by default those of the first case type that has one). ``actions_begin``:
    whether a paragraph of changes told on its own begins a plan (``_changes_told``), as it
    does where the case type must hold one (its ``actions_begin_plan``)."""
    if plan_parts is None:
        plan_parts = next((t.plan_of_action for t in structure.types.values() if t.plan_of_action),
                          [])
    found = _outline(text, structure, plan_parts, actions_begin)
    return _with_thread(found, text, structure, plan_parts, actions_begin)


def _with_thread(found: Outline, text: str, structure: Structure,
                 plan_parts: Sequence[str], actions_begin: bool) -> Outline:
    """A mail thread with the newest message on top ("-------- Original message --------"
    over the first letter, ``thread_markers``): each earlier message is read on its own, in its
    own order, and a part of the plan only it gives (the root cause told in the first letter
    under the actions of the reply) is the thread's. What the whole text gave stays as it is."""
    if not structure.thread_markers or len(text) > MAX_THREAD:
        return found
    markers = phrase_set(tuple(structure.thread_markers))
    lines = numbered(text)
    cuts = [number for number, line in lines
            if len(line) <= MAX_HEADING and markers.search(line)]
    if not cuts:
        return found
    parts = dict(found.parts)
    plan_line = found.plan_line
    # what a part may be where it seems lacking is judged in each message on its own: the first
    # letter's cause, read as the whole text, may stand where the reply's prevention would
    unsure = set(_outline("\n".join(line for _, line in lines[:cuts[0] - 1]), structure,
                          plan_parts, actions_begin).unsure)
    for at, cut in enumerate(cuts):
        end = cuts[at + 1] - 1 if at + 1 < len(cuts) else len(lines)
        earlier = _outline("\n".join(line for _, line in lines[cut:end]), structure, plan_parts,
                           actions_begin)
        # the message's line 1 is the text's line cut + 1
        for name, part in earlier.parts.items():
            if name not in parts:
                parts[name] = Part(name, part.line + cut, part.found,
                                   tuple((n + cut, t) for n, t in part.body))
        if plan_line is None and earlier.plan_line is not None:
            plan_line = earlier.plan_line + cut
        unsure |= earlier.unsure
    if parts == dict(found.parts) and plan_line == found.plan_line:
        return found
    return replace(found, parts=parts, plan_line=plan_line,
                   unsure=frozenset(unsure - set(parts)),
                   alone=found.alone | _alone(parts, structure, plan_parts, text,
                                                 found.lead_line, found.disputed,
                                                 actions_begin))


def _outline(text: str, structure: Structure, plan_parts: Sequence[str],
             actions_begin: bool) -> Outline:
    lines = numbered(text)
    headings = _planned_after_done(_headings(lines, structure), structure, plan_parts)
    parts: dict[str, Part] = {}
    plan_line = next((h.line for h in headings if h.parts == ("plan",)), None)

    # Sections run from one heading to the next; the text before the first is the lead.
    starts = {h.line: h for h in headings}
    sections: list[tuple[Heading | None, list[tuple[int, str]]]] = [(None, [])]
    planned = phrase_set(tuple(structure.planned))
    for number, line in lines:
        heading = starts.get(number)
        if heading is not None:
            shape = _shape(line)
            # "We have done the following: ..." says it itself; so does "What we're going to
            # do: find two new suppliers ...", whose steps have no tense of their own
            if _CLAUSE.match(heading.title) or planned.search(heading.title):
                first = [(number, line)]
            else:
                first = [(number, shape.inline)] if shape is not None and shape.inline else []
            sections.append((heading, first))
        else:
            sections[-1][1].append((number, line))

    # A heading's part holds its section; an inline label's only its own paragraph, and the
    # paragraphs after it unless one of them opens as another part.
    flow: list[tuple[Heading | None, Paragraph]] = []
    for heading, body in sections:
        named = [n for n in heading.parts if n in plan_parts] if heading is not None else []
        if heading is not None and named and not heading.inline:
            for name in named:
                _extend(parts, name, heading.line, "heading", body)
            flow.append((heading, (heading.line, [])))
            continue
        paragraphs = _paragraphs(body)
        if heading is not None:
            own = paragraphs.pop(0) if named and paragraphs else (heading.line, [])
            for name in named:
                _extend(parts, name, heading.line, "heading", own[1])
            flow.append((heading, own))
        flow += [(None, paragraph) for paragraph in paragraphs]
    _by_openings(flow, structure, plan_parts, parts)
    _actions_under_plan(sections, structure, parts)

    headed = any(set(h.parts) & set(plan_parts) for h in headings)
    unsure: frozenset[str] = frozenset()
    section_lines: frozenset[int] = frozenset()
    doubts: dict[str, tuple[Part, ...]] = {}
    if headed:
        _owned_in_notice(flow, structure, plan_parts, parts)
        _openings_in_sections(sections, structure, plan_parts, parts)
        # "... and the account is deactivated. The reason: we use ..." before the first heading
        _openings_in_sentences(flow, structure, plan_parts, parts)
        section_lines, unsure, doubts = _by_place(lines, headings, structure, plan_parts, parts)
    else:
        _openings_in_sentences(flow, structure, plan_parts, parts)
        _planned_before_prevention(lines, structure, plan_parts, parts)
        _planned_after_cause(flow, structure, plan_parts, parts)
        # the actions found at a sentence inside their paragraph ("We apologize again. We
        # have removed ..."): what "we will" do after them is the prevention, as after a
        # paragraph that opens with them
        _prevention_by_position(flow, structure, plan_parts, parts)
        # Without a single plan heading, a phrase anywhere may still name a part.
        for name in plan_parts:
            cues = structure.parts[name].cues if name not in parts else []
            match = phrase_set(tuple(cues)).search(text) if cues else None
            if match:
                at = text.count("\n", 0, match.start()) + 1
                parts[name] = Part(name, at, "cue", ((at, lines[at - 1][1]),))
        unsure = _unsure(flow, structure, plan_parts, parts)
    empty: dict[str, int] = {}
    if not (structure.plan_attached and phrase_set(tuple(structure.plan_attached)).search(text)):
        empty = _drop_empty(parts, headings, lines, plan_parts)
    lead = _lead_line(lines, structure)
    disputed = bool(structure.disputes) and bool(phrase_set(tuple(structure.disputes)).search(text))
    found = Outline(tuple(headings), parts, plan_line, tuple(plan_parts), structure.min_parts,
                    unsure, lead, section_lines,
                    _alone(parts, structure, plan_parts, text, lead, disputed, actions_begin),
                    disputed, doubts, empty)
    # A measure that stays, told among the actions, completes a plan; it never makes one.
    if found.has_plan() and _standing_in_actions(structure, plan_parts, parts, unsure):
        return replace(found, parts=parts)
    return found


def _owned_in_notice(flow: Sequence[tuple[Heading | None, Paragraph]], structure: Structure,
                     plan_parts: Sequence[str], parts: dict[str, Part]) -> None:
    """In a plan with headings, the paragraph before the first of them that opens by owning
    the violation, with the seller's own act as its reason ("We violated the drop shipping
    policy because we bought from other retailers ..."), gives the part that ``owned`` names
    (the root cause), when no other place gives it."""
    for name in plan_parts[:1]:
        owned = structure.parts[name].owned
        if name in parts or not owned:
            continue
        first = next(((line, paragraph) for heading, (line, paragraph) in flow
                      if heading is None and any(t.strip() for _, t in paragraph)
                      and len(words(" ".join(t for _, t in paragraph))) >= MIN_SECTION_WORDS),
                     None)
        headed = min((heading.line for heading, _ in flow if heading is not None), default=0)
        if first is None or first[0] > headed or not _in_order(name, first[0], plan_parts, parts):
            continue
        said = " ".join(t for _, t in first[1]).strip()
        if phrase_set(tuple(owned)).match(said):
            parts[name] = Part(name, first[0], "opening", tuple(first[1]))


def _lead_line(lines: Sequence[tuple[int, str]], structure: Structure) -> int | None:
    """The first paragraph past the greeting, where the letter says what happened: one long
    enough to say it, or a shorter one that refers to the notice as the facts open ("About our
    cancel rate of 3.9%:" over the list of what was done)."""
    facts = structure.parts.get(structure.facts_part) if structure.facts_part else None
    told = phrase_set(tuple(facts.openings)) if facts is not None and facts.openings else None
    for line, paragraph in _paragraphs(lines):
        said = " ".join(t for _, t in paragraph)
        if len(words(said)) >= MIN_SECTION_WORDS or (
                told is not None and sum(bool(t.strip()) for _, t in paragraph) == 1
                and told.match(said.strip())):
            return line
    return None


def _drop_empty(parts: dict[str, Part], headings: Sequence[Heading],
                lines: Sequence[tuple[int, str]], plan_parts: Sequence[str]) -> dict[str, int]:
    """A heading left with nothing under it ("ROOT CAUSE" over "ACTIONS TAKEN", a form's
    heading the seller never filled in) gives no part: the next line with words heads another
    part of the plan, or the text ends. (A heading over a sub-heading of its own, "## Root
    cause" over "**Supplier error**", is not empty: the sub-heading names no part; and a cover
    letter's empty headings over "Please see the attached POA" point to the plan attached.)
    Returns the line of each heading dropped, by the part it named."""
    by_line = {h.line: h for h in headings}
    dropped: dict[str, int] = {}
    for name, part in list(parts.items()):
        heading = by_line.get(part.line)
        if part.found != "heading" or heading is None or heading.inline \
                or any(c.isalnum() for _, text in part.body for c in text):
            continue
        after = next(((n, t) for n, t in lines[part.line:] if t.strip()), None)
        following = by_line.get(after[0]) if after is not None else None
        if after is None or (following is not None
                             and set(following.parts) & set(plan_parts) - set(heading.parts)):
            dropped[name] = part.line
            del parts[name]
    # A blank template sent as the plan ("Root cause: ____" / "Corrective actions: ____"): when
    # every part found holds only blanks or marks in its own paragraph, and no words, the text
    # holds no plan yet (what follows the last one is the letter's close).
    found = [parts[name] for name in plan_parts if name in parts]
    if found and all(part.found == "heading" and _blank_paragraph(part) for part in found):
        for part in found:
            dropped[part.name] = part.line
            del parts[part.name]
    return dropped


def _blank_paragraph(part: Part) -> bool:
    """The first paragraph of ``part`` holds marks and no words ("______", "...")."""
    own: list[str] = []
    for _, text in part.body:
        if text.strip():
            own.append(text)
        elif own:
            break
    return bool(own) and not any(c.isalnum() for text in own for c in text)


def _standing_in_actions(structure: Structure, plan_parts: Sequence[str], parts: dict[str, Part],
                         unsure: frozenset[str]) -> bool:
    """A plan that heads only its actions may tell its prevention among them: "- We shall
    buy future stock only from the authorised distributor", "We will inspect every returned
    unit". The first sentence of the actions that says a measure that stays (the
    prevention's ``standing``) starts the prevention, which holds it and what follows; the
    actions keep their text (T003 judges their tense on all of it). Returns whether it found
    the prevention so."""
    if len(plan_parts) != 3:
        return False
    _, corrective, prevention = plan_parts
    standing = structure.parts[prevention].standing
    part = parts.get(corrective)
    if prevention in parts or prevention in unsure or part is None or not standing:
        return False
    stays = phrase_set(tuple(standing))
    closing = phrase_set(tuple(structure.closings)) if structure.closings else None
    actions = _until_closing(part.body, closing)
    for at, (line, text) in enumerate(actions):
        match = stays.search(text[:MAX_PARAGRAPH])
        if match is None:
            continue
        stops = [stop.end() for stop in _SENTENCE_STOP.finditer(text, 0, match.start())]
        start = stops[-1] if stops else 0
        body = ((line, text[start:].lstrip()), *actions[at + 1:])
        parts[prevention] = Part(prevention, line, "sentence", body)
        return True
    return False


def _actions_under_plan(sections: Sequence[tuple[Heading | None, list[tuple[int, str]]]],
                        structure: Structure, parts: dict[str, Part]) -> None:
    """"Our action plan:" over "1) We will cancel the 14 open orders ...": a heading that
    names the plan itself, over steps that no part claims, heads the corrective actions (done
    or only planned, as its steps say)."""
    corrective = structure.done_part
    if corrective in parts:
        return
    owned = {line for part in parts.values() for line, _ in part.body}
    planned = phrase_set(tuple(structure.planned))
    for heading, body in sections:
        if heading is None or heading.parts != ("plan",):
            continue
        steps = [(n, t) for n, t in body if t.strip() and n not in owned]
        said = "\n".join(t for _, t in steps)
        if len(words(said)) >= MIN_SECTION_WORDS \
                and (planned.search(said) or said_done(said, structure) is not None):
            parts[corrective] = Part(corrective, heading.line, "list", tuple(steps))
            return


def _alone(parts: Mapping[str, Part], structure: Structure, plan_parts: Sequence[str],
           text: str, lead: int | None, disputed: bool, actions_begin: bool) -> frozenset[str]:
    """The parts that make a plan on their own: the prevention, found at its paragraph's or
    sentence's opening words ("Going forward we'll ...") over at least ``UNSURE_WORDS`` words
    (a measure told, not the promise "In the future we will follow all policies") that do
    not close the letter ("From now on please reinstate us"); the root cause and the
    corrective actions, when their first words name them as a plan's part does (their
    ``cues``: "The root cause is", "I will solve the problem like this"); and the corrective
    actions told in a paragraph of their own (``_changes_told``), where ``actions_begin``."""
    if len(plan_parts) != 3:
        return frozenset()
    cause, corrective, prevention = plan_parts
    closing = phrase_set(tuple(structure.closings)) if structure.closings else None
    alone = set()
    part = parts.get(prevention)
    if part is not None and part.found in ("opening", "sentence"):
        opened = _paragraphs(part.body)
        first = opened[0][1] if opened else []
        said = " ".join(t for _, t in first)
        if len(words(said)) >= UNSURE_WORDS and not (closing and closing.search(said)):
            alone.add(prevention)
    for name in (cause, corrective):
        part = parts.get(name)
        cues = structure.parts[name].cues if part is not None else []
        opening = part.text.lstrip()[:OPENING_WINDOW] if part is not None else ""
        if part is not None and cues and phrase_set(tuple(cues)).match(opening):
            alone.add(name)
    part = parts.get(corrective)
    if actions_begin and part is not None and not disputed and part.line != lead \
            and _changes_told(part, structure, text, closing):
        alone.add(corrective)
    return frozenset(alone)


def _changes_told(part: Part, structure: Structure, text: str, closing: Phrases | None) -> bool:
    """Whether the corrective actions, found at their paragraph's opening past the paragraph
    that tells the notice, are a plan's part on their own: a paragraph of at least
    ``UNSURE_WORDS`` words that says what was changed in the seller's business ("Since then we
    have removed the employee's permissions, deleted the templates and contacted the six
    buyers"). A paragraph that tells only what was given to Amazon or asked of others (the
    part's ``submitted``: "I have now uploaded my passport and a utility bill", "We have
    contacted the rights owner to ask for a retraction") is the appeal's evidence; one that
    asks for the account in the same breath ("We have put the prices back. Please reactivate
    us", ``closings``) tells a fix on the way to the request; and a cover letter that says its
    plan is attached sums the plan up, it does not give it."""
    if part.found != "opening":
        return False
    opened = _paragraphs(part.body)
    said = " ".join(t for _, t in opened[0][1]) if opened else ""
    submitted = structure.parts[part.name].submitted
    attached = structure.plan_attached
    return len(words(said)) >= UNSURE_WORDS and not (closing and closing.search(said)) \
        and not (submitted and phrase_set(tuple(submitted)).search(said)) \
        and not (attached and phrase_set(tuple(attached)).search(text)) \
        and said_done(said, structure) is not None


def _extend(parts: dict[str, Part], name: str, line: int, found: Found,
            body: Sequence[tuple[int, str]]) -> None:
    earlier = parts.get(name)
    if earlier is None:
        parts[name] = Part(name, line, found, tuple(body))
    else:
        parts[name] = Part(name, earlier.line, earlier.found, (*earlier.body, *body))


def _by_openings(
    flow: list[tuple[Heading | None, Paragraph]], structure: Structure,
    plan_parts: Sequence[str], parts: dict[str, Part],
) -> None:
    """Give each part no heading names the paragraph that opens as it, with the paragraphs
    after it up to the next one that opens as another part, or the next heading."""
    headed = set(parts)
    current: list[str] = []
    for heading, (line, paragraph) in flow:
        if heading is not None:
            current = [n for n in heading.parts if n in plan_parts and heading.inline]
            continue
        wanted = [name for name in plan_parts if name not in parts]
        name = _opening(paragraph[0][1], structure, wanted) if wanted else None
        if name is not None:
            parts[name] = Part(name, line, "opening", tuple(paragraph))
            current = [name]
        else:
            for owner in current:
                _extend(parts, owner, line, "opening", paragraph)
    if not headed & set(plan_parts):
        _corrective_by_position(flow, structure, plan_parts, parts)
    _prevention_by_position(flow, structure, plan_parts, parts)


def _corrective_by_position(
    flow: list[tuple[Heading | None, Paragraph]], structure: Structure,
    plan_parts: Sequence[str], parts: dict[str, Part],
) -> None:
    """A plan written without headings gives its root cause, its actions and its prevention
    in that order: a paragraph between the root cause and the prevention that says what
    "we will" do is the corrective part, only planned (T003's not-done). A plan that gives no
    cause starts past the paragraph that tells what happened ("Our listing was removed on 3
    March"): what "we are going to" do next is still its actions."""
    if len(plan_parts) != 3:
        return
    cause, corrective, prevention = plan_parts
    if corrective in parts or prevention not in parts:
        return
    lead = next((line for heading, (line, paragraph) in flow if heading is None
                 and len(words(" ".join(t for _, t in paragraph))) >= MIN_SECTION_WORDS), None)
    first = parts[cause].line if cause in parts else lead
    if first is None:
        return
    last = parts[prevention].line
    planned = phrase_set(tuple(structure.planned))
    for heading, (line, paragraph) in flow:
        if heading is None and first < line < last and planned.match(paragraph[0][1].lstrip()):
            parts[corrective] = Part(corrective, line, "position", tuple(paragraph))
            return


def _planned_after_cause(
    flow: list[tuple[Heading | None, Paragraph]], structure: Structure,
    plan_parts: Sequence[str], parts: dict[str, Part],
) -> None:
    """A short plan without headings that gives its cause and then one paragraph of what
    "we will" do ("We will change the pricing rule and set a maximum price") has given its
    corrective actions, only planned: the prevention is what it then lacks."""
    if len(plan_parts) != 3:
        return
    cause, corrective, prevention = plan_parts
    if cause not in parts or corrective in parts or prevention in parts:
        return
    planned = phrase_set(tuple(structure.planned))
    closing = phrase_set(tuple(structure.closings)) if structure.closings else None
    start = parts[cause].line
    for heading, (line, paragraph) in flow:
        said = "\n".join(text for _, text in paragraph)
        if heading is None and line > start and planned.match(paragraph[0][1].lstrip()) \
                and not (closing and closing.search(said)):
            parts[corrective] = Part(corrective, line, "position", tuple(paragraph))
            return


def _prevention_by_position(
    flow: list[tuple[Heading | None, Paragraph]], structure: Structure,
    plan_parts: Sequence[str], parts: dict[str, Part],
) -> None:
    """After the corrective actions of a plan without headings, a paragraph that says what
    "we will" do is the preventive measures, unless it closes the letter ("We will be
    grateful if you reinstate our account")."""
    if len(plan_parts) != 3:
        return
    _, corrective, prevention = plan_parts
    if prevention in parts or corrective not in parts:
        return
    planned = phrase_set(tuple(structure.planned))
    closing = phrase_set(tuple(structure.closings)) if structure.closings else None
    content = structure.parts[prevention].content
    says = phrase_set(tuple(content)) if content else None
    start = parts[corrective].line
    for at, (heading, (line, paragraph)) in enumerate(flow):
        said = "\n".join(text for _, text in paragraph)
        # "We will check serial numbers before each shipment. Once more, please accept our
        # apologies": a measure told first, the letter's close after it, is still the measure
        stop = _SENTENCE_STOP.search(said)
        first = said[:stop.end()] if stop else said
        told = said if says is None or not says.search(first) else first
        if (heading is None and line > start and planned.match(paragraph[0][1].lstrip())
                and not (closing and closing.search(told))):
            rest = [item for h, (_, p) in flow[at:] if h is None for item in p]
            _take(parts, prevention, line, "position", _until_closing(rest, closing))
            return


def _closes(body: Sequence[tuple[int, str]], closing: Phrases) -> bool:
    """The first paragraph of ``body`` closes the letter."""
    first = _paragraphs(body)
    return bool(first) and bool(closing.search("\n".join(t for _, t in first[0][1])))


def _until_closing(body: Sequence[tuple[int, str]],
                   closing: Phrases | None) -> list[tuple[int, str]]:
    """``body`` up to its first paragraph that closes the letter."""
    kept: list[tuple[int, str]] = []
    for _, paragraph in _paragraphs(body):
        if kept and closing and closing.search("\n".join(t for _, t in paragraph)):
            break
        kept += paragraph
    return kept


def _openings_in_sentences(
    flow: Sequence[tuple[Heading | None, Paragraph]], structure: Structure,
    plan_parts: Sequence[str], parts: dict[str, Part],
) -> None:
    """A short plan without headings may give its parts in one paragraph, a sentence each
    ("The reason was ... We have already hired ... To prevent this, we will ..."): a part no
    paragraph opens may open a sentence, and holds the sentences up to the next part's."""
    for index, (heading, (_, paragraph)) in enumerate(flow):
        if heading is not None and not (heading.inline and paragraph):
            continue
        starts: list[tuple[int, int, str]] = []
        """(line, offset, part) of each sentence that opens a part not found yet."""
        labels: list[tuple[int, int, str]] = []
        """Of the sentences of a paragraph with no heading, those a part's label opens."""
        for at_line, (line, text) in enumerate(paragraph):
            offsets = [stop.end() for stop in _SENTENCE_STOP.finditer(text[:MAX_PARAGRAPH])]
            if at_line and _NUMBERING.match(text) and text.lstrip()[:1].isalnum():
                # "1) The problem happened because ..." over "2) We have deleted ...": each
                # numbered item of a list with no blank lines opens as a paragraph would
                offsets.insert(0, 0)
            if len(words(text[:MAX_PARAGRAPH])) > RUN_ON_WORDS * (len(offsets) or 1):
                # a run-on letter joins its parts with commas: "..., so we have since
                # removed all our offers ..., and from now on we only buy ..."
                offsets = sorted({*offsets, *(c.end() for c in _CLAUSE_STOP.finditer(
                    text[:MAX_PARAGRAPH]))})
            for offset in offsets:
                if heading is not None and (at_line, offset) == (0, 0):
                    continue  # a label's paragraph opens as its own part: "Root cause: ..."
                wanted = [n for n in plan_parts
                          if n not in parts and _in_order(n, line, plan_parts, parts)
                          and all(name != n for _, _, name in starts)]
                sentence = text[offset:].lstrip()
                sentence = _after(_NUMBERING, sentence) if not offset else sentence
                name = _opening(sentence, structure, wanted) if wanted else None
                if name is None and wanted and heading is not None:
                    name = _run_on_label(sentence, structure, wanted)
                elif heading is None and wanted:
                    label = _run_on_label(sentence, structure, wanted)
                    if label is not None and all(n != label for _, _, n in labels):
                        labels.append((line, offset, label))
                        if name is None:
                            name = label
                            if len(labels) < 2:
                                continue  # one label alone may be a sentence's own words
                if name is not None:
                    starts.append((line, offset, name))
        if len(labels) >= 2:
            # "Root cause: ... Corrective actions: ... Prevention: ..." run on in one
            # paragraph: two labels or more make it a labelled plan, the first one too
            merged = sorted({*starts, *labels})
            starts = [start for at, start in enumerate(merged)
                      if all(other[2] != start[2] for other in merged[:at])]
        said = [(n, t) for n, t in paragraph if t.strip()]
        intro, listed, inner = _announced(flow, index, said)
        listed_lines = {line for line, _ in listed}
        deeds = sum(said_done(text, structure) is not None for _, text in listed)
        done = structure.done_part
        if intro is not None and done and done not in parts \
                and all(n != done or line in listed_lines for line, _, n in starts) \
                and deeds >= 2 and 2 * deeds >= len(listed) \
                and _in_order(done, intro[0], plan_parts, parts):
            # "Here's what we did:", "We have finished below actions:" over a list of deeds:
            # whatever verb announces the list, the list says what was done (but "Please see
            # our plan:" announces the whole plan, its causes first)
            last, text = intro
            stops = [stop.end() for stop in _SENTENCE_STOP.finditer(text.rstrip()[:-1])]
            offset = stops[-1] if stops else 0
            asks = phrase_set(tuple(structure.requests)) if structure.requests else None
            # "Please find the steps we did:" presents the list; it asks for nothing
            presented = _after(phrase_set(tuple(structure.presents)), text[offset:].lstrip()) \
                if structure.presents else text[offset:]
            kept = [start for start in starts if start[0] not in listed_lines]
            if all((line, at) < (last, offset) for line, at, _ in kept) \
                    and not (asks and asks.search(presented)):
                starts = [*kept, (last, offset, done)]
        by_line = dict(paragraph)
        for at, (line, offset, name) in enumerate(starts):
            end_line, end = (starts[at + 1][:2] if at + 1 < len(starts)
                             else (paragraph[-1][0], len(by_line[paragraph[-1][0]])))
            body = [(n, by_line[n][offset if n == line else 0:end if n == end_line else None])
                    for n in range(line, end_line + 1) if n in by_line]
            found: Found = "sentence"
            if intro is not None and at + 1 == len(starts) and line <= intro[0]:
                # "We already corrected it as following:" over a list of what was done, "Why
                # it happened:" over the causes: the list is the part, as under a heading,
                # when it says what the part says ("Because the documents are many, we put
                # them in the attachment:" over the files is no cause)
                if not inner:
                    body += listed
                content = structure.parts[name].content
                says = phrase_set(tuple(content)) if content else None
                if deeds >= 2 if name == done else \
                        says is None or any(says.search(text) for _, text in listed):
                    found = "list"
            elif at + 1 == len(starts):
                body += _told_after(flow, index, body, structure, name)
            parts[name] = Part(name, line, found, tuple(body))


_RUN_ON_LABEL = re.compile(r"([^\W\d_](?:[^\W\d_]|[ '’]){1,30}?)[ \t]*+(?:[-–—]|[:：])[ \t]++\S")
"""A label run on after a sentence of the same paragraph: "... famous design. Corrective -
all 4 listings are deleted. Preventive - we will only use ..."."""


def _run_on_label(sentence: str, structure: Structure, wanted: Sequence[str]) -> str | None:
    """The part a label of at most three words names at the start of ``sentence``, in a
    paragraph that an inline label opens ("Root cause - ... . Corrective - ... ."): the plan
    labels its parts inline, and runs them on in one paragraph."""
    match = _RUN_ON_LABEL.match(sentence)
    if match is None or len(match.group(1).split()) > 3:
        return None
    return next((name for name in _names(match.group(1), structure) if name in wanted), None)


def _told_after(flow: Sequence[tuple[Heading | None, Paragraph]], at: int,
                body: Sequence[tuple[int, str]], structure: Structure,
                name: str) -> list[tuple[int, str]]:
    """"I've looked into it and I can tell you exactly what happened.": a sentence that ends
    its paragraph announcing a part in the words only a plan uses (the part's ``cues``) is
    told in the paragraphs after it, up to one that opens as a part or closes the letter."""
    said = "\n".join(t for _, t in body).strip()
    cues = structure.parts[name].cues
    if not cues or not phrase_set(tuple(cues)).match(said) \
            or _SENTENCE_STOP.search(said.rstrip(" .:!：。")):
        return []
    closing = phrase_set(tuple(structure.closings)) if structure.closings else None
    told: list[tuple[int, str]] = []
    for heading, (_, paragraph) in flow[at + 1:]:
        text = "\n".join(t for _, t in paragraph)
        if heading is not None or not paragraph \
                or _opening(paragraph[0][1], structure, structure.parts) is not None \
                or (closing and closing.search(text)):
            break
        told += paragraph
    return told


def _is_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line) or _NUMBERING.match(line))


def _announced(flow: Sequence[tuple[Heading | None, Paragraph]], at: int,
               said: Sequence[tuple[int, str]],
               ) -> tuple[tuple[int, str] | None, list[tuple[int, str]], bool]:
    """The line of paragraph ``at`` that ends with a colon over a list ("So far:", "Here is
    what we did:"), the list's items, and whether they stand in the same paragraph (no blank
    line between the line and its list) rather than in the next."""
    if not said:
        return None, [], False
    if said[-1][1].rstrip().endswith((":", "：")):
        listed = _listed_after(flow, at)
        return (said[-1], listed, False) if listed else (None, [], False)
    first = len(said)
    while first > 1 and _is_item(said[first - 1][1]):
        first -= 1  # the items that end the paragraph, read once from its end
    if first < len(said) and said[first - 1][1].rstrip().endswith((":", "：")):
        return said[first - 1], list(said[first:]), True
    return None, [], False


def _planned_before_prevention(
    lines: Sequence[tuple[int, str]], structure: Structure, plan_parts: Sequence[str],
    parts: dict[str, Part],
) -> None:
    """A plan in one paragraph gives its actions in the sentences before its prevention:
    the first of them that says what "we will" do ("We will provide the 510(k) document
    and remove the claim. In the future all our devices will be checked") is the
    corrective part, only planned, past the cause when the cause stands on that line."""
    if len(plan_parts) != 3:
        return
    cause, corrective, prevention = plan_parts
    later = parts.get(prevention)
    if corrective in parts or later is None or later.found != "sentence" or not later.body:
        return
    line, piece = later.body[0]
    text = dict(lines).get(line, "")
    end = text.find(piece) if piece.strip() else -1
    if end <= 0:
        return
    start = 0
    earlier = parts.get(cause)
    if earlier is not None and earlier.line == line and earlier.body:
        start = max(text.find(earlier.body[0][1]), 0) + 1
    planned = phrase_set(tuple(structure.planned))
    for stop in _SENTENCE_STOP.finditer(text, start, end):
        said = text[stop.end():end]
        if said.strip() and planned.match(said.lstrip()):
            parts[corrective] = Part(corrective, line, "position", ((line, said),))
            return


def _in_order(name: str, line: int, plan_parts: Sequence[str], parts: Mapping[str, Part]) -> bool:
    """A plan gives its parts in order: a sentence on ``line`` cannot open part ``name``
    before a part that comes earlier in the plan, nor after one that comes later ("We
    created 45 duplicate pages" in the notice, over the "Reason" heading, is what happened,
    not what was corrected)."""
    at = plan_parts.index(name)
    return all(parts[n].line <= line for n in plan_parts[:at] if n in parts) \
        and all(parts[n].line >= line for n in plan_parts[at + 1:] if n in parts)


def _listed_after(flow: Sequence[tuple[Heading | None, Paragraph]],
                  at: int) -> list[tuple[int, str]]:
    """The items of the list that follows paragraph ``at`` of ``flow``, if a list does."""
    if at + 1 >= len(flow) or flow[at + 1][0] is not None:
        return []
    items = [(n, t) for n, t in flow[at + 1][1][1] if t.strip()]
    return items if items and all(_LIST_ITEM.match(t) or _NUMBERING.match(t)
                                  for _, t in items) else []


def _openings_in_sections(
    sections: Sequence[tuple[Heading | None, list[tuple[int, str]]]], structure: Structure,
    plan_parts: Sequence[str], parts: dict[str, Part],
) -> None:
    """A part no heading names may open a later paragraph of another part's section ("Root
    cause" and "Corrective actions" headed, then "Going forward, we ..."): it takes that
    paragraph and the rest of the section, and the section's own part keeps what is before."""
    for heading, body in sections:
        owners = [n for n in heading.parts if n in parts] if heading is not None else []
        if not owners:
            continue
        for line, paragraph in _paragraphs(body)[1:]:
            wanted = [name for name in plan_parts if name not in parts]
            name = _opening(paragraph[0][1], structure, wanted) if wanted else None
            if name is not None:
                end = _section_end(body)
                _take(parts, name, line, "opening", [(n, t) for n, t in body if line <= n < end])
                break


def _section_end(body: Sequence[tuple[int, str]]) -> int:
    return body[-1][0] + 1 if body else 0


def _take(parts: dict[str, Part], name: str, line: int, found: Found,
          body: Sequence[tuple[int, str]]) -> None:
    """Give ``name`` the lines of ``body``, and take them out of every other part."""
    taken = {number for number, _ in body}
    for other, part in list(parts.items()):
        kept = tuple(item for item in part.body if item[0] not in taken)
        if kept != part.body:
            parts[other] = Part(other, part.line, part.found, kept)
    parts[name] = Part(name, line, found, tuple(body))


def _standalone(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """The line at ``index`` stands alone over a paragraph: the start, a blank line or the end
    of a sentence before it, text right after it; a list item does not."""
    previous = lines[index - 1][1].rstrip() if index else ""
    before = not previous or previous.endswith((".", "!", "?", ":", "。", "！", "？", "："))
    after = index + 1 < len(lines) and bool(lines[index + 1][1].strip())
    return before and after and not _LIST_ITEM.match(lines[index][1])


def _in_list(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """The line at ``index`` is an item of a list: "1. Deleted the listing." over "2. Sent the
    remaining 40 units back" is a step, not a section's title."""
    def item(at: int) -> bool:
        return 0 <= at < len(lines) and bool(_LIST_ITEM.match(lines[at][1])
                                             or _NUMBERING.match(lines[at][1]))
    return item(index) and (item(index - 1) or item(index + 1))


def _opens_paragraph(lines: Sequence[tuple[int, str]], index: int) -> bool:
    """The line at ``index`` starts a paragraph: the start, or a blank line before it."""
    return not index or not lines[index - 1][1].strip()


def _by_place(
    lines: Sequence[tuple[int, str]], headings: Sequence[Heading], structure: Structure,
    plan_parts: Sequence[str], parts: dict[str, Part],
) -> tuple[frozenset[int], frozenset[str], dict[str, tuple[Part, ...]]]:
    """A plan with headings gives its parts in order (cause, actions, prevention). A missing
    part's place is between the parts before and after it; a section there whose heading
    names no part ("What we do now", a wording the lexicon lacks) is that part when it says
    what such a part says (``content``). Before the first part, a heading that names the
    facts ("What happened") heads the root cause when its section gives a cause and does not
    open as the facts do ("Our account was deactivated on 3 May"). A section that closes the
    letter ("Final words" over "Please reinstate us") is no part. Returns the lines that
    start a section, and the missing parts whose place holds a section that says what no
    lexicon knows (the outline cannot tell that they are missing), and for each of those the
    sections it may be."""
    bounds: list[int] = []
    """Every line that starts a section: a heading, or a short line standing over a paragraph."""
    free: dict[int, tuple[str, ...]] = {}
    """The section starts that name no part of the plan, with what they name."""
    labelled: dict[int, str] = {}
    """Of those, the labels that start their paragraph, with the text after the label."""
    known = {h.line: h for h in headings}
    loose: dict[int, str] = {}
    """Labels that open their paragraph in words no lexicon knows ("Problem: we used the word
    ...", "What is the relation: Our accountant ..."), with the text after the label: no
    section of their own, but the root cause's place when they stand right before the first
    part, past the paragraph that tells the notice ("Account: ... Reason: ...")."""
    dashed: dict[int, str] = {}
    """The same labels closed with a dash ("Fix done - All the stock ..."), with their text."""
    lead = next((line for line, paragraph in _paragraphs(lines)
                 if len(words(" ".join(t for _, t in paragraph))) >= MIN_SECTION_WORDS), 0)
    for index, (number, text) in enumerate(lines):
        heading = known.get(number)
        if heading is None and number > lead and _opens_paragraph(lines, index):
            shape = _shape(text)
            if shape is not None and shape.inline and not shape.marked \
                    and len(words(shape.title)) <= MAX_LABEL_WORDS:
                if _COLON_LABEL.match(text):
                    loose[number] = shape.inline
                elif _DASH_LABEL.match(text):
                    dashed[number] = shape.inline
        if heading is not None:
            bounds.append(number)
            # "What happened: the bill we sent was too old": a label that opens its paragraph
            # stands over it as a heading on its own line does.
            placed = _opens_paragraph(lines, index) if heading.inline else _standalone(lines, index)
            if not set(heading.parts) & {*plan_parts, "plan"} and placed:
                free[number] = heading.parts
                shape = _shape(text) if heading.inline else None
                if shape is not None and shape.inline:
                    labelled[number] = shape.inline
            continue
        if not _standalone(lines, index) or _in_list(lines, index):
            continue
        shape = _shape(text)
        if shape is not None and shape.short and shape.inline is None and not shape.marked:
            bounds.append(number)
            free[number] = ()
    by_line = dict(lines)
    planned = phrase_set(tuple(structure.planned))
    doubted: dict[str, set[int]] = {}
    """The sections each missing part may be, in words no lexicon knows."""
    bodies: dict[int, list[tuple[int, str]]] = {}
    """What each of those sections says."""
    taken: set[int] = set()
    end_of_text = len(lines) + 1
    closing = phrase_set(tuple(structure.closings)) if structure.closings else None
    # A part found in its place bounds the place of the one before it: "Details / Fix /
    # Future" finds the actions between the cause and the future, then the cause.
    for at, name in [*enumerate(plan_parts)] * 2:
        if name in parts:
            continue
        before = [parts[n].line for n in plan_parts[:at] if n in parts]
        after = [parts[n].line for n in plan_parts[at + 1:] if n in parts]
        if not before and not after:
            continue
        high = min(after, default=end_of_text)
        standing = structure.parts[name].standing
        if before:
            low = max(before)
            # After the actions, a heading that names the facts ("Summary of changes") over
            # measures that stay ("... now owns a checklist for any address change") is the
            # prevention in the seller's words.
            places = [b for b in bounds[bisect_right(bounds, low):bisect_left(bounds, high)]
                      if free.get(b) == () or (free.get(b) == (structure.facts_part,) and standing)]
            if not places and after:
                # "Root cause: ..." / "Handled: ..." / "Prevention: ...": between two parts that
                # start with labels of one shape, a label of that same shape in words no lexicon
                # knows opens its paragraph where the missing part stands.
                shaped = _same_labels(by_line, known, low, high, loose, dashed)
                places = [n for n in sorted(shaped) if low < n < high][:1]
        else:
            # The part before every other: only the section right before the first one.
            at_high = bisect_left(bounds, high)
            nearest = bounds[at_high - 1] if at_high else None
            places = [nearest] if nearest is not None and free.get(nearest) in ((), ("facts",)) \
                else []
            if not places and at == 0:
                # "Problem: we used the word ... we thought it was a common word." over the
                # first part's heading: a label of its own stands where the cause would.
                label = max((n for n in loose if (nearest or 0) < n < high), default=None)
                places = [label] if label is not None else []
        for start in places:
            following = bisect_right(bounds, start)
            end = bounds[following] if following < len(bounds) else end_of_text
            unheaded = {**dashed, **loose}
            after_label = [(start, labelled[start])] if start in labelled else \
                [(start, unheaded[start])] if start in unheaded and start not in free else []
            body = _until_closing([*after_label, *((n, by_line[n]) for n in range(start + 1, end))],
                                  closing)
            said = "\n".join(t for _, t in body)
            # (Japanese and Chinese count at two characters to a word: "対応：該当商品の ...")
            if max(len(words(said)), word_count(said)) < MIN_SECTION_WORDS \
                    or (closing and _closes(body, closing)):
                continue
            bodies[start] = body
            if before and free.get(start) and not phrase_set(tuple(standing)).search(said):
                continue
            content = structure.parts[name].content
            # "What happened" over "We thought our approval covered it" is the cause; over
            # "Our account was deactivated on 3 May" it is the facts its heading says.
            theirs = [way for named in free.get(start, ())
                      for way in structure.parts[named].openings]
            # A heading that is a clause says it too: "Next we will:" over a list of steps.
            told = f"{by_line[start]}\n{said}"
            says = (not content or bool(phrase_set(tuple(content)).search(told))
                    or (name == structure.done_part and said_done(told, structure) is not None))
            if theirs and phrase_set(tuple(theirs)).match(said.lstrip()):
                # The section is what its heading says it is, unless it goes on past the
                # notice to say what a cause says ("We traced it to one lot"): then it may be.
                stop = _SENTENCE_STOP.search(said)
                rest = said[stop.end():] if stop else ""
                if content and phrase_set(tuple(content)).search(rest):
                    doubted.setdefault(name, set()).add(start)
                continue
            if says:
                clause = planned.search(by_line[start]) or said_done(by_line[start], structure)
                _take(parts, name, start, "position",
                      [(start, by_line[start]), *body] if clause and not after_label else body)
                taken.add(start)
                break
            # A section stands where the part would, in words the lexicons do not know:
            # the part may be there, so it is not reported missing (unless another part
            # turns out to be that section).
            doubted.setdefault(name, set()).add(start)
    unsure = {name for name, starts in doubted.items() if name not in parts and starts - taken}
    doubts = {name: tuple(Part(name, start, "position", tuple(bodies[start]))
                          for start in sorted(doubted[name] - taken)) for name in unsure}
    return frozenset(bounds), frozenset(unsure), doubts


def _same_labels(by_line: Mapping[int, str], known: Mapping[int, Heading], low: int, high: int,
                 colons: Mapping[int, str], dashes: Mapping[int, str]) -> Mapping[int, str]:
    """The unknown labels of the shape that the parts at ``low`` and ``high`` start with, when
    both are labels that start their paragraph ("Cause: ...", "Fix - ..."), else none."""
    below, above = known.get(low), known.get(high)
    if below is None or above is None or not (below.inline and above.inline):
        return {}
    shapes = [bool(_COLON_LABEL.match(by_line[n])) for n in (low, high)]
    if all(shapes):
        return colons
    if not any(shapes) and all(_DASH_LABEL.match(by_line[n]) for n in (low, high)):
        return dashes
    return {}


def _unsure(flow: Sequence[tuple[Heading | None, Paragraph]], structure: Structure,
            plan_parts: Sequence[str], parts: Mapping[str, Part]) -> frozenset[str]:
    """The missing parts of a plan without headings that an unowned paragraph may hold: past
    the letter's first paragraph (the greeting, then the facts, unless the facts give a
    cause) and before the first part found for the root cause; a paragraph after the opening
    one of the part before it, for the others."""
    found = [parts[n] for n in plan_parts if n in parts]
    if not found:
        return frozenset()
    opened = {p.line for p in found}
    owned = {line for p in found if p.found in ("sentence", "list") for line, _ in p.body}
    """Lines a part found at a sentence holds: the list that sentence introduced. (A part
    found at a paragraph's opening holds the unowned paragraphs after it too, and those are
    what may be another part.)"""
    closing = phrase_set(tuple(structure.closings)) if structure.closings else None

    def closes(paragraph: list[tuple[int, str]]) -> bool:
        """"If this is not reinstated by Friday I will call my lawyer": a paragraph that
        closes the letter, asking or threatening, and opens no part, holds none."""
        return closing is not None and not opened & {n for n, _ in paragraph} \
            and bool(closing.search("\n".join(t for _, t in paragraph)))

    paragraphs = [(line, paragraph) for heading, (line, paragraph) in flow
                  if heading is None and paragraph and not closes(paragraph)]
    unsure = set()
    for at, name in enumerate(plan_parts):
        if name in parts:
            continue
        before = [parts[n].line for n in plan_parts[:at] if n in parts]
        after = [parts[n].line for n in plan_parts[at + 1:] if n in parts]
        low = max(before, default=None)
        high = min(after, default=None)
        if low is None:
            assert high is not None
            content = structure.parts[name].content
            room = [p for p in _past_the_facts(paragraphs, content) if p[0] < high]
            room += _lead_in(paragraphs, min(found, key=lambda p: p.line), content)
        else:
            room = [p for p in paragraphs if p[0] > low and p[0] not in opened
                    and p[0] not in owned and (high is None or p[0] < high)]
        content = structure.parts[name].content
        says = phrase_set(tuple(content)) if content else None
        # A paragraph long enough to hold the part says it before the next part found starts:
        # "1. We answered every claim" over "... 6. We will review the return reasons" gives
        # no cause, whatever word the later steps use.
        if any(len(words(" ".join(t for _, t in p))) >= UNSURE_WORDS
               and (says is None or says.search(" ".join(t for n, t in p
                                                         if high is None or n <= high)))
               for _, p in room):
            unsure.add(name)
    return frozenset(unsure)


def _lead_in(paragraphs: Sequence[Paragraph], first: Part,
             content: Sequence[str]) -> list[Paragraph]:
    """What the paragraph that holds ``first`` (a part found at a sentence, not at the
    paragraph's start) says before it, when it says what ``content`` says: a letter in one
    paragraph may give the cause in the sentence that tells the notice ("... deactivated
    because it is linked to another account, and we found that the link was our address")."""
    if not first.body or not content:
        return []
    for _, paragraph in paragraphs:
        lines = dict(paragraph)
        if first.line not in lines:
            continue
        said = lines[first.line]
        offset = said.find(first.body[0][1]) if first.body[0][1].strip() else -1
        before = [(n, t) for n, t in paragraph if n < first.line]
        if offset > 0:
            before.append((first.line, said[:offset]))
        told = "\n".join(t for _, t in before)
        if before and phrase_set(tuple(content)).search(told):
            return [(before[0][0], before)]
        return []
    return []


def _past_the_facts(paragraphs: Sequence[Paragraph],
                    content: Sequence[str]) -> Sequence[Paragraph]:
    """The paragraphs past the greeting and the one that tells the notice ("Our account was
    deactivated under the ... policy"), which stays in when it says what ``content`` says
    ("... because our supplier ...")."""
    lead = next((at for at, (_, p) in enumerate(paragraphs)
                 if len(words(" ".join(t for _, t in p))) >= MIN_SECTION_WORDS), None)
    if lead is None:
        return []
    said = "\n".join(t for _, t in paragraphs[lead][1])
    keeps = bool(content) and bool(phrase_set(tuple(content)).search(said))
    return paragraphs[lead if keeps else lead + 1:]


def said_done(text: str, structure: Structure) -> re.Match[str] | None:
    """Where ``text`` says an action was already taken. A sentence that opens with a plan
    ("We are going to delete the email list we made") says nothing was done, whatever verb
    its relative clause holds, unless it says "already"."""
    planned = phrase_set(tuple(structure.planned))
    connector = phrase_set(tuple(structure.connectors))
    for match in phrase_set(tuple(structure.done)).finditer(text):
        start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - SENTENCE_REACH)
        stops = [stop.end() for stop in _SENTENCE_STOP.finditer(text, start, match.start())]
        opening = text[stops[-1] if stops else start:match.end()].lstrip(" \t-*•·・>")
        opening = _after(connector, opening)
        # "We will create a removal order, but this has been completed for one warehouse
        # already": the clause after the contrast says what was done, whatever came before
        contrast = [c.end() for c in _CONTRAST.finditer(opening)]
        if contrast and not planned.match(opening[contrast[-1]:]):
            opening = opening[contrast[-1]:]
        if planned.match(opening) and not _ALREADY.search(opening):
            continue
        if _under_the_plan(match, opening, planned):
            continue
        if not _told_of_a_plan(text, match, opening, planned):
            return match
    return None


_JOINED_VERB = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)
"""What joins a participle to the plan before it, with no subject of its own ("... and
destroyed")."""
_OWN_SUBJECT = re.compile(
    r"\b(?:we|i|they|he|she|already|has|have|had|was|were|is|are|been)\b|[,;:]", re.IGNORECASE)
"""What gives the words between a plan and a joined participle a clause, or a tense, of their
own."""
_BE = re.compile(r"\bbe\b", re.IGNORECASE)


def _under_the_plan(match: re.Match[str], opening: str, planned: Phrases) -> bool:
    """Whether the participle ``match`` only goes on with a plan said in the passive earlier in
    its clause: "The units will be removed from FBA and destroyed" and "The listings will be
    rewritten and the old units destroyed" plan every step, since what follows "and" shares the
    "will be" before it. "The units were removed and will be destroyed" and "All stock will be
    removed, and 40 units destroyed already" keep what was done."""
    before = opening[:len(opening) - len(match.group())]
    plans = list(planned.finditer(before))
    if not plans:
        return False
    rest = before[plans[-1].end():]
    if not (_BE.search(plans[-1].group()) or _BE.match(rest.lstrip())):
        return False
    joined = rest + match.group()
    return _JOINED_VERB.search(joined) is not None and _OWN_SUBJECT.search(joined) is None


_CONTRAST = re.compile(r"(?:[,;]\s*+|\s)(?:but|however|though|although|while)\b,?\s*+|;\s*+",
                       re.IGNORECASE)
"""Where a clause that sets itself against the one before starts ("..., but this has been done")."""
_CLAUSE_BREAK = re.compile(r"[,:;]|\b(?:and|but|also|then|so|while)\b", re.IGNORECASE)
"""What ends the noun phrase a verb of the past may stand in."""
_THING_REACH = 60
"""How far after a verb of the past a plan for the thing it describes is looked for."""


def _told_of_a_plan(text: str, match: re.Match[str], opening: str, planned: Phrases) -> bool:
    """Whether the verb of the past ``match`` only describes the thing a plan is about: it
    does not open its sentence and, before any break of the clause, the sentence goes on
    with what "will" be done ("The listings which have been flagged will be removed", "The
    products we sold will be recalled"). "All listings have been removed and the staff will
    be retrained" and "We removed the listings that will be replaced" say what was done."""
    if len(opening.strip()) <= len(match.group().strip()) or _ALREADY.search(match.group()):
        return False
    rest = text[match.end():match.end() + _THING_REACH]
    then = planned.search(rest)
    if then is None:
        return False
    return _CLAUSE_BREAK.search(rest, 0, then.start()) is None \
        and _SENTENCE_STOP.search(rest, 0, then.start()) is None
