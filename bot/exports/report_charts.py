"""The report's charts as PNG images, drawn with matplotlib's object API (no pyplot state).

Each chart is a `Figure` on its own Agg canvas, so charts drawn in threads at the same time
never share anything; the labels come prepared in the chart value (bot.exports.report_view).
"""

from collections.abc import Sequence
from datetime import date
from io import BytesIO

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.exports.report_view import Chart, IntervalChart, ScatterChart, TrendChart

# Wide and low, to sit across an A4 page; modest resolution keeps the PDF small.
SIZE_INCHES = (7.4, 2.3)
DPI = 130
FONT_SIZE = 7
ACTUAL_COLOUR = "#1f5fa8"
PLANNED_COLOUR = "#c0392b"
# At most this many dates named along a time axis.
MAX_DATE_TICKS = 9
# Up to this many days, the axis names days; beyond, months.
SHORT_SPAN_DAYS = 92
# At most this many day counts named along the days-since axis.
MAX_DAY_TICKS = 15
# Symptom scores are whole numbers: name every third one.
SCORE_STEP = 3


def chart_png(chart: Chart) -> bytes:
    """The chart drawn as a PNG image."""
    figure = Figure(figsize=SIZE_INCHES, dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if isinstance(chart, IntervalChart):
        _intervals(axes, chart)
    elif isinstance(chart, TrendChart):
        _trend(axes, chart)
    else:
        _scatter(axes, chart)
    _style(axes, chart.title, chart.x_label, chart.y_label)
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _intervals(axes: Axes, chart: IntervalChart) -> None:
    """Actual days between injections as dots, the planned gap as a step line."""
    days = _numbers(chart.days)
    axes.plot(
        days, chart.actual, "o", markersize=2.2, color=ACTUAL_COLOUR, label=chart.actual_label
    )
    planned = [float("nan") if days is None else days for days in chart.planned]
    # A gap spans the days from the injection before up to this one: drawn leading up to it.
    axes.step(
        days, planned, where="pre", color=PLANNED_COLOUR, linewidth=1.0,
        label=chart.planned_label,
    )  # fmt: skip
    axes.set_ylim(bottom=0)
    _dates(axes, chart.days)
    axes.legend(fontsize=FONT_SIZE, loc="upper left", frameon=False)


def _trend(axes: Axes, chart: TrendChart) -> None:
    """The total score of each check-in, joined in time order."""
    axes.plot(
        _numbers(chart.days), chart.totals, "o-", markersize=3, linewidth=1.0, color=ACTUAL_COLOUR
    )
    axes.set_ylim(-0.5, chart.highest + 0.5)
    axes.set_yticks(range(0, chart.highest + 1, SCORE_STEP))
    _dates(axes, chart.days)


def _scatter(axes: Axes, chart: ScatterChart) -> None:
    """One dot per check-in: days since the last injection across, total score up."""
    axes.scatter(chart.x, chart.y, s=10, color=ACTUAL_COLOUR, alpha=0.7, linewidths=0)
    axes.set_ylim(-0.5, chart.highest + 0.5)
    axes.set_yticks(range(0, chart.highest + 1, SCORE_STEP))
    longest = max(chart.x, default=0)
    step = max(1, -(-longest // MAX_DAY_TICKS))
    axes.set_xticks(range(0, longest + 1, step))
    axes.set_xlim(left=-0.5, right=longest + 0.5)


def _numbers(days: Sequence[date]) -> list[int]:
    """Days as day numbers along the axis."""
    return [day.toordinal() for day in days]


def _dates(axes: Axes, days: Sequence[date]) -> None:
    """A few dates named along the axis, in ISO form: month starts over a long span."""
    if not days:
        return
    first, last = min(days), max(days)
    axes.set_xticks(*_date_ticks(first, last))
    axes.set_xlim(first.toordinal() - 2, last.toordinal() + 2)


def _date_ticks(first: date, last: date) -> tuple[list[int], list[str]]:
    """Tick positions and labels: evenly spread days over three months or less, else months."""
    span = (last - first).days
    if span <= SHORT_SPAN_DAYS:
        step = max(1, -(-span // (MAX_DATE_TICKS - 1)))
        ticks = [first.toordinal() + n for n in range(0, span + 1, step)]
        return ticks, [date.fromordinal(t).isoformat() for t in ticks]
    months = (last.year - first.year) * 12 + last.month - first.month
    step = max(1, -(-months // MAX_DATE_TICKS))
    starts = []
    for index in range(step, months + 1, step):
        year, month = divmod(first.year * 12 + first.month - 1 + index, 12)
        starts.append(date(year, month + 1, 1))
    return [d.toordinal() for d in starts], [d.isoformat()[:7] for d in starts]


def _style(axes: Axes, title: str, x_label: str, y_label: str) -> None:
    """Small type, light grid, the chart's words."""
    axes.set_title(title, fontsize=FONT_SIZE + 1, loc="left")
    axes.set_xlabel(x_label, fontsize=FONT_SIZE)
    axes.set_ylabel(y_label, fontsize=FONT_SIZE)
    axes.tick_params(labelsize=FONT_SIZE)
    axes.grid(True, linewidth=0.3, alpha=0.5)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
