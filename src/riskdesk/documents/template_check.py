"""Checking a .docx template before it is used: it must open, its Jinja must parse, and it
may use only the variables its document provides.

Undeclared variables (used but not provided) make a template unusable; unused ones
(provided but not shown) are reported so a municipality sees what its template leaves out.
Attribute typos inside a variable (``person.nmae``) surface when rendering, which is strict.

A template is checked once per content: the result is kept under the SHA-256 of the
file's bytes (with its path and the variables asked about), so rendering the same plan
again does not parse the template's Jinja again (20 ms of a 55 ms render), and a
template changed on disk is checked again before it is used.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.domain.localized import LocalizedText

if TYPE_CHECKING:
    # jinja2 (3 MB resident) is imported by the first check or render, not with the
    # services: a session that exports nothing never holds it.
    from jinja2 import TemplateSyntaxError
    from jinja2.sandbox import SandboxedEnvironment


def jinja_environment() -> SandboxedEnvironment:
    """Autoescaped, so ``&`` and ``<`` in a name stay text; strict, so a misspelt field
    fails loudly instead of printing nothing; sandboxed, as municipalities bring templates."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


@dataclass(frozen=True)
class TemplateCheck:
    template: Path
    undeclared: frozenset[str] = frozenset()
    unused: frozenset[str] = frozenset()
    problem: LocalizedText | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None and not self.undeclared

    def message(self) -> LocalizedText | None:
        """Why the template cannot be used, or ``None`` when it can."""
        if self.problem is not None:
            return self.problem
        if self.undeclared:
            return LocalizedText(
                da="Skabelonen {name} bruger felter, som dokumentet ikke har: {fields}.",
                en="The template {name} uses fields the document does not provide: {fields}.",
            ).format(name=self.template.name, fields=", ".join(sorted(self.undeclared)))
        return None


# Few templates exist (six documents, shipped and the municipality's own); the bound only
# keeps a template edited many times in one session from piling up.
_CHECKED: dict[tuple[Path, str, frozenset[str]], TemplateCheck] = {}
_MAX_CHECKED = 64


def check_template(template: Path, variables: Collection[str]) -> TemplateCheck:
    """Compare the variables ``template`` uses (body, headers and footers) with
    ``variables``. Never raises for a bad template; the problem is in the result."""
    try:
        data = template.read_bytes()
    except OSError:
        return TemplateCheck(template, problem=damaged_problem(template))
    key = (template, hashlib.sha256(data).hexdigest(), frozenset(variables))
    checked = _CHECKED.get(key)
    if checked is None:
        if len(_CHECKED) >= _MAX_CHECKED:
            _CHECKED.clear()
        # Parsed from the bytes hashed, so the result is that content's even if the file
        # changes meanwhile.
        checked = _CHECKED[key] = _check(template, data, key[2])
    return checked


def _check(template: Path, data: bytes, provided: frozenset[str]) -> TemplateCheck:
    from docxtpl import DocxTemplate  # imported by the first check, not with the services
    from jinja2 import TemplateSyntaxError

    try:
        used = DocxTemplate(io.BytesIO(data)).get_undeclared_template_variables(jinja_environment())
    except TemplateSyntaxError as error:
        return TemplateCheck(template, problem=syntax_problem(template, error))
    except Exception:
        # python-docx and lxml fail on a damaged package in many ways (BadZipFile,
        # KeyError, AttributeError, XMLSyntaxError…); to the user they all mean one thing.
        return TemplateCheck(template, problem=damaged_problem(template))
    return TemplateCheck(
        template, undeclared=frozenset(used) - provided, unused=provided - frozenset(used)
    )


def syntax_problem(template: Path, error: TemplateSyntaxError) -> LocalizedText:
    return LocalizedText(
        da="Skabelonen {name} har en fejl i en flettekode: {detail}",
        en="The template {name} has an error in a merge code: {detail}",
    ).format(name=template.name, detail=error.message or type(error).__name__)


def damaged_problem(template: Path) -> LocalizedText:
    return LocalizedText(
        da="Skabelonen {name} kan ikke åbnes; filen mangler eller er ikke et gyldigt "
        "Word-dokument.",
        en="The template {name} cannot be opened; the file is missing or not a valid "
        "Word document.",
    ).format(name=template.name)
