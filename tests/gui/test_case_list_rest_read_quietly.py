"""After its first rows the case list reads every case on a thread of its own: the window
answers keys meanwhile, a search typed then finds what it finds in the whole list, a lock
stops the read without waiting for it, and a change saved meanwhile is in the list.

The read is held at the GUI's port to the core (``desk.cases.listing``) until the test
lets it go, or until the read is stopped: a read held so, not a timing."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import text

from riskdesk.domain.case_list import SearchIndex, narrowed, search_terms
from riskdesk.domain.localized import Language
from riskdesk.gui.cases import case_list_page
from riskdesk.gui.cases.case_list_page import CaseListPage
from riskdesk.gui.operations import run_op
from riskdesk.gui.quiet_read import stop_quiet_reads
from riskdesk.store import stoppable_read
from vault_fixtures import DEMO_PERSONS

pytestmark = [pytest.mark.gui, pytest.mark.vault]

FIRST = 5


class _HeldListing:
    """``desk.cases.listing``, held on its thread until :attr:`gate` opens or the read it
    runs in is stopped; records the threads it ran on."""

    def __init__(self, desk, monkeypatch) -> None:
        self.real = desk.cases.listing
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(desk.cases, "listing", self)

    def __call__(self):
        self.threads.append(threading.current_thread())
        self.entered.set()
        # The read this thread runs in (test-only look): a stopped read goes on, and
        # meets the vault refusing it.
        read = stoppable_read._read_on_this_thread()
        while not self.gate.wait(0.005):
            if read is not None and read.stopped:
                break
        return self.real()


@pytest.fixture
def page(qtbot, monkeypatch, desk, wait_for_operations):
    monkeypatch.setattr(case_list_page, "FIRST_ROWS", FIRST)
    shown = CaseListPage(language=Language.DANISH)
    shown.resize(1000, 600)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.clear()
    wait_for_operations()
    shown.close()
    shown.deleteLater()


@pytest.fixture
def held(desk, monkeypatch) -> _HeldListing:
    return _HeldListing(desk, monkeypatch)


def _case_ids(page: CaseListPage) -> list[int]:
    return [page.model.record(row).case_id for row in range(page.model.rowCount())]


def _by_name(rows):
    return sorted(rows, key=lambda row: row.name_folded)


def _quiet_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "riskdesk-quiet-read"]


def _events(desk) -> int:
    with desk.vault.new_session() as session:
        return int(session.execute(text("SELECT count(*) FROM audit_events")).scalar_one())


def test_the_rest_is_read_on_another_thread_and_ends_as_the_services_listing(
    qtbot, page, desk, held
) -> None:
    page.set_desk(desk)
    assert page.model.rowCount() == FIRST
    qtbot.waitUntil(held.entered.is_set)
    assert held.threads[0] is not threading.main_thread()
    assert not page.model.complete
    held.gate.set()
    qtbot.waitUntil(lambda: page.model.complete)
    assert _case_ids(page) == [row.case_id for row in _by_name(held.real().rows)]
    assert str(DEMO_PERSONS) in page.count_label.text()
    qtbot.waitUntil(lambda: not _quiet_threads())


def test_a_key_typed_while_the_rest_is_read_is_handled_at_once_and_searches_every_case(
    qtbot, page, desk, held
) -> None:
    page.set_desk(desk)
    qtbot.waitUntil(held.entered.is_set)
    every = _by_name(held.real().rows)
    # A word found among the later rows only: not among the first ones painted.
    word = every[-1].person_name.split()[0]
    QTest.keyClicks(page.search_edit, word)
    # Handled while the read is still held: the list narrowed among the rows it has.
    assert page.model.search == word
    assert not page.model.complete
    assert page.model.rowCount() <= FIRST
    assert page.count_label.text() == "Reading every case…"
    held.gate.set()
    qtbot.waitUntil(lambda: page.model.complete)
    found = narrowed(list(range(len(every))), SearchIndex.of(every), search_terms(word))
    assert _case_ids(page) == [every[p].case_id for p in found]
    assert any(p >= FIRST for p in found)


def test_a_case_selected_and_a_sort_made_while_the_rest_is_read_hold_for_every_case(
    qtbot, page, desk, held
) -> None:
    page.set_desk(desk)
    qtbot.waitUntil(held.entered.is_set)
    every = held.real().rows
    later = _by_name(every)[-1]
    page.select_case(later.case_id)
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    held.gate.set()
    qtbot.waitUntil(lambda: page.model.complete)
    assert _case_ids(page) == [row.case_id for row in reversed(_by_name(every))]
    assert page.current_case_id() == later.case_id


def test_a_lock_while_the_rest_is_read_stops_it_and_leaves_no_thread(
    qtbot, page, desk, held
) -> None:
    page.set_desk(desk)
    qtbot.waitUntil(held.entered.is_set)
    before = _events(desk)
    # As a lock does: the reads stopped, then the window emptied; the gate never opens.
    stop_quiet_reads()
    page.clear()
    assert not _quiet_threads()
    assert not held.threads[0].is_alive()
    assert page.model.rowCount() == 0
    # The stopped read's use case rolled back: no listing recorded that nobody saw.
    assert _events(desk) == before
    desk.lock()
    qtbot.wait(50)  # a delivery queued by the stopped read, if any, is dropped
    assert page.model.rowCount() == 0


def test_a_case_saved_while_the_rest_is_read_is_in_the_list(
    qtbot, page, desk, held, wait_for_operations
) -> None:
    page.set_desk(desk)
    qtbot.waitUntil(held.entered.is_set)
    other = _by_name(held.real().rows)[-1]
    person = desk.persons.get(other.person_id)
    renamed = person.model_dump(exclude={"id"}) | {"name": "Omdøbt Testperson"}
    run_op(None, lambda: desk.persons.update(other.person_id, renamed))
    wait_for_operations()
    held.gate.set()
    qtbot.waitUntil(lambda: page.model.complete)
    names = [page.model.record(r).person_name for r in range(page.model.rowCount())]
    assert "Omdøbt Testperson" in names
    assert len(names) == DEMO_PERSONS


def _searches(desk) -> list[tuple[str, int]]:
    return [
        (e.details["search"], e.details["results"])
        for e in desk.audit.events()
        if e.details.get("use_case") == "case.search" and e.details.get("search")
    ]


def test_a_search_finished_while_the_rest_is_read_is_recorded_once_with_every_case_found(
    qtbot, page, desk, held, wait_for_operations
) -> None:
    page.set_desk(desk)
    qtbot.waitUntil(held.entered.is_set)
    every = _by_name(held.real().rows)
    word = every[-1].person_name.split()[0]
    QTest.keyClicks(page.search_edit, word)
    page.record_search()  # as the pause after the last key does
    wait_for_operations()
    assert _searches(desk) == []
    held.gate.set()
    qtbot.waitUntil(lambda: page.model.complete)
    wait_for_operations()
    found = narrowed(list(range(len(every))), SearchIndex.of(every), search_terms(word))
    assert _searches(desk) == [(word, len(found))]


def test_a_search_typed_and_a_lock_while_the_rest_is_read_is_recorded_by_the_vault(
    qtbot, page, desk, held, wait_for_operations
) -> None:
    page.set_desk(desk)
    qtbot.waitUntil(held.entered.is_set)
    every = _by_name(held.real().rows)
    word = every[-1].person_name.split()[0]
    QTest.keyClicks(page.search_edit, word)
    stop_quiet_reads()
    page.clear()
    wait_for_operations()
    found = narrowed(list(range(len(every))), SearchIndex.of(every), search_terms(word))
    assert _searches(desk) == [(word, len(found))]


def test_a_search_erased_while_the_rest_is_read_shows_how_many_cases_there_are(
    qtbot, page, desk, held
) -> None:
    page.set_desk(desk)
    qtbot.waitUntil(held.entered.is_set)
    QTest.keyClicks(page.search_edit, "a")
    assert page.count_label.text() == "Reading every case…"
    QTest.keyClick(page.search_edit, Qt.Key.Key_Backspace)
    assert not page.model.complete
    assert str(DEMO_PERSONS) in page.count_label.text()
    held.gate.set()
    qtbot.waitUntil(lambda: page.model.complete)
