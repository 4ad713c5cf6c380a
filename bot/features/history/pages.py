"""The /history pages, built from the patient's record: what each shows and its buttons.

Pure (no I/O): the record comes from storage.records, the words from the catalog. The next
upcoming dose comes first, then every dose whose day has come, newest first; months of
future doses are left out. Every page starts with one summary line per phase.
"""

from dataclasses import dataclass
from datetime import date
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.catalog.catalog import Catalog
from bot.catalog.plan_words import kind_name
from bot.domain.adherence import PhaseSummary, phase_summaries
from bot.domain.adherence import outcome as outcome_of
from bot.domain.record import DoseLine, DoseState, Outcome, PatientRecord
from bot.domain.regimen import PhaseKind
from bot.telegram.callback_data import SEPARATOR, CallbackPrefix

PAGE_SIZE = 8
# Telegram refuses a message longer than this.
TEXT_LIMIT = 4096
# A skip reason is cut to this many characters on a page (the report shows it whole).
REASON_SHOWN = 40
PREFIX = CallbackPrefix.HISTORY


class Action:
    """The middle field of a history button's data: "hist:<action>:<value>"."""

    PAGE = "p"
    EDIT = "e"
    FIX = "f"
    CHART = "c"


def button_data(action: str, value: int) -> str:
    """A history button's callback data."""
    return SEPARATOR.join((PREFIX, action, str(value)))


@dataclass(frozen=True)
class HistoryPage:
    """One page of a patient's history: its number (from 0), how many there are, what it shows."""

    number: int
    count: int
    doses: tuple[DoseLine, ...]
    text: str

    @property
    def correctable(self) -> tuple[DoseLine, ...]:
        """The doses on this page whose record a patient may correct."""
        return tuple(dose for dose in self.doses if can_correct(dose))


def can_correct(dose: DoseLine) -> bool:
    """Given on another day, or given after all: only answered doses of the plan."""
    if dose.before_plan:
        return False
    return dose.given or dose.state in (DoseState.SKIPPED, DoseState.MISSED)


def history_doses(record: PatientRecord) -> list[DoseLine]:
    """The doses a history shows, in order: the next upcoming one, then the rest newest first."""
    today = record.today
    upcoming = [d for d in record.doses if outcome_of(d, today) is Outcome.UPCOMING]
    past = [d for d in record.doses if outcome_of(d, today) is not Outcome.UPCOMING]
    past.sort(key=lambda d: (_day_of(d), d.dose_id), reverse=True)
    upcoming.sort(key=lambda d: (d.planned_on, d.dose_id))
    return upcoming[:1] + past


def page_count(doses: int) -> int:
    """How many pages a history of this many doses takes (one, even when empty)."""
    return max(1, -(-doses // PAGE_SIZE))


def history_page(catalog: Catalog, record: PatientRecord, number: int) -> HistoryPage:
    """Page `number` (clamped to the pages there are) of the patient's history."""
    doses = history_doses(record)
    count = page_count(len(doses))
    number = min(max(number, 0), count - 1)
    shown = tuple(doses[number * PAGE_SIZE : (number + 1) * PAGE_SIZE])
    parts = [catalog.text("history-title", page=number + 1, pages=count)]
    summaries = [_summary(catalog, s) for s in phase_summaries(record.doses, record.today)]
    parts.extend(line for line in summaries if line)
    if not shown:
        parts.append(catalog.text("history-empty"))
    else:
        parts.append("")
        parts.extend(dose_line(catalog, dose, record.today) for dose in shown)
    return HistoryPage(number, count, shown, "\n".join(parts))


def dose_line(catalog: Catalog, dose: DoseLine, today: date) -> str:
    """One dose as a history line: its day, its phase, what happened and where."""
    if dose.before_plan:
        assert dose.taken_on is not None
        return catalog.text("history-line-before-plan", day=catalog.day(dose.taken_on))
    site = ""
    if dose.site and dose.given:
        site = catalog.text("history-site", site=catalog.word("site-names", dose.site))
    line = catalog.text(
        "history-line",
        day=catalog.day(dose.planned_on),
        phase=_phase_of(catalog, dose),
        what=what_happened(catalog, dose, today),
        site=site,
    )
    return line + _recorded_by(catalog, dose)


def _recorded_by(catalog: Catalog, dose: DoseLine) -> str:
    """Who recorded the dose's answer, when a caregiver did; empty when the patient did."""
    if not dose.by_caregiver:
        return ""
    if dose.caregiver_name:
        return catalog.text("history-recorded-by", caregiver=escape(dose.caregiver_name))
    return catalog.text("history-recorded-by-someone")


def phase_label(catalog: Catalog, kind: str, number: int, count: int | None) -> str:
    """The phase and a dose's place in it: "loading 3/7", "maintenance 2"."""
    phase = catalog.word("phase-names", kind)
    if count is None:
        return catalog.text("history-phase-number", phase=phase, number=number)
    return catalog.text("history-phase-number-of", phase=phase, number=number, count=count)


def _phase_of(catalog: Catalog, dose: DoseLine) -> str:
    """A dose line's phase label."""
    return phase_label(catalog, dose.phase_kind, dose.number_in_phase, dose.count_in_phase)


def what_happened(catalog: Catalog, dose: DoseLine, today: date) -> str:
    """What the record says happened to a dose, in words."""
    found = outcome_of(dose, today)
    taken = catalog.day(dose.taken_on) if dose.taken_on else ""
    late = abs(dose.days_late or 0)
    if found is Outcome.ON_TIME and dose.taken_on == dose.planned_on:
        return catalog.text("history-done")
    if found is Outcome.ON_TIME:
        return catalog.text("history-done-on-time", taken=taken)
    if found is Outcome.LATE:
        return catalog.text("history-done-late", days=catalog.days(late), taken=taken)
    if found is Outcome.EARLY:
        return catalog.text("history-done-early", days=catalog.days(late), taken=taken)
    if found is Outcome.SKIPPED and dose.skip_reason:
        return catalog.text("history-skipped-because", reason=_short_reason(dose.skip_reason))
    if found is Outcome.SKIPPED:
        return catalog.text("history-skipped")
    if found is Outcome.MISSED:
        return catalog.text("history-missed")
    if found is Outcome.OPEN:
        return catalog.text("history-open")
    return catalog.text("history-upcoming")


def history_keyboard(catalog: Catalog, page: HistoryPage) -> InlineKeyboardMarkup:
    """Newer / Older between pages, and Correct / Chart."""
    moves = []
    if page.number > 0:
        moves.append(_button(catalog.text("button-history-newer"), Action.PAGE, page.number - 1))
    if page.number + 1 < page.count:
        moves.append(_button(catalog.text("button-history-older"), Action.PAGE, page.number + 1))
    tools = [_button(catalog.text("button-history-chart"), Action.CHART, page.number)]
    if page.correctable:
        tools.insert(0, _button(catalog.text("button-history-edit"), Action.EDIT, page.number))
    return InlineKeyboardMarkup([row for row in (moves, tools) if row])


def correction_keyboard(catalog: Catalog, page: HistoryPage) -> InlineKeyboardMarkup:
    """One button per dose on the page that can be corrected, and Back to the page."""
    rows = [
        [
            _button(
                catalog.text(
                    "button-history-fix",
                    day=catalog.day(dose.planned_on),
                    phase=_phase_of(catalog, dose),
                ),
                Action.FIX,
                dose.dose_id,
            )
        ]
        for dose in page.correctable
    ]
    rows.append([_button(catalog.text("button-history-back"), Action.PAGE, page.number)])
    return InlineKeyboardMarkup(rows)


def show_history_keyboard(catalog: Catalog) -> InlineKeyboardMarkup:
    """One button that shows the history's first page."""
    return InlineKeyboardMarkup([[_button(catalog.text("button-history-show"), Action.PAGE, 0)]])


def _button(label: str, action: str, value: int) -> InlineKeyboardButton:
    """One history button."""
    return InlineKeyboardButton(label, callback_data=button_data(action, value))


def _summary(catalog: Catalog, summary: PhaseSummary) -> str:
    """One phase's line; '' for a phase with nothing answered or due yet."""
    if summary.settled + summary.open == 0:
        return ""
    return catalog.text(
        "history-summary",
        phase=kind_name(catalog, PhaseKind(summary.phase_kind)),
        done=summary.done,
        on_time=summary.on_time,
        late=summary.late,
        early=summary.early,
        skipped=summary.skipped,
        missed=summary.missed,
        open=summary.open,
    )


def _day_of(dose: DoseLine) -> date:
    """The day a dose sits at in the history: an injection before the plan, the day given."""
    if dose.before_plan and dose.taken_on is not None:
        return dose.taken_on
    return dose.planned_on


def _short_reason(reason: str) -> str:
    """The patient's reason, cut to fit a line, escaped for HTML."""
    cut = reason if len(reason) <= REASON_SHOWN else reason[: REASON_SHOWN - 1].rstrip() + "…"
    return escape(cut)
