"""When each planned dose falls, given the regimen, what happened so far and any switches.

Doses are numbered across the whole regimen (``sequence``, 0 = the first injection of phase 1). A
dose's date is one interval after the previous dose's *anchor date*: the day it was actually taken
when its phase counts from the last injection (and it was taken), otherwise its planned date.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from bot.domain.local_time import local_to_utc, require_aware
from bot.domain.pauses import PauseWindow, covering, first_day_after
from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
    Anchor,
    Cadence,
    Dose,
    EveryNDays,
    EveryNMonths,
    OnWeekdays,
    Phase,
    PhaseKind,
    Regimen,
)


class DoseOutcome(StrEnum):
    """How a planned dose was resolved."""

    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"


def _require_plain_date(value: object, name: str) -> None:
    """Raise TypeError unless ``value`` is a date (and not a datetime)."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a date, not {type(value).__name__}")


@dataclass(frozen=True)
class DoseRecord:
    """What happened to planned dose number ``sequence`` (0-based across the regimen)."""

    sequence: int
    outcome: DoseOutcome
    taken_on: date | None = None

    def __post_init__(self) -> None:
        """Require a non-negative sequence, and a local date exactly when the dose was taken."""
        object.__setattr__(self, "outcome", DoseOutcome(self.outcome))
        if self.sequence < 0:
            raise ValueError("dose sequence numbers start at 0")
        if (self.outcome is DoseOutcome.TAKEN) != (self.taken_on is not None):
            raise ValueError("taken_on is required for a taken dose and only for one")
        if self.taken_on is not None:
            _require_plain_date(self.taken_on, "taken_on")


@dataclass(frozen=True)
class ScheduleContext:
    """Where and when the patient's schedule starts; give exactly one of the two dates.

    ``first_dose_on``: the local date of the regimen's first injection (weekday cadences: the
    first matching weekday on or after it).
    ``last_dose_before_start_on``: for a patient who is already on treatment (typically
    maintenance only), the local date of their last injection before using the bot; the first
    planned dose is then one interval of phase 1 after it, and month cadences keep its day of
    month. Prefer the ``starting_on`` and ``continuing_after`` constructors.

    A plan version that takes over mid-treatment starts in phase ``start_phase`` (the phases
    before it were gone through under earlier versions), with ``numbered_after`` doses of that
    phase already counted before it (its first dose here is number ``numbered_after + 1``);
    ``phase_began_on`` is the day that phase really began, for a phase that lasts a duration.

    ``away`` is a trip that follows local time: the days before its return day are reminded
    at the reminder time in the zone travelled to, the others at home (``zone``).
    """

    zone: ZoneInfo
    reminder_time: time
    first_dose_on: date | None = None
    last_dose_before_start_on: date | None = None
    start_phase: int = 0
    numbered_after: int = 0
    phase_began_on: date | None = None
    away: Away | None = None

    def zone_on(self, day: date) -> ZoneInfo:
        """The zone whose wall clock the dose of a local day is reminded by."""
        if self.away is not None and day < self.away.until:
            return self.away.zone
        return self.zone

    def with_away(self, away: Away | None) -> ScheduleContext:
        """The same context with a trip that follows local time (or none)."""
        return replace(self, away=away)

    def __post_init__(self) -> None:
        """Require exactly one start date, a wall-clock reminder time and counts from zero."""
        if (self.first_dose_on is None) == (self.last_dose_before_start_on is None):
            raise ValueError("give exactly one of first_dose_on and last_dose_before_start_on")
        if self.start_phase < 0 or self.numbered_after < 0:
            raise ValueError("start_phase and numbered_after must not be negative")
        if self.phase_began_on is not None:
            _require_plain_date(self.phase_began_on, "phase_began_on")
        for name in ("first_dose_on", "last_dose_before_start_on"):
            value = getattr(self, name)
            if value is not None:
                _require_plain_date(value, name)
        if self.reminder_time.tzinfo is not None:
            raise ValueError("reminder_time is a local wall time and must have no tzinfo")

    @classmethod
    def starting_on(
        cls, zone: ZoneInfo, reminder_time: time, first_dose_on: date, resume: Resume | None = None
    ) -> ScheduleContext:
        """Build a context whose first planned injection is on ``first_dose_on``."""
        at = resume or Resume(0)
        return cls(
            zone,
            reminder_time,
            first_dose_on=first_dose_on,
            start_phase=at.phase_index,
            numbered_after=at.numbered_after,
            phase_began_on=at.phase_began_on,
        )

    @classmethod
    def continuing_after(
        cls,
        zone: ZoneInfo,
        reminder_time: time,
        last_injection_on: date,
        resume: Resume | None = None,
    ) -> ScheduleContext:
        """Build a context whose first planned injection is one interval after the last one."""
        at = resume or Resume(0)
        return cls(
            zone,
            reminder_time,
            last_dose_before_start_on=last_injection_on,
            start_phase=at.phase_index,
            numbered_after=at.numbered_after,
            phase_began_on=at.phase_began_on,
        )


@dataclass(frozen=True)
class Away:
    """A trip that follows local time: the zone there, and the local day the patient is back."""

    zone: ZoneInfo
    until: date

    def __post_init__(self) -> None:
        """Require a plain return date."""
        _require_plain_date(self.until, "until")


@dataclass(frozen=True)
class Resume:
    """Where a plan version takes over: its phase, the doses of it counted before, its start."""

    phase_index: int
    numbered_after: int = 0
    phase_began_on: date | None = None


@dataclass(frozen=True)
class DoseOccurrence:
    """One planned injection."""

    sequence: int
    phase_index: int
    phase_kind: PhaseKind
    number_in_phase: int
    count_in_phase: int | None
    local_date: date
    due_at: datetime
    dose: Dose
    # A dose counted from the plan whose day falls in a pause: neither reminded nor missed.
    paused: bool = False


@dataclass(frozen=True)
class PhaseBoundary:
    """The local date a phase starts (its first dose), or None while that is not known."""

    phase_index: int
    kind: PhaseKind
    starts_on: date | None


@dataclass(frozen=True)
class _Cursor:
    """Where the next dose is counted from: ``steps`` intervals after ``base``, after ``floor``."""

    base: date
    steps: int
    floor: date | None


@dataclass(frozen=True)
class _Planned:
    """A planned dose before conversion to UTC."""

    sequence: int
    phase_index: int
    number_in_phase: int
    count_in_phase: int | None
    local_date: date


@dataclass(frozen=True)
class _Stretch:
    """What walking one phase needs besides its cursor."""

    first_sequence: int
    # Doses of the phase counted before this plan version, and the day the phase began then.
    already: int = 0
    began_on: date | None = None
    switch_on: date | None = None
    # Whether the phase after this one counts from the last injection (for a switch).
    next_from_injection: bool = False


def _weekday_on_or_after(day: date, weekdays: frozenset[int]) -> date:
    """Return the first date on or after ``day`` whose weekday is in ``weekdays``."""
    ahead = min((weekday - day.weekday()) % 7 for weekday in weekdays)
    return day + timedelta(days=ahead)


def _candidate(cadence: Cadence, cursor: _Cursor) -> date:
    """Return the date ``cursor.steps`` intervals after ``cursor.base`` (may overflow)."""
    if isinstance(cadence, EveryNDays):
        return cursor.base + timedelta(days=cadence.days * cursor.steps)
    if isinstance(cadence, EveryNMonths):
        # From the base in one go (never month by month), so 31 Jan gives 29 Feb then 31 Mar.
        return cursor.base + relativedelta(months=cadence.months * cursor.steps)
    start = cursor.base + timedelta(days=min(cursor.steps, 1))
    return _weekday_on_or_after(start, cadence.weekdays)


def _next_date(cadence: Cadence, cursor: _Cursor) -> tuple[date, bool]:
    """Return the next planned date and whether it had to be moved past the previous dose."""
    candidate = _candidate(cadence, cursor)
    if cursor.floor is None or candidate > cursor.floor:
        return candidate, False
    # Only reached when a dose was recorded as taken long before it was planned.
    after_floor = cursor.floor + timedelta(days=1)
    if isinstance(cadence, OnWeekdays):
        return _weekday_on_or_after(after_floor, cadence.weekdays), True
    return after_floor, True


def _advance(
    phase: Phase, cursor: _Cursor, planned: date, moved: bool, record: DoseRecord | None
) -> tuple[_Cursor, date]:
    """Return the cursor for the phase's next dose and this dose's anchor date."""
    taken_on = record.taken_on if record is not None else None
    if (
        phase.effective_anchor is Anchor.FROM_LAST_INJECTION
        and taken_on is not None
        and taken_on != planned
    ):
        return _Cursor(taken_on, 1, planned), taken_on
    if moved or isinstance(phase.cadence, OnWeekdays):
        return _Cursor(planned, 1, planned), planned
    return _Cursor(cursor.base, cursor.steps + 1, planned), planned


def _after_pauses(phase: Phase, planned: date, pauses: Sequence[PauseWindow]) -> date:
    """Counted from the last injection, a dose that falls in a pause is due when it ends."""
    if phase.effective_anchor is not Anchor.FROM_LAST_INJECTION or not pauses:
        return planned
    resumed = first_day_after(pauses, planned)
    if resumed != planned and isinstance(phase.cadence, OnWeekdays):
        return _weekday_on_or_after(resumed, phase.cadence.weekdays)
    return resumed


def _duration_limit(first: date, phase: Phase) -> date | None:
    """Return the date from which an AfterDuration phase holds no more doses."""
    if not isinstance(phase.end, AfterDuration):
        return None
    try:
        return first + timedelta(days=phase.end.days)
    except OverflowError:
        return None


def _phase_dates(
    phase: Phase,
    cursor: _Cursor,
    stretch: _Stretch,
    history: Mapping[int, DoseRecord],
    pauses: Sequence[PauseWindow] = (),
) -> Generator[date, None, _Cursor | None]:
    """Yield one phase's planned dates; return the next phase's cursor (None: never ends).

    A switch ends the phase on its day; a dose already resolved stays in the phase it was
    given in, even on or after that day.
    """
    following = cursor
    limit = _duration_limit(stretch.began_on, phase) if stretch.began_on else None
    given = 0
    last_taken: date | None = None
    while not (isinstance(phase.end, AfterDoses) and stretch.already + given >= phase.end.count):
        try:
            planned, moved = _next_date(phase.cadence, cursor)
        except OverflowError:
            return None
        resumed = _after_pauses(phase, planned, pauses)
        if resumed != planned:
            planned, moved = resumed, True
        if given == 0 and stretch.began_on is None:
            limit = _duration_limit(planned, phase)
        if limit is not None and planned >= limit:
            break
        record = history.get(stretch.first_sequence + given)
        if stretch.switch_on is not None and planned >= stretch.switch_on and record is None:
            return _after_switch(stretch.switch_on, last_taken, stretch.next_from_injection)
        yield planned
        cursor, anchor = _advance(phase, cursor, planned, moved, record)
        if record is not None and record.taken_on is not None:
            last_taken = record.taken_on
        following = _Cursor(anchor, 1, planned)
        given += 1
    return following


def _after_switch(switch_on: date, last_taken: date | None, from_injection: bool) -> _Cursor:
    """The next phase's cursor after a switch: never before the switch day.

    Counted from the last injection, the next phase's first dose is one of its intervals after
    the last injection actually taken (two months after 5 Feb is 5 Apr, whatever the switch
    day); otherwise, or with no injection taken, one interval after the switch day.
    """
    floor = switch_on - timedelta(days=1)
    if from_injection and last_taken is not None:
        return _Cursor(last_taken, 1, max(floor, last_taken))
    return _Cursor(switch_on, 1, floor)


def _drain(dates: Generator[date, None, _Cursor | None]) -> tuple[list[date], _Cursor | None]:
    """Run a finite phase to its end; return its dates and the next phase's cursor."""
    collected: list[date] = []
    while True:
        try:
            collected.append(next(dates))
        except StopIteration as stop:
            return collected, stop.value


def _replay(dates: list[date], following: _Cursor | None) -> Generator[date, None, _Cursor | None]:
    """Yield already computed dates, then return the cursor that followed them."""
    yield from dates
    return following


def _initial_cursor(context: ScheduleContext) -> _Cursor:
    """Return the cursor of the regimen's first dose."""
    if context.first_dose_on is not None:
        return _Cursor(context.first_dose_on, 0, None)
    assert context.last_dose_before_start_on is not None  # checked by ScheduleContext
    prior = context.last_dose_before_start_on
    return _Cursor(prior, 1, prior)


def _index_history(history: Sequence[DoseRecord]) -> dict[int, DoseRecord]:
    """Return the records by sequence, refusing two records for one dose."""
    indexed: dict[int, DoseRecord] = {}
    for record in history:
        if record.sequence in indexed:
            raise ValueError(f"two records for dose {record.sequence}")
        indexed[record.sequence] = record
    return indexed


def _check_switches(regimen: Regimen, switches: Mapping[int, date]) -> None:
    """Refuse switch dates for phases that do not exist or are not open-ended."""
    for index, switched_on in switches.items():
        if not 0 <= index < len(regimen.phases):
            raise ValueError(f"no phase {index} to switch out of")
        if not regimen.phases[index].is_open_ended:
            raise ValueError(f"phase {index} has a planned end; only open-ended phases switch")
        _require_plain_date(switched_on, "switch date")


def _walk(
    regimen: Regimen,
    context: ScheduleContext,
    history: Mapping[int, DoseRecord],
    switches: Mapping[int, date],
    pauses: Sequence[PauseWindow] = (),
) -> Iterator[_Planned]:
    """Yield every planned dose in order; endless while a phase has no end and no switch."""
    cursor: _Cursor | None = _initial_cursor(context)
    sequence = 0
    for index, phase in enumerate(regimen.phases):
        if index < context.start_phase:
            continue
        if cursor is None:
            return
        stretch = _stretch(regimen, context, index, sequence, switches.get(index))
        dates = _phase_dates(phase, cursor, stretch, history, pauses)
        count: int | None = phase.end.count if isinstance(phase.end, AfterDoses) else None
        if isinstance(phase.end, AfterDuration) or stretch.switch_on is not None:
            collected, following = _drain(dates)
            count = stretch.already + len(collected)
            dates = _replay(collected, following)
        number = 0
        while True:
            try:
                planned = next(dates)
            except StopIteration as stop:
                cursor = stop.value
                break
            yield _Planned(sequence + number, index, stretch.already + number + 1, count, planned)
            number += 1
        sequence += number


def _stretch(
    regimen: Regimen, context: ScheduleContext, index: int, sequence: int, switch_on: date | None
) -> _Stretch:
    """What the walk of phase ``index`` needs: its first sequence, what came before, its switch."""
    following = regimen.phases[index + 1] if index + 1 < len(regimen.phases) else None
    starts_here = index == context.start_phase
    return _Stretch(
        first_sequence=sequence,
        already=context.numbered_after if starts_here else 0,
        began_on=context.phase_began_on if starts_here else None,
        switch_on=switch_on,
        next_from_injection=following is not None
        and following.effective_anchor is Anchor.FROM_LAST_INJECTION,
    )


def _occurrence(
    regimen: Regimen,
    context: ScheduleContext,
    planned: _Planned,
    pauses: Sequence[PauseWindow] = (),
) -> DoseOccurrence:
    """Attach the phase's kind and dose and the UTC due time to a planned dose."""
    phase = regimen.phases[planned.phase_index]
    paused = phase.effective_anchor is Anchor.FROM_PLAN and (
        covering(pauses, planned.local_date) is not None
    )
    return DoseOccurrence(
        sequence=planned.sequence,
        phase_index=planned.phase_index,
        phase_kind=phase.kind,
        number_in_phase=planned.number_in_phase,
        count_in_phase=planned.count_in_phase,
        local_date=planned.local_date,
        due_at=local_to_utc(
            planned.local_date, context.reminder_time, context.zone_on(planned.local_date)
        ),
        dose=phase.dose,
        paused=paused,
    )


def iter_doses(
    regimen: Regimen,
    context: ScheduleContext,
    history: Sequence[DoseRecord] = (),
    switches: Mapping[int, date] | None = None,
    pauses: Sequence[PauseWindow] = (),
) -> Iterator[DoseOccurrence]:
    """Yield every planned dose, resolved or not, in order; endless for a never-ending phase.

    In a pause, a dose counted from the last injection moves to the day the pause ends; one
    counted from the plan keeps its day and is marked paused.
    """
    switches = switches or {}
    _check_switches(regimen, switches)
    if context.start_phase >= len(regimen.phases):
        raise ValueError(f"no phase {context.start_phase} to start in")
    indexed = _index_history(history)
    for planned in _walk(regimen, context, indexed, switches, pauses):
        yield _occurrence(regimen, context, planned, pauses)


def upcoming_doses(
    regimen: Regimen,
    context: ScheduleContext,
    history: Sequence[DoseRecord] = (),
    switches: Mapping[int, date] | None = None,
    *,
    now: datetime,
    horizon: timedelta,
    limit: int,
    pauses: Sequence[PauseWindow] = (),
) -> list[DoseOccurrence]:
    """Return the unresolved doses from the first one (even if overdue) up to ``now + horizon``.

    The first unresolved dose is always included if the regimen has one; never more than
    ``limit`` doses are returned. Paused doses are not upcoming.
    """
    until = require_aware(now) + horizon
    if horizon < timedelta(0) or limit < 0:
        raise ValueError("horizon and limit must not be negative")
    resolved = {record.sequence for record in history}
    found: list[DoseOccurrence] = []
    if limit == 0:
        return found
    for occurrence in iter_doses(regimen, context, history, switches, pauses):
        if occurrence.sequence in resolved or occurrence.paused:
            continue
        if found and occurrence.due_at > until:
            break
        found.append(occurrence)
        if len(found) >= limit or occurrence.due_at > until:
            break
    return found


def phase_boundaries(
    regimen: Regimen,
    context: ScheduleContext,
    history: Sequence[DoseRecord] = (),
    switches: Mapping[int, date] | None = None,
    pauses: Sequence[PauseWindow] = (),
) -> list[PhaseBoundary]:
    """Return each phase's first-dose date; None after a phase that waits for a switch."""
    switches = switches or {}
    endless = [
        index
        for index, phase in enumerate(regimen.phases)
        if phase.is_open_ended and index not in switches and index >= context.start_phase
    ]
    last_known = min([*endless, len(regimen.phases) - 1])
    starts: dict[int, date] = {}
    for occurrence in iter_doses(regimen, context, history, switches, pauses):
        starts.setdefault(occurrence.phase_index, occurrence.local_date)
        if occurrence.phase_index >= last_known:
            break
    return [
        PhaseBoundary(index, phase.kind, starts.get(index))
        for index, phase in enumerate(regimen.phases)
    ]
