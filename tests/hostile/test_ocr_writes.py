"""An OCR run writes nothing outside casecheck's own cache directory: onnxruntime's telemetry
store (a device id, the OS, the CPU, the memory size and the Python path, which it writes to
``~/.cache/Microsoft/DeveloperTools`` when it loads) is switched off before it starts."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hostile_support import GOOD_MANIFEST, run_cli, snapshot
from PIL import Image, ImageDraw

from casecheck.ocr.rapid import installed_backend


def _screenshot() -> bytes:
    image = Image.new("RGB", (1366, 768), "white")
    draw = ImageDraw.Draw(image)
    draw.text((80, 12), "https://sellercentral.amazon.com/inventory", fill="black")
    draw.text((1250, 740), "10:42 AM", fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.mark.skipif(installed_backend() is None, reason="needs the OCR extra (rapidocr)")
def test_an_ocr_run_writes_only_into_casechecks_cache(tmp_path: Path) -> None:
    home = tmp_path / "home"
    work = tmp_path / "work"
    case = work / "case"
    (case / "attachments").mkdir(parents=True)
    (case / "case.toml").write_text(
        GOOD_MANIFEST + '\n[[attachments]]\npath = "attachments/shot.png"\nkind = "screenshot"\n')
    (case / "message.md").write_text("The inventory page shows error 503.\n")
    (case / "attachments" / "shot.png").write_bytes(_screenshot())
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("XDG_", "CASECHECK_", "ORT_"))}
    folders = {"HOME": home, "XDG_CACHE_HOME": home / ".cache",
               "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local/share",
               "XDG_STATE_HOME": home / ".local/state", "TMPDIR": tmp_path / "tmp"}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    env.update({name: str(folder) for name, folder in folders.items()},
               CASECHECK_OCR_ENGINE="rapidocr")
    before = snapshot(tmp_path)
    result = run_cli("case", "--format", "json", cwd=work, env=env, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    own = home / ".cache" / "casecheck"
    assert list((own / "ocr").rglob("*.json")), "the screenshot was not read"
    after = snapshot(tmp_path)
    mine = own.relative_to(tmp_path)
    above = {folder.as_posix() for folder in mine.parents}  # their mtime moves: a new child
    elsewhere = sorted(name for name in set(after) | set(before)
                       if not Path(name).is_relative_to(mine) and name not in above
                       and after.get(name) != before.get(name))
    assert elsewhere == [], f"written outside casecheck's cache: {elsewhere}"
    assert not (home / ".cache" / "Microsoft").exists()
