"""Niveau-1 concerns (``desk.concerns``): register one (also from an inquiry), list them,
close one with a reason, put one on or take it off a coordination meeting's agenda, and
escalate one to a niveau-2 case. Each call is one unit of work with one audit event; a
concern names no person, so only the escalation's event names one (the person and case
it made)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from datetime import date
from typing import Any

from riskdesk.domain.case import Case
from riskdesk.domain.concern import (
    Concern,
    ConcernId,
    ConcernOnAgenda,
    ConcernTopics,
    check_open,
    close_reason_from,
    concern_filter,
    concern_input,
)
from riskdesk.domain.concern_agenda import already_on_agenda, check_takes_concerns, not_on_agenda
from riskdesk.domain.inquiry import InquiryId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MeetingId
from riskdesk.domain.person import Person
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.person_case_creation import add_person_with_case, validated_person_with_case
from riskdesk.services.service_context import ServiceContext

ESCALATED_LEVEL = 2
"""An escalated concern becomes an individual case (niveau 2) unless the case says otherwise."""

_INQUIRY_HAS_A_CONCERN = LocalizedText(
    da="Henvendelsen er allerede gjort til en bekymring.",
    en="The inquiry has already been made into a concern.",
)


class ConcernService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def topics(self) -> ConcernTopics:
        """The topics a concern is registered under (``forms/concern-topics.yaml``)."""
        return self._ctx.forms.concern_topics

    @property
    def areas(self) -> tuple[str, ...]:
        """The municipality's school districts or areas (``municipality.yaml``)."""
        return self._ctx.forms.municipality.areas

    def add(
        self,
        *,
        noted_on: date | str,
        topic: str,
        age_band: str,
        sex: str,
        area: str,
        source: str,
        note: str = "",
        from_inquiry: InquiryId | None = None,
        today: date | None = None,
    ) -> Concern:
        """Register an open concern; with ``from_inquiry`` the inquiry is linked to it in
        the same unit of work. Raises :class:`UserInputError` naming each wrong field (an
        unknown topic, age band, sex, area or source, a date in the future, a note that
        holds identity; ``from_inquiry`` for an inquiry already made into a concern) and
        :class:`NotFound` for an unknown inquiry; nothing is stored then."""
        given = concern_input(
            {
                "noted_on": noted_on,
                "topic": topic,
                "age_band": age_band,
                "sex": sex,
                "area": area,
                "source": source,
                "note": note,
            },
            topics=self.topics,
            areas=self.areas,
            today=today or date.today(),
        )
        with self._ctx.work(UseCase.CONCERN_ADD) as uow:
            concern = uow.concerns.add(Concern(**given.model_dump()))
            assert concern.id is not None
            if from_inquiry is not None and not uow.concerns.link_inquiry(from_inquiry, concern.id):
                raise UserInputError([Problem("from_inquiry", _INQUIRY_HAS_A_CONCERN)])
            uow.trail.about(None, concern.id)
            return concern

    def list(
        self,
        *,
        start: date | str | None = None,
        end: date | str | None = None,
        topic: str | None = None,
        area: str | None = None,
        source: str | None = None,
        status: str | None = None,
    ) -> builtins.list[Concern]:
        """Concerns noted from ``start`` to ``end`` (both included, either open), of one
        topic, area, source and status when given, newest first. Raises
        :class:`UserInputError` for an unknown source or status or a period backwards."""
        criteria = concern_filter(
            {
                "start": start,
                "end": end,
                "topic": topic,
                "area": area,
                "source": source,
                "status": status,
            }
        )
        with self._ctx.work(UseCase.CONCERN_LIST) as uow:
            return uow.concerns.listed(criteria)

    def get(self, concern_id: ConcernId) -> Concern:
        """Raises :class:`NotFound` for an unknown id."""
        with self._ctx.work(UseCase.CONCERN_VIEW) as uow:
            return uow.concerns.get(concern_id)

    def close(self, concern_id: ConcernId, *, reason: str) -> Concern:
        """Close an open concern with one of the closing reasons. Raises
        :class:`UserInputError` for an unknown reason or a concern no longer open."""
        chosen = close_reason_from(reason)
        with self._ctx.work(UseCase.CONCERN_CLOSE) as uow:
            check_open(uow.concerns.get(concern_id, audited=False))
            return uow.concerns.close(concern_id, chosen)

    def escalate(
        self, concern_id: ConcernId, *, person: Mapping[str, Any], case: Mapping[str, Any]
    ) -> tuple[Person, Case, Concern]:
        """Make a niveau-2 case (unless ``case`` names another level that keeps a file)
        for the person entered now, and link the open concern to it, in one unit of work.
        The concern keeps only the case's id: nothing of the person is written into it.
        Problems are raised as the new person/case editor reports them (``person.…``,
        ``case.…``); a concern no longer open is refused on ``status``."""
        new_person, new_case = validated_person_with_case(
            person,
            {"level": ESCALATED_LEVEL} | {k: v for k, v in case.items() if v is not None},
            caseworker=self._ctx.user.username,
            levels=self._ctx.forms.levels,
        )
        with self._ctx.work(UseCase.CONCERN_ESCALATE) as uow:
            check_open(uow.concerns.get(concern_id, audited=False))
            stored_person, stored_case = add_person_with_case(uow, new_person, new_case)
            assert stored_case.id is not None
            concern = uow.concerns.escalate(concern_id, stored_case.id)
            uow.trail.about(None, concern_id)
            return stored_person, stored_case, concern

    def put_on_agenda(self, concern_id: ConcernId, meeting_id: MeetingId) -> Concern:
        """Put an open concern last on a coordination or youth-coordination meeting's
        agenda. Raises :class:`UserInputError` for another kind of meeting, a concern
        that is not open or already on it, :class:`UnknownMeeting` / :class:`NotFound`."""
        with self._ctx.work(UseCase.CONCERN_AGENDA_ADD) as uow:
            check_takes_concerns(uow.concerns.meeting_kind(meeting_id))
            check_open(uow.concerns.get(concern_id, audited=False))
            if not uow.concerns.put_on_agenda(meeting_id, concern_id):
                raise already_on_agenda()
            return uow.concerns.get(concern_id, audited=False)

    def take_off_agenda(self, concern_id: ConcernId, meeting_id: MeetingId) -> Concern:
        """Take the concern off the meeting's agenda. Raises :class:`UserInputError` when
        it is not on it."""
        with self._ctx.work(UseCase.CONCERN_AGENDA_REMOVE) as uow:
            uow.concerns.meeting_kind(meeting_id)
            if not uow.concerns.take_off_agenda(meeting_id, concern_id):
                raise not_on_agenda()
            return uow.concerns.get(concern_id, audited=False)

    def agenda(self, meeting_id: MeetingId) -> builtins.list[ConcernOnAgenda]:
        """The concerns on the meeting's agenda, by number and topic, in order."""
        with self._ctx.work(UseCase.CONCERN_AGENDA) as uow:
            uow.concerns.meeting_kind(meeting_id)
            return uow.concerns.agenda(meeting_id)
