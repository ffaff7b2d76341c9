"""Rule packs: the policy as data (``rules/*.toml``), validated when loaded.

A pack directory holds ``global.toml``, ``marketplaces.toml``, ``trademark-offices.toml``
and one ``types/<case-type>.toml`` per case type. A user's ``--rules DIR`` has the same
layout: its files are merged over the shipped ones (tables merge key by key, anything
else replaces), and a ``types/`` file for an unknown type adds that type.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import re
import sys
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import VERSION as pydantic_version
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from casecheck import __version__
from casecheck.errors import PackError
from casecheck.files import load_toml
from casecheck.models import IdKind
from casecheck.sealed import CacheFolder


def _shipped_rules() -> Path:
    """A wheel carries the packs inside the package; a source checkout keeps them at the top."""
    inside = Path(__file__).with_name("rules")
    return inside if inside.is_dir() else Path(__file__).resolve().parents[2] / "rules"


SHIPPED_RULES = _shipped_rules()


class _Pack(BaseModel):
    # Built when first validated: packs kept in a run's cache are unpickled, never
    # validated, and a pre-commit run then never pays for building their validators.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


Evidence = Literal["amazon", "third-party", "guide"]
"""How sure a value is: ``amazon`` (Amazon's own page or announcement), ``third-party`` (a
seller tool's, a press or a mirror page), ``guide`` (no public source: the seller guide
casecheck started from, or casecheck's own default)."""

CITATION_KEYS = frozenset({"evidence", "source", "urls", "quote", "checked"})
"""The keys of a cited pack table (one with a ``source``) that say where its value comes from."""


def _web_addresses(urls: list[str]) -> list[str]:
    for url in urls:
        if not re.match(r"https?://\S+$", url):
            raise ValueError(f"{url!r} is not an http(s) address")
    return urls


class Cited(_Pack):
    """Every value in a pack says how sure it is and where it comes from: ``evidence`` (see
    ``Evidence``), ``source`` (the document), ``urls`` (where to read it), ``quote`` (the
    words the value rests on) and ``checked`` (the day it was last compared with them).

    A value of Amazon's or of a third party needs its addresses and its quote; a guide
    value may have neither. A pack of your own that leaves ``evidence`` out says ``guide``.
    """

    evidence: Evidence = "guide"
    source: str = Field(min_length=1)
    urls: Annotated[list[str], AfterValidator(_web_addresses)] = Field(default_factory=list)
    quote: str = ""
    checked: dt.date

    @model_validator(mode="after")
    def _public_evidence_is_quoted(self) -> Cited:
        if self.evidence != "guide" and (not self.urls or not self.quote.strip()):
            raise ValueError(f"evidence {self.evidence!r} needs urls and a quote")
        return self


class Threshold(Cited):
    value: int = Field(ge=0)


class Format(_Pack):
    mime: str
    label: str
    extensions: list[str]


class AllowedFormats(Cited):
    types: list[Format] = Field(min_length=1)

    @property
    def takes_pdf(self) -> bool:
        """Whether a PDF is allowed: hints then offer to merge or print into one."""
        return any(form.mime == "application/pdf" for form in self.types)


class AttachmentPolicy(_Pack):
    formats: AllowedFormats
    size_limit: Threshold
    max_per_message: Threshold
    max_pixels: Threshold
    """A PNG with more pixels is treated as a decompression bomb and never decoded."""


class ScreenshotPolicy(Cited):
    """Below this size a screenshot's address bar and clock cannot be read (A014)."""

    min_width: int = Field(ge=1)
    min_height: int = Field(ge=1)


class GlobalPack(_Pack):
    version: str
    attachments: AttachmentPolicy
    screenshots: ScreenshotPolicy


Region = Literal["NA", "EU", "FE"]


class Marketplace(Cited):
    domain: str
    seller_central: list[str] = Field(min_length=1)
    timezone: str
    languages: list[str] = Field(min_length=1)
    region: Region
    """The SP-API selling region (its endpoint). Claim policies name their own lists of
    marketplaces (``claim_regions`` in types/fba-reimbursement.toml): Amazon's European
    policy does not reach India or the Gulf, which share this region's endpoint."""


CheckDigit = Literal["dpma"]
"""Check-digit schemes casecheck knows (casecheck.identifiers): ``dpma`` is the German office's
weighted sum modulo 11 over the digits before the dot."""


class TrademarkFormat(_Pack):
    label: str
    labels: dict[str, str] = Field(default_factory=dict)
    """``label`` in other languages, by language (``zh-CN``): a message shows it in its own."""
    pattern: str
    example: str
    check_digit: CheckDigit | None = None
    """The digit after the dot is verified with this scheme."""

    def label_in(self, lang: str) -> str:
        return self.labels.get(lang, self.label)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"not a regular expression: {error}") from None
        return pattern

    def matches(self, number: str) -> bool:
        return re.fullmatch(self.pattern, number) is not None


class TrademarkOffice(Cited):
    name: str
    names: dict[str, str] = Field(default_factory=dict)
    """``name`` in other languages, by language (``zh-CN``): a message shows it in its own."""

    def name_in(self, lang: str) -> str:
        return self.names.get(lang, self.name)
    formats: list[TrademarkFormat] = Field(min_length=1)
    brand_registry_refuses: Cited | None = None
    """Set when Brand Registry asks for another office's number instead of this one's (a WIPO
    international registration: the national or regional filing number), with its source."""


def _compiled(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"{pattern!r} is not a regular expression: {error}") from None
    return patterns


Patterns = Annotated[list[str], AfterValidator(_compiled)]
"""Case-insensitive regular expressions matched against the message, one per entry."""

Condition = dict[str, list[str]]
"""Field name -> values for which a requirement applies: ``{claim_kind = ["inbound-lost"]}``."""


class RequiredIds(Cited):
    ids: IdKind
    when: Condition = Field(default_factory=dict)


class RequiredField(Cited):
    """A manifest field the case type needs filled (category approval: the brand)."""

    field: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    when: Condition = Field(default_factory=dict)


class RequiredAttachment(Cited):
    kind: str
    when: Condition = Field(default_factory=dict)
    message_headings: list[str] = Field(default_factory=list)
    """Headings that, as a line of the message, satisfy the requirement without a file."""
    message_patterns: Patterns = Field(default_factory=list)
    """Case-insensitive patterns that, found in the message, satisfy the requirement without a
    file (sales figures written out stand in for a sales-history report)."""
    message_plan: bool = False
    """A plan of action in the message itself satisfies the requirement: one that T003 reads
    there (a heading of the plan or of one of its parts, or enough parts by their openings)."""


class CustomField(_Pack):
    """A field of a case type that a pack adds (built-in types have theirs in models.py)."""

    type: Literal["string", "integer", "boolean", "date", "datetime", "string-list"]
    required: bool = False
    description: str = ""


ClaimDate = Literal["shipped_at", "delivered_at", "reported_at", "refunded_at"]
"""The dates of an fba-reimbursement case a claim window may count from."""


class ClaimRegion(Cited):
    """Marketplaces that share one claim policy: Amazon Europe's, which its announcement
    names, not every marketplace of the SP-API's European endpoint."""

    marketplaces: list[str] = Field(min_length=1)


class ClaimWindow(Cited):
    """When a reimbursement may be claimed: from ``opens_after_days`` to ``closes_after_days``
    (or ``closes_after_months``) after the date in ``counts_from``, both days inside, for
    claims submitted on or after ``applies_from`` (None: the source names no start, the
    window holds until a newer one replaces it). Empty ``regions`` / ``marketplaces`` mean
    every marketplace without a window of its own.

    ``estimate_from`` names a date that comes on or before ``counts_from`` (a shipment is
    delivered after it left): a case without ``counts_from`` is measured from it, and its
    findings say the window is estimated, so it closes no sooner than they say."""

    claim_kinds: list[str] = Field(min_length=1)
    regions: list[str] = Field(default_factory=list)
    marketplaces: list[str] = Field(default_factory=list)
    counts_from: ClaimDate
    estimate_from: ClaimDate | None = None
    opens_after_days: int = Field(default=0, ge=0)
    closes_after_days: int | None = Field(default=None, ge=1)
    closes_after_months: int | None = Field(default=None, ge=1)
    applies_from: dt.date | None = None

    @model_validator(mode="after")
    def _one_closing_after_the_opening(self) -> ClaimWindow:
        if (self.closes_after_days is None) == (self.closes_after_months is None):
            raise ValueError("give closes_after_days or closes_after_months, not both")
        if self.closes_after_days is not None and self.opens_after_days >= self.closes_after_days:
            raise ValueError("opens_after_days must be smaller than closes_after_days")
        if self.estimate_from == self.counts_from:
            raise ValueError("estimate_from must name another date than counts_from")
        return self


class AutomaticReimbursement(Cited):
    """Where and since when Amazon reimburses a kind of loss on its own: a case for it is a
    premature contact until the Reimbursements report shows none (D010)."""

    claim_kinds: list[str] = Field(min_length=1)
    regions: list[str] = Field(default_factory=list)
    marketplaces: list[str] = Field(default_factory=list)
    applies_from: dt.date


class Valuation(Cited):
    """Since ``applies_from`` these claims are reimbursed at ``basis``; a message that asks for
    the sale price (one of ``sale_price_cues``) gets a note (D011)."""

    basis: Literal["manufacturing-cost"]
    claim_kinds: list[str] = Field(min_length=1)
    regions: list[str] = Field(default_factory=list)
    marketplaces: list[str] = Field(default_factory=list)
    applies_from: dt.date
    sale_price_cues: Patterns = Field(min_length=1)


class AppealClock(Cited):
    """Hours after ``deactivated_at``: past ``prompt_hours`` D004, past ``late_hours`` D003."""

    prompt_hours: int = Field(ge=1)
    late_hours: int = Field(ge=1)


class ContactPath(Cited):
    """The Seller Central path to a case type: ``expected`` is shown to the seller; each entry
    of ``required`` lists alternatives of which one must appear among the chosen segments."""

    expected: list[str] = Field(min_length=1)
    required: list[list[str]] = Field(min_length=1)


class TypePack(_Pack):
    description: str = ""
    fields: dict[str, CustomField] = Field(default_factory=dict)
    required_ids: list[RequiredIds] = Field(default_factory=list)
    required_fields: list[RequiredField] = Field(default_factory=list)
    required_attachments: list[RequiredAttachment] = Field(default_factory=list)
    claim_regions: dict[str, ClaimRegion] = Field(default_factory=dict)
    claim_windows: list[ClaimWindow] = Field(default_factory=list)
    claim_window_closing: Threshold | None = None
    """Days before a claim window closes from which D002 warns."""
    automatic_reimbursements: list[AutomaticReimbursement] = Field(default_factory=list)
    valuations: list[Valuation] = Field(default_factory=list)
    appeal_clock: AppealClock | None = None
    contact_path: ContactPath | None = None

    @model_validator(mode="after")
    def _regions_exist(self) -> TypePack:
        entries: list[ClaimWindow | AutomaticReimbursement | Valuation] = [
            *self.claim_windows, *self.automatic_reimbursements, *self.valuations]
        for entry in entries:
            unknown = sorted(set(entry.regions) - set(self.claim_regions))
            if unknown:
                known = ", ".join(sorted(self.claim_regions)) or "none"
                raise ValueError(f"regions {unknown} are not in [claim_regions] (known: {known})")
        return self


class SubmissionWindow(Cited):
    """When Seller Support of ``marketplaces`` answers fastest: ``weekdays`` (0 = Monday) from
    ``opens`` to ``closes`` in ``timezone``. A marketplace no window names has no best hours
    (D005 says nothing)."""

    marketplaces: list[str] = Field(min_length=1)
    timezone: str
    weekdays: list[int] = Field(min_length=1)
    opens: dt.time
    closes: dt.time

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {name!r}") from None
        return name

    @field_validator("weekdays")
    @classmethod
    def _weekdays(cls, days: list[int]) -> list[int]:
        if any(not 0 <= day <= 6 for day in days):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday)")
        return days


class DayAnchor(_Pack):
    """A day of the year: a fixed month and day, or a named holiday of ``country`` as the
    ``holidays`` package computes it; then ``offset_days`` later."""

    holiday: str | None = None
    country: str = "US"
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    offset_days: int = 0

    @model_validator(mode="after")
    def _one_kind(self) -> DayAnchor:
        fixed = self.month is not None and self.day is not None
        if (self.holiday is None) == (not fixed):
            raise ValueError("give either holiday or both month and day")
        return self


class DateRange(_Pack):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _in_order(self) -> DateRange:
        if self.end < self.start:
            raise ValueError(f"end {self.end} comes before start {self.start}")
        return self


class Delay(Cited):
    """How much later than usual Seller Support answers in a window."""

    min_hours: int = Field(ge=0)
    max_hours: int = Field(ge=0)


class PeakWindow(Cited):
    """Days Seller Support is slow (``kind = "peak"``) or a team is closed (``"closed"``):
    in each of ``years`` from ``starts`` to ``ends`` (both inclusive; an end before the start
    falls in the next year), or on the listed ``dates`` (events whose days Amazon sets each
    year, like Prime Day). Days are the marketplace's; empty ``marketplaces`` and
    ``case_types`` mean every one. ``delay`` is how much later answers come, when known."""

    name: str
    label: dict[str, str]
    kind: Literal["peak", "closed"] = "peak"
    marketplaces: list[str] = Field(default_factory=list)
    case_types: list[str] = Field(default_factory=list)
    starts: DayAnchor | None = None
    ends: DayAnchor | None = None
    years: list[int] = Field(default_factory=list)
    dates: list[DateRange] = Field(default_factory=list)
    delay: Delay | None = None

    @model_validator(mode="after")
    def _has_days(self) -> PeakWindow:
        if (self.starts is None) != (self.ends is None):
            raise ValueError("give both starts and ends")
        if self.starts is None and not self.dates:
            raise ValueError("give starts, ends and years, or dates")
        if self.starts is not None and not self.years:
            raise ValueError("a window from starts to ends needs the years its source covers")
        if "en" not in self.label:
            raise ValueError("label needs an 'en' text")
        return self


class FollowUp(Cited):
    """Hours a submitted case may wait for an answer: then check it, then escalate."""

    check_after_hours: int = Field(ge=1)
    escalate_after_hours: int = Field(ge=1)


class CalendarPack(_Pack):
    checked: dt.date
    """The day the calendar's dates were last brought up to date; its year and the next must
    have days in it (tests/test_timing.py says which file to update)."""
    submission_windows: list[SubmissionWindow] = Field(default_factory=list)
    peak_windows: list[PeakWindow] = Field(default_factory=list)
    follow_up: FollowUp


class PhraseList(Cited):
    phrases: Patterns = Field(min_length=1)


class Shouting(Cited):
    caps_run: int = Field(ge=2, description="this many ALL-CAPS words in a row are shouting")
    exclamations: int = Field(ge=2, description="this many '!' in a row are shouting")
    questions: int = Field(ge=2, description="this many '?' in a row are shouting")
    acronyms: list[str] = Field(default_factory=list)
    company_suffixes: list[str] = Field(
        default_factory=list, description="'CO LTD', 'GMBH': an ALL-CAPS run holding one is a name")
    name_words: int = Field(ge=0, description="how many words before a company suffix are the name")
    clause_words: list[str] = Field(
        default_factory=list,
        description="a run of capitals shouts only with one of these ('THIS IS', 'WE DID'); "
                    "empty: every run of capitals does")
    courtesy: Patterns = Field(
        default_factory=list, description="greetings and thanks: '!!' after them is warmth")
    courtesy_words: int = Field(ge=1, description="the most words a courtesy formula has")
    name_labels: Patterns = Field(
        default_factory=list,
        description="'Name: DO MINH KHOA', 'Account holder - ...': a line opened by one gives a "
                    "name, which is printed in capitals, not shouted")
    quotes: list[Annotated[str, Field(min_length=1, max_length=2)]] = Field(
        default_factory=list,
        description="quotation marks, the opening one then the closing one ('\u201c\u201d', or "
                    "one mark for both): capitals between them on one line are a text quoted "
                    "(a label, a sign), not shouted")


class Apology(PhraseList):
    """Apologies that are too much: a phrase of ``phrases`` ("very very sorry"), or
    ``repeated`` apologies (``apologies``) in one letter."""

    repeated: int = Field(ge=2)
    apologies: Patterns = Field(min_length=1)


class MildWords(PhraseList):
    """Words that are courtesy alone ("Unfortunately") and emotion only ``needed`` at a time."""

    needed: int = Field(ge=2)


class Dependence(PhraseList):
    """Facts of what the seller lives on ("our only source of income"): calm alone, pleading
    beside a plea of ``pleas`` ("one more chance") anywhere, a request of ``asks`` ("please")
    in the fact's sentence, or any other emotive phrase."""

    pleas: Patterns = Field(min_length=1)
    asks: Patterns = Field(default_factory=list)


class Blame(PhraseList):
    """Words that blame (rules/tone.toml [blame]), and where a blame word is said of something
    else than the reader's decision."""

    spared: Patterns = Field(
        default_factory=list,
        description="searched in the words of a blame word's clause before it: a match says the "
        "word judges what a buyer wrote ('if a review seems unfair, we report it'), the "
        "seller's procedure, not blame of Amazon")


class TonePack(_Pack):
    """Lexicons of emotional language (rules/tone.toml); each entry is a pattern."""

    blame: Blame
    threats: PhraseList
    pleading: PhraseList
    dependence: Dependence | None = None
    anger: PhraseList
    apology: Apology
    mild: MildWords
    shouting: Shouting


class MessagePart(_Pack):
    """One part of a message (facts, root cause, ...): how its heading is worded, how a
    paragraph of it opens when it has no heading, and phrases that name it anywhere."""

    label: dict[str, str]
    headings: Patterns = Field(min_length=1, description="searched in a heading's title")
    openings: Patterns = Field(
        default_factory=list, description="matched at the start of a paragraph without a heading"
    )
    cues: Patterns = Field(
        default_factory=list,
        description="searched in the whole text; for a plan's part only when the plan has no "
        "heading for any of its parts",
    )
    content: Patterns = Field(
        default_factory=list,
        description="what a section of this part says, searched in a section whose heading "
        "names no part of the plan but stands where the plan lacks this one",
    )
    purposes: Patterns = Field(
        default_factory=list,
        description="what a heading says its steps are for ('Steps taken to prevent this "
        "from happening again'): searched in a heading's title, it names this part over a part "
        "the title's first words name",
    )
    submitted: Patterns = Field(
        default_factory=list,
        description="what a paragraph of this part says when it tells only what the seller gave "
        "Amazon or asked of others (documents uploaded, appeals sent, a retraction asked for): "
        "the appeal's evidence, which does not begin a plan on its own",
    )
    standing: Patterns = Field(
        default_factory=list,
        description="what only this part says, a rule that stays ('every Friday', 'before "
        "buying', 'any new supplier'): searched sentence by sentence in the corrective actions "
        "and in a section headed as the facts after them ('Summary of changes'), it finds this "
        "part where no heading or opening names it",
    )
    owned: Patterns = Field(
        default_factory=list,
        description="how the notice's own paragraph opens this part in a plan whose other parts "
        "have headings ('We violated the drop shipping policy because we bought from other "
        "retailers'): the violation owned, with the seller's own act as its reason",
    )


class TypeStructure(_Pack):
    parts: list[str] = Field(default_factory=list)
    plan_of_action: list[str] = Field(default_factory=list)
    cite_policy: bool = False
    actions_begin_plan: bool = Field(
        default=False,
        description="whether a paragraph of what the seller changed, told on its own past the "
        "notice, begins a plan of action: where the type must hold a plan (A016), it is the "
        "seller's attempt at one; where a fix and its documents may answer alone (a listing's "
        "remediation), it is not",
    )


class Structure(Cited):
    parts: dict[str, MessagePart]
    types: dict[str, TypeStructure] = Field(default_factory=dict)
    plan_headings: Patterns = Field(
        min_length=1, description="a heading that names the plan of action itself ('Our POA')"
    )
    plan_attached: Patterns = Field(
        min_length=1, description="the text says the plan of action is an attached document"
    )
    plan_documents: Patterns = Field(
        default_factory=list,
        description="what a line naming the plan of action says when it names a file ('Plan of "
        "action (PDF, 3 pages)' in a list of attachments): such a line is no heading",
    )
    min_parts: int = Field(
        ge=1, description="parts of a plan found without any heading that make it a plan"
    )
    read_languages: list[str] = Field(
        default_factory=lambda: ["en"],
        description="the languages the part lexicons cover: in a message in any other, A016 "
        "does not say the message holds no plan of action, only that it cannot read one",
    )
    connectors: Patterns = Field(
        min_length=1, description="words before a paragraph's opening ('Also,', 'Secondly,')"
    )
    closings: Patterns = Field(
        default_factory=list,
        description="what a paragraph that closes the letter says (a request, thanks): such a "
        "paragraph is never taken for a part of the plan by its place",
    )
    signoffs: Patterns = Field(
        default_factory=list,
        description="a line that signs the letter off ('Best regards,', 'Thanks,'), the whole "
        "line: the lines under it up to a blank line (the name, the title, the company) are the "
        "signature, never a heading ('Safeguard Supply Co.' names no part)",
    )
    requests: Patterns = Field(
        default_factory=list,
        description="what a question that asks the reader for something says ('Could you tell "
        "us which orders?'): such a question is never a heading",
    )
    presents: Patterns = Field(
        default_factory=list,
        description="the words that open a sentence presenting what follows ('Please find the "
        "steps we did:'): they ask the reader for nothing",
    )
    disputes: Patterns = Field(
        default_factory=list,
        description="what a letter that contests the violation says ('the complaints are not "
        "true', 'an attack from a competitor'): its findings are no root cause, unless a heading "
        "or more parts make a plan",
    )
    thread_markers: Patterns = Field(
        default_factory=list,
        description="a line that starts an earlier message quoted under the newest one "
        "('-------- Original message --------'): each message of the thread is read in its own "
        "order, and a part only an earlier one gives still counts",
    )
    done: Patterns = Field(min_length=1, description="cues of an action already taken")
    planned: Patterns = Field(min_length=1, description="cues of an action only planned")
    done_part: str = Field(description="the part whose actions must be done, not planned")
    facts_part: str = Field(
        default="facts", description="the part that says what happened: where I009 and T007 "
        "ask for the IDs and the policy",
    )

    @model_validator(mode="after")
    def _parts_exist(self) -> Structure:
        for name, wanted in self.types.items():
            for part in (*wanted.parts, *wanted.plan_of_action):
                if part not in self.parts:
                    raise ValueError(f"types.{name} names part {part!r}, which [parts] lacks")
        for name in (self.done_part, self.facts_part):
            if name not in self.parts:
                raise ValueError(f"{name!r} (done_part or facts_part) is not one of [parts]")
        return self


class Policy(Cited):
    """A policy or a kind of violation an appeal may answer, and the ways sellers name it."""

    name: str = Field(min_length=1)
    names: Patterns = Field(min_length=1)
    told: Patterns = Field(
        default_factory=list,
        description="the violation retold by what happened ('a second account', 'the towels "
        "were not original'): it names the policy where the letter tells the notice, not in "
        "the parts that tell the story (a plan's root cause)")
    owned_before: Patterns = Field(
        default_factory=list,
        description="what stands right before a name when the seller tells of a right of their "
        "own ('we have the patent and trademark'): evidence, not the policy the notice cites")
    owned_after: Patterns = Field(
        default_factory=list,
        description="what follows a name right after it when it is a document the seller holds "
        "('trademark certificate', 'patent number'): evidence, not the policy")


class Records(Cited):
    """Metrics quoted with their figures as the account's good record ("our metrics are good:
    ODR 0.2%, late shipment rate 0.5%"): the seller shows what is healthy, not the policy the
    notice cites."""

    phrases: Patterns = Field(
        min_length=1, description="what says the figures that follow are good ('good metrics')")
    contrasts: Patterns = Field(
        default_factory=list,
        description="what turns a sentence against its record ('but', 'except'): a metric past "
        "it is the one that went wrong")


class NamedPolicy(Cited):
    """A policy named in the seller's own words: a policy word ('policy', 'guidelines') with
    a word before it that says which ('the medical device policy'), or after it ('the policy
    on medical devices'); 'Amazon policy', 'your policy' and 'our return policy' name none."""

    words: Patterns = Field(min_length=1, description="the policy words: 'policy', 'guidelines'")
    after: Patterns = Field(
        default_factory=list, description="what joins a policy word to its subject: 'on', 'for'")
    vague: list[str] = Field(
        default_factory=list,
        description="words that say no policy ('amazon', 'seller', 'all'): not a policy's name")
    owners: list[str] = Field(
        default_factory=list,
        description="words that make the policy the seller's own ('our', 'my'): not Amazon's")
    reach: int = Field(ge=1, description="how many words before a policy word may name it")


class PolicyPack(_Pack):
    """The policies an appeal may cite (rules/policies.toml, T007)."""

    policies: list[Policy] = Field(min_length=1)
    denials: Patterns = Field(
        default_factory=list,
        description="what stands right before a name when the seller denies it ('we never sell "
        "fake products', '从来没有卖过假货'): the appeal does not name its policy by a denial",
    )
    titles: Patterns = Field(
        default_factory=list,
        description="words that make a name a policy's title ('Drop Shipping Policy'): a title "
        "names the policy even after a denial ('we never broke the Drop Shipping Policy')",
    )
    notices: Patterns = Field(
        default_factory=list,
        description="words right after a name that make it the complaint a step answers ('sent "
        "the invoices for the inauthentic complaint'): among the corrective actions such a name "
        "cites the policy, where 'we removed the counterfeit listings' says only what was fixed",
    )
    teams: Patterns = Field(
        default_factory=list,
        description="words right after a name that make it a team's ('Dear Seller Identity "
        "Verification Team'): whom the letter is addressed to, not the policy it answers",
    )
    named: NamedPolicy | None = None
    records: Records | None = None
    story_parts: list[str] = Field(
        default_factory=list,
        description="the parts of a plan that tell what happened (the root cause): a violation "
        "retold there (a policy's `told` names) is the story, not the policy the notice cites")
    step_parts: list[str] = Field(
        default_factory=list,
        description="the parts of a plan besides the corrective one that list the seller's steps "
        "(the preventive measures): there, as among the corrective actions, only a policy's title "
        "names one ('we check every listing against the style guide' is a step the seller takes)")


class MessagePack(_Pack):
    """Limits and cues for the case text (rules/message.toml)."""

    max_chars: Threshold
    min_words: Threshold
    read_limit: Threshold
    """How much of the text the wording rules read; T006 reads all of it."""
    subject_max_chars: Threshold
    generic_subjects: PhraseList
    structure: Structure


class PartSubstance(Cited):
    """What one part of a plan of action must hold to count (rules/substance.toml): the kinds
    of hollow wording it is read for, and what says something (a fact of the seller's own
    process, a step, a mechanism)."""

    hollow: list[str] = Field(min_length=1, description="kinds of [hollow] this part is read for")
    substance: Patterns = Field(min_length=1)
    ignore: Patterns = Field(
        default_factory=list,
        description="what is blanked out before the substance search and makes no sentence "
        "hollow on its own: the notice's identifiers (an ASIN, a complaint ID) are no fact of "
        "the seller's process")
    guessed_after: list[str] = Field(
        default_factory=list,
        description="kinds of [hollow] after which a sentence with no substance is a guess: "
        "no benefit of the doubt for it (\"We are not sure why. Some of them slip through.\")")
    guesses: Patterns = Field(
        default_factory=list,
        description="the hedge that opens a guess (\"Maybe\", \"Perhaps\"): after a kind of "
        "``guessed_after``, a sentence it opens is a guess, whatever it names (\"We cannot find "
        "the reason. Maybe one order was sent by our partner.\")")
    told_elsewhere: Patterns = Field(
        default_factory=list,
        description="what gives this part's substance when another part of the plan says it: "
        "a root-cause section that only retells the complaints, over actions that say \"40 units "
        "had scratches because they were returned items re-sold\", still has its cause")


class SubstancePack(_Pack):
    """When a part of a plan of action is there in name only (rules/substance.toml, T003)."""

    neutral_words: int = Field(
        ge=1, description="a sentence this long that is neither hollow nor substantive gives the "
        "part the benefit of the doubt")
    hollow: dict[str, PhraseList] = Field(min_length=1)
    parts: dict[str, PartSubstance] = Field(default_factory=dict)
    copies: list[str] = Field(
        default_factory=list,
        description="the parts that are hollow (kind 'copied') when each of their sentences only "
        "repeats a step of the corrective actions: a list of what was done, pasted again under "
        "'Preventive measures', is no measure that stays")

    @model_validator(mode="after")
    def _kinds_exist(self) -> SubstancePack:
        for name, part in self.parts.items():
            unknown = sorted(set(part.hollow) - set(self.hollow))
            if unknown:
                raise ValueError(f"parts.{name}.hollow names kinds {unknown} that [hollow] lacks")
        return self


SecretKind = Literal[
    "card", "card-code", "card-expiry", "password", "one-time-code", "iban", "bank-account",
    "routing-number",
]


class SecretLabels(Cited):
    """Words that name a secret just before its value, per kind (literal text, any case)."""

    password: list[str] = Field(min_length=1)
    one_time_code: list[str] = Field(min_length=1, alias="one-time-code")
    card: list[str] = Field(min_length=1)
    card_code: list[str] = Field(min_length=1, alias="card-code")
    card_expiry: list[str] = Field(min_length=1, alias="card-expiry")
    bank_account: list[str] = Field(min_length=1, alias="bank-account")
    routing_number: list[str] = Field(min_length=1, alias="routing-number")
    iban: list[str] = Field(
        default_factory=list,
        description="words before an IBAN: a labelled one whose checksum holds is an IBAN even "
        "when its length is not its country's (mistyped, or a format python-stdnum lacks)",
    )
    code_sent: list[str] = Field(
        default_factory=list, alias="code-sent",
        description="words that say how a code reached the seller: 'the code that just came to my "
        "phone is 604817' names a one-time code by one of them between 'the code' and 'is'",
    )
    code_given: list[str] = Field(
        default_factory=list, alias="code-given",
        description="words right before '(the) code' that hand it to the seller: 'Amazon sent me "
        "the code 604817', 'I received code 604817'",
    )
    login: list[str] = Field(
        default_factory=list,
        description="words after which an e-mail address or user name and what follows it are a "
        "login and its password: 'log in with brand@example.com / Cedar!Board77'",
    )
    card_code_place: list[str] = Field(
        default_factory=list, alias="card-code-place",
        description="where on a card its security code is printed: 'the 3 digits at the back are "
        "552' names the card code by its place (only near a card number)",
    )
    code_again: list[str] = Field(
        default_factory=list, alias="code-again",
        description="words that point back to a one-time code named before: 'the code is rejected "
        "...' then 'The latest one I got was 582941' (only with a code named shortly before)",
    )
    code_message: list[str] = Field(
        default_factory=list, alias="code-message",
        description="the message a code comes in: 'the SMS said: 7 3 9 2 0 4', 'the text message "
        "says 604817' gives a one-time code as what that message said, right after the verb",
    )

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True,
                              defer_build=True)

    @field_validator("*", mode="after")
    @classmethod
    def _words(cls, value: Any) -> Any:
        if isinstance(value, list) and any(not str(word).strip() for word in value):
            raise ValueError("a label is an empty word")
        return value


class SecretsPack(_Pack):
    """How sellers name the secrets T006 finds (rules/secrets.toml)."""

    labels: SecretLabels


class RulePacks(_Pack):
    global_: GlobalPack = Field(alias="global")
    marketplaces: dict[str, Marketplace]
    trademark_offices: dict[str, TrademarkOffice]
    types: dict[str, TypePack]
    calendar: CalendarPack
    message: MessagePack
    policies: PolicyPack
    secrets: SecretsPack
    substance: SubstancePack
    tone: TonePack

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True,
                              defer_build=True)

    @property
    def version(self) -> str:
        return self.global_.version

    @model_validator(mode="after")
    def _marketplaces_exist(self) -> RulePacks:
        named: list[tuple[str, list[str]]] = [
            (f"calendar.submission_windows[{i}]", w.marketplaces)
            for i, w in enumerate(self.calendar.submission_windows)
        ]
        named += [(f"calendar.peak_windows[{i}]", w.marketplaces)
                  for i, w in enumerate(self.calendar.peak_windows)]
        for name, pack in self.types.items():
            named += [(f"types.{name}.claim_regions.{key}", region.marketplaces)
                      for key, region in pack.claim_regions.items()]
            for table in ("claim_windows", "automatic_reimbursements", "valuations"):
                named += [(f"types.{name}.{table}[{i}]", entry.marketplaces)
                          for i, entry in enumerate(getattr(pack, table))]
        for where, codes in named:
            unknown = sorted(set(codes) - set(self.marketplaces))
            if unknown:
                raise ValueError(f"{where} names marketplaces {unknown} that are not in "
                                 "marketplaces.toml")
        return self


def condition_holds(when: Condition, case: Any) -> bool:
    """True when every field named in ``when`` has one of the listed values on ``case``."""
    return all(str(getattr(case, name, None)) in values for name, values in when.items())


# --- loading -------------------------------------------------------------------------------

def _pack_key(relative: Path) -> tuple[str, ...]:
    """``types/fba-reimbursement.toml`` -> ("types", "fba-reimbursement")."""
    if relative.parent.name == "types":
        return ("types", relative.stem)
    return (relative.stem.replace("-", "_"),)


def _merge(base: Any, override: Any) -> Any:
    """Tables merge key by key, anything else replaces. A cited table (one with a ``source``)
    whose own values a pack changes, or whose citation it gives, takes its citation from that
    pack alone: a value of yours never wears the shipped value's evidence, and without a
    ``source`` and ``checked`` of its own it fails to load. Changing a table inside it (one
    type's parts of ``[structure]``) leaves the citation as it is."""
    if isinstance(base, dict) and isinstance(override, dict):
        changes_own = any(not isinstance(value, dict) for value in override.values())
        if "source" in base and changes_own:
            base = {k: v for k, v in base.items() if k not in CITATION_KEYS}
        return {**base, **{k: _merge(base.get(k), v) for k, v in override.items()}}
    return override


def _pack_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.toml") if p.is_file())


@dataclass(frozen=True)
class _Layer:
    """The raw data of one pack directory, with the file each key came from."""

    data: dict[str, Any]
    origins: dict[tuple[str, ...], str]


def _read_layer(directory: Path) -> _Layer:
    data: dict[str, Any] = {}
    origins: dict[tuple[str, ...], str] = {}
    for path in _pack_files(directory):
        relative = path.relative_to(directory)
        try:
            content = load_toml(path)
        except (ValueError, OSError) as error:  # TOMLDecodeError, UnicodeDecodeError among them
            raise PackError(f"{path}: {error}") from None
        key = _pack_key(relative)
        target = data
        for part in key[:-1]:
            target = target.setdefault(part, {})
        target[key[-1]] = content
        origins[key] = str(path)
    return _Layer(data, origins)


def _where(loc: tuple[int | str, ...], origins: Mapping[tuple[str, ...], str]) -> str:
    """Name the file and the key inside it for a pydantic error location."""
    parts = tuple(str(p) for p in loc)
    for size in (2, 1):
        if parts[:size] in origins:
            inner = parts[size:]
            key = ".".join(inner) if inner else "(whole file)"
            return f"{origins[parts[:size]]}: key {key}"
    return f"rule packs: key {'.'.join(parts)}"


def load_packs(extra_dirs: Iterable[Path] = (), *, cache: CacheFolder | None = None) -> RulePacks:
    """Load the shipped packs, then each directory of ``extra_dirs`` over them.

    With ``cache`` (a run's cache directory), packs validated once are kept there, sealed,
    under the content of every pack file, this code and pydantic's version: validating the
    shipped packs costs more than a pre-commit run's whole check of one case."""
    directories = tuple(Path(d).resolve() for d in extra_dirs)
    stamp = _stamp(directories)
    known = _loaded.get((directories, stamp))
    if known is not None:
        return known
    key = _cache_key(directories, stamp) if cache is not None else None
    packs = _from_cache(cache, key) if cache is not None and key is not None else None
    if packs is None:
        packs = _validated(directories)
        if cache is not None and key is not None:
            cache.mark()
            cache.write_sealed(_cache_entry(key), pickle.dumps(packs))
    if len(_loaded) >= _LOADED_KEPT:
        _loaded.clear()
    _loaded[(directories, stamp)] = packs
    return packs


_LOADED_KEPT = 64
_loaded: dict[tuple[tuple[Path, ...], tuple[tuple[str, int, int], ...]], RulePacks] = {}
"""The packs of this process by directories and the stat of their files: a long-lived
process (an editor, a test run) sees an edited pack."""
_CODE = (Path(__file__), Path(__file__).with_name("models.py"))
"""What the classes of a kept ``RulePacks`` are defined in: an edit makes every entry stale."""


def _cache_key(directories: tuple[Path, ...], stamp: tuple[tuple[str, int, int], ...]) -> str:
    """The packs' content, not their stat: a checkout that rewrites a pack with the same
    bytes keeps its entry."""
    hasher = hashlib.sha256(f"{__version__}\0{pydantic_version}\0{sys.version}".encode())
    for path in (*_CODE, *(Path(file) for file, _, _ in stamp)):
        hasher.update(f"\0{path}\0".encode(errors="surrogateescape"))
        hasher.update(path.read_bytes())
    hasher.update(repr(directories).encode(errors="surrogateescape"))
    return hasher.hexdigest()


def _cache_entry(key: str) -> list[str]:
    return [__version__, "packs", f"{key}.pickle"]


def _from_cache(cache: CacheFolder, key: str) -> RulePacks | None:
    """The packs kept under ``key``. Unpickled only once the seal verified: a file that no
    one with this user's key wrote is never unpickled."""
    data = cache.read_sealed(_cache_entry(key))
    if data is None:
        return None
    try:
        packs = pickle.loads(data)  # sealed with this user's key: casecheck wrote it
    except Exception:  # noqa: BLE001 - a stale entry of any kind is a miss
        return None
    return packs if isinstance(packs, RulePacks) else None


def _stamp(directories: tuple[Path, ...]) -> tuple[tuple[str, int, int], ...]:
    """The pack files by stat: a long-lived process (an editor, a test run) sees an edited pack."""
    stamp = []
    for directory in (SHIPPED_RULES, *directories):
        for path in _pack_files(directory) if directory.is_dir() else ():
            info = path.stat()
            stamp.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(stamp)


def _validated(extra_dirs: tuple[Path, ...]) -> RulePacks:
    merged: dict[str, Any] = {}
    origins: dict[tuple[str, ...], str] = {}
    for directory in (SHIPPED_RULES, *extra_dirs):
        if not directory.is_dir():
            raise PackError(f"{directory}: rules directory not found")
        layer = _read_layer(directory)
        merged = _merge(merged, layer.data)
        origins.update(layer.origins)
    try:
        return RulePacks.model_validate(merged)
    except ValidationError as error:
        first = error.errors()[0]
        where = _where(first["loc"], origins)
        raise PackError(f"{where}: {first['msg']}") from None
