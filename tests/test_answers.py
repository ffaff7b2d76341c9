"""The answer path (casecheck.answers): a ``check`` run again over unchanged inputs answers from
the stat of every file before the engine is imported, and its answer is byte for byte what a
``--no-cache`` run writes, whatever single input changes in between, the clock included."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import pickle
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import to_toml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_files import blank_png, pdf_bytes

from casecheck import Config, answers, check_paths, cli, engine, runner, timing, validate
from casecheck import catalog as catalog_module
from casecheck import packs as packs_module
from casecheck.cache import HolidayEntries
from casecheck.sealed import SEAL, CacheFolder, _seal

REPO = Path(__file__).resolve().parents[1]
BASE = dt.datetime(2026, 11, 24, 14, 10, tzinfo=dt.UTC)
"""The tests' clock starts here: a Tuesday, 09:10 in New York, inside Seller Support's hours."""
SECRET = "Hunter2!x"


class Clock:
    """The clock of the engine (``reference_time``) and of the answer path (``time_ns``),
    moved by the tests: both read the same instant."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = BASE
        real = engine.reference_time

        def reference_time(model: Any, config: Config) -> dt.datetime:
            return self.now if engine.clock_is_read(model, config) else real(model, config)

        monkeypatch.setattr(engine, "reference_time", reference_time)
        fake = SimpleNamespace(time_ns=self.ns)
        monkeypatch.setattr(answers, "time", fake)
        monkeypatch.setattr(cli, "time", fake)

    def ns(self) -> int:
        return (self.now - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(
            microseconds=1) * 1000


class Answers:
    """Counts the answers the answer path gave (a spy on ``answers.give``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.given = 0
        real = answers.give

        def give(*args: Any) -> int:
            self.given += 1
            return real(*args)

        monkeypatch.setattr(answers, "give", give)


@pytest.fixture
def fresh_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files the tests write are milliseconds old: the racily-clean rule would keep every
    answer out. Each test that changes a file moves its mtime on, as time would."""
    monkeypatch.setattr(answers, "RACY_NS", -10**15)


def write(path: Path, content: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    before = path.stat().st_mtime_ns if path.exists() else time.time_ns()
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    later = before + 1_000_000_000
    os.utime(path, ns=(later, later))  # a later mtime, as a second edit a second later has


def project(root: Path) -> Path:
    """A repository of four cases: a reimbursement and an appeal with their submit_at, a draft
    measured by the clock (a closed claim window, D001), a submitted case waiting for an
    answer (H003, whose hours step every three minutes)."""
    (root / ".git").mkdir(parents=True)
    reimbursement = {"type": "fba-reimbursement", "marketplace": "US",
                     "claim_kind": "inbound-lost", "shipped_at": dt.date(2026, 8, 1)}
    write(root / "cases/a/case.toml", to_toml({
        **reimbursement, "submit_at": dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC),
        "ids": {"shipment_ids": ["FBA15C8KQ2ZP"]},
        "attachments": [{"path": "evidence/a.pdf", "kind": "invoice"},
                        {"path": "evidence/b.png", "kind": "screenshot"}]}))
    write(root / "cases/a/message.md", "Shipment FBA15C8KQ2ZP arrived short by 12 units.\n")
    write(root / "cases/a/evidence/a.pdf", pdf_bytes())
    write(root / "cases/a/evidence/b.png", blank_png(40, 30))
    write(root / "cases/b/case.toml", to_toml({
        **reimbursement, "ids": {"shipment_ids": ["FBA15C8KQ2ZQ"]}}))
    write(root / "cases/b/message.md",
          f"Shipment FBA15C8KQ2ZQ lost 3 units. Our password is {SECRET}\n")
    write(root / "cases/c/case.toml", to_toml({
        "type": "account-appeal", "marketplace": "US", "submit_at": BASE,
        "deactivated_at": BASE - dt.timedelta(hours=30)}))
    write(root / "cases/c/message.md", "We fixed the listing.\n")
    write(root / "cases/d/case.toml", to_toml({
        **reimbursement, "status": "submitted", "case_id": "12345678901",
        "submitted_at": BASE - dt.timedelta(hours=50, seconds=70),  # off the 3-minute steps
        "ids": {"shipment_ids": ["FBA00000001"]}}))
    write(root / "cases/d/message.md", "Shipment FBA00000001 lost 1 unit.\n")
    return root


@contextlib.contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run(arguments: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with environment(env or {}), contextlib.redirect_stderr(err):
        status = cli.main(arguments, out)
    return status, out.getvalue(), err.getvalue()


# --- byte for byte the output of --no-cache, one change at a time ----------------------------

def _touch(root: Path) -> None:
    path = root / "cases/a/evidence/a.pdf"
    later = path.stat().st_mtime_ns + 3_000_000_000
    os.utime(path, ns=(later, later))


def _replace(root: Path) -> None:
    write(root / "cases/a/evidence/a.pdf", b"%PDF-1.7 not really\n")


def _add(root: Path) -> None:
    write(root / "cases/a/evidence/unlisted.png", blank_png(20, 20))


def _delete(root: Path) -> None:
    (root / "cases/a/evidence/b.png").unlink(missing_ok=True)  # drawn twice: no more change


def _other_manifest(root: Path) -> None:
    """A case the run does not check, now about a's shipment: H001 for a."""
    write(root / "cases/d/case.toml", (root / "cases/d/case.toml").read_text().replace(
        "FBA00000001", "FBA15C8KQ2ZP").replace('"submitted"', '"open"'))


def _new_case(root: Path) -> None:
    write(root / "cases/e/case.toml", (root / "cases/b/case.toml").read_text().replace(
        "FBA15C8KQ2ZQ", "FBA15C8KQ2ZP"))


def _config(root: Path) -> None:
    write(root / "casecheck.toml", 'ignore = ["T"]\n')


def _message(root: Path) -> None:
    write(root / "cases/b/message.md", "Shipment FBA15C8KQ2ZQ lost 4 units.\n")


FILE_CHANGES = {"touch": _touch, "replace": _replace, "add": _add, "delete": _delete,
                "other manifest": _other_manifest, "new case": _new_case, "config": _config,
                "message": _message}
OPTIONS = [["--format", "json"], ["--lang", "zh-CN"], ["--select", "A,D,H,M"], ["--strict"],
           ["--ignore", "D004"], ["--severity", "H003=error"], ["--template"],
           ["--now", "2026-11-25T10:00:00-05:00"], ["--format", "sarif"], ["cases/a"]]
ENVIRONMENT = [{"LANG": "zh_CN.UTF-8"}, {"CI": "1"}, {"GITHUB_ACTIONS": "true"}]
TIME_STEPS = [dt.timedelta(minutes=2), dt.timedelta(minutes=3), dt.timedelta(hours=5),
              dt.timedelta(hours=20), dt.timedelta(days=3)]

Change = tuple[str, Any]
CHANGES = st.one_of(
    st.tuples(st.just("file"), st.sampled_from(sorted(FILE_CHANGES))),
    st.tuples(st.just("option"), st.sampled_from(range(len(OPTIONS)))),
    st.tuples(st.just("env"), st.sampled_from(range(len(ENVIRONMENT)))),
    st.tuples(st.just("time"), st.sampled_from(TIME_STEPS)),
)


@given(st.lists(CHANGES, min_size=1, max_size=4))
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_answer_is_the_no_cache_output_after_any_change(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
    fresh_counts: None, changes: list[Change],
) -> None:
    clock, given_answers = Clock(monkeypatch), Answers(monkeypatch)
    root = project(tmp_path_factory.mktemp("project"))
    monkeypatch.chdir(root)
    paths, options, env = ["cases"], [], {}
    assert run(["check", *paths]) == run(["check", *paths])
    assert given_answers.given == 1  # the property below is about answers, not misses
    for kind, change in changes:
        if kind == "file":
            FILE_CHANGES[change](root)
        elif kind == "option" and OPTIONS[change][0].startswith("-"):
            options = [*options, *OPTIONS[change]]
        elif kind == "option":
            paths = OPTIONS[change]
        elif kind == "env":
            env = {**env, **ENVIRONMENT[change]}
        else:
            clock.now += change
        arguments = ["check", *paths, *options]
        expected = run([*arguments, "--no-cache"], env)
        assert run(arguments, env) == expected, (kind, change)
        assert run(arguments, env) == expected, (kind, change)


def test_an_unchanged_run_is_answered_with_the_same_bytes(tmp_path, monkeypatch,
                                                           fresh_counts) -> None:
    Clock(monkeypatch)
    given_answers = Answers(monkeypatch)
    root = project(tmp_path / "p")
    monkeypatch.chdir(root)
    arguments = ["check", "cases/a", "cases/b", "--format", "json"]
    first = run(arguments)
    assert given_answers.given == 0
    assert run(arguments) == first == run([*arguments, "--no-cache"])
    assert given_answers.given == 1
    assert first[0] == 1 and json.loads(first[1])["summary"]["cases"] == 2


def test_an_output_file_is_written_again_by_the_answer(tmp_path, monkeypatch,
                                                      fresh_counts) -> None:
    Clock(monkeypatch)
    given_answers = Answers(monkeypatch)
    root = project(tmp_path / "p")
    monkeypatch.chdir(root)
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    arguments = ["check", "cases/a", "--format", "json", "-o", str(target)]
    first = run(arguments)
    written = target.read_bytes()
    target.unlink()
    assert run(arguments) == first == (1, "", "")
    assert given_answers.given == 1
    assert target.read_bytes() == written
    target.unlink()
    target.parent.rmdir()  # the folder is gone: the ordinary run says so
    status, _, err = run(arguments)
    assert status == 2 and "does not exist" in err
    assert given_answers.given == 1


def test_time_crossing_the_validity_instant_is_a_miss(tmp_path, monkeypatch,
                                                       fresh_counts) -> None:
    clock, given_answers = Clock(monkeypatch), Answers(monkeypatch)
    root = project(tmp_path / "p")
    monkeypatch.chdir(root)
    arguments = ["check", "cases/d", "--format", "json"]  # waiting, measured by the clock
    first = run(arguments)
    report = check_paths(["cases/d"], config=Config())
    until = report.valid_until
    assert until is not None and BASE < until <= BASE + dt.timedelta(minutes=3)
    clock.now = until - dt.timedelta(microseconds=1)
    assert run(arguments) == first
    assert given_answers.given == 1
    clock.now = until
    later = run(arguments)
    assert given_answers.given == 1
    assert later == run([*arguments, "--no-cache"])


# --- until when the clock's findings hold ------------------------------------------------------

def _timing_manifest(kind: str, moment: dt.datetime, hours: float, days: int) -> dict[str, Any]:
    if kind == "appeal":
        return {"type": "account-appeal", "marketplace": "US",
                "deactivated_at": moment - dt.timedelta(hours=hours)}
    if kind == "submitted":
        return {"type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
                "status": "submitted", "case_id": "12345678901",
                "submitted_at": moment - dt.timedelta(hours=hours)}
    return {"type": "fba-reimbursement", "marketplace": kind, "claim_kind": "inbound-lost",
            "shipped_at": (moment - dt.timedelta(days=days)).date(),
            "ids": {"shipment_ids": ["FBA15C8KQ2ZP"]}}


@given(
    kind=st.sampled_from(["appeal", "submitted", "US", "DE", "JP", "UK"]),
    start=st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2027, 12, 31),
                       timezones=st.just(dt.UTC)),
    hours=st.floats(0, 200), days=st.integers(0, 400), fraction=st.floats(0, 1),
)
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_findings_stay_the_same_until_valid_until(
    monkeypatch: pytest.MonkeyPatch, kind: str, start: dt.datetime, hours: float, days: int,
    fraction: float,
) -> None:
    """Any instant before ``valid_until``, the last one included, gives the same findings."""
    clock = Clock(monkeypatch)
    manifest = _timing_manifest(kind, start, hours, days)

    def findings_at(moment: dt.datetime) -> tuple[str, dt.datetime | None]:
        clock.now = moment
        report = validate(manifest)
        return json.dumps(report.to_dict(), sort_keys=True), report.valid_until

    seen, until = findings_at(start)
    if until is None:
        assert findings_at(start + dt.timedelta(days=900 * fraction))[0] == seen
        return
    assert until >= start
    last = until - dt.timedelta(microseconds=1)
    if last >= start:
        assert findings_at(last)[0] == seen
        assert findings_at(start + (last - start) * fraction)[0] == seen


def test_a_checker_that_reads_the_clock_and_says_nothing_is_never_answered() -> None:
    @engine.checker("Z901", reads={"clock"})
    def silent(case: Any, ctx: engine.Context) -> Iterator[Any]:
        _ = ctx.now
        return iter(())

    manifest = {"type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost"}
    report = validate(manifest, checkers=[silent])
    assert report.valid_until is not None and report.valid_until <= dt.datetime.now(dt.UTC)
    fixed = validate(manifest, checkers=[silent], config=Config(now=BASE))
    assert fixed.valid_until is None


# --- what is never stored, never used ----------------------------------------------------------

def _answer_files(cache: Path) -> list[Path]:
    return sorted((cache / "0.1.0" / "answers").glob("*.json")) \
        if (cache / "0.1.0" / "answers").is_dir() else []


def test_a_tampered_or_forged_answer_is_not_used(tmp_path, monkeypatch, fresh_counts) -> None:
    Clock(monkeypatch)
    given_answers = Answers(monkeypatch)
    root = project(tmp_path / "p")
    monkeypatch.chdir(root)
    arguments = ["check", "cases/a", "--format", "json"]
    first = run(arguments)
    cache = Path(os.environ["CASECHECK_CACHE_DIR"])
    (entry,) = _answer_files(cache)
    data = entry.read_bytes()
    head, _, payload = data.partition(b"\n")
    assert head.startswith(SEAL)
    entry.write_bytes(head + b"\n" + payload.replace(b'"summary', b'"SUMMARY'))
    assert run(arguments) == first
    assert given_answers.given == 0
    document = json.loads(payload)
    document["value"]["stdout"], document["value"]["status"] = "all good\n", 0
    forged = json.dumps(document).encode("ascii")
    name = "/".join([entry.parent.parent.name, "answers", entry.name])
    entry.write_bytes(SEAL + _seal(b"k" * 32, name, forged) + b"\n" + forged)  # another key
    assert run(arguments) == first
    assert given_answers.given == 0


def test_a_symlinked_project_cache_is_refused_and_holds_no_answer(tmp_path, monkeypatch,
                                                                   fresh_counts) -> None:
    monkeypatch.delenv("CASECHECK_CACHE_DIR")
    Clock(monkeypatch)
    given_answers = Answers(monkeypatch)
    root = project(tmp_path / "p")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / ".casecheck_cache").symlink_to(elsewhere)
    monkeypatch.chdir(root)
    for _ in range(2):
        _, _, err = run(["check", "cases/a"])
        assert "cache not used" in err and "symbolic link" in err
    assert given_answers.given == 0
    assert list(elsewhere.iterdir()) == []


def test_no_secret_is_stored_in_clear(tmp_path, monkeypatch, fresh_counts) -> None:
    Clock(monkeypatch)
    given_answers = Answers(monkeypatch)
    root = project(tmp_path / "p")
    monkeypatch.chdir(root)
    first = run(["check", "cases/b", "--select", "T006"])
    assert first[0] == 1 and "T006" in first[1]
    assert run(["check", "cases/b", "--select", "T006"]) == first
    assert given_answers.given == 1
    cache = Path(os.environ["CASECHECK_CACHE_DIR"])
    assert _answer_files(cache)
    for path in cache.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_a_crashed_checker_is_never_answered(tmp_path, monkeypatch, fresh_counts) -> None:
    Clock(monkeypatch)
    given_answers = Answers(monkeypatch)
    root = project(tmp_path / "p")
    monkeypatch.chdir(root)

    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    real = runner.default_checkers()
    broken = engine.FunctionChecker("message.crash", frozenset({"T006"}), crash, frozenset())
    monkeypatch.setattr(runner, "default_checkers", lambda: (*real, broken))
    first = run(["check", "cases/a", "--format", "json"])
    assert "X001" in first[1]
    assert run(["check", "cases/a", "--format", "json"])[1] == first[1]
    assert given_answers.given == 0
    assert _answer_files(Path(os.environ["CASECHECK_CACHE_DIR"])) == []


def test_a_file_modified_just_before_the_run_keeps_the_answer_out(tmp_path, monkeypatch) -> None:
    Clock(monkeypatch)
    given_answers = Answers(monkeypatch)
    root = project(tmp_path / "p")  # written this instant: racily clean
    monkeypatch.chdir(root)
    run(["check", "cases/a"])
    run(["check", "cases/a"])
    assert given_answers.given == 0
    assert _answer_files(Path(os.environ["CASECHECK_CACHE_DIR"])) == []


def test_the_python_api_keeps_its_cache_and_gives_no_answer(tmp_path, monkeypatch,
                                                            fresh_counts) -> None:
    Clock(monkeypatch)
    root = project(tmp_path / "p")
    for path in [root, *root.rglob("*")]:  # the case cache's racily-clean rule, by mtime
        os.utime(path, (time.time() - 3600,) * 2)
    monkeypatch.chdir(root)
    first = check_paths(["cases/a"], cache=True)
    second = check_paths(["cases/a"], cache=True)
    assert first == second and second.cache_stats is not None
    assert second.cache_stats.case_hits == 1 and second.valid_until is None
    assert _answer_files(Path(os.environ["CASECHECK_CACHE_DIR"])) == []


def test_scan_reads_the_arguments_as_argparse_does() -> None:
    scanned = answers.scan(["check", "-j2", "--format=json", "a", "--cache-dir", "c", "-o", "x",
                            "--strict", "--", "-b"])
    assert scanned is not None
    assert (scanned.paths, scanned.format, scanned.cache_dir, scanned.output) == \
        (("a", "-b"), "json", "c", "x")
    assert answers.scan(["check", "--no-cache"]) is None
    assert answers.scan(["check", "--form", "json"]) is None  # an abbreviation
    assert answers.scan(["check", "--format"]) is None
    assert answers.scan(["rules"]) is None
    assert answers.scan(["check"]) == answers.Invocation(("check",), (".",))


# --- the answer path imports nothing heavy -----------------------------------------------------

HEAVY = ("pydantic", "PIL", "pypdf", "holidays", "casecheck.engine", "casecheck.runner")


def _fresh_checkout(target: Path) -> Path:
    """casecheck's source and packs as a fresh clone has them: no compiled file, no
    ``__pycache__``. Returns the folder to put on ``sys.path``."""
    shutil.copytree(REPO / "src" / "casecheck", target / "src" / "casecheck",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(REPO / "rules", target / "rules")
    return target / "src"


def _run_probed(root: Path, source: Path, probe: Path, entry: str) -> tuple[
        subprocess.CompletedProcess[str], int, list[str]]:
    """``casecheck check cases/a --format json`` from ``source``, the way ``entry`` starts
    it, with Python writing bytecode as it does by default: its output, exit status and the
    modules it loaded."""
    script = (
        "import json, runpy, sys\n"
        "sys.argv = ['casecheck', 'check', 'cases/a', '--format', 'json']\n"
        "try:\n"
        + ("    runpy.run_module('casecheck', run_name='__main__')\n"
           if entry.startswith("python") else
           "    from casecheck.cli import main\n    sys.exit(main())\n")
        + "except SystemExit as done:\n"
        f"    json.dump([done.code, sorted(sys.modules)], open({str(probe)!r}, 'w'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(source)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    run = subprocess.run([sys.executable, "-c", script], cwd=root, env=env,
                         capture_output=True, text=True, check=False)
    status, loaded = json.loads(probe.read_text())
    return run, status, loaded


@pytest.mark.parametrize("entry", ["python -m casecheck", "casecheck.cli.main"])
def test_the_answer_path_imports_no_heavy_library(tmp_path, entry: str) -> None:
    """From a fresh clone too: the first run's imports add a ``__pycache__`` to the package's
    folders, which changes their stat but not casecheck (CI failed on it once)."""
    source = _fresh_checkout(tmp_path / "clone")
    root = project(tmp_path / "p")
    for path in [root, *root.rglob("*"), *source.parent.rglob("*")]:
        os.utime(path, (time.time() - 3600,) * 2)
    time.sleep(2.1)  # the files' ctime (no one can set it back) must be two seconds old too
    probe = tmp_path / "probe.json"
    first, status_first, loaded_first = _run_probed(root, source, probe, entry)
    assert any(name.startswith("pydantic") for name in loaded_first)
    assert list(source.rglob("__pycache__"))
    second, status, loaded = _run_probed(root, source, probe, entry)
    assert (status, second.stdout, second.stderr) == (status_first, first.stdout, first.stderr)
    assert status == 1 and json.loads(second.stdout)["summary"]["cases"] == 1
    heavy = [name for name in loaded if name.split(".")[0] in HEAVY or name in HEAVY]
    assert heavy == []

    (source / "casecheck" / "checkers" / "added_by_a_developer.py").write_text("")
    third, _, loaded_third = _run_probed(root, source, probe, entry)
    assert third.stdout == first.stdout
    assert "casecheck.engine" in loaded_third, "a file added to the package is a change"


def test_validated_packs_are_kept_sealed_and_a_forged_entry_is_never_unpickled(
    tmp_path, monkeypatch,
) -> None:
    folder = CacheFolder(tmp_path / "cache", named=True)
    monkeypatch.setattr(packs_module, "_loaded", {})
    shipped = packs_module.load_packs(cache=folder)
    (entry,) = (tmp_path / "cache").rglob("*.pickle")
    validated: list[object] = []
    real = packs_module._validated

    def counting(directories: Any) -> Any:
        validated.append(directories)
        return real(directories)

    monkeypatch.setattr(packs_module, "_validated", counting)
    monkeypatch.setattr(packs_module, "_loaded", {})
    assert packs_module.load_packs(cache=folder) == shipped
    assert validated == []  # from the cache, unpickled
    forged = pickle.dumps(shipped.model_copy(update={"version": "forged"}))
    name = "/".join(entry.relative_to(tmp_path / "cache").parts)
    entry.write_bytes(SEAL + _seal(b"k" * 32, name, forged) + b"\n" + forged)
    monkeypatch.setattr(packs_module, "_loaded", {})
    assert packs_module.load_packs(cache=folder).version == shipped.version
    assert len(validated) == 1  # the forged entry failed its seal: validated again
    extra = tmp_path / "rules"
    (extra / "types").mkdir(parents=True)
    monkeypatch.setattr(packs_module, "_loaded", {})
    packs_module.load_packs([extra], cache=folder)
    assert len(validated) == 2  # other packs, another entry


def test_the_catalog_parse_is_kept_sealed_and_a_forged_entry_is_never_read(
    tmp_path, monkeypatch,
) -> None:
    folder = CacheFolder(tmp_path / "cache", named=True)
    files = {entry.name: entry.read_text(encoding="utf-8")
             for entry in catalog_module._shipped_files()}
    expected = {name: tomllib.loads(text) for name, text in files.items()}
    monkeypatch.setattr(catalog_module, "_tables", {})
    catalog_module.read_cached(folder)
    assert catalog_module._tables == expected
    (entry,) = (tmp_path / "cache").rglob("*.json")
    parsed: list[str] = []
    real = catalog_module._toml

    def counting(text: str, where: str) -> dict[str, Any]:
        parsed.append(where)
        return real(text, where)

    monkeypatch.setattr(catalog_module, "_toml", counting)
    monkeypatch.setattr(catalog_module, "_tables", {})
    catalog_module.read_cached(folder)
    assert parsed == []  # from the cache: no TOML parsed
    assert catalog_module._tables == expected
    forged_tables = {name: {} for name in files}
    forged = json.dumps(forged_tables).encode()
    name = "/".join(entry.relative_to(tmp_path / "cache").parts)
    entry.write_bytes(SEAL + _seal(b"k" * 32, name, forged) + b"\n" + forged)
    monkeypatch.setattr(catalog_module, "_tables", {})
    catalog_module.read_cached(folder)
    assert sorted(parsed) == sorted(f"catalog/{name}" for name in files)  # parsed again
    assert catalog_module._tables == expected


def test_holiday_dates_are_kept_and_holidays_is_not_imported_again(tmp_path,
                                                                   monkeypatch) -> None:
    folder = CacheFolder(tmp_path / "cache", named=True)
    monkeypatch.setattr(timing, "known_holidays", {})
    entries = HolidayEntries(folder)
    entries.load()
    thanksgiving = timing._holiday_date("US", "Thanksgiving Day", 2026)
    assert thanksgiving == dt.date(2026, 11, 26)
    entries.save()
    monkeypatch.setattr(timing, "known_holidays", {})
    HolidayEntries(folder).load()
    monkeypatch.setitem(sys.modules, "holidays", None)  # importing it now fails
    assert timing._holiday_date("US", "Thanksgiving Day", 2026) == thanksgiving
