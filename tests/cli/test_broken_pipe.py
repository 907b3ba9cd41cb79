"""``riskdesk case list | head``: a reader that stops early is no file error. The command
ends quietly, with no 'A file could not be used (EPIPE)' and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vault_fixtures import PASSWORD


def test_a_reader_that_stops_early_is_not_reported_as_a_file_error(
    demo_location: Path | str, tmp_path: Path
) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "RISKDESK_PASSWORD": PASSWORD,
        "RISKDESK_CONFIG_DIR": str(tmp_path / "cfg"),
        "HOME": str(tmp_path),
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    command = ["case", "list", "--vault", str(demo_location), "--user", "koordinator"]
    process = subprocess.Popen(
        [sys.executable, "-m", "riskdesk", *command, "--format", "json"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    # The reader has gone before the command writes a byte.
    process.stdout.close()
    stderr = process.stderr.read().decode(errors="replace")
    process.wait(timeout=60)
    assert stderr == ""
