"""A patient's record as the exports read it: doses, labs, symptoms and events, in local dates.

Storage builds a `PatientRecord` (storage/records.py); the history pages, the calendar and the
clinician report read it through the pure functions here and in bot.domain.adherence. Nothing
here formats a sentence: outcomes are codes, the catalog words them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from bot.domain.regimen import Regimen


class DoseState(StrEnum):
    """Where a planned dose stands in the record (the stored statuses, cancelled left out)."""

    SCHEDULED = "scheduled"
    DONE = "done"
    SKIPPED = "skipped"
    MISSED = "missed"


class Outcome(StrEnum):
    """What happened to a dose, as the record tells it."""

    ON_TIME = "on_time"
    LATE = "late"
    EARLY = "early"
    SKIPPED = "skipped"
    MISSED = "missed"
    # Due (its day has come) and not answered yet.
    OPEN = "open"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class DoseLine:
    """One planned (or, before the plan, given) injection of the record."""

    dose_id: int
    regimen_id: int
    phase_position: int
    phase_kind: str
    number_in_phase: int
    count_in_phase: int | None
    planned_on: date
    due_at: datetime
    amount: Decimal
    unit: str
    state: DoseState
    taken_at: datetime | None = None
    # The local day the injection was given, in the patient's zone.
    taken_on: date | None = None
    site: str | None = None
    skip_reason: str | None = None
    # Injections given before the bot's plan began (recorded at setup): no planned day of theirs.
    before_plan: bool = False
    # Days from the previous planned dose of the same plan version (None for the first).
    planned_gap_days: int | None = None
    # Days the plan puts from this dose to the next (the phase's usual gap for the last one):
    # the days this injection covers.
    covers_days: int = 1
    # The phase's usual gap between doses: the gap its on-time window is judged by.
    usual_gap_days: int = 1
    # The answer standing (done or skipped) was recorded by a caregiver, by this first name
    # (None once the caregiver erased their data).
    by_caregiver: bool = False
    caregiver_name: str | None = None

    @property
    def given(self) -> bool:
        """Whether the injection was given."""
        return self.state is DoseState.DONE and self.taken_on is not None

    @property
    def days_late(self) -> int | None:
        """Days between the planned day and the day given (negative: early); None if not given."""
        if not self.given or self.before_plan:
            return None
        assert self.taken_on is not None
        return (self.taken_on - self.planned_on).days


@dataclass(frozen=True)
class PlanVersion:
    """One version of the prescriber's plan, as written, and when it was in force."""

    regimen_id: int
    number: int
    preset: str
    drug: str
    route: str
    giver: str
    plan: Regimen
    started_on: date
    replaced_on: date | None
    # The day the patient recorded the clinician's switch out of a phase, by position.
    switches: Mapping[int, date] = field(default_factory=dict)


@dataclass(frozen=True)
class LabLine:
    """A lab test planned or done, with its result once recorded."""

    lab_id: int
    test: str
    due_on: date
    status: str
    done_on: date | None = None
    value: Decimal | None = None
    unit: str | None = None
    ordered_by_clinician: bool = False


@dataclass(frozen=True)
class SymptomLine:
    """A completed symptom check-in: each symptom 0 (none) to 3 (severe), or None if unanswered."""

    check_in_id: int
    answered_at: datetime
    answered_on: date
    scores: Mapping[str, int | None]
    note: str | None = None

    @property
    def total(self) -> int:
        """The sum of the answered scores."""
        return sum(score for score in self.scores.values() if score is not None)


@dataclass(frozen=True)
class RedFlagLine:
    """A red flag the patient's words raised: when and how urgent, never the words."""

    occurred_at: datetime
    occurred_on: date
    level: str
    sign: str


@dataclass(frozen=True)
class DriftLine:
    """A run of intervals longer than the plan, as detected."""

    detected_on: date
    planned_days: int
    actual_days: tuple[int, ...]


@dataclass(frozen=True)
class PauseLine:
    """A pause of reminders (a hospital stay, a trip)."""

    starts_on: date
    resumes_on: date
    ended_on: date | None = None


@dataclass(frozen=True)
class PatientRecord:
    """Everything the exports may show of one patient, in their zone."""

    patient_id: int
    time_zone: str
    language: str
    today: date
    versions: tuple[PlanVersion, ...]
    # Every dose, oldest planned first (injections before the plan first of all).
    doses: tuple[DoseLine, ...]
    labs: tuple[LabLine, ...] = ()
    symptoms: tuple[SymptomLine, ...] = ()
    red_flags: tuple[RedFlagLine, ...] = ()
    drifts: tuple[DriftLine, ...] = ()
    pauses: tuple[PauseLine, ...] = ()
    ampoules_at_hand: int | None = None

    def version(self, regimen_id: int) -> PlanVersion | None:
        """The plan version a dose was planned under."""
        return next((v for v in self.versions if v.regimen_id == regimen_id), None)


def with_planned_gaps(
    doses: Sequence[DoseLine], usual_gap_days: Mapping[tuple[int, int], int]
) -> list[DoseLine]:
    """The doses with their planned gaps filled in, from their plan version's planned days.

    `usual_gap_days` gives, by (regimen id, phase position), the phase's usual gap: the days the
    last planned dose of a version covers, and those of an injection given before the plan.
    """
    planned = [d for d in doses if not d.before_plan]
    by_version: dict[int, list[DoseLine]] = {}
    for dose in sorted(planned, key=lambda d: (d.planned_on, d.dose_id)):
        by_version.setdefault(dose.regimen_id, []).append(dose)
    filled: dict[int, DoseLine] = {}
    for version_doses in by_version.values():
        for index, dose in enumerate(version_doses):
            previous = version_doses[index - 1] if index else None
            following = version_doses[index + 1] if index + 1 < len(version_doses) else None
            usual = usual_gap_days.get((dose.regimen_id, dose.phase_position), 1)
            filled[dose.dose_id] = replace(
                dose,
                usual_gap_days=usual,
                planned_gap_days=(dose.planned_on - previous.planned_on).days if previous else None,
                covers_days=max(1, (following.planned_on - dose.planned_on).days)
                if following
                else usual,
            )
    return [
        filled.get(
            d.dose_id,
            replace(
                d,
                covers_days=usual_gap_days.get((d.regimen_id, d.phase_position), 1),
                usual_gap_days=usual_gap_days.get((d.regimen_id, d.phase_position), 1),
            ),
        )
        for d in doses
    ]


@dataclass(frozen=True)
class Interval:
    """The days between two injections given, against the days the plan put between them."""

    dose_id: int
    taken_on: date
    actual_days: int
    planned_days: int | None


def given_intervals(doses: Sequence[DoseLine]) -> list[Interval]:
    """Each injection given after another, with the actual gap and the planned one.

    The planned gap is the one between the two doses' planned days (None when either was given
    before the plan, or when they belong to different plan versions).
    """
    given = sorted((d for d in doses if d.given), key=lambda d: (d.taken_on, d.dose_id))
    intervals = []
    for earlier, later in pairwise(given):
        assert earlier.taken_on is not None and later.taken_on is not None
        planned = None
        if not earlier.before_plan and not later.before_plan:
            planned = (later.planned_on - earlier.planned_on).days
        intervals.append(
            Interval(
                later.dose_id, later.taken_on, (later.taken_on - earlier.taken_on).days, planned
            )
        )
    return intervals


def days_since_injection(doses: Sequence[DoseLine], on: date) -> int | None:
    """Days from the latest injection given on or before `on` to `on`; None if none was given."""
    days = [d.taken_on for d in doses if d.given and d.taken_on is not None and d.taken_on <= on]
    return (on - max(days)).days if days else None
