"""The tesseract engine: the system program, called once per region with sparse-text layout.

``--psm 11`` finds text anywhere without assuming a page layout, which is what browser
chrome and taskbars are; words are joined into lines by tesseract's own line numbers. The
image goes in on stdin as PNG, the TSV comes back on stdout: no temporary files.
"""

from __future__ import annotations

import io
import subprocess
from functools import cached_property
from typing import TYPE_CHECKING

from casecheck.ocr.lines import OcrEngineError, TextLine

if TYPE_CHECKING:
    from PIL.Image import Image

TIMEOUT_SECONDS = 60
LANGUAGES = ("eng", "chi_sim", "jpn")
"""Tried in this order; only the installed ones are used."""
PAGE_SEGMENTATION = ("--psm", "11")
"""Sparse text: screenshots are scattered labels, not a page of paragraphs."""


class TesseractEngine:
    def __init__(self, program: str) -> None:
        self.program = program

    @cached_property
    def name(self) -> str:
        try:
            first = self._run(["--version"]).splitlines()
        except OcrEngineError:
            return "tesseract"
        return first[0].strip() if first else "tesseract"

    @property
    def settings(self) -> str:
        return f"{' '.join(PAGE_SEGMENTATION)} -l {self.languages}"

    @cached_property
    def languages(self) -> str:
        installed = set(self._run(["--list-langs"]).split())
        return "+".join(lang for lang in LANGUAGES if lang in installed) or "eng"

    def _run(self, arguments: list[str], data: bytes | None = None) -> str:
        try:
            done = subprocess.run(
                [self.program, *arguments],
                input=data,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise OcrEngineError(f"tesseract: {error}") from error
        if done.returncode != 0:
            raise OcrEngineError(
                f"tesseract exited {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}"
            )
        return done.stdout.decode("utf-8", errors="replace")

    def read(self, image: Image) -> list[TextLine]:
        png = io.BytesIO()
        image.convert("RGB").save(png, format="PNG", compress_level=1)
        tsv = self._run(
            ["stdin", "stdout", *PAGE_SEGMENTATION, "-l", self.languages, "tsv"], png.getvalue()
        )
        lines: dict[tuple[str, ...], list[tuple[str, tuple[int, int, int, int], float]]] = {}
        for row in tsv.splitlines()[1:]:
            cells = row.split("\t")
            if len(cells) != 12 or not cells[11].strip() or cells[0] != "5":
                continue
            try:
                left, top, width, height = (int(c) for c in cells[6:10])
                score = float(cells[10]) / 100
            except ValueError:  # a row tesseract garbled is one word less, not a crash
                continue
            words = lines.setdefault(tuple(cells[1:5]), [])
            words.append((cells[11], (left, top, left + width, top + height), score))
        result = []
        for words in lines.values():
            boxes = [w[1] for w in words]
            box = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
            score = min(w[2] for w in words)
            result.append(TextLine(" ".join(w[0] for w in words), box, round(max(score, 0.0), 3)))
        return result
