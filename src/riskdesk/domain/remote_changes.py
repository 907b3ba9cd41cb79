"""What another user's use case changed, as the team server announced it after the
commit: the kinds of records (:class:`Changes`) and the cases and persons it touched, by
id only (an announcement reaches every logged-in user, so it never holds a record's
content)."""

from __future__ import annotations

from dataclasses import dataclass

from riskdesk.domain.changes import Changes


@dataclass(frozen=True)
class RemoteChanges:
    changes: Changes
    case_ids: frozenset[int] | None = None
    """The cases touched; None when they were too many to name (any may have changed)."""
    person_ids: frozenset[int] | None = None
    """The persons touched; None as for :attr:`case_ids`."""

    def concerns_case(self, case_id: int, person_id: int | None = None) -> bool:
        """Whether the case ``case_id`` (of ``person_id``) may be among those changed."""
        if self.case_ids is None or case_id in self.case_ids:
            return True
        if person_id is None:
            return False
        return self.person_ids is None or person_id in self.person_ids

    def __or__(self, other: RemoteChanges) -> RemoteChanges:
        """Both announcements as one (a window redraws once for a burst of them)."""
        return RemoteChanges(
            self.changes | other.changes,
            case_ids=_union(self.case_ids, other.case_ids),
            person_ids=_union(self.person_ids, other.person_ids),
        )


def _union(some: frozenset[int] | None, others: frozenset[int] | None) -> frozenset[int] | None:
    return None if some is None or others is None else some | others
