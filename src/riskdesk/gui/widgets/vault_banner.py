"""The banner across the top of the main window for what everyone at this vault must see
before working in it: that the vault is damaged and only read, and what the checks at
open found in the audit trail (told to administrators and supervisors)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from riskdesk.domain.localized import Language

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.services.vault_health import VaultHealthService

_STYLE = (
    "#vaultBanner { background: #fdecea; border: 1px solid #d93025; border-radius: 4px; }"
    " #vaultBanner QLabel { color: #5f2120; }"
)


class VaultBanner(QFrame):
    """Hidden while it has nothing to say. :meth:`show_damage` and :meth:`show_findings`
    fill its two parts independently; :meth:`clear` empties both (at lock)."""

    _damage_found = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._health: VaultHealthService | None = None
        self._language = Language.DANISH
        # Damage is found on whatever thread ran into it; it is shown on this one.
        self._damage_found.connect(self._show_health, Qt.ConnectionType.QueuedConnection)
        self.setObjectName("vaultBanner")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Vault warning"))
        self.damage = QLabel()
        self.damage.setObjectName("vaultDamage")
        self.findings = QLabel()
        self.findings.setObjectName("auditFindings")
        self._shown: dict[QLabel, list[str]] = {self.damage: [], self.findings: []}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        for label in self._shown:
            label.setWordWrap(True)
            layout.addWidget(label)
        self._redraw()

    def watch(self, health: VaultHealthService, language: Language) -> None:
        """Show ``health``'s notice in ``language`` as soon as the vault is found damaged:
        at once if it was at unlock, else when an operation or the full check finds it."""
        self._health, self._language = health, language
        health.when_damaged(self._damage_found.emit)

    @Slot()
    def _show_health(self) -> None:
        # Only the desk watched now counts: a locked desk's news is stale.
        notice = self._health.notice() if self._health is not None else None
        if notice is not None:
            self.show_damage(notice.text(self._language))

    def show_damage(self, text: str) -> None:
        """Say that the vault is damaged and only read, and what to do (``text``)."""
        self.damage.setText("<b>" + escape(text) + "</b>")
        self._shown[self.damage] = [text]
        self._redraw()

    def show_findings(self, texts: Sequence[str]) -> None:
        """The checks' findings at open, one sentence each; an empty list hides them."""
        if texts:
            heading = escape(self.tr("The checks at unlock found:"))
            lines = "".join(f"<li>{escape(text)}</li>" for text in texts)
            self.findings.setText(f"{heading}<ul style='margin: 0'>{lines}</ul>")
        self._shown[self.findings] = list(texts)
        self._redraw()

    def show_opening_findings(self, desk: Desk) -> None:
        """What the checks at unlock found, as far as ``desk``'s user may be told: at
        unlock, and again when the checks run after the window's paint have ended."""
        if self._health is desk.health and not desk.locked:
            findings = desk.audit.opening_findings()
            self.show_findings([finding.text(self._language) for finding in findings])

    def clear(self) -> None:
        """Empty the banner and stop watching the desk (it is being locked)."""
        self._health = None
        for label in self._shown:
            label.clear()
            self._shown[label] = []
        self._redraw()

    def texts(self) -> list[str]:
        """The sentences shown, as plain text: the damage first, then the findings."""
        return [text for texts in self._shown.values() for text in texts]

    def _redraw(self) -> None:
        for label, texts in self._shown.items():
            label.setVisible(bool(texts))
        self.setVisible(bool(self.texts()))
        self.setAccessibleDescription("\n".join(self.texts()))
