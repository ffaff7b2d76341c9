"""What casecheck says on stderr and what ``casecheck fix`` prints quote a stranger's text too:
a configuration value, a rules folder's name, a case folder's or an attachment's name.

Before: ``casecheck: error: ...: key select: 'card 4012 8888 8888 1881' is no rule code``
quoted the value in clear, and a ``rules`` value holding a line break printed a line of its
own on stderr: ``::error::forged``, a GitHub workflow command. ``casecheck fix`` printed
every folder and file name raw: an ESC sequence in a folder's name repainted the terminal,
a card number in it showed in clear, and ``--format json`` on a folder whose name is not
UTF-8 ended in ``UnicodeEncodeError``.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_support import REPO, cli_env
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from casecheck.cli import main

CARD = "4012 8888 8888 1881"
PASSWORD = "Tr0ub4dor_93x"
LEAKS = ("4012 8888 8888", PASSWORD)
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2028\u2029\ud800-\udfff]")
"""What no line may hold raw (LF only as the line's own end)."""
FORGED = "x\n::error::forged\r\x1b[2J::add-mask::\u202e"

SETTINGS = [
    f'select = ["card {CARD}"]',
    f'ignore = ["password: {PASSWORD}"]',
    f'"card {CARD}" = 1',
    f'severity = {{"card {CARD}" = "error"}}',
    f'severity = {{A001 = "password: {PASSWORD}"}}',
    f'rules = "password: {PASSWORD}"',
    f'per-path-ignores = {{"x" = ["card {CARD}"]}}',
    f'lang = "password: {PASSWORD}"',
    f"rules = {json.dumps(FORGED)}",
    f"lang = {json.dumps(FORGED)}",
    f"select = [{json.dumps(FORGED)}]",
]
"""A repository's casecheck.toml: each is a configuration error that quotes the value."""


def _case(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "case.toml").write_text(
        'type = "technical-issue"\nmarketplace = "US"\nsubject = "x"\n', encoding="utf-8")


def _one_clean_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    (line,) = lines
    assert line.startswith("casecheck: error: ")
    assert RAW.search(line) is None and "\n::" not in stderr
    assert not any(part in stderr for part in LEAKS), stderr
    return line


@pytest.mark.parametrize("setting", SETTINGS)
def test_a_configuration_error_is_one_line_with_no_secret(
    setting: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _case(tmp_path / "cases" / "one")
    (tmp_path / "casecheck.toml").write_text(setting + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "cases", "--no-cache"]) == 2
    line = _one_clean_line(capsys.readouterr().err)
    assert "casecheck.toml" in line or "rules directory" in line


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"),
                     min_size=1, max_size=40))
def test_any_rules_value_gives_one_clean_line(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A rules folder no one has: the error names it, escaped, on one line."""
    if not (tmp_path / "cases").exists():
        _case(tmp_path / "cases" / "one")
    (tmp_path / "casecheck.toml").write_text(f"rules = {json.dumps(value)}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status = main(["check", "cases", "--no-cache"])
    err = capsys.readouterr().err
    if status == 2:
        _one_clean_line(err)
    else:  # the value names a folder that exists (".", "cases"): a rule pack folder
        assert RAW.search(err) is None


def _fixable(folder: Path, name: str) -> None:
    """A case folder whose listed JPEG ``casecheck fix`` would convert to PNG."""
    (folder / "attachments").mkdir(parents=True)
    (folder / "case.toml").write_text(
        'type = "technical-issue"\nmarketplace = "US"\nsubject = "x"\n[[attachments]]\n'
        f"path = {json.dumps('attachments/' + name)}\nkind = \"other\"\n", encoding="utf-8")
    Image.new("RGB", (64, 48), "white").save(folder / "attachments" / name, "JPEG")


def _fix(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "casecheck", "fix", "cases", *args],
                          cwd=root, capture_output=True, timeout=120, check=False,
                          env=cli_env({**os.environ, "PYTHONIOENCODING": "utf-8"}))


def test_the_fix_plan_masks_and_escapes_every_name(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    _fixable(cases / f"card {CARD}", f"card {CARD}.jpg")
    _fixable(cases / "\x1b[2J\x1b[1;1Hforged\r", f"password: {PASSWORD}.jpg")
    strange = os.fsencode(cases) + b"/lat\xe9in"  # a Latin-1 name: not UTF-8
    _fixable(Path(os.fsdecode(strange)), "a.jpg")
    plan = _fix(tmp_path)
    assert plan.returncode == 1, plan.stderr
    text = plan.stdout.decode("utf-8")
    assert RAW.search(text) is None
    assert not any(part in text for part in LEAKS)
    assert "cases/card ••••••••••••1881" in text and "\\x1b[2J" in text
    assert "lat\\udce9in" in text
    as_json = _fix(tmp_path, "--format", "json")
    assert as_json.returncode == 1, as_json.stderr
    document = json.loads(as_json.stdout.decode("utf-8"))
    paths = sorted(case["path"] for case in document["cases"])
    assert not any(part in as_json.stdout.decode("utf-8") for part in LEAKS)
    assert "cases/card ••••••••••••1881" in paths
    assert "cases/lat\udce9in" in paths  # escaped in the JSON text, the name as it is


def test_a_packs_words_reach_the_policy_list_escaped(tmp_path: Path) -> None:
    """``casecheck rules --policy --rules DIR`` prints a pack's sources and quotes: a
    repository's pack (its ``rules`` key) is a stranger's text. Before, its ESC sequences and
    line breaks reached the terminal raw."""
    shipped = (REPO / "rules" / "global.toml").read_text(encoding="utf-8")
    forged = json.dumps(FORGED)[1:-1]
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "global.toml").write_text(
        shipped.replace('source = "The seller guide: attachments as PDF or PNG.',
                        f'source = "{forged} The seller guide: attachments as PDF or PNG.'),
        encoding="utf-8")
    out = io.StringIO()
    assert main(["rules", "--policy", "--rules", str(pack)], out) == 0
    text = out.getvalue()
    assert "\\x1b[2J" in text and "forged" in text
    assert RAW.search(text) is None and "\n::" not in text
