"""Rendering a template to .docx bytes in memory, choosing between the shipped template and
a municipality's own, and refusing anything that would make a wrong document.

Nothing is written here: the caller saves the bytes (see :mod:`document_file`), so a
failed rendering never leaves half a file behind. The environment that renders, keeping
what it compiled, is in :mod:`compiling_environment`, imported by the first render.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riskdesk.documents.document_errors import DocumentError
from riskdesk.documents.template_check import check_template, damaged_problem, syntax_problem
from riskdesk.domain.localized import LocalizedText
from riskdesk.shipped_files import templates_dir

if TYPE_CHECKING:
    # python-docx and docxtpl (19 MB resident) are imported by the first render, not
    # with the services: a session that exports nothing never holds them.
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage

SHIPPED_TEMPLATES = templates_dir()
LOGO_HEIGHT_MM = 16
type Image = tuple[bytes, Mm]
"""A picture for a template: PNG bytes and the width to print it at."""


@dataclass(frozen=True)
class RenderedDocument:
    """A finished document. ``notice`` says why a municipality's own template was passed
    over in favour of the shipped one, for the user to see; ``None`` when all went well."""

    data: bytes
    template: Path
    notice: LocalizedText | None = None


@dataclass(frozen=True)
class TemplateChoice:
    path: Path
    notice: LocalizedText | None = None


def choose_template(
    name: str, *, variables: Collection[str], custom_templates: Path | None
) -> TemplateChoice:
    """The municipality's ``custom_templates/name`` when it exists and passes the check,
    else the shipped template, with a notice saying why the custom one was not used."""
    shipped = SHIPPED_TEMPLATES / name
    if custom_templates is None or not (custom_templates / name).exists():
        return TemplateChoice(shipped)
    custom = custom_templates / name
    problem = check_template(custom, variables).message()
    if problem is None:
        return TemplateChoice(custom)
    return TemplateChoice(shipped, _fallback_notice(problem))


def render_document(
    name: str,
    context: Mapping[str, Any],
    *,
    variables: Collection[str],
    logo: Path | None,
    custom_templates: Path | None = None,
    images: Mapping[str, Image | list[Image]] | None = None,
) -> RenderedDocument:
    """Render template ``name`` with ``context`` (plus ``logo``) to .docx bytes.

    Raises :class:`DocumentError` naming the template when it cannot be opened, has a
    Jinja error, uses a field the document does not have, or the logo cannot be read.
    ``images`` are PNG bytes and their width (or a list of them, for a loop), placed where
    the template names them.
    """
    choice = choose_template(name, variables=variables, custom_templates=custom_templates)
    if choice.path.parent != SHIPPED_TEMPLATES:
        try:
            return RenderedDocument(
                render_template(choice.path, context, logo=logo, images=images), choice.path
            )
        except DocumentError as error:
            # A custom template can pass the check and still misspell a field inside a
            # variable; the user gets the standard document and is told why.
            shipped = SHIPPED_TEMPLATES / name
            notice = _fallback_notice(error.message)
            return RenderedDocument(
                render_shipped(shipped, context, variables, logo, images), shipped, notice
            )
    return RenderedDocument(
        render_shipped(choice.path, context, variables, logo, images), choice.path, choice.notice
    )


def render_shipped(
    template: Path,
    context: Mapping[str, Any],
    variables: Collection[str],
    logo: Path | None,
    images: Mapping[str, Image | list[Image]] | None = None,
) -> bytes:
    problem = check_template(template, variables).message()
    if problem is not None:
        raise DocumentError(problem)
    return render_template(template, context, logo=logo, images=images)


def _fallback_notice(problem: LocalizedText) -> LocalizedText:
    return LocalizedText(
        da=f"Kommunens egen skabelon bruges ikke. {problem.da} "
        "RiskDesk bruger sin standardskabelon i stedet.",
        en=f"The municipality's own template is not used. {problem.en} "
        "RiskDesk uses its standard template instead.",
    )


def render_template(
    template: Path,
    context: Mapping[str, Any],
    *,
    logo: Path | None,
    images: Mapping[str, Image | list[Image]] | None = None,
) -> bytes:
    """Render one template file; raises :class:`DocumentError` naming it on any failure."""
    from docxtpl import DocxTemplate, InlineImage
    from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError

    from riskdesk.documents.compiling_environment import RENDERING

    try:
        document = DocxTemplate(template)
        document.init_docx()
    except Exception:
        # As in check_template: every way a package fails to open means "damaged".
        raise DocumentError(damaged_problem(template)) from None
    full = dict(context)
    full["logo"] = _logo(document, logo, template)
    for key, image in (images or {}).items():
        pictures = [
            InlineImage(document, io.BytesIO(data), width=width)
            for data, width in (image if isinstance(image, list) else [image])
        ]
        full[key] = pictures if isinstance(image, list) else pictures[0]
    try:
        document.render(full, RENDERING, autoescape=True)
        buffer = io.BytesIO()
        document.save(buffer)
    except TemplateSyntaxError as error:
        raise DocumentError(syntax_problem(template, error)) from None
    except UndefinedError as error:
        raise DocumentError(
            LocalizedText(
                da="Skabelonen {name} bruger et felt, som dokumentet ikke har: {detail}",
                en="The template {name} uses a field the document does not provide: {detail}",
            ).format(name=template.name, detail=error.message or "-")
        ) from None
    except (TemplateError, SyntaxError, ValueError) as error:
        # A merge code placed inside Word's own markup can produce XML that no longer
        # parses; the template, not the data, is at fault.
        raise DocumentError(
            LocalizedText(
                da="Skabelonen {name} kan ikke flettes: {detail}",
                en="The template {name} cannot be merged: {detail}",
            ).format(name=template.name, detail=type(error).__name__)
        ) from None
    return buffer.getvalue()


def _logo(document: DocxTemplate, logo: Path | None, template: Path) -> InlineImage | str:
    if logo is None:
        return ""
    try:
        data = logo.read_bytes()
    except OSError:
        raise DocumentError(
            LocalizedText(
                da="Kommunens logo {file} kan ikke læses (skabelon {name}).",
                en="The municipality logo {file} cannot be read (template {name}).",
            ).format(file=logo, name=template.name)
        ) from None
    from docx.shared import Mm
    from docxtpl import InlineImage

    return InlineImage(document, io.BytesIO(data), height=Mm(LOGO_HEIGHT_MM))
