"""From a case's findings to its plan: which files change, into what, and why.

The findings come from the real checkers, run on the case as it is; each fixable finding of
an attachment adds a step to that file's pipeline (decrypt, repair, strip, convert, shrink,
rename), and the last step's bytes are what ``--apply`` writes. Files A012 finds unlisted are
added to the manifest first and checked again with it, so that a JPEG left out of the
manifest is listed and converted in the same run. Nothing is written here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from casecheck.attachments import HEAD_SIZE, PDF_MIME, PNG_MIME, sniff_mime
from casecheck.catalog import word
from casecheck.checkers.attachments import TYPE_FAMILIES, size_text
from casecheck.engine import Config
from casecheck.files import open_regular
from casecheck.findings import CaseReport, Finding
from casecheck.fixes.images import (
    PILLOW_FORMATS,
    ImageUnsupported,
    convert_image,
    shrink_png,
)
from casecheck.fixes.legibility import Legibility
from casecheck.fixes.manifest import EntryEdit, ManifestEdits, NewEntry, edit_manifest
from casecheck.fixes.pdfs import (
    PdfUnfixable,
    active_content,
    decrypt_pdf,
    part_names,
    repair_pdf,
    shrink_pdf,
    strip_active_content,
)
from casecheck.fixes.plan import CasePlan, Change, Write
from casecheck.fixes.secrets import mask_secrets
from casecheck.identifiers import valid_ids
from casecheck.loader import LoadedCase
from casecheck.models import Attachment, AttachmentKind
from casecheck.packs import RulePacks

FILE_CODES = ("A001", "A002", "A003", "A005", "A006", "A019")
"""What is wrong with one attachment file, in the order its pipeline repairs it."""
FIX_CODES = (*FILE_CODES, "A012", "T006")
"""Every code a fix clears."""
MAX_INPUT = 512_000_000
"""A file larger than this is not read into memory to be fixed (the plan says so)."""

Passwords = Callable[[str], str | None]
"""Asked with an attachment's path, gives the password to open it (None: none given)."""

KIND_WORDS: tuple[tuple[AttachmentKind, tuple[str, ...]], ...] = (
    ("plan-of-action", ("poa", "plan-of-action", "planofaction", "行动计划")),
    ("remediation-statement", ("remediation", "整改")),
    ("letter-of-authorization", ("loa", "authorization", "authorisation", "授权")),
    ("trademark-certificate", ("trademark", "uspto", "euipo", "商标")),
    ("test-report", ("test", "lab", "laboratory", "检测", "测试")),
    ("compliance-certificate", ("certificate", "cert", "ul", "ce", "cpc", "证书")),
    ("carrier-proof", ("pod", "delivery", "bol", "lading", "tracking", "carrier", "签收",
                       "提单")),
    ("box-label", ("label", "labels", "箱标", "标签")),
    ("shipment-summary", ("shipment", "summary", "货件")),
    ("invoice", ("invoice", "receipt", "bill", "发票", "收据")),
    ("sales-history", ("sales", "销售")),
    ("screenshot", ("screenshot", "screen", "shot", "capture", "截图", "截屏")),
)
"""Words in a file name that say which kind of evidence it is, most specific first; a name
word, or a part of a Chinese name, decides the kind A012's listing guesses."""


@dataclass(frozen=True)
class Settings:
    """What one run of ``fix`` plans with."""

    chooser: Config
    """Which codes the fixes may clear (``--select`` / ``--ignore``)."""
    packs: RulePacks
    legibility: Legibility
    lang: str = "en"
    passwords: Passwords | None = None

    @property
    def limit(self) -> int:
        return self.packs.global_.attachments.size_limit.value

    def label(self, mime: str) -> str:
        return next((form.label for form in self.packs.global_.attachments.formats.types
                     if form.mime == mime), mime)

    def extension(self, mime: str) -> str | None:
        """The extension the rule packs name first for content of type ``mime``."""
        for form in self.packs.global_.attachments.formats.types:
            if form.mime == mime:
                return form.extensions[0]
        return None


def guess_kind(name: str, mime: str | None) -> tuple[AttachmentKind, str]:
    """(kind, what it was guessed from: "name", "content" or "nothing") for a file A012
    found unlisted."""
    stem = PurePosixPath(name).stem.lower()
    tokens = set(re.split(r"[^a-z0-9\u4e00-\u9fff]+", stem))
    tokens |= {re.sub(r"[^a-z]", "", stem)}
    for kind, words in KIND_WORDS:
        if any(w in tokens or (not w.isascii() and w in stem) for w in words):
            return kind, "name"
    if mime == PNG_MIME:
        return "screenshot", "content"
    return "other", "nothing"


def _index(finding: Finding) -> int | None:
    match = re.fullmatch(r"attachments\[(\d+)\]", finding.location.field or "")
    return int(match[1]) if match else None


def _read(path: Path) -> bytes:
    descriptor, info = open_regular(path)
    with os.fdopen(descriptor, "rb") as handle:
        if info.st_size > MAX_INPUT:
            raise PdfUnfixable("too-large-to-read")
        return handle.read()


@dataclass
class _Work:
    """The plan of one case as it is being made."""

    case: LoadedCase
    root: Path
    settings: Settings
    changes: list[Change] = field(default_factory=list)
    writes: dict[str, bytes] = field(default_factory=dict)
    archived: set[str] = field(default_factory=set)
    entries: list[EntryEdit] = field(default_factory=list)
    added: list[NewEntry] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    done: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Files already planned, by path, with the paths they become (a file listed twice)."""

    def text(self, key: str, **values: Any) -> str:
        return word("fix", key, self.settings.lang).format(**values)

    def add(self, code: str, action: str, path: str, key: str, *, new_paths: tuple[str, ...] = (),
            before: int | None = None, after: int | None = None, applies: bool = True,
            review: bool = False, details: Mapping[str, Any] | None = None,
            **values: Any) -> None:
        self.changes.append(Change(
            code=code, action=action, path=path, summary=self.text(key, **values),
            new_paths=new_paths, size_before=before, size_after=after, applies=applies,
            review=review, details=details or {},
        ))

    def enabled(self, code: str) -> bool:
        return self.settings.chooser.enabled(code)

    def free_name(self, wanted: str) -> str:
        """``wanted``, or ``stem-2.ext``, ``stem-3.ext``...: a name no file has or will have."""
        path = PurePosixPath(wanted)
        for number in range(1, 10_000):
            name = wanted if number == 1 else str(path.with_stem(f"{path.stem}-{number}"))
            on_disk = os.path.lexists(self.root / name) and name not in self.archived
            if not on_disk and name not in self.writes:
                return name
        raise ValueError(f"no free name for {wanted}")


def _family(mime: str) -> str:
    """Which advice an A001 type gets: image, document, text, archive or other."""
    family = TYPE_FAMILIES.get(mime)
    if family is None:
        family = "image" if mime.startswith("image/") else "text" if mime.startswith(
            "text/") else "other"
    return family


def _pdf_steps(
    work: _Work, path: str, findings: list[Finding], data: bytes
) -> tuple[bytes, bool]:
    """Password, cross-reference table and active content, in that order; the bytes and
    whether the PDF can be worked on further."""
    codes = {finding.code for finding in findings}
    original, found = data, None
    size = len(data)
    if "A006" in codes:
        if not work.enabled("A006"):
            return data, False
        password = work.settings.passwords(path) if work.settings.passwords else None
        if password is None:
            work.add("A006", "advice", path, "needs-password", applies=False)
            return data, False
        try:
            data = decrypt_pdf(data, password)
        except PdfUnfixable:
            work.add("A006", "advice", path, "wrong-password", applies=False)
            return data, False
        work.add("A006", "decrypt", path, "decrypt", before=size, after=len(data))
    if "A005" in codes and work.enabled("A005"):
        try:
            repaired, pages = repair_pdf(data)
        except PdfUnfixable:
            work.add("A005", "advice", path, "unrepairable", applies=False)
            return data, False
        work.add("A005", "repair", path, "repair", before=len(data), after=len(repaired),
                 details={"pages": pages}, pages=pages)
        data = repaired
    elif "A005" in codes:
        return data, False
    if data is not original:
        # A PDF that could not be read before (encrypted, broken) may carry scripts too.
        found = active_content(data)
        codes |= {"A019"} if found else set()
    if "A019" in codes and work.enabled("A019"):
        stripped = strip_active_content(data)
        kinds = (found or "").split(",") if data is not original else next(
            [str(kind) for kind in f.data.get("content", [])] for f in findings
            if f.code == "A019")
        what = word("fix", "joiner", work.settings.lang).join(
            word("active-content", kind, work.settings.lang) for kind in kinds)
        work.add("A019", "strip", path, "strip", before=len(data), after=len(stripped),
                 details={"removed": kinds}, what=what)
        data = stripped
    return data, True


def _convert(work: _Work, path: str, data: bytes, mime: str) -> tuple[bytes, str] | None:
    """A001: the image as PNG (or PDF), or advice; None when nothing was converted."""
    lang = work.settings.lang
    label = word("content-types", mime, lang, default=mime)
    family = _family(mime)
    if mime not in PILLOW_FORMATS:
        key = {"document": "advice-document", "text": "advice-document",
               "archive": "advice-archive", "image": "advice-image"}.get(family, "advice-other")
        work.add("A001", "advice", path, key, applies=False, label=label)
        return None
    try:
        converted = convert_image(data, mime)
    except ImageUnsupported as unsupported:
        key = "advice-heic" if unsupported.reason == "heic-extra" else "advice-image"
        work.add("A001", "advice", path, key, applies=False, label=label)
        return None
    notes = "".join(work.text(f"note-{note}", frames=converted.details.get("frames", 0))
                    for note in (*(["rotated"] if converted.details.get("rotated") else []),
                                 *converted.details.get("dropped", []),
                                 *(["frames"] if converted.details.get("frames") else [])))
    target = "convert-pdf" if converted.extension == ".pdf" else "convert-png"
    work.add("A001", "convert", path, target, before=len(data), after=len(converted.data),
             details=converted.details, label=label, notes=notes,
             pages=converted.details.get("pages", 1))
    return converted.data, PDF_MIME if converted.extension == ".pdf" else PNG_MIME


def _shrink(work: _Work, path: str, data: bytes, mime: str,
            kind: str) -> tuple[bytes, ...] | None:
    """A003: the file under the limit (in parts, for a PDF that must be split), or None."""
    limit = work.settings.limit
    legibility = work.settings.legibility
    limits: dict[str, Any] = {"limit_text": size_text(limit), "min_width": legibility.min_width,
              "min_height": legibility.min_height}
    screenshot = kind == "screenshot"
    if mime == PNG_MIME:
        shrunk = shrink_png(data, limit, legibility, screenshot=screenshot)
        method = shrunk.details.get("method", "lossless")
        if shrunk.data is None:
            work.add("A003", "advice", path, f"not-kept-{shrunk.reason}", applies=False,
                     details={**shrunk.details, "method": method}, **limits)
            return None
        work.add("A003", "shrink", path, f"png-{method}", before=len(data),
                 after=len(shrunk.data), details=shrunk.details, **shrunk.details)
        return (shrunk.data,)
    if mime != PDF_MIME:
        return None
    try:
        result = shrink_pdf(data, limit, legibility, screenshot=screenshot)
    except PdfUnfixable as unfixable:
        work.add("A003", "advice", path, f"not-kept-{unfixable.reason}", applies=False,
                 **limits)
        return None
    details = result.details
    total = sum(len(part) for part in result.parts)
    if details["method"] == "split":
        work.add("A003", "split", path, "pdf-split", before=len(data), after=total,
                 details=details, parts=len(result.parts), **limits)
    else:
        work.add("A003", "shrink", path, f"pdf-{details['method']}", before=len(data),
                 after=total, details=details, **{"replaced": 0, "dpi": 0, "quality": 0,
                                                   **details})
    return result.parts


def _fix_file(work: _Work, index: int, attachment: Attachment, findings: list[Finding]) -> None:
    path = attachment.path
    codes = {finding.code for finding in findings}
    if os.path.normpath(path) in work.done:
        work.entries.append(EntryEdit(index, work.done[os.path.normpath(path)]))
        return
    try:
        original = _read(work.root / path)
    except PdfUnfixable:
        work.add(sorted(codes)[0], "advice", path, "too-large-to-read", applies=False)
        return
    mime = sniff_mime(original[:HEAD_SIZE])
    data, workable = original, True
    if mime == PDF_MIME:
        data, workable = _pdf_steps(work, path, findings, data)
    if "A001" in codes and work.enabled("A001"):
        reported = next(f for f in findings if f.code == "A001").data.get("mime")
        converted = _convert(work, path, data, str(reported or mime))
        if converted is not None:
            data, mime = converted
    parts: tuple[bytes, ...] = (data,)
    allowed = mime in (PDF_MIME, PNG_MIME)
    if workable and allowed and len(data) > work.settings.limit and work.enabled("A003"):
        parts = _shrink(work, path, data, mime, attachment.kind) or parts
    extension = work.settings.extension(mime) if allowed else None
    name = path
    if extension is not None and PurePosixPath(path).suffix.lower() != extension:
        renamed = data is not original or ("A002" in codes and work.enabled("A002"))
        if renamed:
            name = work.free_name(str(PurePosixPath(path).with_suffix(extension)))
        if data is original and renamed:
            work.add("A002", "rename", path, "rename", new_paths=(name,), new=name,
                     label=work.settings.label(mime))
    if len(parts) > 1:
        stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
        folder = PurePosixPath(name).parent
        names = tuple(work.free_name(str(folder / part))
                      for part in part_names(stem, suffix, len(parts)))
    else:
        names = (name,)
    if parts == (original,) and names == (path,):
        return
    work.archived.add(path)
    for target, part in zip(names, parts, strict=True):
        work.writes[target] = part
    work.done[os.path.normpath(path)] = names
    descriptions = tuple(word("fix", "part-description", work.settings.lang).format(
        description="{description}", part=n, parts=len(names)) for n in range(1, len(names) + 1)
    ) if len(names) > 1 else ()
    if names != (path,):
        work.entries.append(EntryEdit(index, names, descriptions))
    # The changes of this file name where it ends up.
    for position, change in enumerate(work.changes):
        if change.path == path and change.applies and not change.new_paths:
            work.changes[position] = _with_paths(change, names)


def _with_paths(change: Change, names: tuple[str, ...]) -> Change:
    return Change(code=change.code, action=change.action, path=change.path,
                  summary=change.summary, new_paths=names, size_before=change.size_before,
                  size_after=change.size_after, applies=change.applies, review=change.review,
                  details=change.details)


def _mask_message(work: _Work, findings: list[Finding]) -> None:
    """T006 in the message file or in the manifest's inline message and subject."""
    case = work.case
    model = case.model
    assert model is not None
    places = {("file" if f.location.file == case.message_file and case.message_file
               else f.location.field) for f in findings}
    ids = valid_ids(model.ids.model_dump())
    if "file" in places and case.message_file is not None:
        name = case.message_file
        raw = _read(work.root / name)
        text, encode = _decoded(raw)
        masked, secrets = mask_secrets(text, ids)
        if secrets:
            work.writes[name] = encode(masked)
            work.archived.add(name)
            _secret_changes(work, name, secrets)
    for field_name in ("message", "subject"):
        value = getattr(model, field_name, None)
        if field_name in places and isinstance(value, str):
            masked, secrets = mask_secrets(value, ids)
            if secrets:
                work.texts[field_name] = masked
                _secret_changes(work, f"{case.manifest_name} ({field_name})", secrets)


def _secret_changes(work: _Work, where: str, secrets: list[Any]) -> None:
    for secret in secrets:
        kind = word("fix-secrets", secret.kind, work.settings.lang)
        work.add("T006", "mask", where, "mask", details={"kind": secret.kind,
                                                         "line": secret.line},
                 what=kind, line=secret.line)


def _decoded(raw: bytes) -> tuple[str, Callable[[str], bytes]]:
    """The text of a file as UTF-8, and how to write it back with the same byte-order mark
    and line endings."""
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n")

    def encode(value: str) -> bytes:
        value = value.replace("\n", "\r\n") if crlf else value
        return (b"\xef\xbb\xbf" if bom else b"") + value.encode("utf-8")

    return text, encode


def _listings(work: _Work, findings: list[Finding]) -> list[Attachment]:
    """A012: each unlisted file added to the manifest with a guessed kind, for review."""
    added = []
    for finding in findings:
        path = str(finding.data.get("path") or finding.location.file)
        try:
            head = _read(work.root / path)[:HEAD_SIZE]
            mime: str | None = sniff_mime(head) if head else None
        except (OSError, PdfUnfixable):
            continue
        kind, basis = guess_kind(path, mime)
        work.added.append(NewEntry(path, kind))
        added.append(Attachment(path=path, kind=kind))
        work.add("A012", "list", path, "list", review=True,
                 details={"kind": kind, "guessed_from": basis},
                 kind=kind, manifest=work.case.manifest_name,
                 basis=work.text(f"basis-{basis}"))
    return added


def plan_case(
    case: LoadedCase, report: CaseReport, settings: Settings,
    recheck: Callable[[LoadedCase, list[Attachment]], CaseReport],
) -> CasePlan:
    """The plan for one case from its report; ``recheck(case, added)`` checks it again with
    the files A012 found added to its manifest."""
    root = case.root
    if root is None or case.model is None:
        return CasePlan(case.display_path, root)
    work = _Work(case, root, settings)
    findings = list(report.findings)
    unlisted = [f for f in findings if f.code == "A012"]
    added = _listings(work, unlisted) if unlisted and work.enabled("A012") else []
    if added:
        findings = [f for f in recheck(case, added).findings if f.code != "A012"]
    attachments = [*case.model.attachments, *added]
    by_entry: dict[int, list[Finding]] = {}
    for finding in findings:
        index = _index(finding)
        if finding.code in FILE_CODES and index is not None and index < len(attachments):
            by_entry.setdefault(index, []).append(finding)
    listed = len(case.model.attachments)
    for index in sorted(by_entry):
        _fix_file(work, index, attachments[index], by_entry[index])
    # Entries added to the manifest are written with the names their fixes gave them.
    entry_edits = [edit for edit in work.entries if edit.index < listed]
    renamed = {edit.index - listed: edit.paths for edit in work.entries if edit.index >= listed}
    work.added = [NewEntry(path, entry.kind) for number, entry in enumerate(work.added)
                  for path in renamed.get(number, (entry.path,))]
    secrets = [f for f in findings if f.code == "T006"]
    if secrets and work.enabled("T006"):
        _mask_message(work, secrets)
    edits = ManifestEdits(tuple(entry_edits), tuple(work.added), dict(work.texts))
    if edits and case.manifest_name is not None:
        name = case.manifest_name
        text, encode = _decoded(_read(root / name))
        work.writes[name] = encode(edit_manifest(name, text, edits))
        work.archived.add(name)
        work.add("-", "manifest", name, "manifest", count=len(edits.entries) + len(edits.added)
                 + len(edits.texts))
    writes = tuple(Write(path, data) for path, data in sorted(work.writes.items()))
    return CasePlan(case.display_path, root, tuple(work.changes), writes,
                    tuple(sorted(work.archived)))
