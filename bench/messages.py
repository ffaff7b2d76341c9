"""Precision and recall of the message rules on the labeled message set, per half.

Usage: PYTHONPATH=src python bench/messages.py [--show] [--split NAME] (NAME: tuning, heldout,
second-a, second-b, third-a, third-b, fourth-a, fourth-b, fifth-a, fifth-b, sixth-a, sixth-b,
seventh-a, seventh-b, eighth-a, eighth-b, ninth-a, ninth-b, tenth-a, tenth-b, eleventh-a,
eleventh-b, twelfth-a, twelfth-b, thirteenth-a, thirteenth-b, fourteenth-a, fourteenth-b,
fifteenth-a, fifteenth-b, sixteenth-a or sixteenth-b; --split may be given several times)

bench/data/messages/ holds appeals, plans of action, reimbursement, technical, brand and
category messages written for this measurement (its README.md says what each label means).
The first set (281 messages, one author) has a tuning and a held-out half; both have been
tuned on since. The second set (263 messages by two other authors, written without seeing the
rules) was measured blind, author A's half (second-a) once and author B's (second-b) three
times; both halves have been opened for tuning since. The third set (third-a, third-b: two
more authors, written blind to the rules) was measured blind once, then opened for tuning in
the fourth round of the rules (issue 13). The fourth set (fourth-a, fourth-b: two more blind
authors) was measured blind once, then opened for tuning in the sixth round, the fifth
(fifth-a, fifth-b) in the seventh, the sixth (sixth-a, sixth-b) in the eighth, the seventh
(seventh-a, seventh-b) in the ninth, the eighth (eighth-a, eighth-b) in the tenth, the ninth
(ninth-a, ninth-b) in the eleventh, the tenth (tenth-a, tenth-b) in the twelfth, the
twelfth (twelfth-a, twelfth-b, measured blind before and after the twelfth round) in the
thirteenth and the eleventh (eleventh-a, eleventh-b, measured blind before and after the
eleventh, twelfth and thirteenth rounds) in the fourteenth, the thirteenth (thirteenth-a,
thirteenth-b, measured blind before and after the fourteenth round) in the fifteenth, the
fourteenth (fourteenth-a, fourteenth-b, measured blind before and after the fifteenth round)
in the sixteenth, the fifteenth (fifteenth-a, fifteenth-b, measured blind before and after the
sixteenth round) in the seventeenth (issue 13); all thirty are measured by default. The
sixteenth set (sixteenth-a, sixteenth-b) is measured only by name (``--split sixteenth-a
--split sixteenth-b``), whole, before and after a round: never read it, never tune on it. A split
whose folder is absent is reported in one line and left out.

Every message runs through the real checkers: ``casecheck.validate`` on a manifest built
from the message (its kind as the case type, its marketplace, subject and text), with the
message rules selected. A rule's verdict on a message is compared with the labels:

  T001          fires iff the text is in a language its marketplace does not accept (the
                label's "non-english" defect: not English, and not French on CA or Arabic on AE)
  T002          fires iff the message is labeled emotional
  T003 <part>   (appeals whose text holds a plan of action) fires for that part iff the part
                is missing; "not-done" iff the corrective part is there but only planned
  T006          each labeled secret is a positive, found when a finding of its kind stands
                on its line; a finding on no labeled secret is a false positive
  T007          (appeals) fires iff the text names no policy
  A016          (account appeals) "no plan of action" iff the text holds none and does not
                say it is attached

``--show`` prints every miss and false alarm with the message id.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casecheck import Config, Finding, validate

DATA = Path(__file__).with_name("data") / "messages" / "messages"
TUNING = ("tuning", "heldout", "second-a", "second-b", "third-a", "third-b", "fourth-a",
          "fourth-b", "fifth-a", "fifth-b", "sixth-a", "sixth-b", "seventh-a", "seventh-b",
          "eighth-a", "eighth-b", "ninth-a", "ninth-b", "tenth-a", "tenth-b", "twelfth-a",
          "twelfth-b", "eleventh-a", "eleventh-b", "thirteenth-a", "thirteenth-b",
          "fourteenth-a", "fourteenth-b", "fifteenth-a", "fifteenth-b")
"""Measured by default: what rules may be tuned on (the third set was opened in the fourth
round, the fourth set in the sixth, the fifth in the seventh, the sixth in the eighth, the
seventh in the ninth, the eighth in the tenth, the ninth in the eleventh, the tenth in the
twelfth, the twelfth in the thirteenth, the eleventh in the fourteenth, the thirteenth in the
fifteenth, the fourteenth in the sixteenth, the fifteenth in the seventeenth, issue 13). The
sixteenth set (authors who never saw the rules, nor their results on them) is held out:
measured only when asked for by name."""
SPLITS = (*TUNING, "sixteenth-a", "sixteenth-b")
APPEALS = {"account-appeal", "listing-reinstatement"}
CODES = ("T001", "T002", "T003", "T006", "T007", "A016", "X001", "M")
PARTS = {"root cause": ("root_cause", "root-cause"),
         "corrective": ("corrective", "corrective-actions"),
         "preventive": ("preventive", "preventive-measures")}
"""Bench name -> (label of the part, T003's name of the part)."""
SECRET_KINDS = {
    # label kind -> the T006 kinds that name it
    "password": {"password"}, "card": {"card"}, "card-code": {"card-code"},
    "card-expiry": {"card-expiry"}, "one-time-code": {"one-time-code"}, "iban": {"iban"},
    "bank-account": {"bank-account"}, "routing-number": {"routing-number"},
}


def load(split: str) -> list[dict[str, Any]]:
    return [tomllib.loads(path.read_text(encoding="utf-8"))
            for path in sorted((DATA / split).glob("*.toml"))]


CLAIM_KINDS = {
    "lost-inbound": "inbound-lost", "damaged-inbound": "warehouse-damaged",
    "warehouse-lost": "warehouse-lost", "warehouse-damaged": "warehouse-damaged",
    "removal": "removal-lost", "customer-return": "customer-return",
}
"""A reimbursement case needs its claim kind: the message's topic says which."""


def manifest(message: dict[str, Any]) -> dict[str, Any]:
    built = {"type": message["kind"], "marketplace": message["marketplace"],
             "subject": message["subject"]}
    if message["kind"] == "fba-reimbursement":
        built["claim_kind"] = CLAIM_KINDS[message["topic"]]
    return built


def findings(message: dict[str, Any], folder: Path) -> list[Finding]:
    """The findings of a case folder holding the message as message.md (so that each finding
    gives its line in the message) and a manifest with its type, marketplace and subject."""
    case = folder / message["id"]
    case.mkdir()
    (case / "case.json").write_text(json.dumps(manifest(message)), encoding="utf-8")
    (case / "message.md").write_text(message["text"], encoding="utf-8")
    return list(validate(case, config=Config(select=CODES)).findings)


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    def add(self, expected: bool, fired: bool, name: str) -> None:
        if expected and fired:
            self.true_positive += 1
        elif fired:
            self.false_positive += 1
            self.alarms.append(name)
        elif expected:
            self.false_negative += 1
            self.misses.append(name)
        else:
            self.true_negative += 1

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        positives = self.true_positive + self.false_negative
        return self.true_positive / positives if positives else 1.0


Judge = Callable[[dict[str, Any], list[Finding], Score], None]


def _plan_in_text(message: dict[str, Any]) -> bool:
    return message["kind"] in APPEALS and message["labels"]["poa"]


def _poa_part(label: str, part: str) -> Judge:
    def judge(message: dict[str, Any], found: list[Finding], score: Score) -> None:
        fired = any(f.code == "T003" and f.data.get("part") == part
                    and f.data.get("problem") == "missing" for f in found)
        if message["kind"] not in APPEALS:
            if fired:
                score.add(False, True, message["id"])
            return
        expected = _plan_in_text(message) and not message["labels"][label]
        score.add(expected, fired, message["id"])
    return judge


def _not_done(message: dict[str, Any], found: list[Finding], score: Score) -> None:
    labels = message["labels"]
    fired = any(f.code == "T003" and f.data.get("problem") == "not-done" for f in found)
    expected = _plan_in_text(message) and labels["corrective"] and not labels["corrective_done"]
    if message["kind"] in APPEALS or fired:
        score.add(expected, fired, message["id"])


def _language(message: dict[str, Any], found: list[Finding], score: Score) -> None:
    expected = "non-english" in message["labels"]["defects"]
    score.add(expected, any(f.code == "T001" for f in found), message["id"])


def _tone(message: dict[str, Any], found: list[Finding], score: Score) -> None:
    fired = [f.data.get("phrase") for f in found if f.code == "T002"]
    score.add(message["labels"]["emotional"], bool(fired), f"{message['id']} {fired}")


def _policy(message: dict[str, Any], found: list[Finding], score: Score) -> None:
    fired = any(f.code == "T007" for f in found)
    if message["kind"] in APPEALS:
        score.add(not message["labels"]["policy_cited"], fired, message["id"])
    elif fired:
        score.add(False, True, message["id"])


def _no_plan(message: dict[str, Any], found: list[Finding], score: Score) -> None:
    labels = message["labels"]
    fired = any(f.code == "A016" and f.data.get("kind") == "plan-of-action"
                and f.data.get("in_message") == "none" for f in found)
    if message["kind"] == "account-appeal":
        expected = not labels["poa"] and not labels["poa_attached"]
        score.add(expected, fired, message["id"])
    elif fired:
        score.add(False, True, message["id"])


def _lines_of(text: str, value: str) -> set[int]:
    lines, start = set(), text.find(value)
    while start >= 0:
        first = text.count("\n", 0, start) + 1
        lines.update(range(first, first + value.count("\n") + 1))
        start = text.find(value, start + 1)
    return lines


def _secrets(message: dict[str, Any], found: list[Finding], score: Score) -> None:
    """One positive per labeled secret; one false alarm per finding on no labeled secret."""
    text = message["text"]
    shown = [f for f in found if f.code == "T006" and f.location.file == "message.md"]
    line_of = {id(f): f.location.line for f in shown}
    used: set[int] = set()
    for secret in message["labels"]["secrets"]:
        lines = _lines_of(text, secret["value"])
        hit = next((f for f in shown if id(f) not in used and line_of[id(f)] in lines
                    and f.data.get("kind") in SECRET_KINDS[secret["kind"]]), None)
        if hit is not None:
            used.add(id(hit))
        score.add(True, hit is not None, f"{message['id']} {secret['kind']}")
    for finding in shown:
        if id(finding) not in used:
            score.add(False, True, f"{message['id']} {finding.data.get('kind')} "
                                   f"line {line_of[id(finding)]}")
    if not shown and not message["labels"]["secrets"]:
        score.add(False, False, message["id"])


def _leaks(message: dict[str, Any], found: list[Finding]) -> list[str]:
    """Labeled secret values that any output of any finding still holds in full."""
    dumped = json.dumps([f.to_dict() for f in found], ensure_ascii=False)
    squeezed = "".join(ch for ch in dumped if ch.isalnum())
    leaked = []
    for secret in message["labels"]["secrets"]:
        value = "".join(ch for ch in secret["value"] if ch.isalnum())
        if len(value) >= 4 and value in squeezed:
            leaked.append(f"{message['id']} {secret['kind']}")
    return leaked


JUDGES: dict[str, Judge] = {
    "T001": _language,
    "T002": _tone,
    **{f"T003 {name}": _poa_part(label, part) for name, (label, part) in PARTS.items()},
    "T003 not-done": _not_done,
    "T006": _secrets,
    "T007": _policy,
    "A016 (POA)": _no_plan,
}


def measure(messages: Iterable[dict[str, Any]]) -> tuple[dict[str, Score], list[str], Score]:
    scores = {name: Score() for name in JUDGES}
    leaks: list[str] = []
    non_native = Score()
    with tempfile.TemporaryDirectory(prefix="casecheck-messages-") as folder:
        for message in messages:
            _judge_one(message, findings(message, Path(folder)), scores, leaks, non_native)
    return scores, leaks, non_native


def _judge_one(message: dict[str, Any], found: list[Finding], scores: dict[str, Score],
               leaks: list[str], non_native: Score) -> None:
    for name, judge in JUDGES.items():
        judge(message, found, scores[name])
    leaks += _leaks(message, found)
    leaks += [f"{message['id']} {f.code}: {f.message}" for f in found
              if f.code == "X001" or f.code.startswith("M")]
    if message["language"] == "en" and message["writer"] != "native":
        non_native.add(False, any(f.code == "T001" for f in found), message["id"])


def _cell(score: Score) -> str:
    positives = score.true_positive + score.false_negative
    return (f"{100 * score.precision:6.1f} {100 * score.recall:6.1f} "
            f"{score.true_positive:>3}/{positives:<3} {score.false_positive:>3}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    parser.add_argument("--split", choices=SPLITS, action="append",
                        help="measure this split (default: the tunable ones; not the held-out)")
    args = parser.parse_args(argv)
    splits = []
    for split in dict.fromkeys(args.split or TUNING):
        if (DATA / split).is_dir():
            splits.append(split)
        else:
            print(f"{split}: no such split here ({(DATA / split).relative_to(DATA.parents[3])} "
                  "is absent); left out")
    if not splits:
        return 1
    results = {split: measure(load(split)) for split in splits}
    header = "".join(f" | {split:^25}" for split in splits)
    print(f"{'rule':<22}{header}")
    print(f"{'':<22}" + " | precision recall  TP/P  FP" * len(splits))
    for name in JUDGES:
        print(f"{name:<22}" + "".join(f" | {_cell(results[s][0][name])}" for s in splits))
    for split in splits:
        _, leaks, non_native = results[split]
        print(f"{split}: T001 on non-native English: {non_native.false_positive} of "
              f"{non_native.false_positive + non_native.true_negative}; secrets shown in full "
              f"in any finding, invalid manifests or crashed checkers: {len(leaks)}")
        if args.show:
            for name, score in results[split][0].items():
                for miss in score.misses:
                    print(f"  {split} {name} missed: {miss}")
                for alarm in score.alarms:
                    print(f"  {split} {name} false alarm: {alarm}")
            for alarm in non_native.alarms:
                print(f"  {split} T001 on non-native English: {alarm}")
            for leak in leaks:
                print(f"  {split} leak: {leak}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
