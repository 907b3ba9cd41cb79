"""Access insight (indsigt i logningen): which audit events concern one person, and how each
reads in words, for the citizen's right of access (GDPR art. 15, forvaltningsloven).

An event concerns a person when it is about their person record, one of their cases, or
carries their person id or one of their case ids in its details (``person_id``,
``case_id``, or the lists ``person_ids`` and ``case_ids``), so events of entities added
later are picked up as long as they record those ids. A case-list search concerns them
when its non-empty criteria match them the way the case list does and it found anything.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.case import CASE_LABELS
from riskdesk.domain.ids import PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import PERSON_LABELS
from riskdesk.domain.user import ROLE_LABELS, Role

ACCESS_INSIGHT_PURPOSE = "access_insight"
"""``details["purpose"]`` of the READ event recorded when an access insight is made, and
``details["document"]`` of the EXPORT event when it is saved."""

_CPR_LIKE = re.compile(r"^[\d-]+$")

_VERBS: dict[str, LocalizedText] = {
    AuditAction.CREATE: LocalizedText(da="oprettede", en="created"),
    AuditAction.READ: LocalizedText(da="så", en="viewed"),
    AuditAction.UPDATE: LocalizedText(da="ændrede", en="changed"),
    AuditAction.DELETE: LocalizedText(da="slettede", en="deleted"),
    AuditAction.EXPORT: LocalizedText(da="eksporterede", en="exported"),
    # Review actions (issue 5) by value, so the labels hold before and after they exist.
    "submit": LocalizedText(da="indsendte til godkendelse", en="submitted for approval"),
    "approve": LocalizedText(da="godkendte", en="approved"),
    "return": LocalizedText(da="sendte retur", en="returned"),
    "comment": LocalizedText(da="kommenterede", en="commented on"),
}

_NOUNS: dict[str, LocalizedText] = {
    AuditEntity.PERSON: LocalizedText(da="personoplysningerne", en="the personal details"),
    AuditEntity.CASE: LocalizedText(da="sagen", en="the case"),
    AuditEntity.ASSESSMENT: LocalizedText(da="risikovurderingen", en="the risk assessment"),
    AuditEntity.PLAN: LocalizedText(da="handleplanen", en="the action plan"),
    AuditEntity.RELEASE_MEETING: LocalizedText(da="løsladelsesmødet", en="the release meeting"),
    "meeting": LocalizedText(da="mødet", en="the meeting"),
}

_RECORDS: dict[str, LocalizedText] = {
    AuditEntity.PERSON: LocalizedText(da="Personoplysninger", en="Personal details"),
    AuditEntity.CASE: LocalizedText(da="Sag", en="Case"),
    AuditEntity.ASSESSMENT: LocalizedText(da="Risikovurdering", en="Risk assessment"),
    AuditEntity.PLAN: LocalizedText(da="Handleplan", en="Action plan"),
    AuditEntity.RELEASE_MEETING: LocalizedText(da="Løsladelsesmøde", en="Release meeting"),
    AuditEntity.CASE_LIST: LocalizedText(da="Sagslisten", en="Case list"),
    "meeting": LocalizedText(da="Møde", en="Meeting"),
}

_DOCUMENTS: dict[str, LocalizedText] = {
    "plan": LocalizedText(da="handleplanen", en="the action plan"),
    "release_agenda": LocalizedText(
        da="dagsordenen til løsladelsesmødet", en="the release meeting's agenda"
    ),
    "release_minutes": LocalizedText(
        da="referatet af løsladelsesmødet", en="the release meeting's minutes"
    ),
    ACCESS_INSIGHT_PURPOSE: LocalizedText(
        da="logudtrækket (indsigt)", en="the access log extract (access insight)"
    ),
}

UNKNOWN_USER_ROLE = LocalizedText(da="ukendt rolle", en="unknown role")


class InsightUser(BaseModel):
    """Who did it, as the vault knows them now; ``role`` is None for a user name the
    vault no longer has."""

    model_config = ConfigDict(frozen=True)

    username: str
    display_name: str
    role: Role | None

    @property
    def role_label(self) -> LocalizedText:
        return ROLE_LABELS[self.role] if self.role is not None else UNKNOWN_USER_ROLE


class AccessInsightEntry(BaseModel):
    """One event as the citizen reads it: when, who, what was done, to which record."""

    model_config = ConfigDict(frozen=True)

    sequence: int
    at: datetime
    user: InsightUser
    action: AuditAction
    entity: AuditEntity
    what: LocalizedText
    record: LocalizedText


class AccessInsight(BaseModel):
    """Every audit event concerning one person, oldest first; ``produced_at`` and
    ``produced_by`` say when and by whom this insight was made (itself an event in it)."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    person_id: PersonId
    person_name: str
    cpr: str | None
    produced_at: datetime
    produced_by: InsightUser
    entries: tuple[AccessInsightEntry, ...]

    @property
    def first_at(self) -> datetime | None:
        return self.entries[0].at if self.entries else None


def concerns_person(event: AuditEvent, *, person_id: int, case_ids: Collection[int]) -> bool:
    """Whether ``event`` is about the person or one of their cases (see module doc);
    searches are judged by :func:`search_matches`."""
    if event.entity is AuditEntity.PERSON and event.entity_id == person_id:
        return True
    if event.entity is AuditEntity.CASE and event.entity_id in case_ids:
        return True
    details = event.details
    if _same_id(details.get("person_id"), person_id):
        return True
    if details.get("case_id") is not None and _int_or_none(details.get("case_id")) in case_ids:
        return True
    if any(_same_id(p, person_id) for p in _id_list(details.get("person_ids"))):
        return True
    return any(_int_or_none(c) in case_ids for c in _id_list(details.get("case_ids")))


def events_concerning(
    events: Iterable[AuditEvent],
    *,
    person_id: int,
    current_case_ids: Collection[int],
    name: str,
    cpr: str | None,
    case_numbers: Collection[str],
) -> list[AuditEvent]:
    """The events of ``events`` (oldest first) that concern the person.

    Ids can be reused once a record is deleted, so the log is read as a story: events
    before the person's (last) creation were about someone else with the same id, and an
    event about a case counts while the case's latest creation names this person (a case
    never seen created, e.g. imported, counts when it is theirs now)."""
    owner: dict[int, int | None] = {}
    found: list[AuditEvent] = []
    for event in events:
        if event.action is AuditAction.CREATE:
            if event.entity is AuditEntity.PERSON and event.entity_id == person_id:
                found = []
            elif event.entity is AuditEntity.CASE and event.entity_id is not None:
                owner[event.entity_id] = _int_or_none(event.details.get("person_id"))
        if event.action is AuditAction.SEARCH and event.entity is AuditEntity.CASE_LIST:
            relevant = bool(event.details.get("results")) and search_matches(
                str(event.details.get("search", "")),
                name=name,
                cpr=cpr,
                case_numbers=case_numbers,
            )
        else:
            theirs = {
                case_id
                for case_id in _case_ids_of(event)
                if owner.get(case_id, person_id if case_id in current_case_ids else None)
                == person_id
            }
            relevant = concerns_person(event, person_id=person_id, case_ids=theirs)
        if relevant:
            found.append(event)
    return found


def fold_text(text: str) -> str:
    """Case-folded with single spaces, as the case list compares names."""
    return " ".join(text.casefold().split())


def search_matches(
    search: str, *, name: str, cpr: str | None, case_numbers: Collection[str]
) -> bool:
    """Whether the case list's search ``search`` would list this person: every word must
    match part of the name, the start of the CPR number (dash optional) or the start of
    one of their case numbers. An empty search lists everyone and is not counted."""
    terms = search.split()
    if not terms:
        return False
    folded_name = fold_text(name)
    digits = (cpr or "").replace("-", "")

    def matches(term: str) -> bool:
        if fold_text(term) in folded_name:
            return True
        if any(number.startswith(term) for number in case_numbers):
            return True
        term_digits = term.replace("-", "")
        return bool(_CPR_LIKE.match(term) and term_digits and digits.startswith(term_digits))

    return all(matches(term) for term in terms)


def describe(
    event: AuditEvent, *, case_numbers: Mapping[int, str]
) -> tuple[LocalizedText, LocalizedText]:
    """What was done and to which record, in Danish and English; ``case_numbers`` names
    the person's cases (a case no longer in the vault reads "slettet sag")."""
    return _what(event), _record(event, case_numbers)


def _what(event: AuditEvent) -> LocalizedText:
    details = event.details
    action, entity = event.action, event.entity
    noun = _NOUNS.get(entity, LocalizedText(da=str(entity.value), en=str(entity.value)))
    if details.get("purpose") == ACCESS_INSIGHT_PURPOSE:
        text = LocalizedText(
            da="dannede et udtræk af loggen (indsigt)", en="produced an access log extract"
        )
    elif action is AuditAction.SEARCH:
        text = LocalizedText(
            da="søgte i sagslisten efter »{q}«", en="searched the case list for “{q}”"
        ).format(q=str(details.get("search", "")))
    elif action is AuditAction.EXPORT:
        document = str(details.get("document", ""))
        what = _DOCUMENTS.get(document, LocalizedText(da="et dokument", en="a document"))
        text = LocalizedText(da=f"eksporterede {what.da}", en=f"exported {what.en}")
        if details.get("file"):
            text = _suffix(text, LocalizedText(da="fil: {f}", en="file: {f}"), f=details["file"])
    elif entity is AuditEntity.PERSON and action is AuditAction.READ and "cases" in details:
        text = LocalizedText(da="så personens sagsoversigt", en="viewed the person's case list")
    elif (
        entity is AuditEntity.ASSESSMENT and action is AuditAction.READ and event.entity_id is None
    ):
        text = LocalizedText(
            da="så personens risikovurderinger (oversigt)",
            en="viewed the person's risk assessments (list)",
        )
    elif entity is AuditEntity.ASSESSMENT and details.get("finalised"):
        text = LocalizedText(da="afsluttede risikovurderingen", en="finalised the risk assessment")
        if details.get("level") is not None:
            text = _suffix(text, LocalizedText(da="niveau {n}", en="level {n}"), n=details["level"])
    elif entity is AuditEntity.ASSESSMENT and details.get("draft"):
        text = LocalizedText(
            da="ændrede kladden til risikovurderingen", en="changed the risk assessment draft"
        )
    elif entity is AuditEntity.PLAN and action is AuditAction.READ and "versions" in details:
        text = LocalizedText(
            da="så handleplanens versioner", en="viewed the action plan's versions"
        )
    else:
        verb = _VERBS.get(action, LocalizedText(da=str(action.value), en=str(action.value)))
        text = LocalizedText(da=f"{verb.da} {noun.da}", en=f"{verb.en} {noun.en}")
        fields = details.get("fields")
        if action is AuditAction.UPDATE and isinstance(fields, list) and fields:
            labels = PERSON_LABELS if entity is AuditEntity.PERSON else CASE_LABELS
            named = [labels.get(str(f), LocalizedText(da=str(f), en=str(f))) for f in fields]
            text = LocalizedText(
                da=f"{text.da}: {', '.join(n.da.lower() for n in named)}",
                en=f"{text.en}: {', '.join(n.en.lower() for n in named)}",
            )
    if details.get("refused"):
        text = LocalizedText(da=f"{text.da} (afvist)", en=f"{text.en} (refused)")
    return text


def _record(event: AuditEvent, case_numbers: Mapping[int, str]) -> LocalizedText:
    details = event.details
    entity = event.entity
    base = _RECORDS.get(entity, LocalizedText(da=str(entity.value), en=str(entity.value)))
    if entity is AuditEntity.PERSON or entity is AuditEntity.CASE_LIST:
        return base
    if entity is AuditEntity.CASE:
        return _with_case(LocalizedText(da="Sag", en="Case"), event.entity_id, case_numbers)
    parts_da, parts_en = [base.da], [base.en]
    if entity is AuditEntity.ASSESSMENT and event.entity_id is None:
        parts_da, parts_en = ["Risikovurderinger (oversigt)"], ["Risk assessments (list)"]
    if entity is AuditEntity.ASSESSMENT and event.entity_id is not None:
        parts_da[0] += f" nr. {event.entity_id}"
        parts_en[0] += f" no. {event.entity_id}"
    if entity is AuditEntity.PLAN and details.get("version") is not None:
        parts_da.append(f"version {details['version']}")
        parts_en.append(f"version {details['version']}")
    text = LocalizedText(da=", ".join(parts_da), en=", ".join(parts_en))
    case_id = _int_or_none(details.get("case_id"))
    if case_id is None:
        return text
    return _with_case(
        LocalizedText(da=f"{text.da}, sag", en=f"{text.en}, case"), case_id, case_numbers
    )


def _with_case(
    prefix: LocalizedText, case_id: int | None, case_numbers: Mapping[int, str]
) -> LocalizedText:
    number = case_numbers.get(case_id) if case_id is not None else None
    if number is None:
        return LocalizedText(da=f"{prefix.da} (slettet sag)", en=f"{prefix.en} (deleted case)")
    return LocalizedText(da=f"{prefix.da} {number}", en=f"{prefix.en} {number}")


def _suffix(text: LocalizedText, extra: LocalizedText, **values: Any) -> LocalizedText:
    filled = extra.format(**values)
    return LocalizedText(da=f"{text.da} ({filled.da})", en=f"{text.en} ({filled.en})")


def _int_or_none(value: object) -> int | None:
    # bool is an int in Python; a flag is never an id.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _same_id(value: object, wanted: int) -> bool:
    return _int_or_none(value) == wanted


def _case_ids_of(event: AuditEvent) -> set[int]:
    details = event.details
    ids = {_int_or_none(details.get("case_id"))}
    ids.update(_int_or_none(c) for c in _id_list(details.get("case_ids")))
    if event.entity is AuditEntity.CASE:
        ids.add(event.entity_id)
    return {case_id for case_id in ids if case_id is not None}


def _id_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []
