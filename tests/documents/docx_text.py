"""Reading a generated .docx back as plain text, the way a reader would see it."""

from __future__ import annotations

import io
from collections.abc import Iterator

from docx import Document
from docx.table import Table


def _table_text(table: Table) -> Iterator[str]:
    for row in table.rows:
        for cell in row.cells:
            yield cell.text
            for inner in cell.tables:
                yield from _table_text(inner)


def body_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(_table_text(table))
    return "\n".join(parts)


def header_footer_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer):
            parts.extend(p.text for p in part.paragraphs)
            for table in part.tables:
                parts.extend(_table_text(table))
    return "\n".join(parts)


def table_rows(data: bytes) -> list[list[str]]:
    document = Document(io.BytesIO(data))
    return [[c.text for c in row.cells] for table in document.tables for row in table.rows]
