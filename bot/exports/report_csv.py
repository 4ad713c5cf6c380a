"""The report's CSV: one row per dose of the period, for a spreadsheet or a clinic's system.

The column names and the phase and outcome codes are identifiers (a spreadsheet formula or an
import reads them) written in the patient's language (`CsvLabels`); the English ones, below,
never change. Dates are ISO 8601; instants are given both in
UTC (ending in Z) and in the patient's zone (with its offset). Empty cells mean "none".

    dose_id                      the dose's number in the bot's record
    phase                        loading, transition or maintenance
    number_in_phase              the dose's place in its phase (1 = the phase's first)
    planned_local_date           the day the plan put the dose on, in the patient's zone
    due_at_utc                   when the reminder was due, UTC
    due_local                    the same instant in the patient's zone, with its UTC offset
    taken_local_date             the day the injection was given, in the patient's zone
    taken_at_utc                 when the patient said it was given, UTC
    taken_local                  the same instant in the patient's zone, with its UTC offset
    outcome                      on_time, late, early, skipped, missed, open (due, unanswered)
                                 or before_plan (given before the bot's plan began)
    days_late                    taken_local_date minus planned_local_date (negative: early)
    interval_since_previous_days days since the injection given before this one
    planned_interval_days        days the plan put between this dose and the one before it
    site                         the injection site recorded, if any
    skip_reason                  the reason the patient gave for skipping, as written (one
                                 starting with = + - or @ gets a leading ' so a spreadsheet
                                 shows it as text instead of running it as a formula)
    recorded_by                  empty when the patient recorded the answer; "caregiver" when
                                 a linked caregiver did, with their first name in brackets

"On time" is judged by the windows of bot.domain.adherence, which the PDF states.
"""

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from io import StringIO
from zoneinfo import ZoneInfo

from bot.domain.adherence import outcome
from bot.domain.record import DoseLine, given_intervals

COLUMNS = (
    "dose_id",
    "phase",
    "number_in_phase",
    "planned_local_date",
    "due_at_utc",
    "due_local",
    "taken_local_date",
    "taken_at_utc",
    "taken_local",
    "outcome",
    "days_late",
    "interval_since_previous_days",
    "planned_interval_days",
    "site",
    "skip_reason",
    "recorded_by",
)
BEFORE_PLAN = "before_plan"
CAREGIVER = "caregiver"
# What a spreadsheet takes for the start of a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvLabels:
    """The header and the phase and outcome codes in the patient's language, by English name."""

    columns: Mapping[str, str]
    phases: Mapping[str, str]
    outcomes: Mapping[str, str]
    # The code of an answer a caregiver recorded.
    caregiver: str = "caregiver"


def csv_rows(
    doses: Sequence[DoseLine], shown: Sequence[DoseLine], *, zone: ZoneInfo, today: date
) -> list[dict[str, str]]:
    """One row per dose in `shown`; intervals are counted over every dose in `doses`."""
    intervals = {interval.dose_id: interval.actual_days for interval in given_intervals(doses)}
    return [_row(dose, intervals.get(dose.dose_id), zone, today) for dose in shown]


def report_csv(rows: Sequence[dict[str, str]], labels: CsvLabels) -> bytes:
    """The rows as CSV text with a header row, UTF-8 (with a BOM, so spreadsheets read it)."""
    buffer = StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([labels.columns[column] for column in COLUMNS])
    for row in rows:
        named = {
            **row,
            "phase": labels.phases.get(row["phase"], row["phase"]),
            "outcome": labels.outcomes.get(row["outcome"], row["outcome"]),
            "recorded_by": _recorder(row, labels),
        }
        writer.writerow([named[column] for column in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def _row(dose: DoseLine, interval: int | None, zone: ZoneInfo, today: date) -> dict[str, str]:
    """One dose as a CSV row."""
    code = BEFORE_PLAN if dose.before_plan else outcome(dose, today).value
    return {
        "dose_id": str(dose.dose_id),
        "phase": dose.phase_kind,
        "number_in_phase": "" if dose.before_plan else str(dose.number_in_phase),
        "planned_local_date": "" if dose.before_plan else dose.planned_on.isoformat(),
        "due_at_utc": "" if dose.before_plan else utc_iso(dose.due_at),
        "due_local": "" if dose.before_plan else local_iso(dose.due_at, zone),
        "taken_local_date": dose.taken_on.isoformat() if dose.taken_on else "",
        "taken_at_utc": utc_iso(dose.taken_at) if dose.taken_at else "",
        "taken_local": local_iso(dose.taken_at, zone) if dose.taken_at else "",
        "outcome": code,
        "days_late": _number(dose.days_late),
        "interval_since_previous_days": _number(interval),
        "planned_interval_days": _number(None if dose.before_plan else dose.planned_gap_days),
        "site": dose.site or "",
        "skip_reason": as_text(dose.skip_reason or ""),
        "recorded_by": CAREGIVER if dose.by_caregiver else "",
        # Not a column: the caregiver's first name, put in brackets beside the code.
        "recorded_by_name": dose.caregiver_name or "",
    }


def _recorder(row: Mapping[str, str], labels: CsvLabels) -> str:
    """Who recorded the answer, in the labels' language: empty for the patient."""
    if row["recorded_by"] != CAREGIVER:
        return ""
    name = row.get("recorded_by_name", "")
    return f"{labels.caregiver} ({name})" if name else labels.caregiver


def utc_iso(instant: datetime) -> str:
    """An instant in UTC, ISO 8601 with Z: "2026-11-26T09:00:00Z"."""
    return instant.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def local_iso(instant: datetime, zone: ZoneInfo) -> str:
    """An instant in the patient's zone, ISO 8601 with its offset: "2026-07-01T10:00:00+01:00"."""
    return instant.astimezone(zone).replace(microsecond=0).isoformat()


def as_text(text: str) -> str:
    """Text a spreadsheet shows as written, never runs as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _number(value: int | None) -> str:
    """A whole number, or empty for none."""
    return "" if value is None else str(value)
