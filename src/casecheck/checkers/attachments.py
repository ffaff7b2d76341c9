"""Attachment rules: the files a case sends must be readable PDF or PNG evidence.

Each listed file is inspected once (``casecheck.attachments``); the rules below only read
those facts. A path that leads out of the case folder is never opened, a special file is
never read, a file over the size limit is never read beyond its first 2 KB.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from casecheck.attachments import AttachmentFacts, InspectionLimits, inspect_attachment
from casecheck.catalog import listed, word
from casecheck.checkers.message import message_language, message_outline, shown_line, wording
from casecheck.engine import FINDINGS_PER_RULE, Context, checker
from casecheck.findings import Finding, Location
from casecheck.language import language_name, outside_candidates
from casecheck.loader import LoadedCase, names_a_file, resolve_in_case
from casecheck.packs import Format, condition_holds
from casecheck.placeholders import is_placeholder
from casecheck.prose import any_match

ATTACHMENTS_DIR = "attachments"

ABSOLUTE_PATH = re.compile(r"^(?:[A-Za-z]:)?[\\/]")
"""``C:\\Users\\...``, ``\\\\server\\share`` or ``/home/...``: a path from another machine,
never inside the case folder even where the system would read it as a file name."""

IGNORED_UNLISTED = frozenset({"Thumbs.db", "desktop.ini", "Icon\r", "README.md", "README.txt"})
"""Files the operating system drops into folders by itself, and the README of the evidence a
case needs that ``casecheck new`` writes; like dotfiles (``.DS_Store``), they are never
uploaded, so A012 does not ask the seller to list them."""
OFFICE_LOCK_PREFIX = "~$"
"""``~$test-report.docx``: the hidden owner file Word and Excel keep beside a document while it
is open (LibreOffice's ``.~lock.*#`` is a dotfile); the system's too, never evidence."""

TYPE_FAMILIES = {
    "image/jpeg": "image", "image/gif": "image", "image/tiff": "image", "image/webp": "image",
    "image/bmp": "image", "image/heic": "image", "image/heif": "image", "image/avif": "image",
    "image/svg+xml": "image",
    "application/msword": "document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "document",
    "application/vnd.ms-excel": "document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "document",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "document",
    "application/vnd.oasis.opendocument.text": "document",
    "application/rtf": "document", "text/rtf": "document", "text/html": "document",
    "text/csv": "document",
    "text/plain": "text",
    "application/zip": "archive", "application/x-rar": "archive",
    "application/x-7z-compressed": "archive", "application/gzip": "archive",
    "application/octet-stream": "other",
}
"""Content types sellers commonly attach by mistake. The family picks A001's hint (images are
saved as PNG, documents exported as PDF); their names are ``[content-types]`` in
catalog/words.toml."""

OFFICE_BY_EXTENSION = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
}
"""Office files are ZIP archives; libmagic names them only when the parts come in the
usual order, so a ZIP with an office extension is taken for the office document."""


CLOSE_MATCH_NAMES = 100
"""A010's "perhaps you meant" is looked for in folders of at most this many files: it is for a
typo among a case's few files, and each search compares the name with every file (with
thousands of similar names, 2,000 missing files took minutes)."""


@dataclass(frozen=True)
class Entry:
    """One ``[[attachments]]`` entry, where it points, and what the file is.

    ``facts`` is None when the path leads out of the case folder: it was never looked at.
    """

    index: int
    path: str
    location: Location
    target: Path | None
    facts: AttachmentFacts | None


def _limits(ctx: Context) -> InspectionLimits:
    policy = ctx.packs.global_.attachments
    return InspectionLimits(read_limit=policy.size_limit.value, max_pixels=policy.max_pixels.value,
                            parse_timeout=ctx.config.parse_timeout)


def _entries(case: LoadedCase, root: Path, ctx: Context) -> Iterator[Entry]:
    """Each listed attachment that names real data, inspected (unless it leaves the case). A
    ``{{ slot }}`` path names no file yet: a template's, or a draft's unfilled I010."""
    assert case.model is not None
    limits = _limits(ctx)
    for index, attachment in enumerate(case.model.attachments):
        path = attachment.path
        if is_placeholder(path):
            continue
        location = Location(file=path, field=f"attachments[{index}]")
        if not names_a_file(path):
            yield Entry(index, path, location, None, AttachmentFacts(state="missing"))
            continue
        target = None if ABSOLUTE_PATH.match(path) else resolve_in_case(root, path)
        facts = inspect_attachment(target, limits) if target is not None else None
        yield Entry(index, path, location, target, facts)


def size_text(size: int, beside: int | None = None) -> str:
    """A size as people read it, in the decimal units of the 10 MB limit: 12.6 MB, 840 kB.
    Beside another size it has the digits to differ from it: a file of 10,037,352 bytes over
    a 10 MB limit is 10.04 MB, not "10 MB, the limit is 10 MB"."""
    for digits in range(1, 4):
        shown = _size_text(size, digits)
        if beside is None or beside == size or shown != _size_text(beside, digits):
            return shown
    return shown


def _size_text(size: int, digits: int) -> str:
    for unit, name in ((1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "kB")):
        if size >= unit:
            return f"{size / unit:.{digits}f}".rstrip("0").removesuffix(".") + f" {name}"
    return f"{size} byte" + ("" if size == 1 else "s")


def quoted(detail: str, lang: str) -> str:
    """What a parser or the system said, as a message passes it on: quoted in Chinese, where
    it stays in the English it came in."""
    return word("reasons", "detail", lang).format(detail=detail)


def _format_for(mime: str | None, ctx: Context) -> Format | None:
    return next((f for f in ctx.packs.global_.attachments.formats.types if f.mime == mime), None)


PDF = "application/pdf"

_WAYS = {"image": "image-ways", "document": "document-ways"}
"""Which words convert content of a family; anything else is re-created (``format-ways``)."""


def allowed_text(ctx: Context) -> str:
    """The rule pack's formats as a hint names them: ``PDF or PNG``."""
    labels = [f.label for f in ctx.packs.global_.attachments.formats.types]
    return listed(labels, ctx.lang, last="or")


def ways_to_allowed(family: str, ctx: Context) -> str:
    """How to make evidence of ``family`` (image, document, ...) in each format the rule pack
    allows, in its order: hints never advise a format the pack does not take."""
    group = _WAYS.get(family, "format-ways")
    ways = [word(group, form.mime, ctx.lang,
                 default=word("phrases", "save-as", ctx.lang).format(label=form.label))
            for form in ctx.packs.global_.attachments.formats.types]
    return listed(ways, ctx.lang, last="or")


@checker("A001", "A002", "A003", "A004", "A005", "A006", "A007", "A010", "A011", "A015", "A018",
         "A019")
def listed_files(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """Each listed file: inside the case, present, a regular file, allowed, intact, and not
    a copy of another. One checker for all of them: the rules exclude each other by what the
    file is (a missing file is only A010, a JPEG is not checked as a PDF), and a parse cut
    off by its time budget is not remembered, so that split checkers would each wait again."""
    if case.root is None:  # a manifest checked from memory: there are no files to look at
        return
    entries = list(_entries(case, case.root, ctx))
    folders: dict[Path, list[str]] = {}
    missing = 0
    for entry in entries:
        facts = entry.facts
        if facts is None:
            yield _outside(entry, ctx)
        elif facts.state == "missing":
            if not ctx.template:
                # A close match is looked for among the findings a report lists one by one:
                # with thousands of missing files, each search costs a pass over the folder.
                search = missing < FINDINGS_PER_RULE
                yield _missing(entry, ctx, folders if search else None)
                missing += 1
        elif facts.state == "unreadable":
            yield ctx.finding("A010", variant="unreadable", location=entry.location,
                              data={"path": entry.path, "error": facts.problem_detail},
                              error=quoted(facts.problem_detail or "", ctx.lang))
        elif facts.state == "special":
            yield ctx.finding("A018", location=entry.location,
                              data={"path": entry.path, "file_kind": facts.file_kind},
                              what=word("special-files", facts.file_kind, ctx.lang))
        else:
            yield from _file_findings(entry, facts, ctx)
    yield from _duplicates(entries, ctx)


def _outside(entry: Entry, ctx: Context) -> Finding:
    parts = PurePosixPath(entry.path.replace("\\", "/")).parts
    if Path(entry.path).is_absolute() or ABSOLUTE_PATH.match(entry.path):
        variant = "absolute"
    elif ".." in parts:
        variant = "parent"
    else:
        variant = None
    return ctx.finding("A011", variant=variant, location=entry.location,
                       data={"path": entry.path, "reason": variant or "symlink"})


def _missing(entry: Entry, ctx: Context, folders: dict[Path, list[str]] | None) -> Finding:
    """A010 for a listed file that does not exist, with the name it was perhaps meant to be.

    ``folders`` holds the names of each folder listed so far (None: do not look for one).
    """
    data = {"path": entry.path}
    if "\\" in entry.path:
        return ctx.finding("A010", variant="backslash", location=entry.location, data=data,
                           suggestion=entry.path.replace("\\", "/"))
    if entry.target is None or folders is None:
        return ctx.finding("A010", location=entry.location, data=data)
    parent = entry.target.parent
    if parent not in folders:
        try:
            names = sorted(e.name for e in os.scandir(parent) if e.name[:1] != ".")
        except OSError:
            names = []
        folders[parent] = names if len(names) <= CLOSE_MATCH_NAMES else []
    close = difflib.get_close_matches(entry.target.name, folders[parent], n=1, cutoff=0.6)
    if close:
        suggestion = PurePosixPath(entry.path).parent / close[0]
        return ctx.finding("A010", variant="close", location=entry.location, data=data,
                           suggestion=suggestion.as_posix())
    return ctx.finding("A010", location=entry.location, data=data)


def _type_label(facts: AttachmentFacts, path: str, ctx: Context) -> tuple[str, str, str]:
    """(label in the finding's language, family, mime) of content that is not allowed."""
    mime = facts.mime or "application/octet-stream"
    if mime == "application/zip":
        mime = OFFICE_BY_EXTENSION.get(PurePosixPath(path).suffix.lower(), mime)
    if mime in TYPE_FAMILIES:
        return word("content-types", mime, ctx.lang), TYPE_FAMILIES[mime], mime
    if mime.startswith("image/"):
        family = "image"
    elif mime.startswith("text/"):
        family = "text"
    else:
        family = "other"
    return f"{mime} ({facts.description})" if facts.description else mime, family, mime


def _file_findings(entry: Entry, facts: AttachmentFacts, ctx: Context) -> Iterator[Finding]:
    location, path = entry.location, entry.path
    if facts.problem == "timeout":
        ctx.not_settled(f"{path}: {facts.problem_detail}")
    size = facts.size or 0
    if size == 0:
        yield ctx.finding("A004", location=location, data={"path": path, "size": 0})
        return
    limit = ctx.packs.global_.attachments.size_limit
    if size > limit.value:
        yield ctx.finding(
            "A003", location=location, cited=limit,
            data={"path": path, "size": size, "limit": limit.value},
            size_text=size_text(size, beside=limit.value), limit_text=size_text(limit.value),
            over_text=size_text(size - limit.value), size_n=f"{size:,}", limit_n=f"{limit.value:,}",
        )
    form = _format_for(facts.mime, ctx)
    if form is None:
        label, family, mime = _type_label(facts, path, ctx)
        formats = ctx.packs.global_.attachments.formats
        yield ctx.finding(
            "A001", variant=None if family == "other" else family, location=location,
            cited=formats,
            data={"path": path, "mime": mime, "description": facts.description},
            label=label, allowed=allowed_text(ctx), ways=ways_to_allowed(family, ctx),
        )
        return
    extension = PurePosixPath(path).suffix.lower()
    if extension not in form.extensions:
        yield ctx.finding(
            "A002", variant=None if extension else "none", location=location,
            data={"path": path, "mime": form.mime, "extension": extension},
            label=form.label, expected=form.extensions[0],
            renamed=str(PurePosixPath(path).with_suffix(form.extensions[0])),
        )
    if facts.problem is not None and facts.is_pdf:
        data = {"path": path, "problem": facts.problem}
        yield ctx.finding(
            "A005", variant=None if facts.problem == "parse" else facts.problem, location=location,
            data=data if facts.problem_detail is None else {**data, "error": facts.problem_detail},
            error=quoted(facts.problem_detail or "", ctx.lang),
        )
    if facts.pdf_needs_password:
        yield ctx.finding("A006", location=location, data={"path": path})
    if facts.pdf_active_content:
        kinds = facts.pdf_active_content.split(",")
        joiner = "、" if ctx.lang == "zh-CN" else " and "
        yield ctx.finding(
            "A019", location=location, data={"path": path, "content": kinds},
            what=joiner.join(word("active-content", kind, ctx.lang) for kind in kinds),
            allowed=allowed_text(ctx),
        )
    if facts.problem is not None and facts.is_png:
        facts_found: dict[str, str | int | None] = {
            "path": path, "problem": facts.problem, "error": facts.problem_detail,
            "chunk": facts.problem_chunk, "offset": facts.problem_offset,
        }
        yield ctx.finding("A007", variant=None if facts.problem == "decode" else facts.problem,
                          location=location,
                          data={k: v for k, v in facts_found.items() if v is not None},
                          chunk=facts.problem_chunk or "", offset=facts.problem_offset or 0,
                          error=quoted(facts.problem_detail or "", ctx.lang),
                          max_pixels=f"{ctx.packs.global_.attachments.max_pixels.value:,}")


def _duplicates(entries: list[Entry], ctx: Context) -> Iterator[Finding]:
    """Two listed attachments with the same bytes: one of them is probably the wrong file."""
    first: dict[str, Entry] = {}
    for entry in entries:
        facts = entry.facts
        if facts is None or facts.sha256 is None:
            continue
        earlier = first.setdefault(facts.sha256, entry)
        if earlier is entry:
            continue
        same_path = os.path.normpath(earlier.path) == os.path.normpath(entry.path)
        yield ctx.finding(
            "A015", variant="same-path" if same_path else None, location=entry.location,
            data={"path": entry.path, "same_as": earlier.path, "sha256": facts.sha256},
            same_field=earlier.location.field,
        )


def _is_hidden_or_system(name: str) -> bool:
    return name.startswith((".", OFFICE_LOCK_PREFIX)) or name in IGNORED_UNLISTED


@checker("A012")
def unlisted(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """A file under attachments/ that the manifest does not list is not sent with the case."""
    assert case.model is not None
    if case.root is None:
        return
    top = resolve_in_case(case.root, ATTACHMENTS_DIR)
    if top is None or not top.is_dir():
        return
    # A path written with backslashes is A010's, which names this file as the fix.
    listed = {os.path.normpath(path) for a in case.model.attachments
              for path in (a.path, a.path.replace("\\", "/"))}
    candidates = []
    for folder, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if not _is_hidden_or_system(d))
        for name in sorted(filenames):
            relative = Path(folder, name).relative_to(case.root).as_posix()
            if not _is_hidden_or_system(name) and os.path.normpath(relative) not in listed:
                candidates.append(relative)
    if not candidates:
        return
    # A path spelt differently (another case on a case-insensitive disk, a hard link)
    # may still name a listed file: compare what the file system says they are.
    identities = {_identity(case.root, a.path) for a in case.model.attachments} - {None}
    for relative in candidates:
        if _identity(case.root, relative) not in identities:
            yield ctx.finding("A012", location=Location(file=relative), data={"path": relative})


def _identity(root: Path, relative: str) -> tuple[int, int] | None:
    target = resolve_in_case(root, relative)
    try:
        info = target.lstat() if target is not None else None
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if info is not None else None


@checker("A013")
def too_many(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """Seller Support's form takes a limited number of files per message."""
    assert case.model is not None
    limit = ctx.packs.global_.attachments.max_per_message
    formats = ctx.packs.global_.attachments.formats
    count = len(case.model.attachments)
    if count > limit.value:
        yield ctx.finding(
            "A013", location=case.field_location(f"attachments[{limit.value}]"),
            cited=limit, data={"count": count, "limit": limit.value},
            extra=count - limit.value,
            merged=word("phrases", "one-file" if formats.takes_pdf else "fewer-files", ctx.lang),
        )


_HEADING_PREFIX = re.compile(r"^\s*(?:#{1,6}\s*|>\s*)?(?:\d{1,2}[.)]\s*)?[*_\s]*")
_HEADING_SUFFIX = re.compile(r"[*_\s:：.-]*$")


def message_headings(message: str | None) -> set[str]:
    """Every line of the message as a bare heading, case-folded: ``## Plan of Action:``,
    ``**PLAN OF ACTION**`` and ``1. Plan of action`` all give ``plan of action``."""
    if not message:
        return set()
    found = set()
    for line in message.splitlines():
        bare = _HEADING_SUFFIX.sub("", _HEADING_PREFIX.sub("", line, count=1), count=1)
        if bare:
            found.add(" ".join(bare.split()).casefold())
    return found


@checker("A016")
def required_kinds(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """The case type's rule pack names the evidence Seller Support asks for."""
    model = case.model
    assert model is not None
    kinds = {attachment.kind for attachment in model.attachments}
    headings: set[str] | None = None
    for requirement in ctx.type_pack.required_attachments:
        if requirement.kind in kinds or not condition_holds(requirement.when, model):
            continue
        if requirement.message_headings:
            headings = message_headings(case.message) if headings is None else headings
            if any(h.casefold() in headings for h in requirement.message_headings):
                continue
        if requirement.message_patterns and case.message and any_match(
            requirement.message_patterns, case.message
        ):
            continue
        variant = ("or-message" if requirement.message_headings
                   else "or-figures" if requirement.message_patterns else None)
        data: dict[str, Any] = {"kind": requirement.kind, "type": model.type}
        values: dict[str, Any] = {}
        if requirement.message_plan:
            shape = message_outline(case, ctx)
            if shape is not None and shape.has_plan():
                continue
            said = _said_attached(wording(case, ctx), ctx)
            variant = "said-attached" if said is not None else "plan-of-action"
            data["in_message"] = "said-attached" if said is not None else "none"
            if said is not None:
                data["line"] = values["said_line"] = shown_line(case, said)
            elif (unread := _unread_language(case, ctx)) is not None:
                variant, data["in_message"], data["language"] = "unread-language", "unread", unread
                values["language"] = language_name(unread, ctx.lang)
        condition = "".join(
            word("phrases", "when", ctx.lang).format(name=name, value=getattr(model, name))
            for name in requirement.when
        )
        yield ctx.finding(
            "A016", variant=variant,
            location=case.field_location("attachments"), cited=requirement, data=data,
            label=word("kinds-with-article", requirement.kind, ctx.lang,
                       default=word("phrases", "unnamed-kind", ctx.lang).format(
                           kind=requirement.kind)),
            condition=condition,
            heading=requirement.message_headings[0] if requirement.message_headings else "",
            **values,
        )


def _unread_language(case: LoadedCase, ctx: Context) -> str | None:
    """The language of the message, where it is one the plan lexicons are not written for.
    A letter in a language outside the model's candidates, which the restricted model reads
    as the nearest it knows, is told by the unrestricted one (``outside_candidates``)."""
    language = message_language(case, ctx)
    readable = ctx.packs.message.structure.read_languages
    if language is None or language == "en":
        return None
    if language not in readable:
        return language
    # a language the plan lexicons are written for, as the restricted model reads it: it may
    # be the nearest of its candidates to one they are not written for (Catalan read as
    # Spanish), and a false "no plan" is the costliest error
    text = wording(case, ctx)
    outside = outside_candidates(text) if text is not None else None
    return outside if outside is not None and outside not in readable else None


def _said_attached(message: str | None, ctx: Context) -> int | None:
    """The line of the message that says the plan of action is attached, if one does."""
    if not message:
        return None
    match = any_match(ctx.packs.message.structure.plan_attached, message)
    return message.count("\n", 0, match.start()) + 1 if match else None
