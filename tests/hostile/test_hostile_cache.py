"""The caches are a speed-up, never a source of truth, and never a way to write elsewhere.

A repository can bring its own ``.casecheck_cache``: forged entries, entries nested past
Python's stack, links to ``.``, to a case folder or out of the repository. None of it may
change a verdict, crash a run, or make casecheck write anywhere but its own cache."""

from __future__ import annotations

import io
import json
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from hostile_support import run_cli, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_files import pdf_bytes

from casecheck import Config, __version__, check_paths
from casecheck.attachments import clear_memo
from casecheck.cli import main
from casecheck.findings import RunReport
from casecheck.ocr.cache import OcrCache
from casecheck.ocr.lines import TextLine
from casecheck.sealed import KEY_NAME, CacheFolder, user_key

PROOF = ('type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
         'subject = "Shipment FBA15C8KQ2ZP: 12 units not received"\n'
         '[ids]\nshipment_ids = ["FBA15C8KQ2ZP"]\norder_ids = ["12"]\n'
         '[[attachments]]\npath = "attachments/pod.pdf"\nkind = "carrier-proof"\n')
"""A case with one error in its manifest (I001) and a sound PDF, so that a wrong verdict
from the cache shows either as a missing I001 or as a missing attachment finding."""


def age(root: Path) -> None:
    """An hour old: fresher files are never stored (git's racily-clean rule)."""
    old = time.time() - 3600
    for path in [root, *root.rglob("*")]:
        os.utime(path, (old, old), follow_symlinks=False)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository of two cases, its cache in the default place (.casecheck_cache)."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / ".gitignore").write_text("build/\n")
    for name in ("one", "two"):
        folder = root / "cases" / name
        (folder / "attachments").mkdir(parents=True)
        (folder / "case.toml").write_text(PROOF)
        (folder / "message.md").write_text("Shipment FBA15C8KQ2ZP lost 12 units.\n")
        (folder / "attachments" / "pod.pdf").write_bytes(pdf_bytes())
    age(root / "cases")
    monkeypatch.chdir(root)
    monkeypatch.delenv("CASECHECK_CACHE_DIR")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return root


def run(paths: list[str] | None = None, cache: bool | Path = True) -> RunReport:
    clear_memo()  # the per-process memo would answer before the cache is asked
    return check_paths(paths or ["cases"], config=Config(now=NOW, ocr=False), cache=cache)


def as_json(report: RunReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False)


def case_entries(store: Path) -> list[Path]:
    return sorted(store.rglob("cases/*.json"))


def test_a_file_overwritten_in_place_with_its_size_and_mtime_put_back_is_checked_again(
    repo: Path,
) -> None:
    clean = run()
    assert "A005" not in clean.cases[0].codes
    pdf = repo / "cases" / "one" / "attachments" / "pod.pdf"
    before = pdf.stat()
    with pdf.open("r+b") as handle:  # same inode, same size
        handle.write(b"\0" * before.st_size)
    os.utime(pdf, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = pdf.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size, before.st_mtime_ns, before.st_ino)
    again = run()
    assert again.cache_stats is not None and again.cache_stats.case_misses == 1
    assert set(again.cases[0].codes) - set(clean.cases[0].codes), "the zeros went unnoticed"
    assert again.cases[1].codes == clean.cases[1].codes


# --- forged entries --------------------------------------------------------------------------

def forge(entry: Path, value: Any) -> None:
    """Replace an entry with a well-formed document of this version and key, sealed with a
    made-up MAC, as someone without the user's key would."""
    document = {"casecheck": __version__, "key": entry.stem, "value": value}
    entry.write_text("casecheck-hmac-sha256 " + "0" * 64 + "\n" + json.dumps(document))


@pytest.mark.parametrize("value", [[], [{"code": "I001"}]], ids=["empty", "half"])
def test_a_forged_entry_does_not_make_a_bad_case_pass(repo: Path, value: Any) -> None:
    clean = as_json(run())
    for entry in case_entries(repo / ".casecheck_cache"):
        forge(entry, value)
    report = run()
    assert report.cache_stats is not None and report.cache_stats.case_misses == 2
    assert as_json(report) == clean and "I001" in report.cases[0].codes
    assert run().cache_stats.case_hits == 2  # type: ignore[union-attr]  # written anew


def test_an_entry_unsealed_or_sealed_by_another_user_is_a_miss(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = as_json(run())
    (entry, *_) = case_entries(repo / ".casecheck_cache")
    body = entry.read_text().partition("\n")[2]
    entry.write_text(body)  # the document without its seal
    assert run().cache_stats.case_misses == 1  # type: ignore[union-attr]
    ours = os.environ["XDG_CACHE_HOME"]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    relative = entry.relative_to(repo / ".casecheck_cache").parts
    document = json.loads(body)
    document["value"] = []
    assert CacheFolder(repo / ".casecheck_cache", named=False).write_json(relative, document)
    monkeypatch.setenv("XDG_CACHE_HOME", ours)
    report = run()
    assert report.cache_stats is not None and report.cache_stats.case_misses == 1
    assert as_json(report) == clean


def test_a_sealed_entry_moved_to_another_name_is_a_miss(repo: Path) -> None:
    run()
    one, two = case_entries(repo / ".casecheck_cache")
    two.write_bytes(one.read_bytes())  # valid seal, for the other name
    report = run()
    assert report.cache_stats is not None and report.cache_stats.case_misses == 1


@pytest.mark.parametrize("depth", [100_000, 1_000_000])
def test_an_entry_nested_past_pythons_stack_is_a_miss(repo: Path, depth: int) -> None:
    clean = as_json(run())
    store = CacheFolder(repo / ".casecheck_cache", named=False)
    for entry in case_entries(repo / ".casecheck_cache"):
        entry.write_text("[" * depth + "]" * depth)
        # and sealed with the right key: only a bug of casecheck's could write it, still no crash
        parts = entry.relative_to(repo / ".casecheck_cache").parts
        sealed = b"casecheck-hmac-sha256 " + _seal(parts, "[" * depth)
        assert store._put(parts, sealed, replace=True)
    report = run()
    assert as_json(report) == clean


def _seal(parts: tuple[str, ...], text: str) -> bytes:
    from casecheck.sealed import _seal as seal

    key = user_key()
    assert key is not None
    payload = text.encode()
    return seal(key, "/".join(parts), payload) + b"\n" + payload


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), sealed=st.booleans())
def test_any_bytes_in_place_of_an_entry_leave_the_verdict_alone(repo: Path, data, sealed) -> None:
    """Random bytes, with or without a valid seal of this user's: the output never changes."""
    clean = as_json(run(cache=False))
    run()
    store = CacheFolder(repo / ".casecheck_cache", named=False)
    for entry in [*case_entries(repo / ".casecheck_cache"),
                  *sorted((repo / ".casecheck_cache").rglob("files/*.json"))]:
        parts = entry.relative_to(repo / ".casecheck_cache").parts
        if sealed:
            text = data.decode("utf-8", "replace")
            assert store._put(parts, b"casecheck-hmac-sha256 " + _seal(parts, text), replace=True)
        else:
            entry.write_bytes(data)
    assert as_json(run()) == clean


def test_the_key_lives_in_the_users_cache_directory_readable_by_its_owner_only(
    repo: Path, tmp_path: Path,
) -> None:
    run()
    key_file = Path(os.environ["XDG_CACHE_HOME"]) / "casecheck" / KEY_NAME
    info = key_file.stat()
    assert stat.S_IMODE(info.st_mode) == 0o600 and info.st_size == 32
    assert not list(repo.rglob(KEY_NAME))
    assert not [p for p in key_file.parent.iterdir() if p.name.startswith(".")], "a stray temp file"


def test_a_key_others_may_read_is_replaced_and_what_it_sealed_is_a_miss(repo: Path) -> None:
    run()
    key_file = Path(os.environ["XDG_CACHE_HOME"]) / "casecheck" / KEY_NAME
    old = key_file.read_bytes()
    key_file.chmod(0o644)
    from casecheck import sealed

    sealed._keys.clear()  # a new process
    report = run()
    assert report.cache_stats is not None and report.cache_stats.case_misses == 2
    assert key_file.read_bytes() != old and stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_a_forged_ocr_reading_is_read_again(tmp_path: Path) -> None:
    cache = OcrCache(tmp_path)
    cache.put("d" * 64, "engine", "top", [TextLine("sellercentral.amazon.com", (0, 0, 9, 9), 0.9)],
              complete=True)
    (entry,) = tmp_path.rglob("*.json")
    document = json.loads(entry.read_text().partition("\n")[2])
    document["regions"]["top"]["lines"] = [["sellercentral.amazon.de/forged", [0, 0, 9, 9], 1.0]]
    entry.write_text("casecheck-hmac-sha256 " + "0" * 64 + "\n" + json.dumps(document))
    assert cache.get("d" * 64, "engine", "top") is None
    entry.write_text("[" * 200_000)
    assert cache.get("d" * 64, "engine", "top") is None


def test_a_reading_copied_from_another_screenshot_is_not_used(tmp_path: Path) -> None:
    cache = OcrCache(tmp_path)
    cache.put("a" * 64, "engine", "top", [TextLine("sellercentral.amazon.com", (0, 0, 9, 9), 0.9)],
              complete=True)
    (entry,) = tmp_path.rglob("*.json")
    copy = tmp_path / "engine" / "bb" / ("b" * 64 + ".json")
    copy.parent.mkdir(parents=True)
    copy.write_bytes(entry.read_bytes())
    assert cache.get("a" * 64, "engine", "top") is not None
    assert cache.get("b" * 64, "engine", "top") is None


# --- a .casecheck_cache that is a link ------------------------------------------------------

def cli(*args: str) -> tuple[int, str, str]:
    out = io.StringIO()
    import contextlib

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(list(args), out)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("target", [".", "cases/one", "OUTSIDE", "gone"])
def test_a_cache_directory_that_is_a_link_is_never_followed(
    repo: Path, tmp_path: Path, target: str,
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("someone's file\n")
    link = repo / ".casecheck_cache"
    link.symlink_to(outside if target == "OUTSIDE" else target)
    watched = {root: snapshot(root) for root in (repo, outside)}
    plain = cli("check", "cases", "--format", "json", "--no-cache", "--now", NOW.isoformat())
    status, out, err = cli("check", "cases", "--format", "json", "--now", NOW.isoformat())
    assert (status, out) == plain[:2] and status == 1
    assert err.count("\n") == 1 and "is a symbolic link" in err and "does not follow it" in err
    assert {root: snapshot(root) for root in watched} == watched
    assert cli("clean", ".")[0] == 2
    assert link.is_symlink() and {root: snapshot(root) for root in watched} == watched


@pytest.mark.parametrize("inside", ["0.1.0", "0.1.0/cases", "0.1.0/files"])
def test_a_link_inside_the_cache_directory_is_never_followed(
    repo: Path, tmp_path: Path, inside: str,
) -> None:
    target = repo / "cases" / "two"
    store = repo / ".casecheck_cache"
    link = store / inside.replace("0.1.0", __version__)
    link.parent.mkdir(parents=True)
    link.symlink_to(target)
    before = snapshot(target)
    clean = as_json(run(cache=False))
    assert as_json(run()) == clean
    assert snapshot(target) == before
    assert link.is_symlink()


def test_an_entry_that_is_a_link_is_replaced_not_written_through(repo: Path,
                                                                   tmp_path: Path) -> None:
    run()
    victim = tmp_path / "victim.json"
    victim.write_text("precious\n")
    for entry in case_entries(repo / ".casecheck_cache"):
        entry.unlink()
        entry.symlink_to(victim)
    report = run()
    assert report.cache_stats is not None and report.cache_stats.case_stores == 2
    assert victim.read_text() == "precious\n"
    assert not any(entry.is_symlink() for entry in case_entries(repo / ".casecheck_cache"))


def test_an_entry_that_is_a_fifo_is_a_miss_and_does_not_block(repo: Path) -> None:
    run()
    for entry in case_entries(repo / ".casecheck_cache"):
        entry.unlink()
        os.mkfifo(entry)
    report = run()
    assert report.cache_stats is not None and report.cache_stats.case_misses == 2


def test_files_that_are_not_casecheck_s_own_are_left_as_they_are(repo: Path) -> None:
    store = repo / ".casecheck_cache"
    store.mkdir()
    (store / ".gitignore").write_text("!important\n")
    (repo / "elsewhere").mkdir()
    (repo / "elsewhere" / "tag").write_text("not a tag\n")
    (store / "CACHEDIR.TAG").symlink_to(repo / "elsewhere" / "tag")
    run()
    assert (store / ".gitignore").read_text() == "!important\n"
    assert (repo / "elsewhere" / "tag").read_text() == "not a tag\n"
    assert (repo / ".gitignore").read_text() == "build/\n"


def test_a_fresh_cache_is_tagged_and_ignored_by_git(repo: Path) -> None:
    run()
    store = repo / ".casecheck_cache"
    assert (store / ".gitignore").read_text() == "# Created by casecheck.\n*\n"
    assert "casecheck" in (store / "CACHEDIR.TAG").read_text()
    assert stat.S_IMODE(store.stat().st_mode) & 0o077 == 0


def test_a_named_cache_directory_may_be_reached_through_a_link(repo: Path,
                                                                tmp_path: Path) -> None:
    real = tmp_path / "real-store"
    real.mkdir()
    named = tmp_path / "named"
    named.symlink_to(real)
    run(cache=named)
    assert case_entries(real), "the directory the user named was not used"


# --- casecheck clean -------------------------------------------------------------------------

def test_clean_says_removed_only_when_it_removed(repo: Path, tmp_path: Path) -> None:
    run()
    store = repo / ".casecheck_cache"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("x")
    (store / "link-out").symlink_to(outside)
    assert cli("clean", ".") == (0, f"removed {store}\n", "")
    assert not store.exists() and (outside / "keep.txt").read_text() == "x"
    assert cli("clean", ".") == (0, f"no cache at {store}\n", "")


def test_clean_does_not_remove_a_directory_casecheck_did_not_make(repo: Path) -> None:
    store = repo / ".casecheck_cache"
    store.mkdir()
    (store / "notes.txt").write_text("mine")
    status, out, err = cli("clean", ".")
    assert (status, out) == (2, "") and "not a casecheck cache" in err
    assert (store / "notes.txt").read_text() == "mine"


def test_a_fresh_process_refuses_a_linked_cache_and_writes_nothing(repo: Path,
                                                                     tmp_path: Path) -> None:
    (repo / ".casecheck_cache").symlink_to(".")
    before = snapshot(repo)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    env.pop("CASECHECK_CACHE_DIR", None)
    result = run_cli("cases", "--format", "json", "--no-ocr", cwd=repo, env=env)
    assert result.returncode == 1 and json.loads(result.stdout)["summary"]["cases"] == 2
    assert "casecheck: warning: cache not used:" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(repo) == before


@pytest.mark.parametrize("descriptors", [True, False], ids=["by-descriptor", "by-lstat"])
def test_both_ways_of_walking_a_cache_folder_refuse_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, descriptors: bool,
) -> None:
    """By descriptor where the system has dir_fd calls (POSIX), by lstat elsewhere (Windows)."""
    from casecheck import sealed

    monkeypatch.setattr(sealed, "_AT_CALLS", descriptors and sealed._AT_CALLS)
    top = tmp_path / "store"
    folder = CacheFolder(top, named=False)
    assert folder.write_json(["v", "cases", "a.json"], {"x": 1})
    assert folder.read_json(["v", "cases", "a.json"]) == {"x": 1}
    victim = tmp_path / "victim"
    victim.mkdir()
    (top / "v" / "files").symlink_to(victim)
    assert not folder.write_json(["v", "files", "b.json"], {"x": 2})
    assert list(victim.iterdir()) == []
    (victim / "c.json").write_bytes((top / "v" / "cases" / "a.json").read_bytes())
    assert folder.read_json(["v", "files", "c.json"]) is None
    precious = tmp_path / "precious.txt"
    precious.write_text("keep")
    (top / "v" / "cases" / "a.json").unlink()
    (top / "v" / "cases" / "a.json").symlink_to(precious)
    assert folder.read_json(["v", "cases", "a.json"]) is None
    assert folder.write_json(["v", "cases", "a.json"], {"x": 3})
    assert precious.read_text() == "keep" and folder.read_json(["v", "cases", "a.json"]) == {"x": 3}
    (top / "own.txt").write_text("theirs")
    assert not folder.create("own.txt", "ours") and (top / "own.txt").read_text() == "theirs"
    link = tmp_path / "linked-store"
    link.symlink_to(top)
    assert CacheFolder(link, named=False).read_json(["v", "cases", "a.json"]) is None
    assert CacheFolder(link, named=True).read_json(["v", "cases", "a.json"]) == {"x": 3}
