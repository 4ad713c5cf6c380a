"""The regimen a prescriber wrote: phases with a cadence, an end and a dose, and their checks."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal
from enum import StrEnum

from bot.domain.errors import (
    EmptyPhaseError,
    InvalidDoseError,
    InvalidEndError,
    InvalidIntervalError,
    InvalidWeekdaysError,
    MaintenanceNotLastError,
    NoPhasesError,
    OpenEndedNotLastError,
    PhaseOrderError,
)
from bot.domain.problems import Problem

# Not a clinical judgement: only a guard against typos and arithmetic overflow (about 100 years).
MAX_DAYS = 36_600
MAX_MONTHS = 1_200
MAX_DOSES = 36_600

_MCG_PER_MG = Decimal(1000)
# Far beyond any real dose either way; keeps exponents like 1E+999999999 out of arithmetic.
_MAX_DECIMAL_DIGITS = 100


class PhaseKind(StrEnum):
    """What a phase is for; phases come in this order."""

    LOADING = "loading"
    TRANSITION = "transition"
    MAINTENANCE = "maintenance"


_KIND_ORDER = {PhaseKind.LOADING: 0, PhaseKind.TRANSITION: 1, PhaseKind.MAINTENANCE: 2}


class DoseUnit(StrEnum):
    """The unit a prescription states its dose in."""

    MCG = "mcg"
    MG = "mg"


class Drug(StrEnum):
    """The form of vitamin B12 injected."""

    CYANOCOBALAMIN = "cyanocobalamin"
    HYDROXOCOBALAMIN = "hydroxocobalamin"
    METHYLCOBALAMIN = "methylcobalamin"
    OTHER = "other"


class Route(StrEnum):
    """How the injection is given."""

    IM = "im"
    DEEP_SC = "deep_sc"


class Giver(StrEnum):
    """Who gives the injection."""

    SELF = "self"
    CAREGIVER = "caregiver"
    CLINIC = "clinic"


class Anchor(StrEnum):
    """What the interval to the next dose counts from."""

    FROM_PLAN = "from_plan"
    FROM_LAST_INJECTION = "from_last_injection"


def _require_int(value: object) -> int:
    """Return ``value`` if it is a true int (not a bool), else raise TypeError."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an int, got {type(value).__name__}")
    return value


@dataclass(frozen=True)
class Dose:
    """An amount of drug per injection; exact decimal, never float."""

    amount: Decimal
    unit: DoseUnit

    def __post_init__(self) -> None:
        """Reject floats, non-finite or absurdly scaled numbers, and amounts not above zero."""
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"dose amount must be a Decimal, got {type(self.amount).__name__}")
        if not self.amount.is_finite() or self.amount <= 0:
            raise InvalidDoseError
        if abs(self.amount.adjusted()) > _MAX_DECIMAL_DIGITS:
            raise InvalidDoseError
        object.__setattr__(self, "unit", DoseUnit(self.unit))

    def in_mcg(self) -> Decimal:
        """Return the amount in micrograms, exactly (1 mg = 1,000 mcg)."""
        if self.unit is DoseUnit.MCG:
            return self.amount
        # A private context wide enough for every digit keeps the product exact whatever the
        # caller's decimal context is.
        exact = Context(prec=len(self.amount.as_tuple().digits) + 4, Emax=MAX_EMAX, Emin=MIN_EMIN)
        return exact.multiply(self.amount, _MCG_PER_MG)

    def same_amount(self, other: Dose) -> bool:
        """Tell whether both doses are the same quantity, whatever their units."""
        return self.in_mcg() == other.in_mcg()

    def display(self) -> str:
        """Render the dose for people, e.g. "1,000 mcg", "1 mg", "0.5 mg"."""
        return f"{self.amount.normalize():,f} {self.unit.value}"


@dataclass(frozen=True)
class EveryNDays:
    """Every ``days`` days: 1 daily, 2 alternate days, 7 weekly, 28 every 4 weeks."""

    days: int

    def __post_init__(self) -> None:
        """Require at least one day and a sane upper bound."""
        if _require_int(self.days) < 1:
            raise InvalidIntervalError(Problem.INTERVAL_DAYS_TOO_SHORT)
        if self.days > MAX_DAYS:
            raise InvalidIntervalError(Problem.NUMBER_TOO_LARGE)


@dataclass(frozen=True)
class OnWeekdays:
    """On fixed days of the week, 0 = Monday to 6 = Sunday ({0, 2, 4} = three times a week)."""

    weekdays: frozenset[int]

    def __post_init__(self) -> None:
        """Require at least one day, each from Monday to Sunday."""
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        if not self.weekdays:
            raise InvalidWeekdaysError(Problem.NO_WEEKDAYS)
        if any(_require_int(day) not in range(7) for day in self.weekdays):
            raise InvalidWeekdaysError(Problem.WEEKDAY_OUT_OF_RANGE)


@dataclass(frozen=True)
class EveryNMonths:
    """Every ``months`` calendar months, on the same day of month, clamped to the month's end."""

    months: int

    def __post_init__(self) -> None:
        """Require at least one month and a sane upper bound."""
        if _require_int(self.months) < 1:
            raise InvalidIntervalError(Problem.INTERVAL_MONTHS_TOO_SHORT)
        if self.months > MAX_MONTHS:
            raise InvalidIntervalError(Problem.NUMBER_TOO_LARGE)


Cadence = EveryNDays | OnWeekdays | EveryNMonths


@dataclass(frozen=True)
class AfterDoses:
    """The phase ends after ``count`` injections."""

    count: int

    def __post_init__(self) -> None:
        """Reject negative and absurd counts (zero is judged by the phase)."""
        if _require_int(self.count) < 0:
            raise InvalidEndError(Problem.DOSE_COUNT_NEGATIVE)
        if self.count > MAX_DOSES:
            raise InvalidEndError(Problem.NUMBER_TOO_LARGE)


@dataclass(frozen=True)
class AfterDuration:
    """The phase holds the doses planned before its first dose's date plus ``days``."""

    days: int

    def __post_init__(self) -> None:
        """Reject negative and absurd durations (zero is judged by the phase)."""
        if _require_int(self.days) < 0:
            raise InvalidEndError(Problem.DURATION_NEGATIVE)
        if self.days > MAX_DAYS:
            raise InvalidEndError(Problem.NUMBER_TOO_LARGE)


@dataclass(frozen=True)
class OpenEnded:
    """No planned end.

    With ``until_no_further_improvement`` the phase lasts until the patient records that the
    clinician switched them (a switch date), and a following phase may be planned; without it the
    phase never ends (maintenance) and must be the last one.
    """

    until_no_further_improvement: bool = False


End = AfterDoses | AfterDuration | OpenEnded


@dataclass(frozen=True)
class Phase:
    """One stretch of treatment with a single cadence, end and dose."""

    kind: PhaseKind
    cadence: Cadence
    end: End
    dose: Dose
    anchor: Anchor | None = None

    def __post_init__(self) -> None:
        """Reject a phase that could never give an injection."""
        object.__setattr__(self, "kind", PhaseKind(self.kind))
        if self.anchor is not None:
            object.__setattr__(self, "anchor", Anchor(self.anchor))
        if self.end in (AfterDoses(0), AfterDuration(0)):
            message = (
                Problem.LOADING_NEEDS_A_DOSE
                if self.kind is PhaseKind.LOADING
                else Problem.PHASE_NEEDS_A_DOSE
            )
            raise EmptyPhaseError(message)

    @property
    def effective_anchor(self) -> Anchor:
        """Return the chosen anchor, or the default: from the plan for weekday cadences."""
        if self.anchor is not None:
            return self.anchor
        if isinstance(self.cadence, OnWeekdays):
            return Anchor.FROM_PLAN
        return Anchor.FROM_LAST_INJECTION

    @property
    def is_open_ended(self) -> bool:
        """Tell whether the phase has no planned end."""
        return isinstance(self.end, OpenEnded)

    @property
    def may_be_followed(self) -> bool:
        """Tell whether the end allows another phase after this one (kind aside)."""
        return not isinstance(self.end, OpenEnded) or self.end.until_no_further_improvement


@dataclass(frozen=True)
class Regimen:
    """A whole prescription: ordered phases plus what is injected, how and by whom."""

    phases: tuple[Phase, ...]
    drug: Drug
    route: Route
    giver: Giver

    def __post_init__(self) -> None:
        """Check the phases' number, order and ends."""
        object.__setattr__(self, "phases", tuple(self.phases))
        object.__setattr__(self, "drug", Drug(self.drug))
        object.__setattr__(self, "route", Route(self.route))
        object.__setattr__(self, "giver", Giver(self.giver))
        validate_phases(self.phases)


def validate_phases(phases: tuple[Phase, ...]) -> None:
    """Raise the first RegimenError that makes this sequence of phases unusable."""
    if not phases:
        raise NoPhasesError
    for index, phase in enumerate(phases):
        if index > 0:
            previous = phases[index - 1]
            if _KIND_ORDER[phase.kind] < _KIND_ORDER[previous.kind]:
                raise PhaseOrderError(index, phase.kind.value, previous.kind.value)
        is_last = index == len(phases) - 1
        if is_last:
            continue
        if phase.kind is PhaseKind.MAINTENANCE:
            raise MaintenanceNotLastError(index)
        if not phase.may_be_followed:
            raise OpenEndedNotLastError(index)


def matching_phase(old: Regimen, position: int, new: Regimen) -> int | None:
    """The phase of ``new`` that carries on phase ``position`` of ``old``, if one does.

    The phase at the same position when it is of the same kind, else the first of that kind;
    None when the new plan has no phase of that kind (the patient moves on to another phase).
    """
    kind = old.phases[position].kind
    if position < len(new.phases) and new.phases[position].kind is kind:
        return position
    return next((index for index, phase in enumerate(new.phases) if phase.kind is kind), None)


class SwitchRefusal(StrEnum):
    """Why the clinician's switch cannot be recorded for the current phase."""

    PLANNED_END = "planned_end"
    LAST_PHASE = "last_phase"
    ALREADY_SWITCHED = "already_switched"


def switch_refusal(regimen: Regimen, position: int, switched: bool) -> SwitchRefusal | None:
    """Why phase ``position`` cannot be switched out of, or None when it can."""
    phase = regimen.phases[position]
    if switched:
        return SwitchRefusal.ALREADY_SWITCHED
    if not isinstance(phase.end, OpenEnded):
        return SwitchRefusal.PLANNED_END
    if not phase.end.until_no_further_improvement or position + 1 >= len(regimen.phases):
        return SwitchRefusal.LAST_PHASE
    return None
