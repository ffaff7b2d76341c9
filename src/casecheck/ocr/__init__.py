"""Reading text from screenshots: a small engine protocol and the engines casecheck knows.

An engine turns a Pillow image into lines of text with their boxes. Two engines are known:
``rapidocr`` (the ``casecheck[ocr]`` extra: the rapidocr package, whose wheel carries the
PP-OCRv6 models, or the older rapidocr-onnxruntime with its PP-OCRv4 models where that is
installed instead; offline on the CPU, English, Chinese and Japanese) and ``tesseract`` (the
system program, where it is installed). Nothing heavy is imported until an engine reads.
"""

from __future__ import annotations

import os
import shutil
from functools import cache

from casecheck.ocr.lines import Box, OcrEngine, OcrEngineError, TextLine
from casecheck.ocr.rapid import RapidOcrEngine, installed_backend
from casecheck.ocr.tesseract import TesseractEngine

__all__ = [
    "ENGINES",
    "ENGINE_VARIABLE",
    "Box",
    "OcrEngine",
    "OcrEngineError",
    "TextLine",
    "default_engine",
    "engine_named",
]

ENGINE_VARIABLE = "CASECHECK_OCR_ENGINE"
"""Names the engine to use (``rapidocr``, ``tesseract``) or ``none``; unset: the first found."""

def engine_named(name: str) -> OcrEngine | None:
    """The engine ``name`` if it is installed on this machine, else None."""
    if name == "rapidocr":
        backend = installed_backend()
        return RapidOcrEngine(backend) if backend is not None else None
    if name == "tesseract":
        program = shutil.which("tesseract")
        if program is not None:
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
