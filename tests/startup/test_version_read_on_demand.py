"""Importing ``riskdesk`` reads no package metadata (importlib.metadata, with email and
zipfile, cost the unlock dialog's first paint 50-90 ms); ``riskdesk.__version__`` is
still the installed distribution's version, read the first time it is asked for."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

_IMPORT_THEN_ASK = """
import sys
import riskdesk
print("importlib.metadata" in sys.modules)
from riskdesk import __version__
print(__version__, riskdesk.__version__)
"""


def test_the_version_is_read_when_asked_for_not_on_import() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_THEN_ASK],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    read_on_import, versions = done.stdout.splitlines()
    assert read_on_import == "False"
    assert versions.split() == [version("riskdesk")] * 2
