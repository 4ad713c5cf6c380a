"""The setup conversation's answers so far, kept JSON-serialisable in user_data.

Persistence writes user_data to the database after every update, so everything here is plain
JSON: dates as ISO strings, Decimals as strings, enums as their values.
"""

from copy import deepcopy
from datetime import date, time
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
    Anchor,
    Cadence,
    Dose,
    DoseUnit,
    Drug,
    End,
    EveryNDays,
    EveryNMonths,
    Giver,
    OnWeekdays,
    OpenEnded,
    Phase,
    PhaseKind,
    Regimen,
    Route,
)
from bot.domain.schedule import Resume, ScheduleContext
from bot.telegram.callback_data import CallbackPrefix
from bot.telegram.conversations import UserDataKey

KEY = UserDataKey.SETUP_DRAFT.value
PREFIX = CallbackPrefix.SETUP
Data = dict[str, Any]


class Step(StrEnum):
    """The conversation's states; each value is also the middle part of its buttons' data."""

    PRESET = "preset"
    PRESET_MONTHS = "months"
    PRESET_DOSE = "pdose"
    REVIEW = "review"
    EDITOR = "editor"
    PHASE_KIND = "kind"
    PHASE_CADENCE = "cadence"
    PHASE_DAYS = "days"
    PHASE_MONTHS = "pmonths"
    PHASE_WEEKDAYS = "weekdays"
    PHASE_END = "end"
    PHASE_COUNT = "count"
    PHASE_DURATION = "duration"
    PHASE_DOSE = "dose"
    PHASE_MORE = "more"
    DRUG = "drug"
    ROUTE = "route"
    GIVER = "giver"
    ZONE = "zone"
    ZONE_CHOICE = "zones"
    RESUME = "resume"
    START_FROM = "from"
    START_DATE = "date"
    TIME = "time"
    SUMMARY = "summary"


class StartFrom(StrEnum):
    """Which injection the patient dates the plan by."""

    FIRST = "first"
    LAST = "last"


def callback(step: Step, value: str) -> str:
    """Button data "setup:<step>:<value>", always well under Telegram's 64 bytes."""
    return f"{PREFIX}:{step.value}:{value}"


def button_value(data: str | None, step: Step) -> str | None:
    """The value of a button of this step, or None for anything else (data is untrusted)."""
    prefix = f"{PREFIX}:{step.value}:"
    if data is None or not data.startswith(prefix):
        return None
    return data[len(prefix) :]


# --- Phases as JSON ---------------------------------------------------------------------------


def cadence_to_data(cadence: Cadence) -> list[Any]:
    """["days", 7], ["months", 2] or ["weekdays", [0, 2, 4]]."""
    if isinstance(cadence, EveryNDays):
        return ["days", cadence.days]
    if isinstance(cadence, EveryNMonths):
        return ["months", cadence.months]
    return ["weekdays", sorted(cadence.weekdays)]


def cadence_from_data(data: list[Any]) -> Cadence:
    """The cadence stored by cadence_to_data."""
    kind, value = data
    if kind == "days":
        return EveryNDays(int(value))
    if kind == "months":
        return EveryNMonths(int(value))
    return OnWeekdays(frozenset(int(day) for day in value))


def end_to_data(end: End) -> list[Any]:
    """["doses", 7], ["days", 14], ["open", None] or ["improvement", None]."""
    if isinstance(end, AfterDoses):
        return ["doses", end.count]
    if isinstance(end, AfterDuration):
        return ["days", end.days]
    return ["improvement" if end.until_no_further_improvement else "open", None]


def end_from_data(data: list[Any]) -> End:
    """The end stored by end_to_data."""
    kind, value = data
    if kind == "doses":
        return AfterDoses(int(value))
    if kind == "days":
        return AfterDuration(int(value))
    return OpenEnded(until_no_further_improvement=kind == "improvement")


def dose_to_data(dose: Dose) -> list[str]:
    """["1000", "mcg"]: the amount as an exact decimal string."""
    return [str(dose.amount), dose.unit.value]


def dose_from_data(data: list[str]) -> Dose:
    """The dose stored by dose_to_data."""
    return Dose(Decimal(data[0]), DoseUnit(data[1]))


def phase_to_data(phase: Phase) -> Data:
    """A complete phase as JSON."""
    return {
        "kind": phase.kind.value,
        "cadence": cadence_to_data(phase.cadence),
        "end": end_to_data(phase.end),
        "dose": dose_to_data(phase.dose),
        "anchor": phase.anchor.value if phase.anchor else None,
    }


def phase_from_data(data: Data) -> Phase:
    """The domain phase of a complete JSON phase (may raise RegimenError)."""
    anchor = data.get("anchor")
    return Phase(
        kind=PhaseKind(data["kind"]),
        cadence=cadence_from_data(data["cadence"]),
        end=end_from_data(data["end"]),
        dose=dose_from_data(data["dose"]),
        anchor=Anchor(anchor) if anchor else None,
    )


# --- The draft --------------------------------------------------------------------------------


class Draft:
    """Typed access to the answers in user_data["setup"]; changes write straight through."""

    def __init__(self, data: Data) -> None:
        """Wrap the stored dict (not a copy)."""
        self.data = data

    def get(self, name: str) -> Any:
        """One stored answer, or None."""
        return self.data.get(name)

    def set(self, name: str, value: Any) -> None:
        """Store one answer (must be JSON)."""
        self.data[name] = value

    @property
    def phases(self) -> tuple[Phase, ...]:
        """The complete phases so far."""
        return tuple(phase_from_data(item) for item in self.data.get("phases", []))

    @property
    def phase_count(self) -> int:
        """How many complete phases there are."""
        return len(self.data.get("phases", []))

    def set_phases(self, phases: tuple[Phase, ...]) -> None:
        """Replace every phase."""
        self.data["phases"] = [phase_to_data(phase) for phase in phases]

    @property
    def editing(self) -> int:
        """The index of the phase being entered or changed."""
        return int(self.data.get("editing", 0))

    @property
    def work(self) -> Data:
        """The phase being entered or changed, possibly incomplete."""
        work: Data = self.data.setdefault("phase", {})
        return work

    def start_phase(self, index: int) -> None:
        """Begin entering phase ``index``: a copy of the existing one, or a blank one."""
        stored = self.data.get("phases", [])
        self.data["editing"] = index
        self.data["phase"] = deepcopy(stored[index]) if index < len(stored) else {}

    def store_phase(self, phase: Phase) -> None:
        """Put the finished phase in its place (replacing or appending)."""
        stored: list[Data] = self.data.setdefault("phases", [])
        if self.editing < len(stored):
            stored[self.editing] = phase_to_data(phase)
        else:
            stored.append(phase_to_data(phase))
        self.data.pop("phase", None)

    def remove_phase(self, index: int) -> None:
        """Drop one phase."""
        del self.data["phases"][index]

    def previous_dose(self) -> Dose | None:
        """The dose of the phase before the one being entered, if there is one."""
        index = self.editing - 1
        if not 0 <= index < self.phase_count:
            return None
        return dose_from_data(self.data["phases"][index]["dose"])

    def work_kind(self) -> PhaseKind:
        """The kind of the phase being entered."""
        return PhaseKind(self.work["kind"])

    def regimen(self) -> Regimen:
        """The finished plan (raises RegimenError if it cannot be followed)."""
        return Regimen(
            phases=self.phases,
            drug=Drug(self.data["drug"]),
            route=Route(self.data["route"]),
            giver=Giver(self.data["giver"]),
        )

    @property
    def zone(self) -> ZoneInfo:
        """The patient's chosen zone."""
        return ZoneInfo(self.data["zone"])

    @property
    def start_from(self) -> StartFrom:
        """Whether the date given is the first or the last injection."""
        return StartFrom(self.data.get("start_from", StartFrom.FIRST))

    @property
    def start_on(self) -> date:
        """The date of the first (or last) injection."""
        return date.fromisoformat(self.data["start_on"])

    @property
    def reminder_time(self) -> time:
        """The local reminder time."""
        return time.fromisoformat(self.data["time"])

    @property
    def carry(self) -> Data | None:
        """Where the current plan stands, for a new version (see `carry_to_data`); None if new."""
        carry: Data | None = self.data.get("carry")
        return carry

    @property
    def carries_on(self) -> bool:
        """Whether the patient chose to carry their current phase on into the new plan."""
        return self.carry is not None and self.data.get("resume") == "carry_on"

    def schedule_context(self) -> ScheduleContext:
        """Where and when the schedule starts, from the answers."""
        carry = self.carry
        if carry is not None and self.carries_on:
            began = carry.get("began_on")
            resume = Resume(
                carry["position"],
                carry["numbered_after"],
                date.fromisoformat(began) if began else None,
            )
            last = date.fromisoformat(carry["last_on"])
            return ScheduleContext.continuing_after(self.zone, self.reminder_time, last, resume)
        restart = Resume(carry["position"]) if carry is not None else None
        if self.start_from is StartFrom.LAST:
            return ScheduleContext.continuing_after(
                self.zone, self.reminder_time, self.start_on, restart
            )
        return ScheduleContext.starting_on(self.zone, self.reminder_time, self.start_on, restart)

    # --- /back --------------------------------------------------------------------------------

    def mark_asked(self, step: Step) -> None:
        """Remember the step now asked and the answers as they were when it was asked."""
        self.data["at"] = {"step": step.value, "answers": self._answers()}

    @property
    def current_step(self) -> Step | None:
        """The step asked last."""
        at = self.data.get("at")
        return Step(at["step"]) if at else None

    def push_current(self) -> None:
        """The current step was answered: keep it for /back."""
        if "at" in self.data:
            self.data.setdefault("stack", []).append(self.data["at"])

    def pop_previous(self) -> Step | None:
        """Undo to the previous step's answers and return that step (None at the start)."""
        stack = self.data.get("stack", [])
        if not stack:
            return None
        previous = stack.pop()
        kept = {"stack": stack}
        self.data.clear()
        self.data.update(deepcopy(previous["answers"]) | kept)
        return Step(previous["step"])

    def _answers(self) -> Data:
        """A copy of the answers without the navigation history."""
        return deepcopy({k: v for k, v in self.data.items() if k not in ("at", "stack")})
