"""Importing the services (what the loader does behind the unlock dialog) holds no Word
renderer and no spreadsheet library: python-docx with docxtpl, and openpyxl with numpy,
were 55 MB of the GUI's resident memory in every session, exporting or not (#14 item 9).
They are imported by the first export that needs them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("docx", "docxtpl", "openpyxl", "numpy", "matplotlib")

_IMPORT_THE_SERVICES = """
import sys
import riskdesk.services.desk
print(" ".join(sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[1:]))))
"""


def test_the_services_import_without_the_renderer_or_the_spreadsheet_library() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_THE_SERVICES, *HEAVY],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.split() == []
