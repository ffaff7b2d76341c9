"""Fuzz the attachment decoders (atheris / libFuzzer): content sniffing, the PNG chunk walk
and image-data check, the PDF parse and the active-content search, and the decode of a
screenshot for OCR, under the parse budget, here and in a parser process.

The first byte of an input picks the work: bit 0 the decoder (0: PDF, 1: PNG), bit 1 where
(0: this process's main thread, 1: from a worker thread, so in a parser process), bit 2 also
the screenshot decode (``ocr_pixels``). The rest is the file. A crash is any exception out of
the inspection (each must end as facts), and a parser process that dies. A parse that runs
past the budget is no crash (it becomes A005/A007 ``timeout``); it is reported on stderr and,
with CASECHECK_FUZZ_SLOW=DIR, saved there for a look.

    corpus=$(mktemp -d) && cp fuzz/seeds/attachments/* "$corpus"
    python fuzz/fuzz_attachments.py "$corpus" -max_total_time=300

See fuzz/README.md.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

with atheris.instrument_imports():
    import pypdf  # noqa: F401 - instrumented for coverage feedback

    from casecheck.attachments import sniff_mime, walk_png
    from casecheck.budget import ParseTimeout
    from casecheck.ocr.reading import OCR_MAX_PIXELS, ocr_pixels
    from casecheck.parsers import run_budgeted

from casecheck.attachments import PDF_MIME, PNG_MIME, parsed_facts

BUDGET = 2.0
MAX_PIXELS = 89_478_485
SLOW_DIR = os.environ.get("CASECHECK_FUZZ_SLOW")
slow = 0


def _from_a_thread(work: Callable[[], Any]) -> Any:
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # noqa: BLE001 - raised again in the fuzzed thread
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def test_one_input(data: bytes) -> None:
    global slow
    if not data:
        return
    selector, body = data[0], data[1:]
    sniff_mime(body[:2048])
    mime = PNG_MIME if selector & 1 else PDF_MIME
    if mime == PNG_MIME:
        walk_png(body)

    def parse() -> Any:
        facts = run_budgeted(parsed_facts, body, mime, MAX_PIXELS, seconds=BUDGET)
        if selector & 4:
            run_budgeted(ocr_pixels, body, OCR_MAX_PIXELS, seconds=BUDGET)
        return facts

    try:
        _from_a_thread(parse) if selector & 2 else parse()
    except ParseTimeout:
        # Said at once: libFuzzer ends the process with C exit(), so no summary at the end.
        slow += 1
        name = hashlib.sha1(data).hexdigest()
        print(f"input {name} ran past the {BUDGET:g} s budget twice ({slow} so far)",
              file=sys.stderr)
        if SLOW_DIR:
            Path(SLOW_DIR, name).write_bytes(data)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
