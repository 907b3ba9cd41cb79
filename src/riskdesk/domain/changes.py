"""What a use case changed, by kind of record, so each screen can decide whether to
redraw (Anki's ``OpChanges``). The store derives it from what a unit of work wrote, so no
use case can forget to report a change."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from riskdesk.domain.audit import AuditEntity


@dataclass(frozen=True)
class Changes:
    persons: bool = False
    cases: bool = False
    assessments: bool = False
    plans: bool = False
    """Plan versions, their review status and frozen documents."""
    comments: bool = False
    release_meetings: bool = False
    meetings: bool = False
    users: bool = False
    inquiries: bool = False
    mentor_courses: bool = False
    concerns: bool = False
    journal: bool = False
    outcomes: bool = False

    @classmethod
    def of(cls, entities: Iterable[AuditEntity]) -> Changes:
        """The changes of records of these kinds (kinds that are no record are ignored)."""
        names = {_FIELD_OF[entity] for entity in entities if entity in _FIELD_OF}
        return cls(**dict.fromkeys(names, True))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NO_CHANGES = Changes()

# Keyed by the kinds' values (AuditEntity is a StrEnum): the unlock dialog's first paint
# imports this module through gui/operations, and riskdesk.domain.audit brings pydantic.
_FIELD_OF: dict[str, str] = {
    "person": "persons",
    "case": "cases",
    "assessment": "assessments",
    "plan": "plans",
    "plan_comment": "comments",
    "release_meeting": "release_meetings",
    "meeting": "meetings",
    "user": "users",
    "inquiry": "inquiries",
    "mentor_course": "mentor_courses",
    "concern": "concerns",
    "journal_entry": "journal",
    "case_outcome": "outcomes",
}
