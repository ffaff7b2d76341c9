"""The JSON output of the shipped examples is a contract: a refactoring that changes one byte of
it changed behaviour. Regenerate the snapshot only for a change that means to alter findings:
``CASECHECK_OCR_ENGINE=rapidocr casecheck check examples/cases --format json
--now 2026-11-24T10:00:00-05:00 --no-cache > tests/data/examples-check.json``."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest
from conftest import REPO

SNAPSHOT = REPO / "tests" / "data" / "examples-check.json"


@pytest.mark.skipif(importlib.util.find_spec("rapidocr_onnxruntime") is None,
                    reason="the snapshot holds what rapidocr reads in the example screenshots")
def test_examples_json_output_is_unchanged() -> None:
    command = [sys.executable, "-m", "casecheck", "check", "examples/cases", "--format", "json",
               "--now", "2026-11-24T10:00:00-05:00", "--no-cache"]
    env = {**os.environ, "CASECHECK_OCR_ENGINE": "rapidocr"}
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, timeout=300)
    assert result.returncode == 1, result.stderr.decode()
    assert result.stdout.decode() == SNAPSHOT.read_text(encoding="utf-8")
