"""The Jinja environment documents are rendered in, keeping what it compiled.

A module of its own so that jinja2 (3 MB resident) is imported by the first render, not
with the services: :mod:`docx_rendering` imports this module when it first renders.

docxtpl compiles every part of a template (body, headers, footers) to Jinja on every
render, half of an action plan's rendering; the compiled parts are kept, keyed by their
source, so the same template is compiled once (a changed template has another source).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from jinja2 import StrictUndefined, Template
from jinja2.sandbox import SandboxedEnvironment

# Six documents of a handful of parts each, shipped and the municipality's own.
_KEPT_PARTS = 64


class CompilingOnce(SandboxedEnvironment):
    """The rendering environment of :func:`template_check.jinja_environment` that keeps
    what it compiled from a source string."""

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined)
        self._compiled: OrderedDict[str, Template] = OrderedDict()

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        if not isinstance(source, str) or globals is not None or template_class is not None:
            return super().from_string(source, globals, template_class)
        compiled = self._compiled.get(source)
        if compiled is None:
            compiled = self._compiled[source] = super().from_string(source)
            if len(self._compiled) > _KEPT_PARTS:
                self._compiled.popitem(last=False)
        else:
            self._compiled.move_to_end(source)
        return compiled


RENDERING = CompilingOnce()
