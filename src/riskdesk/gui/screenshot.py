"""``python -m riskdesk.gui.screenshot [OUT.png]``: the main window with a demo vault,
drawn offscreen, for the README. Only synthetic people are shown."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DEFAULT_OUTPUT = Path("docs/main-window.png")
_USER = "koordinator"
_PASSWORD = "demo"  # noqa: S105 - the documented password of a throwaway demo vault


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from riskdesk.demo.demo_vault import create_demo_vault
    from riskdesk.domain.localized import Language
    from riskdesk.gui.app import apply_style
    from riskdesk.gui.main_window import MainWindow
    from riskdesk.gui.translations import install_translators
    from riskdesk.services.desk import Desk

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    install_translators(app, Language.DANISH)
    with tempfile.TemporaryDirectory() as folder:
        vault = Path(folder) / "enhed.rdv"
        create_demo_vault(vault, persons=60, password=_PASSWORD)
        with Desk.open(vault, username=_USER, password=_PASSWORD) as desk:
            window = MainWindow(language=Language.DANISH)
            window.resize(1280, 760)
            window.set_desk(desk, vault)
            window.show()
            app.processEvents()
            output.parent.mkdir(parents=True, exist_ok=True)
            saved = window.grab().save(str(output))
            window.clear()
    print(output if saved else f"could not write {output}")
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main())
