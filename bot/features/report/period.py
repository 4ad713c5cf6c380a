"""The periods a report can cover, and which of the record's doses fall in one.

Pure: the record is read already (storage.records); no Telegram here.
"""

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.domain.adherence import outcome
from bot.domain.record import DoseLine, Outcome, PatientRecord


class Period(StrEnum):
    """A period the patient may pick (the value travels in the button's data)."""

    THREE_MONTHS = "3m"
    TWELVE_MONTHS = "12m"
    SINCE_START = "all"


MONTHS = {Period.THREE_MONTHS: 3, Period.TWELVE_MONTHS: 12}


@dataclass(frozen=True)
class ReportPeriod:
    """The days a report covers, first and last included, and the doses in them."""

    first: date
    last: date
    doses: tuple[DoseLine, ...]

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.last - self.first).days + 1


def dose_day(dose: DoseLine) -> date:
    """The day a dose sits at: its planned day, or the day given for one before the plan."""
    if dose.before_plan and dose.taken_on is not None:
        return dose.taken_on
    return dose.planned_on


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier (the month's last day where it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def report_period(record: PatientRecord, period: Period) -> ReportPeriod:
    """The period ending today, starting no earlier than the record; its doses whose day came."""
    today = record.today
    came = [d for d in record.doses if outcome(d, today) is not Outcome.UPCOMING]
    start = min((dose_day(d) for d in came), default=today)
    if period in MONTHS:
        start = max(start, months_before(today, MONTHS[period]) + timedelta(days=1))
    first = min(start, today)
    shown = tuple(d for d in came if first <= dose_day(d) <= today)
    return ReportPeriod(first, today, shown)
