"""The person/case editor and the rules of a register (issue #16, item 4): a postal code
typed fills in its town, an unknown one is shown beside the field and nothing is saved,
a value stored before the rules is pointed out when the person is opened, and "Reopen
case" and "Access insight…" are offered only for a person that has been saved."""

from __future__ import annotations

from datetime import date

import pytest

from riskdesk.domain.localized import Language
from riskdesk.domain.use_cases import UseCase
from riskdesk.gui.cases.person_case_editor import CASE, PERSON, PersonCaseEditor

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def _new_editor(qtbot, desk) -> PersonCaseEditor:
    editor = PersonCaseEditor(desk=desk, language=Language.DANISH)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _stored_actions_shown(editor: PersonCaseEditor) -> tuple[bool, bool, bool]:
    return (
        editor.close_case_button.isVisibleTo(editor),
        editor.reopen_case_button.isVisibleTo(editor),
        editor.access_insight_button.isVisibleTo(editor),
    )


def test_typing_a_postal_code_fills_in_its_town(qtbot, desk, wait_for_operations) -> None:
    editor = _new_editor(qtbot, desk)
    city = editor.field(PERSON, "city")
    assert not city.isReadOnly()
    postal_code = editor.field(PERSON, "postal_code")
    for typed, town in (("8", ""), ("80", ""), ("800", ""), ("8000", "Aarhus C")):
        postal_code.setText(typed)
        assert city.text() == town
        assert city.isReadOnly()
    postal_code.setText("4300")
    assert city.text() == "Holbæk"
    # Without a postal code the town is typed: an address outside Denmark has none.
    postal_code.setText("")
    assert not city.isReadOnly()

    postal_code.setText("8000")
    editor.field(PERSON, "name").setText("Testa Testesen")
    editor.field(PERSON, "birth_date").setText("2001-02-03")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    wait_for_operations()
    (found,) = desk.cases.search("Testa Testesen")
    person, _ = desk.cases.with_person(found.case_id)
    assert (person.postal_code, person.city) == ("8000", "Aarhus C")


def test_an_unknown_postal_code_and_a_bad_address_are_shown_and_nothing_is_saved(
    qtbot, desk, wait_for_operations
) -> None:
    before = len(desk.cases.search())
    editor = _new_editor(qtbot, desk)
    editor.field(PERSON, "name").setText("Testa Testesen")
    editor.field(PERSON, "birth_date").setText("2001-02-03")
    editor.field(PERSON, "postal_code").setText("3900")
    editor.field(PERSON, "email").setText("testa@")
    editor.field(PERSON, "phone").setText("1234")
    editor.save()
    wait_for_operations()
    assert editor.isVisible()
    assert editor.field(PERSON, "city").text() == ""
    assert (
        "findes ikke i listen over danske postnumre"
        in editor.problem_label(PERSON, "postal_code").text()
    )
    assert editor.problem_label(PERSON, "email").text().startswith("E-mail skal være")
    assert editor.problem_label(PERSON, "phone").text().startswith("Telefon skal være")
    assert editor.field(PERSON, "email").text() == "testa@"
    assert len(desk.cases.search()) == before


def test_reopen_and_insight_are_hidden_for_a_person_not_saved(
    qtbot, desk, wait_for_operations
) -> None:
    editor = _new_editor(qtbot, desk)
    assert _stored_actions_shown(editor) == (False, False, False)
    editor.save()  # refused: no name
    wait_for_operations()
    assert editor.message_label.text()
    assert _stored_actions_shown(editor) == (False, False, False)

    _, case = desk.cases.create_person_with_case(
        person={"name": "Testa Lukket", "birth_date": "2001-02-03"},
        case={"level": 2, "kind": "individual"},
    )
    assert case.id is not None
    desk.cases.close(case.id, closed_on=date.today(), reason="Målene er nået")
    closed = PersonCaseEditor(desk=desk, language=Language.DANISH, case_id=case.id)
    qtbot.addWidget(closed)
    closed.show()
    assert _stored_actions_shown(closed) == (True, True, True)
    # Before a lock the editor forgets the person: it holds an unsaved one from then on.
    closed.wipe()
    assert closed.form.is_new
    assert _stored_actions_shown(closed) == (False, False, False)


def test_a_value_stored_before_the_rules_is_pointed_out_when_opened(
    qtbot, desk, wait_for_operations
) -> None:
    person, case = desk.cases.create_person_with_case(
        person={"name": "Testa Gammel", "birth_date": "1990-04-05"},
        case={"level": 2, "kind": "individual"},
    )
    # Written as an older RiskDesk wrote it: the store takes what it is given.
    with desk.vault.unit_of_work(UseCase.PERSON_UPDATE) as uow:
        uow.persons.update(person.model_copy(update={"email": "ikke-en-adresse"}))
    editor = PersonCaseEditor(desk=desk, language=Language.DANISH, case_id=case.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.field(PERSON, "email").text() == "ikke-en-adresse"
    problem = editor.problem_label(PERSON, "email")
    assert problem.isVisible()
    assert problem.text().startswith("E-mail skal være en e-mailadresse")
    assert not editor.isWindowModified()
    assert editor.field(CASE, "notes").toPlainText() == ""

    editor.field(PERSON, "email").setText("testa@example.com")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    wait_for_operations()
    assert desk.persons.get(person.id).email == "testa@example.com"
