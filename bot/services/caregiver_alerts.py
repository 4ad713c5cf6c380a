"""Caregiver alerts in the ledger: one per active link and open dose, after the follow-up.

An alert is due the link's delay after the patient's follow-up about a dose. The follow-up
writer adds it as the dose's reminder goes out (bot.features.doses.reminders); this re-plan
writes them again for what is already waiting (a link just confirmed, a delay or follow-up
changed, the plan re-planned), never twice and never one already sent.
"""

from datetime import datetime, timedelta

from sqlmodel import Session

from bot.services.caregiver_summaries import plan_weekly_summaries
from storage.caregivers import (
    add_alert,
    alerting_links_of_patients,
    alerts_gone_out,
    cancel_pending_alerts,
    follow_ups_of_open_doses,
)
from storage.models import Patient, ReminderKind


def alert_due_at(follow_up_at: datetime, delay_minutes: int) -> datetime:
    """When a caregiver is alerted about a dose whose follow-up is due at `follow_up_at`."""
    return follow_up_at + timedelta(minutes=delay_minutes)


def replan_caregiver_alerts(session: Session, *, patient: Patient, now: datetime) -> None:
    """Write the patient's pending unconfirmed-dose alerts again from their follow-ups, and
    keep their caregivers' weekly summaries owed as their links and zone say."""
    assert patient.id is not None
    plan_weekly_summaries(session, patient=patient, now=now)
    kind = ReminderKind.CAREGIVER_UNCONFIRMED
    cancel_pending_alerts(session, patient_id=patient.id, kinds=[kind])
    links = alerting_links_of_patients(session, patient_ids=[patient.id]).get(patient.id, [])
    if not links:
        return
    follow_ups = follow_ups_of_open_doses(session, patient_id=patient.id)
    gone = alerts_gone_out(session, patient_id=patient.id, kind=kind)
    for dose_id, follow_up_at in follow_ups.items():
        for link in links:
            if link.id is None or (link.id, dose_id) in gone:
                continue
            due_at = max(now, alert_due_at(follow_up_at, link.alert_delay_minutes))
            add_alert(session, link=link, kind=kind, dose_id=dose_id, due_at=due_at)
    session.flush()
