"""Access insight: for one person, who looked at or changed their data and when, in order,
to answer the citizen's request for access (GDPR art. 15; forvaltningsloven).

Who may make one: the municipality, as data controller, answers access requests through
its leaders, so supervisors and administrators may make an insight for anyone; the
caseworker named on one of the person's cases may prepare it too, since they usually
receive the request. Other caseworkers are refused, and the refusal is itself audited,
because an extract reveals colleagues' work on a case they have no part in.

Making an insight is a READ of the person (``details["purpose"] = "access_insight"``)
and appears in the insight itself; saving it is an EXPORT of the person.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from riskdesk.documents.access_insight_document import (
    AccessInsightDocumentModel,
    AccessLogRow,
    render_access_insight,
)
from riskdesk.documents.docx_rendering import RenderedDocument
from riskdesk.domain.access_insight import (
    ACCESS_INSIGHT_PURPOSE,
    AccessInsight,
    AccessInsightEntry,
    InsightUser,
    describe,
    events_concerning,
)
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.user import Role
from riskdesk.services.document_export import ExportedDocument, save_rendered

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

ACCESS_INSIGHT_REFUSED = LocalizedText(
    da="Kun en leder, en administrator eller sagsbehandleren på en af personens sager kan "
    "danne et logudtræk (indsigt). Forsøget er registreret i loggen.",
    en="Only a supervisor, an administrator or the caseworker on one of the person's cases "
    "can produce an access log extract (access insight). The attempt has been logged.",
)
DOCUMENT_NAME = "indsigt-logudtraek.docx"


def danish_zone() -> tzinfo:
    """Danish time for the extract; the machine's own zone where no time-zone database
    is installed (Windows without tzdata), which on a Danish laptop is the same."""
    try:
        return ZoneInfo("Europe/Copenhagen")
    except ZoneInfoNotFoundError:
        local = datetime.now(UTC).astimezone().tzinfo
        return local if local is not None else UTC


class AccessInsightService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def for_person(self, person_id: PersonId) -> AccessInsight:
        """Every audit event concerning the person, oldest first, including this insight's
        own READ. Raises :class:`NotFound` for an unknown person and
        :class:`PermissionDenied` (audited) for a caseworker not on any of their cases."""
        user = self._desk.user
        with self._desk.vault.unit_of_work() as uow:
            person = uow.access_log.person(person_id)
            cases = uow.access_log.cases(person_id)
            allowed = user.role in (Role.SUPERVISOR, Role.ADMINISTRATOR) or any(
                caseworker == user.username for _, _, caseworker in cases
            )
            details: dict[str, object] = {"purpose": ACCESS_INSIGHT_PURPOSE}
            if not allowed:
                details["refused"] = True
            produced = uow.audit.append(
                username=user.username,
                action=AuditAction.READ,
                entity=AuditEntity.PERSON,
                entity_id=person_id,
                details=details,
            )
            if allowed:
                case_numbers = {case_id: number for case_id, number, _ in cases}
                case_ids = set(case_numbers) | uow.access_log.logged_case_ids(person_id)
                candidates = uow.access_log.candidates(person_id, case_ids)
                users = {u.username: u for u in uow.access_log.users()}
        if not allowed:
            raise PermissionDenied(ACCESS_INSIGHT_REFUSED)

        def insight_user(username: str) -> InsightUser:
            known = users.get(username)
            if known is None:
                return InsightUser(username=username, display_name=username, role=None)
            return InsightUser(username=username, display_name=known.display_name, role=known.role)

        entries = []
        for event in events_concerning(
            candidates,
            person_id=person_id,
            current_case_ids=case_numbers,
            name=person.name,
            cpr=person.cpr,
            case_numbers=tuple(case_numbers.values()),
        ):
            what, record = describe(event, case_numbers=case_numbers)
            entries.append(
                AccessInsightEntry(
                    sequence=event.sequence,
                    at=event.at,
                    user=insight_user(event.username),
                    action=event.action,
                    entity=event.entity,
                    what=what,
                    record=record,
                )
            )
        return AccessInsight(
            person_id=person_id,
            person_name=person.name,
            cpr=person.cpr,
            produced_at=produced.at,
            produced_by=insight_user(user.username),
            entries=tuple(entries),
        )

    def document_model(
        self, insight: AccessInsight, *, zone: tzinfo | None = None
    ) -> AccessInsightDocumentModel:
        """The Word document's facts, with times in Danish time (or ``zone``)."""
        zone = zone or danish_zone()

        def local(moment: datetime) -> datetime:
            return moment.astimezone(zone)

        first = insight.first_at
        return AccessInsightDocumentModel(
            municipality=self._desk.documents.municipality,
            person_name=insight.person_name,
            cpr=insight.cpr or "",
            period_from=local(first).date() if first else None,
            period_to=local(insight.produced_at).date(),
            rows=tuple(
                AccessLogRow(
                    at=local(e.at).strftime("%d.%m.%Y %H:%M:%S"),
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

    def render(self, person_id: PersonId) -> tuple[AccessInsight, RenderedDocument]:
        """A fresh insight and its .docx bytes; only the insight's READ is audited."""
        insight = self.for_person(person_id)
        return insight, render_access_insight(self.document_model(insight))

    def export(self, person_id: PersonId, path: Path, *, pdf: bool = False) -> ExportedDocument:
        """Make a fresh insight, save it to ``path`` and audit the EXPORT; with ``pdf``,
        also a PDF beside it. Raises :class:`DocumentError` when it cannot be made or
        saved, and what :meth:`for_person` raises."""
        _, rendered = self.render(person_id)
        return save_rendered(
            rendered, path, pdf=pdf, audit=lambda saved: self._audit_export(person_id, saved)
        )

    def _audit_export(self, person_id: PersonId, path: Path) -> None:
        # The file name only, as for every export: the folder can name someone's share.
        with self._desk.vault.unit_of_work() as uow:
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.EXPORT,
                entity=AuditEntity.PERSON,
                entity_id=person_id,
                details={"document": ACCESS_INSIGHT_PURPOSE, "file": path.name},
            )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
