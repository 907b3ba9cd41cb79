"""One wizard step per instrument domain: its items, answer scales, comments, strength
tick and note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_draft import AssessmentDraft, ItemAnswer
from riskdesk.domain.instrument import Domain, Instrument, Item
from riskdesk.domain.localized import Language


class AssessmentDomainPage(QWidget):
    """:attr:`edited` carries a function ``AssessmentDraft -> AssessmentDraft``.

    Each item's options sit in their own container and button group: radio buttons that
    share a parent are otherwise exclusive across the whole page, and the group is what
    lets the arrow keys move between one item's options only.
    """

    edited = Signal(object)

    def __init__(
        self,
        *,
        instrument: Instrument,
        domain: Domain,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._domain = domain
        self._language = language
        self.groups: dict[str, QButtonGroup] = {}
        self.option_ids: dict[str, list[str]] = {}
        self.comments: dict[str, QLineEdit] = {}
        self.clear_buttons: dict[str, QToolButton] = {}
        self._help_labels: list[QLabel] = []
        self._read_only = False

        heading = QLabel(domain.title.text(language))
        heading.setObjectName("heading")
        top = QVBoxLayout()
        top.addWidget(heading)
        if domain.description is not None:
            description = QLabel(domain.description.text(language))
            description.setObjectName("hint")
            description.setWordWrap(True)
            top.addWidget(description)
        self.help_toggle = QCheckBox(self.tr("Show &help texts"))
        self.help_toggle.setAccessibleName(self.tr("Show help texts"))
        self.help_toggle.toggled.connect(self._show_help)
        top.addWidget(self.help_toggle)

        content = QWidget()
        items_layout = QVBoxLayout(content)
        items_layout.setSpacing(0)
        for number, item in enumerate(domain.items, start=1):
            items_layout.addWidget(self._item_row(instrument, item, number))

        self.strength_box: QCheckBox | None = None
        if domain.strength_tick:
            self.strength_box = QCheckBox(
                self.tr("This domain is a &strength for the young person")
            )
            self.strength_box.setAccessibleName(
                self.tr("%1 is a strength").replace("%1", domain.title.text(language))
            )
            self.strength_box.clicked.connect(
                lambda ticked: self.edited.emit(
                    lambda draft: draft.with_ticked("strengths", domain.id, ticked=ticked)
                )
            )
            items_layout.addSpacing(8)
            items_layout.addWidget(self.strength_box)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        self.note_edit.setAccessibleName(
            self.tr("Note on %1").replace("%1", domain.title.text(language))
        )
        self.note_edit.textChanged.connect(self._note_changed)
        note_label = QLabel(self.tr("N&ote on the domain:"))
        note_label.setBuddy(self.note_edit)
        items_layout.addSpacing(8)
        items_layout.addWidget(note_label)
        items_layout.addWidget(self.note_edit)
        items_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _item_row(self, instrument: Instrument, item: Item, number: int) -> QFrame:
        text = item.text.text(self._language)
        help_text = item.help.text(self._language)
        row = QFrame()
        row.setObjectName("item")
        text_label = QLabel(f"{number}. {text}")
        text_label.setWordWrap(True)
        text_label.setToolTip(help_text)
        help_label = QLabel(help_text)
        help_label.setObjectName("hint")
        help_label.setWordWrap(True)
        help_label.hide()
        self._help_labels.append(help_label)

        options = QWidget()
        options_layout = QHBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(row)
        ids: list[str] = []
        for index, option in enumerate(instrument.scale(item.scale).options):
            button = QRadioButton(option.label.text(self._language))
            button.setAccessibleName(f"{text} {option.label.text(self._language)}")
            button.setAccessibleDescription(help_text)
            button.setToolTip(help_text)
            group.addButton(button, index)
            options_layout.addWidget(button)
            ids.append(option.id)
        # A mistaken tick must be undoable: "unanswered" is an answer of its own, since an
        # incomplete assessment is scored "at least" and needs a reason to finalise.
        clear = QToolButton()
        clear.setText(self.tr("Clear"))
        clear.setToolTip(self.tr("Mark the item as not answered"))
        clear.setAccessibleName(self.tr("Clear the answer to item %1").replace("%1", str(number)))
        clear.setEnabled(False)
        clear.clicked.connect(lambda _checked=False, item_id=item.id: self._clear(item_id))
        options_layout.addWidget(clear)
        options_layout.addStretch(1)
        group.idClicked.connect(lambda: clear.setEnabled(not self._read_only))
        group.idClicked.connect(
            lambda index, item_id=item.id: self.edited.emit(
                lambda draft: draft.with_answer(item_id, self.option_ids[item_id][index])
            )
        )
        comment = QLineEdit()
        comment.setPlaceholderText(self.tr("Comment"))
        comment.setAccessibleName(self.tr("Comment on item %1").replace("%1", str(number)))
        comment.textEdited.connect(
            lambda value, item_id=item.id: self.edited.emit(
                lambda draft: draft.with_answer(
                    item_id, draft.answers.get(item_id, ItemAnswer()).value, comment=value
                )
            )
        )
        answer_line = QHBoxLayout()
        answer_line.addWidget(options, 1)
        answer_line.addWidget(comment, 2)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(4, 6, 4, 8)
        layout.setSpacing(3)
        layout.addWidget(text_label)
        layout.addWidget(help_label)
        layout.addLayout(answer_line)
        self.groups[item.id] = group
        self.option_ids[item.id] = ids
        self.comments[item.id] = comment
        self.clear_buttons[item.id] = clear
        return row

    def show_draft(self, draft: AssessmentDraft) -> None:
        for item_id, group in self.groups.items():
            answer = draft.answers.get(item_id, ItemAnswer())
            ids = self.option_ids[item_id]
            # An exclusive group cannot be emptied, so unanswered means: briefly not exclusive.
            group.setExclusive(False)
            for index, button in enumerate(group.buttons()):
                button.setChecked(answer.value is not None and ids[index] == answer.value)
            group.setExclusive(True)
            self.clear_buttons[item_id].setEnabled(answer.value is not None and not self._read_only)
            if self.comments[item_id].text() != answer.comment:
                self.comments[item_id].setText(answer.comment)
        if self.strength_box is not None:
            self.strength_box.setChecked(self._domain.id in draft.strengths)
        note = draft.domain_notes.get(self._domain.id, "")
        if self.note_edit.toPlainText() != note:
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(note)
            self.note_edit.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for clear_button in self.clear_buttons.values():
            clear_button.setEnabled(clear_button.isEnabled() and not read_only)
        for group in self.groups.values():
            for button in group.buttons():
                button.setEnabled(not read_only)
        for comment in self.comments.values():
            comment.setReadOnly(read_only)
        if self.strength_box is not None:
            self.strength_box.setEnabled(not read_only)
        self.note_edit.setReadOnly(read_only)

    def focus_first(self) -> None:
        first = next(iter(self.groups.values())).buttons()
        checked = [b for b in first if b.isChecked()]
        (checked or first)[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _clear(self, item_id: str) -> None:
        group = self.groups[item_id]
        # An exclusive group cannot be emptied, so unanswered means: briefly not exclusive.
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(False)
        group.setExclusive(True)
        self.clear_buttons[item_id].setEnabled(False)
        self.edited.emit(lambda draft: draft.with_answer(item_id, None))

    def _show_help(self, shown: bool) -> None:
        for label in self._help_labels:
            label.setVisible(shown)

    def _note_changed(self) -> None:
        note = self.note_edit.toPlainText()
        domain_id = self._domain.id
        self.edited.emit(lambda draft: draft.with_note(domain_id, note))
