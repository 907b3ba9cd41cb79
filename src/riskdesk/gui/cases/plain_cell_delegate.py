"""A table's plain cells painted without Qt's item machinery, pixel for pixel as it
paints them.

Qt's item delegate asks the model for seven roles of every cell it paints, each a call
from C++ into Python, and then lays the text out again through the style: a full
screen of the case list (300 cells) cost about 40 ms of CPU, and a key typed into the
search paints one. Here a plain cell (enabled, neither selected, current nor under the
mouse, its text fitting its column) is one call for its text and colour, and its text
is drawn from a laid-out :class:`QStaticText` kept for the texts painted last; every
other cell, and any view not left to right, is painted by Qt's delegate as before.
``tests/gui/test_case_list_painting.py`` compares the two, pixel for pixel."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

# Texts kept laid out: a screen holds about 300 cells, many repeating (status, kind,
# dates), and a search erased letter by letter shows rows seen a moment ago. About 2 KB
# each.
LAID_OUT = 1024

# A cell's text and the colour its model gives it (None: the palette's text colour).
Cell = Callable[[int, int], tuple[str, QBrush | None]]


class PlainCellDelegate(QStyledItemDelegate):
    """Paints ``view``'s cells, reading a plain cell's text and colour from ``cell(row,
    column)``, which must give what the model's ``data()`` gives for the display and
    foreground roles; the model must give no font, alignment, check state, decoration
    or background (Qt's delegate, used for the other cells, still reads those)."""

    def __init__(self, view: QAbstractItemView, cell: Cell) -> None:
        super().__init__(view)
        self._view = view
        self._cell = cell
        self._laid_out = lru_cache(maxsize=LAID_OUT)(self._lay_out)
        states = QStyle.StateFlag
        # The only states a plain cell has: the view's window active or not.
        self._groups = {
            states.State_Enabled | states.State_Active: QPalette.ColorGroup.Active,
            states.State_Enabled: QPalette.ColorGroup.Inactive,
        }
        self._text = QPalette.ColorRole.Text
        self.forget()

    def forget(self) -> None:
        """Drop the texts kept laid out (they hold names: called at a lock), and take the
        view's font, style and direction as they are now."""
        self._laid_out.cache_clear()
        view = self._view
        self._font = QFont(view.font())
        metrics = QFontMetricsF(self._font)
        # As Qt's common style places an item's text: a margin each side, and the line
        # (ascent and descent, rounded up) centred in the cell.
        self._line = math.ceil(metrics.ascent() + metrics.descent())
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        self._margin = margin + 1
        self._plain = view.layoutDirection() == Qt.LayoutDirection.LeftToRight

    @property
    def laid_out(self) -> int:
        """How many texts are kept laid out."""
        return self._laid_out.cache_info().currsize

    def _lay_out(self, text: str) -> tuple[QStaticText, float]:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), self._font)
        return static, static.size().width()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        group = self._groups.get(option.state) if self._plain else None
        if group is not None:
            text, brush = self._cell(index.row(), index.column())
            if not text:
                return
            static, width = self._laid_out(text)
            rect = option.rect
            margin = self._margin
            # A pixel to spare: a text about as wide as its cell is left to Qt, which elides.
            if width < rect.width() - 2 * margin - 1:
                if brush is None:
                    painter.setPen(option.palette.color(group, self._text))
                else:
                    painter.setPen(brush.color())
                top = rect.y() + (rect.height() - self._line) // 2
                painter.drawStaticText(rect.x() + margin, top, static)
                return
        super().paint(painter, option, index)
