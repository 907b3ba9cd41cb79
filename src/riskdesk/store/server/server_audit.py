"""The audit log on the team server: the same events as on a local vault, appended by
the database's own ``riskdesk_append_audit`` in the writer's transaction (the actor,
the time, the sequence and the link are the server's), and read as on a local vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import Integer, String

from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.store.audit_findings import AuditReport
from riskdesk.store.audit_index import cpr_digits, named_ids, search_terms
from riskdesk.store.audit_log import AuditLog, canonical_json
from riskdesk.store.clock import Clock
from riskdesk.store.server.server_chain import verify_server_chain
from riskdesk.store.witness import Head


class ServerAuditLog(AuditLog):
    def __init__(self, session: Session, *, clock: Clock) -> None:
        super().__init__(session, audit_key=b"", clock=clock)
        self._server_session = session

    def append(
        self,
        *,
        username: str,
        action: AuditAction,
        entity: AuditEntity,
        entity_id: int | None,
        details: dict[str, Any],
        editing_session: str | None = None,
    ) -> AuditEvent:
        """``username`` is what the caller believes; the server records its own login."""
        if editing_session is not None:
            details = {**details, "editing_session": editing_session, "saves": 1}
        terms = sorted(search_terms(action.value, entity.value, details))
        row = self._server_session.execute(
            text(
                "SELECT event_sequence, event_at, event_username, event_details, saves, "
                "last_at FROM riskdesk_append_audit(:action, :entity, :entity_id, :details, "
                ":editing_session, :person_ids, :case_ids, :terms, :digits)"
            ).bindparams(
                _array("person_ids", Integer()),
                _array("case_ids", Integer()),
                _array("terms", String()),
                _array("digits", String()),
            ),
            {
                "action": action.value,
                "entity": entity.value,
                "entity_id": entity_id,
                "details": canonical_json(details),
                "editing_session": editing_session,
                "person_ids": sorted(
                    named_ids(entity.value, entity_id, details, kind=AuditEntity.PERSON)
                ),
                "case_ids": sorted(
                    named_ids(entity.value, entity_id, details, kind=AuditEntity.CASE)
                ),
                "terms": terms,
                "digits": [cpr_digits(term) for term in terms],
            },
        ).one()
        sequence, at, actor, details_json, saves, last_at = row
        self.appended = Head(sequence, "")
        event_details = _loads(details_json)
        if saves is not None:
            event_details["saves"] = saves
            event_details["last_at"] = last_at.isoformat(timespec="microseconds")
        return AuditEvent.model_construct(
            sequence=sequence,
            at=at.replace(tzinfo=UTC),
            username=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=event_details,
        )

    def verify(self, progress: Callable[[int, int], None] | None = None) -> AuditReport:
        return verify_server_chain(self._server_session, progress)


def _array(name: str, item: Any) -> Any:
    return bindparam(name, type_=ARRAY(item))


def _loads(details_json: str) -> dict[str, Any]:
    loaded = json.loads(details_json)
    return loaded if isinstance(loaded, dict) else {}
