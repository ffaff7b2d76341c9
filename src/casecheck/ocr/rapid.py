"""The rapidocr engine: PP-OCR detection and recognition on the CPU with onnxruntime, offline.

Two packages carry it, and casecheck drives either the same way (``BACKENDS``, the first
one installed wins): ``rapidocr-onnxruntime`` 1.4 (the ``casecheck[ocr]`` extra: PP-OCRv4
models inside its wheel) and the maintained ``rapidocr`` 3.x (PP-OCRv6 small models inside
its wheel), used where it is installed instead. On the labeled set PP-OCRv6 was as accurate
and slower (``bench/ocr.py``, 84 screenshots measured interleaved at load 4.4: median 1.22 s
against 1.03 s, 4.54 s against 4.18 s at 1920x1080 lacking a URL or a time, faster only
with both, 0.46 s against 0.55 s), so the extra stays on the older package. Both are given
the model files of their own wheel by path, so neither looks for a model to download; a
package whose wheel lacks them does not count as installed.

Settings follow what was measured on browser screenshots: detection limited by the longest
side (the default ``min`` limit blows a thin strip up to 736 px tall and triples the time),
no padding of wide strips, no angle classifier (screenshots are upright), detection only
where a region has something drawn, recognition of boxes of about one width together, and
a box whose pixels were recognized before not recognized again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casecheck.ocr.lines import Box, OcrEngineError, TextLine

if TYPE_CHECKING:
    from collections.abc import Iterator

    import numpy as np
    from PIL.Image import Image

DETECTION_LIMIT = 2000
"""Longest side, in pixels, that detection sees; larger regions are scaled down to it.
Smaller is not faster enough to pay: detecting on a copy at 0.75 of a 1x screenshot's size
lost 6 of 60 URLs on the labeled set, at 0.5 it lost 40."""
THREADS = 1
"""onnxruntime threads per engine. On a shared 2-core machine (load 7) one thread read the
top strip in 1.4-1.8 s, two in 1.8-2.4 s and the whole image in 12 s against 19 s: spinning
worker threads lose to other processes, and ``--jobs`` already runs cases in parallel. Again
for issue 19 (load 2.4, detection of a whole 1920x1080 page): 2.8 s with one thread, 3.7 s
with two, 3.2 s with two that do not spin; the memory arena and the ``extended`` graph
optimization level instead of ``all`` changed nothing beyond the noise."""
RECOGNITION_MIN_WIDTH = 96
"""Width, in pixels at the recognizer's 48-pixel height, that a text box is padded to at
least. Recognition time grows with that width (one box: 5 ms at 48, 20 ms at 320, 87 ms at
1280), and rapidocr's default pads every box to 320, so a table cell holding "148" cost as
much as a sentence. On the 72 labeled screenshots ``bench/ocr.py`` then drew, the cascade
took 101.6 s at 96 against 150.5 s at 320, with every URL and time still found; what
changes is a lone "0" read as "o", which no URL or time is made of."""
WINDOW = 16
"""Boxes taken together, in reading order, before any of their lines is given to the reader:
they are batched by width among themselves. The reader stops at the line that completes a
URL and a time, so a window wastes at most 15 boxes' work there."""
EDGE = 24
"""Difference of grey levels between two neighbouring pixels of a row that counts as drawn:
an edge of a glyph. A bar of one colour has none along its rows, a table rule only across."""
COLUMN_GAP = 48
"""Columns with no edge for this many pixels split a region for detection: a URL, a time or
a date has no blank that wide between its characters."""
THINNEST = 4
"""Fewest columns or rows of edges that can be text rather than a rule or a border: a lone
stroke that narrow, apart from all else, is at most one character, never a URL or a time."""
MARGIN = 16
"""Blank pixels kept around what is drawn: the detector needs some background to see a text
line end, and its boxes stand a few pixels outside the glyphs."""
NARROW = 1.0
"""Width over height under which a box is recognized last: it holds one or two characters,
and the shortest time ("1:05") or date ("1月2日") needs four (on the labeled set the narrowest
box that held a time was 2.45 times as wide as tall, "09:15"; one with a URL, 11 times)."""
WIDTH_SPREAD = 1.25
"""How much wider, at the recognizer's height, the widest box of a batch may be than its
narrowest (every box is at least ``RECOGNITION_MIN_WIDTH`` wide)."""
MIN_RATIO = RECOGNITION_MIN_WIDTH / 48
"""Tried and dropped: squeezing every box to 0.8 of its width before recognition saved 22 %
of its time and misread 5 of the URLs of 21 screenshots (``dashboardl``, ``FlatFle``); at
0.65, 35 % and 8 URLs, some lost."""
REMEMBERED = 4096
"""Box readings an engine keeps, by the digest of the box's pixels: a table repeats its
"Active", "Edit" and prices row after row, and one text at one size in one place of a row
gives the same pixels each time. 4096 entries hold a few pages of boxes in about 1 MB."""
LINE_TOLERANCE = 10
"""Boxes whose tops are closer than this, in pixels, stand on one line (rapidocr's own)."""
FULL_SIZE_DEPTH = 3
"""How many times a region read at full size is cut into the parts where something is drawn
(columns, then rows, then the columns of each row...): a browser's tabs span the width of the
top strip, so only the columns of the address bar's own row leave the URL in a part narrower
than ``DETECTION_LIMIT``, which detection then sees at its full size."""


@dataclass(frozen=True, slots=True)
class Backend:
    """A package that carries the rapidocr pipeline, and the models its wheel ships."""

    module: str
    distribution: str
    detection_model: str
    recognition_model: str
    batch: int
    """Boxes per recognizer run: measured per model (PP-OCRv4 lost with batches, PP-OCRv6 won)."""

    def models(self) -> tuple[Path, Path] | None:
        """The model files inside the installed package, without importing it; None when
        the package, onnxruntime or a model file is missing."""
        spec = importlib.util.find_spec(self.module)
        if spec is None or not spec.submodule_search_locations:
            return None
        if importlib.util.find_spec("onnxruntime") is None:
            return None
        folder = Path(next(iter(spec.submodule_search_locations))) / "models"
        detection, recognition = folder / self.detection_model, folder / self.recognition_model
        return (detection, recognition) if detection.is_file() and recognition.is_file() else None


RAPIDOCR = Backend("rapidocr", "rapidocr", "PP-OCRv6_det_small.onnx", "PP-OCRv6_rec_small.onnx", 6)
RAPIDOCR_ONNXRUNTIME = Backend(
    "rapidocr_onnxruntime",
    "rapidocr-onnxruntime",
    "ch_PP-OCRv4_det_infer.onnx",
    "ch_PP-OCRv4_rec_infer.onnx",
    1,
)
BACKENDS = (RAPIDOCR_ONNXRUNTIME, RAPIDOCR)
"""Tried in this order: the faster one first (see the module's docstring)."""


def installed_backend() -> Backend | None:
    """The first of ``BACKENDS`` that is installed with its models, else None."""
    return next((backend for backend in BACKENDS if backend.models() is not None), None)


def _runs(drawn: Any, gap: int) -> list[tuple[int, int]]:
    """Start and end of each stretch of True in ``drawn``, stretches less than ``gap`` apart
    joined."""
    import numpy  # noqa: PLC0415 - OCR: numpy comes with the engine

    where = numpy.flatnonzero(drawn)
    if where.size == 0:
        return []
    breaks = numpy.flatnonzero(numpy.diff(where) > gap)
    starts = [int(where[0]), *(int(where[b + 1]) for b in breaks)]
    ends = [*(int(where[b]) + 1 for b in breaks), int(where[-1]) + 1]
    return list(zip(starts, ends, strict=True))


def _cut(edges: Any, box: Box, depth: int) -> list[Box]:
    """``box`` of ``edges`` cut where ``COLUMN_GAP`` columns, then ``2 * MARGIN`` rows, have
    no edge, and each part cut again the same way while ``depth`` lasts and it still splits."""
    left, top, right, bottom = box
    parts: list[Box] = []
    for first, last in _runs(edges[top:bottom, left:right].any(axis=0), COLUMN_GAP):
        if last - first < THINNEST:
            continue
        for upper, lower in _runs(edges[top:bottom, left + first : left + last].any(axis=1),
                                  2 * MARGIN):
            if lower - upper < THINNEST:
                continue
            parts.append((left + first, top + upper, left + last, top + lower))
    if depth <= 1 or parts == [box]:
        return parts
    return [piece for part in parts for piece in _cut(edges, part, depth - 1)]


def drawn_pieces(grey: np.ndarray, *, depth: int = 1) -> list[Box]:
    """The parts of a grey region that hold something drawn, each with a margin: columns
    split where ``COLUMN_GAP`` columns have no edge, then rows where ``2 * MARGIN`` rows of a
    part have none (and, with ``depth`` over 1, each part again: the columns of one row of a
    browser's bars split where the rows of the whole strip did not). Blank space costs the
    detector as much as text, and a page has plenty."""
    import numpy  # noqa: PLC0415 - OCR: numpy comes with the engine

    height, width = grey.shape
    edges = numpy.abs(numpy.diff(grey.astype(numpy.int16), axis=1)) > EDGE
    return [
        (
            max(0, left - MARGIN),
            max(0, top - MARGIN),
            min(width, right + 1 + MARGIN),
            min(height, bottom + MARGIN),
        )
        for left, top, right, bottom in _cut(edges, (0, 0, width - 1, height), depth)
    ]


def reading_order(boxes: Sequence[Box]) -> list[Box]:
    """Top to bottom, and left to right along a line."""
    lines: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        if lines and box[1] - lines[-1][-1][1] < LINE_TOLERANCE:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [box for line in lines for box in sorted(line)]


def _ratio(box: Box) -> float:
    return (box[2] - box[0]) / max(1, box[3] - box[1])


def _narrow(box: Box) -> bool:
    return box[2] - box[0] < NARROW * (box[3] - box[1])


class RapidOcrEngine:
    """Reads a region as detect-then-recognize, yielding lines window by window.

    ``trim`` (detect only where something is drawn), ``batch`` (boxes per recognizer run;
    None: the backend's), ``priority`` (narrow boxes last) and ``reuse`` (a box whose pixels
    were recognized before is not recognized again) are what ``bench/ocr.py`` compares; the
    defaults are what it chose.
    """

    def __init__(
        self,
        backend: Backend | None = None,
        *,
        trim: bool = True,
        batch: int | None = None,
        priority: bool = True,
        window: int = WINDOW,
        reuse: bool = True,
    ) -> None:
        chosen = backend or installed_backend()
        if chosen is None:
            raise OcrEngineError("no rapidocr package with its models is installed")
        self.backend = chosen
        self.trim = trim
        self.batch = batch or chosen.batch
        self.window = window
        self.reuse = reuse
        self._read: OrderedDict[bytes, tuple[str, float]] = OrderedDict()
        self._lock = threading.Lock()
        self.priority = priority

    @cached_property
    def name(self) -> str:
        try:
            return f"{self.backend.distribution} {version(self.backend.distribution)}"
        except PackageNotFoundError:
            return self.backend.distribution

    @property
    def settings(self) -> str:
        return (
            f"detection {DETECTION_LIMIT}{', drawn parts' if self.trim else ''}, "
            f"recognition width {RECOGNITION_MIN_WIDTH}, batch {self.batch} of {self.window}"
            f"{', narrow last' if self.priority else ''}"
            f"{', same pixels once' if self.reuse else ''}"
        )

    @cached_property
    def _ocr(self) -> Any:
        models = self.backend.models()
        if models is None:
            raise OcrEngineError(f"{self.backend.distribution}: its model files are missing")
        detection, recognition = (str(path) for path in models)
        # onnxruntime's telemetry writes a store when the library loads (a device id, the OS,
        # the CPU, the memory size and the Python path, in ~/.cache/Microsoft/DeveloperTools):
        # the variable keeps it from starting at all; the call stops its events where another
        # part of the process imported onnxruntime first. casecheck writes nowhere but its
        # own cache.
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"
        import onnxruntime  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415 - OCR: onnxruntime, on demand only

        onnxruntime.disable_telemetry_events()
        if self.backend is RAPIDOCR:
            from rapidocr import RapidOCR  # noqa: PLC0415 - OCR: onnxruntime and its models, on demand only

            engine = RapidOCR(
                params={
                    "Global.log_level": "critical",
                    "Global.use_cls": False,
                    "Global.max_side_len": DETECTION_LIMIT,
                    "Global.width_height_ratio": -1,
                    "Det.limit_type": "max",
                    "Det.limit_side_len": DETECTION_LIMIT,
                    "Det.model_path": detection,
                    "Rec.model_path": recognition,
                    "Rec.rec_img_shape": [3, 48, RECOGNITION_MIN_WIDTH],
                    "Rec.rec_batch_num": self.batch,
                    "EngineConfig.onnxruntime.intra_op_num_threads": THREADS,
                    "EngineConfig.onnxruntime.inter_op_num_threads": THREADS,
                }
            )
            # It warns on stderr of every part where detection finds nothing: a blank part
            # is an answer, not a problem.
            logging.getLogger("RapidOCR").setLevel(logging.CRITICAL)
            return engine
        from rapidocr_onnxruntime import (  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415 - OCR: onnxruntime and its models, on demand only
            RapidOCR as LegacyRapidOCR,
        )

        legacy = LegacyRapidOCR(
            det_model_path=detection,
            rec_model_path=recognition,
            det_limit_type="max",
            det_limit_side_len=DETECTION_LIMIT,
            max_side_len=DETECTION_LIMIT,
            width_height_ratio=-1,
            use_cls=False,
            print_verbose=False,
            intra_op_num_threads=THREADS,
            inter_op_num_threads=THREADS,
            rec_img_shape=[3, 48, RECOGNITION_MIN_WIDTH],
            rec_batch_num=self.batch,
        )
        return legacy

    def _detect(self, rgb: np.ndarray) -> list[Box]:
        try:
            if self.backend is RAPIDOCR:
                found = getattr(self._ocr(rgb, use_rec=False, use_cls=False), "boxes", None)
            else:
                found, _ = self._ocr(rgb, use_rec=False, use_cls=False)
        except Exception as error:  # onnxruntime raises its own types
            raise OcrEngineError(f"{type(error).__name__}: {error}") from error
        boxes: list[Box] = []
        for points in found if found is not None else ():
            xs = [float(p[0]) for p in points]
            ys = [float(p[1]) for p in points]
            boxes.append((round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys))))
        return boxes

    def _recognize(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        try:
            if self.backend is RAPIDOCR:
                from rapidocr.ch_ppocr_rec import (  # noqa: PLC0415 - OCR: on demand only
                    TextRecInput,
                )

                done = self._ocr._load_rec_model()(TextRecInput(img=crops))
                return [(str(t), float(s)) for t, s in zip(done.txts, done.scores, strict=True)]
            recognized, _ = self._ocr.text_rec(crops)
        except Exception as error:  # onnxruntime raises its own types
            raise OcrEngineError(f"{type(error).__name__}: {error}") from error
        return [(str(text), float(score)) for text, score in recognized]

    @property
    def detection_limit(self) -> int:
        """Longest side detection sees: a larger region is scaled down to it."""
        return DETECTION_LIMIT

    def full_size(self) -> FullSizeReader:
        """This engine detecting at the image's full size (see :class:`FullSizeReader`)."""
        return FullSizeReader(self)

    def boxes(self, image: Image, *, full_size: bool = False) -> list[Box]:
        """The text boxes detection finds in ``image``, in the order they are recognized;
        with ``full_size``, in parts cut ``FULL_SIZE_DEPTH`` deep from the image unscaled
        (a part still longer than ``DETECTION_LIMIT`` is scaled down to it alone)."""
        import numpy  # noqa: PLC0415 - OCR: numpy comes with the engine
        from PIL import Image as PILImage  # noqa: PLC0415 - Pillow only when reading

        grey = image.convert("L")
        factor = 1.0 if full_size else min(1.0, DETECTION_LIMIT / max(grey.size))
        seen = grey
        if factor < 1:  # the size detection sees anyway: parts cut from it are not blown up
            seen = grey.resize(
                (max(1, round(grey.width * factor)), max(1, round(grey.height * factor))),
                PILImage.Resampling.BILINEAR,
            )
        pixels = numpy.asarray(seen)
        if full_size:
            parts = drawn_pieces(pixels, depth=FULL_SIZE_DEPTH)
        else:
            parts = drawn_pieces(pixels) if self.trim else [(0, 0, seen.width, seen.height)]
        found: list[Box] = []
        for left, top, right, bottom in parts:
            part = numpy.ascontiguousarray(pixels[top:bottom, left:right])
            for box in self._detect(numpy.stack((part, part, part), axis=-1)):
                placed = (
                    round((box[0] + left) / factor),
                    round((box[1] + top) / factor),
                    round((box[2] + left) / factor),
                    round((box[3] + top) / factor),
                )
                if placed[2] - placed[0] >= 2 and placed[3] - placed[1] >= 2:
                    found.append(placed)
        ordered = reading_order(found)
        if self.priority:
            ordered = [b for b in ordered if not _narrow(b)] + [b for b in ordered if _narrow(b)]
        return ordered

    def read(self, image: Image, *, full_size: bool = False) -> Iterator[TextLine]:
        """Detect every text box first (with ``full_size``, as :meth:`boxes` says), then
        recognize them a window at a time.

        Recognition is most of the cost (about 150 boxes on a full-HD page), and the reader
        often has what it looks for after a few boxes, so the lines of a window are yielded
        before the next window is recognized; narrow boxes, which can hold neither a URL
        nor a time, come last. A box is cut from ``image`` itself, not from the copy
        detection may have scaled down, so a HiDPI capture is recognized at its full
        sharpness.
        """
        import numpy  # noqa: PLC0415 - OCR: numpy comes with the engine

        boxes = self.boxes(image, full_size=full_size)
        grey = numpy.asarray(image.convert("L"))
        for start in range(0, len(boxes), self.window):
            window = boxes[start : start + self.window]
            crops = [grey[top:bottom, left:right] for left, top, right, bottom in window]
            keys = [self._key(crop) for crop in crops]
            read: dict[int, tuple[str, float]] = {}
            pending: list[int] = []
            first: dict[bytes, int] = {}
            for number, key in enumerate(keys):
                known = self._recall(key)
                if known is not None:
                    read[number] = known
                elif not key or key not in first:
                    pending.append(number)
                    first.setdefault(key, number)
            for batch in self._batches([window[n] for n in pending]):
                numbers = [pending[i] for i in batch]
                texts = self._recognize([numpy.stack([crops[n]] * 3, axis=-1) for n in numbers])
                read.update(zip(numbers, texts, strict=True))
            for number, box in enumerate(window):
                text, score = read[number] if number in read else read[first[keys[number]]]
                self._remember(keys[number], (text, score))
                if text.strip() and score >= self._ocr.text_score:  # as rapidocr filters
                    yield TextLine(text, box, round(score, 3))

    def _key(self, crop: np.ndarray) -> bytes:
        """What a box's pixels are recognized as depends on nothing else: their digest."""
        if not self.reuse:
            return b""
        digest = hashlib.blake2b(crop.tobytes(), digest_size=16)
        digest.update(repr(crop.shape).encode())
        return digest.digest()

    def forget(self) -> None:
        """Drop the box readings kept so far (``bench/ocr.py`` times each screenshot alone)."""
        with self._lock:
            self._read.clear()

    def _recall(self, key: bytes) -> tuple[str, float] | None:
        with self._lock:
            return self._read.get(key) if key else None

    def _remember(self, key: bytes, read: tuple[str, float]) -> None:
        if not key:
            return
        with self._lock:  # the checker's threads share one engine
            self._read[key] = read
            self._read.move_to_end(key)
            while len(self._read) > REMEMBERED:
                self._read.popitem(last=False)

    def _batches(self, boxes: list[Box]) -> list[list[int]]:
        """The indices of ``boxes`` by width over height, in batches of at most ``batch``
        whose widest is at most ``WIDTH_SPREAD`` times as wide (at the recognizer's height)
        as their narrowest: a batch is padded to its widest box, and recognition costs more
        than in proportion to the width."""
        batches: list[list[int]] = []
        for number in sorted(range(len(boxes)), key=lambda n: _ratio(boxes[n])):
            if (
                batches
                and len(batches[-1]) < self.batch
                and _ratio(boxes[number])
                <= WIDTH_SPREAD * max(_ratio(boxes[batches[-1][0]]), MIN_RATIO)
            ):
                batches[-1].append(number)
            else:
                batches.append([number])
        return batches


class FullSizeReader:
    """A :class:`RapidOcrEngine` that detects at the image's full size, for the text too small
    once a large region is scaled down to ``DETECTION_LIMIT``: a 3840 px wide capture at 100 %
    scaling has 13 px address-bar text, 7 px as detection sees it. The reader asks for it only
    where such a capture missed what it looks for (on a 4K capture at 100 % without a URL, the
    top strip at full size took 1.6 s, the whole read 12.3 s); it shares the engine's models
    and the box readings it keeps, and its settings, part of the cache key, say how it
    detects."""

    def __init__(self, engine: RapidOcrEngine) -> None:
        self.engine = engine

    @property
    def name(self) -> str:
        return self.engine.name

    @property
    def settings(self) -> str:
        return f"{self.engine.settings}, full size in parts cut {FULL_SIZE_DEPTH} deep"

    def read(self, image: Image) -> Iterator[TextLine]:
        return self.engine.read(image, full_size=True)
