"""Typed errors for plans that cannot be followed as written.

Each error carries a problem code and its values, never a sentence; the bot layer shows it with
``bot.catalog.problems.problem_text``.
"""

from __future__ import annotations

from bot.domain.problems import Problem


class RegimenError(ValueError):
    """A plan the patient entered cannot be followed as written."""

    def __init__(
        self,
        code: Problem,
        values: dict[str, str | int] | None = None,
        *,
        phase_index: int | None = None,
    ) -> None:
        """Keep the problem code, its values and, when known, the 0-based phase index."""
        super().__init__(code)
        self.code = code
        self.values: dict[str, str | int] = dict(values or {})
        self.phase_index = phase_index


class NoPhasesError(RegimenError):
    """The plan has no phase at all."""

    def __init__(self) -> None:
        """Use the no-phases code."""
        super().__init__(Problem.NO_PHASES)


class InvalidDoseError(RegimenError):
    """A dose amount is zero, negative or not a finite number."""

    def __init__(self) -> None:
        """Use the dose-not-positive code."""
        super().__init__(Problem.DOSE_NOT_POSITIVE)


class InvalidIntervalError(RegimenError):
    """An every-N-days or every-N-months interval is below 1 or absurdly large."""


class InvalidWeekdaysError(RegimenError):
    """A weekday cadence has no day, or a day outside Monday (0) to Sunday (6)."""


class InvalidEndError(RegimenError):
    """A phase end is a negative or absurdly large number."""


class EmptyPhaseError(RegimenError):
    """A phase would never give a single injection."""


class OpenEndedNotLastError(RegimenError):
    """A never-ending phase is followed by another phase."""

    def __init__(self, phase_index: int) -> None:
        """Name the phase by its 1-based position."""
        values: dict[str, str | int] = {"position": phase_index + 1}
        super().__init__(Problem.OPEN_ENDED_NOT_LAST, values, phase_index=phase_index)


class MaintenanceNotLastError(RegimenError):
    """A maintenance phase is followed by another phase."""

    def __init__(self, phase_index: int) -> None:
        """Name the phase by its 1-based position."""
        values: dict[str, str | int] = {"position": phase_index + 1}
        super().__init__(Problem.MAINTENANCE_NOT_LAST, values, phase_index=phase_index)


class PhaseOrderError(RegimenError):
    """Phases are not in the order loading, transition, maintenance."""

    def __init__(self, phase_index: int, kind: str, previous: str) -> None:
        """Name the phase, its kind and the kind it wrongly follows."""
        values: dict[str, str | int] = {
            "position": phase_index + 1,
            "kind": kind,
            "previous": previous,
        }
        super().__init__(Problem.PHASE_OUT_OF_ORDER, values, phase_index=phase_index)


class PresetInputError(RegimenError):
    """A preset needs an answer from the patient that was not given."""
