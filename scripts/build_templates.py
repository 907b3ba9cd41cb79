"""Build the shipped Word templates (and the placeholder logo) from code, so they can be
rebuilt and reviewed as a diff: ``python scripts/build_templates.py`` (``make templates``).

The templates use docxtpl's Jinja tags: ``{{ … }}`` for text, ``{%p … %}`` for a tag that
takes a whole paragraph, ``{%tr … %}`` for one that takes a whole table row, and
``{% cellbg … %}`` for a cell's shading (the four-domain bars). A municipality can copy a
generated file, restyle it in Word and put it in its own templates folder.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "riskdesk"
TEMPLATES = PACKAGE / "templates"
RESOURCES = PACKAGE / "resources"
PLACEHOLDER_LOGO = RESOURCES / "municipality-logo.png"

FONT = "Arial"
HEADING_FILL = "D9D9D9"
TEXT_WIDTH = Cm(17)
NOT_FILLED = "(ikke udfyldt)"


# --- placeholder logo --------------------------------------------------------------------


def write_png(
    path: Path, width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int, int]]
) -> None:
    """A minimal RGBA PNG writer, so the placeholder logo needs no imaging library."""
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def placeholder_logo(x: int, y: int) -> tuple[int, int, int, int]:
    """A neutral grey shield with a white tower: clearly a stand-in, not any real crest."""
    size = 160
    cx = size / 2
    in_shield = 16 <= y <= 150 and abs(x - cx) <= 60 * (1 if y < 96 else (150 - y) / 54)
    if not in_shield:
        return (255, 255, 255, 0)
    tower = abs(x - cx) <= 18 and 52 <= y <= 118
    battlements = 40 <= y < 52 and abs(x - cx) <= 26 and int((x - cx + 26) // 10) % 2 == 0
    if tower or battlements:
        return (255, 255, 255, 255)
    return (96, 108, 118, 255)


# --- document helpers --------------------------------------------------------------------


def new_document() -> DocumentType:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.6)
    section.header_distance = section.footer_distance = Cm(0.8)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for name, size in (("Title", 18), ("Heading 1", 13), ("Heading 2", 11)):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
        style.paragraph_format.space_before = Pt(10 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
    return document


def add_field(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when laying out."""
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None)):
        run = paragraph.add_run()
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    paragraph.add_run("1")
    end = paragraph.add_run()
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), "end")
    end._r.append(element)


def remove_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def set_widths(table: Table, widths: list[float]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def keep_row(row: _Row, *, height_cm: float | None = None, header: bool = False) -> None:
    """Rows never split across pages; a header row repeats on every page."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))
    if height_cm is not None:
        row.height = Cm(height_cm)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def write(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False) -> Paragraph:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    paragraph.paragraph_format.space_after = Pt(0)
    return paragraph


def tag(document: DocumentType, text: str) -> None:
    """A paragraph holding only a ``{%p … %}`` tag; docxtpl removes it when rendering."""
    document.add_paragraph(text)


def header_footer(
    document: DocumentType,
    title: str,
    *,
    subject: str = "{{ person.name }}",
    reference: str = "Sagsnr. {{ case.number }}",
) -> None:
    section = document.sections[0]
    header = section.header
    # The header starts with the logo table, not with python-docx's empty paragraph.
    header._element.remove(header.paragraphs[0]._p)
    table = header.add_table(rows=1, cols=2, width=TEXT_WIDTH)
    remove_borders(table)
    set_widths(table, [5, 12])
    logo, text = table.rows[0].cells
    write(logo, "{{ logo }}")
    lines = text.paragraphs[0]
    lines.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    lines.add_run("{{ municipality.name }}").bold = True
    lines.add_run("\n{{ municipality.unit }}")
    marking = lines.add_run("\nFORTROLIGT")
    marking.bold = True
    marking.font.size = Pt(11)
    case_line = header.add_paragraph()
    case_line.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    case_line.add_run(f"{title} · {subject}").font.size = Pt(8)
    case_line.add_run(f"\t{reference}").font.size = Pt(8)
    bottom = OxmlElement("w:pBdr")
    line = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "808080")):
        line.set(qn(key), value)
    bottom.append(line)
    case_line._p.get_or_add_pPr().append(bottom)

    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    for text_part in (
        "Fortroligt – indeholder oplysninger om strafbare forhold. Udskrevet {{ printed_on }}.",
        "\tSide ",
    ):
        footer.add_run(text_part).font.size = Pt(8)
    add_field(footer, "PAGE")
    footer.add_run(" af ").font.size = Pt(8)
    add_field(footer, "NUMPAGES")
    for run in footer.runs:
        run.font.size = Pt(8)


def key_value_table(document: DocumentType, rows: list[tuple[str, str]]) -> Table:
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row, (label, value) in zip(table.rows, rows, strict=True):
        shade(row.cells[0], HEADING_FILL)
        write(row.cells[0], label, bold=True)
        write(row.cells[1], value)
        keep_row(row)
    set_widths(table, [5, 12])
    return table


def loop_table(
    document: DocumentType,
    *,
    headers: list[str],
    cells: list[str],
    loop: str,
    widths: list[float],
    empty: str | None = None,
) -> Table:
    """A table with a header row and one row per item of ``loop`` (``for x in xs``).
    ``empty`` is a Jinja test; when it holds, one row shows the "ikke udfyldt" marker."""
    extra = 3 if empty else 0
    table = document.add_table(rows=4 + extra, cols=len(headers))
    table.style = "Table Grid"
    head, start, body, end = table.rows[:4]
    for cell, text in zip(head.cells, headers, strict=True):
        shade(cell, HEADING_FILL)
        write(cell, text, bold=True)
    keep_row(head, header=True)
    write(start.cells[0], f"{{%tr {loop} %}}")
    for cell, text in zip(body.cells, cells, strict=True):
        write(cell, text)
    keep_row(body)
    write(end.cells[0], "{%tr endfor %}")
    if empty:
        open_if, marker, close_if = table.rows[4:]
        write(open_if.cells[0], f"{{%tr if {empty} %}}")
        merged = marker.cells[0].merge(marker.cells[-1])
        write(merged, NOT_FILLED, italic=True)
        write(close_if.cells[0], "{%tr endif %}")
    set_widths(table, widths)
    return table


def note_lines(document: DocumentType, label: str, *, height_cm: float) -> None:
    """A ruled box to write in by hand."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    write(table.rows[0].cells[0], label, italic=True)
    keep_row(table.rows[0], height_cm=height_cm)
    set_widths(table, [17])


def disclaimer(document: DocumentType, text: str) -> None:
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    shade(table.rows[0].cells[0], "F2F2F2")
    write(table.rows[0].cells[0], text, italic=True)
    set_widths(table, [17])


def spacer(document: DocumentType) -> None:
    document.add_paragraph().paragraph_format.space_after = Pt(2)


def title_block(document: DocumentType, title: str, subtitle: str) -> None:
    document.add_paragraph(title, style="Title")
    document.add_paragraph(subtitle).runs[0].italic = True


# --- the action plan ---------------------------------------------------------------------


def build_plan() -> DocumentType:
    document = new_document()
    header_footer(document, "Kriminalpræventiv handleplan")
    title_block(
        document,
        "Kriminalpræventiv handleplan",
        "Version {{ plan.version }} · udarbejdet {{ plan.made_on }} · {{ plan.shared }}",
    )

    document.add_heading("1. Borger og sag", level=1)
    key_value_table(
        document,
        [
            ("Navn", "{{ person.name }}"),
            ("CPR-nummer", "{{ person.cpr }}"),
            ("Fødselsdato", "{{ person.birth_date }}"),
            ("Adresse", "{{ person.address }}"),
            ("Forældremyndighed", "{{ person.guardians }}"),
            ("Sagsnummer", "{{ case.number }}"),
            ("Sagsniveau", "{{ case.level }}"),
            ("Sagstype", "{{ case.kind }}"),
            ("Sagsbehandler", "{{ case.caseworker }}"),
            ("Mentor", "{{ plan.mentor }}"),
        ],
    )

    document.add_heading("2. Risikovurdering og behovsafklaring", level=1)
    tag(document, "{%p if assessment %}")
    key_value_table(
        document,
        [
            ("Instrument", "{{ assessment.instrument }}"),
            ("Vurderet", "{{ assessment.assessed_on }}"),
            ("Samlet score", "{{ assessment.total }}"),
            ("Beregnet risiko", "{{ assessment.band }}"),
            ("Gældende risiko", "{{ assessment.final_band }}"),
            ("Begrundelse for ændring", "{{ assessment.override_reason }}"),
            ("Sagsniveau", "{{ assessment.level }}"),
            ("Hvorfor dette niveau", "{{ assessment.level_reason }}"),
        ],
    )
    document.add_heading("Områder i vurderingen", level=2)
    loop_table(
        document,
        headers=["Område", "Score", "Vurdering", "Styrke"],
        cells=["{{ d.name }}", "{{ d.score }}", "{{ d.rating }}", "{{ d.strength }}"],
        loop="for d in assessment.domains",
        widths=[8, 3, 3.5, 2.5],
    )
    document.add_heading("De fire risikodomæner", level=2)
    profile_table(document)
    tag(document, "{%p for p in assessment.profile %}")
    factors = document.add_paragraph()
    factors.add_run("{{ p.title }}: ").bold = True
    factors.add_run("{{ p.factors }}")
    tag(document, "{%p endfor %}")
    strengths = document.add_paragraph()
    strengths.add_run("Styrker: ").bold = True
    strengths.add_run("{{ assessment.strengths }}")
    responsivity = document.add_paragraph()
    responsivity.add_run("Hvordan der skal arbejdes (responsivitet): ").bold = True
    responsivity.add_run("{{ assessment.responsivity }}")
    disclaimer(document, "{{ assessment.disclaimer }}")
    tag(document, "{%p else %}")
    document.add_paragraph(
        f"Risikovurdering: {NOT_FILLED} – der er ingen afsluttet vurdering til denne plan."
    ).runs[0].italic = True
    tag(document, "{%p endif %}")

    document.add_heading("3. Mål og handlinger", level=1)
    tag(document, "{%p if not goals %}")
    document.add_paragraph(f"Mål: {NOT_FILLED} – planen har endnu ingen mål.").runs[0].italic = True
    tag(document, "{%p endif %}")
    tag(document, "{%p for goal in goals %}")
    document.add_heading("Mål {{ loop.index }}: {{ goal.area }}", level=2)
    goal_text = document.add_paragraph()
    goal_text.add_run("Mål: ").bold = True
    goal_text.add_run("{{ goal.text }}")
    goal_text.paragraph_format.keep_with_next = True
    loop_table(
        document,
        headers=["Handling", "Ansvarlig", "Frist", "Status", "Succeskriterium"],
        cells=[
            "{{ a.what }}",
            "{{ a.owner }}",
            "{{ a.due }}",
            "{{ a.status }}",
            "{{ a.criterion }}",
        ],
        loop="for a in goal.actions",
        widths=[5, 3.5, 2.7, 2, 3.8],
        empty="not goal.actions",
    )
    tag(document, "{%p endfor %}")

    document.add_heading("4. Borgerens og forældrenes perspektiv", level=1)
    view = document.add_paragraph()
    view.add_run("Borgerens egen vurdering: ").bold = True
    view.add_run("{{ plan.citizen_view }}")
    tag(document, "{%p if plan.show_parents_view %}")
    parents = document.add_paragraph()
    parents.add_run("Forældrenes vurdering: ").bold = True
    parents.add_run("{{ plan.parents_view }}")
    tag(document, "{%p endif %}")
    agreement = document.add_paragraph()
    agreement.add_run("Tilslutning: ").bold = True
    agreement.add_run("{{ plan.agreement }}")
    tag(document, "{%p if plan.agreement_note %}")
    document.add_paragraph("{{ plan.agreement_note }}")
    tag(document, "{%p endif %}")

    document.add_heading("5. Samarbejde og hjemmel", level=1)
    loop_table(
        document,
        headers=["Samarbejdspartner", "Kontaktperson", "Samtykke til videregivelse"],
        cells=["{{ p.organisation }}", "{{ p.name }}", "{{ p.consent }}"],
        loop="for p in partners",
        widths=[6, 6, 5],
        empty="not partners",
    )
    basis = document.add_paragraph()
    basis.paragraph_format.space_before = Pt(6)
    basis.add_run("Hjemmel til videregivelse: ").bold = True
    basis.add_run("{{ plan.legal_basis }}")
    tag(document, "{%p if plan.legal_basis_note %}")
    document.add_paragraph("{{ plan.legal_basis_note }}")
    tag(document, "{%p endif %}")

    document.add_heading("6. Opfølgning", level=1)
    follow = document.add_paragraph()
    follow.add_run("Opfølgningsdatoer: ").bold = True
    follow.add_run("{{ plan.follow_ups }}")
    tag(document, "{%p if plan.overdue %}")
    late = document.add_paragraph()
    late.add_run("Overskredne handlinger: {{ plan.overdue }}").bold = True
    tag(document, "{%p endif %}")

    document.add_heading("7. Godkendelse", level=1)
    tag(document, "{%p if approval %}")
    approved = document.add_paragraph()
    approved.add_run("Godkendt af ").bold = True
    approved.add_run("{{ approval.by }} den {{ approval.on }}.")
    tag(document, "{%p if approval.comment %}")
    document.add_paragraph("{{ approval.comment }}")
    tag(document, "{%p endif %}")
    tag(document, "{%p else %}")
    document.add_paragraph(f"Godkendelse: {NOT_FILLED} – planen er ikke godkendt af leder.").runs[
        0
    ].italic = True
    tag(document, "{%p endif %}")
    return document


def profile_table(document: DocumentType) -> None:
    """The four-domain profile as a bar chart made of table cells: ten narrow cells per
    domain, shaded in proportion to the factors present. It prints sharply in black and
    white, needs no image library, and the numbers stand beside it for screen readers."""
    cells = 10
    headers = ["Domæne", *([""] * cells), "Faktorer", "Vurdering"]
    table = document.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    head, start, body, end = table.rows
    for cell, text in zip(head.cells, headers, strict=True):
        shade(cell, HEADING_FILL)
        write(cell, text, bold=True)
    merged = head.cells[1].merge(head.cells[cells])
    merged.paragraphs[0].runs[0].text = "Andel af faktorer til stede"
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    keep_row(head, header=True)
    write(start.cells[0], "{%tr for p in assessment.profile %}")
    write(body.cells[0], "{{ p.title }}")
    for index in range(cells):
        write(body.cells[1 + index], f"{{% cellbg p.bar[{index}] %}}")
    write(body.cells[cells + 1], "{{ p.count }}")
    write(body.cells[cells + 2], "{{ p.rating }}")
    keep_row(body, height_cm=0.6)
    write(end.cells[0], "{%tr endfor %}")
    set_widths(table, [4.5, *([0.7] * cells), 2.5, 3])


# --- the release meeting -----------------------------------------------------------------


def meeting_facts(document: DocumentType, *, minutes: bool) -> None:
    rows = [
        ("Borger", "{{ person.name }}"),
        ("CPR-nummer", "{{ person.cpr }}"),
        ("Sagsnummer", "{{ case.number }}"),
        ("Institution", "{{ meeting.prison }}"),
        ("Indsat", "{{ meeting.admitted_on }}"),
        ("Prøveløsladelse", "{{ meeting.parole_on }}"),
        ("Forventet løsladelse", "{{ meeting.expected_release }}"),
        ("Mødedato", "{{ meeting.meeting_on }}"),
        ("Sted", "{{ meeting.place }}"),
        ("Koordinator", "{{ case.caseworker }}"),
    ]
    if minutes:
        rows += [
            ("Vilkår", "{{ meeting.conditions }}"),
            ("Tilsyn", "{{ meeting.supervision }}"),
        ]
    key_value_table(document, rows)


def deadlines(document: DocumentType) -> None:
    document.add_heading("Frister: Køreplan for God Løsladelse og lokal praksis", level=2)
    tag(document, "{%p if deadlines %}")
    loop_table(
        document,
        headers=["Milepæl", "Kilde", "Ansvarlig", "Senest", "Status"],
        cells=["{{ d.label }}", "{{ d.source }}", "{{ d.owner }}", "{{ d.due }}", "{{ d.status }}"],
        loop="for d in deadlines",
        widths=[5.0, 2.3, 4.1, 2.5, 3.1],
    )
    tag(document, "{%p else %}")
    document.add_paragraph(
        f"Forventet løsladelse: {NOT_FILLED} – fristerne kan ikke beregnes."
    ).runs[0].italic = True
    tag(document, "{%p endif %}")


def readiness_line(document: DocumentType, label: str) -> None:
    line = document.add_paragraph()
    line.paragraph_format.space_before = Pt(6)
    line.add_run(label).bold = True
    line.add_run(
        "{{ readiness.in_place }} på plads · {{ readiness.in_progress }} i gang · "
        "{{ readiness.missing }} mangler."
    )
    missing = document.add_paragraph()
    missing.add_run("Mangler: ").bold = True
    missing.add_run("{{ readiness.missing_list }}")
    going = document.add_paragraph()
    going.add_run("I gang: ").bold = True
    going.add_run("{{ readiness.in_progress_list }}")


def build_agenda() -> DocumentType:
    document = new_document()
    header_footer(document, "Dagsorden, løsladelsesmøde")
    title_block(
        document,
        "Dagsorden – løsladelsesmøde",
        "Udskrevet {{ printed_on }} til brug på mødet. Skriv noter og aftaler direkte på arket.",
    )
    meeting_facts(document, minutes=False)
    deadlines(document)
    readiness_line(document, "Status før mødet: ")

    document.add_heading("Deltagere", level=2)
    participants = loop_table(
        document,
        headers=["Navn", "Rolle", "Organisation", "Til stede"],
        cells=["{{ p.name }}", "{{ p.role }}", "{{ p.organisation }}", ""],
        loop="for p in participants",
        widths=[5, 4.5, 5, 2.5],
    )
    for _ in range(2):
        keep_row(participants.add_row(), height_cm=0.8)

    document.add_heading("Punkter", level=1)
    intro = agenda_item(document, "1. Velkomst, formål og hvem gør hvad i dag")
    write(intro.rows[1].cells[0], "Borgerens egne ønsker for tiden efter løsladelsen.", italic=True)
    tag(document, "{%p for item in checklist %}")
    item = agenda_item(document, "{{ item.number }}. {{ item.label }}")
    write(item.rows[1].cells[0], "{{ item.prompt }}", italic=True)
    status = item.rows[2].cells[0].paragraphs[0]
    status.add_run("Før mødet: ").bold = True
    status.add_run("{{ item.status }} · ansvarlig: {{ item.owner }}")
    status.add_run("{% if item.note %} · {{ item.note }}{% endif %}")
    tag(document, "{%p endfor %}")

    document.add_heading("Beslutninger – hvem gør hvad, hvornår", level=1)
    decisions = document.add_table(rows=1, cols=4)
    decisions.style = "Table Grid"
    for cell, text in zip(
        decisions.rows[0].cells, ["Hvad", "Hvem", "Frist", "Punkt nr."], strict=True
    ):
        shade(cell, HEADING_FILL)
        write(cell, text, bold=True)
    keep_row(decisions.rows[0], header=True)
    for _ in range(8):
        keep_row(decisions.add_row(), height_cm=0.9)
    set_widths(decisions, [8, 4, 2.5, 2.5])

    document.add_heading("Næste møde", level=1)
    note_lines(document, "Dato, tid og sted:", height_cm=1.5)
    return document


def agenda_item(document: DocumentType, heading: str) -> Table:
    """One point: heading, prompt, status before the meeting, and room for notes."""
    table = document.add_table(rows=4, cols=1)
    table.style = "Table Grid"
    shade(table.rows[0].cells[0], HEADING_FILL)
    write(table.rows[0].cells[0], heading, bold=True)
    for row in table.rows:
        keep_row(row)
    write(table.rows[3].cells[0], "Noter:", italic=True)
    table.rows[3].height = Cm(3.2)
    table.rows[3].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    # Keep the heading, prompt and status with the notes box on one page.
    for row in table.rows[:3]:
        row.cells[0].paragraphs[0].paragraph_format.keep_with_next = True
    set_widths(table, [17])
    spacer(document)
    return table


def build_minutes() -> DocumentType:
    document = new_document()
    header_footer(document, "Referat, løsladelsesmøde")
    title_block(document, "Referat – løsladelsesmøde", "Referat udskrevet {{ printed_on }}")
    meeting_facts(document, minutes=True)

    document.add_heading("Deltagere", level=2)
    loop_table(
        document,
        headers=["Navn", "Rolle", "Organisation"],
        cells=["{{ p.name }}", "{{ p.role }}", "{{ p.organisation }}"],
        loop="for p in participants",
        widths=[6, 5.5, 5.5],
        empty="not participants",
    )
    deadlines(document)

    document.add_heading("Tjekliste for løsladelsen", level=1)
    readiness_line(document, "Parathed: ")
    loop_table(
        document,
        headers=["Nr.", "Punkt", "Status", "Ansvarlig", "Note"],
        cells=[
            "{{ i.number }}",
            "{{ i.label }}",
            "{{ i.status }}",
            "{{ i.owner }}",
            "{{ i.note }}",
        ],
        loop="for i in checklist",
        # Wide enough for "Den Kriminalpræventive Enhed" on one line.
        widths=[0.9, 4.6, 1.9, 5.6, 4.0],
    )

    document.add_heading("Beslutninger – hvem gør hvad, hvornår", level=1)
    loop_table(
        document,
        headers=["Hvad", "Hvem", "Frist", "Punkt"],
        cells=["{{ d.what }}", "{{ d.owner }}", "{{ d.due }}", "{{ d.area }}"],
        loop="for d in decisions",
        widths=[5.5, 5.2, 2.3, 4],
        empty="not decisions",
    )

    document.add_heading("Næste møde", level=1)
    next_meeting = document.add_paragraph()
    next_meeting.add_run("Dato: ").bold = True
    next_meeting.add_run("{{ meeting.next_meeting_on }}")
    tag(document, "{%p if meeting.notes %}")
    document.add_heading("Øvrige noter", level=2)
    document.add_paragraph("{{ meeting.notes }}")
    tag(document, "{%p endif %}")
    return document


# --- SSP, KSP, PSP, operative group and coordination meetings ---------------------------


def meeting_heading_block(document: DocumentType, title: str) -> None:
    document.add_paragraph(
        f"{title} – {{{{ meeting.kind }}}}{{{{ meeting.variant }}}}", style="Title"
    )
    key_value_table(
        document,
        [
            ("Møde", "{{ meeting.kind }}"),
            ("Dato", "{{ meeting.held_on }}"),
            ("Tidspunkt", "{{ meeting.starts_at }}"),
            ("Sted", "{{ meeting.place }}"),
        ],
    )
    tag(document, "{%p if meeting.legal_basis %}")
    legal = document.add_paragraph()
    legal.paragraph_format.space_before = Pt(6)
    legal.add_run("{{ meeting.legal_basis }}").italic = True
    tag(document, "{%p endif %}")
    tag(document, "{%p if meeting.pseudonymised %}")
    disclaimer(document, "{{ meeting.pseudonymised }}")
    tag(document, "{%p endif %}")
    document.add_heading("Deltagere", level=2)


def build_meeting_agenda() -> DocumentType:
    document = new_document()
    header_footer(
        document,
        "Dagsorden",
        subject="{{ meeting.kind }} {{ meeting.held_on }}{{ meeting.variant }}",
        reference="Sager: {{ cases|length }}",
    )
    meeting_heading_block(document, "Dagsorden")
    participants = loop_table(
        document,
        headers=["Navn", "Organisation / rolle", "Til stede"],
        cells=["{{ p.name }}", "{{ p.organisation }}", ""],
        loop="for p in participants",
        widths=[6.5, 8, 2.5],
    )
    for _ in range(2):
        keep_row(participants.add_row(), height_cm=0.8)

    document.add_heading("Sager", level=1)
    tag(document, "{%p if not cases %}")
    document.add_paragraph(f"Sager: {NOT_FILLED} – der er ingen sager på dagsordenen.").runs[
        0
    ].italic = True
    tag(document, "{%p endif %}")
    tag(document, "{%p for c in cases %}")
    item = agenda_item(document, "{{ c.number }}. Sag {{ c.case_number }} · {{ c.who }}")
    facts = item.rows[1].cells[0].paragraphs[0]
    facts.add_run("{{ c.id_line }} · {{ c.level }} · ").bold = True
    facts.add_run("Handleplan: {{ c.plan_status }}")
    summary = item.rows[2].cells[0].paragraphs[0]
    summary.add_run("Resumé: ").bold = True
    summary.add_run("{{ c.summary }}")
    tag(document, "{%p endfor %}")
    # Niveau-1 concerns are shown by number and topic only: they name no one.
    tag(document, "{%p if concerns %}")
    document.add_heading("Bekymringer (niveau 1)", level=1)
    concerns = loop_table(
        document,
        headers=["Nr.", "Emne", "Drøftelse og aftale"],
        cells=["{{ k.number }}", "{{ k.topic }}", ""],
        loop="for k in concerns",
        widths=[2.5, 5, 9.5],
    )
    keep_row(concerns.rows[2], height_cm=1.2)  # room to write the agreement by hand
    tag(document, "{%p endif %}")
    return document


def build_meeting_minutes() -> DocumentType:
    document = new_document()
    header_footer(
        document,
        "Referat",
        subject="{{ meeting.kind }} {{ meeting.held_on }}{{ meeting.variant }}",
        reference="Sager: {{ cases|length }}",
    )
    meeting_heading_block(document, "Referat")
    loop_table(
        document,
        headers=["Navn", "Organisation / rolle"],
        cells=["{{ p.name }}", "{{ p.organisation }}"],
        loop="for p in participants",
        widths=[7, 10],
        empty="not participants",
    )

    document.add_heading("Beslutninger pr. sag", level=1)
    loop_table(
        document,
        headers=["Nr.", "Sag", "Borger", "Niveau", "Beslutning"],
        cells=[
            "{{ c.number }}",
            "{{ c.case_number }}",
            "{{ c.who }}",
            "{{ c.level }}",
            "{{ c.decision }}",
        ],
        loop="for c in cases",
        widths=[1, 2.3, 4, 2, 7.7],
        empty="not cases",
    )
    tag(document, "{%p for c in cases %}")
    tag(document, "{%p if c.notes %}")
    notes = document.add_paragraph()
    notes.paragraph_format.space_before = Pt(6)
    notes.add_run("Noter til sag {{ c.case_number }}: ").bold = True
    notes.add_run("{{ c.notes }}")
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    return document


# --- the access insight (logudtræk) --------------------------------------------------------


def build_access_insight() -> DocumentType:
    """The answer to a citizen's request for access to the log of their data."""
    document = new_document()
    # An extract covers the person rather than one case, so the header names the CPR.
    header_footer(document, "Logudtræk", reference="CPR-nr. {{ person.cpr }}")
    title_block(
        document,
        "Indsigt i behandling af personoplysninger",
        "Logudtræk: hvem der har set, ændret eller udskrevet oplysningerne, og hvornår",
    )
    key_value_table(
        document,
        [
            ("Navn", "{{ person.name }}"),
            ("CPR-nummer", "{{ person.cpr }}"),
            ("Periode", "{{ period }}"),
            ("Antal registreringer", "{{ events|length }}"),
            ("Udtrukket af", "{{ produced_by }}"),
            ("Udskrevet", "{{ printed_on }}"),
        ],
    )
    document.add_heading("Registreringer i loggen", level=1)
    document.add_paragraph("Ældste registrering først. Tidspunkter i dansk tid.").runs[
        0
    ].italic = True
    loop_table(
        document,
        headers=["Tidspunkt", "Hvem (navn og rolle)", "Hvad", "Hvilken oplysning"],
        cells=["{{ e.at }}", "{{ e.who }}", "{{ e.what }}", "{{ e.record }}"],
        loop="for e in events",
        widths=[3.2, 4, 5.8, 4],
        empty="not events",
    )
    document.add_heading("Om udtrækket", level=1)
    for text in (
        "Udtrækket omfatter alle registreringer i RiskDesks log, der vedrører personen: "
        "oprettelse, visning, ændring, sletning og udskrivning af personoplysninger, sager, "
        "risikovurderinger, handleplaner og møder, samt søgninger i sagslisten, hvor "
        "søgeordene svarer til personens navn, CPR-nummer eller sagsnummer.",
        "Ikke medtaget: visning af den samlede sagsliste uden søgeord, hvor personen står "
        "blandt alle kommunens sager, og behandling uden for RiskDesk (fx i kommunens "
        "journalsystem eller hos samarbejdspartnere).",
        "Loggen kan ikke ændres uden at det opdages: hver registrering er kædet sammen med "
        "den forrige med en kryptografisk kontrolsum. Personer er angivet med navn og rolle "
        "hos {{ municipality.name }}.",
        "Spørgsmål til udtrækket kan rettes til {{ municipality.unit }}"
        "{% if municipality.phone %}, tlf. {{ municipality.phone }}{% endif %}"
        "{% if municipality.email %}, {{ municipality.email }}{% endif %}.",
    ):
        document.add_paragraph(text)
    return document


def main() -> None:
    # Its own module (it borrows the helpers above), imported here to avoid a cycle.
    from half_year_template import build_half_year_report

    RESOURCES.mkdir(exist_ok=True)
    write_png(PLACEHOLDER_LOGO, 160, 160, placeholder_logo)
    for name, build in (
        ("handleplan.docx", build_plan),
        ("loesladelsesmoede-dagsorden.docx", build_agenda),
        ("loesladelsesmoede-referat.docx", build_minutes),
        ("indsigt-logudtraek.docx", build_access_insight),
        ("moede-dagsorden.docx", build_meeting_agenda),
        ("moede-referat.docx", build_meeting_minutes),
        ("halvaarsrapport.docx", build_half_year_report),
    ):
        document = build()
        # Fixed metadata, so a rebuild without changes gives the same template content.
        properties = document.core_properties
        properties.author = "RiskDesk"
        properties.title = name.removesuffix(".docx")
        properties.revision = 1
        document.save(str(TEMPLATES / name))
        print(f"wrote {TEMPLATES / name}")


if __name__ == "__main__":
    main()
