"""An assessment's instrument is shown by its title from the catalogue, never as the
stored "riskdesk-youth@1": in the assessments list, the wizard and the comparison; with
its version when the catalogue holds two versions of it."""

from __future__ import annotations

import pytest

from riskdesk.domain.instrument_registry import InstrumentRegistry
from riskdesk.domain.localized import Language
from riskdesk.gui.assessment.assessment_table_model import Column
from riskdesk.gui.assessment.instrument_title import instrument_title
from riskdesk.gui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.vault]

TITLE = "RiskDesk youth risk and needs assessment"


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.set_desk(desk, demo_vault)
    main.show()
    yield main
    main.clear()


def _person_with_two_finals(desk):
    for case in desk.cases.search():
        records = desk.assessments.for_person(case.person_id)
        if sum(record.is_final for record in records) >= 2:
            return case, records
    raise AssertionError("the demo vault has a reassessed person")


def test_the_list_the_wizard_and_the_comparison_name_the_instrument_by_its_title(
    qtbot, window, desk, wait_for_operations
) -> None:
    case, records = _person_with_two_finals(desk)
    window.case_list.select_case(int(case.case_id))
    window.show_assessments()
    wait_for_operations()
    page = window.assessments
    model = page.model
    assert model.rowCount() == len(records)
    for row in range(model.rowCount()):
        assert model.data(model.index(row, Column.INSTRUMENT)) == TITLE

    wizard = page.open_assessment(model.record(0))
    assert wizard.info_label.text().startswith(f"{TITLE} · Final · finalised ")
    assert "@" not in wizard.info_label.text()
    wizard.reject()
    wait_for_operations()

    page.view.selectAll()
    view = page._compare_selected()
    assert view is not None
    shown = " ".join(label.text() for label in view.findChildren(type(wizard.info_label)))
    assert f"Before: {TITLE} (final) · After: {TITLE} (final)" in shown
    assert "riskdesk-youth" not in shown
    view.reject()


def test_two_versions_are_told_apart_and_a_missing_one_is_named_as_stored(qtbot, desk) -> None:
    catalogue = desk.assessments.catalogue.registry
    first = catalogue.get("riskdesk-youth", 1)
    draft = _person_with_two_finals(desk)[1][0].draft
    assert instrument_title(catalogue, draft, Language.DANISH) == first.title.da

    both = InstrumentRegistry([first, first.model_copy(update={"version": 2})])
    assert instrument_title(both, draft, Language.DANISH) == f"{first.title.da} (version 1)"

    gone = draft.model_copy(update={"instrument_version": 7})
    assert instrument_title(catalogue, gone, Language.ENGLISH) == (
        "riskdesk-youth, version 7 (not in the forms folder)"
    )
