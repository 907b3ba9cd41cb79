"""Starting the graphical application."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.gui.session.desk_loader import DeskLoader

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from riskdesk.domain.localized import Language
    from riskdesk.gui.session.session_controller import SessionController
    from riskdesk.gui.session.unlock_dialog import Opener
    from riskdesk.gui.widgets.clipboard_guard import ClipboardGuard
    from riskdesk.services.settings import Settings

# Calm, readable defaults for a tool used all day: one accent colour, quiet hints,
# problems in a dark red that stays readable on white.
STYLE_SHEET = """
QLabel#heading { font-size: 15pt; font-weight: 600; }
QLabel#hint { color: palette(placeholder-text); }
QLabel#problem { color: #a4161a; }
QLabel#disclaimer {
    background: #fdf6e3; border: 1px solid #e4d3a0; border-radius: 3px; padding: 6px 8px;
}
QLabel#result { font-size: 11pt; font-weight: 600; }
QFrame#item { border: none; border-bottom: 1px solid #e3e7eb; }
QListWidget#steps { background: #f5f7f9; border: 1px solid #d5dce2; outline: 0; }
QListWidget#steps::item { padding: 5px 6px; }
QListWidget#steps::item:selected { background: #1f5f8b; color: white; }
QTreeView::item { padding: 3px 2px; }
QListWidget#navigation {
    background: #eef2f5; border: none; border-right: 1px solid #d5dce2; outline: 0;
    font-size: 11pt; padding-top: 8px;
}
QListWidget#navigation::item { padding: 8px 14px; }
QListWidget#navigation::item:selected { background: #1f5f8b; color: white; }
QGroupBox { font-weight: 600; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox { font-weight: normal; }
"""


STYLE = "Fusion"


def apply_style(app: QApplication) -> None:
    app.setStyle(STYLE)
    app.setStyleSheet(STYLE_SHEET)


def styled_application(argv: list[str]) -> QApplication:
    """The application, in RiskDesk's style from its first widget: chosen by name on its
    command line, as ``apply_style`` does on one that exists. ``setStyle`` hands Python
    the style object, and PySide6 makes Python enums of all of ``QStyle``'s on first
    sight of one, about 15 ms before the unlock dialog's first paint."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([*argv[:1], "-style", STYLE, *argv[1:]])
    app.setStyleSheet(STYLE_SHEET)
    return app


def run_gui(*, vault: Path | str | None = None, username: str | None = None) -> int:
    """Show the unlock dialog (for ``vault``, a vault file or a team server's address, and
    ``username`` when given, otherwise the last ones used), then the main window; return
    the exit code.

    The services are imported on a thread once the dialog is painted, while it waits for
    input, so the first window appears without waiting for SQLAlchemy and SQLCipher; no
    module is imported on two threads at once (see :mod:`.session.desk_loader`). Before
    that paint, only what the dialog needs to draw itself is imported (#14 item 2;
    ``tests/startup/test_unlock_dialog_path.py`` lists what is kept out).
    """
    from PySide6.QtWidgets import QApplication

    from riskdesk.gui.plain_import import restore_plain_import

    restore_plain_import()
    from riskdesk.gui.gui_thread_gc import collect_on_gui_thread
    from riskdesk.gui.startup_probe import install_startup_probe
    from riskdesk.gui.translations import install_translators
    from riskdesk.services.settings import load_settings

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        apply_style(app)
    else:
        app = styled_application(sys.argv)
    app.setApplicationName("RiskDesk")
    app.setOrganizationName("RiskDesk")
    collector = collect_on_gui_thread(app)
    # Quitting is decided by the session, which briefly has no window while it locks.
    app.setQuitOnLastWindowClosed(False)
    settings = load_settings()
    install_translators(app, settings.language)
    loader = DeskLoader()
    controller = guarded_session(app, opener=loader.open, settings=settings, loader=loader)
    controller.loaded.connect(lambda built: _speak_in_boxes(settings.language, built))
    install_startup_probe(app, painted=controller.painted, loaded=controller.loaded)
    controller.start(vault, username)
    try:
        return app.exec()
    finally:
        loader.settle()
        collector.stop()


def _speak_in_boxes(language: Language, window_built: bool) -> None:
    """The language of the operations' boxes, set once the main window is built: the
    operations module comes with it, after the loader (see :mod:`.session.desk_loader`)."""
    if not window_built:
        return
    from riskdesk.gui import operations

    operations.set_language(language)


def guarded_session(
    app: QApplication, *, opener: Opener, settings: Settings, loader: DeskLoader | None = None
) -> SessionController:
    """The session, with the application's screen-capture guard installed before its
    first window is shown, so every window is guarded from its first frame, and its
    clipboard guard once the unlock dialog is painted, before anything of a vault is
    shown (see :class:`SessionController`)."""
    from riskdesk.gui.session.session_controller import SessionController
    from riskdesk.gui.widgets.capture_guard import install_capture_guard
    from riskdesk.services.settings import save_settings

    def guard_clipboard() -> ClipboardGuard:
        from riskdesk.gui.widgets.clipboard_guard import install_clipboard_guard

        return install_clipboard_guard(app)

    return SessionController(
        opener=opener,
        settings=settings,
        save_settings=save_settings,
        capture_guard=install_capture_guard(app, allow_capture=settings.allow_screen_capture),
        guard_clipboard=guard_clipboard,
        loader=loader,
    )
