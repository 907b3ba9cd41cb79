"""Each year's case numbers, ``YYYY-NNNN``: the last one given is kept in a vault setting
per year and moved on in the writer's own transaction, so taking a number is one row
read and written however many cases the year holds (finding the year's highest number
on every insert made building a 10,000-person vault quadratic).

A number is never given twice: one taken by a case that is later deleted stays taken,
so a tombstone's case number names one case only. A unit of work holds the write lock
(``BEGIN IMMEDIATE``), so two writers take numbers one after the other; on the team
server the year's row is read FOR UPDATE, which makes them wait in turn. A vault made
before the counter, or a year not numbered yet, starts from the highest number its cases
hold."""

from __future__ import annotations

import re

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from riskdesk.store.tables import CaseRow, VaultSettingRow
from riskdesk.store.versioned_update import insert_if_absent

_NUMBERED = re.compile(r"^(\d{4})-(\d{1,9})$")


def case_number(year: int, number: int) -> str:
    return f"{year:04d}-{number:04d}"


class CaseNumberCounter:
    def __init__(self, session: Session) -> None:
        self._session = session

    def take(self, year: int, count: int = 1) -> list[str]:
        """The next ``count`` numbers of ``year``, in order, now taken."""
        row = self._row(year)
        last = int(row.value)
        row.value = str(last + count)
        return [case_number(year, n) for n in range(last + 1, last + count + 1)]

    def saw(self, number: str) -> None:
        """A number given by hand (``2026-0500``) moves its year's count past it, so no
        later case is given the same one."""
        match = _NUMBERED.match(number)
        if match is None:
            return
        row = self._row(int(match[1]))
        row.value = str(max(int(row.value), int(match[2])))

    def _row(self, year: int) -> VaultSettingRow:
        name = f"case_number_last:{year:04d}"
        row = self._locked(name)
        if row is None:
            # Another writer may make the year's row first: then theirs is taken, locked.
            insert_if_absent(
                self._session,
                VaultSettingRow,
                {"name": name, "value": str(self._highest_held(year))},
            )
            row = self._locked(name)
            assert row is not None  # made here or by that writer
        return row

    def _locked(self, name: str) -> VaultSettingRow | None:
        # FOR UPDATE (nothing on SQLite): on the team server two writers would otherwise
        # read the same last number under READ COMMITTED.
        return self._session.get(VaultSettingRow, name, with_for_update=True)

    def _highest_held(self, year: int) -> int:
        prefix = f"{year:04d}-"
        highest = self._session.scalar(
            select(
                func.max(cast(func.substr(CaseRow.case_number, len(prefix) + 1), Integer))
            ).where(CaseRow.case_number.startswith(prefix))
        )
        return int(highest or 0)
