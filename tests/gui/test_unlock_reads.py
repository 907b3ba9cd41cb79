"""What a real main window reads at unlock: the page on show and nothing of the pages
behind it. The concern register, the review page, the inquiries page and the meetings
page read when they are first shown, and the review queue is read once at unlock (by the
start page, for a supervisor). Counted with spies on the desk's service objects; the vault
is a real demo vault."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from riskdesk.domain.inquiry import InquiryKind, InquirySource
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.gui.concerns.concerns_page import ConcernsPage
from riskdesk.gui.inquiries.inquiries_page import InquiriesPage
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.operations import run_op
from riskdesk.gui.statistics.statistics_page import StatisticsPage
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = pytest.mark.gui

SPIED = {
    "concerns": ("list",),
    "review": ("overview",),
    "users": ("list",),
    "today": ("view",),
    "inquiries": ("list",),
    "meetings": ("list", "areas"),
    "statistics": ("figures",),
}


def _spy(desk: Desk) -> Counter[str]:
    """Count the calls of the reads in :data:`SPIED` on ``desk`` from now on."""
    calls: Counter[str] = Counter()
    for service_name, methods in SPIED.items():
        service = getattr(desk, service_name)
        for method in methods:
            real = getattr(service, method, None)
            if callable(real):
                setattr(service, method, _counted(real, f"{service_name}.{method}", calls))
    return calls


def _counted(real: Callable[..., object], name: str, calls: Counter[str]) -> Callable[..., object]:
    def counted(*args: object, **kwargs: object) -> object:
        calls[name] += 1
        return real(*args, **kwargs)

    return counted


@pytest.fixture
def supervisor(demo_vault: Path) -> Iterator[Desk]:
    opened = Desk.open(demo_vault, username="leder", password=PASSWORD)
    yield opened
    opened.lock()


def _unlocked(
    qtbot, desk: Desk, vault: Path, on_page: Callable[[MainWindow], object]
) -> MainWindow:
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(window.pages.index(on_page(window)))
    window.set_desk(desk, vault)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_at_unlock_onto_the_case_list_no_hidden_page_reads(
    qtbot, desk: Desk, demo_vault: Path, wait_for_operations
) -> None:
    calls = _spy(desk)
    window = _unlocked(qtbot, desk, demo_vault, lambda w: w.case_list)
    wait_for_operations()
    assert calls["concerns.list"] == 0
    assert calls["review.overview"] == 0
    assert calls["users.list"] == 0
    assert calls["inquiries.list"] == 0
    assert calls["meetings.list"] == calls["meetings.areas"] == 0

    inquiries = window._page(InquiriesPage)
    window.navigation.setCurrentRow(window.pages.index(inquiries))
    assert calls["inquiries.list"] == 1
    assert inquiries.tree.topLevelItemCount() > 0
    window.navigation.setCurrentRow(window.pages.index(window.meetings))
    wait_for_operations()
    assert calls["meetings.list"] == calls["meetings.areas"] == 1
    assert window.meetings.meeting_list.meeting(desk.meetings.list()[0].id) is not None

    concerns = window._page(ConcernsPage)
    window.navigation.setCurrentRow(window.pages.index(concerns))
    assert calls["concerns.list"] == 1
    assert concerns.topic_box.count() > 1  # the topics were read with it
    window.navigation.setCurrentRow(window.pages.index(window.review))
    assert calls["review.overview"] == 1
    window.clear()


def test_a_supervisors_unlock_reads_the_review_queue_once(
    qtbot, supervisor: Desk, demo_vault: Path, wait_for_operations
) -> None:
    calls = _spy(supervisor)
    window = _unlocked(qtbot, supervisor, demo_vault, lambda w: w.today)
    wait_for_operations()
    assert calls["today.view"] == 1  # the start page shows the queue itself, once
    assert calls["review.overview"] == 0
    assert calls["concerns.list"] == 0
    assert calls["inquiries.list"] == calls["meetings.list"] == 0  # so a damaged table waits
    assert calls["statistics.figures"] == 0  # counted over every case

    window.navigation.setCurrentRow(window.pages.index(window.review))
    assert calls["review.overview"] == 1
    assert calls["users.list"] == 1
    statistics = window._page(StatisticsPage)
    window.navigation.setCurrentRow(window.pages.index(statistics))
    assert calls["statistics.figures"] == 1
    assert statistics.figures_tree.topLevelItemCount() > 0
    window.clear()


def test_a_concern_saved_while_the_register_is_hidden_shows_when_it_is_shown(
    qtbot, desk: Desk, demo_vault: Path, wait_for_operations
) -> None:
    window = _unlocked(qtbot, desk, demo_vault, lambda w: w.case_list)
    concerns = window._page(ConcernsPage)
    window.navigation.setCurrentRow(window.pages.index(concerns))
    before = concerns.tree.topLevelItemCount()
    window.navigation.setCurrentRow(window.pages.index(window.case_list))
    calls = _spy(desk)
    topic = desk.concerns.topics.topics[0].id
    run_op(
        window.case_list,
        lambda: desk.concerns.add(
            noted_on=date.today(),
            topic=topic,
            age_band="12-14",
            sex="m",
            area="Nord",
            source="school",
        ),
    )
    wait_for_operations()
    assert calls["concerns.list"] == 0  # hidden: told of the change, it reads nothing
    window.navigation.setCurrentRow(window.pages.index(concerns))
    assert calls["concerns.list"] == 1
    assert concerns.tree.topLevelItemCount() == before + 1
    window.clear()


def test_an_inquiry_saved_while_the_page_is_hidden_is_read_and_chosen_when_it_is_shown(
    qtbot, desk: Desk, demo_vault: Path, wait_for_operations
) -> None:
    window = _unlocked(qtbot, desk, demo_vault, lambda w: w.case_list)
    inquiries = window._page(InquiriesPage)
    calls = _spy(desk)
    run_op(
        window.case_list,
        lambda: desk.inquiries.add(
            received_on=date.today(), kind=InquiryKind.ADVICE, source=InquirySource.SCHOOL
        ),
        inquiries._saved,  # what the quick entry does when its save is done
    )
    wait_for_operations()
    assert calls["inquiries.list"] == 0  # hidden: told of the change, it reads nothing
    window.navigation.setCurrentRow(window.pages.index(inquiries))
    assert calls["inquiries.list"] == 1
    chosen = inquiries.current_inquiry()
    assert chosen is not None
    assert chosen.received_on == date.today()
    assert chosen.id == max(i.id for i in desk.inquiries.list() if i.id is not None)
    window.clear()


def test_a_meeting_opened_from_the_start_page_is_chosen_once_the_list_is_read(
    qtbot, desk: Desk, demo_vault: Path, wait_for_operations
) -> None:
    window = _unlocked(qtbot, desk, demo_vault, lambda w: w.case_list)
    wait_for_operations()
    meeting = desk.meetings.list()[-1]
    assert meeting.id is not None
    # As a start-page line opens it: the page is chosen, then the meeting, before the
    # list's read (an operation) is done.
    window.navigation.setCurrentRow(window.pages.index(window.meetings))
    window.meetings.select_meeting(meeting.id)
    wait_for_operations()
    editor = window.meetings._editor
    assert editor is not None
    assert editor.meeting_id == meeting.id
    window.clear()


def test_a_meeting_saved_while_the_page_is_hidden_is_listed_when_it_is_shown(
    qtbot, desk: Desk, demo_vault: Path, wait_for_operations
) -> None:
    window = _unlocked(qtbot, desk, demo_vault, lambda w: w.meetings)
    wait_for_operations()
    window.navigation.setCurrentRow(window.pages.index(window.case_list))
    calls = _spy(desk)
    run_op(
        window.case_list,
        lambda: desk.meetings.save(Meeting(kind=MeetingKind.SSP, held_on=date.today())),
    )
    wait_for_operations()
    assert calls["meetings.list"] == 0  # hidden: told of the change, it reads nothing
    window.navigation.setCurrentRow(window.pages.index(window.meetings))
    wait_for_operations()
    assert calls["meetings.list"] == 1
    newest = max(m.id for m in desk.meetings.list() if m.id is not None)
    assert window.meetings.meeting_list.meeting(newest) is not None
    window.clear()
