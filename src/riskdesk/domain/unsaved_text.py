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
from riskdesk.domain.person import PERSON_LABELS
from riskdesk.domain.person_case_form import PersonCaseForm
from riskdesk.domain.person_case_inputs import GUARDIAN_FIELDS, PERSON_TEXT_FIELDS, PersonInput
from riskdesk.domain.plan_draft import PlanDraft
from riskdesk.domain.plan_field_labels import ACTION_FIELD_LABELS
from riskdesk.domain.problems import FieldPath

type Texts = Mapping[FieldPath, tuple[LocalizedText, str]]

_PERSON = LocalizedText(da="Borger", en="Person")
_CASE = LocalizedText(da="Sag", en="Case")
_GUARDIAN = LocalizedText(da="Forældremyndighedsindehaver {n}", en="Guardian {n}")
_GOAL = LocalizedText(da="Mål {n}", en="Goal {n}")
_ACTION = LocalizedText(da="Mål {g}, handling {a}", en="Goal {g}, action {a}")
_PARTNER = LocalizedText(da="Samarbejdspartner {n}", en="Partner {n}")
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
