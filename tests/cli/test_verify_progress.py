"""``riskdesk audit verify`` on a terminal counts the events checked on stderr, on one
line; piped, or with ``--quiet``, it writes nothing there, so a script reading the
findings on stdout or a log of stderr gets no counter lines (#14 item 5)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

from vault_fixtures import PASSWORD


def _verify(vault: Path | str, *extra: str, terminal: bool) -> tuple[int, str, str]:
    """Exit code, stdout and what stderr received, run as a real process."""
    command = [sys.executable, "-m", "riskdesk", "audit", "verify", "--vault", str(vault)]
    env = {**os.environ, "RISKDESK_PASSWORD": PASSWORD}
    if not terminal:
        done = subprocess.run(
            [*command, "--user", "leder", *extra], capture_output=True, text=True, env=env
        )
        return done.returncode, done.stdout, done.stderr
    main, side = pty.openpty()
    received: list[bytes] = []

    def read() -> None:
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal's other side has closed
                return
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        process = subprocess.run(
            [*command, "--user", "leder", *extra],
            stdout=subprocess.PIPE,
            stderr=side,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
    finally:
        os.close(side)
        reader.join(30)
        os.close(main)
    return process.returncode, process.stdout, b"".join(received).decode()


def test_a_terminal_sees_the_count_and_a_pipe_sees_nothing(demo_location: Path | str) -> None:
    code, out, terminal = _verify(demo_location, terminal=True)
    assert code == 0
    assert "Revisionssporet er intakt" in out
    assert "Kontrollerer" not in out
    assert terminal.startswith("\rKontrollerer revisionssporet: ")
    assert "hændelser (100 %)" in terminal
    assert terminal.endswith("\n") or terminal.endswith("\r\n")
    assert terminal.count("\n") == 1

    code, out, terminal = _verify(demo_location, "--quiet", terminal=True)
    assert (code, terminal) == (0, "")
    assert "Revisionssporet er intakt" in out

    code, out, piped = _verify(demo_location, terminal=False)
    assert (code, piped) == (0, "")
    assert "Revisionssporet er intakt" in out
