"""The first window: choose a vault, say who you are, unlock; or create a new vault.

It is what a start shows first, so it imports and builds only what it draws: nothing
here reaches Qt's ``Qt`` namespace before the first paint (PySide6 makes Python enums of
its hundred-odd enumerations on first use, about 45 ms of CPU), and what it shows later
(the rows for choosing one's own password, the file chooser, the refusals an unlock may
raise) is imported or built when it is needed (#14 item 2).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.gui.session import vault_place
from riskdesk.gui.session.ca_file_offer import CaFileOffer
from riskdesk.gui.session.memory_release import return_free_pages
from riskdesk.gui.session.recent_places_button import RecentPlacesButton

if TYPE_CHECKING:
    from riskdesk.domain.localized import Language
    from riskdesk.gui.session.create_vault_dialog import CreateVaultDialog, Creator
    from riskdesk.gui.session.locked_session import LockedSession
    from riskdesk.gui.users.new_password_rows import NewPasswordRows
    from riskdesk.services.desk import Desk

log = logging.getLogger(__name__)

Opener = Callable[..., "Desk"]


class UnlockDialog(QDialog):
    """Asks for vault, user name and password and opens the desk with ``opener(place,
    username=..., password=...)``, the place a vault file or a team server's address
    (``recent`` ones offered; a CA file chosen after a refusal goes to ``save_ca_file``).

    Every failure is shown inside the dialog, which stays open with the password
    cleared; on success :attr:`desk` holds the open desk and the dialog is accepted.
    With ``fixed_vault`` the path cannot change. Unlocking again after a lock
    (``locked``) says why it locked and whose session it was, and opens only for that
    user or an administrator (anyone else's desk is locked again at once).

    With a ``creator`` (see :class:`CreateVaultDialog`) it offers to create a vault file:
    prominently while none is at the path, else as a small button, after ``wait_for_core()``
    (:mod:`.desk_loader`); the dialog is accepted with the new vault open as its administrator.
    """

    def __init__(
        self,
        *,
        opener: Opener,
        language: Language,
        vault: Path | str | None = None,
        username: str = "",
        recent: Sequence[str] = (),
        save_ca_file: Callable[[Path], None] = lambda _: None,
        fixed_vault: bool = False,
        locked: LockedSession | None = None,
        creator: Creator | None = None,
        wait_for_core: Callable[[], object] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._creator = creator
        self._wait_for_core = wait_for_core
        self._language = language
        fixed_vault = fixed_vault or locked is not None
        self._fixed_vault = fixed_vault
        self.locked = locked
        self._choosing = False
        self.desk: Desk | None = None
        self.create_dialog: CreateVaultDialog | None = None
        self.setWindowTitle(self.tr("RiskDesk – unlock"))
        self.setObjectName("UnlockDialog")
        # Wide enough for a team server's whole address.
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("Unlock RiskDesk"))
        heading.setObjectName("heading")
        self.intro_label = QLabel(self._intro(fixed_vault))
        self.intro_label.setWordWrap(True)
        self.who_label = QLabel(self._who_may_unlock())
        self.who_label.setObjectName("hint")
        self.who_label.setWordWrap(True)
        self.who_label.setVisible(locked is not None)

        self.vault_edit = QLineEdit(str(vault) if vault else "")
        self.vault_edit.setAccessibleName(self.tr("Vault file or team server"))
        self.vault_edit.setPlaceholderText(self.tr("riskdesk.rdv or postgresql://server/riskdesk"))
        self.vault_edit.setReadOnly(fixed_vault)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Browse for the vault file"))
        self.browse_button.setEnabled(not fixed_vault)
        self.browse_button.clicked.connect(self._browse)
        self.recent_button = RecentPlacesButton(() if fixed_vault else recent)
        self.recent_button.chosen.connect(self._place_chosen)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_edit, 1)
        vault_row.addWidget(self.browse_button)
        vault_row.addWidget(self.recent_button)

        self.user_edit = QLineEdit(username)
        self.user_edit.setAccessibleName(self.tr("User name"))
        # Named, not Qt.InputMethodHint.ImhNoAutoUppercase: see the module's docstring.
        self.user_edit.setProperty("inputMethodHints", "ImhNoAutoUppercase")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))

        self._form = form = QFormLayout()
        form.addRow(_buddy(self.tr("&Vault or server:"), self.vault_edit), vault_row)
        form.addRow(_buddy(self.tr("&User name:"), self.user_edit), self.user_edit)
        form.addRow(_buddy(self.tr("&Password:"), self.password_edit), self.password_edit)
        self._new_password: NewPasswordRows | None = None

        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        self.ca_offer = CaFileOffer(save_ca_file)

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("Un&lock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Apart from Unlock and Quit, on the left: another way on, not an answer.
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self._create_vault)
        self._offers_to_create = creator is not None and not fixed_vault
        self.vault_edit.textChanged.connect(self._place_changed)
        if not self._offers_to_create:
            self.create_button.hide()
        button_row = QHBoxLayout()
        button_row.addWidget(self.create_button)
        button_row.addStretch(1)
        button_row.addWidget(self.buttons)
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.who_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        # At its own width on the left, as Qt.AlignmentFlag.AlignLeft would put it.
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.ca_offer)
        offer_row.addStretch(1)
        layout.addLayout(offer_row)
        layout.addLayout(button_row)

        QWidget.setTabOrder(self.vault_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.recent_button)
        QWidget.setTabOrder(self.recent_button, self.user_edit)
        QWidget.setTabOrder(self.user_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.cancel_button)
        self._first_empty_field().setFocus()
        self._place_changed()
        vault_place.show_start_of_address(self.vault_edit)
        if self._offers_to_create:
            QWidget.setTabOrder(self.cancel_button, self.create_button)
            if not self.vault_found() and not self.on_server():
                # First run: Enter creates the vault; once in a field, Enter unlocks.
                self.create_button.setFocus()

    @property
    def new_password(self) -> NewPasswordRows:
        """The rows for choosing one's own password, shown when an administrator chose
        it; built, hidden, on first use."""
        if self._new_password is None:
            from riskdesk.gui.users.new_password_rows import STRENGTH_COLOURS, NewPasswordRows

            self._new_password = NewPasswordRows(
                language=self._language,
                first_label=self.tr("&New password:"),
                again_label=self.tr("New password a&gain:"),
                parent=self,
            )
            self._new_password.add_to(self._form)
            self._new_password.set_visible(False)
            # Built after the dialog's tab order was set: put them where they stand.
            QWidget.setTabOrder(self.password_edit, self._new_password.password_edit)
            QWidget.setTabOrder(self._new_password.password_edit, self._new_password.again_edit)
            QWidget.setTabOrder(self._new_password.again_edit, self.unlock_button)
            self.setStyleSheet(STRENGTH_COLOURS)
        return self._new_password

    def _intro(self, fixed_vault: bool) -> str:
        if self.locked is None and not fixed_vault:
            return self.tr("The vault is encrypted. Enter your user name and password to open it.")
        if self.locked is None or self.locked.idle:
            return self.tr("RiskDesk was locked because it was not used for a while.")
        return self.tr("You locked RiskDesk.")

    def _who_may_unlock(self) -> str:
        if self.locked is None:
            return ""
        return self.tr(
            "Only %1 or an administrator can unlock. An administrator starts a new "
            "session; changes that were not saved before the lock are discarded (drafts "
            "of assessments were saved)."
        ).replace("%1", self.locked.display_name)

    def _first_empty_field(self) -> QLineEdit:
        for field in (self.vault_edit, self.user_edit):
            if not field.text():
                return field
        return self.password_edit

    def vault_path(self) -> Path:
        return Path(self.vault_edit.text().strip()).expanduser()

    def place(self) -> Path | str:
        """What to open: the vault file's path, or the team server's address as typed."""
        return vault_place.place_from_text(self.vault_edit.text())

    def on_server(self) -> bool:
        return isinstance(self.place(), str)

    def username(self) -> str:
        return self.user_edit.text().strip()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _browse(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.vault_edit.text() or str(Path.home())
        filters = self.tr("RiskDesk vaults (*.rdv);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose vault"), start, filters)
        if chosen:
            self._place_chosen(chosen)

    def _place_chosen(self, place: str) -> None:
        self.vault_edit.setText(place)
        vault_place.show_start_of_address(self.vault_edit)
        self._first_empty_field().setFocus()

    def vault_found(self) -> bool:
        typed = bool(self.vault_edit.text().strip())
        return typed and not self.on_server() and vault_place.is_file(self.vault_path())

    def _place_changed(self) -> None:
        """A team server is unlocked only (IT creates it); a vault file may be created."""
        server = self.on_server()
        self.ca_offer.offer(False)
        self.show_message("")  # what was said was about the place before
        if self._offers_to_create:
            self.create_button.setVisible(not server)
        if server and self.locked is None:
            self.intro_label.setText(
                self.tr("Log in to the team server with your user name and password.")
            )
        elif self._offers_to_create:
            self._offer_to_create()
        elif self.locked is None:
            self.intro_label.setText(self._intro(self._fixed_vault))

    def _offer_to_create(self) -> None:
        """With no vault at the path, creating one is the way on; else a small button."""
        found = self.vault_found()
        self.create_button.setText(
            self.tr("Create &another vault…") if found else self.tr("&Create new vault…")
        )
        self.create_button.setFlat(found)
        self.intro_label.setText(
            self.tr("The vault is encrypted. Enter your user name and password to open it.")
            if found
            else self.tr(
                "There is no vault here yet. Create a new one (you become its "
                "administrator), or choose an existing vault file."
            )
        )

    def _create_vault(self) -> None:
        self._wait_for_core()  # imported here: the dialog shows sooner without them
        from riskdesk.gui.session.create_vault_dialog import CreateVaultDialog

        assert self._creator is not None
        path = vault_place.path_for_new_vault(self.vault_edit.text())
        dialog = CreateVaultDialog(
            creator=self._creator, language=self._language, path=path, parent=self
        )
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.create_dialog = dialog
        dialog.open()

    def _created(self, dialog: CreateVaultDialog) -> None:
        self.create_dialog = None
        if dialog.desk is None:
            return
        self.desk = dialog.desk
        self.vault_edit.setText(str(dialog.vault_path()))
        self.user_edit.setText(dialog.username())
        self.password_edit.clear()
        self.accept()

    def _unlock(self) -> None:
        from PySide6.QtCore import Qt

        from riskdesk.domain.refusals import Refusal, UserInputError
        from riskdesk.domain.server_errors import ServerNeedsTls
        from riskdesk.domain.user import PasswordChangeRequired  # pydantic: after the paint
        from riskdesk.domain.vault_errors import VaultError

        missing = self._missing_field()
        if missing is not None:
            field, text = missing
            self.show_message(text)
            field.setFocus()
            return
        password = self.password_edit.text()
        self.ca_offer.offer(False)
        self.show_message(self.tr("Unlocking…"))
        self.unlock_button.setEnabled(False)
        # The key derivation takes a moment by design; say so before the UI blocks.
        self.message_label.repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        chosen = {"new_password": self.new_password.passwords()[0]} if self._choosing else {}
        # The key derivation's 64 MiB come on top of what the process holds now.
        return_free_pages()
        try:
            desk = self._opener(self.place(), username=self.username(), password=password, **chosen)
        except PasswordChangeRequired:
            self._choose_own_password()
        except UserInputError as error:
            self._own_password_refused(error.text(self._language))
        except (Refusal, VaultError) as error:
            self._failed(error.text(self._language))
            self.ca_offer.offer(isinstance(error, ServerNeedsTls))
        except Exception as error:
            # The type only: messages from lower layers may carry a path or a name.
            log.error("Unlocking failed unexpectedly: %s", type(error).__name__)
            message = self.tr("The vault could not be opened because of an unexpected error (%1).")
            self._failed(message.replace("%1", type(error).__name__))
        else:
            if self.locked is not None and not self.locked.may_unlock(desk.user):
                # The password was right, but this window is not theirs to carry on in.
                desk.lock()
                self._failed(
                    self.tr(
                        "Only %1 or an administrator can unlock this window. To work as "
                        "yourself, quit RiskDesk and start it again."
                    ).replace("%1", self.locked.display_name)
                )
            else:
                self.desk = desk
                self.password_edit.clear()
                if self._new_password is not None:
                    self._new_password.clear()
                self.accept()
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.unlock_button.setEnabled(True)

    def _missing_field(self) -> tuple[QLineEdit, str] | None:
        if not self.vault_edit.text().strip():
            return self.vault_edit, self.tr(
                "Choose the vault file or type the team server's address."
            )
        if not self.username():
            return self.user_edit, self.tr("Enter your user name.")
        if not self.password_edit.text():
            return self.password_edit, self.tr("Enter your password.")
        if self._choosing and not self.new_password.passwords()[0]:
            return self.new_password.password_edit, self.tr("Choose your new password.")
        if self._choosing and self.new_password.mismatch():
            self.new_password.again_edit.clear()
            return self.new_password.again_edit, self.tr("The two new passwords are not the same.")
        return None

    def _choose_own_password(self) -> None:
        """The password was right, and an administrator chose it: the user chooses their
        own before anything opens (the same user; their given password stays typed)."""
        self._choosing = True
        self.user_edit.setReadOnly(True)
        self.new_password.set_username(self.username())
        self.new_password.set_visible(True)
        self.show_message(
            self.tr(
                "An administrator chose your password. Choose your own (at least 8 "
                "characters), type it twice, and unlock."
            )
        )
        self.new_password.password_edit.setFocus()
        # Qt does not grow a window for rows shown in it: it squeezes them.
        self.adjustSize()

    def _own_password_refused(self, text: str) -> None:
        self.show_message(text)
        self.new_password.clear()
        self.new_password.password_edit.setFocus()

    def _failed(self, text: str) -> None:
        self.show_message(text)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def reject(self) -> None:
        self.password_edit.clear()
        if self._new_password is not None:
            self._new_password.clear()
        super().reject()


def _buddy(text: str, field: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to ``field`` (``form_cells.buddy``, whose
    module would bring the file chooser's and button box's enums before the paint)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label
