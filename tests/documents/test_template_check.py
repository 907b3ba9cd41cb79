"""Templates are checked before use: shipped ones exactly match their documents; a broken
or mismatched one is refused by name, and a municipality's own falls back to the shipped."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document

from riskdesk.documents.access_insight_document import (
    ACCESS_INSIGHT_TEMPLATE,
    ACCESS_INSIGHT_VARIABLES,
)
from riskdesk.documents.document_errors import DocumentError
from riskdesk.documents.document_file import save_document
from riskdesk.documents.docx_rendering import SHIPPED_TEMPLATES, render_template
from riskdesk.documents.meeting_documents import (
    MEETING_AGENDA_TEMPLATE,
    MEETING_AGENDA_VARIABLES,
    MEETING_MINUTES_TEMPLATE,
    MEETING_VARIABLES,
)
from riskdesk.documents.plan_document import PLAN_TEMPLATE, PLAN_VARIABLES, render_plan_document
from riskdesk.documents.plan_document_model import PlanDocumentModel
from riskdesk.documents.release_meeting_documents import (
    AGENDA_TEMPLATE,
    AGENDA_VARIABLES,
    MINUTES_TEMPLATE,
    MINUTES_VARIABLES,
)
from riskdesk.documents.template_check import check_template

pytestmark = pytest.mark.documents

SHIPPED = [
    (PLAN_TEMPLATE, PLAN_VARIABLES),
    (AGENDA_TEMPLATE, AGENDA_VARIABLES),
    (MINUTES_TEMPLATE, MINUTES_VARIABLES),
    (ACCESS_INSIGHT_TEMPLATE, ACCESS_INSIGHT_VARIABLES),
    (MEETING_AGENDA_TEMPLATE, MEETING_AGENDA_VARIABLES),
    (MEETING_MINUTES_TEMPLATE, MEETING_VARIABLES),
]


@pytest.mark.parametrize(("name", "variables"), SHIPPED)
def test_every_shipped_template_uses_exactly_its_variables(
    name: str, variables: frozenset[str]
) -> None:
    check = check_template(SHIPPED_TEMPLATES / name, variables)
    assert check.usable
    assert check.undeclared == frozenset()
    assert check.unused == frozenset()


def test_contexts_provide_exactly_the_declared_variables(plan_model: PlanDocumentModel) -> None:
    from riskdesk.documents.plan_document import plan_context

    assert set(plan_context(plan_model)) | {"logo"} == PLAN_VARIABLES


def _template_with(tmp_path: Path, text: str, name: str = PLAN_TEMPLATE) -> Path:
    document = Document()
    document.add_paragraph(text)
    path = tmp_path / name
    document.save(str(path))
    return path


def test_undeclared_and_unused_variables_are_listed(tmp_path: Path) -> None:
    path = _template_with(tmp_path, "{{ person.name }} {{ favourite_colour }}")
    check = check_template(path, {"person", "plan"})
    assert check.undeclared == {"favourite_colour"}
    assert check.unused == {"plan"}
    assert not check.usable
    message = check.message()
    assert message is not None
    assert PLAN_TEMPLATE in message.da
    assert "favourite_colour" in message.en


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{{ person.name ", "flettekode"),
        ("{% for x in goals %} no end", "flettekode"),
    ],
)
def test_a_jinja_error_is_named(tmp_path: Path, content: str, expected: str) -> None:
    path = _template_with(tmp_path, content)
    check = check_template(path, PLAN_VARIABLES)
    assert check.problem is not None
    assert expected in check.problem.da
    assert PLAN_TEMPLATE in check.problem.da


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / PLAN_TEMPLATE
    path.write_bytes(b"PK\x03\x04 this is not a docx")
    return path


def _no_document_xml(tmp_path: Path) -> Path:
    path = tmp_path / PLAN_TEMPLATE
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return path


@pytest.mark.parametrize("make", [_damaged, _no_document_xml])
def test_a_damaged_file_is_reported_not_raised(tmp_path: Path, make: object) -> None:
    assert callable(make)
    check = check_template(make(tmp_path), PLAN_VARIABLES)
    assert check.problem is not None
    assert "kan ikke åbnes" in check.problem.da


@pytest.mark.parametrize(
    "content",
    ["{{ person.name ", "{{ person.nmae }}", "{{ unknown }}"],
)
def test_rendering_a_broken_template_raises_and_writes_nothing(
    tmp_path: Path, plan_model: PlanDocumentModel, content: str
) -> None:
    from riskdesk.documents.plan_document import plan_context

    template = _template_with(tmp_path, content)
    target = tmp_path / "out" / "handleplan.docx"
    target.parent.mkdir()
    with pytest.raises(DocumentError) as caught:
        save_document(target, render_template(template, plan_context(plan_model), logo=None))
    assert PLAN_TEMPLATE in caught.value.text("da")
    assert PLAN_TEMPLATE in str(caught.value)
    assert list(target.parent.iterdir()) == []


def test_a_damaged_template_raises_when_rendered(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="cannot be opened"):
        render_template(_damaged(tmp_path), {}, logo=None)


def test_a_custom_template_that_passes_is_used(
    tmp_path: Path, plan_model: PlanDocumentModel
) -> None:
    shutil.copy(SHIPPED_TEMPLATES / PLAN_TEMPLATE, tmp_path / PLAN_TEMPLATE)
    rendered = render_plan_document(plan_model, custom_templates=tmp_path)
    assert rendered.template == tmp_path / PLAN_TEMPLATE
    assert rendered.notice is None


@pytest.mark.parametrize("content", ["{{ favourite_colour }}", "{{ person.nmae }}", "{% if %}"])
def test_a_custom_template_that_fails_falls_back_with_a_message(
    tmp_path: Path, plan_model: PlanDocumentModel, content: str
) -> None:
    _template_with(tmp_path, content)
    rendered = render_plan_document(plan_model, custom_templates=tmp_path)
    assert rendered.template == SHIPPED_TEMPLATES / PLAN_TEMPLATE
    assert rendered.notice is not None
    assert "standardskabelon" in rendered.notice.da
    assert PLAN_TEMPLATE in rendered.notice.en
    assert rendered.data.startswith(b"PK")


def test_a_missing_custom_folder_or_file_uses_the_shipped_template_silently(
    tmp_path: Path, plan_model: PlanDocumentModel
) -> None:
    rendered = render_plan_document(plan_model, custom_templates=tmp_path / "none")
    assert rendered.notice is None
    assert rendered.template == SHIPPED_TEMPLATES / PLAN_TEMPLATE
