"""A caseworker builds an action plan from the assessment's suggested goals on the plan
page, adds an action of their own, saves, and exports the plan as a Word document."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from documents.docx_text import body_text
from riskdesk.domain.action_plan import CitizenAgreement, NeedArea, Responsible
from riskdesk.domain.assessment_draft import InformationSource, ItemAnswer
from riskdesk.domain.instrument import RATING_ORDER
from riskdesk.domain.localized import Language
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.plans.plan_editor import PlanEditor

pytestmark = [pytest.mark.gui, pytest.mark.vault]

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    main.plans.today = TODAY
    main.show()
    yield main
    main.clear()


def assessed_case(desk, *, born: date):
    """A new case whose person has one final assessment with every item ticked."""
    _, case = desk.cases.create_person_with_case(
        person={"name": "Plan Testesen", "birth_date": born},
        case={"level": 2, "kind": "individual", "referral_source": "school"},
    )
    record = desk.assessments.start(
        person_id=case.person_id, case_id=case.id, assessment_date=date(2026, 10, 1)
    )
    items = desk.assessments.instrument_for(record).items
    draft = record.draft.model_copy(
        update={
            "sources": frozenset({InformationSource.FILE}),
            "answers": {item.id: ItemAnswer(value="yes") for item in items},
        }
    )
    desk.assessments.save_draft(record.id, draft)
    desk.assessments.finalise(record.id)
    return case


def open_plan_page(window: MainWindow, case) -> None:
    window.case_list.refresh()
    window.case_list.select_case(int(case.id))
    window.show_plan_action.trigger()
    assert window.stack.currentWidget() is window.plans
    assert window.plans.case_id == case.id


def test_a_plan_is_built_from_suggestions_saved_and_exported(qtbot, window, desk, tmp_path) -> None:
    case = assessed_case(desk, born=date(2011, 2, 3))
    open_plan_page(window, case)
    page = window.plans
    assert page.plan is None
    assert page.create_button.isVisible()
    assert not page.export_button.isEnabled()
    assert "no action plan" in page.status_label.text()

    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    editor = window.findChild(PlanEditor)
    assert editor is not None
    assert editor.isVisible()
    suggestions = editor.suggestions.suggestions()
    assert suggestions
    ranks = [RATING_ORDER.index(s.rating) for s in suggestions]
    assert ranks == sorted(ranks, reverse=True)
    # A minor: the parents' view is asked for.
    assert editor.citizen.parents_view_shown()

    # One click on the first suggestion adds its goal with the interventions as actions.
    first = suggestions[0]
    editor.suggestions.tree.setCurrentItem(editor.suggestions.tree.topLevelItem(0))
    qtbot.mouseClick(editor.suggestions.add_button, Qt.MouseButton.LeftButton)
    goals = editor.draft.goals
    assert [g.text for g in goals] == [first.goal.da]
    assert [a.what for a in goals[0].actions] == [i.name.da for i in first.interventions]

    # An action of the caseworker's own, with an owner and a deadline.
    qtbot.mouseClick(editor.goals.add_action_button, Qt.MouseButton.LeftButton)
    forms = editor.goals.forms
    qtbot.keyClicks(forms.what_edit, "Ugentlig samtale om skema & fravær")
    forms.responsible_combo.setCurrentIndex(
        forms.responsible_combo.findData(Responsible.MENTOR.value)
    )
    qtbot.keyClicks(forms.responsible_name_edit, "Søren Ørsted")
    forms.due_edit.none_box.setChecked(False)
    forms.due_edit.date_edit.setDate(QDate(2027, 1, 15))
    qtbot.keyClicks(forms.criterion_edit, "Fravær under 10 %")
    editor.citizen.agreement_buttons[CitizenAgreement.AGREES].click()
    editor.sharing.follow_up.date_edit.setDate(QDate(2027, 2, 1))
    qtbot.mouseClick(editor.sharing.follow_up.add_button, Qt.MouseButton.LeftButton)

    # The editor closes (and is deleted) once the save operation succeeded.
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()

    plan = desk.plans.current(case.id)
    assert plan is not None
    assert plan.version == 1
    own = plan.goals[0].actions[-1]
    assert own.what == "Ugentlig samtale om skema & fravær"
    assert own.responsible is Responsible.MENTOR
    assert own.responsible_name == "Søren Ørsted"
    assert own.due == date(2027, 1, 15)
    assert plan.agreement is CitizenAgreement.AGREES
    assert plan.follow_up_dates == (date(2027, 2, 1),)
    assert "Version 1, not shared yet" in page.status_label.text()
    assert "next follow-up 01.02.2027" in page.status_label.text()
    assert page.view.tree.topLevelItem(0).childCount() == len(first.interventions) + 1

    out = tmp_path / "out"
    out.mkdir()
    dialog = page.export_plan(folder=out)
    assert "NOT encrypted" in dialog.warning_label.text()
    with qtbot.waitSignal(page.status_message) as message:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = out / f"handleplan-{case.case_number}-v1.docx"
    assert saved.exists()
    assert str(saved) in message.args[0]
    text = body_text(saved.read_bytes())
    assert first.goal.da in text
    assert "Ugentlig samtale om skema & fravær" in text
    assert "Mentor (Søren Ørsted)" in text
    assert "15.01.2027" in text
    assert first.interventions[0].name.da in text


def test_an_adult_is_not_asked_for_the_parents_view(qtbot, window, desk) -> None:
    case = assessed_case(desk, born=date(1990, 5, 6))
    open_plan_page(window, case)
    editor = window.plans.edit_plan()
    assert editor is not None
    assert not editor.citizen.parents_view_shown()
    # A double-click on a suggestion adds it too.
    tree = editor.suggestions.tree
    second = tree.topLevelItem(1)
    rect = tree.visualItemRect(second)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [g.text for g in editor.draft.goals] == [editor.suggestions.suggestions()[1].goal.da]
    editor.goals.add_goal(need_area=NeedArea.HOUSING, text="Har en fast bolig.")
    assert len(editor.draft.goals) == 2
    editor.reject()
