"""Problems the user can fix, carried from the core to the GUI and CLI in both languages,
each pointing at the field it is about by a typed path (``("goals", 0, "actions", 1,
"what")``), so a GUI can route it to the widget that shows that field."""

from __future__ import annotations

from collections.abc import Sequence

from riskdesk.domain.localized import DEFAULT_LANGUAGE, Language, LocalizedText

type FieldPath = tuple[str | int, ...]
"""Where a problem is: names of fields and positions in lists, outermost first. The empty
path means the whole thing."""


def parse_path(field: str) -> FieldPath:
    """``"goals.0.actions.1.what"`` as ``("goals", 0, "actions", 1, "what")``."""
    if not field:
        return ()
    return tuple(int(part) if part.isdigit() else part for part in field.split("."))


def dotted(path: FieldPath) -> str:
    return ".".join(str(part) for part in path)


class Problem:
    """One thing wrong with the input; :attr:`path` says where, :attr:`message` what to fix.

    Built from a dotted name (``Problem("person.name", …)``) or a path tuple."""

    __slots__ = ("message", "path")

    def __init__(self, field: str | Sequence[str | int], message: LocalizedText) -> None:
        self.path: FieldPath = parse_path(field) if isinstance(field, str) else tuple(field)
        self.message = message

    @property
    def field(self) -> str:
        """The path as a dotted name, as the CLI and JSON output show it."""
        return dotted(self.path)

    def within(self, *prefix: str | int) -> Problem:
        """The same problem one level down: inside ``prefix`` of a bigger form."""
        return Problem((*prefix, *self.path), self.message)

    def under(self, *prefix: str | int) -> bool:
        """Whether the problem lies inside ``prefix`` (or is exactly there)."""
        return self.path[: len(prefix)] == prefix

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        return self.message.text(language)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))

    def __repr__(self) -> str:
        return f"Problem({self.field!r}, {self.message.en!r})"
