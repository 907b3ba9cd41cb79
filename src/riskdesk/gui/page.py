"""What the main window needs from a page in its navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from riskdesk.domain.localized import Language

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class Page(Protocol):
    """A page is a ``QWidget`` built with ``Page(language=..., parent=...)``.

    ``clear`` must forget everything shown from the vault (it runs when the desk locks).
    """

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None: ...

    def title(self) -> str: ...

    def set_desk(self, desk: Desk) -> None: ...

    def clear(self) -> None: ...
