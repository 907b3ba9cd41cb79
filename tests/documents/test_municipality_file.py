"""A broken municipality file is named in the reader's language, whole: no English from
pydantic or the YAML parser inside a Danish sentence, and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskdesk.documents.document_errors import DocumentError
from riskdesk.documents.municipality import load_municipality


def _refusal(tmp_path: Path, text: str | bytes) -> DocumentError:
    path = tmp_path / "municipality.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError) as raised:
        load_municipality(path)
    return raised.value


def _danish(error: DocumentError) -> str:
    return error.message.da


def test_a_missing_name_is_named_in_danish(tmp_path: Path) -> None:
    error = _refusal(tmp_path, "unit: Enheden\n")
    assert "name" in _danish(error)
    assert "Field required" not in _danish(error)


def test_an_unknown_key_is_named_in_danish(tmp_path: Path) -> None:
    error = _refusal(tmp_path, "name: Kommune\nunit: Enheden\ncolour: blå\n")
    assert "colour" in _danish(error)
    assert "Extra inputs" not in _danish(error)


def test_a_file_that_is_not_yaml_or_not_utf8_says_so(tmp_path: Path) -> None:
    assert "ikke gyldig YAML" in _danish(_refusal(tmp_path, "name: [unclosed\n"))
    assert "ikke UTF-8" in _danish(_refusal(tmp_path, b"name: K\xf8benhavn\n"))
