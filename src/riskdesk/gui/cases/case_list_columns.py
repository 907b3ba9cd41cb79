"""The case list's column widths: every column on screen at 1024×700, the name taking
what the others leave.

Each other column is as wide as its heading or the widest of a few texts like the ones
it shows (a case number, a CPR number, the kinds and statuses in the list's language),
measured in the view's font: measuring the rows themselves would read every one of
10,000 cases. At 1024×700 in Danish the fixed widths of before (865 px and the release
deadlines) did not fit the 810 px the list has, and the release-deadline column was off
screen."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

# Room beside a text, in pixels, besides the style's margins: a cell's text is not
# elided the moment it meets the edge of its column.
SPARE = 6


def fit_columns(view: QTableView, *, samples: Mapping[int, Iterable[str]], stretch: int) -> None:
    """Size each column of ``view`` to its heading and the ``samples`` given for it, and let
    column ``stretch`` take the rest of the width (the user can still resize the others)."""
    header = view.horizontalHeader()
    model = view.model()
    style = view.style()
    cell_metrics, heading_metrics = view.fontMetrics(), header.fontMetrics()
    cell_room = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    heading_room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widths = [heading_metrics.horizontalAdvance(heading) + heading_room]
        widths += [cell_metrics.horizontalAdvance(t) + cell_room for t in samples.get(column, ())]
        header.resizeSection(column, max(widths) + SPARE)
