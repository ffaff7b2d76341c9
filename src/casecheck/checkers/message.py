"""Message rules: the case text is English, calm, structured, complete, free of secrets and
of leftover placeholders, and names the IDs and the marketplace the case is about."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from casecheck.catalog import word
from casecheck.checkers.screenshots import screenshot_marketplaces
from casecheck.engine import OCR, Context, checker
from casecheck.findings import Finding, Location
from casecheck.identifiers import ID_VALIDATORS, ascii_form, typed_id, valid_ids
from casecheck.language import (
    SCRIPT_LANGUAGES,
    detect,
    language_name,
    mixes_in_english,
    part_language,
    strip_noise,
    words_in,
)
from casecheck.loader import LoadedCase
from casecheck.models import ID_KINDS
from casecheck.outline import Outline, Part, outline, said_done
from casecheck.packs import (
    Apology,
    Cited,
    MessagePart,
    NamedPolicy,
    Policy,
    Records,
    Shouting,
)
from casecheck.placeholders import Placeholder, find_placeholders, is_placeholder
from casecheck.prose import (
    SENTENCE_MARKS,
    LineIndex,
    any_match,
    first_line_matching,
    is_heading_line,
    iter_matches,
    line_of_offset,
    numbered,
    paragraphs,
    phrase_set,
    word_count,
    words,
)
from casecheck.sensitive import Secret, find_secrets
from casecheck.substance import Hollow, hollow_doubts, hollow_parts
from casecheck.urls import AMAZON_HOST, marketplaces_for_host

_CAPS_WORD = re.compile(r"(?<![A-Za-z0-9])[0-9]*+[A-Za-z][A-Za-z0-9'’]*+(?:[-_][A-Za-z0-9]++)*+")
"""A word, or a code joined by hyphens or digits ("HT-BIT-SET", "SKU2", "PR-KURTI-M-RED"),
taken whole so that a code is never read as several shouted words."""
_CODE = re.compile(r"[\d_-]")
"""What a code holds and a word does not: a digit, a hyphen, an underscore."""
_BETWEEN_CAPS = re.compile(r"[\s,.;:\-–—/&+]*")
"""What may stand between two words of one ALL-CAPS run: spaces and punctuation."""
_SUBJECT_VERSIONS = re.compile(r"[/|()（）\uff5c]|\s[-–—]\s")
"""Where a bilingual subject puts its versions side by side: "Plan de acción / Plan of action"."""


def _text(case: LoadedCase) -> str | None:
    return case.message if case.message and case.message.strip() else None


def wording(case: LoadedCase, ctx: Context) -> str | None:
    """The part of the text the wording rules read: the first ``read_limit`` characters."""
    text = _text(case)
    return text[:ctx.packs.message.read_limit.value] if text is not None else None


def message_language(case: LoadedCase, ctx: Context) -> str | None:
    """The language of the case text (None: undecided), decided once per case for every rule
    that asks (T001, A016)."""
    text = _text(case)
    if text is None:
        return None
    if "language" not in ctx.shared:
        ctx.shared["language"] = detect(text).language
    language: str | None = ctx.shared["language"]
    return language


_NOT_NEWLINE = re.compile(r"[^\n]")


def message_secrets(case: LoadedCase, ctx: Context) -> tuple[Secret, ...]:
    """The secrets in the case text, found once per case for every rule that asks (T006
    reports them, T002 reads the text without them)."""
    text = _text(case)
    if text is None:
        return ()
    if "secrets" not in ctx.shared:
        assert case.model is not None
        ids = valid_ids(case.model.ids.model_dump())
        ctx.shared["secrets"] = tuple(find_secrets(text, ctx.packs.secrets.labels, ids))
    secrets: tuple[Secret, ...] = ctx.shared["secrets"]
    return secrets


def _without_secrets(text: str, secrets: Sequence[Secret]) -> str:
    """``text`` with every secret in it blanked (same length and lines): "password is
    Batik2026!!" does not shout, and a password in capitals is never quoted back as a
    shouted phrase."""
    for secret in secrets:
        start, end = secret.span
        text = text[:start] + _NOT_NEWLINE.sub(" ", text[start:end]) + text[end:]
    return text


def _subject(case: LoadedCase) -> str | None:
    assert case.model is not None
    subject = case.model.subject
    return subject if subject and subject.strip() else None


def _joined(items: Sequence[str], lang: str) -> str:
    if lang == "zh-CN":
        return "、".join(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


# --- T001 ----------------------------------------------------------------------------------

@checker("T001")
def language(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    accepted = ctx.marketplace.languages if ctx.marketplace else ["en"]
    assert case.model is not None
    names = _joined([language_name(code, ctx.lang) for code in accepted], ctx.lang)
    text = _text(case)
    written_in = message_language(case, ctx)
    if text is not None and written_in is not None and written_in not in accepted:
        line = next((start for start, block in paragraphs(text)
                     if detect(block).language == written_in), None)
        yield ctx.finding(
            "T001", location=case.message_location(line),
            data={"language": written_in, "accepted": list(accepted),
                  "marketplace": case.model.marketplace},
            name=language_name(written_in, ctx.lang), names=names,
        )
    subject = _subject(case)
    if subject is not None:
        verdict = detect(subject, beside=written_in)
        if (verdict.language is not None and verdict.language not in accepted
                and not _carries_a_version_in(subject, accepted)
                and not _code_switched(subject, written_in, accepted)):
            yield ctx.finding(
                "T001", variant="subject", location=case.field_location("subject"),
                data={"language": verdict.language, "accepted": list(accepted),
                      "marketplace": case.model.marketplace},
                name=language_name(verdict.language, ctx.lang), names=names,
            )


def _code_switched(subject: str, message_language: str | None, accepted: Sequence[str]) -> bool:
    """True when the message is in English that the marketplace accepts and the subject says
    part of it in English too: in Chinese or Japanese ("关于关联账户 appeal"), or in a version of
    its own beside the seller's language ("Cuenta suspendida - appeal"): the case is read in
    English, and the agent sees what it is about."""
    if message_language != "en" or "en" not in accepted:
        return False
    return mixes_in_english(subject) or any(
        part_language(part, beside=message_language) == message_language
        for part in _SUBJECT_VERSIONS.split(subject))


def _carries_a_version_in(subject: str, accepted: Sequence[str]) -> bool:
    """True when a subject in several parts holds at least as many words in an accepted
    language as in others: a bilingual subject gives Seller Support its English version.
    Parts whose language cannot be told are not counted."""
    words = {True: 0.0, False: 0.0}
    for part in _SUBJECT_VERSIONS.split(subject):
        language = part_language(part)
        if language is not None:
            words[language in accepted] += words_in(part)
    return words[True] > 0 and words[True] >= words[False]


# --- T002 ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Capitals:
    """What of the ``shouting`` pack the capitals check compares every word with, as sets
    made once per message rather than once per word."""

    acronyms: frozenset[str]
    suffixes: frozenset[str]
    name_words: int
    needed: int
    clause_words: frozenset[str]

    @classmethod
    def of(cls, shouting: Shouting) -> _Capitals:
        return cls(frozenset(a.upper() for a in shouting.acronyms),
                   frozenset(s.upper() for s in shouting.company_suffixes),
                   shouting.name_words, shouting.caps_run,
                   frozenset(w.upper().replace("’", "'") for w in shouting.clause_words))


def _loud(run: Sequence[re.Match[str]], capitals: _Capitals) -> bool:
    """The run shouts: ``needed`` words of it shout, and it is a clause ("THIS IS UNFAIR"),
    not a name or a printed text ("SUNNY HOME KITCHEN", "MADE IN CHINA")."""
    if _shouted(run, capitals) < capitals.needed:
        return False
    return not capitals.clause_words or any(
        m.group().upper().replace("’", "'") in capitals.clause_words for m in run)


def _shouted(run: Sequence[re.Match[str]], capitals: _Capitals) -> int:
    """How many words of an ALL-CAPS run shout: not acronyms, not a company's name (its
    suffix such as "CO LTD" and the ``name_words`` words before the first suffix), not a
    code ("SKU ALP-GORRO-LANA") and not a single letter (the sizes "S, M, L, XL")."""
    said = [m.group().upper() for m in run]
    named = [i for i, w in enumerate(said) if w in capitals.suffixes]
    name = range(max(0, named[0] - capitals.name_words), named[-1] + 1) if named else range(0)
    return sum(w not in capitals.acronyms and i not in name and len(w) > 1
               and not _CODE.search(w) for i, w in enumerate(said))


def _caps_run(line: str, capitals: _Capitals) -> str | None:
    """The first run of ``caps_run`` or more ALL-CAPS words that shout (see ``_shouted``)."""
    run: list[re.Match[str]] = []
    for match in _CAPS_WORD.finditer(line):
        joined = not run or _BETWEEN_CAPS.fullmatch(line[run[-1].end():match.start()])
        if not match.group().isupper() or not joined:
            if _loud(run, capitals):
                break
            run = [match] if match.group().isupper() else []
            continue
        run.append(match)
    if _loud(run, capitals):
        return line[run[0].start():run[-1].end()]
    return None


_MARK_RUN = re.compile("[!?\uff01\uff1f]{2,}+")
_CLAUSE_END = re.compile("[.!?;,:\u3002\uff01\uff1f\uff1b\uff0c\uff1a]")


def _exclaimed(line: str, shouting: Shouting) -> str | None:
    """The first run of "!!" (``exclamations``), "???" (``questions``) or "?!" on the line
    that does not close a greeting or thanks ("Thanks a lot!!": warmth, not anger)."""
    courtesy = phrase_set(tuple(shouting.courtesy)) if shouting.courtesy else None
    for match in _MARK_RUN.finditer(line):
        marks = match.group().replace("\uff01", "!").replace("\uff1f", "?")
        loud = (marks.count("!") >= shouting.exclamations if "?" not in marks
                else marks.count("?") >= shouting.questions if "!" not in marks else True)
        if not loud:
            continue
        clause = _CLAUSE_END.split(line[:match.start()])[-1].strip()
        if courtesy is not None and courtesy.search(clause.lower()) \
                and len(clause.split()) <= shouting.courtesy_words:
            continue
        return match.group()
    return None


_SET_OFF_QUOTE = re.compile(
    "(?:^|(?<=[:\uff1a]))[ \t>]{0,4}+[\"\u201c]([^\"\u201c\u201d\n]{8,600}+)[\"\u201d]",
    re.MULTILINE)
"""A quotation set off as its own line or after a colon: 'One wrote to us:' / '"THIS IS A
SCAM!!! ..."', 'Amazon replied: "We're sorry, ..."'."""


def _unquoted(text: str) -> str:
    """``text`` with the words it quotes from someone else blanked (same length and lines): a
    buyer's angry message or Amazon's "We're sorry" set off as a quotation is not the seller's
    tone. Quotes inside a sentence (an "investigation" in scare quotes) are still read."""
    return _SET_OFF_QUOTE.sub(lambda m: m.group().replace(m.group(1), " " * len(m.group(1))),
                              text)


@checker("T002")
def tone(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    text = wording(case, ctx)
    if text is None:
        return
    text = _unquoted(_without_secrets(text, message_secrets(case, ctx)))
    lexicon = ctx.packs.tone

    def said(variant: str, line: int, phrase: str, cited: Cited, **data: Any) -> Finding:
        return ctx.finding("T002", variant=variant, location=case.message_location(line),
                           cited=cited, data={"kind": variant, "phrase": phrase, **data})

    lists = (("blame", lexicon.blame), ("threat", lexicon.threats),
             ("plea", lexicon.pleading), ("anger", lexicon.anger), ("apology", lexicon.apology))
    spared = phrase_set(tuple(lexicon.blame.spared)) if lexicon.blame.spared else None
    emotive = False
    for variant, phrases in lists:
        for line, match in iter_matches(phrase_set(tuple(phrases.phrases)), text):
            if variant == "blame" and spared is not None \
                    and spared.search(_clause_before(text, match.start())):
                continue  # "if a review seems unfair, we report it": a buyer's words judged
            emotive = True
            yield said(variant, line, match.group(), phrases)
    dependence = lexicon.dependence
    if dependence is not None:
        facts = list(iter_matches(phrase_set(tuple(dependence.phrases)), text))
        if facts and (emotive or phrase_set(tuple(dependence.pleas)).search(text)
                      or _asked_beside(text, [m for _, m in facts], dependence.asks)):
            for line, match in facts:
                yield said("plea", line, match.group(), dependence)
    yield from _apologies(text, lexicon.apology, said)
    mild = lexicon.mild
    found = list(iter_matches(phrase_set(tuple(mild.phrases)), text))
    if len({match.group().casefold() for _, match in found}) >= mild.needed:
        for line, match in found:
            yield said("mild", line, match.group(), mild, count=len(found))
    shouting = lexicon.shouting
    capitals = _Capitals.of(shouting)
    shape = message_outline(case, ctx)
    headings = shape.heading_lines if shape is not None else frozenset()
    names = phrase_set(tuple(shouting.name_labels)) if shouting.name_labels else None
    for line, content in numbered(text):
        if line in headings or is_heading_line(content) \
                or (names is not None and names.match(content.lstrip())):
            continue
        phrase = _caps_run_unquoted(strip_noise(content), capitals, shouting.quotes) \
            or _exclaimed(content, shouting)
        if phrase is not None:
            yield said("shouting", line, phrase, shouting)


def _caps_run_unquoted(line: str, capitals: _Capitals, quotes: Sequence[str]) -> str | None:
    """The run of capitals that shouts on ``line`` outside what it quotes, as written there
    (a quoted word inside the run is shown, not blanked: 'WHY DID YOU "REVIEW" US')."""
    blanked = _without_quoted(line, quotes)
    run = _caps_run(blanked, capitals)
    if run is None:
        return None
    at = blanked.find(run)
    return line[at:at + len(run)]


def _without_quoted(line: str, quotes: Sequence[str]) -> str:
    """``line`` with what it quotes between ``quotes`` (an opening and a closing mark, or one
    mark for both) blanked, same length: 'a shelf marked "RETURNS - DO NOT SELL AS NEW"' quotes
    the label on the shelf, in the capitals it is printed in; the seller does not shout it."""
    for marks in quotes:
        opens, closes = marks[0], marks[-1]
        quoted = re.compile(f"{re.escape(opens)}[^{re.escape(opens + closes)}\n]{{1,200}}+"
                            f"{re.escape(closes)}")
        line = quoted.sub(lambda m: " " * len(m.group()), line)
    return line


_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_MARKS)}]")
_CLAUSE_REACH = 80
"""How far back in its clause the words a blame word is said of are looked for."""


def _clause_before(text: str, start: int) -> str:
    """The words of ``start``'s clause before it (from the last sentence mark or comma), blanks
    made single and a blank kept at the end when there was one."""
    before = text[max(0, start - _CLAUSE_REACH):start]
    stop = max(before.rfind(mark) for mark in (*SENTENCE_MARKS, ",", ";", "\n"))
    return " ".join(before[stop + 1:].split()) + (" " if before[-1:].isspace() else "")


def _asked_beside(text: str, facts: Sequence[re.Match[str]], asks: Sequence[str]) -> bool:
    """Whether a request of ``asks`` stands in the sentence of one of ``facts``: "please look
    again, the shop is our only income" pleads with the fact; a fact in a sentence of its own
    ("this account is the only source of income for my family") is told."""
    if not asks:
        return False
    asked = phrase_set(tuple(asks))
    for fact in facts:
        before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, fact.start() - 300),
                                                           fact.start())]
        after = _SENTENCE_END.search(text, fact.end(), fact.end() + 300)
        start = before[-1] if before else max(0, fact.start() - 300)
        end = after.start() if after is not None else min(len(text), fact.end() + 300)
        if asked.search(text[start:end]):
            return True
    return False


def _apologies(text: str, apology: Apology, said: Any) -> Iterator[Finding]:
    """One finding when the letter apologises ``repeated`` times or more, at the apology
    that makes it too many, unless a phrase of ``apology.phrases`` already said so."""
    if phrase_set(tuple(apology.phrases)).search(text):
        return
    found = list(iter_matches(phrase_set(tuple(apology.apologies)), text))
    if len(found) >= apology.repeated:
        line = found[apology.repeated - 1][0]
        phrase = " … ".join(m.group() for _, m in found[:apology.repeated])
        yield said("apology", line, phrase, apology, count=len(found))


# --- T003 / T007 ---------------------------------------------------------------------------

def message_outline(case: LoadedCase, ctx: Context) -> Outline | None:
    """The outline of the case text, read once per case for every rule that asks (T002,
    T003, A016): they judge the same headings and parts."""
    text = wording(case, ctx)
    if text is None:
        return None
    memo = ctx.shared.get("outline")
    if memo is None:
        model = case.model
        assert model is not None
        structure = ctx.packs.message.structure
        wanted = structure.types.get(model.type)
        plan = wanted.plan_of_action if wanted is not None and wanted.plan_of_action else None
        begun = wanted is not None and wanted.actions_begin_plan
        memo = ctx.shared["outline"] = outline(text, structure, plan, begun)
    shape: Outline = memo
    return shape


def _part_line(name: str, shape: Outline, part: MessagePart, text: str) -> int | None:
    """Where ``part`` starts: a heading naming it, else the first line with one of its cues."""
    heading = next((h.line for h in shape.headings if name in h.parts), None)
    if heading is not None:
        return heading
    return first_line_matching(part.cues, numbered(text)) if part.cues else None


def shown_line(case: LoadedCase, line: int) -> int:
    """The line a finding names: of the message file or the manifest, else of the message."""
    return case.message_location(line).line or line


def _listed(items: Sequence[str], lang: str) -> str:
    if lang == "zh-CN":
        return "、".join(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _label(part: MessagePart, name: str, lang: str) -> str:
    return part.label.get(lang, part.label.get("en", name))


@checker("T003")
def structure(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    assert model is not None
    pack = ctx.packs.message.structure
    wanted = pack.types.get(model.type)
    shape = message_outline(case, ctx)
    text = wording(case, ctx)
    if wanted is None or shape is None or text is None:
        return
    lang = "zh-CN" if ctx.lang == "zh-CN" else "en"
    line_of = case.message_location

    for name in wanted.parts:
        if _part_line(name, shape, pack.parts[name], text) is None:
            yield ctx.finding("T003", location=line_of(None), cited=pack,
                              data={"part": name, "problem": "missing"},
                              label=_label(pack.parts[name], name, lang))
    if not wanted.plan_of_action or not shape.has_plan():
        return  # no plan in the text: A016 asks for one unless a plan-of-action is attached
    found = {name: shape.parts[name] for name in wanted.plan_of_action if name in shape.parts}
    # a part there in name only is missing; a template's parts are still to be written
    empty = {} if ctx.template else hollow_parts(found, ctx.packs.substance, pack,
                                                 shape.headings)
    first = min((part.line for part in found.values()), default=shape.plan_line)
    # what T003 found, in the letter's order: the parts, those in name only, and the headings
    # the seller left empty (the part is missing, but its heading is there to fill in)
    placed = [(part.line, word("phrases", "part-hollow-at" if name in empty else "part-at",
                               lang).format(label=_label(pack.parts[name], name, lang),
                                            line=shown_line(case, part.line)))
              for name, part in found.items()]
    placed += [(line, word("phrases", "part-empty-at", lang).format(
        label=_label(pack.parts[name], name, lang), line=shown_line(case, line)))
        for name, line in shape.empty.items() if name in wanted.plan_of_action]
    shown = [said for _, said in sorted(placed)]
    found = {name: part for name, part in found.items() if name not in empty}
    where = {name: shown_line(case, part.line) for name, part in found.items()}
    if not shown and shape.plan_line is not None:
        shown = [word("phrases", "plan-heading-at", lang).format(
            line=shown_line(case, shape.plan_line))]
    for name in shape.missing():
        heading = shape.empty.get(name)
        yield ctx.finding(
            "T003", variant="plan-of-action", location=line_of(first), cited=pack,
            data={"part": name, "problem": "missing", "found": where,
                  **({"empty_heading": shown_line(case, heading)} if heading else {})},
            label=_label(pack.parts[name], name, lang), found=_listed(shown, lang),
        )
    yield from _hollow(case, ctx, shape.parts, empty, where)
    # a part the outline may have found in words no lexicon knows ("What happened" over "We're
    # not sure what triggered this") is missing when each section it may be says nothing
    doubted = {} if ctx.template else hollow_doubts(shape, ctx.packs.substance, pack)
    yield from _hollow(case, ctx, {name: part for name, (part, _) in doubted.items()},
                       {name: verdict for name, (_, verdict) in doubted.items()}, where)
    done = found.get(pack.done_part)
    # Only a part that says what "we will" do is only planned: one in the tense the lexicon
    # cannot read ("- Removal of all listings") is given the benefit of the doubt.
    planned = any_match(pack.planned, done.text) if done is not None else None
    if done is not None and planned and not ctx.template and not said_done(done.text, pack):
        said = _quoted(done.text, planned.start())
        yield ctx.finding(
            "T003", variant="not-done", location=line_of(done.line), cited=pack,
            data={"part": pack.done_part, "problem": "not-done", "found": where, "says": said},
            label=_label(pack.parts[pack.done_part], pack.done_part, lang), says=said,
        )


QUOTE_CHARACTERS = 80
"""How much of a sentence a finding quotes."""


def _quoted(text: str, start: int) -> str:
    """The words of ``text`` from ``start`` to the end of their sentence, shortened."""
    rest = " ".join(text[start:start + QUOTE_CHARACTERS * 2].split())
    end = next((i + 1 for i, c in enumerate(rest) if c in ".!?。\uff01\uff1f"), len(rest))
    sentence = rest[:end]
    if len(sentence) > QUOTE_CHARACTERS:
        sentence = sentence[:QUOTE_CHARACTERS].rsplit(" ", 1)[0] + "…"
    return sentence


def _hollow(case: LoadedCase, ctx: Context, parts: Mapping[str, Part],
            empty: Mapping[str, Hollow], where: Mapping[str, int]) -> Iterator[Finding]:
    """T003 for each part of the plan that is there in name only ("Root cause: the buyer is
    lying"): missing, as a reader counts it, quoting what it says and why it does not count."""
    pack = ctx.packs.message.structure
    lang = "zh-CN" if ctx.lang == "zh-CN" else "en"
    for name, verdict in empty.items():
        part = parts[name]
        said = _quoted(verdict.sentence, 0)
        yield ctx.finding(
            "T003", variant="hollow", location=case.message_location(part.line),
            cited=ctx.packs.substance.parts[name],
            data={"part": name, "problem": "missing", "hollow": verdict.kind, "says": said,
                  "found": dict(where)},
            label=_label(pack.parts[name], name, lang), says=said,
            at=shown_line(case, part.line),
            why=word("hollow-why", verdict.kind, lang, default=verdict.kind),
            fix=word("hollow-fix", name, lang, default=_label(pack.parts[name], name, lang)),
        )


POLICY_SLOTS = frozenset({"policy", "violation", "reason"})
"""Placeholder names that stand for the policy or violation an appeal answers."""


@checker("T007")
def policy_cited(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    assert model is not None
    wanted = ctx.packs.message.structure.types.get(model.type)
    if wanted is None or not wanted.cite_policy:
        return
    policy = getattr(model, "policy", None)
    if policy and policy.strip():
        return
    # A letter in a script no lexicon here is written in (Bengali, Thai: the script tells the
    # language) names its policy in words none of them holds: T001 says the language is not
    # accepted, and "no policy named" would be a guess. (A letter in Russian or Polish, which
    # the model reads, still gets it: the policies' English names are often kept there.)
    if message_language(case, ctx) in SCRIPT_LANGUAGES:
        return
    # A reinstatement has no `policy`: its `reason` says why the listing went, and names the
    # policy when it is one (an appeal's `reason` too).
    field = "policy" if "policy" in type(model).model_fields else "reason"
    subject = _subject(case)
    said = wording(case, ctx) or ""
    body = "\n".join(t for t in (getattr(model, "reason", None), said) if t)
    text = "\n".join(t for t in (subject, body) if t)
    # A slot such as {{ reason }} is where the seller names the violation: left unfilled it is
    # I010's, in a template it is declared.
    slots = {p.suggestion.strip("{} ").lower() for p in find_placeholders(text)}
    if slots & POLICY_SLOTS:
        return
    # The policy must stand in the letter: a subject alone is a title, often cut short, and
    # the reviewer matches the letter to the notification. Named only there, it is the
    # variant `subject`, which says so.
    shape, offset = message_outline(case, ctx), len(body) - len(said)
    steps = (ctx.packs.message.structure.done_part, *ctx.packs.policies.step_parts)
    deeds = _part_spans(said, shape, steps, offset)
    story = _part_spans(said, shape, ctx.packs.policies.story_parts, offset)
    if _names_policy(body, ctx, deeds, story):
        return
    in_subject = subject is not None and _names_policy(subject, ctx)
    told = _told_at(case, ctx)
    data: dict[str, Any] = {"type": model.type}
    if told is not None:
        data["line"] = told
    if in_subject:
        data["named_in"] = "subject"
    variant = "subject" if in_subject else "at" if told is not None else None
    yield ctx.finding("T007", location=case.field_location(field), data=data, variant=variant,
                      at_line=told, manifest_field=field)


DENIAL_REACH = 40
"""How many characters before a name a denial is looked for ("we have never sold any")."""
TITLE_REACH = 12
"""How far after a name its title word may stand ("Drop Shipping" then " Policy")."""


RECORD_REACH = 200
"""How far back in its sentence a record ("our metrics are good:") may stand before a metric."""
_FIGURE = re.compile(
    r"(?:[ \t][^\W\d_]{1,20}){0,3}[ \t]?(?:[:=][ \t]?)?\d{1,3}(?:[.,]\d{1,2})?[ \t]?%")
"""A metric's figure right after its name, or after the rest of it: "ODR 0.2%", "ODR is
0.2%", "late shipment" + " rate: 0.5 %", "ODR always lower than 0.3%" (a comparison of three
words at most)."""
_RECORD_STOP = re.compile("[.!?;](?!\\d)|[\n。\uff01\uff1f；]")
"""Where a sentence ends, not at a figure's decimal point ("ODR 0.2%, late shipment ...")."""

Spans = Sequence[tuple[int, int]]


def _part_spans(said: str, shape: Outline | None, parts: Sequence[str],
                offset: int) -> list[tuple[int, int]]:
    """Where the ``parts`` of the plan stand in the text T007 reads (the message starts at
    ``offset``): among the corrective actions "We deleted the duplicate listing" tells what
    was fixed, in the root cause "our assistant opened a second account" what happened; neither
    says which policy the notice cites."""
    if shape is None:
        return []
    lines = said.split("\n")
    starts = LineIndex(said).starts
    spans = []
    for part in (shape.parts[name] for name in parts if name in shape.parts):
        for number, piece in part.body:
            if not 0 < number <= len(lines) or not piece.strip():
                continue
            # a part found at a sentence holds the line from that sentence on
            at = lines[number - 1].find(piece)
            begin = starts[number - 1] + max(at, 0)
            spans.append((offset + begin, offset + begin + len(piece)))
    return sorted(spans)


def _within(spans: Spans, at: int, end: int) -> bool:
    found = bisect_right(spans, (at, end + 1)) - 1
    return found >= 0 and spans[found][0] <= at < spans[found][1]


def _on_record(text: str, start: int, end: int, records: Records) -> bool:
    """The name at ``start:end`` is a metric quoted with its figure in a sentence that says the
    figures are good ("good metrics: ODR 0.2%, late shipment rate 0.5%"), and no "but" or
    "except" turns the sentence before it."""
    if _FIGURE.match(text, end) is None:
        return False
    before = text[max(0, start - RECORD_REACH):start]
    stops = [stop.end() for stop in _RECORD_STOP.finditer(before)]
    before = before[stops[-1]:] if stops else before
    praised = [m.end() for m in phrase_set(tuple(records.phrases)).finditer(before)]
    if not praised:
        return False
    return not records.contrasts or phrase_set(tuple(records.contrasts)).search(
        before[praised[-1]:]) is None


def _sentence_before(text: str, start: int) -> str:
    """The few words before ``start`` in their sentence, blanks made single."""
    before = text[max(0, start - DENIAL_REACH):start]
    stop = max(before.rfind(mark) for mark in SENTENCE_MARKS)
    return " ".join(before[stop + 1:].split()) + (" " if before[-1:].isspace() else "")


def _names_policy(text: str, ctx: Context, deeds: Spans = (), story: Spans = ()) -> bool:
    """The text names a policy: a name of one that is not the seller's denial of it ("we
    never sell fake products"), nor a right or document of the seller's own ("we have the
    patent", "trademark certificate"), unless the name is a policy's title; nor a metric shown
    with its figure as the account's good record. Among the corrective actions (``deeds``)
    only a policy's title names one: there a violation's name says what was fixed; in the
    parts that tell what happened (``story``) a violation retold (``told``) is the story."""
    pack = ctx.packs.policies
    title = phrase_set(tuple(pack.titles)) if pack.titles else None
    notice = phrase_set(tuple(pack.notices)) if pack.notices else None
    team = phrase_set(tuple(pack.teams)) if pack.teams else None
    retold = sorted([*deeds, *story])  # the two parts do not overlap
    for known in pack.policies:
        for told, names in ((False, known.names), (True, known.told)):
            for match in phrase_set(tuple(names)).finditer(text) if names else ():
                start, end = match.span()
                if team is not None and team.match(text[end:end + TITLE_REACH]):
                    continue  # "Dear Product Safety" + " Team": whom the letter is for
                if pack.records is not None and _on_record(text, start, end, pack.records):
                    continue  # a good figure, whatever the metric's title
                if pack.named is not None and _seller_own(text, start, end, pack.named):
                    continue  # "our company pricing policy": the seller's rule, not Amazon's
                if title and title.search(text[start:end + TITLE_REACH]):
                    return True  # "Drop Shipping" + " Policy"
                hidden = _within(retold if told else deeds, start, len(text))
                noticed = notice is not None and notice.search(text[start:end + TITLE_REACH])
                if hidden and not told and noticed:
                    hidden = False  # "for the inauthentic" + " complaint": what a step answers
                if not hidden and not _disowned(text, start, end, known, pack.denials,
                                                complained=bool(noticed)):
                    return True
    return pack.named is not None and _named_in_own_words(text, pack.named, deeds)


_OWNER_REACH = 2
"""How many words before a policy's name may say whose it is ("our internal review policy")."""


def _seller_own(text: str, start: int, end: int, named: NamedPolicy) -> bool:
    """The name at ``start:end`` is a policy of the seller's own: a policy word in lower case
    ends it and an ``owners`` word stands just before it ("Our internal review policy now says
    ...", "our company pricing policy"). "Our Order Defect Rate" has no policy word, and "you
    violated our Drop Shipping Policy" quotes Amazon's notice by its title: they are Amazon's."""
    word = phrase_set(tuple(named.words)).search(text[start:end + TITLE_REACH])
    if word is None or not word.group().islower():
        return False
    owners = frozenset(word.casefold() for word in named.owners)
    said = _POLICY_WORD.findall(_SENTENCE_BREAK.split(text[max(0, start - 80):start])[-1])
    return any(word.casefold() in owners for word in said[-_OWNER_REACH:])


def _disowned(text: str, start: int, end: int, known: Policy, denials: Sequence[str],
              complained: bool = False) -> bool:
    """The name at ``start:end`` is the seller's denial of it, or a right or a document of
    the seller's own. A name the word for a notice follows (``complained``: "we got a
    copyright infringement complaint", "we have a trademark claim against us") is the
    complaint the seller received, not a right the seller holds."""
    before = _sentence_before(text, start)
    return bool(
        (denials and phrase_set(tuple(denials)).search(before))
        or (not complained and known.owned_before
            and phrase_set(tuple(known.owned_before)).search(before))
        or (known.owned_after
            and phrase_set(tuple(known.owned_after)).match(text[end:end + TITLE_REACH * 2])))


_POLICY_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_BREAK = re.compile("[.!?;:,()\\[\\]\n\u3002\uff01\uff1f\uff1b\uff1a\uff0c]")


def _named_in_own_words(text: str, named: NamedPolicy, deeds: Spans = ()) -> bool:
    """A policy word that says which policy: a word before it that is neither vague nor
    the seller's ("the medical device policy", not "Amazon policy" or "our return policy"),
    or after it past a joining word ("the policy on medical devices"). Among the corrective
    actions (``deeds``) "we read all the rules about messaging buyers" is a step the seller
    took, not the policy the notice cites."""
    vague = frozenset(word.casefold() for word in named.vague)
    owners = frozenset(word.casefold() for word in named.owners)
    joins = phrase_set(tuple(named.after)) if named.after else None
    for match in phrase_set(tuple(named.words)).finditer(text):
        if _within(deeds, match.start(), len(text)):
            continue
        before = _SENTENCE_BREAK.split(text[max(0, match.start() - 120):match.start()])[-1]
        saying, owned = 0, False
        for said in reversed(_POLICY_WORD.findall(before)[-named.reach:]):
            folded = said.casefold()
            if folded in owners:
                saying, owned = 0, True
                break
            if folded in vague:
                break
            saying += 1
        if saying:
            return True
        if owned:
            continue  # "our policy on returns", "the lease agreement for the warehouse"
        after = _SENTENCE_BREAK.split(text[match.end():match.end() + 80])[0]
        joined = joins.match(after) if joins is not None else None
        following = _POLICY_WORD.findall(after[joined.end():]) if joined is not None else []
        if following and following[0].casefold() not in vague | owners:
            return True
    return False


def _told_at(case: LoadedCase, ctx: Context) -> int | None:
    """The line where the message says what happened (its facts heading, else its first
    paragraph), as the finding shows it: where an ID or the policy belongs."""
    shape = message_outline(case, ctx)
    told = shape.told_at(ctx.packs.message.structure.facts_part) if shape is not None else None
    return shown_line(case, told) if told is not None else None


# --- T004 / T005 / T008 --------------------------------------------------------------------

@checker("T004")
def too_long(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    text = _text(case)
    limit = ctx.packs.message.max_chars
    formats = ctx.packs.global_.attachments.formats
    if text is not None and len(text) > limit.value:
        yield ctx.finding("T004", location=case.message_location(line_of_offset(text, limit.value)),
                          cited=limit, data={"length": len(text), "limit": limit.value},
                          attached=word("phrases", "attached-document" if formats.takes_pdf
                                        else "attached-file", ctx.lang))


@checker("T005")
def empty(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    text = _text(case)
    if text is None:
        location = case.message_location() if case.message_file else case.field_location("message")
        yield ctx.finding("T005", variant="missing", location=location, data={"words": 0})
        return
    if ctx.template:
        return  # a skeleton's {{ slots }} stand for the paragraphs; only real text has a length
    minimum = ctx.packs.message.min_words
    count = word_count(strip_noise(text))
    if count < minimum.value:
        yield ctx.finding("T005", location=case.message_location(1), cited=minimum,
                          data={"words": count, "minimum": minimum.value})


@checker("T008")
def subject(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    subject = _subject(case)
    location = case.field_location("subject")
    pack = ctx.packs.message
    if subject is None:
        yield ctx.finding("T008", variant="missing", location=location, data={"subject": None})
        return
    limit = pack.subject_max_chars
    if len(subject) > limit.value:
        yield ctx.finding("T008", variant="too-long", location=location, cited=limit,
                          data={"subject": subject, "length": len(subject), "limit": limit.value})
    generic = phrase_set(tuple(f"^(?:{p})$" for p in pack.generic_subjects.phrases))
    said = words(_without_placeholders(subject))
    if said and all(generic.match(word) for word in said):
        yield ctx.finding("T008", variant="generic", location=location,
                          cited=pack.generic_subjects, data={"subject": subject})


def _without_placeholders(text: str) -> str:
    for placeholder in find_placeholders(text):
        text = text.replace(placeholder.text, " ")
    return text


# --- T006 ----------------------------------------------------------------------------------

@checker("T006")
def sensitive_data(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """Secrets in the message and in every text of the manifest: the subject, ``policy``,
    ``reason``, attachment descriptions, IDs (a card number typed as an order ID)."""
    labels = ctx.packs.secrets.labels
    text = _text(case)
    assert case.model is not None
    ids = valid_ids(case.model.ids.model_dump())
    if text is not None:
        for secret in message_secrets(case, ctx):
            yield ctx.finding(
                "T006", variant=secret.kind, location=case.message_location(secret.line),
                cited=labels, data=_secret_data(secret, text),
            )
    fields = case.model.model_dump(mode="json", by_alias=True, exclude={"message"},
                                   exclude_defaults=True)
    for path, value in _field_values(fields, ""):
        if _is_valid_id(path, value):
            continue  # a FedEx number may pass the checks of a card; it is what it says
        for secret in find_secrets(value, labels, ids):
            yield ctx.finding("T006", variant=secret.kind, location=case.field_location(path),
                              cited=labels, data=_secret_data(secret, value))


def _secret_data(secret: Secret, text: str) -> dict[str, Any]:
    """What a T006 finding says of a secret: its kind, its mask, and where it stands in its
    text (line and column, 1-based). Two codes on one line mask alike ("••••"): their places
    keep them two findings, so that neither is lost."""
    start = secret.span[0]
    return {"kind": secret.kind, "masked": secret.masked, "line": secret.line,
            "column": start - text.rfind("\n", 0, start)}


def _is_valid_id(path: str, value: str) -> bool:
    """Whether ``path`` is an entry of ``ids.<kind>`` and ``value`` a valid ID of that kind."""
    kind = path.removeprefix("ids.").split("[", 1)[0]
    valid = ID_VALIDATORS.get(kind) if path.startswith("ids.") else None
    return valid is not None and valid(typed_id(kind, value))


# --- I009 / I010 / I012 --------------------------------------------------------------------

def _squeezed(text: str) -> str:
    """Upper case without spaces or hyphens, so '1Z 999 AA1' finds '1Z999AA1', read as typed
    in ASCII: an en dash, a full-width digit or a zero-width space is no other ID."""
    return re.sub(r"[\s-]+", "", text if text.isascii() else ascii_form(text)).upper()


@checker("I009")
def ids_in_message(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    text = _text(case)
    model = case.model
    assert model is not None
    if text is None:
        return
    haystack = _squeezed(text)
    told: int | None = None
    for kind in ID_KINDS:
        for index, value in enumerate(getattr(model.ids, kind)):
            # A {{ slot }} is declared, not missing: a template's, or a draft's unfilled I010.
            if value.strip() and not is_placeholder(value) and _squeezed(value) not in haystack:
                told = _told_at(case, ctx) if told is None else told
                data: dict[str, Any] = {"ids": kind, "value": value}
                if told is not None:
                    data["line"] = told
                yield ctx.finding(
                    "I009", location=case.field_location(f"ids.{kind}[{index}]"), data=data,
                    variant="at" if told is not None else None, at_line=told,
                    label=word("ids", kind, ctx.lang),
                )


def _field_values(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _field_values(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _field_values(item, f"{path}[{index}]")


def _placeholder_finding(
    ctx: Context, placeholder: Placeholder, location: Location, where: str,
) -> Finding | None:
    variant: str | None = "malformed" if placeholder.kind == "malformed" else None
    if ctx.template:
        if placeholder.kind == "canonical":
            return None
        variant = variant or "foreign"
    return ctx.finding("I010", variant=variant, location=location, data={
        "placeholder": placeholder.text, "kind": placeholder.kind, "where": where,
        "suggestion": placeholder.suggestion,
    }, place=_place(where, ctx.lang))


def _place(where: str, lang: str) -> str:
    """How a message names the place of a placeholder: the message, the subject, a field."""
    if where in ("message", "subject"):
        return word("places", where, lang)
    return word("places", "field", lang).format(where=where)


@checker("I010")
def placeholders(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    assert model is not None
    text = case.message or ""
    line_of = LineIndex(text)
    for placeholder in find_placeholders(text):
        line = line_of(placeholder.start)
        finding = _placeholder_finding(ctx, placeholder, case.message_location(line), "message")
        if finding is not None:
            yield finding
    fields = model.model_dump(mode="json", exclude={"message"}, exclude_defaults=True)
    for path, value in [*_field_values(fields, ""), *model.slots]:
        for placeholder in find_placeholders(value):
            finding = _placeholder_finding(ctx, placeholder, case.field_location(path), path)
            if finding is not None:
                yield finding


@checker("I012", reads={OCR})
def marketplace_urls(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """Seller Central links of another marketplace: in the message and the subject, and in
    the address bar of a screenshot (read once, with the screenshot rules)."""
    yield from screenshot_marketplaces(case, ctx)
    model = case.model
    assert model is not None
    texts: list[tuple[str, Location | None]] = [(case.message or "", None)]
    if model.subject:
        texts.append((model.subject, case.field_location("subject")))
    for text, fixed in texts:
        for line, match in iter_matches(AMAZON_HOST, text):
            host = match.group(1).lower()
            markets = marketplaces_for_host(host, ctx.packs)
            if not host.startswith("sellercentral") or not markets or model.marketplace in markets:
                continue
            yield ctx.finding(
                "I012", variant="text", location=fixed or case.message_location(line),
                data={"host": host, "found": ", ".join(markets), "marketplace": model.marketplace},
            )
