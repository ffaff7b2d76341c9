"""Ctrl-C stops a run at once, worker processes included: one line, exit 130, a sound cache.

A real ``python -m casecheck`` in its own process group gets SIGINT the way a terminal sends
it (to the whole group), while a plugin's checker sleeps in the cases named ``*-slow``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_support import cli_env, plugin_site, run_cli

from casecheck.sealed import CacheFolder

SLEEPER = """
marks = os.environ.get("CASECHECK_TEST_MARKS")
if marks and case.root.name.endswith("-slow"):
    (Path(marks) / str(os.getpid())).write_text(case.root.name)
    time.sleep(600)
yield from ()
"""

MANIFEST = 'type = "technical-issue"\nmarketplace = "US"\nsubject = "Report download fails"\n'


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for every purpose but the process table
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return True


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process group is POSIX")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_the_run_and_its_workers_and_leaves_the_cache_sound(
    tmp_path: Path, jobs: str
) -> None:
    cases = tmp_path / "cases"
    for n in range(40):  # two workers need 32 folders or more (runner.MIN_FOLDERS_PER_JOB)
        folder = cases / (f"c{n:02}" + ("-slow" if n >= 30 else ""))
        folder.mkdir(parents=True)
        (folder / "case.toml").write_text(MANIFEST)
        old = time.time() - 3600
        os.utime(folder / "case.toml", (old, old))
    marks = tmp_path / "marks"
    marks.mkdir()
    site = plugin_site(tmp_path / "site", SLEEPER)
    store = tmp_path / "store"
    env = cli_env(path=(site,))
    env["CASECHECK_TEST_MARKS"] = str(marks)
    command = [sys.executable, "-m", "casecheck", "check", str(cases), "--jobs", jobs,
               "--cache-dir", str(store), "--format", "json", "--now",
               "2026-11-24T10:00:00-05:00"]
    run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not list(marks.iterdir()):
            assert run.poll() is None, run.communicate()
            assert time.monotonic() < deadline, "no checker ever started"
            time.sleep(0.05)
        sleepers = [int(mark.name) for mark in marks.iterdir()]
        os.killpg(run.pid, signal.SIGINT)
        out, err = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 130
    assert err == "casecheck: interrupted\n" and out == ""
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in sleepers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in sleepers), "a worker outlived the run"
    folder = CacheFolder(store, named=True)
    entries = [e for e in store.rglob("*.json") if not e.name.startswith(".tmp-")]
    assert entries, "the cases before the slow ones were not stored"
    for entry in entries:
        assert folder.read_json(entry.relative_to(store).parts) is not None, entry
    # The same cache, with the plugin no longer sleeping, answers as no cache would.
    warm = run_cli(str(cases), "--format", "json", "--cache-dir", str(store), path=(site,))
    plain = run_cli(str(cases), "--format", "json", "--no-cache", path=(site,))
    assert warm.returncode == plain.returncode == 1, warm.stderr
    assert warm.stdout == plain.stdout
