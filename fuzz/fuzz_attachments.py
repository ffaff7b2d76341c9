"""Fuzz the attachment decoders (atheris / libFuzzer): content sniffing, the PNG chunk walk
and decode, the PDF parse and the active-content search, under the parse budget.

The first byte of an input picks the decoder (even: PDF, odd: PNG); the rest is the file.
A crash is any exception out of the inspection (each must end as facts). A parse that
runs past the budget is no crash (it becomes A005/A007 ``timeout``); it is reported on
stderr and, with CASECHECK_FUZZ_SLOW=DIR, saved there for a look.

    corpus=$(mktemp -d) && cp fuzz/seeds/attachments/* "$corpus"
    python fuzz/fuzz_attachments.py "$corpus" -max_total_time=300

See fuzz/README.md.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

with atheris.instrument_imports():
    import pypdf  # noqa: F401 - instrumented for coverage feedback

    from casecheck.attachments import sniff_mime, walk_png
    from casecheck.budget import ParseTimeout, time_budget

from casecheck.attachments import inspect_pdf, inspect_png

BUDGET = 2.0
MAX_PIXELS = 89_478_485
SLOW_DIR = os.environ.get("CASECHECK_FUZZ_SLOW")
slow = 0


def test_one_input(data: bytes) -> None:
    global slow
    if not data:
        return
    body = data[1:]
    sniff_mime(body[:2048])
    try:
        with time_budget(BUDGET):
            if data[0] % 2:
                walk_png(body)
                inspect_png(body, MAX_PIXELS)
            else:
                inspect_pdf(body)
    except ParseTimeout:
        # Said at once: libFuzzer ends the process with C exit(), so no summary at the end.
        slow += 1
        name = hashlib.sha1(data).hexdigest()
        print(f"input {name} ran past the {BUDGET:g} s budget ({slow} so far)", file=sys.stderr)
        if SLOW_DIR:
            Path(SLOW_DIR, name).write_bytes(data)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
