"""The rapidocr-onnxruntime engine: PP-OCRv4 detection and recognition on the CPU, offline.

Its models ship inside the wheel (``pip install 'casecheck[ocr]'``). Settings follow what
was measured on browser screenshots: detection limited by the longest side (the default
``min`` limit blows a thin strip up to 736 px tall and triples the time), no padding of wide
strips (``width_height_ratio=-1``), no angle classifier (screenshots are upright).
"""

from __future__ import annotations

import os
from functools import cached_property
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from casecheck.ocr.lines import OcrEngineError, TextLine

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PIL.Image import Image

DETECTION_LIMIT = 2000
"""Longest side, in pixels, that detection sees; larger regions are scaled down to it.
Smaller is not faster enough to pay: detecting on a copy at 0.75 of a 1x screenshot's size
lost 6 of 60 URLs on the labeled set, at 0.5 it lost 40."""
THREADS = 1
"""onnxruntime threads per engine. On a shared 2-core machine (load 7) one thread read the
top strip in 1.4-1.8 s, two in 1.8-2.4 s and the whole image in 12 s against 19 s: spinning
worker threads lose to other processes, and ``--jobs`` already runs cases in parallel."""
RECOGNITION_MIN_WIDTH = 96
"""Width, in pixels at the recognizer's 48-pixel height, that a text box is padded to at
least. Recognition time grows with that width (one box: 5 ms at 48, 20 ms at 320, 87 ms at
1280), and rapidocr's default pads every box to 320, so a table cell holding "148" cost as
much as a sentence. On the 72 labeled screenshots ``bench/ocr.py`` then drew, the cascade
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
        f"detection {DETECTION_LIMIT}, recognition width {RECOGNITION_MIN_WIDTH}, box by box"
    )

    @cached_property
    def _ocr(self) -> Any:
        # onnxruntime's telemetry writes a store when the library loads (a device id, the OS,
        # the CPU, the memory size and the Python path, in ~/.cache/Microsoft/DeveloperTools):
        # the variable keeps it from starting at all; the call stops its events where another
        # part of the process imported onnxruntime first. casecheck writes nowhere but its
        # own cache.
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"
        import onnxruntime  # type: ignore[import-untyped]  # noqa: PLC0415 - OCR: onnxruntime, on demand only
        from rapidocr_onnxruntime import (  # type: ignore[import-untyped]  # noqa: PLC0415 - OCR: onnxruntime and its models, on demand only
            RapidOCR,
        )

        onnxruntime.disable_telemetry_events()
        return RapidOCR(
            det_limit_type="max",
            det_limit_side_len=DETECTION_LIMIT,
            max_side_len=DETECTION_LIMIT,
            width_height_ratio=-1,
            use_cls=False,
            print_verbose=False,
            intra_op_num_threads=THREADS,
            inter_op_num_threads=THREADS,
            rec_img_shape=[3, 48, RECOGNITION_MIN_WIDTH],
        )

    def _run(self, image: Image, **steps: bool) -> Any:
        try:
            result, _ = self._ocr(image, use_cls=False, **steps)
        except Exception as error:  # onnxruntime raises its own types
            raise OcrEngineError(f"{type(error).__name__}: {error}") from error
        return result

    def read(self, image: Image) -> Iterator[TextLine]:
        """Detect every text box first, then recognize them one by one in reading order.

        Recognition is most of the cost (about 150 boxes on a full-HD page), and the reader
        often has what it looks for after a few boxes, so each line is yielded as soon as it
        is read. A box is cut from ``image`` itself, not from the copy detection scaled down,
        so a HiDPI capture is recognized at its full sharpness.
        """
        rgb = image.convert("RGB")
        for points in self._run(rgb, use_rec=False) or ():
            xs = [float(p[0]) for p in points]
            ys = [float(p[1]) for p in points]
            box = (round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys)))
            if box[2] - box[0] < 2 or box[3] - box[1] < 2:
                continue
            recognized = self._run(rgb.crop(box), use_det=False)
            if not recognized:
                continue
            text, score = recognized[0]
            if float(score) >= self._ocr.text_score:  # rapidocr drops less sure lines too
                yield TextLine(str(text), box, round(float(score), 3))
