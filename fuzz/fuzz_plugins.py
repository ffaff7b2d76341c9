"""Fuzz what a plugin's checker may hand back or raise (atheris / libFuzzer).

The first byte picks what the checker does: yield the value the rest of the input describes
as a finding's data, yield that value itself, or raise one of the exceptions a plugin may
raise (SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration, MemoryError, ...). The
value is built from the bytes: strings, numbers (NaN and infinities among them), bytes,
sets, tuples, lists and tables with any keys, nested up to 60 deep. A crash is any exception
out of the engine, a finding that JSON cannot write, or a result that is neither the
checker's findings nor one X001 for it.

    corpus=$(mktemp -d) && cp fuzz/seeds/plugins/* "$corpus"
    python fuzz/fuzz_plugins.py "$corpus" -max_total_time=300

See fuzz/README.md.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

with atheris.instrument_imports():
    from casecheck.catalog import FindingMaker
    from casecheck.engine import Config, Context, checker, run_checkers
    from casecheck.findings import Finding
    from casecheck.loader import LoadedCase
    from casecheck.packs import load_packs
    from casecheck.registry import rule_catalog
    from casecheck.runner import load_case

CONFIG = Config(now=dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC), ocr=False)
PACKS = load_packs(())
MAKE = FindingMaker(rule_catalog(), CONFIG.lang)
CASE = load_case({"type": "technical-issue", "marketplace": "US"})
RAISED: tuple[type[BaseException], ...] = (
    SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration, MemoryError, RecursionError,
    ValueError, BaseException,
)


def value(data: atheris.FuzzedDataProvider, depth: int = 0) -> Any:
    kind = data.ConsumeIntInRange(0, 11 if depth < 60 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return data.ConsumeBool()
    if kind == 2:
        return data.ConsumeInt(8)
    if kind == 3:
        return data.ConsumeFloat()  # NaN and the infinities among them
    if kind == 4:
        return data.ConsumeUnicodeNoSurrogates(8)
    if kind == 5:
        return data.ConsumeBytes(4)
    if kind == 6:
        return {data.ConsumeInt(1), data.ConsumeInt(1)}
    size = data.ConsumeIntInRange(0, 3)
    items = [value(data, depth + 1) for _ in range(size)]
    if kind == 7:
        return items
    if kind == 8:
        return tuple(items)
    if kind == 9:
        return {data.ConsumeUnicodeNoSurrogates(3): item for item in items}
    return {(data.ConsumeInt(1) if data.ConsumeBool() else None): item for item in items}


def test_one_input(raw: bytes) -> None:
    data = atheris.FuzzedDataProvider(raw)
    action = data.ConsumeIntInRange(0, len(RAISED) + 1)
    given = value(data)

    @checker("I001")
    def plugin(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
        if action == 0:
            yield ctx.finding("I001", data={"value": "1", "given": given})
        elif action == 1:
            yield given
        else:
            raise RAISED[action - 2]

    report = run_checkers(CASE, config=CONFIG, packs=PACKS, catalog=MAKE.catalog,
                          checkers=[plugin])
    json.dumps([finding.to_dict() for finding in report.findings], allow_nan=False)
    if report.codes not in (["I001"], ["X001"]):
        raise AssertionError(f"neither the finding nor one X001: {report.codes}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
