"""Synthetic document models shared by the document tests; every name is made up."""

from __future__ import annotations

from datetime import date

import pytest

from riskdesk.demo.synthetic_plans import synthetic_plan, synthetic_release_meeting
from riskdesk.documents.municipality import load_municipality
from riskdesk.documents.plan_document_model import (
    Approval,
    AssessmentSummary,
    CaseView,
    DomainRow,
    PersonView,
    PlanDocumentModel,
    ProfileRow,
)
from riskdesk.documents.release_meeting_document_model import ReleaseMeetingDocumentModel
from riskdesk.domain.instrument import Rating
from riskdesk.domain.release_progress import timeline_progress
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.release_meeting_form import load_release_meeting_form

TODAY = date(2026, 11, 21)
PERSON = PersonView(
    name="Testi Prøvesen",
    cpr="010110-1234",
    birth_date=date(2010, 1, 1),
    address="Eksempelvej 1, 9999 Eksempelby",
    guardians=("Mor Prøvesen (mor)",),
    minor=True,
)
CASE = CaseView(case_number="2026-0042", level=2, kind="Enkeltsag", caseworker="Kim Prøve")
ASSESSMENT = AssessmentSummary(
    instrument="RiskDesk risiko- og behovsvurdering for unge",
    instrument_version=1,
    assessed_on=date(2026, 10, 1),
    total=14,
    max_total=42,
    band="moderat",
    final_band="høj",
    override_reason="Nye sigtelser efter vurderingen.",
    level=3,
    level_reason="Høj risiko efter faglig vurdering.",
    domains=(
        DomainRow(name="Familie og opdragelse", score=4, max_score=6, rating=Rating.HIGH),
        DomainRow(name="Fritid", score=1, max_score=3, rating=Rating.LOW, strength=True),
    ),
    profile=(
        ProfileRow(title="Individ", present=3, of=12, rating=Rating.MODERATE, factors=("ADHD",)),
        ProfileRow(title="Familie", present=4, of=8, rating=Rating.HIGH),
        ProfileRow(title="Skole", present=0, of=7, rating=Rating.LOW),
        ProfileRow(title="Socialt netværk", present=7, of=7, rating=Rating.HIGH),
    ),
    strengths=("Fritid",),
    responsivity=("Lav motivation",),
    disclaimer="Dette er et struktureret hjælpemiddel, ikke et valideret instrument.",
)


@pytest.fixture
def plan_model() -> PlanDocumentModel:
    return PlanDocumentModel(
        municipality=load_municipality(),
        person=PERSON,
        case=CASE,
        plan=synthetic_plan(seed=4, today=TODAY),
        assessment=ASSESSMENT,
        approval=Approval(approved_by="Leder Lis Eksempel", approved_on=TODAY),
        printed_on=TODAY,
    )


@pytest.fixture
def meeting_model() -> ReleaseMeetingDocumentModel:
    meeting = synthetic_release_meeting(seed=2, today=TODAY)
    form = load_release_meeting_form(default_forms_dir())
    return ReleaseMeetingDocumentModel(
        municipality=load_municipality(),
        person=PERSON.model_copy(update={"minor": False}),
        case=CASE,
        meeting=meeting,
        form=form,
        printed_on=TODAY,
        progress=timeline_progress(meeting, rules=form.timeline, has_plan=False, today=TODAY),
    )
