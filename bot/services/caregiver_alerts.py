"""Caregiver alerts in the ledger: one per active link and open dose, after the follow-up.

An alert is due the link's delay after the patient's follow-up about a dose, or, once the
patient put the dose off ("late"), the same time after the renewed reminder as a follow-up
would be. The reminder writers add them as the reminders go out (bot.features.doses.reminders);
this re-plan writes them again for what is already waiting (a link just confirmed, a delay or
follow-up changed, the plan re-planned), never twice and never one already sent.
"""

from datetime import datetime, timedelta

from sqlmodel import Session

from bot.services.caregiver_summaries import plan_weekly_summaries
from storage.caregivers import (
    Shared,
    add_alert,
    alerts_gone_out,
    cancel_pending_alerts,
    links_sending,
    prompts_of_open_doses,
)
from storage.models import Patient, ReminderKind


def alert_due_at(follow_up_at: datetime, delay_minutes: int) -> datetime:
    """When a caregiver is alerted about a dose whose follow-up is due at `follow_up_at`."""
    return follow_up_at + timedelta(minutes=delay_minutes)


def alert_base(kind: ReminderKind, due_at: datetime, follow_up_minutes: int) -> datetime:
    """When the patient's last chance to answer was: the follow-up, or a follow-up's delay
    after the renewed reminder (which has no follow-up of its own)."""
    if kind == ReminderKind.DOSE_LATE_AGAIN:
        return due_at + timedelta(minutes=follow_up_minutes)
    return due_at


def replan_caregiver_alerts(session: Session, *, patient: Patient, now: datetime) -> None:
    """Write the patient's pending unconfirmed-dose alerts again from their follow-ups, and
    keep their caregivers' weekly summaries owed as their links and zone say."""
    assert patient.id is not None
    plan_weekly_summaries(session, patient=patient, now=now)
    kind = ReminderKind.CAREGIVER_UNCONFIRMED
    cancel_pending_alerts(session, patient_id=patient.id, kinds=[kind])
    links = links_sending(session, patient_ids=[patient.id], item=Shared.ALERTS).get(patient.id, [])
    if not links:
        return
    prompts = prompts_of_open_doses(session, patient_id=patient.id)
    gone = alerts_gone_out(session, patient_id=patient.id, kind=kind)
    for dose_id, (prompt_kind, prompt_at) in prompts.items():
        base = alert_base(prompt_kind, prompt_at, patient.follow_up_after_minutes)
        for link in links:
            sent_due = gone.get((link.id or 0, dose_id))
            # An alert already out about this prompt (or a later one) is not sent again.
            if link.id is None or (sent_due is not None and sent_due >= base):
                continue
            due_at = max(now, alert_due_at(base, link.alert_delay_minutes))
            add_alert(session, link=link, kind=kind, dose_id=dose_id, due_at=due_at)
    session.flush()
