"""What a user had typed and not saved when their save was refused as stale
(:class:`~riskdesk.domain.record_version.StaleRecord`): each text field they changed,
named, with their text. Reloading shows the newest version in the editor; this list
stays beside it, so nothing typed is lost and the user copies back what still applies.

Only typed text is listed (names, notes, goals, decisions): a choice or a date is picked
again in a moment, and listing it would bury the text that took minutes to write.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from riskdesk.domain.action_plan import PLAN_LABELS
from riskdesk.domain.case import CASE_LABELS
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MEETING_LABELS
from riskdesk.domain.meeting_editor import MeetingEditor
from riskdesk.domain.person import PERSON_LABELS
from riskdesk.domain.person_case_form import PersonCaseForm
from riskdesk.domain.person_case_inputs import GUARDIAN_FIELDS, PERSON_TEXT_FIELDS, PersonInput
from riskdesk.domain.plan_draft import PlanDraft
from riskdesk.domain.plan_field_labels import ACTION_FIELD_LABELS
from riskdesk.domain.problems import FieldPath
from riskdesk.domain.release_meeting import CHECKLIST_AREA_LABELS
from riskdesk.domain.release_meeting import MEETING_LABELS as RELEASE_LABELS
from riskdesk.domain.release_meeting_editor import EditedMeeting, ReleaseMeetingEditor

type Texts = Mapping[FieldPath, tuple[LocalizedText, str]]

_PERSON = LocalizedText(da="Borger", en="Person")
_CASE = LocalizedText(da="Sag", en="Case")
_GUARDIAN = LocalizedText(da="Forældremyndighedsindehaver {n}", en="Guardian {n}")
_GOAL = LocalizedText(da="Mål {n}", en="Goal {n}")
_ACTION = LocalizedText(da="Mål {g}, handling {a}", en="Goal {g}, action {a}")
_PARTNER = LocalizedText(da="Samarbejdspartner {n}", en="Partner {n}")
_PARTICIPANT = LocalizedText(da="Deltager {n}", en="Participant {n}")
_DECISION = LocalizedText(da="Beslutning {n}", en="Decision {n}")
_ITEM = LocalizedText(da="Dagsordenspunkt {n}", en="Agenda item {n}")
_ITEM_TEXTS = {
    "summary": LocalizedText(da="Resumé", en="Summary"),
    "notes": LocalizedText(da="Noter", en="Notes"),
    "decision_text": LocalizedText(da="Beslutning", en="Decision"),
    "decision_owner": MEETING_LABELS["decision_owner"],
}
_RELEASE_TEXTS = ("prison", "place", "conditions", "supervision", "notes")
_ACTION_TEXTS = ("what", "responsible_name", "no_date_reason", "success_criterion")
_PLAN_TEXTS = ("mentor", "citizen_view", "parents_view", "agreement_note", "legal_basis_note")
_CASE_TEXTS = ("legal_basis_note", "notes")


@dataclass(frozen=True, slots=True)
class UnsavedText:
    label: LocalizedText
    text: str


def unsaved(typed: Texts, loaded: Texts) -> tuple[UnsavedText, ...]:
    """The texts of ``typed`` that differ from ``loaded`` at the same field and are not
    empty, in ``typed``'s order."""
    return tuple(
        UnsavedText(label, text)
        for path, (label, text) in typed.items()
        if text.strip() and (path not in loaded or loaded[path][1] != text)
    )


def person_case_unsaved(form: PersonCaseForm) -> tuple[UnsavedText, ...]:
    """What the person-and-case form holds that differs from the person and case it
    loaded (or last saved)."""
    person, case = form.stored_person, form.stored_case
    loaded_person = PersonInput.of(person) if person is not None else PersonInput()
    loaded_case = {key: getattr(case, key) for key in _CASE_TEXTS} if case is not None else {}
    typed_case = {key: getattr(form.case, key) for key in _CASE_TEXTS}
    return unsaved(
        _person_texts(form.person) | _case_texts(typed_case),
        _person_texts(loaded_person) | _case_texts(loaded_case),
    )


def plan_unsaved(draft: PlanDraft) -> tuple[UnsavedText, ...]:
    """What the plan draft holds that differs from the version it was opened on."""
    loaded = PlanDraft(case_id=draft.case_id, stored=draft.stored, today=draft.made_on)
    return unsaved(_plan_texts(draft), _plan_texts(loaded))


def release_meeting_unsaved(editor: ReleaseMeetingEditor) -> tuple[UnsavedText, ...]:
    """What the release-meeting editor holds that differs from what it loaded or last
    saved."""
    return unsaved(_release_texts(editor.state), _release_texts(editor.saved_state))


def meeting_unsaved(editor: MeetingEditor) -> tuple[UnsavedText, ...]:
    """What the meeting editor holds that differs from the meeting it loaded or last
    saved (all of it for a meeting never stored)."""
    stored = editor.stored
    return unsaved(_meeting_texts(editor), _meeting_texts(MeetingEditor(stored)) if stored else {})


def _release_texts(state: EditedMeeting) -> dict[FieldPath, tuple[LocalizedText, str]]:
    texts: dict[FieldPath, tuple[LocalizedText, str]] = {
        (key,): (RELEASE_LABELS[key], getattr(state.facts, key)) for key in _RELEASE_TEXTS
    }
    for index, person in enumerate(state.participants):
        shown = ", ".join(text for text in (person.name, person.organisation) if text.strip())
        texts[("participants", index)] = (_PARTICIPANT.format(n=index + 1), shown)
    for row in state.checklist:
        texts[("checklist", row.area.value)] = (CHECKLIST_AREA_LABELS[row.area], row.note)
    for index, decision in enumerate(state.decisions):
        shown = " – ".join(t for t in (decision.what, decision.responsible_name) if t.strip())
        texts[("decisions", index)] = (_DECISION.format(n=index + 1), shown)
    return texts


def _meeting_texts(editor: MeetingEditor) -> dict[FieldPath, tuple[LocalizedText, str]]:
    texts: dict[FieldPath, tuple[LocalizedText, str]] = {
        ("place",): (MEETING_LABELS["place"], editor.place),
        ("participants",): (MEETING_LABELS["participants"], editor.participants_text),
    }
    for index, item in enumerate(editor.items):
        where = _ITEM.format(n=index + 1)
        for key, label in _ITEM_TEXTS.items():
            # Keyed by the case, so a case moved on the agenda is still the same field.
            texts[("items", item.case_id, key)] = (_within(where, label), getattr(item, key))
    return texts


def _person_texts(person: PersonInput) -> dict[FieldPath, tuple[LocalizedText, str]]:
    texts: dict[FieldPath, tuple[LocalizedText, str]] = {
        ("person", key): (_within(_PERSON, PERSON_LABELS[key]), getattr(person, key))
        for key in PERSON_TEXT_FIELDS
    }
    for index, row in enumerate(person.guardians):
        shown = ", ".join(text for key in GUARDIAN_FIELDS if (text := row.value(key).strip()))
        texts[("person", "guardians", index)] = (_GUARDIAN.format(n=index + 1), shown)
    return texts


def _case_texts(case: Mapping[str, str]) -> dict[FieldPath, tuple[LocalizedText, str]]:
    return {("case", key): (_within(_CASE, CASE_LABELS[key]), text) for key, text in case.items()}


def _plan_texts(draft: PlanDraft) -> dict[FieldPath, tuple[LocalizedText, str]]:
    texts: dict[FieldPath, tuple[LocalizedText, str]] = {}
    for g, goal in enumerate(draft.goals):
        texts[("goals", g, "text")] = (_GOAL.format(n=g + 1), goal.text)
        for a, action in enumerate(goal.actions):
            where = _ACTION.format(g=g + 1, a=a + 1)
            for key in _ACTION_TEXTS:
                label = _within(where, ACTION_FIELD_LABELS[key])
                texts[("goals", g, "actions", a, key)] = (label, getattr(action, key))
    for key in _PLAN_TEXTS:
        texts[(key,)] = (PLAN_LABELS[key], getattr(draft.details, key))
    for index, partner in enumerate(draft.partners):
        texts[("partners", index, "name")] = (_PARTNER.format(n=index + 1), partner.name)
    return texts


def _within(part: LocalizedText, label: LocalizedText) -> LocalizedText:
    return LocalizedText(da=f"{part.da}: {label.da}", en=f"{part.en}: {label.en}")
