"""The ``casecheck`` command: a thin shell over the library. Exit 0 ok, 1 findings, 2 usage,
130 interrupted (Ctrl-C)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from casecheck import __version__, answers
from casecheck.display import visible
from casecheck.errors import CasecheckError, PluginError, UsageError
from casecheck.files import new_file_mode

if TYPE_CHECKING:
    from casecheck.findings import RunReport
    from casecheck.reporters import ReportOptions

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130
"""128 + SIGINT, what a shell reports for a program ended by Ctrl-C."""


def _codes(text: str) -> tuple[str, ...]:
    return tuple(code.strip().upper() for code in text.split(",") if code.strip())


def _per_path(text: str) -> tuple[str, tuple[str, ...]]:
    glob, colon, codes = text.rpartition(":")
    if not colon or not glob:
        raise argparse.ArgumentTypeError(
            f"expected GLOB:CODES, e.g. 'templates/*:I010', not {text!r}"
        )
    return glob, _codes(codes)


def _severity(text: str) -> tuple[str, str]:
    code, equals, level = text.partition("=")
    if not equals:
        raise argparse.ArgumentTypeError(f"expected CODE=LEVEL, e.g. 'D005=warning', not {text!r}")
    return code.strip().upper(), level.strip().lower()


def _datetime(text: str) -> dt.datetime:
    from casecheck.engine import aware_datetime  # noqa: PLC0415 - pydantic; the run needs it next

    try:
        return aware_datetime(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds: {text!r}")
    return value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def _lang_from_environment() -> str:
    """zh_CN.UTF-8 (or zh_SG, zh_Hans) in LC_ALL / LC_MESSAGES / LANG means Chinese findings."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            chinese = value.lower().startswith(("zh_cn", "zh_sg", "zh_hans", "zh-cn"))
            return "zh-CN" if chinese else "en"
    return "en"


def _use_color(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _parser() -> argparse.ArgumentParser:
    # The catalog and the plugins' entry points cost more than Python's own start-up; the
    # bare --version that shells and pre-commit run needs neither (see main).
    # The answer path (main) needs none of these: each costs milliseconds it would double.
    from casecheck.budget import DEFAULT_PARSE_TIMEOUT  # noqa: PLC0415 - start-up: signal, threads
    from casecheck.catalog import LANGUAGES  # noqa: PLC0415 - start-up: the catalog (15 ms)
    from casecheck.reporters import formats  # noqa: PLC0415 - start-up: scans every distribution
    from casecheck.watchdog import DEFAULT_CHECKER_TIMEOUT  # noqa: PLC0415 - start-up: dataclasses

    parser = argparse.ArgumentParser(
        prog="casecheck",
        description="Check Amazon Seller Central support cases before you submit them.",
    )
    parser.add_argument("--version", action="version", version=f"casecheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="check case folders (the main job)")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="case folder, folder of case folders, or file inside a case folder")
    check.add_argument("--format", choices=formats(),
                       help="output format (default: github under GitHub Actions, else text)")
    check.add_argument("--output", "-o", type=Path, metavar="FILE",
                       help="write the output to FILE instead of the terminal (any format)")
    check.add_argument("--config", type=Path, metavar="FILE",
                       help="a casecheck.toml or pyproject.toml for every case, instead of "
                            "the one found upward from each case folder")
    check.add_argument("--no-config", action="store_true", help="use no configuration file")
    check.add_argument("--select", type=_codes, metavar="CODES",
                       help="only these rule codes or prefixes, comma-separated (e.g. A,I001)")
    check.add_argument("--extend-select", type=_codes, metavar="CODES",
                       help="check these codes or prefixes too, on top of select")
    check.add_argument("--ignore", type=_codes, metavar="CODES",
                       help="skip these rule codes or prefixes, comma-separated")
    check.add_argument("--per-path-ignores", type=_per_path, action="append", metavar="GLOB:CODES",
                       help="skip CODES for case folders and files matching GLOB (repeatable)")
    check.add_argument("--severity", type=_severity, action="append", metavar="CODE=LEVEL",
                       help="report CODE as error, warning or info (repeatable)")
    check.add_argument("--strict", action=argparse.BooleanOptionalAction,
                       help="warnings fail the run too")
    check.add_argument("--template", action=argparse.BooleanOptionalAction,
                       help="check the folders as templates: placeholders allowed, "
                            "real data not needed")
    check.add_argument("--rules", type=Path, action="append", metavar="DIR",
                       help="a rule pack directory that extends or overrides the shipped packs")
    check.add_argument("--ocr", action=argparse.BooleanOptionalAction,
                       help="read screenshots with OCR (default: yes, where an engine exists)")
    check.add_argument("--parse-timeout", type=_seconds, metavar="SECONDS",
                       help="CPU seconds one attachment may take to parse before it is"
                            f" reported (default {DEFAULT_PARSE_TIMEOUT:g}; 0: no limit)")
    check.add_argument("--checker-timeout", type=_seconds, metavar="SECONDS",
                       help="seconds one checker may take on one case before it is stopped"
                            f" and reported as X001 (default {DEFAULT_CHECKER_TIMEOUT:g};"
                            " 0: no limit)")
    check.add_argument("--lang", choices=LANGUAGES,
                       help="language of the findings (default: from LANG)")
    check.add_argument("--now", type=_datetime, metavar="DATETIME",
                       help="the clock for cases without submit_at, e.g. 2026-11-24T10:00:00-05:00")
    check.add_argument("--repository", type=Path, metavar="DIR",
                       help="the case repository the history rules compare with "
                            "(default: each case's project, the nearest folder above it holding "
                            ".git, casecheck.toml or pyproject.toml)")
    check.add_argument("--reports", type=Path, metavar="DIR",
                       help="a folder of Seller Central reports (reimbursements, inventory "
                            "ledger, shipment items, customer returns) to check claims against")
    check.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                       help="check case folders in N processes (default: one per core)")
    check.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the incremental cache")
    check.add_argument("--cache-dir", type=Path, metavar="DIR",
                       help="keep the cache in DIR (default: .casecheck_cache at the project root)")

    fix = commands.add_parser(
        "fix", help="repair what can be repaired (a plan; --apply carries it out)",
        description="Print the plan of repairs, one line per change; change nothing unless"
                    " --apply is given. Replaced files are moved into each case folder's"
                    " .originals/<timestamp>/ (--undo puts them back).")
    fix.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                     help="case folder, folder of case folders, or file inside a case folder")
    fix_mode = fix.add_mutually_exclusive_group()
    fix_mode.add_argument("--apply", action="store_true",
                          help="carry the plan out, then check the cases again")
    fix_mode.add_argument("--undo", action="store_true",
                          help="put back what the last fix of each case folder replaced")
    fix.add_argument("--select", type=_codes, metavar="CODES",
                     help="only the fixes that clear these codes or prefixes (e.g. A001,T006)")
    fix.add_argument("--ignore", type=_codes, metavar="CODES",
                     help="not the fixes that clear these codes or prefixes")
    fix.add_argument("--password", action="store_true",
                     help="ask on the terminal for the password of each PDF that needs one"
                          " (A006); it is never written anywhere")
    fix.add_argument("--format", choices=("text", "json"), default="text")
    fix.add_argument("--config", type=Path, metavar="FILE",
                     help="a casecheck.toml or pyproject.toml instead of the one found upward")
    fix.add_argument("--no-config", action="store_true", help="use no configuration file")
    fix.add_argument("--rules", type=Path, action="append", metavar="DIR",
                     help="a rule pack directory that extends or overrides the shipped packs")
    fix.add_argument("--ocr", action=argparse.BooleanOptionalAction,
                     help="check with OCR that a lossy change keeps a screenshot's URL and time")
    fix.add_argument("--lang", choices=LANGUAGES, help="language of the plan and the re-check")

    clean = commands.add_parser("clean", help="remove the incremental cache")
    clean.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="the paths `check` was given: their project's cache is removed")
    clean.add_argument("--cache-dir", type=Path, metavar="DIR")

    rules = commands.add_parser("rules", help="list every rule, or (--policy) every policy value")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--lang", choices=LANGUAGES)
    rules.add_argument("--policy", action="store_true",
                       help="every value of the rule packs: evidence, source, checked date")
    rules.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                       help="with --policy: a rule pack directory over the shipped packs")

    explain = commands.add_parser("explain", help="explain one rule")
    explain.add_argument("code")
    explain.add_argument("--lang", choices=LANGUAGES)

    log = commands.add_parser("log", help="the tracking table of every case: CSV or JSON")
    log.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                     help="case folder or folder of case folders")
    log.add_argument("--format", choices=("table", "csv", "json"),
                     help="table (the default on a terminal), csv (the default otherwise) or json")
    log.add_argument("--output", "-o", type=Path, metavar="FILE",
                     help="write to FILE; a CSV file gets the byte-order mark Excel needs to "
                          "show Chinese")
    log.add_argument("--lang", choices=LANGUAGES,
                     help="language of the table's headings and of the findings' count")
    log.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR")
    log.add_argument("--now", type=_datetime, metavar="DATETIME",
                     help="the clock for follow-ups and findings, e.g. 2026-11-24T10:00:00-05:00")
    log.add_argument("--reports", type=Path, metavar="DIR",
                     help="a folder of Seller Central reports: shows when each submitted "
                          "case was reimbursed, and marks it resolved")

    docs = commands.add_parser("docs", help="write or check the rule pages (docs/rules)")
    action = docs.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", metavar="DIR", help="write one page per rule and language")
    action.add_argument("--check", metavar="DIR", help="exit 1 when DIR is out of date")

    new = commands.add_parser("new", help="start a case folder from the shipped templates")
    new.add_argument("type", help="the case type, e.g. fba-reimbursement")
    new.add_argument("dir", type=Path, help="the new case folder (must not exist, or be empty)")
    new.add_argument("--template", action="store_true",
                     help="write a template (template = true, placeholders allowed) instead of "
                          "a draft whose placeholders are errors until filled")
    new.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR")

    schema = commands.add_parser("schema", help="print the JSON Schema of the manifest")
    schema.add_argument("type", nargs="?", help="one case type; all of them when left out")
    schema.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR")
    return parser


def _command_line_settings(args: argparse.Namespace) -> dict[str, object]:
    """The ``Config`` keys the flags set; a flag left out leaves the file's key alone."""
    from casecheck.config_file import check_codes, severities  # noqa: PLC0415 - pydantic

    given: dict[str, object] = {}
    for option in ("select", "extend_select", "ignore"):
        value = getattr(args, option)
        if value is not None:
            given[option] = check_codes(list(value), "--" + option.replace("_", "-"))
    if args.per_path_ignores:
        given["per_path_ignores"] = tuple(
            (glob, check_codes(list(codes), f"--per-path-ignores {glob}"))
            for glob, codes in args.per_path_ignores
        )
    if args.severity:
        given["severity"] = severities(dict(args.severity), "--severity")
    if args.strict is not None:
        given["strict"] = args.strict
    if args.rules:
        given["rules_dirs"] = tuple(args.rules)
    if args.lang:
        given["lang"] = args.lang
    for option in ("template", "ocr", "repository", "reports", "jobs", "cache_dir"):
        if getattr(args, option) is not None:
            given[option] = getattr(args, option)
    if args.parse_timeout is not None:
        given["parse_timeout"] = args.parse_timeout or None  # 0: no limit
    if args.checker_timeout is not None:
        given["checker_timeout"] = args.checker_timeout or None
    return given


def _answer(arguments: Sequence[str], out: TextIO) -> int | None:
    """The stored answer of a ``check`` run over unchanged inputs, written out, and its exit
    status; None when there is none to give (:mod:`casecheck.answers`)."""
    found = answers.find(arguments, out, sys.stderr)
    if found is None:
        return None
    invocation, answer = found
    if invocation.output is not None:
        target = Path(invocation.output)
        if answer.output is None or target.is_dir() or not target.absolute().parent.is_dir():
            return None  # the ordinary run says what is wrong
        _write_output(target, answer.output)
    return answers.give(answer, out, sys.stderr)


class _Tee(io.TextIOBase):
    """sys.stderr during a run, keeping a copy of what is written to it for the answer."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.copy = io.StringIO()

    def write(self, text: str) -> int:
        self.copy.write(text)
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()


def _answerable(
    args: argparse.Namespace, arguments: Sequence[str], cache_dir: Path | None,
    report: RunReport, chosen: str, options: ReportOptions,
) -> answers.Invocation | None:
    """The invocation when this run's answer may be stored: arguments the answer path reads
    as argparse did, the cache the run used, a format whose output is the findings' alone,
    and a complete run (no checker crashed, nothing the run could not do as asked)."""
    invocation = answers.scan(arguments)
    if invocation is None or args.no_cache or report.cache_stats is None or report.notices:
        return None
    read_alike = (
        invocation.paths == tuple(args.paths) and invocation.format == args.format
        and _path_or_none(invocation.cache_dir) == args.cache_dir
        and _path_or_none(invocation.output) == args.output
    )
    folder = answers.location(invocation)
    if not read_alike or folder is None or folder.path != _cache_folder(args.paths, cache_dir):
        return None
    if chosen not in answers.ANSWERED_FORMATS or options.step_summary is not None:
        return None
    crashed = any(f.code == "X001" for case in report.cases for f in case.findings)
    return None if crashed else invocation


def _path_or_none(text: str | None) -> Path | None:
    return Path(text) if text is not None else None


def _cache_folder(paths: Sequence[str], cache_dir: Path | None) -> Path:
    from casecheck.cache import cache_location  # noqa: PLC0415 - pydantic

    return cache_location(paths, cache_dir).path


def _nanoseconds(moment: dt.datetime | None) -> int | None:
    """``moment`` in nanoseconds since the epoch, exactly (a float timestamp is not)."""
    if moment is None:
        return None
    return (moment - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(microseconds=1) * 1000


def _check(args: argparse.Namespace, out: TextIO, arguments: Sequence[str] = ()) -> int:
    # The checking stack imports pydantic and the rule packs: only once a check is asked for.
    from casecheck.config_file import ConfigFiles, merge  # noqa: PLC0415 - pydantic
    from casecheck.engine import Config  # noqa: PLC0415 - pydantic
    from casecheck.masking import holds_secret  # noqa: PLC0415 - pydantic, the packs
    from casecheck.progress import ProgressBar, wanted  # noqa: PLC0415 - start-up: the answer path
    from casecheck.reporters import ReportOptions  # noqa: PLC0415 - start-up: the catalog (15 ms)
    from casecheck.runner import check_paths, run_inputs  # noqa: PLC0415 - pydantic, the packs

    started_ns = time.time_ns()
    given = {**_command_line_settings(args), "now": args.now}
    defaults = {"lang": _lang_from_environment()}
    config: Config | ConfigFiles
    if args.no_config:
        settings = {**defaults, **merge(None, given)}
        jobs, cache_dir = settings.pop("jobs", None), settings.pop("cache_dir", None)
        config = whole = Config(**settings)
    else:
        config = ConfigFiles(overrides=given, pinned=args.config, defaults=defaults)
        run = config.run_settings(args.paths)
        jobs, cache_dir = run["jobs"], run["cache_dir"]
        whole = config.run_config(args.paths)
    if args.output is not None:
        _check_output(args.output)
    # The bar draws on the terminal itself: an answer, given at once, draws none.
    bar = ProgressBar(sys.stderr) if wanted(sys.stderr, args.format) else None
    errors, sys.stderr = sys.stderr, cast("TextIO", _Tee(sys.stderr))
    try:
        try:
            report = check_paths(
                args.paths, config=config, cache=False if args.no_cache else cache_dir or True,
                jobs=jobs, progress=bar,
            )
        finally:
            if bar is not None:
                bar.close()
        for notice in report.notices:
            _complain("warning", notice)
        github = os.environ.get("GITHUB_ACTIONS") == "true"
        target = io.StringIO()
        options = ReportOptions(
            color=args.output is None and _use_color(out), lang=whole.lang,
            version=__version__, rules_version=report.rules_version,
            step_summary=os.environ.get("GITHUB_STEP_SUMMARY") if github else None,
            config=whole,
            case_config=config.config_for if isinstance(config, ConfigFiles) else None,
        )
        chosen = args.format or ("github" if github else "text")
        _write_report(chosen, report, target, options)
        if args.output is not None:
            _write_output(args.output, target.getvalue())
        else:
            out.write(target.getvalue())
        written = sys.stderr.copy.getvalue() if isinstance(sys.stderr, _Tee) else None
    finally:
        sys.stderr = errors
    status = EXIT_FAILED if report.failed else EXIT_OK
    invocation = _answerable(args, arguments, cache_dir, report, chosen, options)
    if invocation is not None and written is not None:
        folder = answers.location(invocation)
        answer = answers.Answer("" if args.output is not None else target.getvalue(), written,
                                target.getvalue() if args.output is not None else None, status)
        # A speed-up that could not be kept (a file gone meanwhile) is no error of the run.
        with contextlib.suppress(CasecheckError, OSError, ValueError):
            inputs = [] if folder is None else list(
                run_inputs(args.paths, config=config, output=args.output, cache_dir=folder.path))
            # The answer lists every path it depends on; one whose name holds a secret (a
            # folder "card 4111 1111 1111 1111") would be kept in clear: no answer then.
            if folder is not None and not holds_secret(inputs):
                answers.store(folder, answers.answer_key(invocation, out, errors), answer,
                              inputs, started_ns=started_ns,
                              until_ns=_nanoseconds(report.valid_until))
    return status


def _write_report(name: str, report: RunReport, out: TextIO, options: ReportOptions) -> None:
    """Write ``report`` in format ``name``; a format plugin's failure of any kind (SystemExit
    included) is an error, never a quiet exit 0 without a report."""
    from casecheck.interrupts import Interrupted, interruptible  # noqa: PLC0415 - start-up: signal
    from casecheck.reporters import BUILTIN_REPORTERS, reporter  # noqa: PLC0415 - start-up: the catalog (15 ms)

    write = reporter(name)
    if name in BUILTIN_REPORTERS:
        write(report, out, options)
        return
    try:
        with interruptible():
            write(report, out, options)
    except (Interrupted, BrokenPipeError):
        raise
    except BaseException as error:  # noqa: BLE001 - a plugin's failure of any kind is reported
        problem = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        raise PluginError(f"--format {name} (a plugin) failed: {problem[:300]}") from None


def _ask_password(path: str) -> str | None:
    """The password of one PDF, typed on the terminal and never echoed; None when none."""
    import getpass  # noqa: PLC0415 - start-up: only `fix --password` asks

    try:
        return getpass.getpass(f"Password for {path} (Enter to skip): ") or None
    except EOFError:
        return None


def _fix(args: argparse.Namespace, out: TextIO) -> int:
    from casecheck.catalog import word  # noqa: PLC0415 - start-up: the catalog (15 ms)
    from casecheck.config_file import ConfigFiles, merge  # noqa: PLC0415 - pydantic
    from casecheck.engine import Config  # noqa: PLC0415 - pydantic
    from casecheck.findings import RunReport  # noqa: PLC0415 - start-up: the catalog (15 ms)
    from casecheck.fixes import fix, undo_fix  # noqa: PLC0415 - pydantic, Pillow, pypdf
    from casecheck.fixes.report import plan_json, write_plan, write_undone  # noqa: PLC0415 - start-up: the catalog (15 ms)
    from casecheck.reporters import ReportOptions, reporter  # noqa: PLC0415 - start-up: the catalog (15 ms)

    given: dict[str, object] = {}
    if args.rules:
        given["rules_dirs"] = tuple(args.rules)
    if args.ocr is not None:
        given["ocr"] = args.ocr
    if args.lang:
        given["lang"] = args.lang
    defaults = {"lang": _lang_from_environment()}
    if args.no_config:
        settings = {**defaults, **merge(None, given)}
        config = Config(**settings)
    else:
        # The configuration of the paths' common folder, never a case folder's own file.
        config = ConfigFiles(overrides=given, pinned=args.config,
                             defaults=defaults).run_config(args.paths)
    if args.undo:
        for undone in undo_fix(args.paths):
            write_undone(undone, out, config.lang)
        return EXIT_OK
    plan = fix(args.paths, apply=args.apply, select=args.select or (),
               ignore=args.ignore or (), password=_ask_password if args.password else None,
               config=config)
    if args.format == "json":
        out.write(plan_json(plan))
    else:
        write_plan(plan, out, config.lang)
        remaining = tuple(case.remaining for case in plan.cases if case.remaining is not None)
        if remaining:
            out.write(word("fix", "left", config.lang) + "\n")
            options = ReportOptions(color=_use_color(out), lang=config.lang, version=__version__)
            reporter("text")(RunReport(remaining), out, options)
    for error in plan.errors:
        _complain("error", error)
    if plan.errors:
        return EXIT_USAGE
    return EXIT_FAILED if plan.changed else EXIT_OK


def _policy(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from casecheck.catalog import word  # noqa: PLC0415 - start-up: the catalog (15 ms)
    from casecheck.evidence import policy_values  # noqa: PLC0415 - pydantic
    from casecheck.packs import load_packs  # noqa: PLC0415 - pydantic

    values = policy_values(load_packs(args.rules))
    if args.format == "json":
        out.write(json.dumps([v.to_dict() for v in values], ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    def label(key: str) -> str:
        return word("policy", key, lang)

    for value in values:
        cited = value.cited
        level = f"{cited.evidence} ({word('evidence', cited.evidence, lang)})"
        checked = f"{label('checked')} {cited.checked.isoformat()}"
        lines = [f"{value.key} = {value.shown_value()}",
                 f"    {label('evidence')}: {level}; {checked}",
                 f"    {label('source')}: {cited.source}"]
        lines += [f"    {label('quote')}: {cited.quote}"] if cited.quote else []
        lines += [f"    {label('url')}: {url}" for url in cited.urls]
        # A pack of --rules is a repository's text: its ESC sequences and line breaks shown
        out.write("\n".join(visible(line) for line in lines) + "\n")
    return EXIT_OK


def _check_output(path: Path) -> None:
    """Refuse an output file that cannot be written, before the cases are checked. Never
    inside a case folder: casecheck changes nothing there, and the next check would report
    the file as an unlisted attachment."""
    from casecheck.files import case_folder_of  # noqa: PLC0415 - start-up: platformdirs

    folder = path.absolute().parent
    if path.is_dir():
        raise UsageError(f"--output {path}: is a folder; name a file")
    if not folder.is_dir():
        raise UsageError(f"--output {path}: the folder {folder} does not exist")
    owner = case_folder_of(folder)
    if owner is not None:
        raise UsageError(f"--output {path}: inside the case folder {owner}; write it elsewhere")


def _write_output(path: Path, content: str) -> None:
    """Replace ``path`` whole, by rename: a reader (a browser reloading the report) never sees
    half of it. The file gets the mode the user's umask gives a new file."""
    import tempfile  # noqa: PLC0415 - start-up: only -o writes a file

    mode = new_file_mode()
    try:
        handle, temporary = tempfile.mkstemp(dir=path.absolute().parent,
                                             prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(content)
            Path(temporary).chmod(mode)
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise UsageError(f"--output {path}: {error.strerror or error}") from None


def _rules(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from casecheck.registry import rule_catalog  # noqa: PLC0415 - the checkers import pydantic

    if args.policy:
        return _policy(args, lang, out)
    if args.rules:
        raise UsageError("--rules goes with --policy: the rule list does not depend on packs")
    catalog = rule_catalog()
    if args.format == "json":
        rows = [{"code": r.code, "name": r.name, "severity": str(r.severity),
                 "summary": r.summary.get(lang)} for r in catalog.values()]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for rule in catalog.values():
        out.write(f"{rule.code}  {rule.name:<28} {rule.severity!s:<8} {rule.summary.get(lang)}\n")
    return EXIT_OK


def _explain(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from casecheck.docs import rule_markdown  # noqa: PLC0415 - start-up: the catalog (15 ms)
    from casecheck.registry import rule_catalog  # noqa: PLC0415 - the checkers import pydantic

    catalog = rule_catalog()
    code = args.code.upper()
    if code not in catalog:
        matches = [r.code for r in catalog.values() if r.name == args.code.lower()]
        if not matches:
            raise UsageError(f"unknown rule {args.code!r} (see `casecheck rules`)")
        code = matches[0]
    out.write(rule_markdown(catalog[code], lang))
    return EXIT_OK


def _log(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from casecheck.engine import Config  # noqa: PLC0415 - pydantic
    from casecheck.tracking import (  # noqa: PLC0415 - pydantic
        EXCEL_CSV_ENCODING,
        columns,
        tracking_rows,
    )

    config = Config(lang=lang, rules_dirs=tuple(args.rules), now=args.now, reports=args.reports)
    rows = tracking_rows(args.paths, config)
    names = columns(args.reports is not None)
    chosen = args.format or ("table" if args.output is None and out.isatty() else "csv")
    if args.output is None:
        _write_log(rows, chosen, out, lang, names)
        return EXIT_OK
    encoding = EXCEL_CSV_ENCODING if chosen == "csv" else "utf-8"
    try:
        with args.output.open("w", encoding=encoding, newline="") as file:
            _write_log(rows, chosen, file, lang, names)
    except OSError as error:
        raise UsageError(f"--output {args.output}: {error.strerror or error}") from None
    return EXIT_OK


def _write_log(
    rows: list[dict[str, object]], chosen: str, out: TextIO, lang: str, names: tuple[str, ...]
) -> None:
    from casecheck.tracking import write_csv, write_json, write_table  # noqa: PLC0415 - pydantic

    if chosen == "table":
        write_table(rows, out, lang)
    elif chosen == "json":
        write_json(rows, out)
    else:
        write_csv(rows, out, names)


def _clean(args: argparse.Namespace, out: TextIO) -> int:
    from casecheck.cache import cache_dir_for, clean  # noqa: PLC0415 - pydantic

    for raw in args.paths:
        if not Path(raw).exists():
            raise UsageError(f"{raw}: no such file or directory")
    directory = cache_dir_for(args.paths, args.cache_dir)
    try:
        removed = clean(directory)
    except ValueError as error:
        raise UsageError(str(error)) from None
    out.write(f"removed {directory}\n" if removed else f"no cache at {directory}\n")
    return EXIT_OK


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    from casecheck.case_types import case_types, schema_for  # noqa: PLC0415 - pydantic
    from casecheck.packs import load_packs  # noqa: PLC0415 - pydantic

    packs = load_packs(args.rules)
    if args.type is not None and args.type not in case_types(packs):
        raise UsageError(f"unknown case type {args.type!r}; known: {', '.join(case_types(packs))}")
    out.write(json.dumps(schema_for(args.type, packs), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _new(args: argparse.Namespace, out: TextIO) -> int:
    from casecheck.packs import load_packs  # noqa: PLC0415 - pydantic
    from casecheck.scaffold import ScaffoldError, new_case  # noqa: PLC0415 - pydantic

    try:
        written = new_case(args.type, args.dir, load_packs(args.rules), template=args.template)
    except ScaffoldError as error:
        raise UsageError(str(error)) from None
    for path in written:
        out.write(f"created {path.as_posix()}\n")
    return EXIT_OK


def _complain(level: str, message: object) -> None:
    """One line on stderr. It quotes a stranger's text (a configuration value, a file or
    folder name), so its secrets are masked and its control characters shown as escapes: a
    line break would start a line of its own, a GitHub workflow command (``::add-mask::``)."""
    from casecheck.masking import mask_text  # noqa: PLC0415 - pydantic (the packs), only for a complaint

    print(f"casecheck: {level}: {visible(mask_text(str(message)))}",
          file=sys.stderr)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    out = out or sys.stdout
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:  # asked on every hook install: answer before any import
        out.write(f"casecheck {__version__}\n")
        return EXIT_OK
    try:
        if arguments[:1] == ["check"] and (answered := _answer(arguments, out)) is not None:
            return answered
        try:
            args = _parser().parse_args(arguments)
        except SystemExit as exit_:
            return int(exit_.code or 0)
        if args.command == "check":
            return _check(args, out, arguments)
        if args.command == "fix":
            return _fix(args, out)
        lang = getattr(args, "lang", None) or _lang_from_environment()
        if args.command == "rules":
            return _rules(args, lang, out)
        if args.command == "explain":
            return _explain(args, lang, out)
        if args.command == "log":
            return _log(args, lang, out)
        if args.command == "new":
            return _new(args, out)
        if args.command == "docs":
            from casecheck.docs import main as docs_main  # noqa: PLC0415 - start-up: the catalog (15 ms)

            return docs_main(["--write", args.write] if args.write else ["--check", args.check])
        if args.command == "clean":
            return _clean(args, out)
        return _schema(args, out)
    except CasecheckError as error:
        _complain("error", error)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl-C: the workers are stopped, the cache is sound
        print("casecheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
