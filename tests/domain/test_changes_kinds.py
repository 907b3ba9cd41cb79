"""Changes names the kinds of records by their values (the unlock dialog's path imports it
without domain.audit and its pydantic): every value is a real kind, and each kind of
record maps to its own field."""

from __future__ import annotations

from dataclasses import fields

from riskdesk.domain.audit import AuditEntity
from riskdesk.domain.changes import _FIELD_OF, NO_CHANGES, Changes


def test_every_kind_named_is_an_audit_entity_and_every_field_has_one() -> None:
    assert {AuditEntity(value) for value in _FIELD_OF}
    assert sorted(_FIELD_OF.values()) == sorted(f.name for f in fields(Changes))


def test_changes_of_the_kinds_written() -> None:
    changes = Changes.of([AuditEntity.CASE, AuditEntity.CONCERN, AuditEntity.CASE_LIST])
    assert changes == Changes(cases=True, concerns=True)
    assert not Changes.of([AuditEntity.CASE_LIST]).any
    assert Changes.of([]) == NO_CHANGES
