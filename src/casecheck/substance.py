
"""Whether a part of a plan of action says anything: a root cause that only blames the buyer
or says "we don't know why", corrective actions that are only "We are very sorry", prevention
that only promises "we will be more careful" are there in name only, and a careful reader of
Seller Performance does not count them.

The outline (casecheck.outline) says where each part stands; this module reads what it says,
a sentence at a time, with the wordings of ``rules/substance.toml``. In each sentence the
hollow phrases are blanked out first, and what is left is looked for substance: a fact of the
seller's own process for a cause, a step for the corrective actions, a mechanism for the
prevention. A part is hollow when a sentence of it is hollow and none holds substance. A
sentence that is neither, and long enough to say something the lexicons do not know, gives
the part the benefit of the doubt: a false "missing" on a real plan costs the seller more
than a missed one.

Every pattern of the pack is bounded, and a part is read up to ``READ_LIMIT`` characters:
the work per part is bounded however long the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from casecheck.outline import Heading, Outline, Part, own_words, said_done
from casecheck.packs import Structure, SubstancePack
from casecheck.placeholders import find_placeholders
from casecheck.prose import SENTENCE_MARKS, Phrases, paragraphs, phrase_set, word_count

READ_LIMIT = 4000
"""How much of a part is read: the case form takes about this much text in all."""
_STOPS = re.escape(SENTENCE_MARKS.replace("\n", ""))
_SENTENCE = re.compile(f"(?:[^{re.escape(SENTENCE_MARKS)}]|(?<=\\d)\\.(?=\\d))++[{_STOPS}]*+")
"""A sentence, with the marks that close it; a line break ends one too (a list item, a
heading's text). A point between digits ("a 4.8 rating", "$18.99") is no stop."""
_LIST_MARK = re.compile(r"^\s*+(?:[-•·・*]|\d{1,2}[.)、]|[a-h][.)])\s*+")
_MARK_ONLY = re.compile(r"(?:\d{1,2}|[a-hA-H])[.)、]")
"""A sentence that is only a list's number or letter ("1." split off its item): no fact, no step."""


@dataclass(frozen=True, slots=True)
class Hollow:
    """A part that is there in name only: the kind of wording it holds (``blame``,
    ``unknown``, ``promise``...), where in the text read its first hollow sentence starts,
    and that sentence (to quote it)."""

    kind: str
    start: int
    sentence: str


def hollow(name: str, text: str, pack: SubstancePack,
           step: Callable[[str], bool] | None = None) -> Hollow | None:
    """How part ``name`` of a plan is hollow, or None when it says something (or when the
    pack has nothing to say about that part). ``step`` tells a sentence that says an action
    was taken in words the pack's ``substance`` may lack (the outline's past tense)."""
    wanted = pack.parts.get(name)
    if wanted is None:
        return None
    read = text[:READ_LIMIT]
    if read.strip() and not any(c.isalnum() for c in read):
        return Hollow("empty", 0, read.strip())  # "Preventive: ..." says nothing at all
    kinds = [(kind, phrase_set(tuple(pack.hollow[kind].phrases))) for kind in wanted.hollow]
    substance = phrase_set(tuple(wanted.substance))
    ignored = phrase_set(tuple(wanted.ignore)) if wanted.ignore else None
    hedged = phrase_set(tuple(wanted.guesses)) if wanted.guesses else None
    first: Hollow | None = None
    guessing = False  # after "we are not sure why", a sentence with no fact is a guess
    for sentence in _SENTENCE.finditer(read):
        said = sentence.group()
        if _MARK_ONLY.fullmatch(said.strip()):
            continue  # "1." before its item: the number of a list says nothing
        blanked, kind = said if ignored is None else _blank(said, ignored.finditer(said)), None
        for named, phrases in kinds:
            matches = [match for match in phrases.finditer(said) if match.end() > match.start()]
            if matches:
                kind = kind or named
                blanked = _blank(blanked, matches)
        if guessing and hedged is not None and hedged.match(said.lstrip()):
            kind = kind or wanted.guessed_after[0]  # once not known, "Maybe ..." is a guess
        elif substance.search(blanked) or (step is not None and step(blanked)):
            return None
        if kind is not None:
            guessing = guessing or kind in wanted.guessed_after
            if first is None:
                offset = _LIST_MARK.match(said)
                skip = offset.end() if offset else 0
                first = Hollow(kind, sentence.start() + skip, said[skip:].strip())
        elif word_count(said) >= pack.neutral_words and not guessing:
            return None  # it says something no lexicon here knows: no guess
    return first


def _blank(said: str, matches: Iterable[re.Match[str]]) -> str:
    """``said`` with the spans of ``matches`` (found in it) blanked out, its length kept."""
    for match in matches:
        said = said[:match.start()] + " " * (match.end() - match.start()) + said[match.end():]
    return said


def hollow_parts(found: Mapping[str, Part], pack: SubstancePack, structure: Structure,
                 headings: Sequence[Heading] = ()) -> dict[str, Hollow]:
    """The parts of ``found`` (a plan's parts, by name) that are there in name only. A
    corrective step said in the past tense the outline reads ("Listings deleted; stock
    disposed") is a step, whatever the pack's wordings. A part found under one of
    ``headings`` (the outline's) with nothing of its own under it is only that heading
    (kind ``blank``)."""
    def step(said: str) -> bool:
        return said_done(said, structure) is not None

    verdicts: dict[str, Hollow | None] = {}
    for name, part in found.items():
        verdict = hollow(name, _own(own_words(part, headings), structure), pack,
                         step if name == structure.done_part else None)
        wanted = pack.parts.get(name)
        # what stands under a heading may be the letter's close ("Thank you for reading" over
        # the signature); a label's own words on its line never are
        under = part.found == "heading" and all(line != part.line for line, _ in part.body)
        if verdict is None and wanted is not None and under and part.body \
                and not _own(part.text, structure, wanted.substance).strip():
            verdict = _blank_heading(part, headings)
        verdicts[name] = verdict
    for name, verdict in list(verdicts.items()):
        wanted = pack.parts.get(name)
        if verdict is not None and wanted is not None and wanted.told_elsewhere:
            told = phrase_set(tuple(wanted.told_elsewhere))
            if any(told.search(_own(other.text, structure)[:READ_LIMIT])
                   for other_name, other in found.items() if other_name != name):
                verdicts[name] = None  # the cause told in the actions' own words is the cause
    done = found.get(structure.done_part)
    for name, part in found.items():
        if verdicts.get(name) is None and done is not None and name != structure.done_part \
                and name in pack.copies:
            verdicts[name] = _copied(_own(part.text, structure), _own(done.text, structure),
                                     structure, structure.parts[name].standing)
    return {name: verdict for name, verdict in verdicts.items() if verdict is not None}


_WORD = re.compile(r"[^\W_]+")
"""A word of a sentence, compared without its case, marks or list numbering."""
COPIED_SHARE = 0.6
"""A sentence repeats a step when this share of its words stands in that step."""


def _copied(text: str, actions: str, structure: Structure,
            standing: Sequence[str]) -> Hollow | None:
    """``text`` (the prevention) as the kind ``copied`` when it only tells again what the
    corrective ``actions`` did: each of its sentences says what was done (``said_done``), at
    least half of them repeat a step of the actions (``COPIED_SHARE`` of their words stand in
    one), and none says a measure that stays (the part's ``standing``: "every", "before",
    "any new"). A seller who pastes the list of what was done under "Preventive measures"
    ("- We removed the 38 units from FBA." over the same step with its date) gives no measure
    that keeps it from happening again; "We hired a second packer who checks every order"
    stays a prevention."""
    said = [(sentence.start(), sentence.group().strip())
            for sentence in _SENTENCE.finditer(text[:READ_LIMIT])
            if _WORD.search(_LIST_MARK.sub("", sentence.group()))
            and not _MARK_ONLY.fullmatch(sentence.group().strip())]
    steps = [set(_words(sentence.group())) for sentence in _SENTENCE.finditer(actions[:READ_LIMIT])]
    if not said or (standing and phrase_set(tuple(standing)).search(text[:READ_LIMIT])):
        return None
    if not all(said_done(sentence, structure) is not None for _, sentence in said):
        return None
    repeated = sum(1 for _, sentence in said if _repeats(_words(sentence), steps))
    if not repeated or 2 * repeated < len(said):
        return None
    start, first = said[0]
    mark = _LIST_MARK.match(first)
    return Hollow("copied", start, first[mark.end():] if mark else first)


def _words(sentence: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(_LIST_MARK.sub("", sentence))]


def _repeats(words: list[str], steps: Sequence[set[str]]) -> bool:
    """Whether ``words`` (a sentence's) mostly stand in one of ``steps`` (the actions')."""
    return bool(words) and any(
        sum(1 for w in words if w in step) >= COPIED_SHARE * len(words) for step in steps)


def _blank_heading(part: Part, headings: Sequence[Heading]) -> Hollow | None:
    """``part``, found under a heading with nothing of its own under it, as the kind
    ``blank`` quoting that heading: "2. Corrective Action" over a blank line and "3.
    Preventive Action", "Prevention:" over the letter's thanks and its signature. Headings
    on consecutive lines (``part.body`` empty) are a list of what the plan holds, not its
    sections ("【Root cause】 / 【Corrective actions】 / 【Preventive measures】" over "Please see
    the attached POA"); and the benefit of the doubt when the next heading names no part: a
    sub-heading ("### Listings") may hold the part's text."""
    own = next((h for h in headings if h.line == part.line), None)
    after = next((h for h in headings if h.line > part.line), None)
    if own is None or (after is not None and not after.parts):
        return None
    return Hollow("blank", 0, own.title)


def hollow_doubts(shape: Outline, pack: SubstancePack,
                  structure: Structure) -> dict[str, tuple[Part, Hollow]]:
    """The parts the outline could not rule out (``Outline.unsure``) whose every section that
    may be them says nothing: "What happened" over "We're honestly not sure what triggered
    this." stands where the root cause would, and gives none. Each with the first such section
    and how it is hollow."""
    judged: dict[str, tuple[Part, Hollow]] = {}
    for name in sorted(shape.unsure):
        sections = shape.doubts.get(name, ())
        verdicts = [hollow_parts({name: section}, pack, structure).get(name)
                    for section in sections]
        first = verdicts[0] if verdicts else None
        if first is not None and all(verdicts):
            judged[name] = (sections[0], first)
    return judged


def _own(text: str, structure: Structure, substance: Sequence[str] = ()) -> str:
    """What a part says of its own: its paragraphs up to the one that closes the letter
    ("Please reinstate our account. Thank you, Li Wei" after the last part is the letter's
    thanks, not the part's); nothing of a template's part, whose text is still a placeholder.
    Given the part's ``substance`` (for a part under a heading of its own), its first
    paragraph closes the letter too when it is a sign-off ("Dziękuję," over the name), or a
    closing that holds none of that substance ("Thank you for reading" straight under
    "Prevention:"): the heading over it has nothing of its own."""
    if next(find_placeholders(text), None) is not None:
        return ""
    closing = phrase_set(tuple(structure.closings)) if structure.closings else None
    signoff = phrase_set(tuple(structure.signoffs)) if structure.signoffs and substance else None
    meant = phrase_set(tuple(substance)) if substance else None
    kept: list[str] = []
    for _, block in paragraphs(text):
        if kept and closing is not None and closing.search(block):
            break
        if not kept and _closes_at_once(block, closing, signoff, meant):
            break
        kept.append(block)
    return "\n\n".join(kept)


def _closes_at_once(block: str, closing: Phrases | None, signoff: Phrases | None,
                    meant: Phrases | None) -> bool:
    """Whether ``block``, a part's first paragraph, is the letter's close and not the part:
    its first line signs the letter off, or it is a closing with nothing the part says."""
    first = block.lstrip().split("\n", 1)[0]
    if signoff is not None and signoff.search(first):
        return True
    return closing is not None and meant is not None and closing.search(block) is not None \
        and meant.search(block) is None
