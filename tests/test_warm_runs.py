"""Warm runs do no more than they must: no worker process when every folder is cached, and
the history rules' facts of the repository's manifests kept between runs, keyed by each
manifest's stat, sealed, and holding no ID in clear."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW, CaseMaker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casecheck import Config, check_paths, runner
from casecheck import repository as repository_module
from casecheck.cli import main
from casecheck.findings import RunReport

LONG_AGO = time.time() - 3600
"""Files written by a test are too fresh to be cached (cache.RACY_NS): they are aged."""
SHIPMENT = "FBA15C8KQ2ZP"


def age(top: Path) -> None:
    for path in [top, *top.rglob("*")]:
        os.utime(path, (LONG_AGO, LONG_AGO), follow_symlinks=False)


def reimbursement(shipment: str = SHIPMENT, **extra: Any) -> dict[str, Any]:
    return {"type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
            "ids": {"shipment_ids": [shipment]}, **extra}


def as_json(report: RunReport) -> str:
    return json.dumps(report.to_dict(version="0", rules_version="0"), ensure_ascii=False)


@pytest.fixture
def repo(make_case: CaseMaker, tmp_path: Path) -> Path:
    """A project of six cases; ``a`` and ``b`` are about one shipment, the rest each about
    their own."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    make_case(reimbursement(), name="repo/a")
    make_case(reimbursement(), name="repo/b")
    for n in range(4):
        make_case(reimbursement(f"FBA00000000{n}"), name=f"repo/other-{n}")
    age(root)
    return root


class Pools:
    """Counts the process pools the runner makes (wrapping the real one)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.made = 0
        real = runner.ProcessPoolExecutor

        def making(*args: Any, **kwargs: Any) -> Any:
            self.made += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(runner, "ProcessPoolExecutor", making)


def check(paths: list[Path], store: Path | bool, jobs: int = 1) -> RunReport:
    return check_paths(paths, config=Config(now=NOW), cache=store, jobs=jobs)


# --- no worker for a cached run ---------------------------------------------------------------

def test_a_warm_run_with_jobs_2_starts_no_worker(make_case, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(runner, "MIN_FOLDERS_PER_JOB", 2)
    folders = [make_case(reimbursement(f"FBA1{n:08d}"), name=f"cases/c{n:02d}",
                         files={"message.md": f"Shipment FBA1{n:08d} lost 12 units.\n"})
               for n in range(8)]
    age(tmp_path / "cases")
    pools = Pools(monkeypatch)
    store = tmp_path / "store"
    cold = check(folders, store, jobs=2)
    assert pools.made == 1 and cold.cache_stats is not None
    assert cold.cache_stats.workers_started == 2 and cold.cache_stats.case_stores == 8
    warm = check(folders, store, jobs=2)
    assert pools.made == 1, "a warm run started worker processes"
    assert warm.cache_stats is not None and warm.cache_stats.workers_started == 0
    assert warm.cache_stats.case_hits == 8 and warm.cache_stats.case_misses == 0
    assert as_json(warm) == as_json(cold) == as_json(check(folders, False, jobs=1))


def test_only_the_changed_folders_go_to_workers(make_case, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(runner, "MIN_FOLDERS_PER_JOB", 2)
    folders = [make_case(reimbursement(f"FBA1{n:08d}"), name=f"cases/c{n:02d}")
               for n in range(8)]
    age(tmp_path / "cases")
    store = tmp_path / "store"
    check(folders, store, jobs=2)
    for folder in folders[:4]:
        (folder / "message.md").write_text("Twelve units of the shipment were lost.\n")
        age(folder / "message.md")
    pools = Pools(monkeypatch)
    warm = check(folders, store, jobs=2)
    assert warm.cache_stats is not None
    assert (warm.cache_stats.case_hits, warm.cache_stats.case_misses) == (4, 4)
    assert pools.made == 1 and warm.cache_stats.workers_started == 2
    assert as_json(warm) == as_json(check(folders, False))


def test_cli_warm_run_with_jobs_starts_no_process(make_case, tmp_path, monkeypatch,
                                                  capsys) -> None:
    monkeypatch.setattr(runner, "MIN_FOLDERS_PER_JOB", 2)
    for n in range(6):
        make_case(reimbursement(f"FBA1{n:08d}"), name=f"cases/c{n}")
    age(tmp_path / "cases")
    command = ["check", str(tmp_path / "cases"), "--format", "json", "--jobs", "2",
               "--cache-dir", str(tmp_path / "store"), "--now", NOW.isoformat()]
    main(command)
    cold = capsys.readouterr().out
    pools = Pools(monkeypatch)
    main(command)
    assert pools.made == 0
    assert capsys.readouterr().out == cold


# --- the history index --------------------------------------------------------------------------

def test_the_index_is_reused_when_nothing_changed(repo: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = check([repo / "a"], store)
    assert first.cache_stats is not None
    assert (first.cache_stats.history_hits, first.cache_stats.history_misses) == (0, 5)
    again = check([repo / "a"], store)
    assert again.cache_stats is not None
    assert (again.cache_stats.history_hits, again.cache_stats.history_misses) == (5, 0)
    assert [f.code for f in again.cases[0].findings if f.code.startswith("H")] == ["H001"]
    assert as_json(again) == as_json(first) == as_json(check([repo / "a"], False))


def test_only_manifests_whose_stat_changed_are_parsed_again(repo: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    check([repo / "a"], store)
    for name in ("other-0", "other-1"):
        os.utime(repo / name / "case.toml", (LONG_AGO - 60, LONG_AGO - 60))
    again = check([repo / "a"], store)
    assert again.cache_stats is not None
    assert (again.cache_stats.history_hits, again.cache_stats.history_misses) == (3, 2)


def manifest_text(shipment: str, status: str = "draft") -> str:
    return ('type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
            f'status = "{status}"\n[ids]\nshipment_ids = ["{shipment}"]\n')


def test_a_changed_sibling_manifest_gives_the_right_h001(repo: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert "H001" in {f.code for f in check([repo / "a"], store).cases[0].findings}
    for name, shipment in (("b", "FBA999999999"), ("other-2", SHIPMENT)):
        (repo / name / "case.toml").write_text(manifest_text(shipment))
        age(repo / name / "case.toml")
    [case] = check([repo / "a"], store).cases
    [h001] = [f for f in case.findings if f.code == "H001"]
    assert [Path(o["path"]).name for o in h001.data["others"]] == ["other-2"]


def test_a_rewrite_with_size_and_mtime_put_back_is_seen(repo: Path, tmp_path: Path) -> None:
    """Only the ctime tells: an entry of the old ctime is not used."""
    store = tmp_path / "store"
    check([repo / "a"], store)
    sibling = repo / "b" / "case.toml"
    before = sibling.stat()
    sibling.write_text(sibling.read_text().replace(SHIPMENT, "FBA15C8KQ2ZQ"))
    os.utime(sibling, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert sibling.stat().st_size == before.st_size
    assert sibling.stat().st_mtime_ns == before.st_mtime_ns
    again = check([repo / "a"], store)
    assert again.cache_stats is not None and again.cache_stats.history_misses == 1
    assert "H001" not in {f.code for f in again.cases[0].findings}


def history_entries(store: Path) -> list[Path]:
    return sorted(store.rglob("history/*.json"))


def test_a_forged_index_entry_is_ignored(repo: Path, tmp_path: Path) -> None:
    """An entry changed without the user's key (here: b claims to be resolved, which would
    silence H001) fails its seal: every manifest is parsed again and H001 stays."""
    store = tmp_path / "store"
    check([repo / "a"], store)
    [entry] = history_entries(store)
    raw = entry.read_bytes()
    assert b'"draft"' in raw
    entry.write_bytes(raw.replace(b'"draft"', b'"resolved"'))
    again = check([repo / "a"], store)
    assert again.cache_stats is not None and again.cache_stats.history_misses == 5
    assert "H001" in {f.code for f in again.cases[0].findings}
    entry.write_bytes(raw.split(b"\n", 1)[1].replace(b'"draft"', b'"resolved"'))  # no seal
    unsealed = check([repo / "a"], store)
    assert unsealed.cache_stats is not None and unsealed.cache_stats.history_misses == 5
    assert "H001" in {f.code for f in unsealed.cases[0].findings}


def test_the_index_holds_no_id_in_clear(make_case, repo: Path, tmp_path: Path) -> None:
    secret_case = "1234567890123"
    make_case(reimbursement("FBA7SECRET77", status="submitted", case_id=secret_case,
                            submitted_at="2026-11-20T10:00:00+00:00",
                            ids={"shipment_ids": ["FBA7SECRET77"],
                                 "order_ids": ["111-2223334-4445556"]}),
              name="repo/submitted")
    age(repo)
    store = tmp_path / "store"
    check([repo / "a"], store)
    [entry] = history_entries(store)
    text = entry.read_text()
    for value in (SHIPMENT, "FBA7SECRET77", "111-2223334-4445556", "FBA000000001"):
        assert value not in text
    assert "submitted" in text  # the facts are there, keyed by folder


def test_jobs_2_parses_the_repository_once_in_this_process(repo, make_case, tmp_path,
                                                           monkeypatch) -> None:
    monkeypatch.setattr(runner, "MIN_FOLDERS_PER_JOB", 2)
    folders = sorted(p for p in repo.iterdir() if p.name != ".git")
    parses = tmp_path / "parses"
    parses.mkdir()
    real = repository_module.load_folder

    def counted(folder: Path, **kwargs: Any) -> Any:
        (parses / f"{os.getpid()}-{folder.name}").touch()
        return real(folder, **kwargs)

    monkeypatch.setattr(repository_module, "load_folder", counted)
    (repo / "lone").mkdir()
    (repo / "lone" / "case.toml").write_text(manifest_text("FBA424242424"))
    age(repo)
    report = check(folders, tmp_path / "store", jobs=2)
    assert report.cache_stats is not None and report.cache_stats.workers_started == 2
    pids = {path.name.split("-", 1)[0] for path in parses.iterdir()}
    assert pids == {str(os.getpid())}, "a worker parsed the repository's manifests again"
    assert {path.name.split("-", 1)[1] for path in parses.iterdir()} == {"lone"}
    assert as_json(report) == as_json(check(folders, False))


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["FBA15C8KQ2ZP", "fba15c8kq2zp", "FBA00000000X",
                                           "TBD"]),
                          st.sampled_from(["draft", "submitted", "resolved"]),
                          st.sampled_from([None, "12345678901", "98765432101"])),
                min_size=2, max_size=6))
def test_findings_are_those_of_a_run_without_cache(tmp_path_factory, cases) -> None:
    root = tmp_path_factory.mktemp("repo")
    (root / ".git").mkdir()
    for number, (shipment, status, case_id) in enumerate(cases):
        folder = root / f"case-{number}"
        folder.mkdir()
        text = manifest_text(shipment, status)
        if case_id is not None:
            text = text.replace("[ids]", f'case_id = "{case_id}"\nprior_cases = ["12345678901"]'
                                f'\nsubmitted_at = 2026-11-0{number + 1}T10:00:00Z\n[ids]')
        (folder / "case.toml").write_text(text)
    age(root)
    store = root.parent / f"{root.name}-store"
    one = [root / "case-0"]
    plain = as_json(check(one, False))
    assert as_json(check(one, store)) == plain
    assert as_json(check(one, store)) == plain
    everything = sorted(p for p in root.iterdir() if p.name != ".git")
    assert as_json(check(everything, store)) == as_json(check(everything, False))


def test_cases_with_load_findings_go_to_workers_loaded(make_case, tmp_path, monkeypatch) -> None:
    """The manifests read in this process travel to the workers with their M findings."""
    monkeypatch.setattr(runner, "MIN_FOLDERS_PER_JOB", 2)
    folders = [make_case("type = 'fba-reimbursement'\nmarketplace = [" if n % 2 else
                         reimbursement(f"FBA1{n:08d}"), name=f"cases/c{n}") for n in range(8)]
    pools = Pools(monkeypatch)
    parallel = check(folders, False, jobs=2)
    assert pools.made == 1
    assert "M002" in {f.code for case in parallel.cases for f in case.findings}
    assert as_json(parallel) == as_json(check(folders, False, jobs=1))


def test_a_sibling_folder_named_in_no_encoding_is_indexed(repo: Path, tmp_path: Path) -> None:
    """A stranger's Latin-1 folder name reaches the index as lone surrogates: it is kept and
    reused like any other, and still found as a duplicate."""
    folder = repo / os.fsdecode(b"caf\xe9")
    try:
        folder.mkdir()
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    (folder / "case.toml").write_text(manifest_text(SHIPMENT))
    age(repo)
    store = tmp_path / "store"
    first = check([repo / "a"], store)
    again = check([repo / "a"], store)
    assert again.cache_stats is not None
    assert (again.cache_stats.history_hits, again.cache_stats.history_misses) == (6, 0)
    [h001] = [f for f in again.cases[0].findings if f.code == "H001"]
    assert h001.data["count"] == 2
    assert as_json(again) == as_json(first)


@given(st.integers(0, 600), st.integers(2, 8))
def test_the_chunks_cover_every_folder_in_order_and_shrink_to_one(count: int,
                                                                 workers: int) -> None:
    """The workers take chunks that shrink as the work runs out: the last hold one folder
    each, so that at the end no worker waits for another's long chunk."""
    folders = [Path(f"case-{number}") for number in range(count)]
    chunks = runner.chunked(folders, workers)
    assert [folder for chunk in chunks for folder in chunk] == folders
    sizes = [len(chunk) for chunk in chunks]
    assert all(size >= 1 for size in sizes)
    assert sizes == sorted(sizes, reverse=True)
    if count:
        assert sizes[-1] == 1
        assert sizes[0] <= -(-count // (workers * runner.CHUNKS_PER_JOB))
