"""Small real attachments the tests write into case folders, made with pypdf and Pillow."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfWriter


def pdf_bytes(pages: int = 1, **encrypt: str) -> bytes:
    """A valid PDF of blank US-letter pages; ``encrypt`` passes passwords to pypdf (AES-256)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    if encrypt:
        writer.encrypt(algorithm="AES-256", **encrypt)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def blank_png(width: int, height: int, color: str = "white") -> bytes:
    """A PNG of one colour: nothing for OCR to read."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()
