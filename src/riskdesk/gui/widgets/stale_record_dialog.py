"""A save refused because someone else saved the record first ("Ændret af Lene Leder
(leder) kl. 10:42 – genindlæs"): who and when, the user's unsaved text, and Reload.

Reload asks the editor to load the newest version; this window stays open beside it
with the user's text, which can be selected and copied, so nothing typed is lost and
the user decides what still applies. It is not modal: the editor stays usable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.unsaved_text import UnsavedText
from riskdesk.gui.widgets.screen_fit import resize_within_screen


class StaleRecordDialog(QDialog):
    """:attr:`reload_requested` fires when the user asks for the newest version; the
    editor loads it and calls :meth:`reloaded`."""

    reload_requested = Signal()

    def __init__(
        self,
        refusal: StaleRecord,
        unsaved: Sequence[UnsavedText],
        *,
        language: Language,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StaleRecordDialog")
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.setModal(False)

        self.message = QLabel(refusal.text(language))
        self.message.setObjectName("result")
        self.message.setWordWrap(True)
        self.advice = QLabel(
            self.tr(
                "Nothing of yours was saved. Reload to see their version; your unsaved "
                "text stays here to copy back what still applies."
            )
        )
        self.advice.setWordWrap(True)
        heading = QLabel(self.tr("Your unsaved text"))
        heading.setObjectName("subheading")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Your unsaved text"))
        self.text.setPlainText(
            "\n\n".join(f"{item.label.text(language)}:\n{item.text}" for item in unsaved)
            or self.tr("You had not changed any text.")
        )

        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(
            self.tr("Reload"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button = buttons.addButton(
            self.tr("Copy all"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(self.reload_requested)
        self.copy_button.clicked.connect(self._copy_all)
        self.close_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.advice)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 520, 420)

    def reloaded(self) -> None:
        """The editor shows the newest version now; the text stays to be copied."""
        self.reload_button.setEnabled(False)
        self.advice.setText(
            self.tr(
                "The form shows the newest version now. Copy from here what you want to "
                "keep, then save again."
            )
        )

    def _copy_all(self) -> None:
        # Through the text field's own copy, which the clipboard guard marks and clears.
        self.text.selectAll()
        self.text.copy()


def offer_reload(
    editor: QWidget,
    refusal: StaleRecord,
    unsaved: Sequence[UnsavedText],
    *,
    language: Language,
    reload: Callable[[], bool],
) -> StaleRecordDialog:
    """Show the refusal and ``unsaved`` beside ``editor``; Reload calls ``reload()``,
    which shows the newest version and says whether it could be read."""
    dialog = StaleRecordDialog(refusal, unsaved, language=language, parent=editor)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def reloaded() -> None:
        if reload():
            dialog.reloaded()

    dialog.reload_requested.connect(reloaded)
    dialog.show()
    return dialog
