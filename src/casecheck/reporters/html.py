"""``--format html``: one self-contained page for people who do not read terminal output.

The page holds the run summary, then per case the verdict, the findings by severity with the
rule's docs folded under each, the submission packet, the screenshots with the boxes where the
URL and the time were read, and the timeline (``casecheck.reporters.dossier`` gathers them).

Self-contained and safe to open from an e-mail: the style sheet, the script and every picture
are inline, and a Content-Security-Policy allows nothing but them (the style sheet and the
script by their SHA-256, pictures as ``data:`` URIs), so the page makes no request at all.
Every text that comes from a case passes through :func:`text` or :func:`attribute`: escaped,
with control characters and bidirectional overrides shown as ``⟨U+202E⟩`` instead of acting.
The script only filters the cases and copies a message; without it the page reads in full.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TextIO

from casecheck.catalog import DOC_SECTIONS, Catalog, listed, word
from casecheck.checkers.attachments import size_text
from casecheck.engine import Config
from casecheck.findings import CaseReport, Finding, RunReport, Severity
from casecheck.registry import rule_catalog
from casecheck.reporters import ReportOptions, shown_path
from casecheck.reporters.dossier import AttachmentView, Dossier, Dossiers
from casecheck.reporters.thumbnails import Thumbnail
from casecheck.timing import show_moment

SEVERITY_MARKS = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "\u2139"}
"""Shown beside each severity's word, so that colour is never the only sign."""

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}"
              for plane in range(17))
    + "]"
)
"""Characters a reader could not see or that would act on the text around them: C0 and C1
controls (NUL among them), bidirectional embeddings, overrides and isolates, lone surrogates
and noncharacters. HTML forbids most of them; all are shown by their code point."""
_CODE_SPAN = re.compile(r"`([^`]+)`")


def shown(value: object) -> str:
    """``value`` as text with each invisible or acting character shown as ``⟨U+XXXX⟩``."""
    return _INVISIBLE.sub(lambda match: f"⟨U+{ord(match.group()):04X}⟩", str(value))


def text(value: object) -> str:
    """``value`` as HTML text: shown, then escaped."""
    return html.escape(shown(value), quote=False)


def attribute(value: object) -> str:
    """``value`` as a quoted attribute value's content."""
    return html.escape(shown(value), quote=True)


def _prose(value: str) -> str:
    """A catalog doc text: escaped, with its Markdown code spans as ``<code>``."""
    return _CODE_SPAN.sub(r"<code>\1</code>", text(value))


@cache
def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()


def content_security_policy() -> str:
    """Nothing may load but the page's own style sheet, script and data: pictures."""
    return "; ".join((
        "default-src 'none'",
        "img-src data:",
        f"style-src '{_sha256(_asset('report.css'))}'",
        f"script-src '{_sha256(_asset('report.js'))}'",
        "base-uri 'none'",
        "form-action 'none'",
    ))


@dataclass(frozen=True)
class Words:
    """The page's words in one language (``[html]`` and ``[html-timeline]`` of words.toml)."""

    lang: str

    def __call__(self, key: str, **values: object) -> str:
        template = word("html", key, self.lang)
        return template.format(**values) if values else template

    def moment(self, key: str) -> str:
        return word("html-timeline", key, self.lang)

    def severity(self, severity: Severity, count: int | None = None) -> str:
        if count is None:
            return self(str(severity))
        return self(f"{severity}-{'one' if count == 1 else 'count'}", count=count)

    def number(self, value: int) -> str:
        return f"{value:,}" if self.lang == "en" else str(value)


def _when(value: dt.datetime | dt.date, lang: str) -> str:
    if isinstance(value, dt.datetime):
        return show_moment(value, lang)
    return value.isoformat()


class Page:
    """The HTML of one run's report, built part by part into ``parts``."""

    def __init__(self, report: RunReport, options: ReportOptions) -> None:
        self.report = report
        self.options = options
        self.config = options.config or Config(lang=options.lang)
        self.lang = options.lang
        self.words = Words(self.lang)
        self.catalog: Catalog = rule_catalog()
        make = Dossiers(self.config, options.case_config)
        self.dossiers = [make(case) for case in report.cases]
        self.parts: list[str] = []

    def add(self, *html_parts: str) -> None:
        self.parts.extend(html_parts)

    # --- the page ------------------------------------------------------------------------

    def render(self) -> str:
        words = self.words
        totals = self.report.summary()
        title = words("title", cases=totals["cases"], failed=totals["failed"])
        self.add(
            "<!DOCTYPE html>\n",
            f'<html lang="{attribute(self.lang)}">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">\n',
            '<meta name="referrer" content="no-referrer">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="color-scheme" content="light">\n',
            f"<title>{text(title)}</title>\n<style>{_asset('report.css')}</style>\n</head>\n",
            "<body>\n",
            f'<a class="skip" href="#cases">{text(words("skip"))}</a>\n',
            f'<header class="page">\n<h1>{text(words("heading"))}</h1>\n',
            f"<p>{text(self._run_line())}</p>\n</header>\n<main>\n",
        )
        self._summary(totals)
        self.add('<div id="cases">\n')
        for number, (case, dossier) in enumerate(zip(self.report.cases, self.dossiers,
                                                     strict=True), start=1):
            self._case(number, case, dossier)
        self.add(
            "</div>\n</main>\n",
            f'<footer class="page"><p>{text(words("footer"))}</p></footer>\n',
            f"<script>{_asset('report.js')}</script>\n</body>\n</html>\n",
        )
        return "".join(self.parts)

    def _run_line(self) -> str:
        versions = self.words("versions", version=self.options.version or "?",
                              rules=self.options.rules_version or self.report.rules_version
                              or "?")
        now = self.config.now or dt.datetime.now(dt.UTC)
        return f"{versions} · {self.words('generated', when=show_moment(now, self.lang))}"

    # --- the run summary -----------------------------------------------------------------

    def _summary(self, totals: Mapping[str, int]) -> None:
        words = self.words
        self.add(
            '<section id="summary" aria-labelledby="summary-heading">\n',
            f'<h2 id="summary-heading">{text(words("summary"))}</h2>\n<dl class="totals">\n',
        )
        for key, label in (("cases", words("checked")), ("failed", words("failed-cases"))):
            self.add(f'<div class="total total-{key}"><dt>{text(label)}</dt>'
                     f'<dd>{totals[key]}</dd></div>\n')
        for severity in Severity:
            self.add(
                f'<div class="total sev-{severity}"><dt><span aria-hidden="true">'
                f"{SEVERITY_MARKS[severity]}</span> {text(words(f'{severity}-plural'))}</dt>"
                f"<dd>{totals[str(severity)]}</dd></div>\n"
            )
        self.add("</dl>\n")
        self._filters()
        self.add(
            '<table class="cases">\n',
            f"<caption>{text(words('cases-caption'))}</caption>\n<thead><tr>",
            *(f'<th scope="col">{text(words(column))}</th>' for column in (
                "col-case", "col-verdict", "col-type", "col-marketplace", "col-deadline")),
            *(f'<th scope="col" class="num">{text(words(f"{s}-plural"))}</th>' for s in Severity),
            "</tr></thead>\n<tbody>\n",
        )
        for number, (case, dossier) in enumerate(zip(self.report.cases, self.dossiers,
                                                     strict=True), start=1):
            counts = case.counts
            marketplace = dossier.model.marketplace if dossier.model is not None else None
            deadline = dossier.deadline
            self.add(
                f'<tr id="row-{number}" data-case="case-{number}">',
                f'<th scope="row"><a href="#case-{number}">{text(shown_path(case.path))}</a></th>',
                f"<td>{self._verdict(case, short=True)}</td>",
                f"<td>{text(case.type or words('unknown'))}</td>",
                f"<td>{text(marketplace or '—')}</td>",
                "<td>" + (self._time(deadline.when) if deadline else "—") + "</td>",
                *(f'<td class="num">{counts[str(s)]}</td>' for s in Severity),
                "</tr>\n",
            )
        self.add("</tbody>\n</table>\n</section>\n")

    def _filters(self) -> None:
        """The filter controls: hidden until the script runs, since they need it."""
        words = self.words
        types = sorted({case.type or "" for case in self.report.cases})
        self.add(
            f'<form id="filters" class="filters" hidden aria-label="{attribute(words("filters"))}"'
            f' data-status="{attribute(words("showing"))}">\n',
            f'<label for="filter-severity">{text(words("filter-severity"))}</label> ',
            '<select id="filter-severity">',
            f'<option value="">{text(words("any-severity"))}</option>',
            *(f'<option value="{s}">{text(words(f"with-{s}"))}</option>' for s in Severity),
            f'<option value="none">{text(words("with-none"))}</option>',
            "</select>\n",
            f'<label for="filter-type">{text(words("filter-type"))}</label> ',
            '<select id="filter-type">',
            f'<option value="">{text(words("any-type"))}</option>',
            *(f'<option value="{attribute(t)}">{text(t or words("unknown"))}</option>'
              for t in types),
            "</select>\n",
            '<output id="filter-status" aria-live="polite"></output>\n</form>\n',
        )

    def _verdict(self, case: CaseReport, *, short: bool = False) -> str:
        failed = case.failed(strict=self.report.strict)
        key = "verdict-failed" if failed else "verdict-passed"
        mark = "✖" if failed else "✔"
        label = f'<span aria-hidden="true">{mark}</span> {text(self.words(key))}'
        if short:
            return f'<span class="verdict {key}">{label}</span>'
        counts = listed([self.words.severity(s, case.counts[str(s)]) for s in Severity],
                        self.lang)
        return f'<p class="verdict {key}"><strong>{label}</strong> — {text(counts)}</p>'

    def _time(self, when: dt.datetime | dt.date) -> str:
        return (f'<time datetime="{attribute(when.isoformat())}">'
                f"{text(_when(when, self.lang))}</time>")

    # --- one case ------------------------------------------------------------------------

    def _case(self, number: int, case: CaseReport, dossier: Dossier) -> None:
        words = self.words
        severities = " ".join(str(s) for s in Severity if case.counts[str(s)]) or "none"
        self.add(
            f'<article class="case" id="case-{number}" aria-labelledby="case-{number}-heading"'
            f' data-type="{attribute(case.type or "")}" data-severities="{severities}">\n',
            f'<h2 id="case-{number}-heading"><span class="case-number">{number}.</span> '
            f"{text(shown_path(case.path))}</h2>\n",
        )
        model = dossier.model
        facts = [(words("col-type"), case.type or words("unknown"))]
        if model is not None:
            facts += [(words("col-marketplace"), model.marketplace),
                      (words("status"), model.status)]
            if dossier.case_id:
                facts.append((words("case-id"), dossier.case_id))
        self.add(self._verdict(case), '<dl class="facts">',
                 *(f"<div><dt>{text(k)}</dt><dd>{text(v)}</dd></div>" for k, v in facts),
                 "</dl>\n")
        self._findings(number, case)
        if model is not None:
            self._packet(number, dossier)
            self._screenshots(number, case, dossier)
            self._timeline(number, dossier)
        else:
            self.add(f'<p class="note">{text(words("no-model"))}</p>\n')
        self.add("</article>\n")

    # --- findings ------------------------------------------------------------------------

    def _findings(self, number: int, case: CaseReport) -> None:
        words = self.words
        self.add(f'<section class="findings" aria-labelledby="f-{number}">\n'
                 f'<h3 id="f-{number}">{text(words("findings"))}</h3>\n')
        if not case.findings:
            self.add(f'<p class="note">{text(words("no-findings"))}</p>\n</section>\n')
            return
        for severity in Severity:
            group = [f for f in case.findings if f.severity is severity]
            if not group:
                continue
            heading = f"{number}-{severity}"
            self.add(
                f'<section class="severity-group sev-{severity}" data-severity="{severity}"'
                f' aria-labelledby="h-{heading}">\n',
                f'<h4 id="h-{heading}"><span aria-hidden="true">{SEVERITY_MARKS[severity]}'
                f"</span> {text(words.severity(severity, len(group)))}</h4>\n",
                f'<table class="finding-table">\n<caption class="visually-hidden">'
                f"{text(words.severity(severity, len(group)))}</caption>\n<thead><tr>",
                *(f'<th scope="col">{text(words(c))}</th>'
                  for c in ("col-code", "col-finding", "col-where")),
                "</tr></thead>\n<tbody>\n",
            )
            for finding in group:
                self._finding(finding)
            self.add("</tbody>\n</table>\n</section>\n")
        self.add("</section>\n")

    def _finding(self, finding: Finding) -> None:
        words = self.words
        severity = finding.severity
        self.add(
            f'<tr class="finding" data-severity="{severity}"'
            f' data-code="{attribute(finding.code)}">',
            f'<td><span class="badge sev-{severity}"><span aria-hidden="true">'
            f"{SEVERITY_MARKS[severity]}</span> {text(words.severity(severity))}</span> "
            f"<code>{text(finding.code)}</code><br><small>{text(finding.name)}</small></td>",
            f'<td><p class="message">{text(finding.message)}</p>',
        )
        if finding.hint:
            self.add(f'<p class="hint"><strong>{text(words("hint"))}:</strong> '
                     f"{text(finding.hint)}</p>")
        self._rule_docs(finding)
        self.add(f"</td><td>{self._where(finding)}</td></tr>\n")

    def _rule_docs(self, finding: Finding) -> None:
        """The rule's docs, folded; a rule no catalog knows (a plugin's) shows its source."""
        rule = self.catalog.get(finding.code)
        docs = (rule.docs.get(self.lang) or rule.docs.get("en", {})) if rule is not None else {}
        about = self.words("about", code=finding.code, name=finding.name)
        self.add(f'<details class="docs"><summary>{text(about)}</summary><dl>')
        for section in DOC_SECTIONS:
            if docs.get(section):
                self.add(f"<dt>{text(word('doc-headings', section, self.lang))}</dt>"
                         f"<dd>{_prose(docs[section])}</dd>")
        source = finding.source or (rule.source if rule is not None else "")
        if source:
            self.add(f"<dt>{text(word('doc-headings', 'source', self.lang))}</dt>"
                     f"<dd>{text(source)}</dd>")
        self.add("</dl></details>")

    def _where(self, finding: Finding) -> str:
        location = finding.location
        parts = []
        if location.file:
            line = f":{location.line}" if location.line is not None else ""
            parts.append(f"<code>{text(location.file + line)}</code>")
        if location.field:
            parts.append(f'<small>{text(self.words("field"))} <code>{text(location.field)}'
                         "</code></small>")
        return "<br>".join(parts) or "—"

    # --- the submission packet -----------------------------------------------------------

    def _packet(self, number: int, dossier: Dossier) -> None:
        words = self.words
        self.add(f'<section class="packet" aria-labelledby="p-{number}">\n'
                 f'<h3 id="p-{number}">{text(words("packet"))}</h3>\n<dl class="packet-fields">\n')
        subject = dossier.subject
        if subject is None:
            self.add(f"<dt>{text(words('subject'))}</dt>"
                     f'<dd class="note">{text(words("no-subject"))}</dd>\n')
        else:
            count = self._count(dossier.subject_length, dossier.subject_limit)
            self.add(f"<dt>{text(words('subject'))}</dt><dd><span class=\"subject\">"
                     f"{text(subject)}</span> {count}</dd>\n")
        self.add(f"<dt>{text(words('contact-path'))}</dt><dd>")
        if dossier.contact_path:
            self.add(f'<nav aria-label="{attribute(words("contact-path"))}">'
                     '<ol class="breadcrumbs">',
                     *(f"<li>{text(step)}</li>" for step in dossier.contact_path), "</ol></nav>")
        else:
            self.add(f'<span class="note">{text(words("no-contact-path"))}</span>')
        self.add("</dd>\n</dl>\n")
        self._message(number, dossier)
        self._attachments(number, dossier)
        self.add("</section>\n")

    def _count(self, length: int, limit: int) -> str:
        over = length > limit
        key = "count-over" if over else "count"
        shown_count = self.words(key, count=self.words.number(length),
                                 limit=self.words.number(limit))
        mark = '<span aria-hidden="true">✖</span> ' if over else ""
        return f'<span class="count{" over" if over else ""}">{mark}{text(shown_count)}</span>'

    def _message(self, number: int, dossier: Dossier) -> None:
        words = self.words
        message = dossier.message
        self.add(f'<h4 id="m-{number}">{text(words("message"))}</h4>\n')
        if message is None:
            self.add(f'<p class="note">{text(words("no-message"))}</p>\n')
            return
        self.add(
            f'<p class="message-bar">'
            f"{self._count(dossier.message_length, dossier.message_limit)} ",
            f'<button type="button" class="copy" data-copy="message-{number}" hidden '
            f'data-done="{attribute(words("copied"))}" '
            f'data-failed="{attribute(words("copy-failed"))}">{text(words("copy"))}</button></p>\n',
            f'<pre class="message-text" id="message-{number}" tabindex="0" '
            # The parser drops a newline right after <pre>: this one, not the message's own.
            f'aria-labelledby="m-{number}">\n{text(message)}</pre>\n',
        )

    def _attachments(self, number: int, dossier: Dossier) -> None:
        words = self.words
        self.add(f'<h4 id="a-{number}">{text(words("attachments"))}</h4>\n')
        if not dossier.attachments:
            self.add(f'<p class="note">{text(words("no-attachments"))}</p>\n')
            return
        self.add(
            f'<table class="attachments" aria-labelledby="a-{number}">\n<thead><tr>',
            *(f'<th scope="col">{text(words(c))}</th>' for c in (
                "col-number", "col-preview", "col-file", "col-kind", "col-filetype",
                "col-size", "col-pages")),
            "</tr></thead>\n<tbody>\n",
        )
        for view in dossier.attachments:
            self.add(
                f'<tr class="attachment" data-file="{attribute(view.shown)}">',
                f'<td class="num">{view.index + 1}</td>',
                f"<td>{self._preview(view)}</td>",
                f"<td><code>{text(view.shown)}</code>",
                f"<br><small>{text(view.description)}</small>" if view.description else "",
                self._state(view),
                f"</td><td>{text(word('kinds', view.kind, self.lang, default=view.kind))}</td>",
                f"<td>{text(view.type or '—')}</td>",
                f'<td class="num">{text(size_text(view.size)) if view.size is not None else "—"}'
                "</td>",
                f'<td class="num">{view.pages if view.pages is not None else "—"}</td>',
                "</tr>\n",
            )
        self.add("</tbody>\n</table>\n")

    def _state(self, view: AttachmentView) -> str:
        if view.state == "file":
            return ""
        return (f'<br><span class="state"><span aria-hidden="true">✖</span> '
                f"{text(self.words(f'state-{view.state}'))}</span>")

    def _preview(self, view: AttachmentView) -> str:
        picture = view.thumbnail
        if picture is None:
            label = view.type or self.words("no-preview")
            pages = self.words("pages", pages=view.pages) if view.pages else ""
            return (f'<span class="no-preview">{text(label)}'
                    + (f"<br>{text(pages)}" if pages else "") + "</span>")
        return _img(picture, self.words("preview-of", file=view.shown), "thumb")

    # --- screenshots ---------------------------------------------------------------------

    def _screenshots(self, number: int, case: CaseReport, dossier: Dossier) -> None:
        shots = dossier.screenshots
        if not shots:
            return
        words = self.words
        self.add(f'<section class="screenshots" aria-labelledby="s-{number}">\n'
                 f'<h3 id="s-{number}">{text(words("screenshots"))}</h3>\n')
        for view in shots:
            self._figure(number, view, dossier.readings.get(view.index), case)
        self.add("</section>\n")

    def _figure(self, number: int, view: AttachmentView, reading: Mapping[str, Any] | None,
                case: CaseReport) -> None:
        figure = f"shot-{number}-{view.index}"
        self.add(f'<figure class="shot" id="{figure}" data-file="{attribute(view.shown)}">\n')
        picture = view.picture
        if picture is not None:
            width, height = picture.source_width, picture.source_height
            boxes = list(self._boxes(reading, width, height) if reading is not None else ())
            # The boxes are drawn in the screenshot's own pixels over the reduced picture.
            self.add(
                '<div class="shot-frame">',
                _img(picture, self.words("screenshot-of", file=view.shown), "shot-picture"),
                f'<svg class="shot-boxes" viewBox="0 0 {width} {height}" '
                'preserveAspectRatio="none" aria-hidden="true">',
                *(self._box(kind, box, label, width) for kind, box, label in boxes),
                "</svg></div>\n",
            )
        self.add(f'<figcaption id="{figure}-caption"><code>{text(view.shown)}</code>'
                 f"{self._reading(reading, view, case)}</figcaption>\n</figure>\n")

    def _boxes(self, reading: Mapping[str, Any], width: int,
               height: int) -> Iterator[tuple[str, Sequence[int], str]]:
        """The URL's and the time's boxes that lie on the picture (a reading of another file
        of the same name would not)."""
        if (reading.get("width"), reading.get("height")) != (width, height):
            return
        for kind in ("url", "time"):
            box = reading.get(f"{kind}_box")
            if isinstance(box, Sequence) and len(box) == 4 and all(
                    isinstance(v, int) for v in box):
                yield kind, list(box), self.words(f"box-{kind}")

    def _box(self, kind: str, box: Sequence[int], label: str, width: int) -> str:
        left, top, right, bottom = box
        size = max(12, width // 60)
        above = top - size // 3 if top > size * 1.5 else bottom + size
        return (
            f'<g class="box box-{kind}"><rect class="{kind}-box" x="{left}" y="{top}" '
            f'width="{max(1, right - left)}" height="{max(1, bottom - top)}" '
            f'data-box="{left},{top},{right},{bottom}"/>'
            f'<text x="{left}" y="{above}" font-size="{size}">{text(label)}</text></g>'
        )

    def _reading(self, reading: Mapping[str, Any] | None, view: AttachmentView,
                 case: CaseReport) -> str:
        words = self.words
        if reading is None:
            related = sorted({f.code for f in case.findings if f.location.file == view.shown})
            key = "not-read-findings" if related else "not-read"
            return f'<p class="note">{text(words(key, codes=", ".join(related)))}</p>'
        status = reading.get("status")
        if status != "read":
            engine = reading.get("engine") or ""
            return f'<p class="note">{text(words(f"shot-{status}", engine=engine))}</p>'
        items = []
        for kind in ("url", "time"):
            found, read = reading.get(kind), str(reading.get(f"{kind}_read", ""))
            if found is not None:
                shown_read = (text(found) if read.strip() == str(found)
                              else text(words("read-as", found=found, read=read)))
                items.append(f'<li class="read-{kind}"><span class="key key-{kind}">'
                             f"{text(words(f'box-{kind}'))}</span> {shown_read}</li>")
            else:
                items.append(f'<li class="missing-{kind}"><span aria-hidden="true">✖</span> '
                             f"{text(words(f'no-{kind}'))}</li>")
        engine = text(words("read-by", engine=reading.get("engine", "")))
        return f'<ul class="readings">{"".join(items)}</ul><p class="engine">{engine}</p>'

    # --- the timeline --------------------------------------------------------------------

    def _timeline(self, number: int, dossier: Dossier) -> None:
        words = self.words
        self.add(f'<section class="timeline" aria-labelledby="t-{number}">\n'
                 f'<h3 id="t-{number}">{text(words("timeline"))}</h3>\n<ol class="moments">\n')
        for moment in dossier.timeline:
            self.add(
                f'<li class="moment moment-{moment.key}" data-key="{moment.key}">',
                self._time(moment.when), ' <span class="what">',
                text(words.moment(moment.key)),
                f" <code>{text(moment.field)}</code>" if moment.key == "event" else "",
                "</span></li>\n",
            )
        self.add("</ol>\n</section>\n")


def _img(picture: Thumbnail, alt: str, kind: str) -> str:
    """A picture that the browser decodes only when it is scrolled near: a page of 1500
    screenshots then opens as fast as one without them (``bench/report.py``)."""
    return (f'<img class="{kind}" src="{picture.uri}" width="{picture.width}" '
            f'height="{picture.height}" alt="{attribute(alt)}" loading="lazy" decoding="async">')


def write(report: RunReport, out: TextIO, options: ReportOptions) -> None:
    out.write(Page(report, options).render())

