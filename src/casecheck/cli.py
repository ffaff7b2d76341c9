"""The ``casecheck`` command: a thin shell over the library. Exit 0 ok, 1 findings, 2 usage."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from casecheck import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
LANGS = ("en", "zh-CN")


class _Usage(Exception):
    """A mistake on the command line or in configuration: one line on stderr, exit 2."""


def _codes(text: str) -> tuple[str, ...]:
    return tuple(code.strip().upper() for code in text.split(",") if code.strip())


def _known_codes(codes: Sequence[str], option: str) -> None:
    from casecheck.catalog import shipped_catalog  # noqa: PLC0415

    catalog = shipped_catalog()
    for code in codes:
        if not any(known.startswith(code) for known in catalog):
            raise _Usage(f"{option}: {code!r} is no rule code or prefix (see `casecheck rules`)")


def _datetime(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 datetime: {text!r}") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a time zone offset, e.g. {text}+00:00")
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
            return "zh-CN" if value.lower().startswith(("zh_cn", "zh_sg", "zh_hans", "zh-cn")) else "en"
    return "en"


def _use_color(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _parser() -> argparse.ArgumentParser:
    from casecheck.reporters import formats  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="casecheck",
        description="Check Amazon Seller Central support cases before you submit them.",
    )
    parser.add_argument("--version", action="version", version=f"casecheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="check case folders (the main job)")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="case folder, folder of case folders, or file inside a case folder")
    check.add_argument("--format", choices=formats(), default="text")
    check.add_argument("--select", type=_codes, default=(), metavar="CODES",
                       help="only these rule codes or prefixes, comma-separated (e.g. A,I001)")
    check.add_argument("--ignore", type=_codes, default=(), metavar="CODES",
                       help="skip these rule codes or prefixes, comma-separated")
    check.add_argument("--strict", action="store_true", help="warnings fail the run too")
    check.add_argument("--template", action="store_true",
                       help="check the folders as templates: placeholders allowed, real data not needed")
    check.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                       help="a rule pack directory that extends or overrides the shipped packs")
    check.add_argument("--no-ocr", action="store_true", help="do not read screenshots with OCR")
    check.add_argument("--lang", choices=LANGS, help="language of the findings (default: from LANG)")
    check.add_argument("--now", type=_datetime, metavar="DATETIME",
                       help="the clock for cases without submit_at, e.g. 2026-11-24T10:00:00-05:00")
    check.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                       help="check case folders in N processes (default: one per core)")
    check.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the incremental cache")
    check.add_argument("--cache-dir", type=Path, metavar="DIR",
                       help="keep the cache in DIR (default: .casecheck_cache at the project root)")

    clean = commands.add_parser("clean", help="remove the incremental cache")
    clean.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="the paths `check` was given: their project's cache is removed")
    clean.add_argument("--cache-dir", type=Path, metavar="DIR")

    rules = commands.add_parser("rules", help="list every rule")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--lang", choices=LANGS)

    explain = commands.add_parser("explain", help="explain one rule")
    explain.add_argument("code")
    explain.add_argument("--lang", choices=LANGS)

    schema = commands.add_parser("schema", help="print the JSON Schema of the manifest")
    schema.add_argument("type", nargs="?", help="one case type; all of them when left out")
    schema.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR")
    return parser


def _check(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from casecheck.engine import Config, check_paths  # noqa: PLC0415
    from casecheck.loader import UsageError  # noqa: PLC0415
    from casecheck.packs import load_packs  # noqa: PLC0415
    from casecheck.reporters import ReportOptions, reporter  # noqa: PLC0415

    _known_codes(args.select, "--select")
    _known_codes(args.ignore, "--ignore")
    config = Config(
        select=args.select, ignore=args.ignore, strict=args.strict, template=args.template,
        ocr=not args.no_ocr, lang=lang, rules_dirs=tuple(args.rules), now=args.now,
    )
    from casecheck.progress import ProgressBar, wanted  # noqa: PLC0415

    bar = ProgressBar(sys.stderr) if wanted(sys.stderr, args.format) else None
    try:
        report = check_paths(
            args.paths, config=config, cache=False if args.no_cache else args.cache_dir or True,
            jobs=args.jobs, progress=bar,
        )
    except UsageError as error:
        raise _Usage(str(error)) from None
    finally:
        if bar is not None:
            bar.close()
    options = ReportOptions(
        color=_use_color(out), lang=lang, version=__version__,
        rules_version=load_packs(config.rules_dirs).version,
    )
    reporter(args.format)(report, out, options)
    return EXIT_FAILED if report.failed else EXIT_OK


def _rules(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from casecheck.catalog import shipped_catalog  # noqa: PLC0415

    catalog = shipped_catalog()
    if args.format == "json":
        rows = [{"code": r.code, "name": r.name, "severity": str(r.severity),
                 "summary": r.summary.get(lang)} for r in catalog.values()]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for rule in catalog.values():
        out.write(f"{rule.code}  {rule.name:<28} {rule.severity!s:<8} {rule.summary.get(lang)}\n")
    return EXIT_OK


def _explain(args: argparse.Namespace, lang: str, out: TextIO) -> int:
    from casecheck.catalog import shipped_catalog  # noqa: PLC0415
    from casecheck.docs import rule_markdown  # noqa: PLC0415

    catalog = shipped_catalog()
    code = args.code.upper()
    if code not in catalog:
        matches = [r.code for r in catalog.values() if r.name == args.code.lower()]
        if not matches:
            raise _Usage(f"unknown rule {args.code!r} (see `casecheck rules`)")
        code = matches[0]
    out.write(rule_markdown(catalog[code], lang))
    return EXIT_OK


def _clean(args: argparse.Namespace, out: TextIO) -> int:
    from casecheck.cache import cache_dir_for, clean  # noqa: PLC0415

    for raw in args.paths:
        if not Path(raw).exists():
            raise _Usage(f"{raw}: no such file or directory")
    directory = cache_dir_for(args.paths, args.cache_dir)
    try:
        removed = clean(directory)
    except ValueError as error:
        raise _Usage(str(error)) from None
    out.write(f"removed {directory}\n" if removed else f"no cache at {directory}\n")
    return EXIT_OK


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    from casecheck.case_types import case_types, schema_for  # noqa: PLC0415
    from casecheck.packs import load_packs  # noqa: PLC0415

    packs = load_packs(args.rules)
    if args.type is not None and args.type not in case_types(packs):
        raise _Usage(f"unknown case type {args.type!r}; known: {', '.join(case_types(packs))}")
    out.write(json.dumps(schema_for(args.type, packs), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    out = out or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    lang = getattr(args, "lang", None) or _lang_from_environment()
    from casecheck.catalog import CatalogError  # noqa: PLC0415
    from casecheck.packs import PackError  # noqa: PLC0415

    try:
        if args.command == "check":
            return _check(args, lang, out)
        if args.command == "rules":
            return _rules(args, lang, out)
        if args.command == "explain":
            return _explain(args, lang, out)
        if args.command == "clean":
            return _clean(args, out)
        return _schema(args, out)
    except (_Usage, PackError, CatalogError) as error:
        print(f"casecheck: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
