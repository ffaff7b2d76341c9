"""OCR results cached by the screenshot's content, so that a re-run reads nothing again.

One JSON file per screenshot and engine, named by the SHA-256 of the file's bytes, holds
the lines read per region, and whether the region was read to its end: reading stops once
a URL and a time are found, and a later run that needs more reads on from there. The
cache lives in the user's cache directory, never in a case folder; an entry that cannot
be read or parsed is treated as absent and written anew.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path
from typing import Any

from casecheck.files import CACHE_DIR_ENV, user_cache_dir, write_atomic
from casecheck.ocr.lines import TextLine

FORMAT = 2


def default_cache_dir() -> Path:
    """``$CASECHECK_CACHE_DIR/ocr``, else ``casecheck/ocr`` in the user's cache directory."""
    override = os.environ.get(CACHE_DIR_ENV, "").strip()
    if override:
        return Path(override).absolute() / "ocr"
    return user_cache_dir() / "ocr"


def _slug(engine: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "-", engine).strip("-") or "engine"


class OcrCache:
    """Lines read per (content digest, engine, region)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, digest: str, engine: str) -> Path:
        return self.directory / _slug(engine) / digest[:2] / f"{digest}.json"

    def _entry(self, digest: str, engine: str) -> dict[str, Any]:
        try:
            data = json.loads(self._path(digest, engine).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
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
        except (TypeError, ValueError, IndexError):
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
        path = self._path(digest, engine)
        text = json.dumps(
            {"format": FORMAT, "engine": engine, "regions": regions},
            ensure_ascii=False,
            sort_keys=True,
        )
        with contextlib.suppress(OSError):
            write_atomic(path, text)
