"""OCR results cached by the screenshot's content, so that a re-run reads nothing again.

One JSON file per screenshot and engine, named by the SHA-256 of the file's bytes, holds
the lines read per region, and whether the region was read to its end: reading stops once
a URL and a time are found, and a later run that needs more reads on from there. The
cache lives in the user's cache directory, never in a case folder. Entries are sealed with
this user's key and read without following links (:mod:`casecheck.sealed`): one that is
forged, cannot be read or does not parse is treated as absent and written anew.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from casecheck.files import CACHE_DIR_ENV, user_cache_dir
from casecheck.ocr.lines import TextLine
from casecheck.sealed import CacheFolder

FORMAT = 3


def default_cache() -> OcrCache:
    """The ``ocr`` folder of ``$CASECHECK_CACHE_DIR``, else of casecheck's folder in the
    user's cache directory."""
    override = os.environ.get(CACHE_DIR_ENV, "").strip()
    return OcrCache(Path(override).absolute() if override else user_cache_dir(), below=("ocr",))


def _slug(engine: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "-", engine).strip("-") or "engine"


class OcrCache:
    """Lines read per (content digest, engine, region), in ``directory`` (named by the user,
    so the path to it may pass through links) or in the folders ``below`` it (which may not)."""

    def __init__(self, directory: Path, *, below: Sequence[str] = ()) -> None:
        self._folder = CacheFolder(directory, named=True)
        self._below = tuple(below)

    @property
    def directory(self) -> Path:
        return self._folder.path.joinpath(*self._below)

    def _parts(self, digest: str, engine: str) -> list[str]:
        return [*self._below, _slug(engine), digest[:2], f"{digest}.json"]

    def _entry(self, digest: str, engine: str) -> dict[str, Any]:
        data = self._folder.read_json(self._parts(digest, engine))
        if not isinstance(data, dict) or (data.get("format"), data.get("engine")) != (
            FORMAT,
            engine,
        ):
            return {}
        regions = data.get("regions")
        return regions if isinstance(regions, dict) else {}

    def get(self, digest: str, engine: str, region: str) -> tuple[list[TextLine], bool] | None:
        """The lines read from ``region`` and whether they are all of them, or None."""
        raw = self._entry(digest, engine).get(region)
        if not isinstance(raw, dict) or not isinstance(raw.get("lines"), list):
            return None
        try:
            lines = [
                TextLine(str(text), (int(b[0]), int(b[1]), int(b[2]), int(b[3])), float(score))
                for text, b, score in raw["lines"]
            ]
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        return lines, raw.get("complete") is True

    def put(
        self, digest: str, engine: str, region: str, lines: list[TextLine], *, complete: bool
    ) -> None:
        """Store ``lines``; a cache that cannot be written is silently not used."""
        regions = self._entry(digest, engine)
        regions[region] = {
            "lines": [[line.text, list(line.box), line.score] for line in lines],
            "complete": complete,
        }
        self._folder.write_json(
            self._parts(digest, engine), {"format": FORMAT, "engine": engine, "regions": regions}
        )
