"""Typed errors for plans that cannot be followed as written.

Each error's ``str()`` is the patient-readable text from ``bot.catalog.texts``, so the bot
layer can show it to the patient unchanged.
"""

from __future__ import annotations

from bot.catalog import texts


class RegimenError(ValueError):
    """A plan the patient entered cannot be followed as written."""

    def __init__(self, message: str, *, phase_index: int | None = None) -> None:
        """Keep the patient-readable message and, when known, the 0-based phase index."""
        super().__init__(message)
        self.phase_index = phase_index


class NoPhasesError(RegimenError):
    """The plan has no phase at all."""

    def __init__(self) -> None:
        """Use the catalog text."""
        super().__init__(texts.NO_PHASES)


class InvalidDoseError(RegimenError):
    """A dose amount is zero, negative or not a finite number."""

    def __init__(self) -> None:
        """Use the catalog text."""
        super().__init__(texts.DOSE_NOT_POSITIVE)


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
        message = texts.OPEN_ENDED_NOT_LAST.format(position=phase_index + 1)
        super().__init__(message, phase_index=phase_index)


class MaintenanceNotLastError(RegimenError):
    """A maintenance phase is followed by another phase."""

    def __init__(self, phase_index: int) -> None:
        """Name the phase by its 1-based position."""
        message = texts.MAINTENANCE_NOT_LAST.format(position=phase_index + 1)
        super().__init__(message, phase_index=phase_index)


class PhaseOrderError(RegimenError):
    """Phases are not in the order loading, transition, maintenance."""

    def __init__(self, phase_index: int, kind: str, previous: str) -> None:
        """Name the phase, its kind and the kind it wrongly follows."""
        message = texts.PHASE_OUT_OF_ORDER.format(
            position=phase_index + 1, kind=kind, previous=previous
        )
        super().__init__(message, phase_index=phase_index)


class PresetInputError(RegimenError):
    """A preset needs an answer from the patient that was not given."""
