"""The export dialog warns that the file is not encrypted, names the file as the services
suggest, saves where the user chose (as an operation off the UI thread), reports a
missing PDF converter, refuses an unwritable place without writing (in the user's
language, not the system's), and does not open on a document that cannot be made."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from documents.docx_text import header_footer_text
from riskdesk.documents import pdf_conversion
from riskdesk.domain.localized import Language
from riskdesk.gui.operations import read_now
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.services.document_export import DocumentKind

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    # The demo vault lives in tmp_path itself.
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def case_id(desk):
    return next(s.case_id for s in desk.cases.search() if desk.plans.current(s.case_id))


@pytest.fixture
def suggested(desk, case_id) -> str:
    return desk.documents.suggested_name(DocumentKind.PLAN, case_id)


def _dialog(qtbot, desk, record_id, folder: Path, **options) -> DocumentExportDialog:
    dialog = DocumentExportDialog(
        desk=desk,
        kind=options.pop("kind", DocumentKind.PLAN),
        record_id=record_id,
        language=options.pop("language", Language.ENGLISH),
        folder=folder,
        **options,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_warns_and_saves_where_chosen(qtbot, desk, case_id, out) -> None:
    dialog = _dialog(qtbot, desk, case_id, out)
    assert "NOT encrypted" in dialog.warning_label.text()
    dialog.path_edit.setText(str(out / "min plan"))
    with qtbot.waitSignal(dialog.document_exported):
        dialog.save_button.click()
    saved = out / "min plan.docx"
    assert dialog.exported is not None
    assert dialog.exported.docx == saved
    assert desk.cases.get(case_id).case_number in header_footer_text(saved.read_bytes())
    assert str(saved) in dialog.result_label.text()
    assert "not encrypted" in dialog.result_label.text()
    assert not dialog.save_button.isVisible()
    dialog.close_button.click()
    assert dialog.result() == DocumentExportDialog.DialogCode.Accepted


def test_an_unwritable_folder_shows_a_message_and_writes_nothing(
    qtbot, desk, case_id, out, wait_for_operations
) -> None:
    dialog = _dialog(qtbot, desk, case_id, out)
    target = out / "missing" / "plan.docx"
    dialog.path_edit.setText(str(target))
    dialog.save_button.click()
    wait_for_operations()
    assert dialog.exported is None
    assert dialog.problem_label.isVisible()
    assert "cannot be saved" in dialog.problem_label.text()
    assert dialog.path_edit.text() == str(target)
    assert dialog.isVisible()
    assert list(out.iterdir()) == []


def test_an_existing_file_is_replaced_only_after_a_second_click(
    qtbot, desk, case_id, out, wait_for_operations
) -> None:
    target = out / "plan.docx"
    target.write_bytes(b"old")
    dialog = _dialog(qtbot, desk, case_id, out)
    dialog.path_edit.setText(str(target))
    dialog.save_button.click()
    assert "already exists" in dialog.problem_label.text()
    assert target.read_bytes() == b"old"
    dialog.save_button.click()
    wait_for_operations()
    assert dialog.exported is not None
    assert target.read_bytes() != b"old"


def test_without_libreoffice_the_pdf_problem_is_shown(
    qtbot, desk, case_id, out, suggested, monkeypatch, wait_for_operations
) -> None:
    monkeypatch.setattr(pdf_conversion.shutil, "which", lambda _name: None)
    dialog = _dialog(qtbot, desk, case_id, out)
    dialog.pdf_box.setChecked(True)
    dialog.save_button.click()
    wait_for_operations()
    assert (out / suggested).exists()
    assert "PDF needs LibreOffice" in dialog.result_label.text()


def test_the_path_chooser_fills_the_path(qtbot, desk, case_id, out, suggested) -> None:
    chosen = out / "valgt.docx"
    asked: list[Path] = []

    def choose(_parent, suggested: Path) -> Path:
        asked.append(suggested)
        return chosen

    dialog = _dialog(qtbot, desk, case_id, out, choose_path=choose)
    dialog.browse_button.click()
    assert asked == [out / suggested]
    assert dialog.path() == chosen


def test_the_file_is_named_as_the_services_suggest(qtbot, desk, case_id, out, suggested) -> None:
    dialog = _dialog(qtbot, desk, case_id, out)
    assert suggested.endswith(".docx")
    assert dialog.path() == out / suggested
    assert dialog.pdf_box.isVisible()


def test_a_kind_without_pdf_has_no_pdf_box(qtbot, desk, case_id, out) -> None:
    plan_id = desk.review.current_plan_id(case_id)
    dialog = _dialog(qtbot, desk, plan_id, out, kind=DocumentKind.FROZEN_PLAN)
    assert not DocumentKind.FROZEN_PLAN.allows_pdf
    assert not dialog.pdf_box.isVisible()


def test_while_saving_the_inputs_wait_and_cancel_is_ignored(
    qtbot, desk, case_id, out, wait_for_operations
) -> None:
    dialog = _dialog(qtbot, desk, case_id, out)
    operation = dialog.save()
    assert operation is not None
    assert not dialog.save_button.isEnabled()
    assert not dialog.path_edit.isEnabled()
    dialog.close_button.click()
    assert dialog.isVisible()
    assert dialog.save() is None
    wait_for_operations()
    assert operation.done
    assert dialog.exported is not None
    assert dialog.close_button.isEnabled()


def test_a_plan_of_a_case_without_a_plan_is_refused_as_on_the_command_line(
    qtbot, desk, out
) -> None:
    """Before #16 item 7 the dialog opened and saved a plan of "(ikke udfyldt)"."""
    summary = next(c for c in desk.cases.search() if desk.plans.current(c.case_id) is None)
    line = ProblemLine(language=Language.DANISH)
    qtbot.addWidget(line)
    dialog = read_now(
        line,
        lambda: DocumentExportDialog(
            desk=desk,
            kind=DocumentKind.PLAN,
            record_id=summary.case_id,
            language=Language.DANISH,
            folder=out,
        ),
    )
    assert dialog is None
    assert line.text() == f"Sagen {summary.case_number} har ingen handleplan."
    assert list(out.iterdir()) == []


def test_a_name_too_long_is_said_in_danish_without_the_systems_english(
    qtbot, desk, case_id, out, wait_for_operations
) -> None:
    dialog = _dialog(qtbot, desk, case_id, out, language=Language.DANISH)
    dialog.path_edit.setText(str(out / ("a" * 300 + ".docx")))
    dialog.save_button.click()
    wait_for_operations()
    assert dialog.exported is None
    assert "filnavnet er for langt" in dialog.problem_label.text()
    assert os.strerror(errno.ENAMETOOLONG) not in dialog.problem_label.text()
    assert list(out.iterdir()) == []
