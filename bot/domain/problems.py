"""Codes for why the domain refused something; the catalog turns a code and its values into words.

Each value is the kebab-case of the catalog message id it stands for.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Protocol


class Problem(StrEnum):
    """Why a plan, preset, typed answer or lab result was refused."""

    NO_PHASES = "no-phases"
    DOSE_NOT_POSITIVE = "dose-not-positive"
    OPEN_ENDED_NOT_LAST = "open-ended-not-last"
    MAINTENANCE_NOT_LAST = "maintenance-not-last"
    PHASE_OUT_OF_ORDER = "phase-out-of-order"
    INTERVAL_DAYS_TOO_SHORT = "interval-days-too-short"
    INTERVAL_MONTHS_TOO_SHORT = "interval-months-too-short"
    NUMBER_TOO_LARGE = "number-too-large"
    NO_WEEKDAYS = "no-weekdays"
    WEEKDAY_OUT_OF_RANGE = "weekday-out-of-range"
    DOSE_COUNT_NEGATIVE = "dose-count-negative"
    DURATION_NEGATIVE = "duration-negative"
    LOADING_NEEDS_A_DOSE = "loading-needs-a-dose"
    PHASE_NEEDS_A_DOSE = "phase-needs-a-dose"
    PRESET_NEEDS_MONTHS = "preset-needs-months"
    PRESET_NEEDS_DOSE = "preset-needs-dose"
    # Typed answers: dates, times and time zones.
    DATE_EMPTY = "date-empty"
    DATE_UNRECOGNISED = "date-unrecognised"
    DATE_MISSING_MONTH = "date-missing-month"
    DATE_NO_SUCH_DAY = "date-no-such-day"
    DATE_NO_SUCH_MONTH = "date-no-such-month"
    DATE_YEAR_OUT_OF_RANGE = "date-year-out-of-range"
    DATE_IN_FUTURE = "date-in-future"
    DATE_IN_PAST = "date-in-past"
    TIME_EMPTY = "time-empty"
    TIME_UNRECOGNISED = "time-unrecognised"
    TIME_BAD_HOUR = "time-bad-hour"
    TIME_BAD_MINUTE = "time-bad-minute"
    TIME_BAD_AM_PM_HOUR = "time-bad-am-pm-hour"
    ZONE_EMPTY = "zone-empty"
    ZONE_UNRECOGNISED = "zone-unrecognised"
    ZONE_OFFSET_OUT_OF_RANGE = "zone-offset-out-of-range"
    ZONE_OFFSET_NOT_WHOLE_HOURS = "zone-offset-not-whole-hours"
    # Typed answers: replies, doses and counts.
    DONE_DATE_IN_FUTURE = "done-date-in-future"
    DOSE_EMPTY = "dose-empty"
    DOSE_UNRECOGNISED = "dose-unrecognised"
    DOSE_NEEDS_UNIT = "dose-needs-unit"
    DOSE_WRONG_UNIT = "dose-wrong-unit"
    DOSE_AMBIGUOUS_SEPARATOR = "dose-ambiguous-separator"
    DOSE_NOT_ABOVE_ZERO = "dose-not-above-zero"
    COUNT_UNRECOGNISED = "count-unrecognised"
    COUNT_OUT_OF_RANGE = "count-out-of-range"
    # Lab results.
    LAB_RESULT_UNRECOGNISED = "lab-result-unrecognised"
    LAB_RESULT_UNKNOWN_TEST = "lab-result-unknown-test"
    LAB_RESULT_OTHER_TEST = "lab-result-other-test"
    LAB_RESULT_NEEDS_UNIT = "lab-result-needs-unit"
    LAB_RESULT_WRONG_UNIT = "lab-result-wrong-unit"
    LAB_RESULT_OUT_OF_RANGE = "lab-result-out-of-range"
    LAB_RESULT_NO_VALUE = "lab-result-no-value"


ProblemValues = Mapping[str, str | int]
"""The values a problem's words are filled with, by name."""


class Explained(Protocol):
    """Anything that says why with a problem code and its values."""

    @property
    def code(self) -> Problem:
        """Why it was refused."""
        ...

    @property
    def values(self) -> ProblemValues:
        """The values the words for the code need."""
        ...
