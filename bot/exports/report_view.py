"""What the clinician report shows, prepared: strings and numbers only, no catalog, no record.

bot.features.report.build fills a `ReportView` from the patient's record and catalog; the PDF
(bot.exports.report_pdf) and its charts (bot.exports.report_charts) only lay it out, so every
word on the page comes from the catalog and the renderers never decide what a figure means.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Table:
    """A table: its header, its rows (as many cells as the header) and each column's share."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative widths: the renderer spreads the page's width in these proportions.
    widths: tuple[float, ...]


@dataclass(frozen=True)
class IntervalChart:
    """Days between injections given, against the days the plan put between them."""

    title: str
    x_label: str
    y_label: str
    actual_label: str
    planned_label: str
    days: tuple[date, ...]
    actual: tuple[int, ...]
    # None where the plan puts no gap (an injection given before the plan, a new plan version).
    planned: tuple[int | None, ...]


@dataclass(frozen=True)
class TrendChart:
    """The total symptom score of each check-in over time."""

    title: str
    x_label: str
    y_label: str
    days: tuple[date, ...]
    totals: tuple[int, ...]
    highest: int


@dataclass(frozen=True)
class ScatterChart:
    """Each check-in's total symptom score against the days since the last injection before it."""

    title: str
    x_label: str
    y_label: str
    x: tuple[int, ...]
    y: tuple[int, ...]
    highest: int


Chart = IntervalChart | TrendChart | ScatterChart


@dataclass(frozen=True)
class Section:
    """A heading, then lines of text, charts and a table (any of them may be empty)."""

    heading: str
    lines: tuple[str, ...] = ()
    table: Table | None = None
    charts: tuple[Chart, ...] = ()
    # Lines after the charts and the table (a footnote).
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportView:
    """The whole report: a title, facts (label, value), a summary first, then the sections."""

    title: str
    facts: tuple[tuple[str, str], ...]
    summary_heading: str
    summary: tuple[str, ...]
    sections: tuple[Section, ...]
    # Printed at the foot of every page, before the page number.
    footer: str
