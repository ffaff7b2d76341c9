"""Plugins through real entry points: a fake distribution on sys.path, loaded by the CLI."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from casecheck import plugins
from casecheck.cli import main
from casecheck.registry import forget_installed, rule_catalog
from casecheck.reporters import formats, installed_reporters


def forget_plugins() -> None:
    forget_installed()
    installed_reporters.cache_clear()


PLUGIN = '''
from casecheck.catalog import parse_catalog
from casecheck import checker
from casecheck.plugins import CheckerPlugin

CATALOG = """
[{code}]
name = "subject-shouting"
severity = "warning"
source = "acme house style"
summary.en = "The subject is in capital letters."
summary.zh-CN = "主题全部大写。"
message.en = 'Subject "{{subject}}" is in capital letters.'
message.zh-CN = '主题 "{{subject}}" 全部大写。'
hint.en = "Write it in sentence case."
hint.zh-CN = "改为普通大小写。"
"""


@checker("{code}")
def shouting(case, ctx):
    subject = case.model.subject or ""
    if subject and subject.isupper():
        yield ctx.finding("{code}", location=case.field_location("subject"),
                          data={{"subject": subject}})


plugin = CheckerPlugin(checkers=[shouting], rules=parse_catalog(CATALOG, "acme/catalog.toml"))
not_a_plugin = 42


def write(report, out, options):
    out.write("acme: " + ",".join(f.code for c in report.cases for f in c.findings) + "\\n")
'''


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """``install(entry_points_text, code=..., dist=...)``: a fake distribution on sys.path."""
    counter = iter(range(100))

    def make(entry_points: str, code: str = "Z001", dist: str = "acme-casecheck") -> None:
        site = tmp_path / f"site-{next(counter)}"
        site.mkdir()
        (site / "acme_casecheck.py").write_text(PLUGIN.format(code=code), encoding="utf-8")
        info = site / f"{dist.replace('-', '_')}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
        (info / "entry_points.txt").write_text(textwrap.dedent(entry_points))
        monkeypatch.syspath_prepend(str(site))
        sys.modules.pop("acme_casecheck", None)
        forget_plugins()

    forget_plugins()
    yield make
    monkeypatch.undo()
    sys.modules.pop("acme_casecheck", None)
    forget_plugins()


@pytest.fixture
def shouting_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cases" / "loud"
    folder.mkdir(parents=True)
    (folder / "case.toml").write_text(
        'type = "technical-issue"\nmarketplace = "US"\nsubject = "REPORTS BROKEN"\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


def test_a_plugin_checker_runs_with_its_own_rule_texts(install, shouting_case, capsys) -> None:
    install("[casecheck.checkers]\nacme = acme_casecheck:plugin\n")
    status = main(["check", "cases", "--no-config", "--select", "Z", "--format", "json"])
    (case,) = json.loads(capsys.readouterr().out)["cases"]
    assert status == 0  # a warning
    (finding,) = case["findings"]
    assert finding["code"] == "Z001" and finding["name"] == "subject-shouting"
    assert finding["message"] == 'Subject "REPORTS BROKEN" is in capital letters.'
    assert finding["location"] == {"file": "case.toml", "field": "subject", "line": 3}
    assert main(["check", "cases", "--no-config", "--ignore", "Z001", "--select", "Z"]) == 0
    assert "Z001" not in capsys.readouterr().out
    main(["rules"])
    assert "Z001  subject-shouting" in capsys.readouterr().out
    main(["explain", "Z001"])
    explained = capsys.readouterr().out
    assert "- Checker: `acme_casecheck:shouting`\n- Rule pack keys: none\n" in explained


def test_a_plugin_code_can_be_ignored_in_a_manifest_and_config(install, shouting_case,
                                                             capsys) -> None:
    install("[casecheck.checkers]\nacme = acme_casecheck:plugin\n")
    (shouting_case.parent.parent / "casecheck.toml").write_text('severity = { Z001 = "error" }\n')
    assert main(["check", "cases", "--select", "Z,M"]) == 1
    capsys.readouterr()
    manifest = shouting_case / "case.toml"
    manifest.write_text('ignore = ["Z001"]\n' + manifest.read_text())
    assert main(["check", "cases", "--select", "Z,M"]) == 0


@pytest.mark.parametrize(("entry_points", "code", "error"), [
    ("[casecheck.checkers]\nacme = acme_casecheck:plugin\n", "I001",
     "plugin 'acme' (casecheck.checkers = acme_casecheck:plugin, from acme-casecheck) "
     "defines rule codes that exist already: I001"),
    ("[casecheck.checkers]\nacme = acme_casecheck:not_a_plugin\n", "Z001",
     "is a int, not a casecheck.plugins.CheckerPlugin"),
    ("[casecheck.checkers]\nacme = acme_casecheck:missing\n", "Z001",
     "failed to load: AttributeError"),
    ("[casecheck.reporters]\njson = acme_casecheck:write\n", "Z001",
     "the format 'json' exists already"),
])
def test_a_clashing_or_broken_plugin_fails_loudly(install, shouting_case, capsys,
                                                  entry_points: str, code: str, error: str) -> None:
    install(entry_points, code)
    assert main(["check", "cases"]) == 2
    err = capsys.readouterr().err
    assert error in err and err.count("\n") == 1


def test_two_plugins_with_the_same_code_clash(install, shouting_case, capsys) -> None:
    install("[casecheck.checkers]\nacme = acme_casecheck:plugin\n")
    install("[casecheck.checkers]\nother = acme_casecheck:plugin\n", dist="other-plugin")
    assert main(["rules"]) == 2
    assert "plugin 'other'" in capsys.readouterr().err


def test_a_reporter_plugin_is_a_format(install, shouting_case, capsys) -> None:
    install("[casecheck.checkers]\nacme = acme_casecheck:plugin\n"
            "[casecheck.reporters]\nacme = acme_casecheck:write\n")
    assert main(["check", "cases", "--no-config", "--select", "Z", "--format", "acme"]) == 0
    assert capsys.readouterr().out == "acme: Z001\n"


def test_the_installed_entry_points_are_read_once_for_the_formats_and_the_rules(
    install, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command line (its --format choices) and the rule set both ask for plugins: every
    distribution's entry_points.txt is read once per process, not once for each."""
    install("[casecheck.checkers]\nacme = acme_casecheck:plugin\n"
            "[casecheck.reporters]\nacme = acme_casecheck:write\n")
    readings: list[object] = []
    real = plugins.entry_points

    def counting(**selection: str) -> object:
        readings.append(selection)
        return real(**selection)

    monkeypatch.setattr(plugins, "entry_points", counting)
    forget_plugins()
    assert "acme" in formats()
    assert "Z001" in rule_catalog()
    assert len(readings) == 1
