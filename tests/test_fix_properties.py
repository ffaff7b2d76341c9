"""A fix is all or nothing: for random case folders and a failure injected anywhere (any file
operation of the transaction, or inside a fixer), the folder after a failed ``--apply`` is
byte-identical to the folder before, and nothing is left in ``.originals``."""

from __future__ import annotations

import errno
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from conftest import REPO, to_toml
from fix_files import photo, snapshot
from hypothesis import event, example, given, settings
from hypothesis import strategies as st
from made_files import pdf_bytes

import casecheck
from casecheck import ocr
from casecheck.fixes import planner, transaction

sys.path.insert(0, str(REPO / "tests" / "hostile"))
from hostile_files import pdf_with_javascript

PNG = (REPO / "tests" / "data" / "pngsuite" / "basn2c16.png").read_bytes()
LOCKED = (REPO / "tests" / "data" / "pypdf" / "encrypted-file.pdf").read_bytes()

FILES: dict[str, Callable[[], bytes]] = {
    "photo.jpg": photo,             # A001
    "shot.pdf": lambda: PNG,        # A002
    "pod.pdf": pdf_with_javascript,  # A019
    "report.pdf": lambda: LOCKED,   # A006, opened with the password "test"
    "fine.pdf": pdf_bytes,          # nothing to fix
}
SECRET = "Card 4111 1111 1111 1111 was charged for shipment FBA15C8KQ2ZP.\n"


def _write(folder: Path, listed: list[str], unlisted: list[str], secret: bool,
           subfolder: str) -> None:
    attachments = [{"path": f"attachments/{subfolder}{name}", "kind": "other"}
                   for name in listed]
    manifest = {"type": "fba-reimbursement", "marketplace": "US",
                "claim_kind": "inbound-lost", "ids": {"shipment_ids": ["FBA15C8KQ2ZP"]},
                **({"attachments": attachments} if attachments else {})}
    (folder / "attachments" / subfolder).mkdir(parents=True)
    (folder / "case.toml").write_text(to_toml(manifest), encoding="utf-8")
    (folder / "message.md").write_text(SECRET if secret else "Shipment FBA15C8KQ2ZP.\n")
    for name in [*listed, *unlisted]:
        (folder / "attachments" / subfolder / name).write_bytes(FILES[name]())


class _Failure:
    """Counts the transaction's file operations and makes the ``at``-th one fail once."""

    def __init__(self, at: int) -> None:
        self.at, self.calls, self.fired = at, 0, False

    def wrap(self, operation: Callable[..., Any]) -> Callable[..., Any]:
        def failing(*args: Any) -> Any:
            self.calls += 1
            if self.calls == self.at:
                self.fired = True
                raise OSError(errno.EIO, "injected failure")
            return operation(*args)
        return failing


names = st.sampled_from(sorted(FILES))


@settings(max_examples=40, deadline=None)
# A failure in the last rename of an in-place change, and in a fixer: both must fire.
@example(listed=["photo.jpg", "pod.pdf"], unlisted=["fine.pdf"], secret=True, subfolder="",
         at=12, in_fixer=None)
@example(listed=["pod.pdf"], unlisted=[], secret=False, subfolder="evidence/", at=40,
         in_fixer="strip_active_content")
@given(
    listed=st.lists(names, max_size=4, unique=True),
    unlisted=st.lists(st.sampled_from(["photo.jpg", "fine.pdf"]), max_size=1),
    secret=st.booleans(),
    subfolder=st.sampled_from(["", "evidence/"]),
    at=st.integers(min_value=1, max_value=40),
    in_fixer=st.sampled_from([None, "convert_image", "strip_active_content", "mask_secrets",
                              "edit_manifest"]),
)
def test_a_failed_apply_leaves_the_folder_byte_identical(
    listed: list[str], unlisted: list[str], secret: bool, subfolder: str, at: int,
    in_fixer: str | None,
) -> None:
    unlisted = [name for name in unlisted if name not in listed]
    with tempfile.TemporaryDirectory() as top, mock.patch.object(
            ocr, "default_engine", lambda: None):
        folder = Path(top) / "case"
        _write(folder, listed, unlisted, secret, subfolder)
        before = snapshot(folder)
        failure = _Failure(at)
        patches = [mock.patch.object(transaction, name, failure.wrap(getattr(transaction, name)))
                   for name in ("_rename", "_write_new", "_make_folder")]
        if in_fixer is not None:
            def broken(*args: Any, **kwargs: Any) -> Any:
                failure.fired = True
                raise RuntimeError("injected bug in a fixer")
            patches.append(mock.patch.object(planner, in_fixer, broken))
        for patch in patches:
            patch.start()
        try:
            plan = casecheck.fix(folder, apply=True, password="test")
        finally:
            for patch in patches:
                patch.stop()
        event("failed" if failure.fired else "applied")
        if failure.fired:
            assert plan.errors, "a failure was injected but the fix reports none"
            assert not plan.changed
            assert snapshot(folder) == before
        else:
            assert not plan.errors
            kept = folder / ".originals"
            assert kept.is_dir() == plan.changed
