"""A municipality's own forms, templates and logo, in a folder outside the installation:
a file there replaces the shipped one of the same name, a new instrument is added, and a
broken one is reported in the words the shipped files are."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind
from riskdesk.services.forms import Forms
from riskdesk.services.municipality_folder import default_municipality_dir, municipality_dir
from riskdesk.services.settings import Settings, load_settings, save_settings
from riskdesk.shipped_files import MUNICIPALITY_DIR_ENV, forms_dir, resources_dir, templates_dir
from vault_fixtures import PASSWORD

MARK = "Kommunens egen skabelon"


def _png(red: int, green: int, blue: int) -> bytes:
    """A valid 1×1 PNG of one colour, so two logos differ in their bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, red, green, blue]))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "kommunens filer"
    for part in ("forms", "templates", "resources"):
        (folder / part).mkdir(parents=True)
    monkeypatch.setenv(MUNICIPALITY_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def own_desk(demo_location: Path | str, own: Path) -> Iterator[Desk]:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as opened:
        yield opened


def _case_with_plan(desk: Desk) -> int:
    for summary in sorted(desk.cases.search(), key=lambda c: c.case_id):
        plan = desk.plans.current(summary.case_id)
        if plan is not None and plan.goals:
            return summary.case_id
    pytest.fail("the demo vault has no plan")


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _images(path: Path) -> list[bytes]:
    document = Document(str(path))
    return [part.blob for part in document.part.package.parts if "image" in part.content_type]


def test_the_folder_is_the_environments_then_the_settings_then_the_users_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(MUNICIPALITY_DIR_ENV, raising=False)
    assert municipality_dir() == default_municipality_dir()
    chosen = tmp_path / "chosen"
    save_settings(Settings(municipality_dir=chosen))
    assert load_settings().municipality_dir == chosen
    assert municipality_dir() == chosen
    monkeypatch.setenv(MUNICIPALITY_DIR_ENV, str(tmp_path / "it"))
    assert municipality_dir() == tmp_path / "it"


def test_an_own_template_replaces_the_shipped_one_in_the_exported_plan(
    own_desk: Desk, own: Path, tmp_path: Path
) -> None:
    template = Document(str(templates_dir() / "handleplan.docx"))
    template.add_paragraph(MARK)
    template.save(str(own / "templates" / "handleplan.docx"))
    out = tmp_path / "plan.docx"

    exported = own_desk.documents.export(DocumentKind.PLAN, _case_with_plan(own_desk), out)

    assert exported.notice is None
    assert MARK in _text(out)


def test_a_broken_own_template_gives_the_shipped_document_and_says_why(
    own_desk: Desk, own: Path, tmp_path: Path
) -> None:
    (own / "templates" / "handleplan.docx").write_bytes(b"not a Word file")
    out = tmp_path / "plan.docx"

    exported = own_desk.documents.export(DocumentKind.PLAN, _case_with_plan(own_desk), out)

    assert exported.notice is not None
    assert "egen skabelon" in exported.notice.da
    assert MARK not in _text(out)
    assert "handleplan" in _text(out).lower()


def test_an_own_logo_named_as_the_shipped_one_is_printed_instead(
    own_desk: Desk, own: Path, tmp_path: Path
) -> None:
    shipped_logo = (resources_dir() / "municipality-logo.png").read_bytes()
    own_logo = _png(200, 16, 46)
    (own / "resources" / "municipality-logo.png").write_bytes(own_logo)
    out = tmp_path / "plan.docx"

    own_desk.documents.export(DocumentKind.PLAN, _case_with_plan(own_desk), out)

    images = _images(out)
    assert own_logo in images
    assert shipped_logo not in images


def test_an_own_municipality_file_names_its_own_logo_beside_it(own: Path) -> None:
    text = (resources_dir() / "municipality.yaml").read_text(encoding="utf-8")
    own_file = text.replace("municipality-logo.png", "vores-logo.png")
    assert own_file != text
    (own / "resources" / "municipality.yaml").write_text(
        own_file.replace("name: Eksempel Kommune", "name: Vores Kommune", 1), encoding="utf-8"
    )
    (own / "resources" / "vores-logo.png").write_bytes(_png(0, 0, 255))

    municipality = Forms().municipality

    assert municipality.name == "Vores Kommune"
    assert municipality.logo == own / "resources" / "vores-logo.png"


def test_an_own_instrument_is_added_and_a_file_of_the_same_name_replaces_the_shipped_one(
    own: Path,
) -> None:
    shipped = (forms_dir() / "riskdesk-youth-v1.yaml").read_text(encoding="utf-8")
    (own / "forms" / "licensed-v1.yaml").write_text(
        shipped.replace("id: riskdesk-youth\n", "id: licensed-youth\n", 1), encoding="utf-8"
    )
    (own / "forms" / "riskdesk-youth-v1.yaml").write_text(
        shipped.replace("version: 1\n", "version: 7\n", 1), encoding="utf-8"
    )

    catalogue = Forms().catalogue

    assert catalogue.failures == ()
    assert catalogue.registry.ids() == ("licensed-youth", "riskdesk-youth")
    assert catalogue.registry.versions("riskdesk-youth") == (7,)


def test_a_broken_own_form_is_named_and_not_replaced_by_the_shipped_one(own: Path) -> None:
    (own / "forms" / "riskdesk-youth-v1.yaml").write_text("kind: instrument\nid: [", "utf-8")

    catalogue = Forms().catalogue

    (failure,) = catalogue.failures
    assert failure.file == own / "forms" / "riskdesk-youth-v1.yaml"
    assert "riskdesk-youth" not in catalogue.registry.ids()


def test_without_an_own_folder_the_shipped_files_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MUNICIPALITY_DIR_ENV, str(tmp_path / "missing"))
    forms = Forms()
    assert forms.catalogue.registry.ids() == ("riskdesk-youth",)
    assert forms.municipality.logo == resources_dir() / "municipality-logo.png"
