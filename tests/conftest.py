"""Shared test helpers: build real case folders on disk and run the real engine on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from casecheck import Config, validate
from casecheck.findings import CaseReport

REPO = Path(__file__).resolve().parents[1]

# Hypothesis' per-example deadline is a timing assertion inside a unit test: on a loaded
# 2-core machine a first example that loads the language model takes 700 ms and fails a test
# that asserts no time at all. Speed is measured by the scripts under bench/, not here.
settings.register_profile("casecheck", deadline=None)
settings.load_profile("casecheck")

NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
"""A Tuesday at 10:00 in New York: inside every 'good time to submit' window."""


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def to_toml(manifest: dict[str, Any]) -> str:
    """A small TOML writer for test manifests: scalars, lists, [ids], [[attachments]]."""
    lines: list[str] = []
    tables = {k: v for k, v in manifest.items() if isinstance(v, dict)}
    arrays = {k: v for k, v in manifest.items()
              if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)}
    for key, value in manifest.items():
        if key not in tables and key not in arrays:
            lines.append(f"{key} = {toml_value(value)}")
    for key, table in tables.items():
        lines += ["", f"[{key}]"] + [f"{k} = {toml_value(v)}" for k, v in table.items()]
    for key, items in arrays.items():
        for item in items:
            lines += ["", f"[[{key}]]"] + [f"{k} = {toml_value(v)}" for k, v in item.items()]
    return "\n".join(lines) + "\n"


CaseMaker = Callable[..., Path]


def module_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The body of a module-scoped cache fixture, for modules whose OCR readings are shared by
    their tests (read once per module) and must stay out of the user's real cache."""
    folder = tmp_path_factory.mktemp("ocr-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASECHECK_CACHE_DIR", str(folder))
        patch.setenv("XDG_CACHE_HOME", str(folder / "user"))
        yield folder


@pytest.fixture(autouse=True)
def _cache_outside_the_clone(tmp_path_factory: pytest.TempPathFactory,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The command caches by default; no test may leave a .casecheck_cache in the repository,
    nor a key or an OCR reading in the user's real cache directory."""
    monkeypatch.setenv("CASECHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))


@pytest.fixture
def make_case(tmp_path: Path) -> CaseMaker:
    """Write a case folder: ``make_case(manifest, files={"attachments/a.pdf": b"..."})``."""
    counter = iter(range(1_000_000))

    def make(manifest: dict[str, Any] | str, *, files: dict[str, bytes | str] | None = None,
             name: str | None = None, manifest_name: str = "case.toml") -> Path:
        folder = tmp_path / (name or f"case-{next(counter)}")
        folder.mkdir(parents=True)
        text = manifest if isinstance(manifest, str) else to_toml(manifest)
        (folder / manifest_name).write_text(text, encoding="utf-8")
        for relative, content in (files or {}).items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return folder

    return make


def check(folder: Path, **config: Any) -> CaseReport:
    """Validate one folder at the pinned time ``NOW`` unless ``now`` is given."""
    config.setdefault("now", NOW)
    return validate(folder, config=Config(**config))


def codes(report: CaseReport) -> list[str]:
    return sorted(f.code for f in report.findings)
