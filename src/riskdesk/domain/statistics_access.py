"""Who may see the unit's figures: supervisors and administrators (the leader writes the
half-year report; IT may make it for them). Counts over every case are not casework."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.user import Role

MAY_SEE_STATISTICS = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})


class OnlyLeadersSeeStatistics(PermissionDenied):
    message = LocalizedText(
        da="Kun ledere og administratorer kan se enhedens statistik.",
        en="Only supervisors and administrators can see the unit's statistics.",
    )
