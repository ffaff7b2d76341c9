"""Precision and recall of the tone rule (T002) on calm and emotional case texts.

Usage: PYTHONPATH=src python bench/tone.py [bench/data/tone.jsonl]

Each text runs through the real checker (casecheck.validate with only T002 selected).
A calm text with any T002 finding is a false positive; an emotional text without one is
a miss. Precision = flagged emotional / all flagged texts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from casecheck import Config, validate

DATA = Path(__file__).with_name("data") / "tone.jsonl"


def main(path: Path = DATA) -> int:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    config = Config(select=("T002",))
    flagged = {"calm": 0, "emotional": 0}
    count = {"calm": 0, "emotional": 0}
    for row in rows:
        report = validate({"type": "account-appeal", "marketplace": "US", "message": row["text"]},
                          config=config)
        count[row["label"]] += 1
        if report.findings:
            flagged[row["label"]] += 1
            if row["label"] == "calm":
                phrases = [f.data["phrase"] for f in report.findings]
                print(f"  false positive {phrases}: {row['text'][:80]!r}")
        elif row["label"] == "emotional":
            print(f"  missed: {row['text'][:80]!r}")
    true, false = flagged["emotional"], flagged["calm"]
    precision = true / (true + false) if true + false else 1.0
    print(f"calm texts flagged: {false}/{count['calm']}")
    print(f"emotional texts flagged (recall): {true}/{count['emotional']}")
    print(f"precision: {100 * precision:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA))
