"""The first wizard step: whom the assessment is about, when, and from which sources."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_draft import AssessmentDraft, InformationSource
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.localized import Language
from riskdesk.gui.widgets.optional_date_edit import DATE_FORMAT


class AssessmentIntroPage(QWidget):
    """:attr:`edited` carries a function ``AssessmentDraft -> AssessmentDraft``; the
    wizard applies it to the flow's current draft, so this page never holds a stale copy."""

    edited = Signal(object)

    def __init__(
        self,
        *,
        instrument: Instrument,
        person_name: str,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        heading = QLabel(instrument.title.text(language))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        disclaimer = QLabel(instrument.disclaimer.text(language))
        disclaimer.setObjectName("disclaimer")
        disclaimer.setWordWrap(True)
        disclaimer.setAccessibleName(self.tr("About this instrument"))

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(self.tr("Assessment date"))
        self.date_edit.dateChanged.connect(self._date_changed)
        person = QLabel(person_name)
        person.setAccessibleName(self.tr("Person"))
        form = QFormLayout()
        form.addRow(self.tr("Person:"), person)
        # The title is the heading; the version tells apart assessments on two versions.
        form.addRow(self.tr("Version:"), QLabel(str(instrument.version)))
        date_label = QLabel(self.tr("Assessment &date:"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)

        sources_box = QGroupBox(self.tr("Sources of information"))
        sources_layout = QVBoxLayout(sources_box)
        self.source_boxes: dict[InformationSource, QCheckBox] = {}
        for source in InformationSource:
            box = QCheckBox(self._source_label(source))
            box.setAccessibleName(box.text().replace("&", ""))
            box.clicked.connect(
                lambda ticked, s=source: self.edited.emit(
                    lambda draft: draft.with_ticked("sources", s.value, ticked=ticked)
                )
            )
            sources_layout.addWidget(box)
            self.source_boxes[source] = box

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(disclaimer)
        layout.addLayout(form)
        layout.addWidget(sources_box)
        layout.addStretch(1)

    def _source_label(self, source: InformationSource) -> str:
        # Literal tr() calls, one per text, so that pyside6-lupdate finds them.
        match source:
            case InformationSource.INTERVIEW:
                return self.tr("&Interview with the young person")
            case InformationSource.FILE:
                return self.tr("Case &file")
            case InformationSource.SCHOOL:
                return self.tr("&School")
            case InformationSource.POLICE:
                return self.tr("P&olice")
            case InformationSource.PARENTS:
                return self.tr("&Parents")

    def show_draft(self, draft: AssessmentDraft) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(draft.assessment_date))
        self.date_edit.blockSignals(False)
        for source, box in self.source_boxes.items():
            box.setChecked(source in draft.sources)

    def set_read_only(self, read_only: bool) -> None:
        self.date_edit.setReadOnly(read_only)
        for box in self.source_boxes.values():
            box.setEnabled(not read_only)

    def focus_first(self) -> None:
        self.date_edit.setFocus()

    def _date_changed(self, value: QDate) -> None:
        chosen: date = value.toPython()  # type: ignore[assignment]
        self.edited.emit(lambda draft: draft.with_fields(assessment_date=chosen))
