"""Inquiries to the unit (``desk.inquiries``): register one, list them by period, type and
source, link one to a case or a person, and link one to the case made from it. Each call
is one unit of work with one audit event naming the inquiry and the case and person it is
linked to."""

from __future__ import annotations

import builtins
from datetime import date

from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.inquiry import (
    Inquiry,
    InquiryId,
    check_unlinked,
    inquiry_filter,
    inquiry_input,
)
from riskdesk.domain.refusals import UnknownCase
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.unit_of_work import UnitOfWork


class InquiryService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add(
        self,
        *,
        received_on: date | str,
        kind: str,
        source: str,
        case_number: str | None = None,
        note: str = "",
        today: date | None = None,
    ) -> Inquiry:
        """Register an inquiry received by the user. Raises :class:`UserInputError`
        naming the field for an unknown type or source, a date in the future or a note
        that identifies someone, and :class:`UnknownCase` for a case number not in the
        vault; nothing is stored then."""
        given = inquiry_input(
            {
                "received_on": received_on,
                "kind": kind,
                "source": source,
                "case_number": case_number,
                "note": note,
            },
            today=today or date.today(),
        )
        with self._ctx.work(UseCase.INQUIRY_ADD) as uow:
            case_id = _case_id(uow, given.case_number)
            inquiry = Inquiry(
                received_on=given.received_on,
                kind=given.kind,
                source=given.source,
                received_by=self._ctx.user.username,
                case_id=case_id,
                note=given.note,
            )
            return uow.inquiries.add(inquiry)

    def list(
        self,
        *,
        start: date | str | None = None,
        end: date | str | None = None,
        kind: str | None = None,
        source: str | None = None,
    ) -> builtins.list[Inquiry]:
        """Inquiries received from ``start`` to ``end`` (both included, either open), of
        one type and one source when given, newest first. Raises :class:`UserInputError`
        for an unknown type or source or a period that ends before it starts."""
        criteria = inquiry_filter({"start": start, "end": end, "kind": kind, "source": source})
        with self._ctx.work(UseCase.INQUIRY_LIST) as uow:
            return uow.inquiries.listed(criteria)

    def link(
        self,
        inquiry_id: InquiryId,
        *,
        case_number: str | None = None,
        person_id: PersonId | None = None,
    ) -> Inquiry:
        """Link the inquiry to an existing case (by number) or person. Raises
        :class:`UnknownCase` or :class:`NotFound` for what is not in the vault."""
        with self._ctx.work(UseCase.INQUIRY_LINK) as uow:
            case_id = _case_id(uow, case_number)
            return uow.inquiries.link(inquiry_id, case_id=case_id, person_id=person_id)

    def to_case(self, inquiry_id: InquiryId, case_id: CaseId) -> Inquiry:
        """Link the inquiry to the case just made from it. Raises
        :class:`UserInputError` when the inquiry already leads to a case."""
        with self._ctx.work(UseCase.INQUIRY_TO_CASE) as uow:
            check_unlinked(uow.inquiries.get(inquiry_id))
            return uow.inquiries.link(inquiry_id, case_id=case_id)


def _case_id(uow: UnitOfWork, case_number: str | None) -> CaseId | None:
    if not case_number:
        return None
    found = uow.cases.by_number(case_number)
    if found is None:
        raise UnknownCase(case_number)
    return found.case_id
