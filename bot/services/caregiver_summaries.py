"""Caregivers' weekly summaries in the ledger: exactly one owed per link that asks for it.

A link that is active with `weekly_summary` on has one CAREGIVER_WEEKLY row pending (or being
sent), due the next Sunday at 18:00 in the patient's zone; any other link has none. The row
chains: once it is settled its successor for the week after is written in the same
transaction (bot.features.caregivers.weekly_summary), so the pending row is the single source
of truth and a restart neither loses nor doubles a week. The counts a summary tells are read
here too, as codes and dates; the feature words them.
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain.adherence import typical_gap_days
from bot.domain.caregiver_summary import (
    Week,
    WeekCounts,
    WeekDose,
    summary_due_after,
    week_counts,
    week_told_at,
)
from bot.domain.record import DoseState
from bot.services.patient_time import home_zone_of, zone_of
from storage.caregivers import (
    Shared,
    active_links_of_patient,
    add_weekly_summary,
    doses_planned_between,
    sends,
    weekly_summaries_owed,
)
from storage.doses import first_open_dose_due_after
from storage.models import DoseStatus, Patient, Reminder, ReminderStatus, ScheduledDose
from storage.regimens import load_plan, regimen_versions
from storage.reminders import cancel_reminders, doses_with_missed_check_due, move_reminders


@dataclass(frozen=True)
class WeekSummary:
    """What one summary tells: the week, its counts, and the next injection still to come."""

    week: Week
    counts: WeekCounts
    next_dose: ScheduledDose | None


def plan_weekly_summaries(session: Session, *, patient: Patient, now: datetime) -> None:
    """Make the patient's owed weekly summaries match their links, in this unit of work."""
    _plan(session, patient=patient, now=now, settled=None)


def plan_next_weekly_summary(
    session: Session, *, patient: Patient, settled: Reminder, now: datetime
) -> None:
    """A summary was settled (sent or not): owe the next one if its link still asks for it."""
    _plan(session, patient=patient, now=max(now, settled.due_at), settled=settled.id)


def _plan(session: Session, *, patient: Patient, now: datetime, settled: int | None) -> None:
    """Cancel the rows of links that no longer qualify, keep or move the one of each link
    that does, and add it where it is missing (`settled`: a row being settled, left alone)."""
    assert patient.id is not None
    wanted = {
        link.id: link
        for link in active_links_of_patient(session, patient_id=patient.id)
        if link.id is not None and sends(link, Shared.WEEKLY)
    }
    due_at = summary_due_after(now, zone_of(patient))
    kept: set[int] = set()
    cancelled: list[int | None] = []
    for row in weekly_summaries_owed(session, patient_id=patient.id):
        link_id = row.caregiver_link_id
        if row.id == settled:
            continue
        if link_id not in wanted or link_id in kept:
            if row.status == ReminderStatus.PENDING:
                cancelled.append(row.id)
            continue
        kept.add(link_id)
        # A row already due goes out as it is; a later one follows the patient's zone now.
        if row.status == ReminderStatus.PENDING and row.due_at > now and row.due_at != due_at:
            move_reminders(session, reminder_ids=[row.id], due_at=due_at)
    cancel_reminders(session, reminder_ids=cancelled)
    for link_id, link in wanted.items():
        if link_id not in kept:
            add_weekly_summary(session, link=link, due_at=due_at)
    session.flush()


def week_summary(
    session: Session, *, patient: Patient, due_at: datetime, now: datetime
) -> WeekSummary:
    """The week a summary due at `due_at` tells, its counts as of `now`, and the next dose."""
    assert patient.id is not None
    week = week_told_at(due_at, zone_of(patient))
    rows = doses_planned_between(session, patient_id=patient.id, first=week.first, last=week.last)
    gaps = _usual_gaps(session, patient=patient, regimen_ids={row.regimen_id for row in rows})
    # A dose whose missed check is due is being marked missed in this very run (after an
    # outage they come due together): count it as the note the patient gets calls it.
    missing = doses_with_missed_check_due(
        session, dose_ids=[row.id for row in rows if row.id is not None], now=now
    )
    doses = [_week_dose(row, patient, gaps, row.id in missing) for row in rows]
    next_dose = first_open_dose_due_after(session, patient_id=patient.id, after=now)
    return WeekSummary(week, week_counts(doses, week, now), next_dose)


def _week_dose(
    row: ScheduledDose, patient: Patient, gaps: dict[tuple[int, int], int], missing: bool
) -> WeekDose:
    """One dose row as the summary counts it: its day, state and the day it was given."""
    zone = ZoneInfo(row.time_zone) if row.time_zone else home_zone_of(patient)
    taken_on = row.taken_at.astimezone(zone).date() if row.taken_at is not None else None
    return WeekDose(
        planned_on=row.local_date,
        due_at=row.due_at,
        state=DoseState.MISSED
        if missing and row.status == DoseStatus.SCHEDULED
        else DoseState(row.status),
        taken_on=taken_on,
        usual_gap_days=gaps.get((row.regimen_id, row.phase_position), 1),
    )


def _usual_gaps(
    session: Session, *, patient: Patient, regimen_ids: Collection[int]
) -> dict[tuple[int, int], int]:
    """Each phase's usual gap in days, by (regimen id, phase position), for these versions."""
    assert patient.id is not None
    gaps: dict[tuple[int, int], int] = {}
    for regimen in regimen_versions(session, patient_id=patient.id):
        if regimen.id is None or regimen.id not in regimen_ids:
            continue
        plan = load_plan(session, regimen=regimen)
        for position, phase in enumerate(plan.phases):
            gaps[(regimen.id, position)] = typical_gap_days(phase.cadence)
    return gaps
