"""What ``riskdesk --version`` and Help → About report: the version, the schema revision,
and the instruments and templates in use, shipped or the municipality's own."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from docx import Document

from riskdesk import __version__
from riskdesk.services.forms import Forms
from riskdesk.services.version_report import TEMPLATE_VARIABLES, version_report
from riskdesk.shipped_files import MUNICIPALITY_DIR_ENV, forms_dir, templates_dir
from riskdesk.store.migrate import head_revision


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
