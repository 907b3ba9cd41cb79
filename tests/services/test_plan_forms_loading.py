"""The intervention catalogue and release-meeting form load from forms/, and a broken
file is refused naming the file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskdesk.services.instrument_catalogue import FormFileInvalid, default_forms_dir
from riskdesk.services.intervention_catalogue import (
    INTERVENTIONS_FILE,
    load_intervention_catalogue,
)
from riskdesk.services.release_meeting_form import (
    RELEASE_MEETING_FILE,
    load_release_meeting_form,
)


def test_shipped_forms_load() -> None:
    assert load_intervention_catalogue(default_forms_dir()).interventions
    assert load_release_meeting_form(default_forms_dir()).checklist


def test_a_catalogue_naming_an_unknown_domain_is_refused() -> None:
    with pytest.raises(FormFileInvalid) as caught:
        load_intervention_catalogue(default_forms_dir(), known_domains={"family"})
    assert INTERVENTIONS_FILE in str(caught.value)
    assert "education" in str(caught.value)


def test_a_checklist_missing_an_area_is_refused(tmp_path: Path) -> None:
    text = (default_forms_dir() / RELEASE_MEETING_FILE).read_text(encoding="utf-8")
    start = text.index("  - area: housing")
    end = text.index("  - area: income")
    (tmp_path / RELEASE_MEETING_FILE).write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(FormFileInvalid) as caught:
        load_release_meeting_form(tmp_path)
    assert "housing" in str(caught.value)
