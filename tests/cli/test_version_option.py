"""``riskdesk --version``: the version on the first line, then the schema revision and the
instruments and templates in use; one line and exit 1 when the installation cannot read
its own files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from riskdesk import __version__
from riskdesk.shipped_files import TEMPLATES_DIR_ENV, templates_dir
from riskdesk.store.migrate import head_revision


def _version(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "riskdesk", "--version"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path),
            "RISKDESK_CONFIG_DIR": str(tmp_path / "cfg"),
            "RISKDESK_DATA_DIR": str(tmp_path / "data"),
            **env,
        },
        timeout=60,
        check=False,
    )


def test_version_names_schema_instruments_and_templates(tmp_path: Path) -> None:
    own = tmp_path / "own"
    (own / "templates").mkdir(parents=True)
    (own / "templates" / "moede-referat.docx").write_bytes(
        (templates_dir() / "moede-referat.docx").read_bytes()
    )

    result = _version(tmp_path, RISKDESK_MUNICIPALITY_DIR=str(own))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"riskdesk {__version__}"
    assert f"Skemarevision: {head_revision()}" in lines
    assert "  riskdesk-youth 1 (riskdesk-youth-v1.yaml, leveret med RiskDesk)" in lines
    plan = hashlib.sha256((templates_dir() / "handleplan.docx").read_bytes()).hexdigest()
    assert f"  handleplan.docx {plan[:12]} (leveret med RiskDesk)" in lines
    assert any(
        line.startswith("  moede-referat.docx ") and "kommunens egen" in line for line in lines
    )
    assert f"Kommunens mappe: {own}" in lines


def test_an_installation_without_its_templates_says_so_in_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "no-templates"
    empty.mkdir()

    result = _version(tmp_path, **{TEMPLATES_DIR_ENV: str(empty)})

    assert result.returncode == 1
    assert result.stdout == f"riskdesk {__version__}\n"
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
