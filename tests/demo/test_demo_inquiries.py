"""The demo vault's inquiries: a year of them, 5 to 25 in each calendar month, every type
and source present, some linked to the demo's cases, none with identity in its note."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from riskdesk.domain.identity_check import find_identity
from riskdesk.domain.inquiry import InquiryKind, InquirySource
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)  # the demo template's day (tests/conftest.py)


def test_the_demo_holds_a_year_of_inquiries_over_every_type_and_source(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        inquiries = desk.inquiries.list()
        case_numbers = {c.case_number for c in desk.cases.search()}
    months = Counter((i.received_on.year, i.received_on.month) for i in inquiries)
    assert len(months) == 12
    assert min(months) == (2025, 12)
    assert all(5 <= count <= 25 for count in months.values()), months
    assert all(i.received_on <= TODAY for i in inquiries)
    assert {i.kind for i in inquiries} == set(InquiryKind)
    assert {i.source for i in inquiries} == set(InquirySource)
    linked = [i for i in inquiries if i.case_number is not None]
    assert 0 < len(linked) < len(inquiries) / 2
    assert {i.case_number for i in linked} <= case_numbers
    assert not [i for i in inquiries if find_identity(i.note, on=i.received_on)]
