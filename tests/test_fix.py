"""`casecheck fix`: each repair on real files, the plan, the transaction, undo and the CLI.

After every ``--apply`` the case is checked again with the real checkers: the fixed code is
gone, and the replaced files lie byte-identical in ``.originals/<timestamp>/``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, REPO, CaseMaker, check, codes
from fix_files import (
    flat_rgba_png,
    multipage_tiff,
    noisy_png,
    originals_of,
    photo,
    scanned_pdf,
    snapshot,
)
from made_files import pdf_bytes
from PIL import Image
from pypdf import PdfReader, PdfWriter

import casecheck
from casecheck import Config, ocr
from casecheck.cli import main
from casecheck.files import ORIGINALS_DIR
from casecheck.fixes import FixError, undo_fix
from casecheck.fixes.planner import guess_kind
from casecheck.loader import discover

CORPUS = REPO / "tests" / "data"
PYPDF = CORPUS / "pypdf"
PNGSUITE = CORPUS / "pngsuite"

BASE = {"type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
        "subject": "Inbound shipment FBA15C8KQ2ZP: 40 units lost",
        "ids": {"shipment_ids": ["FBA15C8KQ2ZP"]}}


@pytest.fixture(autouse=True)
def _no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """The legibility checks read with OCR only in the tests that ask for it."""
    monkeypatch.setattr(ocr, "default_engine", lambda: None)


def _case(make_case: CaseMaker, files: dict[str, bytes], kinds: dict[str, str] | None = None,
          **fields: Any) -> Path:
    kinds = kinds or {}
    attachments = [{"path": path, "kind": kinds.get(path, "other")} for path in files]
    return make_case({**BASE, **fields, "attachments": attachments}, files=files)


def _small_limit(tmp_path: Path, limit: int) -> Path:
    """A rule pack that lowers the size limit, so that shrinking is tested on small files."""
    rules = tmp_path / f"rules-{limit}"
    rules.mkdir()
    (rules / "global.toml").write_text(
        f'[attachments.size_limit]\nvalue = {limit}\nsource = "test"\nchecked = 2026-11-01\n')
    return rules


def _fixed(folder: Path, **options: Any) -> casecheck.FixPlan:
    plan = casecheck.fix(folder, apply=True, **options)
    assert not plan.errors, plan.errors
    return plan


def _entries(folder: Path) -> list[dict[str, str]]:
    entries: list[dict[str, str]] = tomllib.loads((folder / "case.toml").read_text())[
        "attachments"]
    return entries


def _originals_kept(before: dict[str, bytes | None], folder: Path, *paths: str) -> None:
    kept = originals_of(folder)
    for path in paths:
        assert (kept / path).read_bytes() == before[path], path


# --- A001: images to PNG, a multi-page TIFF to PDF; documents get advice -----------------

def test_a_jpeg_photo_becomes_an_upright_png_without_gps_or_camera(make_case: CaseMaker) -> None:
    folder = _case(make_case, {"attachments/invoice.jpg": photo()}, {"attachments/invoice.jpg":
                                                                      "invoice"})
    before = snapshot(folder)
    assert "A001" in codes(check(folder))
    plan = _fixed(folder)
    (change,) = [c for c in plan.cases[0].changes if c.code == "A001"]
    assert change.new_paths == ("attachments/invoice.png",)
    assert change.details["rotated"] is True
    assert set(change.details["dropped"]) == {"gps", "device"}
    png = (folder / "attachments/invoice.png").read_bytes()
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.size == (480, 640)  # turned upright
        assert image.getpixel((image.width - 5, 5))[0] > 200  # the red mark: top right now
        assert not image.getexif()
    for secret in (b"Canon", b"EOS 5D", b"eXIf", b"tEXt", b"iTXt", b"zTXt"):
        assert secret not in png
    assert _entries(folder)[0] == {"path": "attachments/invoice.png", "kind": "invoice"}
    assert "A001" not in codes(check(folder))
    assert not (folder / "attachments/invoice.jpg").exists()
    _originals_kept(before, folder, "attachments/invoice.jpg", "case.toml")


@pytest.mark.parametrize(("fmt", "name", "save"), [
    ("GIF", "scan.gif", {}),
    ("WEBP", "scan.webp", {"lossless": True}),
    ("BMP", "scan.bmp", {}),
    ("TIFF", "scan.tif", {"compression": "tiff_lzw"}),
])
def test_other_image_formats_become_pngs_of_the_same_pixels(
    make_case: CaseMaker, fmt: str, name: str, save: dict[str, Any]
) -> None:
    data = photo(fmt, **save)
    folder = _case(make_case, {f"attachments/{name}": data})
    _fixed(folder)
    target = folder / "attachments" / (Path(name).stem + ".png")
    with Image.open(io.BytesIO(data)) as source, Image.open(target) as converted:
        assert converted.format == "PNG" and converted.size == source.size
        assert converted.convert("RGB").tobytes() == source.convert("RGB").tobytes()
    assert "A001" not in codes(check(folder))


def test_a_multi_page_tiff_becomes_a_pdf_of_its_pages_without_loss(make_case: CaseMaker) -> None:
    data = multipage_tiff(3)
    folder = _case(make_case, {"attachments/fax.tiff": data})
    _fixed(folder)
    reader = PdfReader(folder / "attachments/fax.pdf")
    assert len(reader.pages) == 3
    with Image.open(io.BytesIO(data)) as tiff:
        for number, page in enumerate(reader.pages):
            tiff.seek(number)
            assert float(page.mediabox.width) == pytest.approx(300 * 72 / 150)
            (image,) = page.images
            assert image.image.tobytes() == tiff.convert("L").tobytes()
    assert {"A001", "A002"}.isdisjoint(codes(check(folder)))


def test_a_heic_photo_becomes_a_png_with_the_heic_extra(make_case: CaseMaker) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    heif = pillow_heif.from_pillow(Image.new("RGB", (320, 240), (0, 120, 255)))
    buffer = io.BytesIO()
    heif.save(buffer, format="HEIF")
    folder = _case(make_case, {"attachments/IMG_0001.HEIC": buffer.getvalue()})
    assert "A001" in codes(check(folder))
    _fixed(folder)
    with Image.open(folder / "attachments/IMG_0001.png") as image:
        assert image.format == "PNG" and image.size == (320, 240)
    assert "A001" not in codes(check(folder))


def test_without_the_heic_extra_the_plan_says_how_to_get_it(
    make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pillow_heif", None)  # as if it were not installed
    folder = _case(make_case, {"attachments/IMG_0001.heic": b"\0\0\0\x18ftypheic" + b"\0" * 64})
    before = snapshot(folder)
    plan = casecheck.fix(folder, apply=True)
    (change,) = plan.cases[0].changes
    assert change.applies is False and "casecheck[heic]" in change.summary
    assert not plan.changed and snapshot(folder) == before


@pytest.mark.parametrize(("name", "data", "words"), [
    ("attachments/notes.docx", b"PK\x03\x04" + b"\0" * 200, "Save as"),
    ("attachments/notes.txt", b"Units received: 0 of 40\n", "Save as"),
])
def test_a_document_gets_advice_and_nothing_changes(
    make_case: CaseMaker, name: str, data: bytes, words: str
) -> None:
    folder = _case(make_case, {name: data})
    before = snapshot(folder)
    out = io.StringIO()
    assert main(["fix", "--apply", str(folder)], out=out) == 0
    assert words in out.getvalue() and "A001" in out.getvalue()
    assert snapshot(folder) == before


# --- A002: the extension the content has --------------------------------------------------

@pytest.mark.parametrize(("name", "content", "renamed"), [
    ("attachments/shot.pdf", (PNGSUITE / "basn6a16.png").read_bytes(), "attachments/shot.png"),
    ("attachments/pod.png", (PYPDF / "crazyones.pdf").read_bytes(), "attachments/pod.pdf"),
    ("attachments/invoice", (PYPDF / "hello-world.pdf").read_bytes(), "attachments/invoice.pdf"),
])
def test_a_wrong_or_missing_extension_is_renamed(
    make_case: CaseMaker, name: str, content: bytes, renamed: str
) -> None:
    folder = _case(make_case, {name: content})
    before = snapshot(folder)
    assert "A002" in codes(check(folder))
    _fixed(folder)
    assert (folder / renamed).read_bytes() == content
    assert _entries(folder)[0]["path"] == renamed
    assert "A002" not in codes(check(folder))
    _originals_kept(before, folder, name)


def test_a_rename_never_takes_the_name_of_another_file(make_case: CaseMaker) -> None:
    png = (PNGSUITE / "basn2c16.png").read_bytes()
    folder = _case(make_case, {"attachments/shot.pdf": png})
    (folder / "attachments/shot.png").write_bytes(b"someone else's file")
    _fixed(folder, select=["A002"])
    assert (folder / "attachments/shot.png").read_bytes() == b"someone else's file"
    assert (folder / "attachments/shot-2.png").read_bytes() == png


# --- A003: over the size limit --------------------------------------------------------------

def test_a_png_over_the_limit_is_shrunk_without_loss_first(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    data = flat_rgba_png(1600, 1000)
    limit = len(data) // 4
    rules = _small_limit(tmp_path, limit)
    folder = _case(make_case, {"attachments/shot.png": data}, {"attachments/shot.png":
                                                                "screenshot"})
    config = Config(rules_dirs=(rules,))
    assert "A003" in codes(check(folder, rules_dirs=(rules,)))
    plan = _fixed(folder, config=config)
    (change,) = [c for c in plan.cases[0].changes if c.code == "A003"]
    assert change.details["method"] == "lossless" and change.size_after <= limit
    with Image.open(io.BytesIO(data)) as source, Image.open(folder / "attachments/shot.png") as new:
        assert new.size == source.size
        assert new.convert("RGBA").tobytes() == source.tobytes()
    assert "A003" not in codes(check(folder, rules_dirs=(rules,)))


def test_a_png_that_no_lossless_step_fits_is_scaled_down_but_not_below_the_minimum(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    data = noisy_png(1280, 800)
    rules = _small_limit(tmp_path, len(data) // 5)  # even 256 colours take a third
    folder = _case(make_case, {"attachments/photo.png": data})
    plan = _fixed(folder, config=Config(rules_dirs=(rules,)))
    (change,) = [c for c in plan.cases[0].changes if c.code == "A003"]
    assert change.details["method"] == "downscaled"
    with Image.open(folder / "attachments/photo.png") as image:
        assert 640 <= image.width < 1280 and 240 <= image.height < 800
    assert "A003" not in codes(check(folder, rules_dirs=(rules,)))

    tiny = _small_limit(tmp_path, 20_000)  # under what even 640 x 400 noise takes
    other = _case(make_case, {"attachments/photo.png": data})
    before = snapshot(other)
    plan = casecheck.fix(other, apply=True, config=Config(rules_dirs=(tiny,)))
    (refused,) = plan.cases[0].changes
    assert not refused.applies and "640x240" in refused.summary
    assert snapshot(other) == before


class _ReadsLargeText:
    """An OCR engine that, like a real one, reads small text only at a large enough size: it
    sees the address bar and the clock while the image is at least 1500 px wide."""

    name = "test-ocr"
    settings = "reads at 1500 px or more"

    def __init__(self) -> None:
        self.widths: list[int] = []

    def read(self, image: Image.Image) -> list[ocr.TextLine]:
        self.widths.append(image.width)
        if image.width < 1500:
            return []
        return [ocr.TextLine("https://sellercentral.amazon.com/inventory", (0, 0, 10, 10), 0.9),
                ocr.TextLine("10:42 AM 11/24/2026", (0, 0, 10, 10), 0.9)]


def test_a_screenshot_is_not_shrunk_into_one_whose_url_ocr_no_longer_reads(
    make_case: CaseMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _ReadsLargeText()
    monkeypatch.setattr(ocr, "default_engine", lambda: engine)
    data = noisy_png(1600, 900)
    rules = _small_limit(tmp_path, len(data) // 5)
    folder = _case(make_case, {"attachments/shot.png": data}, {"attachments/shot.png":
                                                                "screenshot"})
    before = snapshot(folder)
    plan = casecheck.fix(folder, apply=True, config=Config(rules_dirs=(rules,)))
    (change,) = [c for c in plan.cases[0].changes if c.code == "A003"]
    assert not change.applies and "URL" in change.summary
    assert engine.widths and min(engine.widths) < 1500  # the smaller image was read too
    assert snapshot(folder) == before


def test_a_pdf_over_the_limit_gets_its_scans_reencoded(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    data = scanned_pdf(3, dpi=300)
    rules = _small_limit(tmp_path, len(data) // 2)
    folder = _case(make_case, {"attachments/pod.pdf": data}, {"attachments/pod.pdf":
                                                              "carrier-proof"})
    before = snapshot(folder)
    plan = _fixed(folder, config=Config(rules_dirs=(rules,)))
    (change,) = [c for c in plan.cases[0].changes if c.code == "A003"]
    assert change.details["method"] == "images" and change.size_after <= len(data) // 2
    reader = PdfReader(folder / "attachments/pod.pdf")
    assert len(reader.pages) == 3
    for page in reader.pages:
        (image,) = page.images
        assert (image.image.width, image.image.height) == (1700, 2200)  # 200 dpi on letter
    assert "A003" not in codes(check(folder, rules_dirs=(rules,)))
    _originals_kept(before, folder, "attachments/pod.pdf")


def test_a_pdf_that_no_quality_fits_is_split_into_parts_listed_in_order(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    data = scanned_pdf(4, dpi=200, quality=95, noise=True)
    rules = _small_limit(tmp_path, len(data) // 3)
    folder = make_case({**BASE, "attachments": [
        {"path": "attachments/pod.pdf", "kind": "carrier-proof",
         "description": "Proof of delivery"},
        {"path": "attachments/labels.pdf", "kind": "box-label"},
    ]}, files={"attachments/pod.pdf": data, "attachments/labels.pdf": pdf_bytes()})
    plan = _fixed(folder, config=Config(rules_dirs=(rules,)))
    (change,) = [c for c in plan.cases[0].changes if c.code == "A003"]
    assert change.action == "split"
    parts = list(change.new_paths)
    assert parts[0] == "attachments/pod-part1.pdf" and len(parts) >= 2
    entries = _entries(folder)
    assert [e["path"] for e in entries] == [*parts, "attachments/labels.pdf"]
    assert entries[0]["description"] == f"Proof of delivery (part 1 of {len(parts)})"
    assert sum(len(PdfReader(folder / p).pages) for p in parts) == 4
    assert all((folder / p).stat().st_size <= len(data) // 3 for p in parts)
    assert "A003" not in codes(check(folder, rules_dirs=(rules,)))


def test_a_30_mb_scanned_pdf_gets_under_10_mb_at_200_dpi(make_case: CaseMaker) -> None:
    data = scanned_pdf(40)
    assert len(data) > 30_000_000
    folder = _case(make_case, {"attachments/pod.pdf": data})
    assert "A003" in codes(check(folder))
    plan = _fixed(folder)
    (change,) = [c for c in plan.cases[0].changes if c.code == "A003"]
    assert change.size_after is not None and change.size_after <= 10_000_000
    reader = PdfReader(folder / "attachments/pod.pdf")
    assert len(reader.pages) == 40
    assert {(int(i.indirect_reference.get_object()["/Width"]),
             int(i.indirect_reference.get_object()["/Height"]))
            for page in reader.pages for i in page.images} == {(1700, 2200)}
    assert "A003" not in codes(check(folder))
    assert (originals_of(folder) / "attachments/pod.pdf").read_bytes() == data


# --- A006, A019, A005: PDFs ------------------------------------------------------------------

@pytest.mark.parametrize(("name", "password"), [
    ("libreoffice-writer-password.pdf", "openpassword"),
    ("encrypted-file.pdf", "test"),
    ("r3-user-password.pdf", "asdfzxcv"),
    ("r4-aes-user-password.pdf", "asdfzxcv"),
    ("crazyones-encrypted-256.pdf", "password"),
])
# The passwords are the ones pypdf's tests use; "test" and "password" are also plain words of
# paths and texts, so that only the distinctive ones are searched for in what was written.
def test_a_pdf_that_needs_a_password_gets_a_decrypted_copy(
    make_case: CaseMaker, name: str, password: str
) -> None:
    data = (PYPDF / name).read_bytes()
    folder = _case(make_case, {"attachments/report.pdf": data})
    assert "A006" in codes(check(folder))
    planned = casecheck.fix(folder)
    assert [c.summary for c in planned.cases[0].changes if c.code == "A006"] == [
        "needs its password: run casecheck fix --apply --password and type it when asked"]
    plan = _fixed(folder, password=password)
    decrypted = PdfReader(folder / "attachments/report.pdf")
    assert not decrypted.is_encrypted and len(decrypted.pages) >= 1
    assert "A006" not in codes(check(folder))
    assert (originals_of(folder) / "attachments/report.pdf").read_bytes() == data
    if password in ("openpassword", "asdfzxcv"):
        assert password not in json.dumps(plan.to_dict()) and password not in repr(plan)
        for path in folder.rglob("*"):
            assert not path.is_file() or password.encode() not in path.read_bytes()


def test_a_wrong_password_changes_nothing(make_case: CaseMaker) -> None:
    folder = _case(make_case, {"attachments/report.pdf": (PYPDF / "encrypted-file.pdf")
                               .read_bytes()})
    before = snapshot(folder)
    plan = casecheck.fix(folder, apply=True, password=lambda path: "not it")
    assert [c.action for c in plan.cases[0].changes] == ["advice"]
    assert snapshot(folder) == before


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_the_password_is_asked_on_the_terminal_and_never_written(make_case: CaseMaker) -> None:
    import pty

    folder = _case(make_case, {"attachments/report.pdf": (PYPDF / "encrypted-file.pdf")
                               .read_bytes()})
    pid, terminal = pty.fork()
    if pid == 0:  # the child: casecheck on a terminal of its own
        os.execvpe(sys.executable, [sys.executable, "-m", "casecheck", "fix", "--apply",
                                    "--password", "--no-ocr", str(folder)], os.environ)
    seen = b""
    while b"Password for" not in seen:
        seen += os.read(terminal, 1024)
    os.write(terminal, b"test\n")
    while True:
        try:
            chunk = os.read(terminal, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 1, seen.decode(errors="replace")
    assert b"Password for attachments/report.pdf" in seen
    assert b"test" not in seen.split(b"Password for", 1)[1].split(b"\n", 1)[0]  # not echoed
    assert not PdfReader(folder / "attachments/report.pdf").is_encrypted
    for path in folder.rglob("*"):
        assert not path.is_file() or b"test\n" not in path.read_bytes()


def _with_script() -> bytes:
    """crazyones.pdf with a document-level script (the /JavaScript name tree) and a file."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PYPDF / "crazyones.pdf")
    writer.add_attachment("tool.exe", b"MZ not really a program")
    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert('hello');")})
    names = writer.root_object["/Names"].get_object()
    names[NameObject("/JavaScript")] = DictionaryObject({
        NameObject("/Names"): ArrayObject([TextStringObject("greeting"), script])})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_with_javascript_and_embedded_files_gets_a_copy_without_them(
    make_case: CaseMaker
) -> None:
    data = _with_script()
    folder = _case(make_case, {"attachments/pod.pdf": data})
    (finding,) = [f for f in check(folder).findings if f.code == "A019"]
    assert set(finding.data["content"]) == {"javascript", "embedded-files"}
    _fixed(folder)
    cleaned = (folder / "attachments/pod.pdf").read_bytes()
    assert b"app.alert" not in cleaned and b"MZ not really" not in cleaned
    assert PdfReader(io.BytesIO(cleaned)).pages[0].extract_text() == PdfReader(
        PYPDF / "crazyones.pdf").pages[0].extract_text()
    assert "A019" not in codes(check(folder))


def test_an_open_action_that_runs_a_script_is_removed(make_case: CaseMaker) -> None:
    sys.path.insert(0, str(REPO / "tests" / "hostile"))
    from hostile_files import pdf_with_javascript

    folder = _case(make_case, {"attachments/pod.pdf": pdf_with_javascript()})
    _fixed(folder)
    assert "A019" not in codes(check(folder))


def _cut_trailer(data: bytes) -> bytes:
    return data[:data.rindex(b"xref")]


@pytest.mark.parametrize(("name", "damage"), [
    ("example.pdf", _cut_trailer),
    ("crazyones.pdf", lambda data: data + b"\0" * 4096),  # padded by a download tool
])
def test_a_pdf_whose_xref_pypdf_rebuilds_is_rewritten_valid(
    make_case: CaseMaker, name: str, damage: Any
) -> None:
    original = (PYPDF / name).read_bytes()
    folder = _case(make_case, {"attachments/doc.pdf": damage(original)})
    assert "A005" in codes(check(folder))
    _fixed(folder)
    assert "A005" not in codes(check(folder))
    assert len(PdfReader(folder / "attachments/doc.pdf", strict=True).pages) == len(
        PdfReader(PYPDF / name).pages)


def test_a_pdf_that_pypdf_cannot_read_gets_advice(make_case: CaseMaker) -> None:
    data = (PYPDF / "crazyones.pdf").read_bytes()
    folder = _case(make_case, {"attachments/doc.pdf": data[:len(data) // 2]})
    before = snapshot(folder)
    plan = casecheck.fix(folder, apply=True)
    assert [(c.code, c.applies) for c in plan.cases[0].changes] == [("A005", False)]
    assert snapshot(folder) == before


# --- T006 and A012 ----------------------------------------------------------------------------

def test_secrets_in_the_message_file_are_masked_and_nothing_else_changes(
    make_case: CaseMaker
) -> None:
    message = ("\ufeffHello,\r\nwe paid with card 4111 1111 1111 1111 (CVV 123).\r\n"
               "Password: hunter22!\r\nShipment FBA15C8KQ2ZP lost 40 units.\r\n")
    folder = make_case(BASE, files={"message.md": message.encode()})
    assert codes(check(folder)).count("T006") == 3
    before = snapshot(folder)
    plan = _fixed(folder)
    assert [c.details["kind"] for c in plan.cases[0].changes] == ["card", "card-code",
                                                                  "password"]
    assert (folder / "message.md").read_bytes() == (
        "\ufeffHello,\r\nwe paid with card •••• 1111 (CVV ••••).\r\n"
        "Password: ••••\r\nShipment FBA15C8KQ2ZP lost 40 units.\r\n").encode()
    assert "T006" not in codes(check(folder))
    _originals_kept(before, folder, "message.md")
    out = json.dumps(plan.to_dict())
    assert "4111 1111" not in out and "hunter22" not in out and "123)" not in out


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_a_fixed_file_keeps_the_permissions_of_the_one_it_replaces(make_case: CaseMaker) -> None:
    """Files were written through mkstemp, which made each fixed one 0600: a case.toml the
    team shared (0664) was no longer readable by the others."""
    folder = _case(make_case, {"attachments/invoice.jpg": photo()}, {"attachments/invoice.jpg":
                                                                      "invoice"})
    (folder / "case.toml").chmod(0o664)
    umask = os.umask(0o022)
    try:
        _fixed(folder)
    finally:
        os.umask(umask)
    assert stat.S_IMODE((folder / "case.toml").stat().st_mode) == 0o664
    assert stat.S_IMODE((folder / "attachments/invoice.png").stat().st_mode) == 0o644


def test_a_secret_in_an_inline_message_is_masked_in_the_manifest(make_case: CaseMaker) -> None:
    text = ('# keep this comment\ntype = "technical-issue"\nmarketplace = "US"\n'
            'subject = "Login fails"  # short\n'
            'message = """\nThe login fails.\nMy password is Sunny-2026 and the OTP is 482913.\n'
            '"""\n')
    folder = make_case(text)
    _fixed(folder, select=["T006"])
    assert (folder / "case.toml").read_text() == text.replace("Sunny-2026", "••••").replace(
        "482913", "••••")
    assert "T006" not in codes(check(folder))


@pytest.mark.parametrize(("name", "kind"), [
    ("attachments/box-labels.pdf", "box-label"),
    ("attachments/UPS proof of delivery.pdf", "carrier-proof"),
    ("attachments/invoice_2026-11.pdf", "invoice"),
    ("attachments/发票.pdf", "invoice"),
    ("attachments/IMG_2041.png", "screenshot"),
    ("attachments/scan-0001.pdf", "other"),
])
def test_an_unlisted_file_is_listed_with_a_guessed_kind_for_review(
    make_case: CaseMaker, name: str, kind: str
) -> None:
    content = (PNGSUITE / "basn2c16.png").read_bytes() if name.endswith(".png") else pdf_bytes()
    folder = make_case({**BASE, "attachments": [{"path": "attachments/pod.pdf",
                                                "kind": "carrier-proof"}]},
                       files={"attachments/pod.pdf": pdf_bytes(2), name: content})
    assert "A012" in codes(check(folder))
    plan = _fixed(folder)
    (change,) = [c for c in plan.cases[0].changes if c.code == "A012"]
    assert change.review and change.details["kind"] == kind and "check" in change.summary
    assert _entries(folder)[-1] == {"path": name, "kind": kind}
    assert "A012" not in codes(check(folder))


def test_an_unlisted_jpeg_is_listed_and_converted_in_one_run(make_case: CaseMaker) -> None:
    folder = make_case(BASE, files={"attachments/invoice.jpg": photo()})
    _fixed(folder)
    assert _entries(folder) == [{"path": "attachments/invoice.png", "kind": "invoice"}]
    assert {"A001", "A012"}.isdisjoint(codes(check(folder)))


def test_guessed_kinds_prefer_the_more_specific_word() -> None:
    assert guess_kind("trademark-certificate.pdf", None)[0] == "trademark-certificate"
    assert guess_kind("ul-test-report.pdf", None)[0] == "test-report"
    assert guess_kind("poa.pdf", None) == ("plan-of-action", "name")


# --- manifests keep their comments, order and layout -----------------------------------------

TOML_MANIFEST = """\
# Inbound shipment lost: claim filed on the 24th.
type = "fba-reimbursement"   # the case type
marketplace = "US"
claim_kind = "inbound-lost"

[ids]
shipment_ids = ["FBA15C8KQ2ZP"]  # from the shipping queue

# The carrier's proof, photographed at the dock.
[[attachments]]
path = 'attachments/pod.jpg'   # literal string, kept literal
kind = "carrier-proof"
description = "POD, signed"

[[attachments]]
path = "attachments/labels.pdf"
kind = "box-label"
"""


def test_a_toml_manifest_keeps_its_comments_order_and_quoting(make_case: CaseMaker) -> None:
    folder = make_case(TOML_MANIFEST, files={"attachments/pod.jpg": photo(),
                                             "attachments/labels.pdf": pdf_bytes()})
    _fixed(folder)
    assert (folder / "case.toml").read_text() == TOML_MANIFEST.replace(
        "'attachments/pod.jpg'", "'attachments/pod.png'")


def test_a_json_manifest_keeps_its_key_order_and_indentation(make_case: CaseMaker) -> None:
    manifest = {**BASE, "attachments": [{"path": "attachments/pod.jpg", "kind": "carrier-proof"},
                                        {"path": "attachments/labels.pdf", "kind": "box-label"}]}
    text = json.dumps(manifest, indent=4) + "\n"
    folder = make_case(text, manifest_name="case.json",
                       files={"attachments/pod.jpg": photo(), "attachments/labels.pdf":
                              pdf_bytes()})
    _fixed(folder)
    assert (folder / "case.json").read_text() == text.replace("pod.jpg", "pod.png")


def test_a_yaml_manifest_keeps_its_comments(make_case: CaseMaker) -> None:
    pytest.importorskip("ruamel.yaml")
    text = ("# lost inbound\ntype: fba-reimbursement  # type\nmarketplace: US\n"
            "claim_kind: inbound-lost\nids:\n  shipment_ids: [FBA15C8KQ2ZP]\n"
            "attachments:\n  - path: attachments/pod.jpg  # the dock photo\n"
            "    kind: carrier-proof\n")
    folder = make_case(text, manifest_name="case.yaml", files={"attachments/pod.jpg": photo(),
                                                              "attachments/box-labels.pdf":
                                                              pdf_bytes()})
    _fixed(folder)
    assert (folder / "case.yaml").read_text() == text.replace("pod.jpg ", "pod.png ") + (
        "  - path: attachments/box-labels.pdf\n    kind: box-label\n")
    assert {"A001", "A012"}.isdisjoint(codes(check(folder)))


# --- the command, the selection, undo --------------------------------------------------------

def _mixed_case(make_case: CaseMaker) -> Path:
    """A JPEG (A001), a PNG named .pdf (A002), an unlisted file (A012), a card number (T006)."""
    listed = [{"path": "attachments/pod.jpg", "kind": "carrier-proof"},
              {"path": "attachments/shot.pdf", "kind": "screenshot"}]
    return make_case({**BASE, "attachments": listed}, files={
        "message.md": "Card 4111 1111 1111 1111 was charged for shipment FBA15C8KQ2ZP.\n",
        "attachments/pod.jpg": photo(),
        "attachments/shot.pdf": (PNGSUITE / "basn2c16.png").read_bytes(),
        "attachments/box-labels.pdf": pdf_bytes(),
    })


def test_the_plan_changes_nothing_and_exits_1_when_there_is_something_to_fix(
    make_case: CaseMaker
) -> None:
    folder = _mixed_case(make_case)
    before = snapshot(folder)
    out = io.StringIO()
    assert main(["fix", str(folder)], out=out) == 1
    text = out.getvalue()
    assert "attachments/pod.jpg -> attachments/pod.png" in text and "A001" in text
    assert "kB ->" in text and "T006" in text and "nothing was changed" in text
    assert snapshot(folder) == before
    out = io.StringIO()
    assert main(["fix", "--format", "json", str(folder)], out=out) == 1
    document = json.loads(out.getvalue())
    assert document["applied"] is False and document["changed"] is True
    assert {c["code"] for c in document["cases"][0]["changes"]} >= {"A001", "A002", "A012",
                                                                    "T006"}
    assert snapshot(folder) == before


def test_apply_then_recheck_then_nothing_left_to_fix(make_case: CaseMaker) -> None:
    folder = _mixed_case(make_case)
    out = io.StringIO()
    assert main(["fix", "--apply", "--no-ocr", str(folder)], out=out) == 1
    text = out.getvalue()
    assert "Left after the fix:" in text and "Applied:" in text
    assert ORIGINALS_DIR in text
    again = io.StringIO()
    assert main(["fix", "--apply", str(folder)], out=again) == 0
    assert "Nothing to fix." in again.getvalue()


def test_select_and_ignore_choose_fixes_by_the_code_they_clear(make_case: CaseMaker) -> None:
    folder = _mixed_case(make_case)
    plan = casecheck.fix(folder, select=["A0"], ignore=["A012"])
    assert {c.code for c in plan.cases[0].changes} - {"-"} == {"A001", "A002"}
    only = casecheck.fix(folder, select=["T006"])
    assert {c.code for c in only.cases[0].changes} == {"T006"}
    _fixed(folder, select=["A002"])
    assert {"A001", "A012", "T006"} <= set(codes(check(folder)))
    assert "A002" not in codes(check(folder))


def test_undo_puts_the_folder_back_byte_for_byte(make_case: CaseMaker) -> None:
    folder = _mixed_case(make_case)
    before = snapshot(folder)
    _fixed(folder)
    assert snapshot(folder) != before
    out = io.StringIO()
    assert main(["fix", "--undo", str(folder)], out=out) == 0
    assert "restored" in out.getvalue()
    assert snapshot(folder) == before


def test_undo_restores_only_the_last_fix(make_case: CaseMaker) -> None:
    folder = _mixed_case(make_case)
    _fixed(folder, select=["A002"])
    after_first = snapshot(folder)
    _fixed(folder, select=["T006"])
    undo_fix(folder)
    assert snapshot(folder) == after_first


def test_undo_refuses_when_a_fixed_file_was_edited_since(make_case: CaseMaker) -> None:
    folder = _mixed_case(make_case)
    _fixed(folder)
    (folder / "message.md").write_text("edited after the fix\n")
    edited = snapshot(folder)
    with pytest.raises(FixError, match=r"message\.md changed since the fix"):
        undo_fix(folder)
    assert snapshot(folder) == edited
    err = io.StringIO()
    assert main(["fix", "--undo", str(folder)], out=err) == 2


def test_undo_without_a_fix_is_a_clear_error(make_case: CaseMaker, capsys: Any) -> None:
    folder = _mixed_case(make_case)
    assert main(["fix", "--undo", str(folder)]) == 2
    assert "no fix to undo" in capsys.readouterr().err


# --- .originals is no part of the case ---------------------------------------------------------

def test_originals_are_skipped_by_discovery_a012_and_the_cache(
    make_case: CaseMaker, tmp_path: Path
) -> None:
    folder = _mixed_case(make_case)
    _fixed(folder)
    kept = originals_of(folder)
    assert discover([kept / "case.toml", kept / "attachments" / "pod.jpg"]) == []
    assert discover([folder.parent]) == sorted(discover([folder.parent]))
    assert all(ORIGINALS_DIR not in p.parts for p in discover([folder.parent]))
    report = check(folder)
    assert all(ORIGINALS_DIR not in (f.location.file or "") for f in report.findings)
    store = tmp_path / "store"
    for path in folder.rglob("*"):  # old enough to be cached
        os.utime(path, (1_700_000_000, 1_700_000_000))
    first = casecheck.check_paths([folder], config=Config(now=NOW), cache=store)
    (kept / "attachments" / "pod.jpg").write_bytes(b"changed in the archive")
    os.utime(kept / "attachments" / "pod.jpg", (1_700_000_000, 1_700_000_000))
    second = casecheck.check_paths([folder], config=Config(now=NOW), cache=store)
    assert second.cache_stats is not None and second.cache_stats.case_hits == 1
    assert first.cases[0].findings == second.cases[0].findings


# --- the transaction -------------------------------------------------------------------------

def test_a_read_only_case_folder_gets_a_clear_error_and_is_left_as_it_was(
    make_case: CaseMaker,
) -> None:
    folder = _mixed_case(make_case)
    before = snapshot(folder)
    command = [sys.executable, "-m", "casecheck", "fix", "--apply", "--no-ocr", str(folder)]
    if os.geteuid() == 0:  # root writes through permissions: mount the folder read-only
        if shutil.which("unshare") is None:
            pytest.skip("needs unshare to mount a read-only folder as root")
        script = f'mount --bind -o ro "{folder}" "{folder}" && exec "$@"'
        command = ["unshare", "-m", "sh", "-c", script, "sh", *command]
    else:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o555)
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
    if "mount:" in result.stderr:
        pytest.skip(f"cannot mount read-only here: {result.stderr.strip()}")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "casecheck: error:" in result.stderr
    assert "Read-only file system" in result.stderr or "Permission denied" in result.stderr
    assert "nothing was changed" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(folder) == before


def test_nothing_is_written_outside_the_case_folder(make_case: CaseMaker, tmp_path: Path) -> None:
    folder = _mixed_case(make_case)
    outside = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")
               if not p.is_relative_to(folder)}
    _fixed(folder)
    after = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if not p.is_relative_to(folder)}
    assert after == outside
