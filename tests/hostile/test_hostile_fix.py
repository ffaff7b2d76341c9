"""``casecheck fix --apply`` and ``--undo`` on a stranger's case folder write nothing outside it.

Before: a committed ``.originals`` that is a link to a folder elsewhere received the
originals (``fix --apply`` moved the case's files out of the repository), and a forged
journal (``.originals/<stamp>/.fix.json``, committed with the case) made ``fix --undo`` move
a file from outside the case folder into its trash and delete it (``"created":
{"../../victim.txt": "<its sha256>"}``), or move a case file out (``"archived":
["../../x"]``).
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
from pathlib import Path

import pytest
from hostile_support import snapshot
from PIL import Image

from casecheck.cli import main

MANIFEST = ('type = "technical-issue"\nmarketplace = "US"\nsubject = "x"\n'
            '[[attachments]]\npath = "attachments/photo.jpg"\nkind = "other"\n')


def _case(root: Path) -> Path:
    folder = root / "cases" / "one"
    (folder / "attachments").mkdir(parents=True)
    (folder / "case.toml").write_text(MANIFEST, encoding="utf-8")
    Image.new("RGB", (64, 48), "white").save(folder / "attachments" / "photo.jpg", "JPEG")
    return folder


def _victim(root: Path) -> Path:
    victim = root / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("someone else's file\n", encoding="utf-8")
    return victim


def _fix(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(["fix", *args], out=out), out.getvalue()


def test_originals_that_link_out_receive_nothing(tmp_path: Path) -> None:
    folder = _case(tmp_path)
    victim = _victim(tmp_path)
    (folder / ".originals").symlink_to(victim)
    before, outside = snapshot(folder), snapshot(victim)
    status, _ = _fix("--apply", str(folder))
    assert status == 2
    assert snapshot(victim) == outside
    assert snapshot(folder) == before


@pytest.mark.parametrize("forged", [
    {"archived": ["../../attachments/photo.jpg"], "created": {}},
    {"archived": ["../../../victim/precious.txt"], "created": {}},
    {"archived": [], "created": {"../../victim/precious.txt": "DIGEST"}},
    {"archived": [], "created": {"VICTIM": "DIGEST"}},
    {"archived": ["VICTIM"], "created": {}},
], ids=["archived-moved-out", "archived-from-outside", "created-out", "created-absolute",
        "archived-absolute"])
def test_a_forged_journal_moves_and_deletes_nothing_outside(
    tmp_path: Path, forged: dict[str, object],
) -> None:
    folder = _case(tmp_path)
    victim = _victim(tmp_path)
    precious = victim / "precious.txt"
    digest = hashlib.sha256(precious.read_bytes()).hexdigest()
    text = json.dumps(forged).replace("DIGEST", digest).replace("VICTIM", str(precious))
    journal = {"casecheck_fix": 1, "at": "2026-11-01T00:00:00+00:00", **json.loads(text)}
    stamp = folder / ".originals" / "2026-11-01T00-00-00Z"
    stamp.mkdir(parents=True)
    (stamp / ".fix.json").write_text(json.dumps(journal), encoding="utf-8")
    before = snapshot(tmp_path)
    status, _ = _fix("--undo", str(folder))
    assert status == 2
    assert snapshot(tmp_path) == before  # the victim, the case, and nothing new beside them


def test_a_real_fix_is_still_undone(tmp_path: Path) -> None:
    folder = _case(tmp_path)
    before = snapshot(folder)
    assert _fix("--apply", str(folder))[0] == 1
    assert (folder / "attachments" / "photo.png").is_file()
    assert _fix("--undo", str(folder))[0] == 0
    assert _files(snapshot(folder)) == _files(before)  # a folder's own mtime moves, no file's


def _files(state: dict[str, tuple[object, ...]]) -> dict[str, tuple[object, ...]]:
    return {path: entry for path, entry in state.items() if entry[0] != stat.S_IFDIR}
