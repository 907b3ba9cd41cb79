"""What the main window needs from a page in its navigation.

A page redraws itself; nothing outside tells it to. Every operation runs through
:func:`riskdesk.gui.operations.run_op`, and after one that committed something the
application's hub broadcasts its :class:`~riskdesk.domain.changes.Changes`. A page
subscribes once, in its constructor, and decides from the kinds of records changed
whether what it shows is stale::

    redraw_on_changes(self, self._redraw)

    def _redraw(self, changes: Changes, initiator: object) -> None:
        if self._desk is not None and (changes.plans or changes.comments):
            self.refresh()

``initiator`` is the widget that started the operation (None when it is gone); a page
that already shows the result of its own edit may skip redrawing for it. The broadcast
comes before the operation's ``on_success`` callback, so a dialog that selects what it
saved finds the list already redrawn. Redraw only what the changes touch: an agenda
that rebuilds after every unrelated save costs a query each time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class Page(Protocol):
    """A page is a ``QWidget`` built with ``Page(language=..., parent=...)``.

    ``clear`` must forget everything shown from the vault (it runs when the desk locks).
    ``show_problems`` shows a refusal met by the page's reads (``read_now``), its
    operations (``run_op``) or a menu command used while it is on show; a page without
    fields of its own puts them in a :class:`~riskdesk.gui.widgets.problem_line.ProblemLine`.
    """

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None: ...

    def title(self) -> str: ...

    def set_desk(self, desk: Desk) -> None: ...

    def clear(self) -> None: ...

    def show_problems(self, problems: Sequence[Problem]) -> None: ...


class CasePage(Page, Protocol):
    """A page about one case: when it is shown it shows the case chosen in the case list
    (None when none is)."""

    def show_case(self, case_id: int | None) -> None: ...
