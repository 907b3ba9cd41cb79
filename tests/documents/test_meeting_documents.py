"""Meeting agenda and minutes from synthetic models: the facts per case, the legal-basis
line only for SSP, KSP and PSP, an empty agenda marked, and the pseudonymised variant
free of names (guardians' too) and CPR numbers even when a caseworker typed them."""

from __future__ import annotations

import shutil
from datetime import date, time
from pathlib import Path

import pytest
from docx_text import body_text, header_footer_text

from riskdesk.documents.document_file import save_document
from riskdesk.documents.meeting_document_model import MeetingCaseView, MeetingDocumentModel
from riskdesk.documents.meeting_documents import render_meeting_agenda, render_meeting_minutes
from riskdesk.documents.municipality import load_municipality
from riskdesk.documents.pdf_conversion import convert_to_pdf
from riskdesk.domain.meeting import Identity, MeetingKind, MeetingParticipant

pytestmark = pytest.mark.documents

MINOR = Identity(
    name="Testi Prøvesen",
    cpr="010110-1234",
    birth_date=date(2010, 1, 1),
    guardians=("Maja Eksempelsen",),
)
ADULT = Identity(name="Ole Opdigtet", cpr="020203-4567", birth_date=date(2003, 2, 2))


def _model(kind: MeetingKind = MeetingKind.SSP) -> MeetingDocumentModel:
    return MeetingDocumentModel(
        municipality=load_municipality(),
        kind=kind,
        held_on=date(2026, 12, 1),
        starts_at=time(9, 30),
        place="Rådhuset",
        participants=(
            MeetingParticipant(name="Sofie Skole", organisation="Eksempelskolen"),
            MeetingParticipant(name="Maja Eksempelsen", organisation="Mor til Testi"),
        ),
        cases=(
            MeetingCaseView(
                case_number="2026-0042",
                identity=MINOR,
                level=2,
                summary="Testi fortæller, at Maja Eksempelsen (mor) og Ole er bekymrede; "
                "CPR 0101101234, født 1.1.2010.",
                plan_status="Version 2: Godkendt",
                decision="Testis mentor starter i januar.",
                notes="Ringer til Maja.",
            ),
            MeetingCaseView(
                case_number="2026-0043",
                identity=ADULT,
                level=3,
                summary="Ny sigtelse (020203-4567).",
                plan_status="Ingen handleplan",
            ),
        ),
        printed_on=date(2026, 11, 21),
    )


def test_the_agenda_shows_each_case_with_level_plan_status_and_summary() -> None:
    data = render_meeting_agenda(_model()).data
    text = body_text(data)
    for expected in (
        "Dagsorden – SSP-møde",
        "01.12.2026",
        "09:30",
        "Rådhuset",
        "Sofie Skole",
        "retsplejelovens § 115",
        "Sag 2026-0042 · Testi Prøvesen",
        "010110-1234",
        "Niveau 2",
        "Version 2: Godkendt",
        "Ny sigtelse (020203-4567).",
        "Noter:",
    ):
        assert expected in text
    assert "FORTROLIGT" in header_footer_text(data)
    assert "pseudonymiseret" not in text.lower()


def test_the_pseudonymised_agenda_hides_every_name_and_cpr_number() -> None:
    data = render_meeting_agenda(_model(), pseudonymised=True).data
    text = body_text(data) + header_footer_text(data)
    for gone in (
        "Testi",
        "Prøvesen",
        "Maja",
        "Eksempelsen",
        "Ole",
        "Opdigtet",
        "010110-1234",
        "0101101234",
        "020203-4567",
        "0202034567",
        "1.1.2010",
    ):
        assert gone not in text
    for kept in (
        "T.P. (f. 2010)",
        "O.O. (f. 2003)",
        "2026-0042",
        "Niveau 3",
        "pseudonymiseret",
        "Sofie Skole",
    ):
        assert kept in text


def test_the_pseudonymised_agenda_says_it_was_scrubbed_by_machine_and_must_be_read() -> None:
    case = (
        _model()
        .cases[1]
        .model_copy(
            update={
                "summary": "Ole Opdigtets mor (oele.opdigtet@example.dk, +45 12 34 56 78) siger, "
                "at OPDIGTET er født 2. februar 2003 (02.02.03-4567)."
            }
        )
    )
    model = _model().model_copy(update={"cases": (_model().cases[0], case)})
    text = body_text(render_meeting_agenda(model, pseudonymised=True).data)
    assert "Fritekst er renset automatisk" in text
    assert "læs dagsordenen igennem, før den deles" in text
    for gone in ("Opdigtet", "OPDIGTET", "example.dk", "12 34 56 78", "februar", "4567"):
        assert gone not in text
    assert "O. O. mor ([e-mail], [telefon]) siger, at O. er født [fødselsdato]" in text
    assert "renset automatisk" not in body_text(render_meeting_agenda(_model()).data)


def test_minutes_show_the_decision_per_case_and_notes() -> None:
    text = body_text(render_meeting_minutes(_model()).data)
    assert "Testis mentor starter i januar." in text
    assert "Noter til sag 2026-0042: Ringer til Maja." in text
    assert "(ikke udfyldt)" in text  # the second case has no decision yet


def test_the_operative_group_has_no_fixed_legal_basis_line_and_an_empty_agenda_is_marked() -> None:
    model = _model(MeetingKind.OPERATIVE).model_copy(update={"cases": ()})
    text = body_text(render_meeting_agenda(model).data)
    assert "Operativ gruppe" in text
    assert "§ 115" not in text
    assert "der er ingen sager på dagsordenen" in text


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed; CI installs it",
)
def test_meeting_documents_convert_to_pdf(tmp_path: Path) -> None:
    for name, rendered in (
        ("dagsorden.docx", render_meeting_agenda(_model(), pseudonymised=True)),
        ("referat.docx", render_meeting_minutes(_model())),
    ):
        source = tmp_path / name
        save_document(source, rendered.data)
        assert convert_to_pdf(source, out_dir=tmp_path).read_bytes().startswith(b"%PDF")
