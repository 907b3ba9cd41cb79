"""The case journal: dated entries of what was done on a case (a concern talk with the
parents, a home visit, a phone call, …), who took part, a short text and, when something
is to be looked at again, a follow-up date that puts the entry on the start page until
the follow-up is marked done."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated, Any, NewType

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic_core import PydanticCustomError

from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import Line, clean_text, validate_model

JournalEntryId = NewType("JournalEntryId", int)


def _written(value: str) -> str:
    if not value:
        raise PydanticCustomError("blank", "must not be empty")
    return value


RequiredText = Annotated[str, AfterValidator(clean_text), AfterValidator(_written)]


class JournalKind(StrEnum):
    CONCERN_TALK = "concern_talk"
    CONVERSATION = "conversation"
    HOME_VISIT = "home_visit"
    NETWORK_MEETING = "network_meeting"
    CASE_MEETING = "case_meeting"
    PHONE_CALL = "phone_call"
    LETTER = "letter"
    OTHER = "other"


class Participant(StrEnum):
    PARENT = "parent"
    YOUNG_PERSON = "young_person"
    SCHOOL = "school"
    CLUB = "club"
    POLICE = "police"
    SSP_CONSULTANT = "ssp_consultant"
    CASEWORKER = "caseworker"
    FAMILY_DEPARTMENT = "family_department"
    KRIMINALFORSORGEN = "kriminalforsorgen"
    JOBCENTRE = "jobcentre"
    MENTOR = "mentor"


JOURNAL_KIND_LABELS: dict[JournalKind, LocalizedText] = {
    JournalKind.CONCERN_TALK: LocalizedText(
        da="Bekymringssamtale med forældre", en="Concern talk with parents"
    ),
    JournalKind.CONVERSATION: LocalizedText(da="Samtale", en="Conversation"),
    JournalKind.HOME_VISIT: LocalizedText(da="Hjemmebesøg", en="Home visit"),
    JournalKind.NETWORK_MEETING: LocalizedText(da="Netværksmøde", en="Network meeting"),
    JournalKind.CASE_MEETING: LocalizedText(da="Sagsmøde", en="Case meeting"),
    JournalKind.PHONE_CALL: LocalizedText(da="Telefonsamtale", en="Phone call"),
    JournalKind.LETTER: LocalizedText(da="Brev", en="Letter"),
    JournalKind.OTHER: LocalizedText(da="Andet", en="Other"),
}

PARTICIPANT_LABELS: dict[Participant, LocalizedText] = {
    Participant.PARENT: LocalizedText(da="Forælder", en="Parent"),
    Participant.YOUNG_PERSON: LocalizedText(da="Den unge", en="Young person"),
    Participant.SCHOOL: LocalizedText(da="Skole", en="School"),
    Participant.CLUB: LocalizedText(da="Klub", en="Club"),
    Participant.POLICE: LocalizedText(da="Politi", en="Police"),
    Participant.SSP_CONSULTANT: LocalizedText(da="SSP-konsulent", en="SSP consultant"),
    Participant.CASEWORKER: LocalizedText(da="Sagsbehandler", en="Caseworker"),
    Participant.FAMILY_DEPARTMENT: LocalizedText(da="Familieafsnittet", en="Family department"),
    Participant.KRIMINALFORSORGEN: LocalizedText(da="Kriminalforsorgen", en="Kriminalforsorgen"),
    Participant.JOBCENTRE: LocalizedText(da="Jobcenter", en="Jobcentre"),
    Participant.MENTOR: LocalizedText(da="Mentor", en="Mentor"),
}

JOURNAL_LABELS: dict[str, LocalizedText] = {
    "case_id": LocalizedText(da="Sag", en="Case"),
    "happened_on": LocalizedText(da="Dato", en="Date"),
    "kind": LocalizedText(da="Art", en="Kind"),
    "participants": LocalizedText(da="Deltagere", en="Participants"),
    "other_participants": LocalizedText(da="Andre deltagere", en="Other participants"),
    "text": LocalizedText(da="Tekst", en="Text"),
    "follow_up_on": LocalizedText(da="Opfølgningsdato", en="Follow-up date"),
    "follow_up_done_on": LocalizedText(da="Opfølgning udført", en="Follow-up done"),
}

# Long enough for what happened and what was agreed; the journal is no case file.
JOURNAL_TEXT_MAX = 4000

_FOLLOW_UP_BEFORE = LocalizedText(
    da="Opfølgningsdatoen ligger før notatets dato.",
    en="The follow-up date is before the entry's date.",
)
_IN_THE_FUTURE = LocalizedText(
    da="Datoen ligger i fremtiden: skriv notatet, når det er sket.",
    en="The date is in the future: write the entry once it has happened.",
)
_DONE_WITHOUT_FOLLOW_UP = LocalizedText(
    da="Notatet har ingen opfølgningsdato at markere som udført.",
    en="The entry has no follow-up date to mark as done.",
)
_DONE_BEFORE = LocalizedText(
    da="Opfølgningen kan ikke være udført før notatets dato.",
    en="The follow-up cannot be done before the entry's date.",
)
_TEXT_TOO_LONG = LocalizedText(
    da="Teksten må højst være {limit} tegn; der er {actual}. Forkort den.",
    en="The text may be at most {limit} characters; it has {actual}. Please shorten it.",
)


class JournalEntry(BaseModel):
    """One entry. ``participants`` are roles from the list; ``other_participants`` is free
    text for anyone the list does not name."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    id: JournalEntryId | None = None
    case_id: CaseId
    happened_on: date
    kind: JournalKind
    participants: tuple[Participant, ...] = ()
    other_participants: Line = ""
    text: RequiredText
    follow_up_on: date | None = None
    follow_up_done_on: date | None = None
    written_by: str = ""

    @property
    def follow_up_open(self) -> bool:
        return self.follow_up_on is not None and self.follow_up_done_on is None

    def __repr__(self) -> str:
        return f"JournalEntry(id={self.id}, case_id={self.case_id}, kind={self.kind})"

    __str__ = __repr__


def journal_entry_from(data: Mapping[str, Any], *, today: date) -> JournalEntry:
    """Validate an entry as typed; raises :class:`UserInputError` with one problem per
    field, named by the field (``happened_on``, ``follow_up_on``, …). Nothing about the
    entry is echoed in a message."""
    values = {k: v for k, v in data.items() if v is not None}
    if isinstance(values.get("participants"), list):
        values["participants"] = tuple(values["participants"])
    text = values.get("text")
    if isinstance(text, str) and len(text.strip()) > JOURNAL_TEXT_MAX:
        message = _TEXT_TOO_LONG.format(limit=JOURNAL_TEXT_MAX, actual=len(text.strip()))
        raise UserInputError([Problem("text", message)])
    try:
        entry = validate_model(JournalEntry, values, JOURNAL_LABELS)
    except UserInputError as error:
        raise UserInputError(_deduplicated(error.problems)) from None
    problems = date_problems(entry, today=today)
    if problems:
        raise UserInputError(problems)
    return entry


def date_problems(entry: JournalEntry, *, today: date) -> list[Problem]:
    """The entry's dates out of order: written ahead of time, a follow-up before the
    entry, a follow-up done without one or before the entry."""
    problems: list[Problem] = []
    if entry.happened_on > today:
        problems.append(Problem("happened_on", _IN_THE_FUTURE))
    if entry.follow_up_on is not None and entry.follow_up_on < entry.happened_on:
        problems.append(Problem("follow_up_on", _FOLLOW_UP_BEFORE))
    if entry.follow_up_done_on is not None:
        if entry.follow_up_on is None:
            problems.append(Problem("follow_up_done_on", _DONE_WITHOUT_FOLLOW_UP))
        elif entry.follow_up_done_on < entry.happened_on:
            problems.append(Problem("follow_up_done_on", _DONE_BEFORE))
    return problems


def _deduplicated(problems: tuple[Problem, ...]) -> list[Problem]:
    # A tuple of roles reports each bad one at its position; one line per field is enough.
    seen: set[str | int] = set()
    kept: list[Problem] = []
    for problem in problems:
        head = problem.path[0] if problem.path else ""
        if head not in seen:
            seen.add(head)
            kept.append(Problem((head,) if head != "" else (), problem.message))
    return kept


# ----- the concern talk after the police daily report ---------------------------------

# The unit reacts to a young person on the police daily report (døgnrapport) with a talk
# with the parents, sometimes with the local police; the follow-up is a fortnight later.
DAILY_REPORT_FOLLOW_UP_DAYS = 14

DAILY_REPORT_TEMPLATE_TEXT = LocalizedText(
    da="Bekymringssamtale efter døgnrapport. Forældrene er orienteret om den unges "
    "bekymrende adfærd.\nAftalt: ",
    en="Concern talk after the police daily report. The parents have been told about the "
    "young person's worrying behaviour.\nAgreed: ",
)


def daily_report_template(*, today: date, language: str = "da") -> dict[str, Any]:
    """The fields of a concern talk after the police daily report, as typed by one click:
    today, the parents and the young person with the caseworker, a text to finish and a
    follow-up in a fortnight."""
    return {
        "happened_on": today,
        "kind": JournalKind.CONCERN_TALK,
        "participants": (Participant.PARENT, Participant.YOUNG_PERSON, Participant.CASEWORKER),
        "other_participants": "",
        "text": DAILY_REPORT_TEMPLATE_TEXT.text(language),
        "follow_up_on": today + timedelta(days=DAILY_REPORT_FOLLOW_UP_DAYS),
    }
