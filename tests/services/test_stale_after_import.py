"""A person and case moved in from a spreadsheet name their importer as who saved them
last, so a stale save over them says who (not "en kollega")."""

from __future__ import annotations

from pathlib import Path

import pytest

from import_sheets import TODAY, good_rows, write_csv
from riskdesk.domain.record_version import StaleRecord
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def test_a_stale_save_over_an_imported_case_names_the_importer(
    demo_location: Path | str, tmp_path: Path
) -> None:
    with (
        Desk.open(demo_location, username="leder", password=PASSWORD) as importer,
        Desk.open(demo_location, username="koordinator", password=PASSWORD) as other,
    ):
        sheet = importer.imports.read(write_csv(tmp_path / "sager.csv", good_rows(3)))
        report = importer.imports.import_cases(sheet, importer.imports.mapping(sheet), today=TODAY)
        case_id = report.cases[0].id
        assert case_id is not None
        person, case = other.cases.with_person(case_id)
        assert (person.row_version, case.row_version) == (1, 1)

        # A copy older than the import's: refused, naming who wrote what is stored.
        for versions in ({"person_version": 0}, {"case_version": 0}):
            with pytest.raises(StaleRecord) as refused:
                other.cases.update_person_and_case(
                    case_id, person=person.model_dump(), case=case.model_dump(), **versions
                )
            assert refused.value.changed_by == "Lene Leder (leder)"
