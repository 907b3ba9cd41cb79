"""The demo makes its assessments a chunk at a time and imports each chunk before making
the next (demo/demo_vault.py): made all at once, every draft was held until the last was
imported, most of a 100,000-person build's peak memory. The chunks are the ones the
whole list was cut into, so the vault is the same."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import riskdesk.demo.demo_vault as demo_vault
from riskdesk.services.assessment_service import AssessmentService
from vault_fixtures import CHEAP_KDF, PASSWORD


def test_each_chunk_is_imported_before_the_next_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = 0
    at_import: list[tuple[int, int]] = []
    draft = demo_vault.synthetic_draft
    import_assessments = AssessmentService.import_assessments

    def counted_draft(*args: Any, **kwargs: Any) -> Any:
        nonlocal made
        made += 1
        return draft(*args, **kwargs)

    def counted_import(self: AssessmentService, entries: Any) -> int:
        at_import.append((made, len(entries)))
        return import_assessments(self, entries)

    monkeypatch.setattr(demo_vault, "CHUNK", 5)
    monkeypatch.setattr(demo_vault, "synthetic_draft", counted_draft)
    monkeypatch.setattr(AssessmentService, "import_assessments", counted_import)
    demo_vault.create_demo_vault(
        tmp_path / "demo.rdv",
        persons=60,
        seed=4,
        password=PASSWORD,
        kdf_cost=CHEAP_KDF,
        today=date(2026, 11, 21),
    )
    assert len(at_import) > 2
    assert all(size <= 5 for _, size in at_import)
    assert sum(size for _, size in at_import[:-1]) == 5 * (len(at_import) - 1)
    # A chunk holds at most five entries, so at most five drafts are made before it.
    first_drafts_made, _ = at_import[0]
    assert first_drafts_made <= 5
    assert made > 5
