"""Pauses (a hospital stay, a trip): the days on which no reminder goes out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PauseWindow:
    """No reminders from ``starts_on`` until the day before ``resumes_on`` (local dates)."""

    starts_on: date
    resumes_on: date

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls inside the pause."""
        return self.starts_on <= day < self.resumes_on


def covering(pauses: Sequence[PauseWindow], day: date) -> PauseWindow | None:
    """The pause that covers ``day``, if any."""
    return next((pause for pause in pauses if pause.covers(day)), None)


def first_day_after(pauses: Sequence[PauseWindow], day: date) -> date:
    """``day`` itself when no pause covers it, else the day reminders resume (pauses chain)."""
    while (pause := covering(pauses, day)) is not None:
        day = pause.resumes_on
    return day
