"""The facts each Word document is made from, read inside the caller's unit of work (the
documents package never reads the vault). Shared by the document export and the plan
approval, which freezes the plan's document."""

from __future__ import annotations

from datetime import date

from riskdesk.documents.meeting_document_model import MeetingCaseView, MeetingDocumentModel
from riskdesk.documents.plan_document_model import (
    AssessmentSummary,
    CaseView,
    DomainRow,
    PersonView,
    PlanDocumentModel,
    ProfileRow,
)
from riskdesk.documents.release_meeting_document_model import ReleaseMeetingDocumentModel
from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.assessment_record import AssessmentRecord, newest_final
from riskdesk.domain.case import KIND_LABELS, Case
from riskdesk.domain.ids import CaseId
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import AgendaRow, Identity, MeetingId
from riskdesk.domain.mentor_course import MentorCourseLine
from riskdesk.domain.person import Person
from riskdesk.domain.plan_review import REVIEW_STATUS_LABELS, ReviewStatus
from riskdesk.domain.refusals import (
    NoPlan,
    NoReleaseMeeting,
    NotFound,
    UnknownCase,
    UnknownMeeting,
    UserInputError,
)
from riskdesk.domain.release_progress import timeline_progress
from riskdesk.services.assessment_service import instrument_of
from riskdesk.services.concern_documents import concerns_on_agenda
from riskdesk.services.forms import Forms
from riskdesk.store.unit_of_work import UnitOfWork

_NO_PLAN = LocalizedText(da="Ingen handleplan", en="No action plan")
_PLAN_STATUS = LocalizedText(
    da="Version {version}: {status_da}", en="Version {version}: {status_en}"
)
_SHARED = LocalizedText(da=", delt {on}", en=", shared on {on}")


def plan_model(
    uow: UnitOfWork, forms: Forms, case_id: CaseId, *, today: date, plan: ActionPlan | None = None
) -> PlanDocumentModel:
    """The plan document's facts, for ``plan`` or else the case's current version. A case
    without a plan has no document: :class:`NoPlan` (a page of "ikke udfyldt" would pass
    for a plan)."""
    case, person = _case_and_person(uow, case_id)
    plan = plan or uow.plans.current(case_id)
    if plan is None:
        raise NoPlan(case.case_number)
    record = newest_final(uow.assessments.for_person(case.person_id))
    return PlanDocumentModel(
        municipality=forms.municipality,
        person=_person_view(person, today),
        case=_case_view(case),
        plan=plan,
        assessment=_assessment_summary(forms, record) if record is not None else None,
        printed_on=today,
        mentor_course=_linked_course(uow, case_id, plan.mentor_course_id),
    )


def _linked_course(
    uow: UnitOfWork, case_id: CaseId, course_id: int | None
) -> MentorCourseLine | None:
    if course_id is None:
        return None
    lines = uow.mentor_courses.lines(case_id=case_id)
    return next((line for line in lines if line.course.id == course_id), None)


def release_meeting_model(
    uow: UnitOfWork, forms: Forms, case_id: CaseId, *, today: date
) -> ReleaseMeetingDocumentModel:
    """The release agenda's and minutes' facts; a case without a release meeting has
    neither: :class:`NoReleaseMeeting`."""
    case, person = _case_and_person(uow, case_id)
    meeting = uow.release_meetings.get(case_id)
    if meeting is None:
        raise NoReleaseMeeting(case.case_number)
    has_plan = uow.plans.current(case_id) is not None
    return ReleaseMeetingDocumentModel(
        municipality=forms.municipality,
        person=_person_view(person, today),
        case=_case_view(case),
        meeting=meeting,
        form=forms.release_meeting,
        printed_on=today,
        progress=timeline_progress(
            meeting, rules=forms.release_meeting.timeline, has_plan=has_plan, today=today
        ),
    )


def meeting_model(
    uow: UnitOfWork, forms: Forms, meeting_id: MeetingId, *, today: date
) -> MeetingDocumentModel:
    """The meeting agenda's and minutes' facts, identities included (the pseudonymised
    variant replaces them when rendering). Raises :class:`UnknownMeeting`."""
    try:
        meeting = uow.meetings.get(meeting_id)
    except NotFound:
        raise UnknownMeeting(meeting_id) from None
    cases = tuple(
        MeetingCaseView(
            case_number=row.case_number,
            identity=Identity(
                name=row.person_name,
                cpr=row.cpr,
                birth_date=row.birth_date,
                guardians=row.guardians,
            ),
            level=row.level,
            summary=row.summary,
            plan_status=plan_status(row).da,
            decision=row.decision,
            notes=row.notes,
        )
        for row in uow.meetings.agenda_rows(meeting_id)
    )
    return MeetingDocumentModel(
        municipality=forms.municipality,
        kind=meeting.kind,
        held_on=meeting.held_on,
        starts_at=meeting.starts_at,
        place=meeting.place,
        participants=meeting.participants,
        cases=cases,
        concerns=concerns_on_agenda(uow, forms, meeting_id),
        printed_on=today,
    )


def plan_status(row: AgendaRow) -> LocalizedText:
    """The case's current plan version and its review status (draft, submitted,
    returned, approved) and, when it was handed out, the date it was shared."""
    if row.plan_version is None or row.plan_status is None:
        return _NO_PLAN
    label = REVIEW_STATUS_LABELS[ReviewStatus(row.plan_status)]
    text = _PLAN_STATUS.format(version=row.plan_version, status_da=label.da, status_en=label.en)
    if row.plan_shared_on is None:
        return text
    shared = _SHARED.format(on=row.plan_shared_on.strftime("%d.%m.%Y"))
    return LocalizedText(da=text.da + shared.da, en=text.en + shared.en)


def _case_and_person(uow: UnitOfWork, case_id: CaseId) -> tuple[Case, Person]:
    try:
        case = uow.cases.get(case_id)
    except NotFound:
        raise UnknownCase from None
    return case, uow.persons.get(case.person_id)


def _assessment_summary(forms: Forms, record: AssessmentRecord) -> AssessmentSummary | None:
    snapshot = record.snapshot
    if snapshot is None:
        return None
    instrument: Instrument | None
    try:
        instrument = instrument_of(forms.catalogue, record)
    except UserInputError:
        # An instrument version no longer loaded: the snapshot alone still prints.
        instrument = None
    reasons = [r.da for r in snapshot.reasons]
    if snapshot.level_override_reason:
        reasons.append(snapshot.level_override_reason)
    return AssessmentSummary(
        instrument=instrument.title.da if instrument else snapshot.instrument_id,
        instrument_version=snapshot.instrument_version,
        assessed_on=record.draft.assessment_date,
        total=snapshot.total,
        max_total=snapshot.max_total,
        band=snapshot.band_label.da,
        final_band=snapshot.final_band_label.da,
        override_reason=snapshot.band_override_reason or "",
        level=snapshot.level,
        level_reason="; ".join(reasons),
        missing_items=snapshot.missing_count,
        domains=tuple(
            DomainRow(
                name=d.title.da,
                score=d.score,
                max_score=d.max_score,
                rating=d.rating,
                strength=d.strength,
            )
            for d in snapshot.domains
        ),
        profile=tuple(
            ProfileRow(
                title=p.title.da,
                present=p.present,
                of=p.of,
                rating=p.rating,
                factors=tuple(_factor_label(instrument, f) for f in p.factor_ids),
            )
            for p in snapshot.four_domains
        ),
        strengths=tuple(d.title.da for d in snapshot.domains if d.strength),
        responsivity=tuple(_factor_label(instrument, f) for f in sorted(record.draft.responsivity)),
        disclaimer=instrument.disclaimer.da if instrument else "",
    )


def _factor_label(instrument: Instrument | None, factor_id: str) -> str:
    """An item's or checklist factor's Danish wording; the id when it cannot be found."""
    if instrument is None:
        return factor_id
    item = instrument.item(factor_id)
    if item is not None:
        return item.text.da
    factors = [
        *instrument.responsivity,
        *(f for p in instrument.risk_domains for f in p.extra_factors),
    ]
    return next((f.label.da for f in factors if f.id == factor_id), factor_id)


def _person_view(person: Person, today: date) -> PersonView:
    town = " ".join(part for part in (person.postal_code, person.city) if part)
    return PersonView(
        name=person.name,
        cpr=person.cpr or "",
        birth_date=person.born,
        address=", ".join(part for part in (person.address, town) if part),
        guardians=tuple(g.name for g in person.guardians),
        minor=person.is_minor_at(today),
    )


def _case_view(case: Case) -> CaseView:
    return CaseView(
        case_number=case.case_number,
        level=case.level,
        kind=KIND_LABELS[case.kind].da,
        caseworker=case.caseworker,
    )
