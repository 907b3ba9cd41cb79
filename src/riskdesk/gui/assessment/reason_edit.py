"""A short free-text box for a written professional reason."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


class ReasonEdit(QPlainTextEdit):
    """Three lines high; Tab moves on rather than typing a tab, so the keyboard user is
    never trapped in it. Its accessible name is its placeholder too."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(56)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(accessible_name)

    def set_text(self, text: str) -> None:
        """Replace the text only when it differs, so the cursor stays where it was."""
        if self.toPlainText() != text:
            self.setPlainText(text)
