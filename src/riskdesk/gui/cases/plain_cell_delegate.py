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

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

# Texts kept laid out: a screen holds about 300 cells, many repeating (status, kind,
# dates), and a search erased letter by letter shows rows seen a moment ago. About 2 KB
# each.
LAID_OUT = 1024

# What a cell's text is checked by (see PlainCellDelegate._calibrated): capitals with
# their accents, letters reaching below the line, digits.
SAMPLE = "ÅØgjpq 0123-9"

# A cell's text and the colour its model gives it (None: the palette's text colour).
Cell = Callable[[int, int], tuple[str, QBrush | None]]


class PlainCellDelegate(QStyledItemDelegate):
    """Paints ``view``'s cells, reading a plain cell's text and colour from ``cell(row,
    column)``, which must give what the model's ``data()`` gives for the display and
    foreground roles; the model must give no font, alignment, check state, decoration
    or background (Qt's delegate, used for the other cells, still reads those)."""

    def __init__(self, view: QTableView, cell: Cell) -> None:
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
        self._colours: dict[QPalette.ColorGroup, QColor] = {}
        self.forget()

    def forget(self) -> None:
        """Drop the texts kept laid out (they hold names: called at a lock), and take the
        view's font, palette, style and direction as they are now."""
        self._laid_out.cache_clear()
        view = self._view
        # A cell's palette is its view's (Qt's item view gives each cell its own).
        palette = view.palette()
        self._colours = {
            group: palette.color(group, QPalette.ColorRole.Text) for group in self._groups.values()
        }
        self._font = QFont(view.font())
        # A static text is drawn in its painter's font, the viewport's; Qt's delegate draws
        # in the view's, which a style sheet's rules do not pass on to the viewport.
        view.viewport().setFont(self._font)
        metrics = QFontMetricsF(self._font)
        # As Qt's common style places an item's text: a margin each side, and the line
        # (ascent and descent, rounded up) centred in the cell.
        self._line = math.ceil(metrics.ascent() + metrics.descent())
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        self._margin = margin + 1
        self._nudge = 0
        self._plain = view.layoutDirection() == Qt.LayoutDirection.LeftToRight
        self._plain = self._plain and self._calibrated()

    def _calibrated(self) -> bool:
        """Whether a sample cell of the view's row height paints as Qt's delegate paints
        it, the line moved by a pixel up or down if need be: Qt rounds the line's height
        and its baseline in ways that differ between fonts. If neither does, every cell
        is left to Qt."""
        height = self._view.verticalHeader().defaultSectionSize()
        qt = self._sample(height, nudge=None)
        for nudge in (0, 1, -1):
            if self._sample(height, nudge=nudge) == qt:
                self._nudge = nudge
                return True
        return False

    def _sample(self, height: int, *, nudge: int | None) -> QImage:
        text = SAMPLE
        image = QImage(8 * len(text) * 3, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setFont(self._font)
        rect = QRect(0, 0, image.width(), height)
        if nudge is None:
            model = QStandardItemModel(1, 1)
            model.setItem(0, 0, QStandardItem(text))
            option = QStyleOptionViewItem()
            option.initFrom(self._view)
            option.rect, option.font = rect, self._font
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            option.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            super().paint(painter, option, model.index(0, 0))
        else:
            static, _ = self._lay_out(text)
            painter.setPen(Qt.GlobalColor.black)
            top = (height - self._line) // 2 + nudge
            painter.drawStaticText(self._margin, top, static)
        painter.end()
        return image

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
            x: int
            y: int
            w: int
            h: int
            x, y, w, h = option.rect.getRect()  # type: ignore[misc]
            margin = self._margin
            # A pixel to spare: a text about as wide as its cell is left to Qt, which elides,
            # and a line taller than the cell to Qt, which clips.
            if width < w - 2 * margin - 1 and self._line <= h:
                painter.setPen(self._colours[group] if brush is None else brush.color())
                painter.drawStaticText(x + margin, y + (h - self._line) // 2 + self._nudge, static)
                return
        super().paint(painter, option, index)
