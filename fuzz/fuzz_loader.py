"""Fuzz the manifest and message loader and every checker behind it (atheris / libFuzzer).

Each input becomes a case folder on disk: the first byte picks the manifest format, the
rest is split at the first 0xFF 0xFF into manifest bytes and message bytes. A crash is any
exception out of the loader or engine, or an X001 finding (a checker that raised).

    corpus=$(mktemp -d) && cp fuzz/seeds/loader/* "$corpus"
    python fuzz/fuzz_loader.py "$corpus" -max_total_time=300

See fuzz/README.md.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

with atheris.instrument_imports():
    from casecheck.catalog import FindingMaker
    from casecheck.engine import Config, run_checkers
    from casecheck.loader import load_folder
    from casecheck.packs import load_packs
    from casecheck.registry import default_checkers, rule_catalog

FORMATS = ("case.toml", "case.json", "case.yaml")
CONFIG = Config(now=dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC), ocr=False)
PACKS = load_packs(())
MAKE = FindingMaker(rule_catalog(), CONFIG.lang)


def case_folder() -> Path:
    """This process's scratch case folder. libFuzzer ends the process with C exit(), which
    skips Python's clean-up, so folders of processes that are gone are removed here."""
    prefix = "casecheck-fuzz-loader-"
    for old in Path(tempfile.gettempdir()).glob(prefix + "*"):
        try:
            os.kill(int(old.name.removeprefix(prefix)), 0)
        except (ValueError, ProcessLookupError):
            shutil.rmtree(old, ignore_errors=True)
        except PermissionError:
            pass  # another user's live process
    folder = Path(tempfile.gettempdir()) / f"{prefix}{os.getpid()}"
    folder.mkdir(exist_ok=True)
    return folder


FOLDER = case_folder()


def split(data: bytes) -> tuple[str, bytes, bytes | None]:
    name = FORMATS[data[0] % len(FORMATS)] if data else FORMATS[0]
    manifest, _, message = data[1:].partition(b"\xff\xff")
    return name, manifest, message if _ else None


def write_case(data: bytes) -> None:
    name, manifest, message = split(data)
    for other in (*FORMATS, "message.md"):
        (FOLDER / other).unlink(missing_ok=True)
    (FOLDER / name).write_bytes(manifest)
    if message is not None:
        (FOLDER / "message.md").write_bytes(message)


def test_one_input(data: bytes) -> None:
    write_case(data)
    case = load_folder(FOLDER, packs=PACKS, make=MAKE)
    report = run_checkers(case, config=CONFIG, packs=PACKS, catalog=MAKE.catalog,
                          checkers=default_checkers())
    crashed = [f.message for f in report.findings if f.code == "X001"]
    if crashed:
        raise AssertionError(crashed)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
