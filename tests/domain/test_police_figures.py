"""The police's report counts: read from a CSV with a semicolon or a comma, the columns
found by their Danish or English names; each offence as an index with 2010 = 100 (else the
first year); a line that cannot be read is refused naming the line and the column, never
its content."""

from __future__ import annotations

import pytest

from riskdesk.domain.police_figures import (
    DISTRICT,
    MUNICIPALITY,
    offence_indices,
    parse_police_csv,
)
from riskdesk.domain.refusals import UserInputError

CSV = (
    "kriminalitetstype;år;område;antal\n"
    "Vold;2009;kommune;90\n"
    "Vold;2010;kommune;100\n"
    "Vold;2016;kommune;71\n"
    "Vold;2010;politikreds;2.000\n"
    "Vold;2016;politikreds;1600\n"
    "Indbrud;2012;kommune;40\n"
    "Indbrud;2013;kommune;30\n"
)


def test_counts_are_read_and_indexed_with_2010_as_100() -> None:
    counts = parse_police_csv(CSV)
    assert len(counts) == 7
    assert {c.area for c in counts} == {MUNICIPALITY, DISTRICT}
    violence, burglary = offence_indices(counts)
    assert violence.base_year == 2010
    assert violence.years == (2009, 2010, 2016)
    assert violence.municipality == (90.0, 100.0, 71.0)
    assert violence.district == (None, 100.0, 80.0)
    assert burglary.base_year == 2012
    assert burglary.municipality == (100.0, 75.0)


def test_a_comma_file_with_english_headers_reads_too() -> None:
    counts = parse_police_csv("type,year,area,count\nTheft,2010,district,12\n")
    assert counts[0].offence == "Theft"
    assert counts[0].area == DISTRICT


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("type;år;antal\nVold;2010;3\n", "område"),
        ("type;år;område;antal\nVold;tyve;kommune;3\n", "Linje 2"),
        ("type;år;område;antal\nVold;2010;Hvidovre 0101901234;3\n", "område"),
    ],
)
def test_a_line_that_cannot_be_read_is_named_without_its_content(text: str, words: str) -> None:
    with pytest.raises(UserInputError) as refused:
        parse_police_csv(text)
    message = " ".join(p.message.da for p in refused.value.problems)
    assert words in message
    assert "0101901234" not in message
    assert "tyve" not in message
