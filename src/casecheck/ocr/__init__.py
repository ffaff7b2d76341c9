"""Reading text from screenshots: a small engine protocol and the engines casecheck knows.

An engine turns a Pillow image into lines of text with their boxes. Two engines are known:
``rapidocr`` (the ``casecheck[ocr]`` extra: rapidocr-onnxruntime, whose wheel carries the
PP-OCRv4 models, offline on the CPU, English, Chinese and Japanese) and ``tesseract`` (the
system program, where it is installed). Nothing heavy is imported until an engine reads.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PIL.Image import Image

ENGINE_VARIABLE = "CASECHECK_OCR_ENGINE"
"""Names the engine to use (``rapidocr``, ``tesseract``) or ``none``; unset: the first found."""

Box = tuple[int, int, int, int]
"""left, top, right, bottom in pixels of the whole screenshot."""


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text an engine read, where it stands, and how sure the engine is (0..1)."""

    text: str
    box: Box
    score: float

    def moved(self, dx: int, dy: int, scale: float = 1.0) -> TextLine:
        """This line in the coordinates of the image a region was cut from."""
        left, top, right, bottom = self.box
        return TextLine(
            self.text,
            (
                round(left / scale) + dx,
                round(top / scale) + dy,
                round(right / scale) + dx,
                round(bottom / scale) + dy,
            ),
            self.score,
        )


class OcrEngine(Protocol):
    """Anything that reads lines of text from an image."""

    @property
    def name(self) -> str:
        """Engine and version: part of the cache key, so an upgrade reads again."""
        ...

    @property
    def settings(self) -> str:
        """The settings that change what it reads: part of the cache key, like ``name``."""
        ...

    def read(self, image: Image) -> Iterable[TextLine]:
        """The lines of ``image`` in reading order. An engine may yield them one at a time:
        the reader stops taking lines as soon as it has a URL and a time."""
        ...


class OcrEngineError(Exception):
    """An engine is installed but failed to read (a broken install, a killed process)."""


def engine_named(name: str) -> OcrEngine | None:
    """The engine ``name`` if it is installed on this machine, else None."""
    if name == "rapidocr" and importlib.util.find_spec("rapidocr_onnxruntime") is not None:
        from casecheck.ocr.rapid import RapidOcrEngine  # noqa: PLC0415 - heavy, on demand

        return RapidOcrEngine()
    if name == "tesseract":
        program = shutil.which("tesseract")
        if program is not None:
            from casecheck.ocr.tesseract import TesseractEngine  # noqa: PLC0415

            return TesseractEngine(program)
    return None


ENGINES = ("rapidocr", "tesseract")


@cache
def default_engine() -> OcrEngine | None:
    """The engine ``$CASECHECK_OCR_ENGINE`` names, else the first installed one, else None."""
    wanted = os.environ.get(ENGINE_VARIABLE, "").strip().lower()
    if wanted == "none":
        return None
    if wanted:
        return engine_named(wanted)
    for name in ENGINES:
        engine = engine_named(name)
        if engine is not None:
            return engine
    return None
