"""What an OCR engine gives back: lines of text with their boxes, the engine protocol, and
the error of an engine that is installed but fails."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PIL.Image import Image

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


@runtime_checkable
class ScalingEngine(OcrEngine, Protocol):
    """An engine whose detection scales a large image down, and that can read at full size."""

    @property
    def detection_limit(self) -> int:
        """Longest side, in pixels, detection sees: a larger image is scaled down to it."""
        ...

    def full_size(self) -> OcrEngine:
        """The same engine detecting at the image's full size: slower, and it finds text
        that scaling down makes too small (its ``settings`` say so, for the cache key)."""
        ...


class OcrEngineError(Exception):
    """An engine is installed but failed to read (a broken install, a killed process)."""
