"""Whether a lossy change keeps an image readable: never below the screenshot minimum, and for
a screenshot, OCR still finds the URL and the time it found before the change.

The OCR engine is the one ``casecheck check`` reads screenshots with; without one, only the
size is checked, and the plan says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from casecheck.ocr import OcrEngine, OcrEngineError
from casecheck.ocr.reading import content_digest, read_screenshot

if TYPE_CHECKING:
    from PIL.Image import Image


@dataclass(frozen=True)
class Legibility:
    """The screenshot minimum of the rule packs, and the OCR engine (None: size only)."""

    min_width: int
    min_height: int
    engine: OcrEngine | None = None

    def big_enough(self, width: int, height: int) -> bool:
        return width >= self.min_width and height >= self.min_height

    def seen(self, image: Image, data: bytes) -> tuple[bool, bool] | None:
        """(URL found, time found) in ``image``; None without an engine or when it fails."""
        if self.engine is None:
            return None
        try:
            reading = read_screenshot(image.convert("RGB"), self.engine,
                                      digest=content_digest(data))
        except OcrEngineError:
            return None
        return reading.url is not None, reading.time is not None

    def lost(
        self, size: tuple[int, int], before: tuple[bool, bool] | None, after: Image, data: bytes,
    ) -> str | None:
        """What ``after`` (encoded as ``data``) no longer shows that the original (of pixel
        ``size``, OCR reading ``before``) did: "size" (made smaller than the minimum), "url",
        "time"; None when it is as readable as far as can be told."""
        if after.size != size and not self.big_enough(*after.size):
            return "size"
        if before is None or not any(before):
            return None
        now = self.seen(after, data)
        if now is None:
            return None
        if before[0] and not now[0]:
            return "url"
        if before[1] and not now[1]:
            return "time"
        return None
