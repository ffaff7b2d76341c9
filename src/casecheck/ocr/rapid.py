"""The rapidocr-onnxruntime engine: PP-OCRv4 detection and recognition on the CPU, offline.

Its models ship inside the wheel (``pip install 'casecheck[ocr]'``). Settings follow what
was measured on browser screenshots: detection limited by the longest side (the default
``min`` limit blows a thin strip up to 736 px tall and triples the time), no padding of wide
strips (``width_height_ratio=-1``), no angle classifier (screenshots are upright).
"""

from __future__ import annotations

from functools import cached_property
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from casecheck.ocr import OcrEngineError, TextLine

if TYPE_CHECKING:
    from PIL.Image import Image

DETECTION_LIMIT = 2000
"""Longest side, in pixels, that detection sees; larger regions are scaled down to it."""
THREADS = 1
"""onnxruntime threads per engine. On a shared 2-core machine (load 7) one thread read the
top strip in 1.4-1.8 s, two in 1.8-2.4 s and the whole image in 12 s against 19 s: spinning
worker threads lose to other processes, and ``--jobs`` already runs cases in parallel."""
RECOGNITION_BATCH = 1
"""Text boxes recognized per batch. A batch is padded to its widest box, and an address bar
is the widest box there is: with the default 6, a top strip took 0.86-0.90 s, with 1 it
took 0.31-0.55 s (same machine, same minute), and spaces came out better."""
RECOGNITION_MIN_WIDTH = 96
"""Width, in pixels at the recognizer's 48-pixel height, that a text box is padded to at
least. Recognition time grows with that width (one box: 5 ms at 48, 20 ms at 320, 87 ms at
1280), and rapidocr's default pads every box to 320, so a table cell holding "148" cost as
much as a sentence. On the 72 labeled screenshots of ``bench/ocr.py`` the region cascade
took 101.6 s at 96 against 150.5 s at 320, with every URL and time still found; what
changes is a lone "0" read as "o", which no URL or time is made of."""


class RapidOcrEngine:
    @cached_property
    def name(self) -> str:
        try:
            return f"rapidocr-onnxruntime {version('rapidocr-onnxruntime')}"
        except PackageNotFoundError:
            return "rapidocr-onnxruntime"

    settings = (
        f"detection {DETECTION_LIMIT}, recognition width {RECOGNITION_MIN_WIDTH}"
        f" batch {RECOGNITION_BATCH}"
    )

    @cached_property
    def _ocr(self) -> Any:
        from rapidocr_onnxruntime import (  # type: ignore[import-untyped]  # noqa: PLC0415
            RapidOCR,  # loads onnxruntime and its models: on demand only
        )

        return RapidOCR(
            det_limit_type="max",
            det_limit_side_len=DETECTION_LIMIT,
            max_side_len=DETECTION_LIMIT,
            width_height_ratio=-1,
            use_cls=False,
            print_verbose=False,
            intra_op_num_threads=THREADS,
            inter_op_num_threads=THREADS,
            rec_batch_num=RECOGNITION_BATCH,
            rec_img_shape=[3, 48, RECOGNITION_MIN_WIDTH],
        )

    def read(self, image: Image) -> list[TextLine]:
        try:
            result, _ = self._ocr(image.convert("RGB"), use_cls=False)
        except Exception as error:  # onnxruntime raises its own types
            raise OcrEngineError(f"{type(error).__name__}: {error}") from error
        lines = []
        for points, text, score in result or ():
            xs = [float(p[0]) for p in points]
            ys = [float(p[1]) for p in points]
            box = (round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys)))
            lines.append(TextLine(str(text), box, round(float(score), 3)))
        return lines
