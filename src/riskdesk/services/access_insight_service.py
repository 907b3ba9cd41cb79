"""Access insight: for one person, who looked at or changed their data and when, in order,
to answer the citizen's request for access (GDPR art. 15; forvaltningsloven).

Who may make one: the municipality, as data controller, answers access requests through
its leaders, so supervisors and administrators may make an insight for anyone; the
caseworker named on one of the person's cases may prepare it too, since they usually
receive the request. Other caseworkers are refused, and the refusal is itself audited,
because an extract reveals colleagues' work on a case they have no part in.

Making an insight is a READ of the person (``details["purpose"] = "access_insight"``)
and appears in the insight itself; saving it is an export (``desk.documents``).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import cache

from riskdesk.documents.access_insight_document import AccessInsightDocumentModel, AccessLogRow
from riskdesk.documents.municipality import Municipality
from riskdesk.domain.access_insight import (
    ACCESS_INSIGHT_PURPOSE,
    AccessInsight,
    AccessInsightEntry,
    InsightUser,
    events_concerning,
)
from riskdesk.domain.access_insight_wording import describe
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.search_appearances import SEARCH_RECORD, searches_sentence, story_start
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.audit_trail import AuditTrail

# The CLI prints times in Danish time too, and may not reach into the store.
from riskdesk.store.danish_day import danish_zone as danish_zone
from riskdesk.store.unit_of_work import UnitOfWork

ACCESS_INSIGHT_REFUSED = LocalizedText(
    da="Kun en leder, en administrator eller sagsbehandleren på en af personens sager kan "
    "danne et logudtræk (indsigt). Forsøget er registreret i loggen.",
    en="Only a supervisor, an administrator or the caseworker on one of the person's cases "
    "can produce an access log extract (access insight). The attempt has been logged.",
)


class AccessInsightService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def for_person(self, person_id: PersonId) -> AccessInsight:
        """Every audit event concerning the person, oldest first, including this insight's
        own READ. Raises :class:`NotFound` for an unknown person and
        :class:`PermissionDenied` (audited) for a caseworker not on any of their cases."""
        trail = AuditTrail(UseCase.ACCESS_INSIGHT)
        with self._ctx.work(UseCase.ACCESS_INSIGHT, trail=trail) as uow:
            insight = build_insight(uow, self._ctx.user, person_id, record_first=True)
        if insight is None:
            raise PermissionDenied(ACCESS_INSIGHT_REFUSED)
        return insight

    def document_model(
        self, insight: AccessInsight, *, zone: tzinfo | None = None
    ) -> AccessInsightDocumentModel:
        """The Word document's facts, with times in Danish time (or ``zone``)."""
        return insight_document_model(insight, self._ctx.forms.municipality, zone=zone)


def build_insight(
    uow: UnitOfWork, user: User, person_id: PersonId, *, record_first: bool
) -> AccessInsight | None:
    """The insight, read in ``uow``; None when ``user`` may not make one (the refusal is
    then noted on the unit of work's audit event, which the caller must let commit).
    With ``record_first``, the insight's own READ is written before the log is read, so
    the insight lists it."""
    person = uow.access_log.person(person_id)
    cases = uow.access_log.cases(person_id)
    allowed = user.role in (Role.SUPERVISOR, Role.ADMINISTRATOR) or any(
        caseworker == user.username for _, _, caseworker in cases
    )
    uow.about(AuditEntity.PERSON, person_id)
    uow.trail.touch(AuditEntity.PERSON, person_id)
    uow.note(purpose=ACCESS_INSIGHT_PURPOSE)
    if not allowed:
        uow.trail.refuse()
        return None
    produced_at = uow.record_now() if record_first else uow.now()
    case_numbers = {case_id: number for case_id, number, _ in cases}
    case_ids = set(case_numbers) | uow.access_log.logged_case_ids(person_id)
    candidates = uow.access_log.candidates(person_id, case_ids)
    users = {u.username: u for u in uow.access_log.users()}

    # One (frozen) object per user: an insight has hundreds of lines by the same few.
    @cache
    def insight_user(username: str) -> InsightUser:
        known = users.get(username)
        if known is None:
            return InsightUser(username=username, display_name=username, role=None)
        return InsightUser(username=username, display_name=known.display_name, role=known.role)

    concerning = events_concerning(
        candidates,
        person_id=person_id,
        current_case_ids=case_numbers,
        name=person.name,
        cpr=person.cpr,
        case_numbers=tuple(case_numbers.values()),
    )
    entries = []
    for event in concerning:
        what, record = describe(event, case_numbers=case_numbers)
        entries.append(
            AccessInsightEntry(
                sequence=event.sequence,
                at=event.at,
                until=event.last_at,
                user=insight_user(event.username),
                action=event.action,
                entity=event.entity,
                what=what,
                record=record,
            )
        )
    days = uow.access_log.search_days(
        name=person.name,
        cpr=person.cpr,
        case_numbers=tuple(case_numbers.values()),
        after=story_start(concerning, person_id),
    )
    for day in days:
        entries.append(
            AccessInsightEntry(
                sequence=day.sequence,
                at=day.at,
                until=day.until,
                user=insight_user(day.username),
                action=AuditAction.SEARCH,
                entity=AuditEntity.CASE_LIST,
                what=searches_sentence(day),
                record=SEARCH_RECORD,
            )
        )
    entries.sort(key=lambda entry: entry.sequence)
    return AccessInsight(
        person_id=person_id,
        person_name=person.name,
        cpr=person.cpr,
        produced_at=produced_at,
        produced_by=insight_user(user.username),
        entries=tuple(entries),
    )


def insight_document_model(
    insight: AccessInsight, municipality: Municipality, *, zone: tzinfo | None = None
) -> AccessInsightDocumentModel:
    """The Word document's facts, with times in Danish time (or ``zone``)."""
    zone = zone or danish_zone()

    def local(moment: datetime) -> datetime:
        return moment.astimezone(zone)

    def when(entry: AccessInsightEntry) -> str:
        start = local(entry.at).strftime("%d.%m.%Y %H:%M:%S")
        if entry.until is None:
            return start
        return f"{start}–{local(entry.until).strftime('%H:%M:%S')}"

    first = insight.first_at
    return AccessInsightDocumentModel(
        municipality=municipality,
        person_name=insight.person_name,
        cpr=insight.cpr or "",
        period_from=local(first).date() if first else None,
        period_to=local(insight.produced_at).date(),
        rows=tuple(
            AccessLogRow(
                at=when(e),
                who=f"{e.user.display_name} ({e.user.role_label.da.lower()})",
                what=_capitalised(e.what.da),
                record=e.record.da,
            )
            for e in insight.entries
        ),
        produced_by=f"{insight.produced_by.display_name} "
        f"({insight.produced_by.role_label.da.lower()})",
        printed_on=local(insight.produced_at).date(),
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
