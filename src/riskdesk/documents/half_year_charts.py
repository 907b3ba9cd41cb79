"""The half-year report's charts as PNG bytes, drawn with matplotlib from the published
(suppressed) numbers only, so a chart can never show what its table hides: a hidden cell
gets no bar, only its "<5" or "x" where the bar would stand.

matplotlib is imported when a chart is drawn, not when RiskDesk starts (it takes about a
second to import). A ``Figure`` drawn on its own Agg canvas needs no display and, unlike
pyplot, keeps no global state, so a report can be made on the operations thread. The charts print in
black and white: each type has its own grey and hatching, and the numbers are in a table
under the chart in the report."""

from __future__ import annotations

import io
from typing import Any

from riskdesk.documents.half_year_tables import FigureOne
from riskdesk.domain.police_figures import OffenceIndex
from riskdesk.domain.small_counts import Shown

_GREYS = ("#202020", "#707070", "#b0b0b0", "#e8e8e8", "#505050", "#d0d0d0")
_HATCHES = ("", "///", "...", "xx", "\\\\", "oo")


def figure_one_png(figure: FigureOne, *, threshold: int, dpi: int = 200) -> bytes:
    """Figure 1: inquiries per month, one bar per type, grouped by month."""
    months, kinds = figure.months, figure.kinds
    fig = _figure(width_inches=6.6, height_inches=3.2, dpi=dpi)
    axes = fig.subplots()
    width = 0.8 / max(len(kinds), 1)
    highest = max(
        (c.value for row in figure.table.cells for c in row if c.shown is Shown.VALUE),
        default=0,
    )
    for k, kind in enumerate(kinds):
        xs = [m + (k - (len(kinds) - 1) / 2) * width for m in range(len(months))]
        cells = [row[k] for row in figure.table.cells]
        heights = [c.value if c.shown is Shown.VALUE else 0 for c in cells]
        axes.bar(
            xs,
            heights,
            width,
            label=kind,
            color=_GREYS[k % len(_GREYS)],
            hatch=_HATCHES[k % len(_HATCHES)],
            edgecolor="black",
            linewidth=0.6,
        )
        for x, cell in zip(xs, cells, strict=True):
            if cell.shown is not Shown.VALUE:
                axes.text(
                    x, max(highest, 1) * 0.02, cell.text(threshold),
                    ha="center", va="bottom", fontsize=6, rotation=90,
                )  # fmt: skip
    axes.set_xticks(range(len(months)))
    axes.set_xticklabels([_short(m) for m in months], fontsize=7)
    axes.set_ylabel("Antal henvendelser", fontsize=8)
    axes.tick_params(axis="y", labelsize=7)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(fontsize=7, frameon=False, ncols=min(len(kinds), 4), loc="upper center",
                bbox_to_anchor=(0.5, 1.16))  # fmt: skip
    fig.tight_layout()
    return _png(fig, dpi)


def _short(month_label: str) -> str:
    name, year = month_label.split(" ")
    return f"{name[:3]}. {year[2:]}"


def _png(fig: Any, dpi: int) -> bytes:
    buffer = io.BytesIO()
    # No creation date in the file: the same figures give the same bytes.
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


def _figure(*, width_inches: float, height_inches: float, dpi: int) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_inches, height_inches), dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


def index_chart_png(index: OffenceIndex, *, dpi: int = 200) -> bytes:
    """One offence's reports as an index (base year = 100): the municipality as a solid
    black line with dots, the police district dashed grey with squares."""
    fig = _figure(width_inches=6.0, height_inches=2.8, dpi=dpi)
    axes = fig.subplots()
    for values, label, style in (
        (index.municipality, "Kommunen", {"color": "black", "marker": "o", "linestyle": "-"}),
        (index.district, "Politikredsen", {"color": "#707070", "marker": "s", "linestyle": "--"}),
    ):
        points = [(year, v) for year, v in zip(index.years, values, strict=True) if v is not None]
        if points:
            axes.plot(*zip(*points, strict=True), label=label, linewidth=1.4, markersize=4, **style)
    axes.axhline(100, color="#b0b0b0", linewidth=0.6)
    axes.set_xticks(list(index.years))
    axes.tick_params(labelsize=7)
    axes.set_ylabel(f"Indeks ({index.base_year} = 100)", fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(fontsize=7, frameon=False)
    fig.tight_layout()
    return _png(fig, dpi)
