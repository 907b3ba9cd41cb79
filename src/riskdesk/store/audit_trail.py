"""What one use case touched, gathered while it runs and written as ONE audit event when
its unit of work commits.

Repositories report every record they read or write (:meth:`AuditTrail.touch`), with the
person and case it belongs to; the service may add facts a citizen should read (which
fields changed, the plan version, the file name). The event names every person and case
touched (``person_ids``, ``case_ids``), so the access insight finds it for each of them,
and never holds the content of a record.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.mentor_access import CaseScope, OutsideOwnCourses
from riskdesk.domain.refusals import NotFound, Refusal
from riskdesk.domain.use_cases import UseCase

_WRITES = frozenset(
    {AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE, AuditAction.USER_ADMIN}
)


class AuditTrail:
    def __init__(self, use_case: UseCase) -> None:
        self.use_case = use_case
        self._ids: dict[AuditEntity, list[int]] = {}
        self._person_ids: set[int] = set()
        self._case_ids: set[int] = set()
        self.written: set[AuditEntity] = set()
        """Kinds of records changed, for :class:`~riskdesk.domain.changes.Changes`."""
        self._created: set[AuditEntity] = set()
        self._changed: set[AuditEntity] = set()
        self._facts: dict[str, Any] = {}
        self._entity: AuditEntity | None = None
        self._entity_id: int | None = None
        self._entity_id_set = False
        self._refused = False
        self.scope: CaseScope | None = None
        """The only cases and persons this use case may touch (a mentor's); None: any."""

    def unseen(self) -> Refusal:
        """What a record that was not found means. For a user who may see only some
        records (a mentor) it is one outside them: on the team server, row-level security
        hides it from the query, and the refusal must be the same as on a vault, where
        the record is read and then refused. For anyone else it is gone."""
        return OutsideOwnCourses() if self.scope is not None else NotFound()

    def touch(
        self,
        entity: AuditEntity,
        entity_id: int | None,
        action: AuditAction = AuditAction.READ,
        *,
        person_id: int | None = None,
        case_id: int | None = None,
    ) -> None:
        """Record that ``entity_id`` (of the person ``person_id``, the case ``case_id``)
        was read or, for a writing ``action``, changed. Raises
        :class:`~riskdesk.domain.mentor_access.OutsideOwnCourses` for a record outside
        :attr:`scope`, before it is returned to anyone."""
        if self.scope is not None:
            self.scope.check(case_id=case_id, person_id=person_id)
            if entity is AuditEntity.CASE:
                self.scope.check(case_id=entity_id)
            elif entity is AuditEntity.PERSON:
                self.scope.check(person_id=entity_id)
        if entity_id is not None:
            ids = self._ids.setdefault(entity, [])
            if entity_id not in ids:
                ids.append(entity_id)
        if entity is AuditEntity.PERSON and entity_id is not None:
            self._person_ids.add(entity_id)
        if entity is AuditEntity.CASE and entity_id is not None:
            self._case_ids.add(entity_id)
        if person_id is not None:
            self._person_ids.add(person_id)
        if case_id is not None:
            self._case_ids.add(case_id)
        if action in _WRITES:
            self.written.add(entity)
        if action is AuditAction.CREATE:
            self._created.add(entity)
        elif action is AuditAction.UPDATE:
            self._changed.add(entity)

    def touch_many(
        self,
        entity: AuditEntity,
        rows: Iterable[tuple[int, int | None, int | None]],
        action: AuditAction = AuditAction.READ,
    ) -> None:
        """:meth:`touch` for ``(entity_id, person_id, case_id)`` rows."""
        for entity_id, person_id, case_id in rows:
            self.touch(entity, entity_id, action, person_id=person_id, case_id=case_id)

    def note(self, **facts: Any) -> None:
        """Facts for the event's details (ids, versions, field names, a file name — never
        the content of a record). A list fact grows; any other is replaced."""
        for key, value in facts.items():
            if isinstance(value, list) and isinstance(self._facts.get(key), list):
                self._facts[key] = sorted(set(self._facts[key]) | set(value), key=str)
            else:
                self._facts[key] = value

    def about(self, entity: AuditEntity | None = None, entity_id: int | None = None) -> None:
        """Name the record the event is about, when it is not the use case's own kind or
        not the only one of that kind touched."""
        if entity is not None:
            self._entity = entity
        self._entity_id = entity_id
        self._entity_id_set = True

    def about_kind(self, entity: AuditEntity) -> None:
        """Name the kind of record the event is about, its id following from what was
        touched (the one record of that kind, if only one was)."""
        self._entity = entity

    def refuse(self, **facts: Any) -> None:
        """Make the event a refusal: the use case was attempted and turned down (its
        own transaction rolled back); ``facts`` say why."""
        self._refused = True
        self.note(refused=True, **facts)

    @property
    def refused(self) -> bool:
        return self._refused

    @property
    def action(self) -> AuditAction:
        """The use case's action; a saving use case that only created its record (a new
        plan version, a first release meeting) is a creation."""
        if self._refused:
            return AuditAction.REFUSED
        action = self.use_case.action
        entity = self.entity
        if action is AuditAction.UPDATE and entity in self._created and entity not in self._changed:
            return AuditAction.CREATE
        return action

    @property
    def worth_an_event(self) -> bool:
        """A plain read that touched and noted nothing leaves no event."""
        return bool(
            self._ids
            or self._person_ids
            or self._case_ids
            or self._facts
            or self.use_case.always_audited
        )

    @property
    def entity(self) -> AuditEntity:
        return self._entity or self.use_case.entity

    @property
    def entity_id(self) -> int | None:
        if self._entity_id_set:
            return self._entity_id
        ids = self._ids.get(self.entity, [])
        return ids[0] if len(ids) == 1 else None

    def ids(self, entity: AuditEntity) -> list[int]:
        return list(self._ids.get(entity, []))

    def details(self) -> dict[str, Any]:
        details: dict[str, Any] = {"use_case": self.use_case.value}
        if self._person_ids:
            details["person_ids"] = sorted(self._person_ids)
            if len(self._person_ids) == 1:
                (details["person_id"],) = self._person_ids
        if self._case_ids:
            details["case_ids"] = sorted(self._case_ids)
            if len(self._case_ids) == 1:
                (details["case_id"],) = self._case_ids
        for entity, ids in self._ids.items():
            if entity not in (AuditEntity.PERSON, AuditEntity.CASE):
                details[f"{entity.value}_ids"] = ids
        details.update(self._facts)
        return details
