"""Record versions: how a save of a stale copy is told apart from a save of the newest.

Every record people edit (a person, a case, a plan version, a release meeting, a
meeting) carries the number of times it has been saved, its ``row_version``. An editor
keeps the number it loaded and sends it back with the save; the store writes only if
the record still has that number, and raises it by one. Otherwise someone else saved
in between, and the save is refused with :class:`StaleRecord` naming them, rather than
quietly undoing their work (last write wins).
"""

from __future__ import annotations

from datetime import date, datetime

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import Refusal

NO_RECORD_YET = 0
"""The version an editor holds when it was opened before the record existed (a case
without a plan or release meeting): saving it is refused once anyone has made one."""

_TODAY = LocalizedText(
    da="Ændret af {who} kl. {time} – genindlæs", en="Changed by {who} at {time} – reload"
)
_ANOTHER_DAY = LocalizedText(
    da="Ændret af {who} den {day} kl. {time} – genindlæs",
    en="Changed by {who} on {day} at {time} – reload",
)
_A_COLLEAGUE = LocalizedText(da="en kollega", en="a colleague")


class StaleRecord(Refusal):
    """The record was saved by someone else after this copy of it was loaded; nothing
    was written. :attr:`changed_by` is the name colleagues know them by (empty when the
    record's last writer is not known) and :attr:`changed_at` their save's local time."""

    message = LocalizedText(
        da="Posten er ændret af en anden – genindlæs",
        en="The record was changed by someone else – reload",
    )

    def __init__(self, *, changed_by: str, changed_at: datetime, today: date) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        wording = _TODAY if changed_at.date() == today else _ANOTHER_DAY
        fallback = _A_COLLEAGUE
        super().__init__(
            LocalizedText(
                da=wording.da.format(
                    who=changed_by or fallback.da, time=_hh_mm(changed_at), day=dmy(changed_at)
                ),
                en=wording.en.format(
                    who=changed_by or fallback.en, time=_hh_mm(changed_at), day=dmy(changed_at)
                ),
            )
        )


def _hh_mm(moment: datetime) -> str:
    return f"{moment.hour:02}:{moment.minute:02}"
