"""The access insight window shows a day's searches that listed the person as one row,
its time from the first search to the last (#14 item 5); looked at in Danish on a
laptop's and a small screen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from screen_fit import LAPTOP_SCREEN, SMALL_SCREEN, danish

from riskdesk.domain.localized import Language
from riskdesk.gui.access_insight.access_insight_dialog import AccessInsightDialog
from riskdesk.gui.access_insight.access_insight_table_model import Column
from riskdesk.gui.widgets.shown_times import dmy_hms
from riskdesk.services.desk import Desk
from riskdesk.store.vault import Vault
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_a_days_searches_are_one_row_from_the_first_to_the_last(qtbot, demo_vault: Path) -> None:
    clock = _Clock(datetime(2026, 12, 2, 9, 0))
    vault = Vault.open(demo_vault, username="koordinator", password=PASSWORD, clock=clock)
    with Desk(vault) as searcher:
        person = sorted(searcher.cases.search(), key=lambda c: c.case_id)[0]
        surname = person.person_name.split()[-1]
        for minute, letters in enumerate(range(2, 2 + 6)):
            clock.now = datetime(2026, 12, 2, 9, minute * 7)
            searcher.cases.search(surname[:letters])
    with Desk.open(demo_vault, username="leder", password=PASSWORD) as desk, danish():
        dialog = AccessInsightDialog(
            desk=desk, language=Language.DANISH, person_id=person.person_id
        )
        qtbot.addWidget(dialog)
        dialog.show()
        proxy = dialog.proxy
        rows = [
            (proxy.index(row, Column.TIME).data(), proxy.index(row, Column.ACTION).data())
            for row in range(proxy.rowCount())
        ]
        first = datetime(2026, 12, 2, 9, 0).astimezone()
        ((shown_time, action),) = [r for r in rows if r[0].startswith(dmy_hms(first)[:10])]
        last = datetime(2026, 12, 2, 9, 35).astimezone()
        assert shown_time == f"{dmy_hms(first)}–{last:%H:%M:%S}"
        assert action.startswith("fandt personen ved 6 søgninger i sagslisten (efter »")
        assert action.endswith(" og 1 søgeord mere)")
        row = rows.index((shown_time, action))
        assert proxy.index(row, Column.ACTION).data(Qt.ItemDataRole.ToolTipRole) == action
        for name, (width, height) in (("laptop", LAPTOP_SCREEN), ("small", SMALL_SCREEN)):
            dialog.resize(width, height)
            dialog.table.scrollTo(proxy.index(row, 0))
            qtbot.wait(50)
            dialog.grab().save(f"/tmp/riskdesk-team/shots/auditread-insight-{name}.png")
