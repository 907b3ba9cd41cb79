"""The words of a stale save's refusal: who saved, and when, in both languages."""

from __future__ import annotations

from datetime import date, datetime

from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import Refusal


def test_a_save_today_names_the_colleague_and_the_time() -> None:
    stale = StaleRecord(
        changed_by="Lene Leder (leder)",
        changed_at=datetime(2026, 11, 30, 10, 42),
        today=date(2026, 11, 30),
    )
    assert isinstance(stale, Refusal)
    assert stale.text("da") == "Ændret af Lene Leder (leder) kl. 10:42 – genindlæs"
    assert stale.text("en") == "Changed by Lene Leder (leder) at 10:42 – reload"


def test_a_save_on_another_day_names_the_day_too() -> None:
    stale = StaleRecord(
        changed_by="leder", changed_at=datetime(2026, 11, 28, 9, 5), today=date(2026, 11, 30)
    )
    assert stale.text("da") == "Ændret af leder den 28.11.2026 kl. 09:05 – genindlæs"
    assert stale.text("en") == "Changed by leder on 28.11.2026 at 09:05 – reload"


def test_an_unknown_last_writer_is_a_colleague() -> None:
    stale = StaleRecord(
        changed_by="", changed_at=datetime(2026, 11, 30, 8, 0), today=date(2026, 11, 30)
    )
    assert stale.text("da") == "Ændret af en kollega kl. 08:00 – genindlæs"
