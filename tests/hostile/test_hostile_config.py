"""A configuration file in a stranger's case folder governs that case at most, and only where
the repository's configuration allows it; it never switches rules off for another case.

The repository below holds two cases with the same bad order ID (I001, an error) and no
subject (T008, a warning). The repository's ``casecheck.toml`` says ``strict = true``."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from hostile_support import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casecheck import Config, ConfigFiles, check_paths
from casecheck.cli import main

CASE = ('type = "technical-issue"\nmarketplace = "US"\n'
        'submit_at = 2026-11-24T10:00:00-05:00\n[ids]\norder_ids = ["12"]\n')
EVERY_FAMILY = 'ignore = ["A", "D", "H", "I", "M", "R", "T", "X"]\n'


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "casecheck.toml").write_text("strict = true\n")
    for name in ("aaa-stranger", "zzz-ours"):
        folder = tmp_path / "cases" / name
        folder.mkdir(parents=True)
        (folder / "case.toml").write_text(CASE)
        (folder / "message.md").write_text("Order 12 shows an error on the inventory page.\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def check(*paths: str, config: list[str] | None = None) -> tuple[int, dict[str, list[str]]]:
    """``casecheck check`` in this process: exit status and the codes per case."""
    out = io.StringIO()
    status = main(["check", "--format", "json", "--now", NOW.isoformat(), "--no-cache",
                   *(config or []), *paths], out)
    document = json.loads(out.getvalue())
    return status, {case["path"]: sorted(f["code"] for f in case["findings"])
                    for case in document["cases"]}


def stranger_config(repo: Path, text: str, name: str = "casecheck.toml") -> Path:
    path = repo / "cases" / "aaa-stranger" / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("order", [("aaa-stranger", "zzz-ours"), ("zzz-ours", "aaa-stranger")])
def test_a_case_folders_config_silences_nothing_as_pre_commit_passes_files(repo, order) -> None:
    """The attack as found: pre-commit passes the manifests; the stranger's sorts first."""
    stranger_config(repo, EVERY_FAMILY + "strict = false\n")
    status, codes = check(*(f"cases/{name}/case.toml" for name in order))
    assert status == 1
    assert "I001" in codes["cases/zzz-ours"] and "T008" in codes["cases/zzz-ours"]
    assert "I001" in codes["cases/aaa-stranger"]
    assert "M008" in codes["cases/aaa-stranger"] and "M008" not in codes["cases/zzz-ours"]


def test_the_repositorys_strictness_holds_for_the_stranger_too(repo: Path) -> None:
    for name in ("aaa-stranger", "zzz-ours"):
        case = repo / "cases" / name / "case.toml"
        case.write_text(CASE.replace('"12"', '"113-4839201-1234567"'))
    stranger_config(repo, "strict = false\n")
    status, codes = check("cases")
    assert status == 1  # T008 is a warning, and both cases are strict
    assert codes["cases/aaa-stranger"] == sorted([*codes["cases/zzz-ours"], "M008"])


def test_the_unused_file_is_named_in_both_languages(repo: Path, capsys) -> None:
    stranger_config(repo, EVERY_FAMILY)
    main(["check", "--no-cache", "--now", NOW.isoformat(), "--select", "M", "cases"])
    text = capsys.readouterr().out
    assert "cases/aaa-stranger/casecheck.toml: M008 [warning]" in text
    assert "allow-case-config = true" in text
    main(["check", "--no-cache", "--now", NOW.isoformat(), "--select", "M", "--lang", "zh-CN",
          "cases"])
    assert "没有被使用" in capsys.readouterr().out


def test_a_broken_file_in_a_case_folder_does_not_stop_the_run(repo: Path) -> None:
    stranger_config(repo, "ignore = [\n")
    stranger_config(repo, "[tool.casecheck\n", name="pyproject.toml")
    status, codes = check("cases")
    assert status == 1 and "M008" in codes["cases/aaa-stranger"]


def test_a_pyproject_without_a_casecheck_table_is_no_configuration(repo: Path) -> None:
    stranger_config(repo, '[project]\nname = "x"\n', name="pyproject.toml")
    assert "M008" not in check("cases")[1]["cases/aaa-stranger"]


def test_allowed_a_case_folders_file_governs_that_case_alone(repo: Path) -> None:
    (repo / "casecheck.toml").write_text("strict = true\nallow-case-config = true\n")
    stranger_config(repo, EVERY_FAMILY)
    status, codes = check("cases/aaa-stranger/case.toml", "cases/zzz-ours/case.toml")
    assert codes["cases/aaa-stranger"] == []
    assert "I001" in codes["cases/zzz-ours"] and status == 1


def test_allowed_a_case_folders_file_adds_to_the_repositorys(repo: Path) -> None:
    (repo / "casecheck.toml").write_text(
        'allow-case-config = true\nignore = ["R"]\n[per-path-ignores]\n"cases/zzz-*" = ["I001"]\n')
    stranger_config(repo, 'extend-select = ["D"]\n[per-path-ignores]\n"message.md" = ["T"]\n'
                          '"case.toml" = ["I001"]\n')
    codes = check("cases")[1]
    assert "I001" not in codes["cases/zzz-ours"]  # the repository's glob, from its own folder
    assert "I001" not in codes["cases/aaa-stranger"]  # the case's glob, from the case folder
    assert not any(code.startswith("R") for found in codes.values() for code in found)


@pytest.mark.parametrize("key", ["jobs = 2", 'cache-dir = "/tmp"', "allow-case-config = true"])
def test_a_case_folders_file_may_not_set_what_belongs_to_the_repository(repo, capsys, key) -> None:
    (repo / "casecheck.toml").write_text("allow-case-config = true\n")
    stranger_config(repo, key + "\n")
    assert main(["check", "--no-cache", "cases"]) == 2
    err = capsys.readouterr().err
    assert "aaa-stranger/casecheck.toml: key" in err and "only the repository's may" in err
    assert err.count("\n") == 1


def test_a_pinned_file_governs_every_case_and_no_case_file_is_read(repo: Path) -> None:
    (repo / "ci.toml").write_text('ignore = ["T"]\n')
    stranger_config(repo, "ignore = [\n")  # broken: it would be an error if it were read
    status, codes = check("cases", config=["--config", "ci.toml"])
    assert status == 1
    for found in codes.values():
        assert "I001" in found and not any(code.startswith("T") for code in found)
        assert "M008" not in found


def test_a_folder_of_cases_may_have_its_own_file(repo: Path) -> None:
    """A file between the repository root and the cases is the repository's, not a case's."""
    team = repo / "cases" / "team"
    (team / "ours").mkdir(parents=True)
    (team / "ours" / "case.toml").write_text(CASE)
    (team / "casecheck.toml").write_text('ignore = ["I001"]\n')
    codes = check("cases")[1]
    assert "I001" not in codes["cases/team/ours"] and "M008" not in codes["cases/team/ours"]
    assert "I001" in codes["cases/zzz-ours"]


def test_the_library_gives_each_case_its_configuration(repo: Path) -> None:
    (repo / "casecheck.toml").write_text("strict = true\nallow-case-config = true\n")
    stranger_config(repo, EVERY_FAMILY + "strict = false\n")
    report = check_paths(["cases"], config=ConfigFiles(overrides={"now": NOW}))
    stranger, ours = report.cases
    assert (stranger.findings, stranger.strict) == ((), False)
    assert ours.strict and "I001" in ours.codes and report.failed
    plain = check_paths(["cases"], config=Config(now=NOW, strict=True))
    assert "I001" in plain.cases[0].codes  # one Config: every case alike, no file read


def _age(root: Path) -> None:
    old = time.time() - 3600
    for path in root.rglob("*"):
        os.utime(path, (old, old))


def test_the_cache_keeps_each_configurations_findings_apart(repo: Path, tmp_path: Path) -> None:
    (repo / "casecheck.toml").write_text("allow-case-config = true\n")
    stranger_config(repo, 'ignore = ["I001"]\n')
    _age(repo / "cases")
    store = tmp_path / "store"

    def run() -> Any:
        return check_paths(["cases"], config=ConfigFiles(overrides={"now": NOW}), cache=store)

    cold, warm = run(), run()
    assert warm.cache_stats.case_hits == 2  # type: ignore[union-attr]
    assert [c.codes for c in cold.cases] == [c.codes for c in warm.cases]
    assert "I001" not in warm.cases[0].codes and "I001" in warm.cases[1].codes
    stranger_config(repo, 'ignore = ["T"]\n')
    _age(repo / "cases")
    changed = run()
    assert "I001" in changed.cases[0].codes and "T008" not in changed.cases[0].codes
    assert changed.cases[1].codes == warm.cases[1].codes


def test_the_command_in_a_fresh_process(repo: Path) -> None:
    stranger_config(repo, EVERY_FAMILY)
    result = run_cli("cases/aaa-stranger/case.toml", "cases/zzz-ours/case.toml",
                     "--format", "json", "--no-cache", cwd=repo)
    assert result.returncode == 1, result.stderr
    cases = {c["path"]: {f["code"] for f in c["findings"]}
             for c in json.loads(result.stdout)["cases"]}
    assert {"I001", "M008"} <= cases["cases/aaa-stranger"]


CONFIG_VALUES = st.one_of(
    st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8), st.lists(st.sampled_from(["A", "D", "I", "I001", "M", "T", "X"])),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keys=st.dictionaries(st.sampled_from([
    "ignore", "select", "strict", "severity", "per-path-ignores", "lang", "template", "ocr",
    "jobs", "cache-dir", "allow-case-config", "rules", "bogus"]), CONFIG_VALUES, max_size=5))
def test_whatever_a_case_folders_file_says_the_other_case_is_unchanged(repo, keys) -> None:
    def toml(value: object) -> str:
        return json.dumps(value) if not isinstance(value, bool) else str(value).lower()

    text = "".join(f"{key} = {toml(value)}\n" for key, value in keys.items())
    path = stranger_config(repo, text)
    try:
        status, codes = check("cases")
    finally:
        path.unlink()
    baseline = check("cases")[1]
    assert status == 1
    assert codes["cases/zzz-ours"] == baseline["cases/zzz-ours"]
    assert codes["cases/aaa-stranger"] == sorted([*baseline["cases/aaa-stranger"], "M008"])


def test_fix_takes_the_repositorys_configuration_not_a_case_folders(repo: Path, capsys) -> None:
    stranger_config(repo, 'rules = "no-such-packs"\nlang = "zh-CN"\n')
    status = main(["fix", "cases/aaa-stranger/case.toml", "cases/zzz-ours/case.toml"])
    captured = capsys.readouterr()
    assert status in (0, 1) and "no-such-packs" not in captured.err, captured.err
    assert main(["fix", "cases/aaa-stranger"]) in (0, 1)  # one case: still the repository's
    assert "no-such-packs" not in capsys.readouterr().err
