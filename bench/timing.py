"""What the claim windows and the one submission advisor cost, against a floor measured in the
same run.

    PYTHONPATH=src python bench/timing.py [--cases 400] [--repeat 5]

Checks ``--cases`` random drafts (fba claims of every kind, appeals, technical issues, in six
marketplaces, at random times from 2024 to 2027) in this process, as medians of ``--repeat``
runs: once with every timing rule (``D``: windows, advisor, calendar, automatic
reimbursement, valuation) and once with D007 alone (dates in the future: the same loading and
engine, no policy), the floor. Then ``casecheck rules --policy`` and ``casecheck explain D001``
as processes, against ``casecheck rules``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import time
from typing import Any

from casecheck import Config, validate

KINDS = ["inbound-lost", "warehouse-lost", "warehouse-damaged", "customer-return",
         "removal-lost", "removal-damaged"]
MARKETPLACES = ["US", "DE", "UK", "AE", "IN", "JP"]


def drafts(count: int, seed: int = 20) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    first = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    cases = []
    for _ in range(count):
        now = first + dt.timedelta(minutes=rng.randrange(2_000_000))
        marketplace = rng.choice(MARKETPLACES)
        kind = rng.choice(["fba", "fba", "appeal", "tech"])
        if kind == "fba":
            day = (now - dt.timedelta(days=rng.randrange(400))).date()
            cases.append({"type": "fba-reimbursement", "marketplace": marketplace,
                          "claim_kind": rng.choice(KINDS), "submit_at": now, "shipped_at": day,
                          "delivered_at": day, "reported_at": day, "refunded_at": day})
        elif kind == "appeal":
            cases.append({"type": "account-appeal", "marketplace": marketplace, "submit_at": now,
                          "deactivated_at": now - dt.timedelta(hours=rng.randrange(200))})
        else:
            cases.append({"type": "technical-issue", "marketplace": marketplace, "submit_at": now})
    return cases


def run_all(cases: list[dict[str, Any]], select: tuple[str, ...]) -> float:
    config = Config(select=select)
    start = time.perf_counter()
    for manifest in cases:
        validate(manifest, config=config)
    return time.perf_counter() - start


def process(*argv: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "casecheck", *argv], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases = drafts(args.cases)
    run_all(cases[:20], ("D",))  # imports, pack loading and the holidays package, once
    timing, floor = [], []
    for _ in range(args.repeat):  # interleaved, so that a burst of load hits both alike
        timing.append(run_all(cases, ("D",)))
        floor.append(run_all(cases, ("D007",)))
    per_case = statistics.median(timing) / len(cases) * 1000
    per_floor = statistics.median(floor) / len(cases) * 1000
    print(f"every timing rule: {per_case:.2f} ms per case; D007 alone: {per_floor:.2f} ms; "
          f"ratio {per_case / per_floor:.2f}")
    listed, policy, explained = [], [], []
    for _ in range(args.repeat):
        listed.append(process("rules"))
        policy.append(process("rules", "--policy"))
        explained.append(process("explain", "D001"))
    base = statistics.median(listed)
    print(f"casecheck rules: {base * 1000:.0f} ms; rules --policy: "
          f"{statistics.median(policy) * 1000:.0f} ms ({statistics.median(policy) / base:.2f}x); "
          f"explain D001: {statistics.median(explained) * 1000:.0f} ms "
          f"({statistics.median(explained) / base:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
