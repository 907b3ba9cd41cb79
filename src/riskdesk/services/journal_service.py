"""The case journal (``desk.journal``): write an entry, read a case's entries newest
first, and mark an entry's follow-up done. Each call is one unit of work with one audit
event naming the entry, its case and the case's person, never its text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from riskdesk.domain.ids import CaseId
from riskdesk.domain.journal import (
    JournalEntry,
    JournalEntryId,
    daily_report_template,
    date_problems,
    journal_entry_from,
)
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.case_lookup import case_id_of
from riskdesk.services.outcome_service import CaseOutcomes, case_outcomes
from riskdesk.services.service_context import ServiceContext


class JournalService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add(
        self,
        *,
        case_id: CaseId | None = None,
        case_number: str | None = None,
        happened_on: date | str,
        kind: str,
        text: str,
        participants: Sequence[str] = (),
        other_participants: str = "",
        follow_up_on: date | str | None = None,
        today: date | None = None,
    ) -> JournalEntry:
        """Write an entry on the case (by id, or by number). Raises
        :class:`UserInputError` naming the field for an unknown kind or participant, an
        empty text, a date in the future or a follow-up before the entry, and
        :class:`UnknownCase` for a case not in the vault; nothing is stored then."""
        data: dict[str, Any] = {
            "case_id": case_id if case_id is not None else 0,
            "happened_on": happened_on,
            "kind": kind,
            "text": text,
            "participants": tuple(participants),
            "other_participants": other_participants,
            "follow_up_on": follow_up_on,
        }
        entry = journal_entry_from(data, today=today or date.today())
        with self._ctx.work(UseCase.JOURNAL_ADD) as uow:
            found = case_id_of(uow, case_id=case_id, case_number=case_number)
            return uow.journal.add(entry.model_copy(update={"case_id": found}))

    def for_case(
        self, *, case_id: CaseId | None = None, case_number: str | None = None
    ) -> list[JournalEntry]:
        """The case's entries, newest first; raises :class:`UnknownCase`."""
        with self._ctx.work(UseCase.JOURNAL_LIST) as uow:
            found = case_id_of(uow, case_id=case_id, case_number=case_number)
            return uow.journal.for_case(found)

    def case_page(self, case_id: CaseId) -> tuple[list[JournalEntry], CaseOutcomes]:
        """What the case page shows below the case: its journal, newest first, and its
        outcomes with the follow-ups due, read in one use case. Raises
        :class:`UnknownCase`."""
        with self._ctx.work(UseCase.JOURNAL_LIST) as uow:
            return uow.journal.for_case(case_id), case_outcomes(uow, case_id)

    def mark_follow_up_done(
        self, entry_id: JournalEntryId, *, done_on: date | None = None
    ) -> JournalEntry:
        """Take the entry's follow-up off the start page, done on ``done_on`` (today).
        Raises :class:`UserInputError` on ``follow_up_done_on`` for an entry without a
        follow-up or a day before the entry, :class:`NotFound` for an unknown entry."""
        done_on = done_on or date.today()
        with self._ctx.work(UseCase.JOURNAL_FOLLOW_UP_DONE) as uow:
            entry = uow.journal.get(entry_id)
            done = entry.model_copy(update={"follow_up_done_on": done_on})
            problems = [
                p
                for p in date_problems(done, today=max(done_on, entry.happened_on))
                if p.field == "follow_up_done_on"
            ]
            if problems:
                raise UserInputError(problems)
            return uow.journal.mark_follow_up_done(entry, done_on=done_on)

    @staticmethod
    def daily_report_template(
        *, today: date | None = None, language: str = "da"
    ) -> Mapping[str, Any]:
        """The fields of a concern talk after the police daily report, ready to save as
        they are or to finish first (see :func:`daily_report_template`)."""
        return daily_report_template(today=today or date.today(), language=language)
