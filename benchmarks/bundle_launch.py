"""Launch of the desktop bundle against the same launch from the venv:
``python -m benchmarks.bundle_launch BUNDLE_EXECUTABLE [--runs N]`` (after ``make bundle``
and install.sh, BUNDLE_EXECUTABLE is ~/.local/bin/riskdesk).

Each run is a new process with the startup probe on (``RISKDESK_EXIT_WHEN_SHOWN=1``,
riskdesk/gui/startup_probe.py), offscreen, opening the unlock dialog for a demo vault; the
figure is from starting the process to the dialog's first paint, as ``launch`` in
``python -m benchmarks`` measures it. The first run is reported on its own: it is the one
a caseworker sees after logging in, when the bundle's files are least likely to be cached.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.__main__ import _report

PROBE_ENV = "RISKDESK_EXIT_WHEN_SHOWN"


def _launch_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, check=True, timeout=300
    )
    shown, window = result.stdout.split()
    assert window == "UnlockDialog", window
    return (float(shown) - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    venv_riskdesk = shutil.which("riskdesk", path=str(Path(__file__).parents[1] / ".venv" / "bin"))
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        vault = home / "demo.rdv"
        bundle = str(args.executable)
        subprocess.run([bundle, "demo", "--vault", str(vault), "--persons", "12"], check=True)
        env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            PROBE_ENV: "1",
        }
        gui = ["gui", "--vault", str(vault)]
        first = _launch_ms([bundle, *gui], env)
        _report("bundle launch → unlock dialog painted, first run", [first])
        _report(
            "bundle launch → unlock dialog painted",
            [_launch_ms([bundle, *gui], env) for _ in range(args.runs)],
        )
        if venv_riskdesk:
            venv_env = {**os.environ, **env, "PATH": os.environ.get("PATH", "")}
            _report(
                "venv launch → unlock dialog painted (same probe)",
                [_launch_ms([venv_riskdesk, *gui], venv_env) for _ in range(args.runs)],
            )


if __name__ == "__main__":
    main()
