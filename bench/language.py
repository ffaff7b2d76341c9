"""Accuracy and speed of casecheck's language detection (T001) on a labeled set.

Usage: PYTHONPATH=src python bench/language.py [bench/data/language.jsonl]

A text is right when the detected language is its label. A text too short to judge
(detect() returns None) raises no warning, so it counts as right only for English.
Speed: median time per text after the model is loaded, against a floor measured in the
same run (lowering and splitting the text), and the one-off model load.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from casecheck.language import _identifier, detect

DATA = Path(__file__).with_name("data") / "language.jsonl"


def main(path: Path = DATA) -> int:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    start = time.perf_counter()
    _identifier()
    load = time.perf_counter() - start
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    times: list[float] = []
    wrong: list[tuple[str, str | None, str]] = []
    for row in rows:
        start = time.perf_counter()
        verdict = detect(row["text"])
        times.append(time.perf_counter() - start)
        got = verdict.language or "en"
        group = f"{row['label']}/{row['kind']}"
        total[group] += 1
        if got == row["label"]:
            right[group] += 1
        else:
            wrong.append((row["label"], verdict.language, row["text"][:90]))
    for group in sorted(total):
        print(f"{group:<18} {right[group]:>3}/{total[group]:<3}")
    floor = []
    for row in rows:
        start = time.perf_counter()
        row["text"].lower().split()
        floor.append(time.perf_counter() - start)
    correct, count = sum(right.values()), sum(total.values())
    print(f"accuracy: {correct}/{count} = {100 * correct / count:.1f} %")
    median, base = statistics.median(times) * 1e6, statistics.median(floor) * 1e6
    print(f"model load: {load * 1000:.0f} ms; median per text: {median:.0f} µs, "
          f"{median / base:.0f}x the floor (lower() + split() of the text: {base:.1f} µs)")
    for label, got, text in wrong:
        print(f"  wrong: {label} -> {got}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA))
