"""The four-domain chart: whole titles and whole-number ticks."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from pytestqt.qtbot import QtBot

from riskdesk.domain.four_domain_profile import FourDomainProfile, RiskDomain, RiskDomainResult
from riskdesk.domain.instrument import Rating
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.gui.assessment.four_domain_chart import FourDomainChart

_TITLES = (
    ("Individ", "Individual"),
    ("Familie", "Family"),
    ("Skole & uddannelse", "Education"),
    ("Socialt netværk", "Social network"),
)


def _profile() -> FourDomainProfile:
    return FourDomainProfile(
        domains=tuple(
            RiskDomainResult(
                risk_domain=domain,
                title=LocalizedText(da=da, en=en),
                present=index + 1,
                of=6,
                rating=Rating.MODERATE,
                factor_ids=(),
                factors=(),
            )
            for index, (domain, (da, en)) in enumerate(zip(RiskDomain, _TITLES, strict=True))
        )
    )


def test_titles_are_whole_and_ticks_are_whole_numbers(qtbot: QtBot) -> None:
    chart = FourDomainChart(language=Language.DANISH)
    qtbot.addWidget(chart)
    chart.show_profile(_profile())

    categories = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    values = next(a for a in chart.chart().axes() if isinstance(a, QValueAxis))
    assert not categories.truncateLabels()
    assert categories.categories() == [
        "Individ",
        "Familie",
        "Skole &amp;<br>uddannelse",
        "Socialt<br>netværk",
    ]
    assert values.tickType() is QValueAxis.TickType.TicksDynamic
    assert values.tickInterval() == 1
    assert (values.min(), values.max()) == (0, 6)


def test_showing_a_profile_again_leaves_nothing_of_the_last_one_behind(qtbot: QtBot) -> None:
    chart = FourDomainChart(language=Language.ENGLISH)
    qtbot.addWidget(chart)
    chart.show_profile(_profile())
    drawn = len(chart.scene().items())
    for _ in range(3):
        chart.show_profile(_profile())
    assert len(chart.scene().items()) == drawn
    assert len(chart.chart().axes()) == 2
