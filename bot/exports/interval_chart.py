"""The chart of the days between injections given, against the days the plan put between them.

Pure: intervals and words in (the caller takes them from the record and the catalog), PNG bytes
out. matplotlib's object API with the Agg canvas: no pyplot, so no global figure state.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.domain.record import Interval

# Past this many injections, only every n-th one is named under the chart.
MAX_TICKS = 12
WIDTH, HEIGHT, DPI = 8.0, 4.5, 100
ACTUAL_COLOUR = "#4c72b0"
PLANNED_COLOUR = "#dd8452"


@dataclass(frozen=True)
class ChartWords:
    """The chart's title, axis names and legend, in the patient's language."""

    title: str
    x_axis: str
    y_axis: str
    actual: str
    planned: str


def interval_chart(
    intervals: Sequence[Interval], day_names: Sequence[str], words: ChartWords
) -> bytes:
    """A PNG of each interval's actual days (bars) and planned days (a stepped line).

    `day_names` names each interval's injection day, in the same order.
    """
    if len(day_names) != len(intervals):
        raise ValueError("one day name per interval")
    figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(intervals)))
    axes.bar(
        positions,
        [interval.actual_days for interval in intervals],
        color=ACTUAL_COLOUR,
        label=words.actual,
    )
    planned = [
        float("nan") if interval.planned_days is None else float(interval.planned_days)
        for interval in intervals
    ]
    if any(interval.planned_days is not None for interval in intervals):
        axes.step(
            positions,
            planned,
            where="mid",
            color=PLANNED_COLOUR,
            linewidth=2,
            label=words.planned,
        )
    step = max(1, -(-len(intervals) // MAX_TICKS))
    axes.set_xticks(positions[::step], [day_names[i] for i in positions[::step]])
    axes.tick_params(axis="x", labelrotation=45, labelsize=8)
    axes.set_title(words.title)
    axes.set_xlabel(words.x_axis)
    axes.set_ylabel(words.y_axis)
    axes.set_ylim(bottom=0)
    axes.grid(axis="y", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    output = BytesIO()
    figure.savefig(output, format="png")
    return output.getvalue()
