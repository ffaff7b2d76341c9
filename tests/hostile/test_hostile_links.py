"""A manifest or a message file that is a link to a file outside its case folder is never read.

Before: ``message.md -> ~/.ssh/id_rsa`` (or ``~/.aws/credentials``, ``/etc/passwd``) was read
as the case's message: the HTML dossier showed the whole file, and the message rules quoted
it; ``case.json -> /elsewhere/some.json`` was checked as the case, its values in the
findings. A hostile pull request could so publish a CI runner's files in its report. A
``message_file`` that leads out was already refused (M005 ``outside``), and attachments are
(A011); the default names were not.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck import Config, validate
from casecheck.cli import main

PRIVATE = "PRIVATE-KEY-d41d8cd98f00b204e9800998ecf8427e"
"""What the file outside holds; no output may show it."""

MANIFEST = 'type = "technical-issue"\nmarketplace = "US"\nsubject = "Inventory page error"\n'


def _outside(tmp_path: Path) -> dict[str, Path]:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    files = {
        "text": elsewhere / "id_rsa",
        "json": elsewhere / "settings.json",
        "toml": elsewhere / "credentials.toml",
        "yaml": elsewhere / "env.yaml",
    }
    files["text"].write_text(f"{PRIVATE}\nThe rest of the key, long enough to be a message "
                             "of twenty words or more for every rule to read it whole.\n",
                             encoding="utf-8")
    files["json"].write_text(json.dumps({"type": "technical-issue", "marketplace": "US",
                                         "subject": PRIVATE, "message": PRIVATE}),
                             encoding="utf-8")
    files["toml"].write_text(f'type = "technical-issue"\nmarketplace = "US"\n'
                             f'subject = "{PRIVATE}"\n"{PRIVATE}" = 1\n', encoding="utf-8")
    files["yaml"].write_text(f"{PRIVATE}: 1\ntoken: {PRIVATE}\n", encoding="utf-8")
    return files


def _repository(tmp_path: Path, absolute: bool) -> Path:
    files = _outside(tmp_path)
    cases = tmp_path / "repo" / "cases"

    def link(path: Path, target: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target if absolute else os.path.relpath(target, path.parent))

    for name in ("message.md", "message.txt"):
        folder = cases / name.replace(".", "-")
        (folder / "attachments").mkdir(parents=True)
        (folder / "case.toml").write_text(MANIFEST, encoding="utf-8")
        link(folder / name, files["text"])
    link(cases / "json" / "case.json", files["json"])
    link(cases / "toml" / "case.toml", files["toml"])
    link(cases / "yaml" / "case.yaml", files["yaml"])
    link(cases / "hop" / "case.toml", cases / "toml" / "case.toml")  # a link to a link out
    inside = cases / "inside"  # a link within the case folder is the folder's own file
    inside.mkdir()
    (inside / "real.toml").write_text(MANIFEST, encoding="utf-8")
    (inside / "case.toml").symlink_to("real.toml")
    (inside / "text.md").write_text("The inventory page shows an error since Monday. " * 3,
                                    encoding="utf-8")
    (inside / "message.md").symlink_to("text.md")
    return tmp_path / "repo"


@pytest.mark.parametrize("absolute", [False, True], ids=["relative", "absolute"])
def test_a_link_out_is_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, absolute: bool,
) -> None:
    repository = _repository(tmp_path, absolute)
    monkeypatch.chdir(repository)
    for output_format in ("text", "json", "sarif", "github", "junit", "html"):
        out = io.StringIO()
        assert main(["check", "cases", "--no-cache", "--format", output_format,
                     "--now", "2026-11-24T10:00:00-05:00"], out) == 1
        assert PRIVATE not in out.getvalue(), output_format
    out = io.StringIO()
    main(["check", "cases", "--no-cache", "--format", "json",
          "--now", "2026-11-24T10:00:00-05:00"], out)
    found = {case["path"].split("/")[-1]: {(f["code"], f["location"]["file"])
                                          for f in case["findings"]}
             for case in json.loads(out.getvalue())["cases"]}
    assert ("M005", "message.md") in found["message-md"]
    assert ("M005", "message.txt") in found["message-txt"]
    for name, manifest in (("json", "case.json"), ("toml", "case.toml"),
                           ("yaml", "case.yaml"), ("hop", "case.toml")):
        assert found[name] == {("M002", manifest)}, name
    assert not any(code.startswith("M") for code, _ in found["inside"])


def test_the_reason_is_said_in_both_languages(tmp_path: Path) -> None:
    repository = _repository(tmp_path, absolute=False)
    for lang, words in (("en", "outside the case folder"), ("zh-CN", "文件夹之外")):
        report = validate(repository / "cases" / "toml", config=Config(lang=lang))
        (finding,) = report.findings
        assert finding.data.get("file") == "case.toml"
        assert words in finding.message


@settings(max_examples=25, deadline=None)
@given(depth=st.integers(min_value=0, max_value=3), name=st.sampled_from(
    ["case.toml", "case.json", "case.yaml", "message.md", "message.txt"]))
def test_however_far_up_the_link_points_it_is_not_read(depth: int, name: str) -> None:
    """The target above the case folder by ``depth`` more folders, through ``..``."""
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        (root / "secret.txt").write_text(f"{PRIVATE}: 1\n", encoding="utf-8")
        folder = root.joinpath(*(f"d{i}" for i in range(depth)), "case")
        folder.mkdir(parents=True)
        if name.startswith("message"):
            (folder / "case.toml").write_text(MANIFEST, encoding="utf-8")
        (folder / name).symlink_to(os.path.relpath(root / "secret.txt", folder))
        report = validate(folder)
        assert PRIVATE not in json.dumps([f.to_dict() for f in report.findings])
        assert any(f.code in {"M002", "M005"} and f.location.file == name
                   for f in report.findings)
