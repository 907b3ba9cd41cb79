"""Whether a colleague's change, broadcast by the live relay, leaves a case page as it is.

A page that shows one case (its plan, assessments, release meeting, journal…) reads it
again on a change of a kind it shows, and every read is audited in its user's name. A
colleague's change elsewhere in the unit must not put a line in this user's trail about
a case they only had open, so such a page asks :func:`changed_elsewhere` first. Lists
(the review queue, the start page, the case list) redraw on every change of their kinds.
"""

from __future__ import annotations

from collections.abc import Iterable

from riskdesk.domain.remote_changes import RemoteChanges


def changed_elsewhere(
    initiator: object,
    case_ids: Iterable[int | None],
    *,
    person_id: int | None = None,
    person_unknown: bool = False,
) -> bool:
    """Whether ``initiator`` is a colleague's change that concerns none of ``case_ids``
    nor the person ``person_id``. ``person_unknown``: the page shows its case's person
    without knowing their id, so any change to persons may be theirs. A change made in
    this window (any other initiator) is never elsewhere."""
    if not isinstance(initiator, RemoteChanges):
        return False
    if person_unknown and initiator.changes.persons:
        return False
    return not any(
        case_id is not None and initiator.concerns_case(case_id, person_id) for case_id in case_ids
    )
