"""Attachment rules A001-A007, A010-A013, A015, A016, A018 on real files.

Files are PngSuite and pypdf test files copied into tests/data/, or generated here with
Pillow and pypdf. Every test looks only at the attachment codes this module owns, so that
the other families' rules do not blur what is asserted.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, CaseMaker, check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_files import pdf_bytes
from PIL import Image

from casecheck.attachments import (
    PNG_SIGNATURE,
    AttachmentFacts,
    InspectionLimits,
    clear_memo,
    inspect_attachment,
    inspect_pdf,
    inspect_png,
)
from casecheck.catalog import DOC_SECTIONS, LANGUAGES, shipped_catalog
from casecheck.checkers.attachments import message_headings, size_text
from casecheck.findings import CaseReport

DATA = Path(__file__).parent / "data"
PNGSUITE = DATA / "pngsuite"
PYPDF = DATA / "pypdf"
CODES = ("A001", "A002", "A003", "A004", "A005", "A006", "A007", "A010", "A011", "A012",
         "A013", "A015", "A016", "A018")
LIMITS = InspectionLimits(read_limit=10_000_000, max_pixels=89_478_485)

VALID_PNGS = sorted(p.name for p in PNGSUITE.glob("*.png") if not p.name.startswith("x"))
CORRUPT_PNGS = {
    # PngSuite's x* files and what is wrong with each (see PngSuite's own descriptions)
    "xc1n0g08.png": "header",     # colour type 1
    "xc9n2c08.png": "header",     # colour type 9
    "xcrn0g04.png": "signature",  # LF turned into CR LF in the signature
    "xcsn0g01.png": "crc",        # bad IDAT checksum
    "xd0n2c08.png": "header",     # bit depth 0
    "xd3n2c08.png": "header",     # bit depth 3
    "xd9n2c08.png": "header",     # bit depth 99
    "xdtn0g01.png": "no-idat",    # no image data
    "xhdn0g08.png": "crc",        # bad IHDR checksum
    "xlfn0g04.png": "signature",  # CR LF turned into LF in the signature
    "xs1n0g01.png": "signature",  # signature byte 1 MSB cleared
    "xs2n0g01.png": "signature",  # signature byte 2 is a 'Q'
    "xs4n0g01.png": "signature",  # signature byte 4 lowercase
    "xs7n0g01.png": "signature",  # 7th byte a space instead of control-Z
}

NEEDS_PASSWORD = {
    # qpdf --requires-password: exit 0 needs a password, 3 encrypted but opens, 2 not encrypted
    "crazyones-encrypted-256.pdf": True,
    "encrypted-file.pdf": True,
    "libreoffice-writer-password.pdf": True,
    "r3-user-password.pdf": True,
    "r4-aes-user-password.pdf": True,
    "r2-owner-password.pdf": False,
    "r6-empty-password.pdf": False,
    "r6-owner-password.pdf": False,
    "r6-user-password.pdf": False,
    "crazyones.pdf": False,
    "example.pdf": False,
    "issue-297.pdf": False,
    "hello-world.pdf": False,
    "imagemagick-lzw.pdf": False,
}


@pytest.fixture(autouse=True)
def _fresh_memo() -> None:
    clear_memo()


def manifest(*paths: str, kind: str = "other", **fields: Any) -> dict[str, Any]:
    """A warehouse-damaged claim: its pack requires no attachment kind, so only the files count."""
    base: dict[str, Any] = {
        "type": "fba-reimbursement", "marketplace": "US", "claim_kind": "warehouse-damaged",
    }
    base.update(fields)
    base["attachments"] = [{"path": p, "kind": kind} for p in paths]
    return base


def attached(make_case: CaseMaker, files: dict[str, bytes], **fields: Any) -> CaseReport:
    """Check a case that lists exactly ``files``, looking only at the attachment codes."""
    folder = make_case(manifest(*files, **fields), files=dict(files))
    return check(folder, select=CODES)


def found(report: CaseReport) -> list[tuple[str, str | None]]:
    return sorted((f.code, f.location.file) for f in report.findings)


def png_bytes(size: tuple[int, int] = (64, 48), mode: str = "RGB", seed: int = 0) -> bytes:
    image = Image.new(mode, size)
    if mode in ("RGB", "RGBA"):
        image.putdata([((x * 7 + seed) % 256, (x * 13) % 256, seed % 256, 255)[: len(mode)]
                       for x in range(size[0] * size[1])])
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def image_bytes(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(buffer, fmt)
    return buffer.getvalue()


def zip_bytes(*names: str) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def idat_offset(data: bytes) -> tuple[int, int]:
    offset = 8
    while True:
        length, kind = struct.unpack_from(">I4s", data, offset)
        if kind == b"IDAT":
            return offset, length
        offset += 12 + length


# --- valid files pass ----------------------------------------------------------------------

@pytest.mark.parametrize("name", VALID_PNGS)
def test_every_valid_pngsuite_file_passes(make_case: CaseMaker, name: str) -> None:
    report = attached(make_case, {f"attachments/{name}": (PNGSUITE / name).read_bytes()})
    assert found(report) == []


@pytest.mark.parametrize("name", ["crazyones.pdf", "example.pdf", "issue-297.pdf",
                                  "hello-world.pdf", "imagemagick-lzw.pdf"])
def test_real_pdfs_pass_even_with_a_repaired_xref(make_case: CaseMaker, name: str) -> None:
    report = attached(make_case, {f"attachments/{name}": (PYPDF / name).read_bytes()})
    assert found(report) == []


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "P", "1", "I;16"])
def test_generated_pngs_of_every_mode_pass(make_case: CaseMaker, mode: str) -> None:
    assert found(attached(make_case, {"attachments/shot.png": png_bytes(mode=mode)})) == []


def test_generated_pdfs_pass(make_case: CaseMaker) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(buffer, "PDF")
    files = {"attachments/blank.pdf": pdf_bytes(3), "attachments/scan.pdf": buffer.getvalue()}
    assert found(attached(make_case, files)) == []


# --- A001 / A002: content, not extension ---------------------------------------------------

@pytest.mark.parametrize(("name", "content", "mime", "advice"), [
    ("invoice.jpg", image_bytes("JPEG"), "image/jpeg", "PNG"),
    ("invoice.pdf", image_bytes("JPEG"), "image/jpeg", "PNG"),
    ("label.gif", image_bytes("GIF"), "image/gif", "PNG"),
    ("scan.tiff", image_bytes("TIFF"), "image/tiff", "PNG"),
    ("photo.heic", bytes.fromhex("000000186674797068656963000000006d69663168656963") + bytes(64),
     "image/heic", "PNG"),
    ("statement.docx", zip_bytes("[Content_Types].xml", "word/document.xml"),
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PDF"),
    ("evidence.zip", zip_bytes("a.txt"), "application/zip", "unpack"),
    ("notes.txt", b"The carrier says the box was delivered.\n", "text/plain", "message"),
])
def test_a001_names_the_real_type_and_how_to_convert(
    make_case: CaseMaker, name: str, content: bytes, mime: str, advice: str,
) -> None:
    report = attached(make_case, {f"attachments/{name}": content})
    assert found(report) == [("A001", f"attachments/{name}")]
    finding = report.findings[0]
    assert finding.data["mime"] == mime
    assert finding.location.field == "attachments[0]"
    assert advice in finding.hint


JPEG_ONLY = """\
[attachments.formats]
source = "a seller's own pack: this flow takes JPEG only"
checked = 2026-11-01

[[attachments.formats.types]]
mime = "image/jpeg"
label = "JPEG"
extensions = [".jpg", ".jpeg"]
"""


@pytest.mark.parametrize(("name", "content", "advice"), [
    ("shot.png", png_bytes(), "save the image as JPEG"),
    ("label.gif", image_bytes("GIF"), "save the image as JPEG"),
    ("statement.docx", zip_bytes("[Content_Types].xml", "word/document.xml"),
     "save each page as a JPEG image"),
    ("evidence.zip", zip_bytes("a.txt"), "attach each document as JPEG"),
    ("notes.txt", b"The carrier says the box was delivered.\n", "save or scan it as a JPEG"),
    ("pod.pdf", pdf_bytes(), "save or scan it as a JPEG"),
])
@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_hints_advise_only_the_formats_the_pack_allows(
    make_case: CaseMaker, tmp_path: Path, name: str, content: bytes, advice: str, lang: str,
) -> None:
    """A pack that takes only JPEG: no hint says "print it to PDF" or "take a PNG screenshot"."""
    rules = tmp_path / "jpeg-only"
    rules.mkdir()
    (rules / "global.toml").write_text(JPEG_ONLY, encoding="utf-8")
    many = {f"attachments/{n}.jpg": image_bytes("JPEG") + bytes([n]) for n in range(11)}
    folder = make_case(manifest(f"attachments/{name}", *many), files={
        f"attachments/{name}": content, **many})
    report = check(folder, select=("A001", "A013"), rules_dirs=(rules,), lang=lang)
    hints = {f.code: f.hint for f in report.findings}
    assert set(hints) == {"A001", "A013"}
    for hint in hints.values():
        assert "PDF" not in hint and "PNG" not in hint, hint
    assert "JPEG" in hints["A001"]
    if lang == "en":
        assert advice in hints["A001"], hints["A001"]


def test_a002_png_named_pdf_and_pdf_without_extension(make_case: CaseMaker) -> None:
    report = attached(make_case, {"attachments/pod.pdf": png_bytes(),
                                  "attachments/summary": pdf_bytes()})
    assert found(report) == [("A002", "attachments/pod.pdf"), ("A002", "attachments/summary")]
    by_file = {f.location.file: f for f in report.findings}
    assert "attachments/pod.png" in by_file["attachments/pod.pdf"].hint
    assert by_file["attachments/summary"].data["extension"] == ""
    assert "no extension" in by_file["attachments/summary"].message


def test_uppercase_extension_is_fine(make_case: CaseMaker) -> None:
    assert found(attached(make_case, {"attachments/POD.PDF": pdf_bytes()})) == []


# --- A003 / A004: size from stat -----------------------------------------------------------

def test_a003_reports_size_limit_and_how_far_over(make_case: CaseMaker) -> None:
    content = pdf_bytes()
    padded = content + b"\n%" + b"0" * (12_582_912 - len(content) - 9) + b"\n%%EOF\n"
    report = attached(make_case, {"attachments/bol.pdf": padded})
    assert found(report) == [("A003", "attachments/bol.pdf")]
    finding = report.findings[0]
    assert dict(finding.data) == {"path": "attachments/bol.pdf", "size": 12_582_912,
                                  "limit": 10_000_000}
    assert "12.6 MB is 2.6 MB over the 10 MB limit" in finding.hint


def test_a003_just_over_the_limit_does_not_say_it_is_the_limit(make_case: CaseMaker) -> None:
    content = pdf_bytes()
    padded = content + b"\n%" + b"0" * (10_037_352 - len(content) - 9) + b"\n%%EOF\n"
    (finding,) = attached(make_case, {"attachments/scan.pdf": padded}).findings
    assert finding.message == ("attachments/scan.pdf is 10.04 MB (10,037,352 bytes); the limit "
                               "is 10 MB (10,000,000 bytes).")
    assert "10.04 MB is 37.4 kB over the 10 MB limit" in finding.hint


@given(st.integers(1, 10**11), st.integers(1, 10**11))
def test_a_size_beside_another_reads_differently_unless_they_are_all_but_equal(
    size: int, other: int
) -> None:
    from casecheck.checkers.attachments import size_text

    if size_text(size, beside=other) == size_text(other):
        assert abs(size - other) < max(size, other) / 1000


def test_a003_on_a_2_gb_sparse_file_reads_only_its_head(make_case: CaseMaker) -> None:
    folder = make_case(manifest("attachments/huge.pdf"),
                       files={"attachments/huge.pdf": b"%PDF-1.4\n"})
    os.truncate(folder / "attachments/huge.pdf", 2 * 1024**3)
    tracemalloc.start()
    try:
        report = check(folder, select=CODES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found(report) == [("A003", "attachments/huge.pdf")]
    assert peak < 20_000_000, f"peak {peak} bytes: the file was read"
    facts = inspect_attachment(folder / "attachments/huge.pdf", LIMITS)
    assert facts.size == 2 * 1024**3 and facts.sha256 is None and not facts.read_fully


def test_a004_empty_file_is_only_empty(make_case: CaseMaker) -> None:
    assert found(attached(make_case, {"attachments/invoice.pdf": b""})) == [
        ("A004", "attachments/invoice.pdf")]


# --- A005 / A006: PDF ----------------------------------------------------------------------

@pytest.mark.parametrize("fraction", [0.25, 0.5, 0.9, 0.995])
def test_a005_truncated_pdf(make_case: CaseMaker, fraction: float) -> None:
    whole = (PYPDF / "example.pdf").read_bytes()
    report = attached(make_case, {"attachments/pod.pdf": whole[: int(len(whole) * fraction)]})
    assert found(report) == [("A005", "attachments/pod.pdf")]
    assert report.findings[0].data["problem"] == "truncated"


def test_a005_unparseable_and_pageless_pdfs(make_case: CaseMaker) -> None:
    report = attached(make_case, {
        "attachments/garbage.pdf": b"%PDF-1.4\nnot a PDF body at all\n%%EOF\n",
        "attachments/empty-doc.pdf": pdf_bytes(pages=0),
    })
    assert found(report) == [("A005", "attachments/empty-doc.pdf"),
                             ("A005", "attachments/garbage.pdf")]
    problems = {f.location.file: f.data["problem"] for f in report.findings}
    assert problems == {"attachments/empty-doc.pdf": "no-pages", "attachments/garbage.pdf": "parse"}


@pytest.mark.parametrize("name", sorted(NEEDS_PASSWORD))
def test_a006_only_when_a_password_is_needed(make_case: CaseMaker, name: str) -> None:
    report = attached(make_case, {f"attachments/{name}": (PYPDF / name).read_bytes()})
    expected = [("A006", f"attachments/{name}")] if NEEDS_PASSWORD[name] else []
    assert found(report) == expected


@pytest.mark.skipif(shutil.which("qpdf") is None,
                    reason="qpdf is not installed (apt-get install qpdf); the corpus "
                           "expectations above are asserted without it")
@pytest.mark.parametrize("name", sorted(NEEDS_PASSWORD))
def test_a006_agrees_with_qpdf(name: str) -> None:
    status = subprocess.run(["qpdf", "--requires-password", str(PYPDF / name)],
                            capture_output=True, check=False).returncode
    facts = inspect_attachment(PYPDF / name, LIMITS)
    assert facts.pdf_needs_password == (status == 0)
    assert facts.pdf_encrypted == (status in (0, 3))
    assert NEEDS_PASSWORD[name] == (status == 0)


def test_a006_generated_user_password_but_not_owner_only(make_case: CaseMaker) -> None:
    report = attached(make_case, {
        "attachments/locked.pdf": pdf_bytes(user_password="secret", owner_password="owner"),
        "attachments/restricted.pdf": pdf_bytes(user_password="", owner_password="owner"),
    })
    assert found(report) == [("A006", "attachments/locked.pdf")]


# --- A007: PNG -----------------------------------------------------------------------------

def test_the_corrupt_list_covers_every_x_file() -> None:
    assert sorted(CORRUPT_PNGS) == sorted(p.name for p in PNGSUITE.glob("x*.png"))


@pytest.mark.parametrize(("name", "problem"), sorted(CORRUPT_PNGS.items()))
def test_a007_every_corrupt_pngsuite_file(make_case: CaseMaker, name: str, problem: str) -> None:
    report = attached(make_case, {f"attachments/{name}": (PNGSUITE / name).read_bytes()})
    assert found(report) == [("A007", f"attachments/{name}")]
    assert report.findings[0].location.field == "attachments[0]"
    assert report.findings[0].data["problem"] == problem


def test_a007_bad_idat_crc_that_pillow_load_accepts(make_case: CaseMaker) -> None:
    data = (PNGSUITE / "xcsn0g01.png").read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        image.load()  # the reason for the chunk walk: Pillow alone says this file is fine
    report = attached(make_case, {"attachments/shot.png": data})
    assert report.findings[0].data["problem"] == "crc"
    assert report.findings[0].data["chunk"] == "IDAT"


@pytest.mark.parametrize(("cut", "problem"), [(0.5, "truncated"), (-12, "truncated"),
                                              (-1, "truncated")])
def test_a007_truncated_png(make_case: CaseMaker, cut: float, problem: str) -> None:
    data = png_bytes((120, 80))
    end = int(len(data) * cut) if cut > 0 else len(data) + int(cut)
    report = attached(make_case, {"attachments/shot.png": data[:end]})
    assert found(report) == [("A007", "attachments/shot.png")]
    assert report.findings[0].data["problem"] == problem


def test_a007_damaged_zlib_stream_with_valid_crcs_needs_the_full_decode(
    make_case: CaseMaker,
) -> None:
    data = bytearray(png_bytes((200, 100), seed=3))
    offset, length = idat_offset(bytes(data))
    data[offset + 8 + length // 2] ^= 0xFF
    struct.pack_into(">I", data, offset + 8 + length,
                     zlib.crc32(bytes(data[offset + 4: offset + 8 + length])))
    report = attached(make_case, {"attachments/shot.png": bytes(data)})
    assert found(report) == [("A007", "attachments/shot.png")]
    assert report.findings[0].data["problem"] == "decode"


def test_a007_decompression_bomb_is_never_decoded(make_case: CaseMaker) -> None:
    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 2, 0, 0, 0)
    row = b"\0" * (1 + 3 * 30_000)
    body = zlib.compress(row * 16, 9)
    bomb = (PNG_SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", body)
            + chunk(b"IEND", b""))
    tracemalloc.start()
    try:
        report = attached(make_case, {"attachments/bomb.png": bomb})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found(report) == [("A007", "attachments/bomb.png")]
    assert report.findings[0].data["problem"] == "bomb"
    assert peak < 50_000_000


def test_a007_pillows_own_limit_holds_when_a_pack_allows_more() -> None:
    import warnings

    header = struct.pack(">IIBBBBB", 10_000, 10_000, 8, 0, 0, 0, 0)
    png = (PNG_SIGNATURE + chunk(b"IHDR", header)
           + chunk(b"IDAT", zlib.compress(b"\0" * 10_001 * 10)) + chunk(b"IEND", b""))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Pillow's DecompressionBombWarning would fail here
        facts = inspect_png(png, max_pixels=500_000_000)
    assert (facts["problem"], facts["problem_detail"]) == ("bomb", "10000 x 10000")


def test_a007_missing_iend(make_case: CaseMaker) -> None:
    data = png_bytes()
    report = attached(make_case, {"attachments/shot.png": data[:-12]})
    assert report.findings[0].data["problem"] == "truncated"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_hostile_png_bytes_become_facts_not_exceptions(tail: bytes) -> None:
    facts = inspect_png(PNG_SIGNATURE + tail, LIMITS.max_pixels)
    assert facts.get("problem") is not None or "png_width" in facts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_hostile_pdf_bytes_become_facts_not_exceptions(body: bytes) -> None:
    facts = inspect_pdf(b"%PDF-1.7\n" + body + b"\n%%EOF\n")
    assert set(facts) <= {"problem", "problem_detail", "pdf_pages", "pdf_encrypted",
                          "pdf_needs_password"}


# --- A010 / A011 / A018: where the file is -------------------------------------------------

def test_a010_missing_with_close_name_and_backslashes(make_case: CaseMaker) -> None:
    folder = make_case(
        manifest("attachments/box-label.pdf", "attachments\\pod.pdf", "attachments/nothing.pdf"),
        files={"attachments/box-labels.pdf": pdf_bytes()},
    )
    report = check(folder, select=("A010",))
    by_field = {f.location.field: f for f in report.findings}
    assert sorted(by_field) == ["attachments[0]", "attachments[1]", "attachments[2]"]
    assert "did you mean attachments/box-labels.pdf" in by_field["attachments[0]"].message
    assert "attachments/pod.pdf" in by_field["attachments[1]"].hint
    assert by_field["attachments[2]"].location.file == "attachments/nothing.pdf"


def test_a_file_listed_with_backslashes_is_a010s_fix_not_also_unlisted(
    make_case: CaseMaker
) -> None:
    folder = make_case(manifest("attachments\\pod.pdf"),
                       files={"attachments/pod.pdf": pdf_bytes(),
                              "attachments/extra.pdf": pdf_bytes()})
    report = check(folder, select=("A010", "A012"))
    assert sorted((f.code, f.data["path"]) for f in report.findings) == [
        ("A010", "attachments\\pod.pdf"), ("A012", "attachments/extra.pdf")]


def test_a011_never_opens_a_path_outside_the_case(
    make_case: CaseMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(pdf_bytes())
    folder = make_case(manifest("../secret.pdf", str(outside), "attachments/link.pdf",
                                "C:\\Users\\me\\Downloads\\pod.pdf"))
    (folder / "attachments").mkdir()
    (folder / "attachments/link.pdf").symlink_to(outside)
    opened: list[str] = []
    real_open = os.open

    def recording_open(path: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(os.path.realpath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", recording_open)
    report = check(folder, select=CODES)
    reasons = {f.location.field: (f.code, f.data["reason"]) for f in report.findings}
    assert reasons == {
        "attachments[0]": ("A011", "parent"), "attachments[1]": ("A011", "absolute"),
        "attachments[2]": ("A011", "symlink"), "attachments[3]": ("A011", "absolute"),
    }
    assert str(outside) not in opened


def test_symlink_inside_the_case_is_followed(make_case: CaseMaker) -> None:
    folder = make_case(manifest("attachments/latest.pdf", "scans/pod.pdf"),
                       files={"scans/pod.pdf": pdf_bytes()})
    (folder / "attachments").mkdir()
    (folder / "attachments/latest.pdf").symlink_to(folder / "scans/pod.pdf")
    report = check(folder, select=CODES)
    assert [f.code for f in report.findings] == ["A015"]  # the same file, listed twice


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a018_fifo_and_directory_are_never_opened(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = make_case(manifest("attachments/pipe.pdf", "attachments/scans"),
                       files={"attachments/scans/one.pdf": pdf_bytes()})
    os.mkfifo(folder / "attachments/pipe.pdf")
    opened: list[str] = []
    real_open = os.open

    def recording_open(path: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", recording_open)
    report = check(folder, select=("A018",))
    kinds = {f.location.file: f.data["file_kind"] for f in report.findings}
    assert kinds == {"attachments/pipe.pdf": "fifo", "attachments/scans": "directory"}
    assert not any(p.endswith(("pipe.pdf", "scans")) for p in opened)


PATH_PARTS = st.sampled_from(["attachments", "..", ".", "", "pod.pdf", "a b", "C:", "\\",
                              "\0", "~", "ü", "x" * 300, "attachments/pod.pdf"])


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(PATH_PARTS, max_size=4).map("/".join), min_size=1, max_size=3))
def test_hostile_paths_become_path_findings(make_case: CaseMaker, paths: list[str]) -> None:
    folder = make_case(manifest(*paths), files={"attachments/pod.pdf": pdf_bytes()})
    report = check(folder, select=(*CODES, "X"))
    listed = {f"attachments[{i}]": path for i, path in enumerate(paths)}
    for finding in report.findings:
        assert finding.code in {"A002", "A010", "A011", "A012", "A015", "A018"}, finding
        if finding.code != "A012":
            assert finding.location.file == listed[finding.location.field]


# --- A012 / A013 / A015 / A016: the set of attachments -------------------------------------

def test_a012_unlisted_files_but_not_system_files(make_case: CaseMaker) -> None:
    folder = make_case(manifest("./attachments/pod.pdf"), files={
        "attachments/pod.pdf": pdf_bytes(),
        "attachments/old/draft.pdf": pdf_bytes(2),
        "attachments/.DS_Store": b"\0",
        "attachments/Thumbs.db": b"\0",
        "attachments/.git/config": b"",
        "attachments/README.md": "The evidence this case needs (written by casecheck new).",
    })
    report = check(folder, select=("A012",))
    assert found(report) == [("A012", "attachments/old/draft.pdf")]


def test_a013_points_at_the_first_attachment_over_the_limit(make_case: CaseMaker) -> None:
    files = {f"attachments/label-{n:02}.png": png_bytes(seed=n) for n in range(11)}
    folder = make_case(manifest(*files), files=files)
    report = check(folder, select=CODES)
    assert found(report) == [("A013", "case.toml")]
    finding = report.findings[0]
    lines = (folder / "case.toml").read_text().splitlines()
    eleventh = [n for n, line in enumerate(lines, 1) if line == "[[attachments]]"][10]
    assert (finding.location.field, finding.location.line) == ("attachments[10]", eleventh)
    assert dict(finding.data) == {"count": 11, "limit": 10}


def test_a015_same_content_under_two_names(make_case: CaseMaker) -> None:
    same = pdf_bytes()
    report = attached(make_case, {"attachments/invoice.pdf": same, "attachments/pod.pdf": same,
                                  "attachments/label.png": png_bytes()})
    assert found(report) == [("A015", "attachments/pod.pdf")]
    assert report.findings[0].data["same_as"] == "attachments/invoice.pdf"


def test_a015_same_path_twice(make_case: CaseMaker) -> None:
    folder = make_case(manifest("attachments/pod.pdf", "attachments/pod.pdf"),
                       files={"attachments/pod.pdf": pdf_bytes()})
    report = check(folder, select=("A015",))
    assert [f.location.field for f in report.findings] == ["attachments[1]"]
    assert "listed twice" in report.findings[0].message


def test_a016_inbound_lost_needs_box_labels_carrier_proof_and_an_invoice(
    make_case: CaseMaker,
) -> None:
    folder = make_case(manifest("attachments/labels.pdf", kind="box-label",
                                claim_kind="inbound-lost"),
                       files={"attachments/labels.pdf": pdf_bytes()})
    report = check(folder, select=("A016",))
    assert [(f.data["kind"], f.location.file, f.location.field) for f in report.findings] == [
        ("carrier-proof", "case.toml", "attachments"), ("invoice", "case.toml", "attachments")]
    assert "claim_kind = inbound-lost" in report.findings[0].message


@pytest.mark.parametrize(("fields", "kinds"), [
    ({"type": "fba-reimbursement", "claim_kind": "inbound-lost"},
     {"box-label", "carrier-proof", "invoice"}),
    ({"type": "fba-reimbursement", "claim_kind": "removal-lost"}, set()),
    ({"type": "fba-reimbursement", "claim_kind": "customer-return"}, set()),
    ({"type": "category-approval"}, {"invoice", "compliance-certificate", "sales-history"}),
    ({"type": "account-appeal"}, {"plan-of-action"}),
    ({"type": "listing-reinstatement"}, {"remediation-statement", "test-report"}),
    ({"type": "brand-dispute"}, {"trademark-certificate"}),
    ({"type": "technical-issue"}, {"screenshot"}),
])
def test_a016_kinds_each_case_type_requires(fields: dict[str, str], kinds: set[str]) -> None:
    from casecheck import Config, validate

    report = validate({**fields, "marketplace": "US"}, config=Config(select=CODES))
    assert {f.data["kind"] for f in report.findings} == kinds
    assert {f.code for f in report.findings} <= {"A016"}


APPEAL = {"type": "account-appeal", "marketplace": "US", "policy": "Inauthentic item complaints"}


@pytest.mark.parametrize(("message", "codes"), [
    ("Hello,\n\n## Plan of Action\n\nRoot cause: ...\n", []),
    ("**PLAN OF ACTION:**\n1. Root cause ...\n", []),
    ("1. Plan of action\n- we found ...\n", []),
    ("We have a plan of action: we will do better.\n", ["A016"]),
    ("Please reinstate my account.\n", ["A016"]),
])
def test_a016_a_plan_of_action_in_the_message_counts(
    make_case: CaseMaker, message: str, codes: list[str],
) -> None:
    folder = make_case({**APPEAL, "message": message})
    report = check(folder, select=("A016",))
    assert [f.code for f in report.findings] == codes
    if codes:
        assert "Root cause" in report.findings[0].hint
        assert report.findings[0].data["in_message"] == "none"


def test_message_headings_strip_markdown() -> None:
    assert message_headings("# POA\n> **Plan of Action**:\ntext") >= {"poa", "plan of action"}


# --- modes, languages, sharing --------------------------------------------------------------

def test_template_mode_skips_missing_files_and_placeholders(make_case: CaseMaker) -> None:
    folder = make_case(manifest("attachments/{{ pod }}.pdf", "attachments/pod.pdf",
                                template=True))
    assert check(folder, select=CODES).findings == ()


def test_findings_in_chinese(make_case: CaseMaker) -> None:
    folder = make_case(manifest("attachments/a.jpg"),
                       files={"attachments/a.jpg": image_bytes("JPEG")})
    finding = check(folder, select=CODES, lang="zh-CN").findings[0]
    assert finding.message == "attachments/a.jpg 是 JPEG 图片，不是 PDF 或 PNG。"
    assert "PNG" in finding.hint


def test_each_file_is_inspected_once_per_run(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import casecheck.attachments as inspection

    calls: list[Path] = []
    real = inspection._inspect_regular

    def counting(path: Path, *args: Any) -> AttachmentFacts:
        calls.append(path)
        return real(path, *args)

    monkeypatch.setattr(inspection, "_inspect_regular", counting)
    report = attached(make_case, {"attachments/a.png": png_bytes(),
                                  "attachments/b.pdf": pdf_bytes()})
    assert report.findings == ()
    assert sorted(p.name for p in calls) == ["a.png", "b.pdf"]


def test_the_same_file_in_two_cases_is_inspected_once(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import casecheck.attachments as inspection

    first = make_case(manifest("attachments/pod.pdf"), files={"attachments/pod.pdf": pdf_bytes()})
    second = make_case(manifest("attachments/pod.pdf"))
    (second / "attachments").mkdir()
    os.link(first / "attachments/pod.pdf", second / "attachments/pod.pdf")
    calls: list[Path] = []
    real = inspection._inspect_regular
    monkeypatch.setattr(inspection, "_inspect_regular",
                        lambda path, *args: calls.append(path) or real(path, *args))
    assert check(first, select=CODES).findings == check(second, select=CODES).findings == ()
    assert len(calls) == 1
    (first / "attachments/pod.pdf").write_bytes(b"")  # new content: inspected again
    assert [f.code for f in check(second, select=CODES).findings] == ["A004"]
    assert len(calls) == 2


def test_text_that_merely_starts_like_png_is_not_a_damaged_png(make_case: CaseMaker) -> None:
    report = attached(make_case, {"attachments/notes.pdf": b"APNG export notes, see below.\n"})
    assert [(f.code, f.data["mime"]) for f in report.findings] == [("A001", "text/plain")]


def test_facts_survive_a_json_round_trip() -> None:
    facts = inspect_attachment(PNGSUITE / "xcsn0g01.png", LIMITS)
    again = AttachmentFacts.from_dict(json.loads(json.dumps(facts.to_dict())))
    assert again == facts and again.problem == "crc"


def test_importing_casecheck_loads_no_file_library() -> None:
    code = ("import sys, casecheck, casecheck.checkers; casecheck.validate; "
            "print(sorted(m for m in ('magic', 'PIL', 'pypdf') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src")}, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(("size", "text"), [(1, "1 byte"), (840_000, "840 kB"),
                                            (10_000_000, "10 MB"), (12_582_912, "12.6 MB"),
                                            (2_147_483_648, "2.1 GB")])
def test_size_text(size: int, text: str) -> None:
    assert size_text(size) == text


@pytest.mark.parametrize("code", CODES)
def test_every_attachment_rule_is_documented_in_both_languages(code: str) -> None:
    rule = shipped_catalog()[code]
    for lang in LANGUAGES:
        assert rule.summary.by_lang.get(lang)
        for wording in rule.wordings.values():
            assert wording.message.by_lang.get(lang) and wording.hint.by_lang.get(lang)
        assert all(rule.docs[lang].get(section) for section in DOC_SECTIONS)


EXAMPLES = REPO / "examples" / "cases"


def _codes_in_name(folder: Path) -> set[str]:
    parts = folder.name.split("-")[1:]
    return {part for part in parts if part[:1].isupper() and part[1:].isdigit()}


ATTACHMENT_EXAMPLES = sorted(
    folder for folder in EXAMPLES.glob("*/bad-*")
    if _codes_in_name(folder) and _codes_in_name(folder) <= set(CODES)
)
"""Example folders about attachments alone (others mix in rules of other families)."""


def test_attachment_examples_exist() -> None:
    assert len(ATTACHMENT_EXAMPLES) >= 8


@pytest.mark.parametrize("folder", ATTACHMENT_EXAMPLES, ids=lambda f: f"{f.parent.name}/{f.name}")
def test_example_reports_every_code_in_its_name(folder: Path) -> None:
    wanted = _codes_in_name(folder)
    reported = {f.code for f in check(folder, select=CODES).findings}
    assert reported == wanted
