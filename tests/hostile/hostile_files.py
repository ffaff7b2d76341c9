"""Builders of hostile PNGs and PDFs, byte by byte, so each test makes exactly what it names."""

from __future__ import annotations

import functools
import io
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- PNG -----------------------------------------------------------------------------------

def chunk(kind: bytes, body: bytes, crc: int | None = None) -> bytes:
    crc = zlib.crc32(kind + body) if crc is None else crc
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def ihdr(width: int, height: int, depth: int = 8, color: int = 0, interlace: int = 0) -> bytes:
    return chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, color, 0, 0, interlace))


def png(width: int = 4, height: int = 4, *, extra: bytes = b"") -> bytes:
    """A valid 8-bit grey PNG; ``extra`` chunks go between IHDR and IDAT."""
    rows = b"".join(b"\x00" + bytes(range(width)) for _ in range(height))
    return (PNG_SIGNATURE + ihdr(width, height) + extra + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


@functools.cache
def png_bomb(side: int = 40_000) -> bytes:
    """A 1-bit ``side`` x ``side`` PNG of zeros: about 200 KB on disk, 200 MB of scanlines,
    1.6 gigapixels once decoded to 8-bit: a decompression bomb."""
    row = b"\x00" * (1 + (side + 7) // 8)
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    return PNG_SIGNATURE + ihdr(side, side, depth=1) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@functools.cache
def png_tall(height: int = 89_000_000) -> bytes:
    """A 1-pixel-wide 1-bit PNG just under the pixel limit: 173 KB on disk, 178 MB of
    scanlines; Pillow needs 800 MB and 9 s to decode it (a row pointer for each row)."""
    rows = b"\x00\x00" * 1_000_000
    compressor = zlib.compressobj(9)
    whole, rest = divmod(height, 1_000_000)
    idat = b"".join(compressor.compress(rows) for _ in range(whole))
    idat += compressor.compress(b"\x00\x00" * rest) + compressor.flush()
    return PNG_SIGNATURE + ihdr(1, height, depth=1) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def png_bad_crc() -> bytes:
    data = bytearray(png())
    idat = data.index(b"IDAT")
    length = struct.unpack(">I", data[idat - 4:idat])[0]
    data[idat + 4 + length] ^= 0xFF
    return bytes(data)


def png_truncated_idat() -> bytes:
    """Every CRC right and IEND present, but the compressed stream stops half way."""
    rows = b"".join(b"\x00" + bytes(range(64)) for _ in range(64))
    stream = zlib.compress(rows)[: 20]
    return PNG_SIGNATURE + ihdr(64, 64) + chunk(b"IDAT", stream) + chunk(b"IEND", b"")


def png_absurd_ihdr() -> bytes:
    return (PNG_SIGNATURE + ihdr(2**31 - 1, 2**31 - 1) + chunk(b"IDAT", zlib.compress(b"\x00"))
            + chunk(b"IEND", b""))


def png_zero_width() -> bytes:
    return PNG_SIGNATURE + ihdr(0, 4) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def png_many_chunks(count: int = 10_000) -> bytes:
    """``count`` tiny tEXt chunks before the image data."""
    return png(extra=b"".join(chunk(b"tEXt", b"k\x00%d" % i) for i in range(count)))


def png_many_idat(count: int = 10_000) -> bytes:
    """The image data split into ``count`` IDAT chunks (legal: decoders concatenate them)."""
    rows = b"".join(b"\x00" + bytes(range(100)) for _ in range(100))
    stream = zlib.compress(rows)
    size = -(-len(stream) // count)
    parts = [stream[i:i + size] for i in range(0, len(stream), size)]
    parts += [b""] * (count - len(parts))
    return (PNG_SIGNATURE + ihdr(100, 100) + b"".join(chunk(b"IDAT", p) for p in parts)
            + chunk(b"IEND", b""))


def png_16_bit() -> bytes:
    rows = b"".join(b"\x00" + b"\x12\x34" * 8 for _ in range(8))
    return (PNG_SIGNATURE + ihdr(8, 8, depth=16, color=0) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def png_interlaced() -> bytes:
    """An 8 x 8 grey Adam7-interlaced PNG: seven passes, each its own filtered scanlines."""
    passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
              (0, 1, 1, 2))
    raw = b""
    for x0, y0, dx, dy in passes:
        for y in range(y0, 8, dy):
            raw += b"\x00" + bytes((x * 30 + y) % 256 for x in range(x0, 8, dx))
    return (PNG_SIGNATURE + ihdr(8, 8, interlace=1) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def apng() -> bytes:
    from PIL import Image

    frames = [Image.new("RGB", (16, 16), colour) for colour in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


# --- PDF -----------------------------------------------------------------------------------

def pdf(objects: list[bytes], *, root: int = 1, xref: bool = True) -> bytes:
    """A PDF of ``objects`` (object i+1 is objects[i]) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    else:
        out += b"xref\n0 9\nthis is not a cross-reference table\n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


PAGES = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
]


def pdf_ok() -> bytes:
    return pdf(PAGES)


def pdf_nested_arrays(depth: int = 50_000) -> bytes:
    nested = b"[" * depth + b"]" * depth
    return pdf([b"<< /Type /Catalog /Pages 2 0 R /Deep " + nested + b" >>", *PAGES[1:]])


def pdf_cyclic_page_tree() -> bytes:
    return pdf([
        PAGES[0],
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ])


def pdf_broken_xref() -> bytes:
    return pdf(PAGES, xref=False)


def pdf_self_referencing_object_stream() -> bytes:
    """The xref stream puts the catalog (object 1) inside object stream 4, and object 4
    itself inside object stream 4: reading either means reading 4 first, forever."""
    body = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number in (2, 3):
        offsets[number] = len(body)
        body += b"%d 0 obj\n" % number + PAGES[number - 1] + b"\nendobj\n"
    inner = b"1 0 " + PAGES[0]
    offsets[4] = len(body)
    body += (b"4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length %d >>\nstream\n" % len(inner)
             + inner + b"\nendstream\nendobj\n")
    rows = [(0, 0, 0xFFFF), (2, 4, 0), (1, offsets[2], 0), (1, offsets[3], 0), (2, 4, 1)]
    entries = b"".join(struct.pack(">BIH", *row) for row in rows)
    xref_at = len(body)
    body += (b"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
             % len(entries) + entries + b"\nendstream\nendobj\n")
    body += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(body)


def pdf_four_gb_stream() -> bytes:
    """The page itself is a stream whose /Length claims 4 GB (the file is 400 bytes)."""
    return pdf([*PAGES[:2], b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
                b" /Length 4294967296 >>\nstream\nshort\nendstream"])


def pdf_with_javascript() -> bytes:
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", *PAGES[1:],
        b"<< /S /JavaScript /JS (app.alert\\('hello'\\);) >>",
    ])


def pdf_with_embedded_file() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_attachment("invoice.exe", b"MZ not really a program")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
