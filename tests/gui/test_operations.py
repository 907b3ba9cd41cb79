"""Operations run off the UI thread, one at a time and in order; their changes are
broadcast before the caller hears of success; refusals and failures are shown in one
place, and a failure never shows or logs its message (it may hold person data). A quick
read (read_now) runs at once and shows its refusals and failures the same way."""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from riskdesk.domain.changes import Changes
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal, UserInputError
from riskdesk.gui import operations
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.operations import hub, read_now, redraw_on_changes, run_op
from riskdesk.gui.widgets.busy_dialog import BusyDialog
from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind
from riskdesk.services.forms import Forms

pytestmark = [pytest.mark.gui, pytest.mark.vault]

SECRET = "Anna Testesen 010203-4567"


class _Form(QWidget):
    """A ProblemDisplay with a button inside, as an editor dialog would be."""

    def __init__(self, language: Language = Language.ENGLISH) -> None:
        super().__init__()
        self._language = language
        self.problems: list[Problem] = []
        self.button = QPushButton("Save", self)
        QVBoxLayout(self).addWidget(self.button)

    def show_problems(self, problems) -> None:
        self.problems = list(problems)


@pytest.fixture
def form(qtbot) -> _Form:
    shown = _Form()
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def broadcasts(qtbot) -> list[tuple[Changes, object]]:
    heard: list[tuple[Changes, object]] = []

    def hear(changes: Changes, initiator: object) -> None:
        heard.append((changes, initiator))

    hub().changed.connect(hear)
    yield heard
    hub().changed.disconnect(hear)


def _person(desk: Desk):
    return desk.persons.get(desk.cases.search()[0].person_id)


def test_success_broadcasts_the_changes_before_calling_back(
    qtbot, desk, form, broadcasts, wait_for_operations
) -> None:
    person = _person(desk)
    events: list[object] = []
    hub().changed.connect(lambda changes, _initiator: events.append(changes))
    operation = run_op(
        form.button,
        lambda: desk.persons.update(
            person.id, person.model_dump() | {"postal_code": "8260", "city": "Viby J"}
        ),
        events.append,
    )
    assert not operation.done
    wait_for_operations()
    assert operation.done
    assert broadcasts == [(Changes(persons=True), form.button)]
    assert events[0] == Changes(persons=True)
    assert events[1].city == "Viby J"
    assert desk.persons.get(person.id).city == "Viby J"


def test_a_read_broadcasts_nothing(qtbot, desk, form, broadcasts, wait_for_operations) -> None:
    results: list[object] = []
    run_op(form, desk.cases.search, results.append)
    wait_for_operations()
    assert broadcasts == []
    assert len(results[0]) > 0


def test_a_refusal_goes_to_the_nearest_problem_display(
    qtbot, desk, form, broadcasts, wait_for_operations
) -> None:
    person = _person(desk)
    operation = run_op(
        form.button, lambda: desk.persons.update(person.id, person.model_dump() | {"name": ""})
    )
    wait_for_operations()
    assert isinstance(operation.error, UserInputError)
    assert [p.path for p in form.problems] == [("name",)]
    assert operation.message_box is None
    assert broadcasts == []


def test_a_show_problems_that_takes_more_is_passed_over(
    qtbot, desk, form, wait_for_operations
) -> None:
    class _Part(QWidget):
        def show_problems(self, kind: str, problems) -> None:
            raise AssertionError("not a problem display")

    part = _Part(form)
    person = _person(desk)
    run_op(part, lambda: desk.persons.update(person.id, person.model_dump() | {"name": ""}))
    wait_for_operations()
    assert [p.path for p in form.problems] == [("name",)]


def test_a_dialog_s_refusal_is_not_shown_in_the_window_behind_it(
    qtbot, desk, form, wait_for_operations
) -> None:
    dialog = QDialog(form)
    dialog._language = Language.ENGLISH  # type: ignore[attr-defined]
    dialog.open()
    operation = run_op(dialog, lambda: desk.persons.get(999_999))
    wait_for_operations()
    assert form.problems == []
    box = operation.message_box
    assert box is not None
    assert box.parentWidget() is dialog
    assert box.text() == "The record no longer exists."
    box.close()


def test_on_refused_takes_the_refusal_instead(qtbot, desk, form, wait_for_operations) -> None:
    person = _person(desk)
    refused: list[Refusal] = []
    run_op(
        form.button,
        lambda: desk.persons.update(person.id, person.model_dump() | {"name": ""}),
        on_refused=refused.append,
    )
    wait_for_operations()
    assert len(refused) == 1
    assert form.problems == []


def test_without_a_problem_display_a_refusal_is_a_warning_in_the_widgets_language(
    qtbot, desk, wait_for_operations
) -> None:
    person = _person(desk)
    english = QWidget()
    english._language = Language.ENGLISH  # type: ignore[attr-defined]
    qtbot.addWidget(english)
    english.show()
    operation = run_op(
        english, lambda: desk.persons.update(person.id, person.model_dump() | {"name": ""})
    )
    wait_for_operations()
    box = operation.message_box
    assert box is not None
    assert box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == operation.error.text(Language.ENGLISH)
    box.close()


def test_without_a_widget_language_the_application_language_is_used(
    qtbot, desk, wait_for_operations, monkeypatch
) -> None:
    monkeypatch.setattr(operations, "_language", operations.DEFAULT_LANGUAGE)
    plain = QWidget()
    qtbot.addWidget(plain)
    desk.lock()
    operation = run_op(plain, lambda: desk.persons.get(1))
    wait_for_operations()
    assert operation.message_box.text() == "Boksen er låst. Lås den op igen."
    operation.message_box.close()
    operations.set_language(Language.ENGLISH)
    operation = run_op(plain, lambda: desk.persons.get(1))
    wait_for_operations()
    assert "locked" in operation.message_box.text()
    operation.message_box.close()


def test_an_unexpected_failure_names_only_its_type(
    qtbot, form, caplog, wait_for_operations
) -> None:
    def broken() -> None:
        raise KeyError(SECRET)

    successes: list[object] = []
    failures: list[BaseException] = []
    with caplog.at_level(logging.ERROR, logger="riskdesk.gui.operations"):
        operation = run_op(form.button, broken, successes.append)
        operation.failed.connect(failures.append)
        wait_for_operations()
    box = operation.message_box
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Critical
    assert "KeyError" in box.text()
    assert SECRET not in box.text() + box.detailedText() + box.informativeText()
    assert successes == []
    assert form.problems == []
    assert [type(error) for error in failures] == [KeyError]
    assert "KeyError" in caplog.text
    assert "broken" in caplog.text
    assert SECRET not in caplog.text
    box.close()


def test_a_broken_forms_file_is_named_not_reported_as_unexpected(
    qtbot, form, tmp_path, wait_for_operations
) -> None:
    (tmp_path / "level-rules.yaml").write_text("levels: [", encoding="utf-8")

    def needs_the_level_rules() -> object:
        return Forms(tmp_path).levels

    operation = run_op(form.button, needs_the_level_rules)
    wait_for_operations()
    box = operation.message_box
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Warning
    assert "forms folder" in box.text()
    assert "level-rules.yaml" in box.text()
    box.close()


def test_operations_run_one_at_a_time_in_order_off_the_ui_thread(
    qtbot, form, wait_for_operations
) -> None:
    started = threading.Event()
    release = threading.Event()
    lock = threading.Lock()
    running = 0
    most_at_once = 0
    ran: list[tuple[int, str]] = []

    def step(number: int) -> int:
        nonlocal running, most_at_once
        with lock:
            running += 1
            most_at_once = max(most_at_once, running)
        if number == 0:
            started.set()
            release.wait(10)
        ran.append((number, threading.current_thread().name))
        with lock:
            running -= 1
        return number

    delivered: list[int] = []
    for number in range(4):
        run_op(form, lambda number=number: step(number), delivered.append)
    assert started.wait(10)
    assert hub().running == 4
    release.set()
    wait_for_operations()
    assert [number for number, _thread in ran] == delivered == [0, 1, 2, 3]
    assert {thread for _number, thread in ran} == {"riskdesk-ops"}
    assert most_at_once == 1


def test_a_slow_operation_shows_a_busy_dialog_without_cancel(
    qtbot, form, wait_for_operations
) -> None:
    release = threading.Event()
    operation = run_op(form.button, lambda: release.wait(10), label="Saving the plan…")
    qtbot.waitUntil(lambda: operation.busy_dialog is not None, timeout=5_000)
    busy = operation.busy_dialog
    assert isinstance(busy, BusyDialog)
    assert busy.isVisible()
    assert busy.windowModality() == Qt.WindowModality.WindowModal
    assert busy.parentWidget() is form
    assert busy.labelText() == "Saving the plan…"
    assert busy.findChildren(QPushButton) == []
    busy.reject()
    assert busy.isVisible()
    release.set()
    wait_for_operations()
    assert operation.busy_dialog is None
    assert not shiboken6.isValid(busy) or not busy.isVisible()


def test_a_quick_operation_shows_no_busy_dialog(qtbot, form, wait_for_operations) -> None:
    operation = run_op(form, lambda: 1)
    wait_for_operations()
    qtbot.wait(operations.BUSY_DELAY_MS + 100)
    assert operation.busy_dialog is None
    assert form.findChildren(BusyDialog) == []


def test_a_closed_window_gets_no_callback_but_the_changes_are_broadcast(
    qtbot, desk, broadcasts, wait_for_operations
) -> None:
    person = _person(desk)
    release = threading.Event()
    closing = _Form()
    called: list[object] = []

    def save() -> object:
        release.wait(10)
        return desk.persons.update(person.id, person.model_dump() | {"city": "Viby J"})

    run_op(closing.button, save, called.append)
    closing.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(closing))
    release.set()
    wait_for_operations()
    assert called == []
    assert broadcasts == [(Changes(persons=True), None)]


def test_redraw_on_changes_ends_with_the_widget(
    qtbot, desk, wait_for_operations, broadcasts
) -> None:
    person = _person(desk)
    page = QWidget()
    redrawn: list[Changes] = []
    redraw_on_changes(page, lambda changes, _initiator: redrawn.append(changes))

    def update(city: str) -> None:
        run_op(None, lambda: desk.persons.update(person.id, person.model_dump() | {"city": city}))
        wait_for_operations()

    update("Viby J")
    assert redrawn == [Changes(persons=True)]
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    update("Aarhus C")
    assert redrawn == [Changes(persons=True)]
    assert len(broadcasts) == 2


def test_wait_until_idle_returns_once_the_callbacks_ran(qtbot, form) -> None:
    called: list[object] = []
    run_op(form, lambda: 42, called.append)
    assert operations.wait_until_idle(10_000)
    assert called == [42]
    assert hub().running == 0


@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed; CI installs it",
)
def test_the_window_stays_responsive_while_an_export_with_pdf_runs(
    qtbot, desk: Desk, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.set_desk(desk, demo_vault)
    window.show()
    case_id = next(s.case_id for s in desk.cases.search() if desk.plans.current(s.case_id))
    target = tmp_path / "plan.docx"
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    ticks_when_done: list[int] = []
    operation = run_op(
        window,
        lambda: desk.documents.export(DocumentKind.PLAN, case_id, target, pdf=True),
        lambda _exported: ticks_when_done.append(ticks),
    )
    wait_for_operations()
    timer.stop()
    assert operation.error is None
    assert ticks_when_done[0] >= 5
    assert operation.result.docx == target
    assert target.exists()
    assert target.with_suffix(".pdf").exists()
    assert operation.result.pdf == target.with_suffix(".pdf")


# ----- read_now -------------------------------------------------------------------------


def _boxes(widget: QWidget) -> list[QMessageBox]:
    return widget.findChildren(QMessageBox, "operationMessage")


def test_read_now_answers_at_once_on_this_thread_beside_a_running_operation(
    qtbot, desk, form, broadcasts, wait_for_operations
) -> None:
    release = threading.Event()
    run_op(form, lambda: release.wait(10))
    threads: list[str] = []

    def read() -> object:
        threads.append(threading.current_thread().name)
        return desk.cases.search()

    rows = read_now(form.button, read)
    assert hub().running == 1
    assert rows
    assert threads == [threading.current_thread().name]
    assert threads != ["riskdesk-ops"]
    release.set()
    wait_for_operations()
    assert broadcasts == []
    assert form.problems == []


def test_read_now_shows_a_refusal_on_the_nearest_problem_display(qtbot, desk, form) -> None:
    assert read_now(form.button, lambda: desk.persons.get(999_999)) is None
    assert [p.text(Language.ENGLISH) for p in form.problems] == ["The record no longer exists."]
    assert _boxes(form) == []


def test_read_now_without_a_problem_display_warns_in_the_widgets_language(qtbot, desk) -> None:
    english = QWidget()
    english._language = Language.ENGLISH  # type: ignore[attr-defined]
    qtbot.addWidget(english)
    english.show()
    assert read_now(english, lambda: desk.persons.get(999_999)) is None
    (box,) = _boxes(english)
    assert box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "The record no longer exists."
    box.close()


def test_read_now_names_a_locked_vault_in_a_box_not_on_the_page(qtbot, desk, form) -> None:
    desk.lock()
    assert read_now(form.button, desk.cases.search) is None
    (box,) = _boxes(form)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "locked" in box.text()
    assert form.problems == []
    box.close()


def test_read_now_names_a_broken_forms_file(qtbot, form, tmp_path) -> None:
    (tmp_path / "level-rules.yaml").write_text("levels: [", encoding="utf-8")
    assert read_now(form.button, lambda: Forms(tmp_path).levels) is None
    (box,) = _boxes(form)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "level-rules.yaml" in box.text()
    box.close()


def test_read_now_names_only_the_type_of_an_unexpected_failure(qtbot, form, caplog) -> None:
    def broken_read() -> object:
        raise KeyError(SECRET)

    with caplog.at_level(logging.ERROR, logger="riskdesk.gui.operations"):
        assert read_now(form.button, broken_read) is None
    (box,) = _boxes(form)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "KeyError" in box.text()
    assert SECRET not in box.text() + box.detailedText() + box.informativeText()
    assert "broken_read" in caplog.text
    assert SECRET not in caplog.text
    assert form.problems == []
    box.close()
