"""Hostile manifests and messages: each one ends as an M-finding on its own case, fast.

Every input is built here, in the test; nothing depends on files lying around.
"""

from __future__ import annotations

import ctypes
import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import check, codes
from hostile_support import (
    GOOD_MANIFEST,
    Builder,
    directory,
    fifo,
    loading_findings,
    no_crash,
    run_cli,
    run_main,
    sparse,
    symlink_to,
    unix_socket,
    write,
)

from casecheck import files, loader

SEEDED = random.Random(8)
RANDOM_BYTES = bytes(SEEDED.getrandbits(8) for _ in range(4096))
DEEP = 100_000

# (id, manifest file name, content, expected code, words the message must contain)
MANIFESTS: list[tuple[str, str, bytes | str | Builder, str, str]] = [
    ("random-bytes", "case.toml", RANDOM_BYTES, "M002", "not UTF-8"),
    ("random-bytes-json", "case.json", RANDOM_BYTES, "M002", "not UTF-8"),
    ("utf16-bom", "case.toml", GOOD_MANIFEST.encode("utf-16"), "M002", "UTF-16"),
    ("utf32-bom", "case.toml", GOOD_MANIFEST.encode("utf-32"), "M002", "UTF-32"),
    ("nul-byte", "case.toml", GOOD_MANIFEST.encode() + b"x = 1\x00\n", "M002", "TOML"),
    ("deep-toml", "case.toml", "a = " + "[" * DEEP + "]" * DEEP, "M002", "nested too deeply"),
    ("deep-json", "case.json", "[" * DEEP + "]" * DEEP, "M002", "nested too deeply"),
    ("deep-yaml", "case.yaml", "a: " + "[" * 5_000 + "]" * 5_000, "M002", "nested too deeply"),
    ("huge-int", "case.toml", GOOD_MANIFEST + "units = 1" + "0" * 10_000 + "\n", "M002", "TOML"),
    ("ten-mb", "case.toml", GOOD_MANIFEST + 'x = "' + "a" * 10_000_000 + '"\n', "M002",
     "at most 1000000 bytes"),
    ("dup-toml", "case.toml", GOOD_MANIFEST + 'marketplace = "UK"\n', "M002", "line 4"),
    ("dup-json", "case.json", '{"type": "technical-issue", "marketplace": "US", "type": "x"}',
     "M002", "duplicate key 'type'"),
    ("dup-yaml", "case.yaml", "type: technical-issue\nmarketplace: US\nmarketplace: UK\n", "M002",
     "duplicate key 'marketplace'"),
    ("directory", "case.toml", directory, "M002", "not a regular file"),
    ("fifo", "case.toml", fifo, "M002", "not a regular file"),
    ("socket", "case.toml", unix_socket, "M002", "not a regular file"),
    ("dev-zero", "case.toml", symlink_to("/dev/zero"), "M002", "not a regular file"),
    ("dangling-link", "case.toml", symlink_to("nowhere.toml"), "M002", "No such file"),
    ("link-loop", "case.toml", symlink_to("case.toml"), "M002", "cannot be read"),
    ("json-list", "case.json", "[1, 2, 3]", "M003", "must be a table of fields, not list"),
    ("yaml-scalar", "case.yaml", "just words", "M003", "must be a table of fields, not str"),
    ("type-number", "case.toml", 'type = 5\nmarketplace = "US"\n', "M004", '"5"'),
]


@pytest.mark.parametrize(("name", "content", "code", "words"),
                         [pytest.param(m, c, code, w, id=i) for i, m, c, code, w in MANIFESTS])
def test_a_hostile_manifest_is_one_finding(
    tmp_path: Path, name: str, content: bytes | str | Builder, code: str, words: str,
) -> None:
    write(tmp_path, name, content)
    report = check(tmp_path)
    no_crash(report)
    assert codes(report) == [code]
    assert words in report.findings[0].message
    assert report.findings[0].location.file == name


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    write(tmp_path, "case.toml", b"\xef\xbb\xbf" + GOOD_MANIFEST.encode())
    write(tmp_path, "message.md", b"\xef\xbb\xbfThe inventory page shows an error.\n")
    assert not [code for code in codes(check(tmp_path)) if code.startswith("M")]


def test_a_ten_mb_manifest_is_judged_by_its_size_without_being_parsed(tmp_path: Path) -> None:
    write(tmp_path, "case.toml", sparse(10_000_000))
    (finding,) = loading_findings(check(tmp_path))
    assert (finding.code, dict(finding.data)) == (
        "M002", {"file": "case.toml", "size": 10_000_000, "limit": loader.MANIFEST_SIZE_LIMIT},
    )


def test_wrong_types_everywhere_give_one_finding_per_field(tmp_path: Path) -> None:
    write(tmp_path, "case.toml", "\n".join([
        'type = "technical-issue"', "marketplace = 3", "subject = []", "ids = 5",
        'attachments = "x"', "contact_path = {a = 1}", "ignore = [1]", "status = true",
        "message = 1.5", "template = 2", "prior_cases = [[[]]]", "", "[[x]]", "y = 1",
    ]) + "\n")
    report = check(tmp_path)
    no_crash(report)
    fields = sorted(f.location.field or "" for f in report.findings)
    assert set(codes(report)) == {"M003"}
    assert fields == sorted([
        "marketplace", "subject", "ids", "attachments", "contact_path", "ignore[0]", "status",
        "message", "template", "prior_cases[0]", "x",
    ])
    assert report.findings[0].location.line is not None


# --- messages ------------------------------------------------------------------------------

MESSAGES: list[tuple[str, bytes | Builder, str]] = [
    # A legacy encoding is read as such and named (it is checked as decoded, never "no message").
    ("latin-1", "Grüße aus München: the café order".encode("latin-1"), "saved as Windows-1252"),
    ("utf16-bom", "The inventory page fails.".encode("utf-16"), "saved as UTF-16"),
    ("binary", bytes(range(128, 256)) * 4, "not UTF-8 text (byte 0x80 at offset 0)"),
    ("utf16-no-bom", "The inventory page fails.".encode("utf-16-le"), "NUL character on line 1"),
    ("nul", b"Line one\nline two \x00 and binary", "NUL character on line 2"),
    ("fifty-mb", sparse(50_000_000), "50000000 bytes"),
    ("fifo", fifo, "not a regular file"),
    ("socket", unix_socket, "not a regular file"),
    ("directory", directory, "not a regular file"),
]


@pytest.mark.parametrize(("content", "words"),
                         [pytest.param(c, w, id=i) for i, c, w in MESSAGES])
def test_a_hostile_message_file_is_m005(
    tmp_path: Path, content: bytes | Builder, words: str,
) -> None:
    write(tmp_path, "case.toml", GOOD_MANIFEST)
    write(tmp_path, "message.md", content)
    report = check(tmp_path)
    no_crash(report)
    (finding,) = [f for f in report.findings if f.code.startswith("M")]
    assert finding.code == "M005"
    assert finding.location.file == "message.md"
    assert words in finding.message


def test_a_fifty_mb_message_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "case.toml", GOOD_MANIFEST)
    write(tmp_path, "message.md", b"x" * 50_000_000)
    reads: list[int] = []
    real_fdopen = os.fdopen

    def counting_fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, *args, **kwargs)
        real_read = handle.read
        handle.read = lambda n=-1: reads.append(n) or real_read(n)
        return handle

    monkeypatch.setattr(loader.os, "fdopen", counting_fdopen)
    assert "M005" in codes(check(tmp_path))
    assert not [n for n in reads if n < 0 or n > loader.MESSAGE_SIZE_LIMIT + 1]


def test_an_inline_message_with_nul_is_m005_at_the_manifest(tmp_path: Path) -> None:
    write(tmp_path, "case.toml", GOOD_MANIFEST + 'message = "before \\u0000 after"\n')
    (finding,) = loading_findings(check(tmp_path))
    assert (finding.code, finding.location.file, finding.location.field) == (
        "M005", "case.toml", "message",
    )


def test_a_message_file_through_a_symlink_to_dev_zero_is_never_opened(tmp_path: Path) -> None:
    write(tmp_path, "case.toml", GOOD_MANIFEST + 'message_file = "body.md"\n')
    write(tmp_path, "body.md", symlink_to("/dev/zero"))
    (finding,) = loading_findings(check(tmp_path))
    assert finding.code == "M005"
    assert "outside the case folder" in finding.message


def test_a_message_symlinked_to_a_fifo_inside_the_case_does_not_block(tmp_path: Path) -> None:
    write(tmp_path, "case.toml", GOOD_MANIFEST + 'message_file = "body.md"\n')
    write(tmp_path, "pipe", fifo)
    write(tmp_path, "body.md", symlink_to("pipe"))
    (finding,) = loading_findings(check(tmp_path))
    assert finding.code == "M005"
    assert "not a regular file" in finding.message


@pytest.fixture
def alarm() -> Iterator[None]:
    """Turn a hang (an open() blocked on a FIFO) into a failure instead of a stuck suite."""

    def hung(*_: object) -> None:
        raise TimeoutError("blocked: the FIFO was opened without O_NONBLOCK")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, 5)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.usefixtures("alarm")
def test_a_file_swapped_for_a_fifo_after_the_stat_does_not_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    regular = write(tmp_path, "regular.toml", GOOD_MANIFEST)
    pipe = write(tmp_path, "case.toml", fifo)
    real_stat = Path.stat
    # The race: the stat sees a regular file, the open then meets the FIFO.
    monkeypatch.setattr(Path, "stat", lambda self, **kw: real_stat(
        regular if self == pipe else self, **kw))
    with pytest.raises(OSError, match="not a regular file"):
        files.open_regular(pipe)


# --- names ---------------------------------------------------------------------------------

def test_names_with_spaces_cjk_and_emoji_load(tmp_path: Path) -> None:
    folder = tmp_path / "案件 two words 📦"
    write(folder, "case.toml", GOOD_MANIFEST + 'message_file = "正文 draft 😀.md"\n')
    write(folder, "正文 draft 😀.md", "The inventory page shows error 503 since 2026-11-23.\n")
    report = check(folder)
    no_crash(report)
    assert not [code for code in codes(report) if code.startswith("M")]
    status, data = run_main(str(tmp_path))
    assert status in (0, 1)
    assert [case["path"].rsplit("/", 1)[-1] for case in data["cases"]] == ["案件 two words 📦"]


# --- the whole run -------------------------------------------------------------------------

def _hostile_tree(top: Path) -> list[str]:
    names = []
    for ident, name, content, _, _ in MANIFESTS:
        if ident == "ten-mb":
            content = sparse(10_000_000)
        write(top / ident, name, content)
        names.append(ident)
    for ident, content, _ in MESSAGES:
        write(top / f"message-{ident}", "case.toml", GOOD_MANIFEST)
        write(top / f"message-{ident}", "message.md", content)
        names.append(f"message-{ident}")
    return sorted(names)


def test_every_hostile_case_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    names = _hostile_tree(tmp_path)
    status, data = run_main(str(tmp_path))
    assert status == 1
    assert sorted(case["path"].rsplit("/", 1)[-1] for case in data["cases"]) == names
    for case in data["cases"]:
        assert case["findings"], case["path"]
        assert "X001" not in {f["code"] for f in case["findings"]}


def test_the_command_exits_1_without_a_traceback(tmp_path: Path) -> None:
    _hostile_tree(tmp_path)
    result = run_cli(str(tmp_path), "--format", "json", timeout=60)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr == ""


# --- permissions ---------------------------------------------------------------------------

_PR_CAPBSET_DROP, _CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 24, 1, 2


def _without_root_file_access() -> None:
    """Drop root's power to read any file (Linux capabilities), for the child process only."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


def test_unreadable_manifest_message_and_attachment_are_findings(tmp_path: Path) -> None:
    write(tmp_path / "manifest", "case.toml", GOOD_MANIFEST).chmod(0)
    write(tmp_path / "message", "case.toml", GOOD_MANIFEST)
    write(tmp_path / "message", "message.md", "The inventory page fails.").chmod(0)
    write(tmp_path / "attachment", "case.toml", GOOD_MANIFEST
          + '[[attachments]]\npath = "attachments/pod.pdf"\nkind = "carrier-proof"\n')
    write(tmp_path / "attachment", "attachments/pod.pdf", b"%PDF-1.7\n%%EOF\n").chmod(0)
    if os.geteuid() == 0:
        # Root reads files whatever their mode; the child runs without that capability.
        if not sys.platform.startswith("linux"):
            pytest.skip("dropping root's file access needs Linux capabilities")
        try:
            result = run_cli(str(tmp_path), "--format", "json",
                             preexec_fn=_without_root_file_access)
        except subprocess.SubprocessError as error:
            pytest.skip(f"cannot drop CAP_DAC_OVERRIDE here: {error}")
        assert "Traceback" not in result.stderr
        status, data = result.returncode, json.loads(result.stdout)
    else:
        status, data = run_main(str(tmp_path))
    assert status == 1
    found = {case["path"].rsplit("/", 1)[-1]: case["findings"] for case in data["cases"]}
    assert [(f["code"], "Permission denied" in f["message"]) for f in found["manifest"]] == [
        ("M002", True)]
    assert [(f["code"], "Permission denied" in f["message"]) for f in found["message"]
            if f["code"].startswith("M")] == [("M005", True)]
    assert [(f["code"], f["data"]["error"]) for f in found["attachment"]
            if f["location"]["file"] == "attachments/pod.pdf"] == [("A010", "Permission denied")]


def test_a_message_just_under_the_read_limit_is_checked_whole(tmp_path: Path) -> None:
    """One line of almost 2 MB, dense with what the text rules look for: every rule still
    reports, with its line (a rule that counted lines from the start for each match took
    minutes here)."""
    pieces = ["unfair", "4111 1111 1111 1111", "password: hunter22", "URGENT NOW PLEASE", "ok"]
    body = " ".join(pieces[i % len(pieces)] for i in range(loader.MESSAGE_SIZE_LIMIT // 12))
    write(tmp_path, "case.toml", GOOD_MANIFEST)
    write(tmp_path, "message.md", body[: loader.MESSAGE_SIZE_LIMIT - 10].encode())
    report = check(tmp_path, select=("T002", "T004", "T006"))
    assert {"T002", "T004", "T006"} <= set(codes(report))
    assert all(f.location.line == 1 for f in report.findings if f.code != "T004")
    assert not any("4111 1111 1111 1111" in f.message for f in report.findings)
