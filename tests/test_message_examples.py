"""The shipped examples: every ok-* case passes strictly at its own submit_at, and every
bad-* case reports each code its folder name lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO

from casecheck.engine import Config, validate

EXAMPLES = sorted(p.parent for p in (REPO / "examples" / "cases").rglob("case.toml"))
CODE = re.compile(r"^[A-Z]\d{3}$")


def _id(folder: Path) -> str:
    return f"{folder.parent.name}/{folder.name}"


def test_every_case_type_has_a_good_and_a_bad_example() -> None:
    types = {p.stem for p in (REPO / "rules" / "types").glob("*.toml")}
    for kind in ("ok-", "bad-"):
        have = {f.parent.name for f in EXAMPLES if f.name.startswith(kind)}
        assert types <= have, f"no {kind}* example for {sorted(types - have)}"


@pytest.mark.parametrize("folder", [f for f in EXAMPLES if f.name.startswith("ok-")], ids=_id)
def test_ok_examples_pass_strictly(folder: Path) -> None:
    report = validate(folder, config=Config(strict=True))
    noisy = [f"{f.code} {f.message}" for f in report.findings if f.severity != "info"]
    assert noisy == []


@pytest.mark.parametrize("folder", [f for f in EXAMPLES if f.name.startswith("bad-")], ids=_id)
def test_bad_examples_report_the_codes_in_their_name(folder: Path) -> None:
    named = {part for part in folder.name.split("-") if CODE.match(part)}
    assert named, "a bad-* example names the codes it shows"
    found = {f.code for f in validate(folder).findings}
    assert named <= found, f"missing {sorted(named - found)}"
