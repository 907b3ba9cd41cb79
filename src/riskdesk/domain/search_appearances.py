"""A person's appearances in case-list searches, one line per user and day in the
access insight. A busy unit searches all day, and a search for part of a name lists
everyone whose name holds it, so one person can be listed by thousands of searches;
each is still an access, so the line says how many there were, between which times and
what was searched for."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from riskdesk.domain.access_insight import id_list, int_or_none
from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.localized import LocalizedText

_QUERIES_SHOWN = 5

SEARCH_RECORD = LocalizedText(da="Sagslisten", en="Case list")


class SearchDay(NamedTuple):
    """One user's case-list searches on one Danish day that listed the person (a tuple:
    an insight makes hundreds, and a frozen dataclass costs several times as much)."""

    sequence: int  # the first search's
    at: datetime
    until: datetime | None  # the last search's time, when there were more than one
    username: str
    searches: int
    queries: tuple[str, ...]  # what was typed, each once, in the order first typed


def story_start(events: Iterable[AuditEvent], person_id: int) -> int:
    """The sequence of the person's last creation among ``events`` (0 if none): ids can
    be reused, and searches before it listed someone else (see
    :func:`riskdesk.domain.access_insight.events_concerning`)."""
    start = 0
    for event in events:
        if event.action is not AuditAction.CREATE:
            continue
        created = map(int_or_none, id_list(event.details.get("created_person_ids")))
        own = event.entity is AuditEntity.PERSON and event.entity_id == person_id
        if own or person_id in created:
            start = event.sequence
    return start


def searches_sentence(day: SearchDay) -> LocalizedText:
    """What a day's searches that listed the person read as, after who made them."""
    # Built with joins and f-strings: an insight has a line like this per user and day,
    # hundreds of them.
    queries = day.queries
    if day.searches == 1:
        typed = queries[0]
        return LocalizedText(
            da=f"søgte i sagslisten efter »{typed}«", en=f"searched the case list for “{typed}”"
        )
    shown = queries[:_QUERIES_SHOWN]
    more = len(queries) - len(shown)
    da = "»" + "«, »".join(shown) + "«" + (f" og {more} søgeord mere" if more else "")
    en = "“" + "”, “".join(shown) + "”" + (f" and {more} more" if more else "")
    return LocalizedText(
        da=f"fandt personen ved {day.searches} søgninger i sagslisten (efter {da})",
        en=f"found the person in {day.searches} searches of the case list (for {en})",
    )
