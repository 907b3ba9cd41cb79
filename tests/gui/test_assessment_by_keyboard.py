"""The whole assessment wizard, from the case list to a final record, with keys only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget

from riskdesk.domain.assessment_draft import InformationSource
from riskdesk.domain.assessment_record import AssessmentStatus
from riskdesk.domain.assessment_wizard_flow import StepKind
from riskdesk.domain.localized import Language
from riskdesk.gui.assessment.assessment_domain_page import AssessmentDomainPage
from riskdesk.gui.assessment.assessment_wizard import AssessmentWizard
from riskdesk.gui.main_window import MainWindow
from window_activation import activate

pytestmark = [pytest.mark.gui, pytest.mark.vault]

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TAB_LIMIT = 80


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _move(qtbot, wizard: AssessmentWizard, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """Press a next/back key and wait for the step to change: a mnemonic clicks its
    button a moment later, as Qt animates the click."""
    before = wizard.flow.current.id
    _key(qtbot, key, modifier)
    qtbot.waitUntil(lambda: wizard.flow.current.id != before, timeout=20_000)


def _tab_to(qtbot, wanted: QWidget) -> None:
    """Press Tab until ``wanted`` has the focus; fails if Tab never reaches it."""
    for _ in range(TAB_LIMIT):
        if QApplication.focusWidget() is wanted:
            return
        _key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted.accessibleName()!r}")


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    activate(qtbot, main)
    yield main
    main.clear()


@pytest.fixture
def case(desk):
    _, stored = desk.cases.create_person_with_case(
        person={"name": "Tastatur Testesen", "birth_date": date(2010, 5, 6)},
        case={"level": 2, "kind": "individual", "referral_source": "school"},
    )
    return stored


def test_a_whole_assessment_by_keyboard_sets_the_case_level(
    qtbot, window, desk, case, wait_for_operations
) -> None:
    window.case_list.refresh()
    window.case_list.select_case(int(case.id))
    window.case_list.view.setFocus()
    _key(qtbot, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wait_for_operations()
    wizard = window.findChild(AssessmentWizard)
    assert wizard is not None
    activate(qtbot, wizard)
    flow = wizard.flow

    intro = wizard.page("intro")
    _tab_to(qtbot, intro.source_boxes[InformationSource.INTERVIEW])
    _key(qtbot, Qt.Key.Key_Space)
    _tab_to(qtbot, intro.source_boxes[InformationSource.POLICE])
    _key(qtbot, Qt.Key.Key_Space)
    _move(qtbot, wizard, Qt.Key.Key_N, ALT)

    answered_no = 0
    while flow.current.kind is StepKind.DOMAIN:
        page = wizard.page(flow.current.id)
        assert isinstance(page, AssessmentDomainPage)
        for number, (item_id, group) in enumerate(page.groups.items()):
            yes, no = group.buttons()[:2]
            _tab_to(qtbot, yes)
            assert isinstance(QApplication.focusWidget(), QRadioButton)
            _key(qtbot, Qt.Key.Key_Space)
            if number == 0:
                # The arrow keys move within one item's options and choose as they go.
                _key(qtbot, Qt.Key.Key_Right)
                assert no.isChecked()
                assert QApplication.focusWidget() is no
                answered_no += 1
            else:
                assert yes.isChecked()
            assert flow.draft.answers[item_id].value == ("no" if number == 0 else "yes")
        if page.strength_box is not None and flow.current.domain_id == "family":
            _tab_to(qtbot, page.strength_box)
            _key(qtbot, Qt.Key.Key_Space)
        # Both next shortcuts work: Ctrl+Page Down on every other page.
        if answered_no % 2:
            _move(qtbot, wizard, Qt.Key.Key_PageDown, CTRL)
        else:
            _move(qtbot, wizard, Qt.Key.Key_N, ALT)

    assert flow.current.kind is StepKind.FACTORS
    factors = wizard.page("factors")
    _tab_to(qtbot, factors.factor_boxes["truancy"])
    _key(qtbot, Qt.Key.Key_Space)
    _tab_to(qtbot, factors.flag_boxes["gang"])
    _key(qtbot, Qt.Key.Key_Space)
    _move(qtbot, wizard, Qt.Key.Key_N, ALT)

    responsivity = wizard.page("responsivity")
    _tab_to(qtbot, responsivity.boxes["low_motivation"])
    _key(qtbot, Qt.Key.Key_Space)
    _move(qtbot, wizard, Qt.Key.Key_PageDown, CTRL)

    assert flow.current.kind is StepKind.SUMMARY
    summary = wizard.summary
    assert not summary.unanswered_box.isVisible()
    assert not isinstance(QApplication.focusWidget(), QCheckBox)
    _tab_to(qtbot, summary.finalise_button)
    _key(qtbot, Qt.Key.Key_Space)
    wait_for_operations()

    record = desk.assessments.get(wizard.record.id)
    assert record.status is AssessmentStatus.FINAL
    assert wizard.read_only
    assert record.draft.sources == {InformationSource.INTERVIEW, InformationSource.POLICE}
    assert len(record.draft.answers) == 42
    assert record.draft.strengths == {"family"}
    assert record.draft.flags == {"gang"}
    assert record.draft.extra_factors == {"truancy"}
    assert record.draft.responsivity == {"low_motivation"}
    snapshot = record.snapshot
    assert snapshot is not None
    # One "no" per domain: 34 of 42 is a high band (level 2); the gang flag lifts it to 3.
    assert answered_no == 8
    assert snapshot.total == 34
    assert snapshot.level == 3
    assert [r.en for r in snapshot.reasons] == [
        "Overall risk 'high' (score 34) → level 2",
        "Flag 'gang' → level 3",
    ]
    assert desk.cases.get(case.id).level == 3
    assert "Level 3" in summary.level_label.text()
    assert "Flag 'gang' → level 3" in summary.reasons_label.text()
    # The list and the case list both show the new state.
    wizard.reject()
    assert window.assessments.model.record(0).id == record.id
    window.case_list.select_case(int(case.id))
    assert window.case_list.current_case_id() == case.id


def test_back_and_next_by_keyboard_keep_every_answer(
    qtbot, window, desk, case, wait_for_operations
) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    window.assessments.set_desk(desk)
    window.assessments.show_case(int(case.id))
    wizard = window.assessments.open_assessment(record)
    activate(qtbot, wizard)
    _move(qtbot, wizard, Qt.Key.Key_N, ALT)
    first = wizard.page(wizard.flow.current.id)
    yes = next(iter(first.groups.values())).buttons()[0]
    _tab_to(qtbot, yes)
    _key(qtbot, Qt.Key.Key_Space)
    comment = first.comments["offences.1"]
    _tab_to(qtbot, comment)
    qtbot.keyClicks(comment, "Dom i 2025")
    _move(qtbot, wizard, Qt.Key.Key_PageDown, CTRL)
    _move(qtbot, wizard, Qt.Key.Key_PageUp, CTRL)
    assert wizard.flow.current.id == "domain:offences"
    assert yes.isChecked()
    assert comment.text() == "Dom i 2025"
    _move(qtbot, wizard, Qt.Key.Key_N, ALT)
    assert wizard.flow.current.id == "domain:family"
    _move(qtbot, wizard, Qt.Key.Key_B, ALT)
    assert wizard.flow.current.id == "domain:offences"
    assert yes.isChecked()
    # Each step change saved at once.
    wait_for_operations()
    stored = desk.assessments.get(record.id).draft.answers["offences.1"]
    assert (stored.value, stored.comment) == ("yes", "Dom i 2025")
