"""What ``riskdesk --version`` and Help → About report: the version, the schema revision,
and the instruments and templates in use, shipped or the municipality's own."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from riskdesk import __version__
from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.services.desk import Desk
from riskdesk.services.forms import Forms
from riskdesk.services.version_report import TEMPLATE_VARIABLES, version_report
from riskdesk.shipped_files import MUNICIPALITY_DIR_ENV, forms_dir, templates_dir
from riskdesk.store.migrate import head_revision
from vault_fixtures import PASSWORD


@pytest.fixture
def own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "own"
    for part in ("forms", "templates", "resources"):
        (folder / part).mkdir(parents=True)
    monkeypatch.setenv(MUNICIPALITY_DIR_ENV, str(folder))
    return folder


def test_every_shipped_template_is_reported_and_nothing_else() -> None:
    shipped = {path.name for path in templates_dir().glob("*.docx")}
    assert set(TEMPLATE_VARIABLES) == shipped


def test_the_shipped_files_are_reported_with_their_hashes(own: Path) -> None:
    report = version_report()

    assert report.version == __version__
    assert report.schema_revision == head_revision()
    (instrument,) = report.instruments
    assert (instrument.id, instrument.version) == ("riskdesk-youth", 1)
    assert (instrument.file, instrument.own) == ("riskdesk-youth-v1.yaml", False)
    assert report.instrument_failures == ()
    for template in report.templates:
        digest = hashlib.sha256((templates_dir() / template.name).read_bytes()).hexdigest()
        assert template.version == digest[:12]
        assert not template.own
    assert report.municipality_dir == own


def test_the_municipalitys_own_files_are_reported_as_its_own(own: Path) -> None:
    plan = Document(str(templates_dir() / "handleplan.docx"))
    plan.add_paragraph("Vores version")
    plan.save(str(own / "templates" / "handleplan.docx"))
    (own / "templates" / "moede-referat.docx").write_bytes(b"no Word file")
    shipped = (forms_dir() / "riskdesk-youth-v1.yaml").read_text(encoding="utf-8")
    (own / "forms" / "licensed-v2.yaml").write_text(
        shipped.replace("id: riskdesk-youth\n", "id: licensed\n").replace(
            "version: 1\n", "version: 2\n"
        ),
        encoding="utf-8",
    )

    report = version_report()

    by_name = {template.name: template for template in report.templates}
    own_plan = hashlib.sha256((own / "templates" / "handleplan.docx").read_bytes()).hexdigest()
    assert by_name["handleplan.docx"].version == own_plan[:12]
    assert by_name["handleplan.docx"].own
    assert not by_name["moede-referat.docx"].own
    assert by_name["moede-referat.docx"].own_passed_over
    licensed = next(i for i in report.instruments if i.id == "licensed")
    assert (licensed.version, licensed.file, licensed.own) == (2, "licensed-v2.yaml", True)


def test_broken_level_rules_leave_no_instrument_and_are_named(own: Path) -> None:
    (own / "forms" / "level-rules.yaml").write_text("levels: [", encoding="utf-8")

    report = version_report(Forms())

    assert report.instruments == ()
    assert report.instrument_failures == ("level-rules.yaml",)
    assert len(report.templates) == len(TEMPLATE_VARIABLES)


def test_an_approved_plan_is_frozen_with_the_template_about_names(
    demo_location: Path | str, own: Path
) -> None:
    template = Document(str(templates_dir() / "handleplan.docx"))
    template.add_paragraph("Vores handleplan")
    template.save(str(own / "templates" / "handleplan.docx"))
    goal = PlanGoal(
        need_area=NeedArea.EDUCATION,
        text="Går i skole hver dag",
        actions=(
            PlanAction(
                what="Skolemøde",
                responsible=Responsible.SCHOOL,
                due=date(2026, 12, 1),
                success_criterion="Skema aftalt",
            ),
        ),
    )
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        case_id = next(
            c.case_id
            for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
            if c.status is CaseStatus.OPEN
            and c.kind is not CaseKind.RELEASE
            and desk.plans.current(c.case_id) is None
        )
        desk.plans.save(
            case_id,
            ActionPlan(
                made_on=date(2026, 11, 1), goals=(goal,), follow_up_dates=(date(2027, 2, 1),)
            ),
        )
        plan_id = desk.review.current_plan_id(case_id)
        assert plan_id is not None
        desk.review.submit(plan_id)

    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        desk.review.approve(plan_id, PASSWORD)
        frozen = desk.review.frozen_document(plan_id)
        report = desk.versions.report()

    assert frozen is not None
    (plan,) = [t for t in report.templates if t.name == "handleplan.docx"]
    assert plan.own
    assert frozen.template_sha256.startswith(plan.version)
    text = [p.text for p in Document(io.BytesIO(frozen.data)).paragraphs]
    assert "Vores handleplan" in text
