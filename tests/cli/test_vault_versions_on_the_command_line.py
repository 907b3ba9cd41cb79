"""On the command line, an older RiskDesk refuses a newer vault in one line naming both
versions (exit 1, no traceback, the vault's folder unchanged); an older vault is upgraded
after a backup and its cases are listed as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from riskdesk import __version__
from riskdesk.store import migrate
from vault_fixtures import PASSWORD
from vault_versions import FUTURE_REVISION, FUTURE_VERSION, fingerprint, make_future, make_older


def _riskdesk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "RISKDESK_PASSWORD": PASSWORD,
        "RISKDESK_CONFIG_DIR": str(tmp_path / "cfg"),
        "RISKDESK_DATA_DIR": str(tmp_path / "data"),
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "riskdesk", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_newer_vault_is_one_line_naming_both_versions(demo_path: Path, tmp_path: Path) -> None:
    make_future(demo_path, username="koordinator", password=PASSWORD)
    before = fingerprint(demo_path.parent)

    result = _riskdesk(tmp_path, "case", "list", "--vault", str(demo_path), "--user", "koordinator")

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    line = result.stderr
    assert f"RiskDesk {FUTURE_VERSION} (skema {FUTURE_REVISION})" in line
    assert f"RiskDesk {__version__} (skema {migrate.head_revision()})" in line
    assert fingerprint(demo_path.parent) == before


def test_an_older_vault_is_backed_up_and_upgraded_and_lists_the_same_cases(
    demo_path: Path, tmp_path: Path
) -> None:
    listed = _riskdesk(tmp_path, "case", "list", "--vault", str(demo_path), "--user", "koordinator")
    assert listed.returncode == 0, listed.stderr
    make_older(demo_path, "0007", username="koordinator", password=PASSWORD)

    upgraded = _riskdesk(
        tmp_path, "case", "list", "--vault", str(demo_path), "--user", "koordinator"
    )

    assert upgraded.returncode == 0, upgraded.stderr
    assert upgraded.stdout == listed.stdout
    assert list(demo_path.parent.glob(f"{demo_path.name}.backup-0007-*"))
