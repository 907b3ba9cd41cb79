"""A template is checked once per content (documents/template_check.py): rendering the
same document again does not parse its Jinja again, and a template changed on disk is
checked again before it is used."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from docxtpl import DocxTemplate

from riskdesk.documents.docx_rendering import SHIPPED_TEMPLATES
from riskdesk.documents.plan_document import PLAN_TEMPLATE, render_plan_document
from riskdesk.documents.plan_document_model import PlanDocumentModel

pytestmark = pytest.mark.documents


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every template check that reads a template's variables, counted (and done)."""
    seen: list[object] = []
    real = DocxTemplate.get_undeclared_template_variables

    def counted(self: DocxTemplate, *args: object, **kwargs: object) -> set[str]:
        seen.append(self)
        return set(real(self, *args, **kwargs))

    monkeypatch.setattr(DocxTemplate, "get_undeclared_template_variables", counted)
    return seen


def test_rendering_again_does_not_check_the_template_again(
    tmp_path: Path, plan_model: PlanDocumentModel, checks: list[object]
) -> None:
    shutil.copy(SHIPPED_TEMPLATES / PLAN_TEMPLATE, tmp_path / PLAN_TEMPLATE)
    assert render_plan_document(plan_model, custom_templates=tmp_path).notice is None
    render_plan_document(plan_model)
    first = len(checks)
    for _ in range(3):
        assert render_plan_document(plan_model, custom_templates=tmp_path).notice is None
        render_plan_document(plan_model)
    assert len(checks) == first


def test_a_template_changed_on_disk_is_checked_again(
    tmp_path: Path, plan_model: PlanDocumentModel, checks: list[object]
) -> None:
    custom = tmp_path / PLAN_TEMPLATE
    shutil.copy(SHIPPED_TEMPLATES / PLAN_TEMPLATE, custom)
    assert render_plan_document(plan_model, custom_templates=tmp_path).template == custom
    document = Document()
    document.add_paragraph("{{ favourite_colour }}")
    document.save(str(custom))
    rendered = render_plan_document(plan_model, custom_templates=tmp_path)
    assert rendered.template == SHIPPED_TEMPLATES / PLAN_TEMPLATE
    assert rendered.notice is not None
    assert "favourite_colour" in rendered.notice.en
    shutil.copy(SHIPPED_TEMPLATES / PLAN_TEMPLATE, custom)
    assert render_plan_document(plan_model, custom_templates=tmp_path).template == custom
