"""``--format html``: one valid, self-contained page, built from real case folders.

The page is parsed back with html5lib in strict mode (any HTML5 parse error fails), and each
part is checked against what the checkers found: a case per article, a finding per row, the
packet's counts and attachments, the timeline's dates against the timing rules' data, the
screenshots' boxes against the OCR observations, which also survive the incremental cache and
the worker processes. A hypothesis test feeds hostile strings through every field.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import random
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import html5lib
import pytest
from conftest import NOW, REPO, CaseMaker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_files import blank_png, pdf_bytes
from PIL import Image

from casecheck import Config, check_paths, validate
from casecheck.catalog import word
from casecheck.cli import main
from casecheck.findings import CaseReport, Finding, Location, RunReport, Severity
from casecheck.ocr import default_engine
from casecheck.reporters import ReportOptions, reporter
from casecheck.reporters.dossier import Dossiers
from casecheck.reporters.html import shown
from casecheck.reporters.thumbnails import MAX_BYTES, MAX_SIDE, THUMBNAIL_SIDE
from casecheck.runner import check_folders

SVG = "{http://www.w3.org/2000/svg}"
EXAMPLES = REPO / "examples" / "cases"
NOW_FLAG = ["--now", NOW.isoformat()]


def parse(page: str) -> ET.Element:
    """The page's tree; html5lib's strict mode raises on the first HTML5 parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree: ET.Element = parser.parse(page)
    return tree


def html_of(*argv: str, lang: str = "en") -> tuple[int, str]:
    out = io.StringIO()
    status = main(["check", *argv, "--format", "html", "--no-config", "--no-cache",
                   "--lang", lang, *NOW_FLAG], out=out)
    return status, out.getvalue()


def json_of(*argv: str, lang: str = "en") -> dict[str, Any]:
    out = io.StringIO()
    main(["check", *argv, "--format", "json", "--no-config", "--no-cache", "--lang", lang,
          *NOW_FLAG], out=out)
    document: dict[str, Any] = json.loads(out.getvalue())
    return document


def by_class(tree: ET.Element, name: str, tag: str = "*") -> list[ET.Element]:
    return [e for e in tree.iter(tag) if name in (e.get("class") or "").split()]


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def noisy_png(width: int, height: int, seed: int = 7) -> bytes:
    """Random pixels: the worst case for a thumbnail's byte budget."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def packet_case(make_case: CaseMaker) -> Path:
    """A reimbursement draft with a subject, a contact path, a message and three attachments."""
    message = ("Hello,\n\nOur inbound shipment FBA17H3MW9TQ was closed with 12 of its 240 units"
               " not received. The box labels and the proof of delivery are attached.\n\n"
               "Please investigate and reimburse the missing units.\n\nThank you.")
    return make_case({
        "type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
        "subject": "Inbound shipment FBA17H3MW9TQ: 12 units missing",
        "contact_path": ["Help", "Get support", "Fulfillment by Amazon", "Lost inventory"],
        "shipped_at": dt.date(2026, 10, 20), "submit_at": NOW,
        "ids": {"shipment_ids": ["FBA17H3MW9TQ"]},
        "attachments": [
            {"path": "attachments/labels.pdf", "kind": "box-label"},
            {"path": "attachments/pod.pdf", "kind": "carrier-proof", "description": "signed"},
            {"path": "attachments/invoice.pdf", "kind": "invoice"},
            {"path": "attachments/noise.png", "kind": "other"},
        ],
    }, files={"message.md": message, "attachments/labels.pdf": pdf_bytes(3),
              "attachments/pod.pdf": pdf_bytes(1), "attachments/invoice.pdf": pdf_bytes(2),
              "attachments/noise.png": noisy_png(1600, 1200)})


def test_the_page_is_valid_html5_that_can_load_nothing(packet_case: Path) -> None:
    status, page = html_of(str(packet_case))
    assert status == 0
    tree = parse(page)
    head = tree.find("head")
    assert head is not None
    csp = head.find("meta[@http-equiv='Content-Security-Policy']")
    assert csp is not None and list(head).index(csp) == 1  # right after the charset
    policy = dict(part.strip().split(" ", 1) for part in csp.get("content", "").split(";"))
    assert policy["default-src"] == "'none'" and policy["img-src"] == "data:"
    (script,) = tree.iter("script")
    (style,) = tree.iter("style")
    for element, directive in ((script, "script-src"), (style, "style-src")):
        digest = base64.b64encode(hashlib.sha256((element.text or "").encode()).digest())
        assert policy[directive] == f"'sha256-{digest.decode()}'"
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert name != "style", element.tag  # the policy forbids inline style attributes
            if name in ("href", "src") or name.endswith("}href"):
                assert value.startswith(("#", "data:")), value
    assert "http://" not in page.replace('"http://www.w3.org/2000/svg"', "")


def test_a_case_per_article_and_a_finding_per_row() -> None:
    folders = [str(EXAMPLES / "fba-reimbursement"), str(EXAMPLES / "technical-issue")]
    status, page = html_of(*folders)
    document = json_of(*folders)
    assert status == 1
    tree = parse(page)
    articles = [a for a in tree.iter("article") if "case" in a.get("class", "")]
    assert [text_of(a.find("h2")).split(" ", 1)[1] for a in articles] == [  # type: ignore[arg-type]
        case["path"] for case in document["cases"]]
    for article, case in zip(articles, document["cases"], strict=True):
        rows = by_class(article, "finding", "tr")
        assert [row.get("data-code") for row in rows] == [
            f["code"] for severity in ("error", "warning", "info")
            for f in case["findings"] if f["severity"] == severity]
        for row, finding in zip(rows, sorted(case["findings"], key=lambda f: ["error", "warning",
                                             "info"].index(f["severity"])), strict=True):
            assert row.get("data-severity") == finding["severity"]
            assert finding["message"] in text_of(row)
            assert word("html", finding["severity"], "en") in text_of(row)  # not colour alone
            (docs,) = row.iter("details")
            assert finding["code"] in text_of(docs.find("summary"))  # type: ignore[arg-type]
    summary_rows = [r for r in tree.iter("tr") if (r.get("id") or "").startswith("row-")]
    assert len(summary_rows) == len(articles) == document["summary"]["cases"]
    totals = {e.get("class", "").split()[-1]: text_of(e.find("dd"))  # type: ignore[arg-type]
              for e in by_class(tree, "total", "div")}
    assert totals["sev-error"] == str(document["summary"]["error"])


def test_chinese_report_speaks_chinese(packet_case: Path) -> None:
    _, page = html_of(str(EXAMPLES / "technical-issue"), lang="zh-CN")
    tree = parse(page)
    assert tree.get("lang") == "zh-CN"
    headings = {text_of(h) for h in tree.iter("h3")}
    assert {word("html", "findings", "zh-CN"), word("html", "packet", "zh-CN")} <= headings
    document = json_of(str(EXAMPLES / "technical-issue"), lang="zh-CN")
    rows = by_class(tree, "finding", "tr")
    messages = {f["message"] for case in document["cases"] for f in case["findings"]}
    assert messages == {text_of(by_class(r, "message", "p")[0]) for r in rows}
    assert any("。" in m for m in messages)


def _data_uri_image(uri: str) -> tuple[Image.Image, int]:
    data = base64.b64decode(uri.partition(",")[2])
    return Image.open(io.BytesIO(data)), len(data)


def test_the_packet_shows_subject_message_path_and_attachments_in_order(packet_case: Path) -> None:
    _, page = html_of(str(packet_case))
    tree = parse(page)
    (packet,) = by_class(tree, "packet", "section")
    subject = "Inbound shipment FBA17H3MW9TQ: 12 units missing"
    assert subject in text_of(packet)
    assert text_of(by_class(packet, "count", "span")[0]) == f"{len(subject)} of 100 characters"
    message = text_of(by_class(packet, "message-text", "pre")[0])
    assert message == (packet_case / "message.md").read_text()
    assert text_of(by_class(packet, "count", "span")[1]) == f"{len(message)} of 4,000 characters"
    assert [text_of(li) for li in by_class(packet, "breadcrumbs", "ol")[0]] == [
        "Help", "Get support", "Fulfillment by Amazon", "Lost inventory"]
    rows = by_class(packet, "attachment", "tr")
    assert [r.get("data-file") for r in rows] == [
        "attachments/labels.pdf", "attachments/pod.pdf", "attachments/invoice.pdf",
        "attachments/noise.png"]
    cells = [[text_of(td) for td in row.iter("td")] for row in rows]
    assert [(c[0], c[4], c[6]) for c in cells] == [("1", "PDF", "3"), ("2", "PDF", "1"),
                                                   ("3", "PDF", "2"), ("4", "PNG", "—")]
    assert cells[3][5].endswith(" MB")  # noise does not compress
    images = list(tree.iter("img"))
    assert images, "the PNG (and with pypdfium2 the PDFs) have thumbnails"
    for image in images:
        picture, size = _data_uri_image(image.get("src", ""))
        assert max(picture.size) <= MAX_SIDE and size <= MAX_BYTES, (picture.size, size)
        assert picture.size == (int(image.get("width", 0)), int(image.get("height", 0)))
        assert image.get("loading") == "lazy" and image.get("alt")
    (noise,) = rows[3].iter("img")
    assert _data_uri_image(noise.get("src", ""))[0].size == (THUMBNAIL_SIDE, 120)  # 4:3 kept
    assert len(page) < 6 * MAX_BYTES  # a thumbnail each, no screenshot picture here


def test_a_message_over_the_limit_says_so_and_secrets_stay_masked(make_case: CaseMaker) -> None:
    card = "5555 5555 5555 4444"  # not the docs' example card: that one is shown as an example
    folder = make_case({"type": "technical-issue", "marketplace": "US", "subject": "Report"},
                       files={"message.md": f"Hello, my card is {card}.\n" + "x" * 4100})
    _, page = html_of(str(folder))
    assert "5555 5555" not in page and "55555555" not in page
    tree = parse(page)
    message = text_of(by_class(tree, "message-text", "pre")[0])
    assert message.startswith("Hello, my card is ••••••••••••4444.")
    count = by_class(tree, "count", "span")[1]
    assert "over" in count.get("class", "") and "over the limit of 4,000" in text_of(count)
    too_long = next(f for f in validate(folder, config=Config(now=NOW)).findings
                    if f.code == "T004")
    assert f"✖ {too_long.data['length']:,} characters," in text_of(count)  # as written


def test_each_case_is_drawn_with_the_packs_it_was_checked_with(tmp_path: Path) -> None:
    """A repository that allows case configuration: one case's own pack lowers the message
    limit. Its packet shows the limit its T004 finding cites, the other case the shipped one."""
    (tmp_path / "casecheck.toml").write_text("allow-case-config = true\n", encoding="utf-8")
    text = "Hello. " + "x" * 2500
    for name in ("own-pack", "shipped-pack"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "case.toml").write_text(
            'type = "technical-issue"\nmarketplace = "US"\nsubject = "Report page error"\n',
            encoding="utf-8")
        (folder / "message.md").write_text(text, encoding="utf-8")
    own = tmp_path / "own-pack"
    (own / "rules").mkdir()
    (own / "rules" / "message.toml").write_text(
        '[max_chars]\nvalue = 2000\nevidence = "guide"\nsource = "our form stops at 2,000"\n'
        "checked = 2026-12-01\n", encoding="utf-8")
    (own / "casecheck.toml").write_text('rules = "rules"\n', encoding="utf-8")
    out = io.StringIO()
    main(["check", str(tmp_path), "--format", "html", "--no-cache", *NOW_FLAG], out=out)
    tree = parse(out.getvalue())
    counts = {text_of(article.find(".//h3") or article): text_of(by_class(article, "count",
                                                                           "span")[1])
              for article in by_class(tree, "case", "article")}
    (own_count,) = (shown for title, shown in counts.items() if "own-pack" in title)
    (shipped_count,) = (shown for title, shown in counts.items() if "shipped-pack" in title)
    assert "over the limit of 2,000" in own_count
    assert "of 4,000" in shipped_count and "over" not in shipped_count


def _moments(tree: ET.Element) -> dict[str, str]:
    return {li.get("data-key", ""): li.find("time").get("datetime", "")  # type: ignore[union-attr]
            for li in by_class(tree, "moment", "li")}


def test_the_timeline_has_the_claim_window_the_send_time_and_today(make_case: CaseMaker) -> None:
    saturday = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    expired, open_claim = (make_case({
        "type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
        "shipped_at": shipped, "submit_at": saturday, "message": "Hello.",
    }) for shipped in (dt.date(2026, 6, 1), dt.date(2026, 10, 1)))
    closed = next(f for f in validate(expired, config=Config(now=NOW)).findings
                  if f.code == "D001")
    moments = _moments(parse(html_of(str(expired))[1]))
    assert moments["event"] == "2026-06-01"
    assert moments["window-opens"] == closed.data["opens"]
    assert moments["window-closes"] == closed.data["closes"]
    assert "recommended" not in moments and "send-now" not in moments  # no time is right
    assert moments["planned"] == saturday.isoformat()
    assert dt.datetime.fromisoformat(moments["today"]) == NOW
    page = html_of(str(expired))[1]
    deadline = parse(page).find(".//tr[@id='row-1']")
    assert closed.data["closes"] in ET.tostring(deadline, encoding="unicode")  # type: ignore[arg-type]
    off_hours = next(f for f in validate(open_claim, config=Config(now=NOW)).findings
                     if f.code == "D005")
    moments = _moments(parse(html_of(str(open_claim))[1]))
    assert dt.datetime.fromisoformat(moments["recommended"]) == dt.datetime.fromisoformat(
        off_hours.data["advice"]["submit_at"])  # the timing rules' own advice


def test_an_appeal_shows_the_appeal_clock(make_case: CaseMaker) -> None:
    deactivated = NOW - dt.timedelta(hours=30)
    folder = make_case({"type": "account-appeal", "marketplace": "US", "message": "Hello.",
                        "deactivated_at": deactivated, "submit_at": NOW})
    moments = _moments(parse(html_of(str(folder))[1]))
    advice = next(f.data["advice"] for f in validate(folder, config=Config(now=NOW)).findings
                  if "advice" in f.data)
    assert advice["submit_now"] and advice["urgent"]  # the prompt mark has passed
    assert dt.datetime.fromisoformat(moments["send-now"]) == NOW and "recommended" not in moments
    assert dt.datetime.fromisoformat(moments["appeal-late"]) == deactivated + dt.timedelta(hours=72)
    assert dt.datetime.fromisoformat(moments["appeal-prompt"]) == deactivated + dt.timedelta(
        hours=24)


def _screenshot_case(make_case: CaseMaker, **files: bytes) -> Path:
    return make_case({
        "type": "technical-issue", "marketplace": "US", "message": "Hello.", "submit_at": NOW,
        "attachments": [{"path": f"attachments/{name}", "kind": "screenshot"} for name in files],
    }, files={f"attachments/{name}": data for name, data in files.items()})


def test_screenshots_not_read_get_a_note_that_says_why(make_case: CaseMaker) -> None:
    folder = _screenshot_case(make_case, **{"small.png": blank_png(300, 200)})
    (folder / "attachments" / "gone.png").unlink(missing_ok=True)
    missing = make_case({"type": "technical-issue", "marketplace": "US", "message": "Hello.",
                         "attachments": [{"path": "attachments/gone.png", "kind": "screenshot"}]})
    tree = parse(html_of(str(folder.parent), "--no-ocr")[1])
    notes = {f.get("data-file"): text_of(f.find("figcaption"))  # type: ignore[arg-type]
             for f in by_class(tree, "shot", "figure")}
    assert "A014" in notes["attachments/small.png"]
    assert "A010" in notes["attachments/gone.png"]
    assert missing.exists()
    tree = parse(html_of(str(folder.parent))[1])
    assert "A014" in text_of(by_class(tree, "shot", "figure")[0])


def test_observations_survive_the_cache_and_the_workers(make_case: CaseMaker,
                                                         tmp_path: Path) -> None:
    folders = [_screenshot_case(make_case, **{"small.png": blank_png(320, 180 + i)})
               for i in range(32)]
    hour_ago = NOW.timestamp() - 3600  # files seconds old are too fresh to cache (RACY_NS)
    for path in (p for folder in folders for p in (folder, *folder.rglob("*"))):
        os.utime(path, (hour_ago, hour_ago))
    config = Config(now=NOW)
    cold = check_paths([folders[0].parent], config=config, cache=tmp_path / "cache")
    warm = check_paths([folders[0].parent], config=config, cache=tmp_path / "cache")
    assert warm.cache_stats is not None and warm.cache_stats.case_hits == 32
    workers = check_folders(folders, config=config, jobs=2)
    expected = [{"screenshots": [{"file": "attachments/small.png", "index": 0, "width": 320,
                                  "height": 180 + i, "status": "too-small"}]} for i in range(32)]
    by_path = {Path(c.path).name: c.observed() for c in cold.cases}
    assert [by_path[f.name] for f in folders] == expected
    assert [c.observed() for c in warm.cases] == [c.observed() for c in cold.cases]
    assert [c.observed() for c in workers] == expected


def _box(figure: ET.Element, kind: str) -> list[int]:
    (rect,) = [r for r in figure.iter(f"{SVG}rect") if r.get("class") == f"{kind}-box"]
    return [int(v) for v in rect.get("data-box", "").split(",")]


@pytest.mark.skipif(default_engine() is None, reason="no OCR engine: nothing reads the boxes")
def test_a_passing_screenshot_is_drawn_with_its_boxes_also_from_the_cache(tmp_path: Path) -> None:
    folder = EXAMPLES / "technical-issue" / "ok-screenshot-shows-url-and-time"
    config = Config(now=NOW)
    pages = []
    for _ in range(2):
        report = check_paths([folder], config=config, cache=tmp_path / "cache")
        assert report.cases[0].ok
        out = io.StringIO()
        reporter("html")(report, out, ReportOptions(config=config, version="0.1.0"))
        pages.append(out.getvalue())
    assert report.cache_stats is not None and report.cache_stats.case_hits == 1
    assert pages[0] == pages[1]
    (reading,) = report.cases[0].observations["screenshots"]
    (figure,) = by_class(parse(pages[1]), "shot", "figure")
    assert figure.get("data-file") == reading["file"] == "attachments/ledger-error.png"
    assert _box(figure, "url") == list(reading["url_box"])
    assert _box(figure, "time") == list(reading["time_box"])
    assert reading["url_box"][1] < 120 < reading["time_box"][1]  # address bar above, clock below


def test_output_flag_writes_every_format_as_the_terminal_would(packet_case: Path,
                                                             tmp_path: Path) -> None:
    from casecheck.reporters import formats

    for name in formats():
        terminal = io.StringIO()
        args = ["check", str(packet_case), "--format", name, "--no-cache", *NOW_FLAG]
        assert main(args, out=terminal) == 0
        target = tmp_path / f"out.{name}"
        quiet = io.StringIO()
        assert main([*args, "-o", str(target)], out=quiet) == 0
        assert quiet.getvalue() == ""
        assert target.read_text(encoding="utf-8") == terminal.getvalue(), name
        assert target.stat().st_mode & 0o044 == 0o044 & ~_umask()  # readable as the user wants


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_output_flag_refuses_places_it_must_not_write(packet_case: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in packet_case.rglob("*"))
    for target in (tmp_path, tmp_path / "no" / "such" / "r.html", packet_case / "report.html"):
        status = main(["check", str(packet_case), "--format", "html", "-o", str(target)])
        error = capsys.readouterr().err
        assert status == 2 and error.count("\n") == 1 and "--output" in error, error
    assert sorted(p.name for p in packet_case.rglob("*")) == before


def test_special_files_and_bombs_are_never_opened_for_a_thumbnail(make_case: CaseMaker) -> None:
    folder = make_case({"type": "technical-issue", "marketplace": "US", "message": "Hello.",
                        "attachments": [{"path": "attachments/pipe.png", "kind": "screenshot"},
                                        {"path": "../outside.png", "kind": "other"}]})
    (folder / "attachments").mkdir()
    os.mkfifo(folder / "attachments" / "pipe.png")
    (folder.parent / "outside.png").write_bytes(blank_png(800, 600))
    tree = parse(html_of(str(folder))[1])  # a FIFO opened for reading would hang here
    rows = by_class(tree, "attachment", "tr")
    assert word("html", "state-special", "en") in text_of(rows[0])
    assert word("html", "state-outside", "en") in text_of(rows[1])
    assert not list(tree.iter("img"))


# --- hostile text through every field --------------------------------------------------------

PIECES = ["<script>alert(1)</script>", "</pre><img src=x onerror=alert(1)>", '"', "'", "&amp;",
          "\u202e", "\u2066", "\x00", "\x1b[31m", "\r\n", "<!--", "]]>", "\ud800", "\ufffe",
          "`code`", "{count}", "<svg onload=alert(1)>", "javascript:alert(1)"]
hostile = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)),
                   min_size=1, max_size=5).map("".join)


def _seen(value: str) -> str:
    """What a reader sees: shown by code point, newlines as the HTML parser normalizes them."""
    return shown(value).replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(fields=st.fixed_dictionaries({name: hostile for name in (
    "subject", "message", "step", "description", "path", "type", "code", "name", "text",
    "hint", "source", "file", "field", "engine", "url", "time")}))
def test_hostile_text_in_every_field_is_shown_as_text(fields: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "case"
        (folder / "attachments").mkdir(parents=True)
        (folder / "attachments" / "shot.png").write_bytes(blank_png(1280, 800))
        manifest = {
            "type": "technical-issue", "marketplace": "US", "subject": fields["subject"],
            "message": fields["message"], "contact_path": ["Help", fields["step"]],
            "attachments": [
                {"path": fields["file"], "kind": "other", "description": fields["description"]},
                {"path": "attachments/shot.png", "kind": "screenshot"},
            ],
        }
        (folder / "case.json").write_text(json.dumps(manifest), encoding="utf-8")
        checked = validate(folder, config=Config(now=NOW, ocr=False))
        mine = Finding(fields["code"], fields["name"], Severity.WARNING, fields["text"],
                       Location(fields["file"], fields["field"], 3), fields["hint"],
                       fields["source"])
        reading = {"file": "attachments/shot.png", "index": 1, "width": 1280, "height": 800,
                   "status": "read", "engine": fields["engine"], "url": fields["url"],
                   "url_read": fields["url"], "url_box": [1, 2, 300, 40], "time": fields["time"],
                   "time_read": fields["time"], "time_box": [1000, 760, 1200, 790]}
        case = CaseReport(str(folder), fields["type"], (*checked.findings, mine),
                          observations={"screenshots": [reading]})
        stranger = CaseReport(fields["path"], fields["type"], (mine,))
        report = RunReport((case, stranger))
        out = io.StringIO()
        config = Config(now=NOW)
        reporter("html")(report, out, ReportOptions(config=config, version=fields["engine"]))
        page = out.getvalue()
        page.encode("utf-8")  # no lone surrogate reaches the file
        tree = parse(page)
        (script,) = tree.iter("script")
        assert "alert" not in (script.text or "")
        for element in tree.iter():
            assert not any(name.lower().startswith("on") for name in element.attrib)
            assert element.tag not in ("iframe", "object", "embed", f"{SVG}script", f"{SVG}image")
            if element.tag == "img":  # only the pictures casecheck drew
                assert element.get("src", "").startswith(("data:image/webp;", "data:image/jpeg;"))
        seen = text_of(tree)
        dossier = Dossiers(config)(case)
        expected = [fields[k] for k in ("step", "description", "path", "type", "code", "name",
                                        "text", "hint", "source", "field", "url", "time")]
        expected += [v for v in (dossier.subject, dossier.message) if v is not None]
        for value in expected:
            assert _seen(value) in seen, value
