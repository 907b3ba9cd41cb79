"""Columns of the plan's trees as wide as the longest text they are made for (a
responsible party, an overdue deadline), measured in the view's font, so those texts are
never cut off; a longer one (a name after the party) wraps onto a second line."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS
from riskdesk.domain.localized import Language

# Qt's text margin on both sides of a cell and the style sheet's item padding, with a few
# pixels to spare for a font hinted differently from the one measured.
_CELL_ROOM = 20


def width_for(view: QAbstractItemView, texts: Iterable[str]) -> int:
    metrics = view.fontMetrics()
    return max(metrics.horizontalAdvance(text) for text in texts) + _CELL_ROOM


def responsible_width(view: QAbstractItemView, language: Language) -> int:
    """Room for "Den Kriminalpræventive Enhed", the longest party in Danish."""
    return width_for(view, (label.text(language) for label in RESPONSIBLE_LABELS.values()))
