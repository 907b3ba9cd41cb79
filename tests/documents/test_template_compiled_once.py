"""A template's Jinja is compiled once (documents/docx_rendering.py): the next render of
the same template compiles nothing, and each still holds its own data."""

from __future__ import annotations

import pytest
from docx_text import body_text
from jinja2.sandbox import SandboxedEnvironment

from riskdesk.documents.plan_document import render_plan_document
from riskdesk.documents.plan_document_model import PlanDocumentModel

pytestmark = pytest.mark.documents


def test_the_next_render_compiles_nothing_and_holds_its_own_data(
    plan_model: PlanDocumentModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    render_plan_document(plan_model)
    compiled: list[object] = []
    real = SandboxedEnvironment.compile

    def counted(self: SandboxedEnvironment, *args: object, **kwargs: object) -> object:
        compiled.append(args[0])
        return real(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(SandboxedEnvironment, "compile", counted)
    other = plan_model.model_copy(
        update={"person": plan_model.person.model_copy(update={"name": "Anden Prøveperson"})}
    )
    text = body_text(render_plan_document(other).data)
    assert compiled == []
    assert "Anden Prøveperson" in text
    assert plan_model.person.name not in text
    assert plan_model.person.name in body_text(render_plan_document(plan_model).data)
