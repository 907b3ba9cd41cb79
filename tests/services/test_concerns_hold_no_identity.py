"""No niveau-1 concern, stored or exported, holds the name or CPR number of anyone in the
vault. Hypothesis draws people from the vault's synthetic population and writes concern
notes about them the way a caseworker might; a note with their CPR number in any spelling
is refused, every other concern is stored, put on a youth-coordination agenda and
sometimes escalated to a case for that very person; then the stored concerns, the CLI's
JSON and the agenda document read back from the .docx name no one."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskdesk.cli.concern_commands import as_json
from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.case import CaseSummary
from riskdesk.domain.concern import AgeBand, ConcernStatus, Sex
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.inquiry import InquirySource
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# What a caseworker writes about a worry, with no one in it.
_FRAGMENTS = [
    "Skolen oplever stort fravær",
    "ses med en ny gruppe ældre unge ved stationen",
    "klubben har set hash",
    "slåskamp i frikvarteret",
    "forældrene er bekymrede",
    "drøftes på næste møde",
    "episode 3.11.2026",
    "ca. 14 år",
]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory, _demo_vault_template: Path) -> Path:
    # One vault for all examples: each example adds to it, as a year of work would.
    import shutil

    from riskdesk.store.key_slots import sidecar_path

    path = tmp_path_factory.mktemp("concerns") / "demo.rdv"
    shutil.copyfile(_demo_vault_template, path)
    shutil.copyfile(sidecar_path(_demo_vault_template), sidecar_path(path))
    return path


@pytest.fixture(scope="module")
def desk(vault: Path) -> Iterator[Desk]:
    with Desk.open(vault, username="koordinator", password=PASSWORD) as opened:
        yield opened


@pytest.fixture(scope="module")
def meeting_id(desk: Desk) -> int:
    meeting = desk.meetings.save(
        Meeting(kind=MeetingKind.YOUTH_COORDINATION, held_on=TODAY, area="Nord")
    )
    assert meeting.id is not None
    return meeting.id


def _docx_text(data: bytes) -> str:
    """Every paragraph of the .docx: body, tables, headers and footers."""
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for part in (section.header, section.footer) for p in part.paragraphs]
    return "\n".join(parts)


def _cpr_spelling(cpr: str, gaps: list[str], script: dict[int, str] | None) -> str:
    digits = cpr.replace("-", "")
    written = f"{digits[:2]}{gaps[0]}{digits[2:4]}{gaps[1]}{digits[4:6]}{gaps[2]}{digits[6:]}"
    return written.translate(script) if script else written


def _identities(desk: Desk) -> list[tuple[list[str], str]]:
    """Every person in the vault: their name parts and CPR digits."""
    people: dict[int, CaseSummary] = {c.person_id: c for c in desk.cases.search()}
    return [
        ([p for p in c.person_name.split() if len(p) > 2], (c.cpr or "").replace("-", ""))
        for c in people.values()
    ]


def _assert_names_no_one(text: str, desk: Desk) -> None:
    digits = re.sub(r"\D", "", text)
    for parts, cpr in _identities(desk):
        for part in parts:
            assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text), part
        if cpr:
            assert cpr not in digits


@settings(
    deadline=None,
    max_examples=25,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    data=st.data(),
    fragments=st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=3),
    topic=st.sampled_from(
        ["school_absence", "new_peer_group", "substance_use", "violence", "radicalisation"]
    ),
    age_band=st.sampled_from(list(AgeBand)),
    sex=st.sampled_from(list(Sex)),
    area=st.sampled_from(["Nord", "Syd", "Øst", "Vest", "Centrum"]),
    source=st.sampled_from(list(InquirySource)),
    with_cpr=st.booleans(),
    escalate=st.integers(min_value=0, max_value=3),
)
def test_no_concern_stored_or_exported_names_anyone_in_the_vault(
    desk: Desk,
    meeting_id: int,
    data: st.DataObject,
    fragments: list[str],
    topic: str,
    age_band: AgeBand,
    sex: Sex,
    area: str,
    source: InquirySource,
    with_cpr: bool,
    escalate: int,
) -> None:
    people = [c for c in desk.cases.search() if c.cpr]
    # An index, not a sample of the list: the list grows as escalations file people.
    someone = people[data.draw(st.integers(min_value=0, max_value=10_000)) % len(people)]
    note = ", ".join(fragments)
    given_concern = {
        "noted_on": TODAY,
        "topic": topic,
        "age_band": age_band.value,
        "sex": sex.value,
        "area": area,
        "source": source.value,
    }
    if with_cpr:
        gaps = data.draw(st.lists(st.sampled_from(["", "-", " ", ".", "/", "–"]), min_size=3))
        script = data.draw(st.sampled_from([None, _FULLWIDTH, _ARABIC_INDIC]))
        written = _cpr_spelling(someone.cpr or "", gaps[:3], script)
        before = len(desk.concerns.list())
        with pytest.raises(UserInputError) as refused:
            desk.concerns.add(**given_concern, note=f"{note} ({written})", today=TODAY)
        assert refused.value.problems[0].field == "note"
        assert "CPR-nummer" in refused.value.text("da")
        assert len(desk.concerns.list()) == before
        return
    concern = desk.concerns.add(**given_concern, note=note, today=TODAY)
    assert concern.id is not None
    desk.concerns.put_on_agenda(concern.id, meeting_id)  # type: ignore[arg-type]
    if escalate == 0:
        seed = data.draw(st.integers(min_value=0, max_value=2**31))
        new = synthetic_records(1, seed=seed, today=TODAY, caseworkers=("koordinator",))[0]
        filed = {c.cpr for c in people}
        if new.person["cpr"] not in filed:
            _, case, escalated = desk.concerns.escalate(
                concern.id,
                person={"name": new.person["name"], "cpr": new.person["cpr"]},
                case={"kind": "individual"},
            )
            assert (escalated.case_id, escalated.status) == (case.id, ConcernStatus.ESCALATED)

    stored = desk.concerns.list()
    _assert_names_no_one(json.dumps([as_json(c) for c in stored], ensure_ascii=False), desk)
    agenda = desk.documents.render(DocumentKind.MEETING_AGENDA, meeting_id, today=TODAY).data
    text = _docx_text(agenda)
    assert f"B-{concern.id}" in text
    _assert_names_no_one(text, desk)
