"""The unlock dialog's "Recent" menu: the vault files and team servers unlocked before,
each kind under its own heading, the latest first. Settings keep them without a password
or a user name in an address (:meth:`Settings.remember_place`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from riskdesk.domain.server_address_text import is_server_address


class RecentPlacesButton(QToolButton):
    """Hidden while nothing was unlocked before; :attr:`chosen` gives the text picked."""

    chosen = Signal(str)

    def __init__(self, recent: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("R&ecent"))
        self.setAccessibleName(self.tr("Vault files and team servers opened before"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_of_places = QMenu(self)
        files = [place for place in recent if not is_server_address(place)]
        servers = [place for place in recent if is_server_address(place)]
        for heading, places in (
            (self.tr("Vault files"), files),
            (self.tr("Team servers"), servers),
        ):
            if places:
                self.menu_of_places.addSection(heading)
            for place in places:
                # "&" in a menu marks a shortcut key; in a folder's name it is a letter.
                action = self.menu_of_places.addAction(place.replace("&", "&&"))
                action.setData(place)
                action.triggered.connect(lambda _=False, text=place: self.chosen.emit(text))
        self.setMenu(self.menu_of_places)
        self.setVisible(bool(recent))

    def places(self) -> list[str]:
        """The places offered, in the menu's order (headings left out)."""
        return [
            action.data() for action in self.menu_of_places.actions() if not action.isSeparator()
        ]
