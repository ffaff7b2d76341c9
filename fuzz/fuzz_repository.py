"""Fuzz what a stranger's repository can bring besides case files (atheris / libFuzzer): a
configuration file in their case folder, forged entries in a committed cache, and a
``.casecheck_cache`` that is a link.

Each input becomes a scratch repository ``casecheck-fuzz-repository-PID`` in the temporary
directory with two cases, ``cases/ours`` and ``cases/stranger``: the first byte picks what
``.casecheck_cache`` is (absent, a folder, a link to ``.``, to ``cases/ours`` or to a folder
outside); the rest, split at the first ``FF FF``, is the stranger's ``casecheck.toml`` and the
bytes every cache entry is overwritten with after a first run. A crash is any exception, a
report of ``ours`` that differs from the one without the stranger's files, a report of
``stranger`` that does not add M008 to its own, or any change to the repository outside its
cache folder or to the folder outside.

    corpus=$(mktemp -d) && cp fuzz/seeds/repository/* "$corpus"
    python fuzz/fuzz_repository.py "$corpus" -max_total_time=300

See fuzz/README.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

with atheris.instrument_imports():
    from casecheck.attachments import clear_memo
    from casecheck.config_file import ConfigFiles
    from casecheck.runner import check_paths

NOW = dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)
CASE = ('type = "technical-issue"\nmarketplace = "US"\nsubject = "Report download fails"\n'
        '[ids]\norder_ids = ["12"]\n')
LAYOUTS = ("none", "folder", "link-to-root", "link-to-case", "link-outside")


def scratch() -> Path:
    """This process's scratch folder; those of processes that are gone are removed (libFuzzer
    ends a process with C exit(), which skips Python's clean-up)."""
    prefix = "casecheck-fuzz-repository-"
    for old in Path(tempfile.gettempdir()).glob(prefix + "*"):
        try:
            os.kill(int(old.name.removeprefix(prefix)), 0)
        except (ValueError, ProcessLookupError):
            shutil.rmtree(old, ignore_errors=True)
        except PermissionError:
            pass
    folder = Path(tempfile.gettempdir()) / f"{prefix}{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    return folder


SCRATCH = scratch()
os.environ["XDG_CACHE_HOME"] = str(SCRATCH / "user-cache")  # the sealing key, not the user's
os.environ.pop("CASECHECK_CACHE_DIR", None)


def state(root: Path, skip: Path | None = None) -> dict[str, tuple[object, ...]]:
    found: dict[str, tuple[object, ...]] = {}
    for path in sorted(root.rglob("*")):
        if skip is not None and path.is_relative_to(skip) and not skip.is_symlink():
            continue
        info = path.lstat()
        body = (str(path.readlink()) if path.is_symlink()
                else hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None)
        found[path.relative_to(root).as_posix()] = (info.st_mode, info.st_mtime_ns, body)
    return found


def build(layout: str) -> tuple[Path, Path]:
    """A fresh repository and a folder outside it."""
    repo, outside = SCRATCH / "repo", SCRATCH / "outside"
    for folder in (repo, outside):
        shutil.rmtree(folder, ignore_errors=True)
    (repo / ".git").mkdir(parents=True)
    (repo / ".gitignore").write_text("build/\n")
    old = time.time() - 3600
    for name in ("ours", "stranger"):
        (repo / "cases" / name).mkdir(parents=True)
        (repo / "cases" / name / "case.toml").write_text(CASE)
        os.utime(repo / "cases" / name / "case.toml", (old, old))
    outside.mkdir()
    (outside / "keep.txt").write_text("someone's file\n")
    cache = repo / ".casecheck_cache"
    if layout == "folder":
        cache.mkdir()
    elif layout == "link-to-root":
        cache.symlink_to(".")
    elif layout == "link-to-case":
        cache.symlink_to("cases/ours")
    elif layout == "link-outside":
        cache.symlink_to(outside)
    return repo, outside


def codes(repo: Path) -> dict[str, list[str]]:
    clear_memo()
    report = check_paths([repo / "cases"], config=ConfigFiles(overrides={"now": NOW}),
                         cache=True)
    return {Path(case.path).name: sorted(case.codes) for case in report.cases}


os.chdir(SCRATCH)
build("none")
BASELINE = codes(SCRATCH / "repo")


def test_one_input(data: bytes) -> None:
    layout = LAYOUTS[data[0] % len(LAYOUTS)] if data else "none"
    config, _, forged = data[1:].partition(b"\xff\xff")
    repo, outside = build(layout)
    (repo / "cases" / "stranger" / "casecheck.toml").write_bytes(config)
    cache = repo / ".casecheck_cache"
    before, elsewhere = state(repo, skip=cache), state(outside)
    first = codes(repo)
    if layout == "folder":
        for entry in cache.rglob("*.json"):
            entry.write_bytes(forged)
    second = codes(repo)
    for found in (first, second):
        if found["ours"] != BASELINE["ours"]:
            raise AssertionError(f"the stranger's files changed our case: {found['ours']}")
        if found["stranger"] != sorted([*BASELINE["stranger"], "M008"]):
            raise AssertionError(f"the stranger's configuration applied: {found['stranger']}")
    if state(repo, skip=cache) != before or state(outside) != elsewhere:
        raise AssertionError("a run wrote outside its cache folder")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
