"""The line at the top of a page or dialog that says why something was refused or could
not be read; it takes no room while there is nothing to say."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem


class ProblemLine(QLabel):
    """Shows :class:`Problem`\\ s (:meth:`show_problems`) or texts already worded
    (:meth:`show_texts`) in the window's language: one as it is, several as a list.
    Hidden while empty. Plain text, so nothing in a problem is taken for markup, and
    selectable, so it can be copied into a message to support.

    A page that puts its refusals here passes them on from its own ``show_problems``,
    so :func:`~riskdesk.gui.operations.run_op` and
    :func:`~riskdesk.gui.operations.read_now` find the page."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setObjectName("problem")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Problems"))
        self.hide()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.show_texts([problem.text(self._language) for problem in problems])

    def show_texts(self, texts: Sequence[str]) -> None:
        """Show ``texts`` (none: hide the line)."""
        texts = [text for text in texts if text]
        self.setText(texts[0] if len(texts) == 1 else "\n".join(f"• {text}" for text in texts))
        self.setVisible(bool(texts))

    def clear(self) -> None:
        super().clear()
        self.hide()
