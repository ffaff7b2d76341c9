"""The incremental cache, --jobs and the progress bar: what a change invalidates, and that the
output never depends on whether the cache, or a worker process, produced it."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import pickle
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, CaseMaker
from made_files import pdf_bytes

from casecheck import Config, Context, check_paths, checker, default_checkers, runner
from casecheck import cache as cache_module
from casecheck.cache import covers
from casecheck.cli import main
from casecheck.files import project_root
from casecheck.findings import Finding, RunReport
from casecheck.loader import LoadedCase
from casecheck.progress import ProgressBar, wanted
from casecheck.sealed import CacheFolder

LONG_AGO = time.time() - 3600
"""Files written by a test are seconds old, too fresh to be cached (see cache.RACY_NS)."""

calls: Counter[str] = Counter()


@checker("I001")
def counted_ids(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """A cacheable checker that counts its runs and reports what it saw."""
    calls["ids"] += 1
    assert case.model is not None
    for index, value in enumerate(case.model.ids.order_ids):
        yield ctx.finding("I001", location=case.field_location(f"ids.order_ids[{index}]"),
                          data={"value": value})


@checker("I006", reads={"clock"})
def counted_clock(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """A time-dependent checker (as the D rules are): its finding carries the reference time."""
    calls["clock"] += 1
    yield ctx.finding("I006", data={"value": ctx.now.isoformat()})


@checker("I002")
def crashing(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    calls["crash"] += 1
    raise RuntimeError("boom")


COUNTED = (counted_ids, counted_clock)


def age(*paths: Path) -> None:
    """Make every file under ``paths`` an hour old, as in a repository checked out earlier."""
    for top in paths:
        for path in [top, *top.rglob("*")] if top.is_dir() else [top]:
            os.utime(path, (LONG_AGO, LONG_AGO))


def manifest(order_id: str = "123-1234567-1234567", **extra: object) -> dict[str, object]:
    return {
        "type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
        "ids": {"shipment_ids": ["FBA15C8KQ2ZP"], "order_ids": [order_id]},
        "attachments": [{"path": "attachments/pod.pdf", "kind": "carrier-proof"}],
        **extra,
    }


@pytest.fixture
def cases(make_case: CaseMaker, tmp_path: Path) -> list[Path]:
    folders = [
        make_case(manifest(order_id), name=f"cases/case-{n}", files={
            "message.md": f"Shipment FBA15C8KQ2ZP, order {order_id}.\n",
            "attachments/pod.pdf": f"%PDF-1.4 proof {n}\n%%EOF\n".encode(),
        })
        for n, order_id in enumerate(["123-1234567-1234567", "12-34", "113-4839201-1234567"])
    ]
    age(tmp_path / "cases")
    return folders


def run(paths: list[Path], cache_dir: Path | None, **options: object) -> RunReport:
    calls.clear()
    config = Config(now=NOW, **options)  # type: ignore[arg-type]
    return check_paths(paths, config=config, checkers=COUNTED, cache=cache_dir or False)


def as_json(report: RunReport) -> str:
    return json.dumps(report.to_dict(version="0", rules_version="0"), ensure_ascii=False)


def test_second_run_reuses_cacheable_findings_and_reruns_timing_rules(cases, tmp_path) -> None:
    store = tmp_path / "store"
    cold = run(cases, store)
    assert calls == {"ids": 3, "clock": 3}
    assert cold.cache_stats is not None
    assert (cold.cache_stats.case_misses, cold.cache_stats.case_stores) == (3, 3)
    warm = run(cases, store)
    assert calls == {"clock": 3}
    assert warm.cache_stats is not None
    assert (warm.cache_stats.case_hits, warm.cache_stats.case_misses) == (3, 0)
    uncached = run(cases, None)
    assert uncached.cache_stats is None
    assert as_json(warm) == as_json(cold) == as_json(uncached)
    assert sorted(f.code for f in warm.cases[1].findings) == ["I001", "I006"]


def test_timing_rules_see_the_new_reference_time_on_a_cache_hit(cases, tmp_path) -> None:
    store = tmp_path / "store"
    run(cases, store)
    later = NOW.replace(hour=15)
    config = Config(now=later)
    report = check_paths(cases, config=config, checkers=COUNTED, cache=store)
    assert report.cache_stats is not None and report.cache_stats.case_hits == 3
    (clock,) = [f for f in report.cases[0].findings if f.code == "I006"]
    assert clock.data["value"] == later.isoformat()


@pytest.mark.parametrize("change", ["attachment", "manifest", "message", "new file"])
def test_a_change_invalidates_only_its_own_case(cases, tmp_path, change) -> None:
    store = tmp_path / "store"
    run(cases, store)
    changed = cases[1]
    if change == "attachment":
        (changed / "attachments/pod.pdf").write_bytes(b"%PDF-1.4 another proof\n%%EOF\n")
    elif change == "manifest":
        text = (changed / "case.toml").read_text().replace("12-34", "111-2222222-3333333")
        (changed / "case.toml").write_text(text)
    elif change == "message":
        (changed / "message.md").write_text("Shipment FBA15C8KQ2ZP; see the attached proof.\n")
    else:
        (changed / "attachments/unlisted.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    age(changed)
    report = run(cases, store)
    assert report.cache_stats is not None
    assert (report.cache_stats.case_hits, report.cache_stats.case_misses) == (2, 1)
    assert calls == {"ids": 1, "clock": 3}
    assert as_json(report) == as_json(run(cases, None))


def test_a_same_size_rewrite_with_a_new_mtime_invalidates(cases, tmp_path) -> None:
    store = tmp_path / "store"
    run(cases, store)
    pod = cases[0] / "attachments/pod.pdf"
    pod.write_bytes(pod.read_bytes().replace(b"proof", b"PROOF"))
    os.utime(pod, (LONG_AGO + 60, LONG_AGO + 60))
    report = run(cases, store)
    assert report.cache_stats is not None and report.cache_stats.case_misses == 1


def test_a_freshly_written_case_is_not_stored(make_case, tmp_path) -> None:
    """git's racily-clean rule: a file may change again within its mtime tick."""
    folder = make_case(manifest())
    report = run([folder], tmp_path / "store")
    assert report.cache_stats is not None
    assert (report.cache_stats.case_misses, report.cache_stats.case_stores) == (1, 0)


def write_pack(directory: Path, ids: str) -> None:
    (directory / "types").mkdir(parents=True, exist_ok=True)
    (directory / "types/fba-reimbursement.toml").write_text(
        f'[[required_ids]]\nids = "{ids}"\nsource = "our own rule"\nchecked = 2026-11-01\n'
    )


def required(report: RunReport) -> set[str]:
    return {f.data["ids"] for case in report.cases for f in case.findings if f.code == "I008"}


def test_a_changed_rule_pack_invalidates_every_case(cases, tmp_path) -> None:
    store, rules = tmp_path / "store", tmp_path / "rules"
    write_pack(rules, "fnskus")
    config = Config(now=NOW, rules_dirs=(rules,))
    first = check_paths(cases, config=config, cache=store)
    assert required(first) == {"fnskus"}
    again = check_paths(cases, config=config, cache=store)
    assert again.cache_stats is not None and again.cache_stats.case_hits == 3
    write_pack(rules, "asins")
    changed = check_paths(cases, config=config, cache=store)
    assert changed.cache_stats is not None
    assert (changed.cache_stats.case_hits, changed.cache_stats.case_misses) == (0, 3)
    assert required(changed) == {"asins"}


@pytest.mark.parametrize("options", [{"lang": "zh-CN"}, {"select": ("I",)}, {"template": True},
                                     {"ignore": ("I001",)}, {"ocr": False}])
def test_config_that_changes_findings_is_part_of_the_key(cases, tmp_path, options) -> None:
    store = tmp_path / "store"
    run(cases, store)
    report = run(cases, store, **options)
    assert report.cache_stats is not None and report.cache_stats.case_hits == 0
    assert as_json(report) == as_json(run(cases, None, **options))


def test_strictness_and_severities_reuse_the_cache(cases, tmp_path) -> None:
    """They are applied to the findings after the checkers ran."""
    from casecheck.findings import Severity

    store = tmp_path / "store"
    run(cases, store)
    report = run(cases, store, strict=True, severity={"I001": Severity.WARNING})
    assert report.cache_stats is not None and report.cache_stats.case_hits == 3
    assert as_json(report) == as_json(run(cases, None, strict=True,
                                          severity={"I001": Severity.WARNING}))


def entries(store: Path) -> list[Path]:
    return sorted(store.rglob("cases/*.json"))


def opened(entry: Path) -> Any:
    """An entry's document, past its seal line."""
    return json.loads(entry.read_text(encoding="utf-8").partition("\n")[2])


def reseal(store: Path, entry: Path, document: object) -> None:
    """Write ``document`` to ``entry`` sealed with this user's key, as casecheck would: what
    is then tested is what lies behind the seal."""
    assert CacheFolder(store, named=True).write_json(entry.relative_to(store).parts, document)


@pytest.mark.parametrize("damage", [
    b"{not json", b"", b"[]", b'{"casecheck": "0.0.1", "key": "x", "value": []}',
    b'{"casecheck": "0.1.0", "value": [{"code": "I001"}]}', b"\xff\xfe",
])
def test_a_corrupt_or_foreign_entry_is_a_miss_and_is_rewritten(cases, tmp_path, damage) -> None:
    store = tmp_path / "store"
    clean = as_json(run(cases, store))
    for entry in entries(store):
        entry.write_bytes(damage)
    report = run(cases, store)
    assert report.cache_stats is not None
    assert (report.cache_stats.case_misses, report.cache_stats.case_stores) == (3, 3)
    assert as_json(report) == clean
    assert run(cases, store).cache_stats.case_hits == 3  # type: ignore[union-attr]


def test_a_well_keyed_entry_with_broken_findings_is_a_miss(cases, tmp_path) -> None:
    from casecheck import __version__

    store = tmp_path / "store"
    clean = as_json(run(cases, store))
    for entry in entries(store):
        key = entry.stem
        reseal(store, entry, {"casecheck": __version__, "key": key, "value": [{"code": "I001"}]})
    report = run(cases, store)
    assert report.cache_stats is not None and report.cache_stats.case_misses == 3
    assert as_json(report) == clean


def test_a_crashing_checker_is_never_stored(cases, tmp_path) -> None:
    store = tmp_path / "store"
    config = Config(now=NOW)
    first = check_paths(cases, config=config, checkers=(crashing,), cache=store)
    assert "X001" in first.cases[0].codes
    assert first.cache_stats is not None and first.cache_stats.case_stores == 0
    calls.clear()
    check_paths(cases, config=config, checkers=(crashing,), cache=store)
    assert calls["crash"] == 3


def test_a_checker_is_cached_by_what_it_declares_it_reads() -> None:
    assert covers(counted_ids)
    assert not covers(counted_clock)
    assert covers(checker("I001", reads={"ocr"})(counted_ids.function))
    assert not covers(checker("I001", reads={"repository"})(counted_ids.function))
    assert not covers(checker("D001", reads={"network"})(counted_ids.function))
    with pytest.raises(ValueError, match="unknown reads"):
        checker("I001", reads={"weather"})

    class Plugin:
        name = "plugin"
        codes = frozenset({"I001"})

        def check(self, case: LoadedCase, ctx: Context) -> list[Finding]:
            return []

    assert not covers(Plugin())
    clock_or_history = [unit.name for unit in default_checkers()
                        if any(code[0] in "DH" for code in unit.codes)]
    assert clock_or_history and not any(
        covers(unit) for unit in default_checkers() if unit.name in clock_or_history
    )


@checker("I006")
def undeclared_clock(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """Reads the clock but says it reads nothing: a mistake the engine must catch."""
    calls["undeclared"] += 1
    yield ctx.finding("I006", data={"value": ctx.now.isoformat()})


@pytest.mark.parametrize("unit", [counted_clock, undeclared_clock], ids=["declared", "undeclared"])
def test_a_clock_reader_outside_the_timing_family_always_runs(cases, tmp_path, unit) -> None:
    store = tmp_path / "store"
    later = NOW + dt.timedelta(days=3)
    first = check_paths(cases, config=Config(now=NOW), checkers=(unit,), cache=store)
    calls.clear()
    second = check_paths(cases, config=Config(now=later), checkers=(unit,), cache=store)
    assert calls["clock" if unit is counted_clock else "undeclared"] == len(cases)
    seen = {f.data["value"] for case in second.cases for f in case.findings if f.code == "I006"}
    assert seen == {later.isoformat()}
    assert first.cache_stats is not None
    if unit is undeclared_clock:  # its findings would be wrong on a hit: the case is not stored
        assert first.cache_stats.case_stores == 0


# --- attachment inspections ------------------------------------------------------------------

def png(seed: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (16, 8), bytes((seed + i) % 256 for i in range(16 * 8 * 3))).save(
        out, "PNG")
    return out.getvalue()


@pytest.fixture
def evidence(make_case: CaseMaker, tmp_path: Path) -> Path:
    folder = make_case({
        **manifest(), "attachments": [
            {"path": "attachments/pod.pdf", "kind": "carrier-proof"},
            {"path": "attachments/label.png", "kind": "box-label"},
            {"path": "attachments/summary.png", "kind": "shipment-summary"},
        ]}, name="evidence", files={
        "attachments/pod.pdf": pdf_bytes(), "attachments/label.png": png(1),
        "attachments/summary.png": png(2),
    })
    age(folder)
    return folder


def attachment_run(folder: Path, store: Path) -> RunReport:
    from casecheck.attachments import clear_memo

    clear_memo()  # the per-process memo would answer before the cache is asked
    return check_paths([folder], config=Config(now=NOW), cache=store)


def test_an_edited_manifest_reuses_every_attachment_inspection(evidence, tmp_path) -> None:
    store = tmp_path / "store"
    cold = attachment_run(evidence, store)
    assert cold.cache_stats is not None
    assert (cold.cache_stats.attachment_hits, cold.cache_stats.attachment_misses) == (0, 3)
    manifest_file = evidence / "case.toml"
    manifest_file.write_text(manifest_file.read_text().replace("US", "CA", 1))
    age(manifest_file)  # only it: utime changes a file's ctime, part of its identity
    edited = attachment_run(evidence, store)
    assert edited.cache_stats is not None
    assert edited.cache_stats.case_misses == 1
    assert (edited.cache_stats.attachment_hits, edited.cache_stats.attachment_misses) == (3, 0)


def test_a_changed_attachment_is_the_only_one_inspected_again(evidence, tmp_path) -> None:
    store = tmp_path / "store"
    cold = attachment_run(evidence, store)
    (evidence / "attachments/label.png").write_bytes(png(3)[:-20])  # and truncated: A007
    age(evidence / "attachments/label.png")
    changed = attachment_run(evidence, store)
    assert changed.cache_stats is not None
    assert (changed.cache_stats.attachment_hits, changed.cache_stats.attachment_misses) == (2, 1)
    assert "A007" in changed.cases[0].codes and "A007" not in cold.cases[0].codes
    assert as_json(changed) == as_json(check_paths([evidence], config=Config(now=NOW)))


@pytest.mark.parametrize("damage", ["garbage", "bad facts"])
def test_a_corrupt_attachment_entry_is_inspected_again(evidence, tmp_path, damage) -> None:
    from casecheck import __version__

    store = tmp_path / "store"
    clean = as_json(attachment_run(evidence, store))
    (entry,) = store.rglob("files/*.json")
    if damage == "garbage":
        entry.write_bytes(b"\x00{")
    else:
        document = opened(entry)
        assert document["casecheck"] == __version__ and len(document["value"]) == 3
        for value in document["value"].values():
            value["facts"] = {"state": "file", "bogus": 1}
        reseal(store, entry, document)
    for case_entry in entries(store):
        case_entry.unlink()
    again = attachment_run(evidence, store)
    assert again.cache_stats is not None and again.cache_stats.attachment_misses == 3
    assert as_json(again) == clean
    for case_entry in entries(store):
        case_entry.unlink()
    rewritten = attachment_run(evidence, store)
    assert rewritten.cache_stats is not None and rewritten.cache_stats.attachment_hits == 3


def test_the_folder_entry_forgets_replaced_and_deleted_files(evidence, tmp_path) -> None:
    store = tmp_path / "store"
    attachment_run(evidence, store)
    (evidence / "attachments/label.png").write_bytes(png(4))
    (evidence / "attachments/summary.png").unlink()
    age(evidence / "attachments/label.png")
    attachment_run(evidence, store)
    (entry,) = store.rglob("files/*.json")
    assert len(opened(entry)["value"]) == 2  # pod.pdf reused, label.png anew; summary.png gone
    for name in ("label.png", "pod.pdf", "summary.png", "attachments"):
        assert name not in entry.read_text(encoding="utf-8")  # keyed by digests, not names


# --- where the cache lives -----------------------------------------------------------------

def cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(args), out=out)
    return status, out.getvalue()


def test_cli_output_is_byte_identical_with_and_without_cache(cases, tmp_path) -> None:
    store = str(tmp_path / "store")
    plain = cli("check", *map(str, cases), "--format", "json", "--no-cache", "--now",
                NOW.isoformat())
    cold = cli("check", *map(str, cases), "--format", "json", "--cache-dir", store, "--now",
               NOW.isoformat())
    warm = cli("check", *map(str, cases), "--format", "json", "--cache-dir", store, "--now",
               NOW.isoformat())
    assert entries(Path(store))
    assert plain == cold == warm
    assert plain[0] == 1


def test_the_cache_lives_at_the_project_root_never_in_a_case(cases, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("CASECHECK_CACHE_DIR")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'cases'\n")
    status, _ = cli("check", str(tmp_path / "cases"), "--format", "json")
    assert status == 1
    assert entries(tmp_path / ".casecheck_cache")
    assert (tmp_path / ".casecheck_cache/.gitignore").read_text().endswith("*\n")
    for folder in cases:
        assert not list(folder.rglob(".casecheck_cache"))
        assert not list(folder.rglob("*.json"))


def test_a_project_marker_inside_a_case_folder_is_not_used(make_case, tmp_path, monkeypatch):
    monkeypatch.delenv("CASECHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = make_case(manifest(), files={".git/HEAD": "ref: refs/heads/main\n"})
    assert cache_module.cache_dir_for([folder]) == tmp_path / "xdg" / "casecheck"
    assert cache_module.cache_dir_for([folder / "case.toml"]) == tmp_path / "xdg" / "casecheck"


def test_without_a_project_the_user_cache_dir_is_used(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("CASECHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    lonely = tmp_path / "a" / "b"
    lonely.mkdir(parents=True)
    if project_root([lonely]) is None:
        assert cache_module.cache_dir_for([lonely]) == tmp_path / "xdg" / "casecheck"
    (tmp_path / "a" / "casecheck.toml").write_text("")
    assert cache_module.cache_dir_for([lonely]) == tmp_path / "a" / ".casecheck_cache"


def test_clean_removes_the_cache_and_nothing_else(cases, tmp_path) -> None:
    store = tmp_path / "store"
    run(cases, store)
    assert cli("clean", "--cache-dir", str(store)) == (0, f"removed {store}\n")
    assert not store.exists()
    assert cli("clean", "--cache-dir", str(store)) == (0, f"no cache at {store}\n")
    stranger = tmp_path / "cases"
    assert cli("clean", "--cache-dir", str(stranger))[0] == 2
    assert all(folder.exists() for folder in cases)


def test_two_runs_at_once_leave_a_sound_cache(cases, tmp_path) -> None:
    import subprocess
    import sys

    from conftest import REPO

    store = tmp_path / "store"
    command = [sys.executable, "-m", "casecheck", "check", *map(str, cases), "--format", "json",
               "--cache-dir", str(store), "--now", NOW.isoformat(), "--lang", "en"]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate()[0] for run in runs]
    assert outputs[0] == outputs[1] and outputs[0]
    for entry in store.rglob("*.json"):
        opened(entry)
    assert not list(store.rglob(".tmp-*"))
    rerun = check_paths(cases, config=Config(now=NOW), cache=store)
    assert rerun.cache_stats is not None and rerun.cache_stats.case_hits == 3


def test_an_unwritable_cache_is_no_error(cases, tmp_path) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("")
    report = run(cases, blocked)
    assert report.cache_stats is None
    assert report.notices == (f"cache not used: {blocked} is not a folder; name a cache with "
                              "--cache-dir",)
    assert as_json(report) == as_json(run(cases, None))
    assert blocked.read_text() == ""


# --- parallel checking ----------------------------------------------------------------------

@checker("I001")
def pid_recorder(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """Leaves the id of the process that checked the case, outside the case folder."""
    assert case.root is not None
    (case.root.parent.parent / "pids" / case.root.name).write_text(str(os.getpid()))
    return iter(())


def test_jobs_2_gives_the_output_of_jobs_1(make_case, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(runner, "MIN_FOLDERS_PER_JOB", 2)
    folders = [make_case(manifest(order_id=f"{n}-1234567-1234567"), name=f"cases/c{n:02d}")
               for n in range(12)]
    (tmp_path / "pids").mkdir()
    config = Config(now=NOW)
    units = (*default_checkers(), pid_recorder)
    serial = check_paths(folders, config=config, checkers=units, jobs=1)
    assert {int(p.read_text()) for p in (tmp_path / "pids").iterdir()} == {os.getpid()}
    parallel = check_paths(folders, config=config, checkers=units, jobs=2)
    workers = {int(p.read_text()) for p in (tmp_path / "pids").iterdir()}
    assert len(workers) == 2 and os.getpid() not in workers
    assert as_json(parallel) == as_json(serial)
    assert [c.path for c in parallel.cases] == sorted(c.path for c in parallel.cases)


def test_jobs_share_one_cache(make_case, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(runner, "MIN_FOLDERS_PER_JOB", 2)
    folders = [make_case(manifest(), name=f"cases/c{n:02d}") for n in range(8)]
    age(tmp_path / "cases")
    store = tmp_path / "store"
    cold = check_paths(folders, config=Config(now=NOW), cache=store, jobs=2)
    assert cold.cache_stats is not None and cold.cache_stats.case_stores == 8
    warm = check_paths(folders, config=Config(now=NOW), cache=store, jobs=2)
    assert warm.cache_stats is not None and warm.cache_stats.case_hits == 8
    assert as_json(warm) == as_json(cold)


def test_cli_jobs_output_is_identical(make_case, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(runner, "MIN_FOLDERS_PER_JOB", 2)
    for n in range(6):
        make_case(manifest(order_id=f"{n}"), name=f"cases/c{n}")
    pinned = ("--format", "json", "--no-cache", "--now", NOW.isoformat())
    one = cli("check", str(tmp_path / "cases"), *pinned, "--jobs", "1")
    two = cli("check", str(tmp_path / "cases"), *pinned, "--jobs", "2")
    assert one == two and one[0] == 1
    assert '"code": "H001"' in two[1], "workers compare each case with the whole repository"
    assert cli("check", str(tmp_path / "cases"), "--jobs", "0")[0] == 2


def test_few_folders_are_not_worth_a_process() -> None:
    assert runner.effective_jobs(8, 3) == 1
    assert runner.effective_jobs(2, 10 * runner.MIN_FOLDERS_PER_JOB) == 2
    assert runner.effective_jobs(None, 10_000) == (os.cpu_count() or 1)


def test_config_pickles_for_worker_processes() -> None:
    from casecheck.findings import Severity

    config = Config(select=("I",), ignore=("I007",), rules_dirs=(Path("rules"),), now=NOW,
                    severity={"I009": Severity.ERROR})
    assert pickle.loads(pickle.dumps(config)) == config


# --- progress -------------------------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_for_text_outside_ci(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert wanted(Terminal(), "text")
    assert not wanted(io.StringIO(), "text")
    assert not wanted(Terminal(), "json")
    monkeypatch.setenv("CI", "true")
    assert not wanted(Terminal(), "text")


def test_progress_bar_draws_for_many_folders_and_erases_itself() -> None:
    few, many = Terminal(), Terminal()
    bar = ProgressBar(few)
    bar(1, 3)
    bar.close()
    assert few.getvalue() == ""
    bar = ProgressBar(many)
    for done in range(1, 101):
        bar(done, 100)
    assert "100/100 case folders" in many.getvalue()
    bar.close()
    assert many.getvalue().endswith("\r\033[K")
