"""Secrets where a stranger can put text that is not a field's value: a folder's name, a file's
name, a manifest key, and the parts of a case the HTML dossier shows besides the findings.

Before: ``cases/card 4012 8888 8888 1881`` printed in clear in every format and in ``casecheck
log``; a finding's ``location`` (``attachments/card 4012 8888 8888 1881.pdf``, the field of an
unknown key ``"password: Tr0ub4dor_93x" = 1``) showed in clear in JSON, SARIF, text, JUnit and
GitHub annotations though its message was masked; the dossier showed the contact path, the
case ID and the attachments' descriptions and names as written; and the attachment and
history caches kept every file and folder name.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hostile_support import every_output
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck.masking import mask_name

CARD = "4012 8888 8888 1881"
PASSWORD = "Tr0ub4dor_93x"
CODE = "713284"
IBAN = "GB82 WEST 1234 5698 7654 32"
LEAKS = ("4012 8888 8888", "401288888888", "4012_8888", "4012-8888-8888", PASSWORD, CODE,
         "WEST 1234", "WEST12345698")
"""What no output and no cache file may hold."""

NAMED_FOLDER = f"card {CARD}"
MANIFEST = f'''type = "technical-issue"
marketplace = "US"
subject = "Inventory page error"
module = "Inventory"
case_id = "password: {PASSWORD}"
contact_path = ["Help", "password: {PASSWORD}"]

[[attachments]]
path = "attachments/card {CARD}.pdf"
kind = "other"
description = "IBAN {IBAN}"

[[attachments]]
path = "attachments/verification_code_{CODE}.png"
kind = "screenshot"

[[attachments]]
path = "attachments/4012888888881881.pdf"
kind = "other"
'''
KEYS = f'''type = "technical-issue"
marketplace = "US"
"card {CARD}" = 1
"password: {PASSWORD}" = "x"

[ids]
"verification code {CODE}" = ["x"]
'''
"""Keys no case type has: M003 names each by its field path."""


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names")
    case = root / "cases" / "listed"
    (case / "attachments").mkdir(parents=True)
    (case / "case.toml").write_text(MANIFEST, encoding="utf-8")
    (case / "message.md").write_text("The inventory page shows an error since Monday. " * 3,
                                     encoding="utf-8")
    (case / "attachments" / f"card {CARD}.pdf").write_bytes(b"%PDF-1.4\n% cut off\n")
    (case / "attachments" / "4012888888881881.pdf").write_bytes(b"%PDF-1.4\n% cut off\n")
    (case / "attachments" / "card_4012_8888_8888_1881.pdf").write_bytes(b"not listed")
    (case / "attachments" / f"password: {PASSWORD}.png").write_bytes(b"not listed either")
    (root / "cases" / "keys").mkdir()
    (root / "cases" / "keys" / "case.toml").write_text(KEYS, encoding="utf-8")
    named = root / "cases" / NAMED_FOLDER
    named.mkdir()
    (named / "case.toml").write_text(
        'type = "technical-issue"\nmarketplace = "US"\nsubject = "x"\n', encoding="utf-8")
    for path in root.rglob("*"):  # as checked out long ago: not too fresh to be cached
        os.utime(path, (1_700_000_000, 1_700_000_000))
    return root


def _outputs(repository: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(repository)
    outputs = every_output(repository, ("text", "json", "sarif", "github", "junit", "html"))
    assert {"cases", "files", "history"} <= {part for where in outputs if where.startswith("cache ")
                                             for part in Path(where[len("cache "):]).parts}
    return outputs


def test_no_name_or_key_shows_a_secret_in_clear(
    repository: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cold, and warm from the cache: every format, the log and every cache file."""
    for outputs in (_outputs(repository, monkeypatch), _outputs(repository, monkeypatch)):
        leaks = [(where, part) for where, text in outputs.items() for part in LEAKS
                 if part in text]
        assert leaks == []
        text = outputs["text"]
        # masked where it stands, not dropped: the seller still sees which folder and file
        assert "cases/card ••••••••••••1881" in text
        assert "cases/listed/attachments/card ••••••••••••1881.pdf" in text or \
            "attachments/card ••••••••••••1881.pdf" in text
        assert "M003" in text and "A005" in text and "A012" in text


def test_the_dossier_masks_what_it_shows_besides_the_findings(
    repository: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _outputs(repository, monkeypatch)["html"]
    assert "<li>password: ••••</li>" in page  # the contact path
    assert "GB••••" in page and "5432" in page  # the description
    assert "attachments/card ••••••••••••1881.pdf" in page


JOINERS = st.sampled_from(["/", "_", " ", "\\"])
SECRETS = st.sampled_from([("card ", "4012888888881881"), ("password: ", PASSWORD),
                           ("verification code ", CODE), ("", "4012 8888 8888 1881"),
                           ("IBAN ", "GB82WEST12345698765432")])
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(before=st.lists(WORD, max_size=3), secret=SECRETS, joiner=JOINERS,
       after=st.lists(WORD, max_size=2), extension=st.sampled_from(["", ".pdf", ".png"]))
def test_a_secret_in_any_part_of_a_path_is_masked(
    before: list[str], secret: tuple[str, str], joiner: str, after: list[str], extension: str,
) -> None:
    label, value = secret
    label = label.replace(" ", joiner) if joiner != "\\" else label
    path = "/".join([*before, f"{label}{value}{joiner}{joiner.join(after)}{extension}"])
    masked = mask_name(path)
    digits = re.sub(r"\W", "", value)
    assert digits[:8] not in re.sub(r"\W", "", masked)
    assert masked.count("/") >= len(before)  # the folders stay where they were
