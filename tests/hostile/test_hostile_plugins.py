"""A plugin's checker that misbehaves in any way is X001 for that checker, never a run without
a report, never a hang, never exit 0.

Each plugin is a real distribution on sys.path, found through its entry point."""

from __future__ import annotations

import io
import json
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from hostile_support import plugin_site, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck import Config, Context, Finding, LoadedCase, checker, validate
from casecheck.cli import main
from casecheck.registry import forget_installed
from casecheck.reporters import installed_reporters

MANIFEST = 'type = "technical-issue"\nmarketplace = "US"\nsubject = "Report download fails"\n'


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """``install(body)``: a plugin whose checker ``acme_plugin.check`` runs ``body``."""
    def make(body: str) -> None:
        site = plugin_site(tmp_path / "site", body)
        monkeypatch.syspath_prepend(str(site))
        sys.modules.pop("acme_plugin", None)
        forget_installed()

    yield make
    monkeypatch.undo()
    sys.modules.pop("acme_plugin", None)
    forget_installed()
    installed_reporters.cache_clear()


@pytest.fixture
def cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("a", "b"):
        folder = tmp_path / "cases" / name
        folder.mkdir(parents=True)
        (folder / "case.toml").write_text(MANIFEST)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path / "cases"


def check(*extra: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    status = main(["check", "cases", "--format", "json", "--now", NOW.isoformat(), "--no-cache",
                   "--select", "Z,X", *extra], out)
    return status, json.loads(out.getvalue())


def failures(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for case in document["cases"] for f in case["findings"] if f["code"] == "X001"]


MISBEHAVIOURS = {
    "raises": ("raise RuntimeError('boom')\nyield", "RuntimeError: boom"),
    "system-exit": ("raise SystemExit(0)\nyield", "SystemExit: 0"),
    "keyboard-interrupt": ("raise KeyboardInterrupt\nyield", "KeyboardInterrupt"),
    "yields-a-str": ("yield 'oops'", "it gave a str, not a Finding"),
    "returns-none": ("return None", "TypeError"),
    "bytes-in-data": ("yield ctx.finding('Z001', data={'what': b'\\x00'})",
                      "data['what'] holds a bytes, which JSON"),
    "set-in-data": ("yield ctx.finding('Z001', data={'what': {1, 2}})",
                    "data['what'] holds a set, which JSON"),
    "nan-in-data": ("yield ctx.finding('Z001', data={'what': float('nan')})",
                    "data['what'] is nan"),
    "number-keys": ("yield ctx.finding('Z001', data={'what': 'x', 'table': {1: 'y'}})",
                    "data['table'] has a key of type int"),
    "another-code": ("yield ctx.finding('I001', data={'value': '1'})",
                     "it reported 'I001', which is not one of its codes"),
    "deep-data": ("v = 'x'\nfor _ in range(100):\n    v = [v]\n"
                  "yield ctx.finding('Z001', data={'what': v})",
                  "nests deeper than 32 levels"),
}


@pytest.mark.parametrize("name", sorted(MISBEHAVIOURS))
def test_a_misbehaving_checker_is_x001_and_the_run_fails(install, cases, name: str) -> None:
    body, error = MISBEHAVIOURS[name]
    install(body)
    status, document = check()
    assert status == 1
    found = failures(document)
    assert len(found) == 2, "one X001 per case"
    assert all(f["data"]["checker"] == "acme_plugin.check" for f in found)
    assert error in found[0]["data"]["error"] and error in found[0]["message"]
    json.dumps(document, allow_nan=False)  # the output is valid JSON


def test_good_findings_of_a_plugin_pass_validation(install, cases) -> None:
    install("yield ctx.finding('Z001', data={'what': 'ok', 'n': [1, 2.5, True, None, {'k': 'v'}]})")
    status, document = check()
    assert not failures(document) and status == 0
    assert document["cases"][0]["findings"][0]["data"]["n"] == [1, 2.5, True, None, {"k": "v"}]


@pytest.mark.parametrize("body", ["while True:\n    pass\nyield", "time.sleep(3600)\nyield"],
                         ids=["busy", "asleep"])
def test_a_checker_that_hangs_is_stopped_and_not_called_again(install, cases, body) -> None:
    install(body)
    status, document = check("--checker-timeout", "0.5")
    assert status == 1
    first, second = failures(document)
    assert "ran past its time budget of 0.5 s" in first["message"]
    assert "was not run" in second["message"] and "cases/a" in second["message"]


def test_the_time_budget_has_a_configuration_key(install, cases, tmp_path: Path) -> None:
    install("time.sleep(3600)\nyield")
    (tmp_path / "casecheck.toml").write_text("checker-timeout = 0.5\n")
    status, document = check()
    assert status == 1 and "time budget of 0.5 s" in failures(document)[0]["message"]


@pytest.mark.parametrize("body", ["raise SystemExit(0)\nyield", "raise KeyboardInterrupt\nyield",
                                  "yield 'oops'"])
def test_in_a_fresh_process_the_run_reports_and_fails(cases, tmp_path: Path, body: str) -> None:
    site = plugin_site(tmp_path / "site", body)
    result = run_cli("cases", "--format", "json", "--no-cache", cwd=tmp_path, path=(site,))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert len(failures(json.loads(result.stdout))) == 2


def test_a_format_plugin_that_exits_is_an_error_not_a_pass(cases, tmp_path: Path) -> None:
    site = plugin_site(tmp_path / "site", "yield")
    (site / "acme_plugin.py").write_text(
        (site / "acme_plugin.py").read_text() + "\n\ndef write(report, out, options):\n"
        "    raise SystemExit(0)\n")
    entry_points = next(site.glob("*.dist-info")) / "entry_points.txt"
    entry_points.write_text(entry_points.read_text()
                            + "\n[casecheck.reporters]\nacme = acme_plugin:write\n")
    result = run_cli("cases", "--format", "acme", "--no-cache", cwd=tmp_path, path=(site,))
    assert result.returncode == 2
    assert result.stderr == ("casecheck: error: --format acme (a plugin) failed: "
                             "SystemExit: 0\n")


# --- in an application's thread ---------------------------------------------------------------

released = threading.Event()


@checker("I001")
def waits(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """Blocks until the test ends: nothing interrupts it off the main thread."""
    released.wait(600)
    return iter(())


@checker("I002")
def after(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    yield ctx.finding("I002", data={"value": "x"})


def test_a_hanging_checker_ends_in_a_worker_thread_too(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "case.toml").write_text(MANIFEST)
    result: list[Any] = []
    config = Config(now=NOW, checker_timeout=0.5)
    worker = threading.Thread(target=lambda: result.append(
        validate(folder, checkers=[waits, after], config=config)))
    try:
        worker.start()
        worker.join(60)
        assert not worker.is_alive(), "validate() never returned"
    finally:
        released.set()
    (report,) = result
    x001 = [f for f in report.findings if f.code == "X001"]
    assert len(x001) == 1 and "time budget of 0.5 s" in x001[0].message
    assert "I002" in report.codes, "the next checker ran in a fresh helper"


# --- whatever a checker puts in its data --------------------------------------------------------

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5)
    | st.binary(max_size=3) | st.sets(st.integers(), max_size=2) | st.complex_numbers(),
    lambda inner: st.lists(inner, max_size=3) | st.tuples(inner)
    | st.dictionaries(st.text(max_size=3) | st.integers(), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(value=VALUES)
def test_whatever_data_a_checker_gives_every_output_can_write(value: object) -> None:
    @checker("I001")
    def gives(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
        yield ctx.finding("I001", data={"value": "1", "extra": value})

    report = validate({"type": "technical-issue", "marketplace": "US"}, checkers=[gives],
                      config=Config(now=NOW))
    json.dumps([f.to_dict() for f in report.findings], allow_nan=False)
    codes = report.codes
    assert codes in (["I001"], ["X001"])
