"""What the HTML report shows of one case besides its findings: the submission packet (subject,
message, contact path, attachments with thumbnails), the screenshots with the boxes where the
URL and the time were read, and the timeline of the case's dates.

A report holds findings, not the loaded case, so the case folder is read again at the report's
path with the configuration it was checked with, the way the checkers read it: files inside
the case folder only, special files never opened, each attachment's facts from the same
inspection (memoized in the process: a run that has just checked the files does not parse
them again). Where the URL
and the time were read comes from the report's observations, which the incremental cache keeps
with the findings: nothing is read with OCR here. Secrets in the message, the subject, the
case ID, the contact path, the attachments' descriptions and file names are shown masked, as
in the findings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from casecheck.attachments import AttachmentFacts, InspectionLimits, inspect_attachment
from casecheck.catalog import word
from casecheck.checkers.attachments import ABSOLUTE_PATH
from casecheck.checkers.timing import timing_plan
from casecheck.engine import Config, Context, reference_time
from casecheck.findings import CaseReport
from casecheck.loader import LoadedCase, names_a_file, resolve_in_case
from casecheck.masking import mask_name, mask_text
from casecheck.models import CaseBase
from casecheck.packs import RulePacks, load_packs
from casecheck.placeholders import is_placeholder
from casecheck.registry import rule_catalog
from casecheck.reporters.thumbnails import (
    MAX_SIDE,
    THUMBNAIL_SIDE,
    Thumbnail,
    image_pictures,
    pdf_thumbnail,
)
from casecheck.runner import load_case

OWN_TIMES = {"submit_at": "planned", "submitted_at": "submitted", "last_reply_at": "last-reply"}
"""The case's own moments, by the ``[html-timeline]`` word that names them; every other date
field of a case type is an event (shipped, deactivated, removed...)."""


@dataclass(frozen=True)
class AttachmentView:
    """One ``[[attachments]]`` entry as the packet lists it, in the manifest's order.

    ``state`` is the inspection's (``file``, ``missing``, ``special``, ``unreadable``),
    ``outside`` for a path that leads out of the case folder (never opened), or
    ``placeholder`` for a template's ``{{ slot }}``.
    """

    index: int
    path: str
    kind: str
    description: str | None
    """As the report may show it: every secret masked."""
    state: str
    type: str | None = None
    size: int | None = None
    pages: int | None = None
    thumbnail: Thumbnail | None = None
    """The packet's small picture."""
    picture: Thumbnail | None = None
    """A screenshot's picture to draw the boxes on."""

    @property
    def screenshot(self) -> bool:
        return self.kind == "screenshot"

    @property
    def shown(self) -> str:
        """The path as the report shows it: a file name's secrets masked, as in the findings
        that point at it (``path`` is the one to open)."""
        return mask_name(self.path)


@dataclass(frozen=True)
class Moment:
    """A point on the case's timeline. ``key`` names what it is (an ``[html-timeline]`` word);
    ``field`` is the manifest field of an event date."""

    when: dt.datetime | dt.date
    key: str
    field: str | None = None

    def instant(self, zone: dt.tzinfo) -> dt.datetime:
        """A plain date stands at the start of that day in the marketplace's time zone."""
        if isinstance(self.when, dt.datetime):
            return self.when.astimezone(dt.UTC)
        return dt.datetime.combine(self.when, dt.time(), tzinfo=zone).astimezone(dt.UTC)


@dataclass(frozen=True)
class Dossier:
    """One case's packet, screenshots and timeline. ``model`` is None when the manifest did
    not load: then the report shows the findings only."""

    model: CaseBase | None
    subject: str | None = None
    """The subject, the message, the case ID and the contact path as the report may show
    them: every secret masked."""
    message: str | None = None
    case_id: str | None = None
    contact_path: tuple[str, ...] = ()
    subject_length: int = 0
    """The lengths the limits are measured on: of the texts as written, not as masked."""
    message_length: int = 0
    message_limit: int = 0
    subject_limit: int = 0
    attachments: tuple[AttachmentView, ...] = ()
    readings: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)
    """The screenshots' observations (``CaseReport.observations``) by attachment index."""
    timeline: tuple[Moment, ...] = ()
    deadline: Moment | None = None
    """The last day to send: the claim window's close, or the appeal clock's late mark."""
    zone: dt.tzinfo = dt.UTC
    """The marketplace's time zone, that plain dates are read in."""

    @property
    def screenshots(self) -> tuple[AttachmentView, ...]:
        return tuple(a for a in self.attachments if a.screenshot)


class Dossiers:
    """Makes the dossier of each case of a run, each with its own configuration's packs and
    limits (``case_config``; the run's ``config`` when None), in the run's language."""

    def __init__(self, config: Config,
                 case_config: Callable[[Path], Config] | None = None) -> None:
        self.config = config
        self.case_config = case_config
        self._readers: dict[int, tuple[Config, _CaseReader]] = {}
        """By the case configuration's identity: a run's files give one object per distinct
        configuration (it is kept here with its reader, so its id is not reused)."""

    def __call__(self, report: CaseReport) -> Dossier:
        own = self.config if self.case_config is None else self.case_config(Path(report.path))
        if id(own) not in self._readers:
            shown = own if own is self.config else replace(own, lang=self.config.lang)
            self._readers[id(own)] = own, _CaseReader(shown)
        return self._readers[id(own)][1](report)


class _CaseReader:
    """Reads dossiers with one configuration: its rule packs and limits."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.packs: RulePacks = load_packs(config.rules_dirs)
        self.labels = self.packs.secrets.labels
        self.catalog = rule_catalog()
        policy = self.packs.global_.attachments
        self.limits = InspectionLimits(read_limit=policy.size_limit.value,
                                       max_pixels=policy.max_pixels.value,
                                       parse_timeout=config.parse_timeout)

    def __call__(self, report: CaseReport) -> Dossier:
        folder = Path(report.path)
        if not folder.is_dir():  # a case checked from memory, or moved since
            return Dossier(None)
        loaded = load_case(folder, config=self.config)
        model = loaded.model
        if model is None or loaded.root is None:
            return Dossier(None)
        attachments = model.attachments
        readings = {
            index: shot for shot in report.observations.get("screenshots", ())
            if isinstance(shot, Mapping) and isinstance(index := shot.get("index"), int)
            and 0 <= index < len(attachments) and attachments[index].path == shot.get("file")
        }  # a reading of an entry that has moved since the check is not drawn on another
        timeline, deadline, zone = self._timeline(loaded)
        return Dossier(
            model,
            subject=self._masked(model.subject), message=self._masked(loaded.message),
            case_id=self._masked(model.case_id),
            contact_path=tuple(mask_text(step, self.labels, surrogates=False)
                               for step in model.contact_path),
            subject_length=len(model.subject or ""), message_length=len(loaded.message or ""),
            message_limit=self.packs.message.max_chars.value,
            subject_limit=self.packs.message.subject_max_chars.value,
            attachments=tuple(self._attachments(model, loaded.root)),
            readings=readings, timeline=timeline, deadline=deadline, zone=zone,
        )

    def _masked(self, value: str | None) -> str | None:
        return mask_text(value, self.labels, surrogates=False) if value is not None else None

    def _attachments(self, model: CaseBase, root: Path) -> list[AttachmentView]:
        lang = self.config.lang
        views = []
        for index, attachment in enumerate(model.attachments):
            path = attachment.path
            kind = attachment.kind
            view = AttachmentView(index, path, kind, self._masked(attachment.description),
                                  "missing")
            if is_placeholder(path):
                view = replace(view, state="placeholder")
            elif names_a_file(path):
                view = self._inspected(view, root, lang)
            views.append(view)
        return views

    def _inspected(self, view: AttachmentView, root: Path, lang: str) -> AttachmentView:
        path = view.path
        try:
            target = None if ABSOLUTE_PATH.match(path) else resolve_in_case(root, path)
            if target is None:
                return replace(view, state="outside")
            facts = inspect_attachment(target, self.limits)
        except ValueError:  # a name the file system cannot spell (a lone surrogate)
            return replace(view, state="unreadable")
        view = replace(view, state=facts.state, type=self._type(facts, lang), size=facts.size,
                       pages=facts.pdf_pages)
        return self._pictured(view, target, facts)

    def _type(self, facts: AttachmentFacts, lang: str) -> str | None:
        if facts.mime is None:
            return None
        allowed = {f.mime: f.label for f in self.packs.global_.attachments.formats.types}
        if facts.mime in allowed:
            return allowed[facts.mime]
        return word("content-types", facts.mime, lang, default=facts.description or facts.mime)

    def _pictured(self, view: AttachmentView, path: Path,
                  facts: AttachmentFacts) -> AttachmentView:
        limits = self.limits
        if facts.is_pdf:
            return replace(view, thumbnail=pdf_thumbnail(
                path, facts, read_limit=limits.read_limit, timeout=limits.parse_timeout))
        sides = (THUMBNAIL_SIDE, MAX_SIDE) if view.screenshot else (THUMBNAIL_SIDE,)
        pictures = image_pictures(path, facts, sides, read_limit=limits.read_limit,
                                  max_pixels=limits.max_pixels, timeout=limits.parse_timeout)
        if not pictures:
            return view
        return replace(view, thumbnail=pictures[0], picture=pictures[-1] if view.screenshot
                       else None)

    def _timeline(self, loaded: LoadedCase) -> tuple[tuple[Moment, ...], Moment | None,
                                                       dt.tzinfo]:
        """The case's dates, and the claim window and send time the timing rules worked out:
        their own plan, made in a context of the run's clock and packs."""
        model = loaded.model
        assert model is not None
        market = self.packs.marketplaces.get(model.marketplace)
        zone: dt.tzinfo = ZoneInfo(market.timezone) if market is not None else dt.UTC
        reference = reference_time(model, self.config)
        moments = [
            Moment(value, OWN_TIMES.get(name, "event"), name)
            for name in type(model).model_fields
            if isinstance(value := getattr(model, name), dt.date)
        ]
        deadline = None
        plan = timing_plan(loaded, Context(reference, self.config, self.packs, loaded,
                                           self.catalog))
        days = plan.claim.days if plan is not None and plan.claim is not None else None
        if days is not None:
            deadline = Moment(days.closes, "window-closes")
            moments += [Moment(days.opens, "window-opens"), deadline]
        type_pack = self.packs.types.get(model.type)
        deactivated = getattr(model, "deactivated_at", None)
        clock = type_pack.appeal_clock if type_pack is not None else None
        if isinstance(deactivated, dt.datetime) and clock is not None:
            late = Moment(deactivated + dt.timedelta(hours=clock.late_hours), "appeal-late")
            moments += [
                Moment(deactivated + dt.timedelta(hours=clock.prompt_hours), "appeal-prompt"),
                late,
            ]
            deadline = deadline or late
        advice = plan.advice if plan is not None else None
        if advice is not None:  # None: a closed claim window, no time is right
            when = advice.at if advice.at is not None else advice.now
            key = "send-now" if advice.at is None and advice.urgent else "recommended"
            moments.append(Moment(when.astimezone(reference.tzinfo), key))
        moments.append(Moment(self.config.now or dt.datetime.now(dt.UTC), "today"))
        moments.sort(key=lambda moment: moment.instant(zone))
        return tuple(moments), deadline, zone
