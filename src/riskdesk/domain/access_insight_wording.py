"""How an audit event reads to the citizen in an access insight: what was done, as a
Danish (and English) phrase after the name of who did it, and to which record. Events
written since one event per use case name their use case and read from its sentence;
older events read from their action and record. No internal name ever reaches the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from riskdesk.domain.access_insight import ACCESS_INSIGHT_PURPOSE, id_list, int_or_none
from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.case import CASE_LABELS
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import PERSON_LABELS
from riskdesk.domain.use_cases import UseCase

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
    AuditEntity.MEETING: LocalizedText(da="mødet", en="the meeting"),
    AuditEntity.PLAN_COMMENT: LocalizedText(
        da="en kommentar til handleplanen", en="a comment on the action plan"
    ),
}

_RECORDS: dict[str, LocalizedText] = {
    AuditEntity.PERSON: LocalizedText(da="Personoplysninger", en="Personal details"),
    AuditEntity.CASE: LocalizedText(da="Sag", en="Case"),
    AuditEntity.ASSESSMENT: LocalizedText(da="Risikovurdering", en="Risk assessment"),
    AuditEntity.PLAN: LocalizedText(da="Handleplan", en="Action plan"),
    AuditEntity.RELEASE_MEETING: LocalizedText(da="Løsladelsesmøde", en="Release meeting"),
    AuditEntity.CASE_LIST: LocalizedText(da="Sagslisten", en="Case list"),
    AuditEntity.MEETING: LocalizedText(da="Møde", en="Meeting"),
    AuditEntity.PLAN_COMMENT: LocalizedText(
        da="Kommentar til handleplan", en="Comment on the action plan"
    ),
    AuditEntity.INQUIRY: LocalizedText(da="Henvendelse", en="Inquiry"),
    AuditEntity.JOURNAL_ENTRY: LocalizedText(da="Journalnotat", en="Journal entry"),
    AuditEntity.CASE_OUTCOME: LocalizedText(da="Udfald", en="Outcome"),
    AuditEntity.MENTOR_COURSE: LocalizedText(da="Mentorforløb", en="Mentor course"),
    AuditEntity.CONCERN: LocalizedText(da="Bekymring (niveau 1)", en="Concern (level 1)"),
}

_DOCUMENT_NAMES: dict[str, LocalizedText] = {kind.value: kind.label for kind in DocumentKind}
_SOME_FIELD = LocalizedText(da="et felt", en="a field")


USE_CASE_KEY = "use_case"
_SOME_RECORD = LocalizedText(da="en registrering", en="a record")
_A_RECORD = LocalizedText(da="Registrering", en="Record")
_HANDLED = LocalizedText(da="behandlede", en="handled")

_T = LocalizedText
# What each use case reads as, after the name of who did it ("Kim Koordinator (…) så
# sagen"). ``{version}`` and ``{fields}`` are filled from the event when it has them.
_USE_CASE_SENTENCES: dict[str, LocalizedText] = {
    UseCase.PERSON_CREATE: _T(
        da="oprettede personoplysningerne", en="created the personal details"
    ),
    UseCase.PERSON_VIEW: _T(da="så personoplysningerne", en="viewed the personal details"),
    UseCase.PERSON_UPDATE: _T(
        da="ændrede personoplysningerne{fields}", en="changed the personal details{fields}"
    ),
    UseCase.PERSON_CASES: _T(da="så personens sagsoversigt", en="viewed the person's case list"),
    UseCase.CASE_FIND_BY_NUMBER: _T(
        da="slog sagen op på sagsnummeret", en="looked the case up by its number"
    ),
    UseCase.CASE_VIEW: _T(da="så sagen", en="viewed the case"),
    UseCase.CASE_CREATE_WITH_PERSON: _T(
        da="oprettede personoplysningerne og sagen", en="created the personal details and the case"
    ),
    UseCase.CASE_IMPORT: _T(
        da="indlæste personoplysningerne og sagen", en="imported the personal details and the case"
    ),
    UseCase.CASE_OPEN: _T(da="oprettede en ny sag", en="opened a new case"),
    UseCase.CASE_UPDATE: _T(da="ændrede sagen{fields}", en="changed the case{fields}"),
    UseCase.CASE_UPDATE_WITH_PERSON: _T(
        da="ændrede personoplysningerne og sagen{fields}",
        en="changed the personal details and the case{fields}",
    ),
    UseCase.CASE_CLOSE: _T(da="lukkede sagen", en="closed the case"),
    UseCase.CASE_REOPEN: _T(da="genåbnede sagen", en="reopened the case"),
    UseCase.ASSESSMENT_START: _T(da="begyndte en risikovurdering", en="started a risk assessment"),
    UseCase.ASSESSMENT_SAVE_DRAFT: _T(
        da="arbejdede på kladden til risikovurderingen{saves}",
        en="worked on the risk assessment draft{saves}",
    ),
    UseCase.ASSESSMENT_VIEW: _T(da="så risikovurderingen", en="viewed the risk assessment"),
    UseCase.ASSESSMENT_LIST: _T(
        da="så personens risikovurderinger (oversigt)",
        en="viewed the person's risk assessments (list)",
    ),
    UseCase.ASSESSMENT_FINALISE: _T(
        da="afsluttede risikovurderingen{level}", en="finalised the risk assessment{level}"
    ),
    UseCase.ASSESSMENT_IMPORT: _T(
        da="indlæste en risikovurdering", en="imported a risk assessment"
    ),
    UseCase.ASSESSMENT_CORRECT: _T(
        da="begyndte en rettelse af risikovurderingen", en="started a correction of the assessment"
    ),
    UseCase.ASSESSMENT_COMPARE: _T(
        da="sammenlignede to risikovurderinger", en="compared two risk assessments"
    ),
    UseCase.PLAN_VIEW: _T(da="så handleplanen{version}", en="viewed the action plan{version}"),
    UseCase.PLAN_VERSIONS: _T(
        da="så handleplanens versioner", en="viewed the action plan's versions"
    ),
    UseCase.PLAN_SAVE: _T(
        da="ændrede handleplanen{version}", en="changed the action plan{version}"
    ),
    UseCase.PLAN_SHARE: _T(
        da="noterede, at {of_version}handleplanen er udleveret",
        en="recorded that {of_version}the action plan was handed out",
    ),
    UseCase.PLAN_SUGGEST_GOALS: _T(
        da="så forslag til mål ud fra risikovurderingen",
        en="viewed goals suggested by the risk assessment",
    ),
    UseCase.REVIEW_QUEUE: _T(
        da="så handleplanen blandt planerne til godkendelse",
        en="viewed the action plan among the plans awaiting approval",
    ),
    UseCase.REVIEW_RETURNED: _T(
        da="så handleplanen blandt planerne sendt retur",
        en="viewed the action plan among the returned plans",
    ),
    UseCase.REVIEW_STATE: _T(
        da="så handleplanens godkendelse{version}", en="viewed the action plan's approval{version}"
    ),
    UseCase.REVIEW_VIEW: _T(
        da="så {of_version}handleplanen til godkendelse",
        en="viewed {of_version}the action plan for review",
    ),
    UseCase.REVIEW_DIFF: _T(
        da="sammenlignede handleplanen med den senest godkendte",
        en="compared the action plan with the last approved one",
    ),
    UseCase.REVIEW_COMMENTS: _T(
        da="læste kommentarerne til handleplanen", en="read the comments on the action plan"
    ),
    UseCase.REVIEW_FROZEN_DOCUMENT: _T(
        da="så den godkendte handleplan", en="viewed the approved action plan"
    ),
    UseCase.REVIEW_SUBMIT: _T(
        da="sendte {of_version}handleplanen til godkendelse",
        en="submitted {of_version}the action plan for approval",
    ),
    UseCase.REVIEW_APPROVE: _T(
        da="godkendte handleplanen{version}", en="approved the action plan{version}"
    ),
    UseCase.REVIEW_RETURN: _T(
        da="sendte {of_version}handleplanen retur med en kommentar",
        en="returned {of_version}the action plan with a comment",
    ),
    UseCase.REVIEW_COMMENT: _T(
        da="kommenterede handleplanen{version}", en="commented on the action plan{version}"
    ),
    UseCase.REVIEW_RESOLVE_COMMENT: _T(
        da="markerede en kommentar til handleplanen som løst",
        en="marked a comment on the action plan as resolved",
    ),
    UseCase.RELEASE_MEETING_VIEW: _T(da="så løsladelsesmødet", en="viewed the release meeting"),
    UseCase.RELEASE_MEETING_SAVE: _T(
        da="ændrede løsladelsesmødet", en="changed the release meeting"
    ),
    UseCase.RELEASE_DECISIONS_TO_PLAN: _T(
        da="førte løsladelsesmødets beslutninger over i handleplanen{version}",
        en="carried the release meeting's decisions into the action plan{version}",
    ),
    UseCase.MEETING_LIST: _T(
        da="så mødelisten, hvor sagen står på en dagsorden",
        en="viewed the list of meetings, with the case on an agenda",
    ),
    UseCase.MEETING_VIEW: _T(
        da="så et møde med sagen på dagsordenen", en="viewed a meeting with the case on its agenda"
    ),
    UseCase.MEETING_SAVE: _T(
        da="ændrede et møde med sagen på dagsordenen",
        en="changed a meeting with the case on its agenda",
    ),
    UseCase.MEETING_ADD_CASE: _T(
        da="satte sagen på et mødes dagsorden", en="put the case on a meeting's agenda"
    ),
    UseCase.MEETING_REMOVE_CASE: _T(
        da="tog sagen af et mødes dagsorden", en="took the case off a meeting's agenda"
    ),
    UseCase.MEETING_SUMMARY: _T(
        da="skrev et resumé af sagen til et møde", en="wrote a summary of the case for a meeting"
    ),
    UseCase.MEETING_DECISION: _T(
        da="noterede mødets beslutning om sagen", en="recorded the meeting's decision on the case"
    ),
    UseCase.MEETING_CASE_DECISIONS: _T(
        da="så mødebeslutningerne om sagen", en="viewed the meeting decisions on the case"
    ),
    UseCase.MEETING_AGENDA: _T(
        da="så dagsordenen for et møde med sagen", en="viewed the agenda of a meeting with the case"
    ),
    UseCase.MEETING_NEXT: _T(
        da="så det næste møde med sagen på dagsordenen",
        en="viewed the next meeting with the case on its agenda",
    ),
    UseCase.MEETING_SERIES: _T(
        da="oprettede en række møder med sagen på det første mødes dagsorden",
        en="created a series of meetings with the case on the first one's agenda",
    ),
    UseCase.MEETING_DECISION_TO_PLAN: _T(
        da="førte mødets beslutning om sagen over i handleplanen{version}",
        en="carried the meeting's decision on the case into the action plan{version}",
    ),
    UseCase.INQUIRY_ADD: _T(
        da="registrerede en henvendelse om sagen", en="recorded an inquiry about the case"
    ),
    UseCase.INQUIRY_LIST: _T(
        da="så listen over henvendelser, hvor sagen står",
        en="viewed the list of inquiries, with the case on it",
    ),
    UseCase.INQUIRY_LINK: _T(
        da="knyttede en henvendelse til sagen", en="linked an inquiry to the case"
    ),
    UseCase.INQUIRY_TO_CASE: _T(
        da="oprettede sagen ud fra en henvendelse", en="made the case from an inquiry"
    ),
    UseCase.CONCERN_ESCALATE: _T(
        da="oprettede personoplysningerne og sagen ud fra en bekymring (niveau 1)",
        en="created the personal details and the case from a concern (level 1)",
    ),
    UseCase.MENTOR_COURSE_START: _T(
        da="startede et mentorforløb på sagen", en="started a mentor course on the case"
    ),
    UseCase.MENTOR_COURSE_END: _T(
        da="afsluttede et mentorforløb på sagen", en="ended a mentor course on the case"
    ),
    UseCase.MENTOR_COURSE_UPDATE: _T(
        da="ændrede et mentorforløb på sagen", en="changed a mentor course on the case"
    ),
    UseCase.MENTOR_COURSE_LIST: _T(
        da="så sagens mentorforløb", en="viewed the case's mentor courses"
    ),
    UseCase.JOURNAL_ADD: _T(da="skrev et notat i sagens journal", en="wrote a journal entry"),
    UseCase.JOURNAL_LIST: _T(da="så sagens journal", en="viewed the case journal"),
    UseCase.JOURNAL_FOLLOW_UP_DONE: _T(
        da="markerede en opfølgning i journalen som udført",
        en="marked a journal follow-up as done",
    ),
    UseCase.OUTCOME_RECORD: _T(da="registrerede sagens udfald", en="recorded the case's outcome"),
    UseCase.OUTCOME_LIST: _T(da="så sagens udfald", en="viewed the case's outcomes"),
    UseCase.DOCUMENT_RENDER: _T(
        da="dannede {document} uden at gemme det", en="produced {document} without saving it"
    ),
    UseCase.DOCUMENT_EXPORT: _T(
        da="eksporterede {document}{files}", en="exported {document}{files}"
    ),
    UseCase.TODAY_VIEW: _T(
        da="så handleplanens status på sin forside (I dag)",
        en="viewed the action plan's status on their start page (Today)",
    ),
    UseCase.ACCESS_INSIGHT: _T(
        da="dannede et udtræk af loggen (indsigt)", en="produced an access log extract"
    ),
    UseCase.RETENTION_DELETE: _T(
        da="godkendte sletning af sagen, da opbevaringsperioden var udløbet",
        en="approved deleting the case, its retention period being over",
    ),
}

# A saving use case that created its record reads as a creation.
_CREATED_SENTENCES: dict[str, LocalizedText] = {
    UseCase.PLAN_SAVE: _T(
        da="lavede en ny version af handleplanen{version}",
        en="made a new version of the action plan{version}",
    ),
    UseCase.RELEASE_DECISIONS_TO_PLAN: _T(
        da="lavede {of_version}handleplanen med løsladelsesmødets beslutninger",
        en="made {of_version}the action plan with the release meeting's decisions",
    ),
    UseCase.RELEASE_MEETING_SAVE: _T(
        da="oprettede løsladelsesmødet", en="created the release meeting"
    ),
    UseCase.MEETING_SAVE: _T(
        da="oprettede et møde med sagen på dagsordenen",
        en="created a meeting with the case on its agenda",
    ),
}

# A refused review step reads as the attempt it was.
_ATTEMPTS: dict[str, LocalizedText] = {
    "submit": _T(
        da="forsøgte at sende handleplanen til godkendelse",
        en="tried to submit the action plan for approval",
    ),
    "approve": _T(da="forsøgte at godkende handleplanen", en="tried to approve the action plan"),
    "return": _T(da="forsøgte at sende handleplanen retur", en="tried to return the action plan"),
    "edit": _T(da="forsøgte at ændre handleplanen", en="tried to change the action plan"),
}


def describe(
    event: AuditEvent, *, case_numbers: Mapping[int, str]
) -> tuple[LocalizedText, LocalizedText]:
    """What was done and to which record, in Danish and English; ``case_numbers`` names
    the person's cases (a case no longer in the vault reads "slettet sag")."""
    return _what(event), _record(event, case_numbers)


def _what(event: AuditEvent) -> LocalizedText:
    if USE_CASE_KEY in event.details:
        return _use_case_sentence(event)
    return _legacy_what(event)


def _legacy_what(event: AuditEvent) -> LocalizedText:
    """Events written before one event per use case (vaults made before that change)."""
    details = event.details
    action, entity = event.action, event.entity
    noun = _NOUNS.get(entity, _SOME_RECORD)
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
        what = _DOCUMENT_NAMES.get(document, LocalizedText(da="et dokument", en="a document"))
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
        verb = _VERBS.get(action, _HANDLED)
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


def _use_case_sentence(event: AuditEvent) -> LocalizedText:
    details = event.details
    attempt = _ATTEMPTS.get(str(details.get("attempt", "")))
    if attempt is not None:
        return LocalizedText(da=f"{attempt.da} (afvist)", en=f"{attempt.en} (refused)")
    use_case = str(details[USE_CASE_KEY])
    template = (
        _CREATED_SENTENCES.get(use_case) if event.action is AuditAction.CREATE else None
    ) or _USE_CASE_SENTENCES.get(use_case)
    text = _legacy_what(event) if template is None else _fill(template, event)
    if details.get("refused") and not text.da.endswith("(afvist)"):
        text = LocalizedText(da=f"{text.da} (afvist)", en=f"{text.en} (refused)")
    return text


def _fill(template: LocalizedText, event: AuditEvent) -> LocalizedText:
    details = event.details
    version = details.get("version")
    numbered = isinstance(version, int) and not isinstance(version, bool)
    versions = (f", version {version}", f", version {version}") if numbered else ("", "")
    of_versions = (f"version {version} af ", f"version {version} of ") if numbered else ("", "")
    level = details.get("level")
    levels = (f" (niveau {level})", f" (level {level})") if isinstance(level, int) else ("", "")
    saves = details.get("saves")
    saved = (
        (f" ({saves} gemninger)", f" ({saves} saves)")
        if isinstance(saves, int) and saves > 1
        else ("", "")
    )
    fields = _field_names(event)
    files = [str(f) for f in id_list(details.get("files"))]
    named = (
        (f" (fil: {files[0]})", f" (file: {files[0]})")
        if len(files) == 1
        else (f" (filer: {', '.join(files)})", f" (files: {', '.join(files)})")
        if files
        else ("", "")
    )
    document = _DOCUMENT_NAMES.get(
        str(details.get("document", "")), LocalizedText(da="et dokument", en="a document")
    )
    return LocalizedText(
        da=template.da.format(
            version=versions[0],
            of_version=of_versions[0],
            level=levels[0],
            saves=saved[0],
            fields=fields[0],
            files=named[0],
            document=document.da,
        ),
        en=template.en.format(
            version=versions[1],
            of_version=of_versions[1],
            level=levels[1],
            saves=saved[1],
            fields=fields[1],
            files=named[1],
            document=document.en,
        ),
    )


def _field_names(event: AuditEvent) -> tuple[str, str]:
    details = event.details
    named: list[LocalizedText] = []
    for key, labels in (("person_fields", PERSON_LABELS), ("case_fields", CASE_LABELS)):
        for field in id_list(details.get(key)):
            named.append(labels.get(str(field), _SOME_FIELD))
    if not named:
        return "", ""
    return (
        ": " + ", ".join(n.da.lower() for n in named),
        ": " + ", ".join(n.en.lower() for n in named),
    )


def _record(event: AuditEvent, case_numbers: Mapping[int, str]) -> LocalizedText:
    details = event.details
    entity = event.entity
    base = _RECORDS.get(entity, _A_RECORD)
    if entity is AuditEntity.PERSON or entity is AuditEntity.CASE_LIST:
        return base
    if entity is AuditEntity.CASE:
        case_id = (
            event.entity_id if event.entity_id is not None else _their_case(event, case_numbers)
        )
        return _with_case(LocalizedText(da="Sag", en="Case"), case_id, case_numbers)
    parts_da, parts_en = [base.da], [base.en]
    if entity is AuditEntity.ASSESSMENT and event.entity_id is None:
        parts_da, parts_en = ["Risikovurderinger (oversigt)"], ["Risk assessments (list)"]
    if entity is AuditEntity.ASSESSMENT and event.entity_id is not None:
        parts_da[0] += f" nr. {event.entity_id}"
        parts_en[0] += f" no. {event.entity_id}"
    if entity is AuditEntity.PLAN and isinstance(details.get("version"), int):
        parts_da.append(f"version {details['version']}")
        parts_en.append(f"version {details['version']}")
    text = LocalizedText(da=", ".join(parts_da), en=", ".join(parts_en))
    case_id = _their_case(event, case_numbers)
    if case_id is None:
        return text
    return _with_case(
        LocalizedText(da=f"{text.da}, sag", en=f"{text.en}, case"), case_id, case_numbers
    )


def _their_case(event: AuditEvent, case_numbers: Mapping[int, str]) -> int | None:
    """The case the event is about for this person: its one case, or the person's own
    among the several it names (an agenda, an import)."""
    details = event.details
    case_id = int_or_none(details.get("case_id"))
    if case_id is not None:
        return case_id
    named = map(int_or_none, id_list(details.get("case_ids")))
    return next((c for c in named if c in case_numbers), None)


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
