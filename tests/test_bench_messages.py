"""bench/messages.py, the measurement of the message rules on the labeled sets: which splits it
measures by default, and what it says of a split whose folder is absent (one line, not a
traceback). Run on folders made here, so the held-out sets are never read by a test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import REPO

LETTER = '''id = "{id}"
kind = "account-appeal"
violation = "late-shipment"
topic = ""
marketplace = "US"
writer = "native"
language = "en"
subject = "Appeal for our account"
text = """Hello,

Our account was deactivated on 2 May 2026 for a Late Shipment Rate of 6%.

Root cause: our only packer was ill for two weeks and nobody else could print labels.

Corrective actions: we have trained two more people to print labels.

Kind regards,
Ines Duarte"""

[labels]
poa = true
poa_attached = false
root_cause = true
corrective = true
corrective_done = true
preventive = false
policy_cited = true
emotional = false
secrets = []
english_required = true
defects = ["missing-preventive"]
'''


@pytest.fixture
def bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_messages", REPO / "bench" / "messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_messages", module)
    spec.loader.exec_module(module)
    data = tmp_path / "bench" / "data" / "messages" / "messages"
    for split in ("tuning", "heldout", "second-a", "second-b", "third-a", "third-b", "fourth-a",
                  "fourth-b", "fifth-a", "fifth-b", "sixth-a", "sixth-b", "seventh-a",
                  "seventh-b", "eighth-a", "eighth-b", "ninth-a", "ninth-b", "tenth-a", "tenth-b",
                  "twelfth-a", "twelfth-b", "eleventh-a", "eleventh-b", "thirteenth-a",
                  "thirteenth-b", "fourteenth-a", "fourteenth-b", "fifteenth-a", "fifteenth-b"):
        (data / split).mkdir(parents=True)
        (data / split / f"{split}-001.toml").write_text(LETTER.format(id=f"{split}-001"),
                                                        encoding="utf-8")
    monkeypatch.setattr(module, "DATA", data)
    return module


def test_the_default_splits_are_the_tunable_thirty(bench: ModuleType,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main([]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0]
    names = ("tuning", "heldout", "second-a", "second-b", "third-a", "third-b", "fourth-a",
             "fourth-b", "fifth-a", "fifth-b", "sixth-a", "sixth-b", "seventh-a", "seventh-b",
             "eighth-a", "eighth-b", "ninth-a", "ninth-b", "tenth-a", "tenth-b", "twelfth-a",
             "twelfth-b", "eleventh-a", "eleventh-b", "thirteenth-a", "thirteenth-b",
             "fourteenth-a", "fourteenth-b", "fifteenth-a", "fifteenth-b", "sixteenth-a")
    assert [name for name in names if name in header] == list(names[:-1])
    # the plan lacks its preventive part, and T003 says so on every split
    row = next(line for line in out.splitlines() if line.startswith("T003 preventive"))
    assert row.count("100.0  100.0   1/1     0") == 30


def test_an_absent_split_is_one_line_and_the_others_are_measured(
        bench: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--split", "sixteenth-a"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "sixteenth-a: no such split here (bench/data/messages/messages/sixteenth-a is absent); "
        "left out"]
    assert bench.main(["--split", "sixteenth-b", "--split", "second-b"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("sixteenth-b: no such split here")
    assert "second-b" in out.splitlines()[1]
