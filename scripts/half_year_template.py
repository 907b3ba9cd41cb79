"""The half-year report's template (``halvaarsrapport.docx``), in the order of the unit's
own report: front page, table of contents, the unit and the report's purpose, inquiries
with Figure 1 and their sources, individual cases with Table 1, mentor cases with Table 2,
outcomes, the coordination areas, the cooperation structure and the summary.

Built by ``build_templates.py``; a municipality may restyle a copy in Word. Every number
comes from the published (suppressed) tables, every text from the leader's own texts."""

from __future__ import annotations

from build_templates import (
    HEADING_FILL,
    TEXT_WIDTH,
    add_field,
    keep_row,
    new_document,
    set_widths,
    shade,
    tag,
    write,
)
from docx.document import Document as DocumentType
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph


def build_half_year_report() -> DocumentType:
    document = new_document()
    front_page(document)
    contents_title = contents(document)
    text_section(document, "{{ municipality.unit }}", "unit", level=1)
    text_section(document, "Formål med, og indhold af rapporten", "purpose", level=2)

    document.add_heading("Sager i enheden", level=1)
    document.add_heading("Henvendelser", level=2)
    paragraphs(document, "inquiries")
    figure = document.add_paragraph("{{ figure1_chart }}")
    figure.alignment = WD_ALIGN_PARAGRAPH.CENTER
    figure.paragraph_format.keep_with_next = True
    caption(
        document,
        "Figur 1: Henvendelser pr. måned og type, {{ report.period_label }}. Henvendelser "
        "tælles, ikke unikke sager: der kan være flere henvendelser i én sag, og typerne "
        "kan overlappe (en løsladelsessag kan også være en enkeltsag).",
        table_follows=True,
    )
    grid_table(document, "figure1", columns=6, widths=[4.2, 2.6, 2.6, 2.8, 2.4, 2.4])
    caption(document, "Tallene bag figur 1.")
    grid_table(document, "sources", columns=2, widths=[11, 6])
    caption(document, "Henvendelser efter kilde, {{ report.period_label }}.")

    document.add_heading("Enkeltsager", level=2)
    document.add_paragraph("{{ cases.sentence }}")
    paragraphs(document, "cases")
    grid_table(document, "table1", columns=2, widths=[11, 6])
    caption(document, "{{ table1.title }}, {{ report.period_label }}. Tal fra RiskDesk.")
    document.add_paragraph(
        "Niveau 1-sager er bekymringer, der drøftes på koordinationsmøder; de registreres "
        "uden cpr-nummer og uden oplysninger, der kan føre til en person, og tælles fra "
        "enhedens register over bekymringer."
    )
    grid_table(document, "concerns", columns=2, widths=[11, 6])
    caption(document, "{{ concerns.title }}.")

    document.add_heading("Mentorsager", level=2)
    paragraphs(document, "mentoring")
    grid_table(document, "table2", columns=2, widths=[11, 6])
    caption(document, "{{ table2.title }}. Tal fra RiskDesk.")
    document.add_paragraph("{{ courses.sentence }}")

    document.add_heading("Resultater", level=2)
    paragraphs(document, "outcomes")
    tag(document, "{%p for outcome in outcomes %}")
    grid_table(document, "outcome", columns=6, widths=[5.4, 2.4, 2.4, 2.4, 2.4, 2])
    caption(document, "{{ outcome.title }}.")
    tag(document, "{%p endfor %}")

    crime_picture(document)

    document.add_heading("Info fra koordinationsområderne", level=1)
    text_section(document, "Det proaktive område", "proactive", level=2)
    text_section(document, "Det reaktive område", "reactive", level=2)
    text_section(document, "Det operative område", "operative", level=2)

    document.add_heading("Samarbejdsstruktur på tværs", level=1)
    paragraphs(document, "cooperation")
    grid_table(document, "meetings", columns=2, widths=[11, 6])
    caption(document, "Møder afholdt i perioden, talt fra enhedens mødekalender.")

    document.add_heading("Resumé", level=1)
    paragraphs(document, "summary")
    about = document.add_paragraph()
    about.add_run("Om tallene. ").bold = True
    about.add_run(
        "Et antal fra 1 til {{ report.threshold - 1 }} vises som "
        '"<{{ report.threshold }}", og tal, som et skjult antal kunne regnes ud fra, vises '
        'som "x", så ingen person kan genkendes i rapporten. Rapporten er lavet af RiskDesk '
        "{{ report.printed_on }}."
    )
    footer(document)
    fill_contents(document, contents_title)
    return document


def crime_picture(document: DocumentType) -> None:
    """The police's report counts as indices, one chart and table per offence; left out
    when no police CSV was given."""
    tag(document, "{%p if crime %}")
    document.add_heading("Kriminalitetsbilledet", level=1)
    document.add_paragraph(
        "Anmeldelser af kriminalitet i kommunen og i hele politikredsen, vist som indeks "
        "med {{ crime.base_year }} = 100. Tallene er politiets anmeldelser: der er hverken "
        "sket sigtelse eller dom, og ikke alle forhold anmeldes."
    )
    tag(document, "{%p for offence in crime.offences %}")
    document.add_heading("Anmeldelser: {{ offence.name }}", level=3)
    chart = document.add_paragraph("{{ crime_charts[loop.index0] }}")
    chart.alignment = WD_ALIGN_PARAGRAPH.CENTER
    chart.paragraph_format.keep_with_next = True
    caption(
        document,
        "Figur {{ loop.index + 1 }}: Udviklingen i anmeldelser af {{ offence.name }} i "
        "kommunen og i politikredsen. Indeks {{ offence.base_year }} = 100.",
        table_follows=True,
    )
    # The offences follow one another: a chain of kept blocks would give each a page.
    grid_table(document, "offence", columns=3, widths=[5, 6, 6], keep_together=False)
    tag(document, "{%p endfor %}")
    tag(document, "{%p endif %}")


def front_page(document: DocumentType) -> None:
    for _ in range(4):
        document.add_paragraph()
    logo = document.add_paragraph("{{ logo }}")
    logo.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, size, bold in (
        ("Halvårsrapport", 30, True),
        ("{{ municipality.unit }}", 18, False),
        ("{{ report.period_label }}", 16, False),
        ("{{ municipality.name }}", 14, True),
    ):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(18)
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def contents(document: DocumentType) -> Paragraph:
    """The table of contents' title; its entries are added once the headings exist."""
    title = document.add_paragraph("Indholdsfortegnelse", style="Title")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return title


def fill_contents(document: DocumentType, title: Paragraph) -> None:
    """The table of contents under ``title``: each heading is bookmarked and its entry's
    page number is a PAGEREF field, which LibreOffice fills in when it converts to PDF
    and Word when it opens the document (the settings ask it to update fields). Not a
    TOC field: LibreOffice prints a TOC field's stored text without updating it."""
    headings = [p for p in document.paragraphs if p.style is not None and p.style.name in _LEVELS]
    anchor = title
    for number, heading in enumerate(headings):
        name = f"_Toc{number + 1:08d}"
        _bookmark(heading, name, number)
        level = _LEVELS[heading.style.name]
        condition = _CONDITIONAL.get(heading.text)
        if condition:
            anchor = _tag_after(anchor, f"{{%p if {condition} %}}")
        anchor = _entry_after(anchor, heading.text, name, level)
        if condition:
            anchor = _tag_after(anchor, "{%p endif %}")
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    document.settings.element.append(update)


_LEVELS = {"Heading 1": 0, "Heading 2": 1}
# A section printed only when its data is there has its entry under the same condition.
_CONDITIONAL = {"Kriminalitetsbilledet": "crime"}


def _tag_after(anchor: Paragraph, text: str) -> Paragraph:
    element = OxmlElement("w:p")
    anchor._p.addnext(element)
    paragraph = Paragraph(element, anchor._parent)
    paragraph.add_run(text)
    return paragraph


def _entry_after(
    anchor: Paragraph,
    text: str,
    bookmark: str,
    level: int,
) -> Paragraph:
    element = OxmlElement("w:p")
    anchor._p.addnext(element)
    entry = Paragraph(element, anchor._parent)
    entry.paragraph_format.left_indent = Cm(0.6 * level)
    entry.paragraph_format.space_after = Pt(2)
    entry.paragraph_format.tab_stops.add_tab_stop(
        TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    run = entry.add_run(text)
    run.bold = level == 0
    entry.add_run("\t")
    add_field(entry, f"PAGEREF {bookmark} \\h")
    return entry


def _bookmark(heading: Paragraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number + 100))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number + 100))
    heading._p.insert(1 if heading._p.pPr is not None else 0, start)
    heading._p.append(end)


def text_section(document: DocumentType, heading: str, key: str, *, level: int) -> None:
    document.add_heading(heading, level=level)
    paragraphs(document, key)


def paragraphs(document: DocumentType, key: str) -> None:
    """The leader's text for ``key``, one Word paragraph per paragraph typed."""
    tag(document, f"{{%p for line in texts.{key} %}}")
    document.add_paragraph("{{ line }}")
    tag(document, "{%p endfor %}")


def caption(document: DocumentType, text: str, *, table_follows: bool = False) -> None:
    paragraph = document.add_paragraph()
    # A figure's caption stays with the table of its numbers under it; a table's caption
    # under the table ends the block, so the pages break between blocks.
    paragraph.paragraph_format.keep_with_next = table_follows
    run = paragraph.add_run(text)
    run.italic = True
    run.font.size = Pt(8)


def grid_table(
    document: DocumentType,
    name: str,
    *,
    columns: int,
    widths: list[float],
    keep_together: bool = True,
) -> Table:
    """A published table: its header from ``name.header``, a row per ``name.rows`` item
    (``label`` and ``cells``); counts right-aligned."""
    table = document.add_table(rows=4, cols=columns)
    table.style = "Table Grid"
    head, start, body, end = table.rows
    for index, cell in enumerate(head.cells):
        shade(cell, HEADING_FILL)
        paragraph = write(cell, f"{{{{ {name}.header[{index}] }}}}", bold=True)
        if index:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    keep_row(head, header=True)
    write(start.cells[0], f"{{%tr for row in {name}.rows %}}")
    write(body.cells[0], "{{ row.label }}")
    for index, cell in enumerate(body.cells[1:]):
        write(cell, f"{{{{ row.cells[{index}] }}}}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    keep_row(body)
    # A short table stays on one page: every row keeps with the next (the last row then
    # with the caption under it, which ends the block).
    for row in (head, body) if keep_together else (head,):
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
    write(end.cells[0], "{%tr endfor %}")
    set_widths(table, widths)
    return table


def footer(document: DocumentType) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run("{{ municipality.unit }} · Halvårsrapport {{ report.period_label }}")
    run.font.size = Pt(8)
