"""Configuration: where it is found, what each key does, and flake8's precedence."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import casecheck
from casecheck import Config
from casecheck.catalog import shipped_catalog
from casecheck.cli import main
from casecheck.config_file import Settings, find_config, merge

BAD_IDS = (
    'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "customer-return"\n'
    '[ids]\norder_ids = ["12"]\nasins = ["nope"]\n'
)
"""I001 (an error) and I002 (an error) fire; nothing else among the identifier rules."""


def reference_enabled(code: str, select: tuple[str, ...], extend: tuple[str, ...],
                      ignore: tuple[str, ...]) -> bool:
    """The decision table, read from the longest prefix of ``code`` down to the empty one.

    | longest listed prefix is in | result |
    |-----------------------------|--------|
    | ignore (also on a tie)      | off    |
    | select or extend-select     | on     |
    | nothing (select given)      | off    |
    An empty select stands for the empty prefix: every rule.
    """
    selects = set(select or ("",)) | set(extend)
    for length in range(len(code), -1, -1):
        prefix = code[:length]
        if prefix in ignore:
            return False
        if prefix in selects:
            return True
    return False


TABLE = [
    # code, select, extend-select, ignore, enabled
    ("I001", (), (), (), True),
    ("I001", ("A",), (), (), False),
    ("I001", ("I",), (), ("I001",), False),
    ("I001", ("I001",), (), ("I",), True),
    ("I001", ("I",), (), ("I",), False),
    ("I001", (), ("I001",), ("I",), True),
    ("I001", (), ("I",), ("I0",), False),
    ("I001", ("A",), ("I00",), ("I0",), True),
    ("I001", (), (), ("I00",), False),
]


@pytest.mark.parametrize(("code", "select", "extend", "ignore", "expected"), TABLE)
def test_decision_table(code: str, select: tuple[str, ...], extend: tuple[str, ...],
                        ignore: tuple[str, ...], expected: bool) -> None:
    config = Config(select=select, extend_select=extend, ignore=ignore)
    assert config.enabled(code) is expected
    assert reference_enabled(code, select, extend, ignore) is expected


CODES = sorted(shipped_catalog())
PREFIXES = sorted({code[:n] for code in CODES for n in range(1, len(code) + 1)})
prefix_lists = st.lists(st.sampled_from(PREFIXES), max_size=4).map(tuple)
maybe = st.one_of(st.none(), prefix_lists)


@given(code=st.sampled_from(CODES),
       file_select=maybe, file_extend=maybe, file_ignore=maybe,
       cli_select=maybe, cli_extend=maybe, cli_ignore=maybe, manifest_ignore=prefix_lists)
def test_precedence_matches_the_reference(
    code: str, file_select: tuple[str, ...] | None, file_extend: tuple[str, ...] | None,
    file_ignore: tuple[str, ...] | None, cli_select: tuple[str, ...] | None,
    cli_extend: tuple[str, ...] | None, cli_ignore: tuple[str, ...] | None,
    manifest_ignore: tuple[str, ...],
) -> None:
    """A flag replaces the file's key; extend-select adds; the manifest's ignore joins in."""
    def given_keys(select: tuple[str, ...] | None, extend: tuple[str, ...] | None,
                   ignore: tuple[str, ...] | None) -> dict[str, tuple[str, ...]]:
        keys = {"select": select, "extend_select": extend, "ignore": ignore}
        return {key: value for key, value in keys.items() if value is not None}

    file = Settings(given_keys(file_select, file_extend, file_ignore))
    config = Config(**merge(file, given_keys(cli_select, cli_extend, cli_ignore)))
    select = cli_select if cli_select is not None else file_select or ()
    extend = (*(file_extend or ()), *(cli_extend or ()))
    ignore = (*(cli_ignore if cli_ignore is not None else file_ignore or ()), *manifest_ignore)
    assert config.enabled(code, manifest_ignore) is reference_enabled(code, select, extend, ignore)


# --- files and the command line ------------------------------------------------------------

@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with one case of two bad IDs, as the current folder."""
    case = tmp_path / "cases" / "lost"
    case.mkdir(parents=True)
    (case / "case.toml").write_text(BAD_IDS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str,
        select: str | None = "I00") -> tuple[int, list[str], str]:
    """Exit status, the codes reported (JSON), and stderr; only I00x rules unless told."""
    selected = ["--select", select] if select else []
    status = main(["check", "--format", "json", *selected, *argv])
    captured = capsys.readouterr()
    found = []
    if captured.out:
        found = [f["code"] for c in json.loads(captured.out)["cases"] for f in c["findings"]]
    return status, sorted(found), captured.err


def test_pyproject_table_is_found_upward_from_the_checked_path(repo: Path, capsys) -> None:
    (repo / "pyproject.toml").write_text('[tool.casecheck]\nignore = ["I002"]\n')
    assert run(capsys, "cases/lost")[:2] == (1, ["I001"])
    assert run(capsys, "cases/lost/case.toml")[:2] == (1, ["I001"])


def test_casecheck_toml_wins_over_pyproject_in_the_same_folder(repo: Path, capsys) -> None:
    (repo / "pyproject.toml").write_text('[tool.casecheck]\nignore = ["I002"]\n')
    (repo / "casecheck.toml").write_text('ignore = ["I001"]\n')
    assert run(capsys, "cases")[:2] == (1, ["I002"])


def test_the_nearest_file_wins_and_pyproject_without_table_is_passed_over(repo, capsys) -> None:
    (repo / "casecheck.toml").write_text('ignore = ["I001"]\n')
    (repo / "cases" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(repo / "cases" / "lost") == (repo / "casecheck.toml", {"ignore": ["I001"]})
    (repo / "cases" / "casecheck.toml").write_text('ignore = ["I002"]\n')
    assert run(capsys, "cases")[:2] == (1, ["I001"])


def test_flags_override_the_file(repo: Path, capsys) -> None:
    (repo / "casecheck.toml").write_text('ignore = ["I002"]\nstrict = true\n')
    assert run(capsys, "cases", "--ignore", "I001")[:2] == (1, ["I002"])
    assert run(capsys, "cases", "--no-config")[:2] == (1, ["I001", "I002"])


def test_severity_override_decides_the_exit_status(repo: Path, capsys) -> None:
    (repo / "casecheck.toml").write_text('severity = { I001 = "warning", I002 = "info" }\n')
    assert run(capsys, "cases")[:2] == (0, ["I001", "I002"])
    assert run(capsys, "cases", "--strict")[0] == 1
    assert run(capsys, "cases", "--severity", "I002=error")[0] == 1
    status, _, err = run(capsys, "cases", "--severity", "I002=fatal")
    assert status == 2 and "--severity: I002 = 'fatal' is not error, warning or info" in err


def test_extend_select_beats_a_shorter_ignore(repo: Path, capsys) -> None:
    (repo / "casecheck.toml").write_text(
        'select = ["M"]\nignore = ["I"]\nextend-select = ["I002"]\n'
    )
    assert run(capsys, "cases", select=None)[:2] == (1, ["I002"])


def test_per_path_ignores_match_case_folders_and_files(repo: Path, capsys) -> None:
    (repo / "casecheck.toml").write_text('[per-path-ignores]\n"cases/lo*" = ["I001"]\n')
    assert run(capsys, "cases")[:2] == (1, ["I002"])
    (repo / "casecheck.toml").write_text('[per-path-ignores]\n"cases" = ["I00"]\n')
    assert run(capsys, "cases")[:2] == (0, [])
    (repo / "casecheck.toml").write_text('[per-path-ignores]\n"*/case.toml" = ["I002"]\n')
    assert run(capsys, "cases")[:2] == (1, ["I001"])
    (repo / "casecheck.toml").write_text('[per-path-ignores]\n"other/*" = ["I"]\n')
    assert run(capsys, "cases")[:2] == (1, ["I001", "I002"])


def test_manifest_ignore_joins_the_configured_ignores(repo: Path, capsys) -> None:
    (repo / "cases" / "lost" / "case.toml").write_text('ignore = ["I001"]\n' + BAD_IDS)
    (repo / "casecheck.toml").write_text('ignore = ["I002"]\n')
    assert run(capsys, "cases")[:2] == (0, [])


@pytest.mark.parametrize(("text", "named"), [
    ('ignore = ["Z9"]\n', "casecheck.toml: key ignore: 'Z9' is no rule code or prefix"),
    ('select = "I001"\nstrict = "yes"\n', "casecheck.toml: key strict: must be true or false"),
    ('severty = { I001 = "info" }\n', "casecheck.toml: key severty: unknown key"),
    ('severity = { I00 = "info" }\n', "key severity: 'I00' is no rule code"),
    ('severity = { I001 = "fatal" }\n', "key severity: I001 = 'fatal' is not error"),
    ('[per-path-ignores]\n"x/*" = ["Q"]\n', "key per-path-ignores.\"x/*\": 'Q' is no rule code"),
    ('lang = "fr"\n', "key lang: 'fr' is not one of en, zh-CN"),
    ('ocr = "no"\n', "casecheck.toml: key ocr: must be true or false"),
    ('jobs = 0\n', "casecheck.toml: key jobs: Input should be greater than or equal to 1"),
    ('parse-timeout = -1\n', "key parse-timeout: Input should be greater than or equal to 0"),
    ('repository = 3\n', "casecheck.toml: key repository: must be a string"),
    ('rules = 3\n', "casecheck.toml: key rules: must be a folder or a list of folders"),
    ('ignore = [\n', "casecheck.toml: "),
])
def test_a_bad_configuration_is_one_line_and_exit_2(repo, capsys, text: str, named: str) -> None:
    (repo / "casecheck.toml").write_text(text)
    status, found, err = run(capsys, "cases")
    assert (status, found) == (2, [])
    assert named in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_pyproject_errors_name_the_table(repo: Path, capsys) -> None:
    (repo / "pyproject.toml").write_text('[tool.casecheck]\nextend-select = ["I9"]\n')
    err = run(capsys, "cases")[2]
    assert "pyproject.toml: [tool.casecheck] key extend-select: 'I9' is no rule code" in err


def test_rules_dir_is_relative_to_the_config_file(repo: Path, capsys) -> None:
    (repo / "cases" / "casecheck.toml").write_text('rules = "policy"\n')
    err = run(capsys, "cases/lost")[2]
    assert f"{repo / 'cases' / 'policy'}: rules directory not found" in err
    (repo / "cases" / "policy").mkdir()
    assert run(capsys, "cases/lost")[:2] == (1, ["I001", "I002"])


def test_explicit_config_file(repo: Path, capsys) -> None:
    (repo / "team.toml").write_text('ignore = ["I001"]\n')
    assert run(capsys, "cases", "--config", "team.toml")[:2] == (1, ["I002"])
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert "has no [tool.casecheck] table" in run(capsys, "cases", "--config", "pyproject.toml")[2]


def test_lang_from_the_file(repo: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    (repo / "casecheck.toml").write_text('lang = "zh-CN"\n')
    main(["check", "cases", "--select", "I001"])
    assert "订单号" in capsys.readouterr().out


def test_every_check_flag_has_a_configuration_key(repo: Path, capsys) -> None:
    """Keys the flags have: template, ocr, parse-timeout, repository, jobs, cache-dir."""
    (repo / "cases" / "lost" / "case.toml").write_text(
        BAD_IDS.replace("[ids]", 'message = "Order {{ order_id }} was lost."\n[ids]'))
    _age(repo / "cases")
    (repo / "casecheck.toml").write_text(
        'template = true\nocr = false\nparse-timeout = 0\nrepository = "."\n'
        'jobs = 1\ncache-dir = "store"\n')
    _, found, err = run(capsys, "cases", select="I,T")
    assert err == ""
    assert "I010" not in found  # a template's placeholder is declared, not left unfilled
    assert (repo / "store" / "CACHEDIR.TAG").is_file()
    assert run(capsys, "cases", "--no-template", select="I010")[1] == ["I010"]


def test_flags_win_over_the_new_keys(repo: Path, capsys) -> None:
    (repo / "casecheck.toml").write_text('cache-dir = "store"\n')
    _age(repo / "cases")
    run(capsys, "cases", "--cache-dir", "elsewhere")
    assert (repo / "elsewhere").is_dir() and not (repo / "store").exists()


def _age(folder: Path) -> None:
    """Make the files an hour old: fresher ones are never cached (see cache.RACY_NS)."""
    old = time.time() - 3600
    for path in folder.rglob("*"):
        os.utime(path, (old, old))


# --- Config(now=...) from Python ---------------------------------------------------------------

def test_now_as_iso_text_is_the_same_clock_as_the_datetime(tmp_path: Path) -> None:
    """A tool passing the --now text straight to Config got X001 from every clock rule."""
    case = tmp_path / "c"
    case.mkdir()
    (case / "case.toml").write_text(
        'type = "fba-reimbursement"\nmarketplace = "US"\nclaim_kind = "inbound-lost"\n'
        'shipped_at = 2026-08-01\n[ids]\nshipment_ids = ["FBA15C8KQ2ZP"]\n')
    (case / "message.md").write_text("Shipment FBA15C8KQ2ZP arrived short by 3 units.\n")
    moment = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    as_text = casecheck.validate(case, config=Config(now="2026-11-24T10:00:00-05:00"))
    as_datetime = casecheck.validate(case, config=Config(now=moment))
    assert Config(now="2026-11-24T10:00:00-05:00").now == moment
    assert [f.to_dict() for f in as_text.findings] == [f.to_dict() for f in as_datetime.findings]
    assert "D001" in {f.code for f in as_text.findings}
    assert not [f for f in as_text.findings if f.code.startswith("X")]


@pytest.mark.parametrize(("now", "error", "says"), [
    (dt.datetime(2026, 11, 24, 10, 0), ValueError, "needs a time zone"),
    ("2026-11-24T10:00:00", ValueError, "needs a time zone"),
    ("24/11/2026", ValueError, "not an ISO 8601 datetime"),
    (1764000000, TypeError, "takes a datetime, not int"),
])
def test_a_clock_the_rules_cannot_compare_is_one_clear_error(
    now: object, error: type[Exception], says: str,
) -> None:
    with pytest.raises(error, match=says):
        Config(now=now)  # type: ignore[arg-type]
