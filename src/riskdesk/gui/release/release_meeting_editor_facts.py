"""The release meeting's single fields (prison, dates, conditions, notes…) bound to the
editor: each widget shows one field of :class:`MeetingFacts` and hands every edit back."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from riskdesk.domain.release_meeting_editor import MeetingFacts, ReleaseMeetingEditor
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit

type FactWidget = QLineEdit | QPlainTextEdit | OptionalDateEdit | QSpinBox

_NAMES = frozenset(f.name for f in fields(MeetingFacts))


class FactFields(QObject):
    """Widgets registered with :meth:`add` under a field name of :class:`MeetingFacts`.
    :meth:`show_editor` draws an editor's facts (or empties the widgets) and binds them to it;
    :attr:`edited` fires after an edit went into the editor."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, FactWidget] = {}
        self._editor: ReleaseMeetingEditor | None = None
        self._showing = False

    def add[W: FactWidget](self, name: str, widget: W) -> W:
        if name not in _NAMES:
            raise KeyError(name)
        self.widgets[name] = widget
        if isinstance(widget, OptionalDateEdit):
            widget.changed.connect(lambda: self._changed(name))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _value: self._changed(name))
        else:
            widget.textChanged.connect(lambda: self._changed(name))
        return widget

    def show_editor(self, editor: ReleaseMeetingEditor | None) -> None:
        self._editor = editor
        facts = editor.facts if editor is not None else MeetingFacts()
        self._showing = True
        try:
            for name, widget in self.widgets.items():
                value = getattr(facts, name)
                if isinstance(widget, OptionalDateEdit):
                    widget.set_value(value)
                elif isinstance(widget, QSpinBox):
                    widget.setValue(value)
                elif isinstance(widget, QLineEdit):
                    widget.setText(value)
                else:
                    widget.setPlainText(value)
        finally:
            self._showing = False

    def _changed(self, name: str) -> None:
        editor = self._editor
        if editor is None or self._showing:
            return
        change: dict[str, Any] = {name: _value(self.widgets[name])}
        editor.set_facts(replace(editor.facts, **change))
        self.edited.emit()


def _value(widget: FactWidget) -> str | date | int | None:
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.toPlainText()
