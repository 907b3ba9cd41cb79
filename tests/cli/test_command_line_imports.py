"""`riskdesk gui` goes through the command line's parser, so parsing must not import the
store, the document renderers or SQLAlchemy: those belong to the desk loader's thread,
not to the time before the first window (about 1 s of imports before this was so)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "docx", "docxtpl", "riskdesk.store", "riskdesk.documents")


def test_building_the_parser_imports_no_store_and_no_renderer() -> None:
    probe = (
        "import sys\n"
        "from riskdesk.cli import build_parser\n"
        "build_parser().parse_args(['gui'])\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
