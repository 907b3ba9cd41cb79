"""How an audit event reads to the citizen in an access insight: what was done, as a
Danish (and English) phrase after the name of who did it, and to which record. Events
written since one event per use case name their use case and read from its sentence;
older events read from their action and record. No internal name ever reaches the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from riskdesk.domain.access_insight import ACCESS_INSIGHT_PURPOSE, id_list, int_or_none
from riskdesk.domain.access_insight_sentences import ATTEMPTS, CREATED_SENTENCES, USE_CASE_SENTENCES
from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.case import CASE_LABELS
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import PERSON_LABELS

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
    attempt = ATTEMPTS.get(str(details.get("attempt", "")))
    if attempt is not None:
        return LocalizedText(da=f"{attempt.da} (afvist)", en=f"{attempt.en} (refused)")
    use_case = str(details[USE_CASE_KEY])
    template = (
        CREATED_SENTENCES.get(use_case) if event.action is AuditAction.CREATE else None
    ) or USE_CASE_SENTENCES.get(use_case)
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
