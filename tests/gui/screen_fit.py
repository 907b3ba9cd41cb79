"""Measures for "fits on the screen" tests: whether a text is shown whole in its widget,
how many rows a view has room for, and the application as users see it for a test: the
Danish catalogue (Danish texts are the longer ones) and RiskDesk's style sheet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.gui.app import apply_style
from riskdesk.gui.translations import install_translators

SMALL_SCREEN = (1024, 700)
LAPTOP_SCREEN = (1280, 800)


@contextmanager
def danish() -> Iterator[None]:
    """RiskDesk's and Qt's Danish catalogues and RiskDesk's style while the block runs."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, Language.DANISH)
    style, sheet = app.style().name(), app.styleSheet()
    apply_style(app)
    try:
        yield
    finally:
        app.setStyleSheet(sheet)
        app.setStyle(style)
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))


def combo_cut_texts(combo: QComboBox) -> list[str]:
    """The choices of ``combo`` that its text field is too narrow to show whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    texts = [combo.itemText(i) for i in range(combo.count())]
    return [text for text in texts if metrics.horizontalAdvance(text) > field.width()]


def label_is_whole(label: QLabel) -> bool:
    """Whether a one-line label is wide enough for its text."""
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def lines_shown(label: QLabel) -> int:
    """How many lines a word-wrapped label takes at its width."""
    height = label.heightForWidth(label.contentsRect().width())
    return round(height / label.fontMetrics().lineSpacing())


def rows_with_room(view: QAbstractItemView, row_height: int) -> int:
    """How many rows of ``row_height`` the view's viewport shows without scrolling."""
    return view.viewport().height() // row_height


ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def shown_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and the widgets in it show (hidden tabs too): labels, buttons,
    fields, group titles, and every cell of every list, table and tree."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        match widget:
            case QLabel() | QAbstractButton() | QLineEdit():
                texts.append(widget.text())
            case QPlainTextEdit():
                texts.append(widget.toPlainText())
            case QComboBox():
                texts.extend(widget.itemText(i) for i in range(widget.count()))
            case QGroupBox():
                texts.append(widget.title())
            case QAbstractItemView() if widget.model() is not None:
                texts.extend(_cells(widget.model(), QModelIndex()))
    return [text for text in texts if text]


def _cells(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
    texts: list[str] = []
    for row in range(model.rowCount(parent)):
        # Some of Qt's own models keep columnCount() from Python: walk to the last index.
        column = 0
        while (index := model.index(row, column, parent)).isValid():
            column += 1
            value = model.data(index)
            if isinstance(value, str):
                texts.append(value)
            if column == 1 and model.rowCount(index) > 0:
                texts.extend(_cells(model, index))
    return texts
