"""Lab reminders in the ledger: the day before and on the morning of each planned test.

Written when a test is planned or moved, cancelled when it is done or cancelled, and never
placed inside a pause (the test itself stays planned and shows in /labs).
"""

from datetime import date, datetime, timedelta

from sqlmodel import Session

from bot.domain.local_time import local_to_utc
from bot.domain.pauses import PauseWindow, covering
from bot.services.patient_time import reminder_time_of, zone_of
from storage.labs import gone_out_lab_reminders, pending_lab_reminders, planned_labs
from storage.models import LabOrder, LabOrderStatus, Patient, ReminderKind, ReminderStatus
from storage.pauses import pauses_of_patient
from storage.reminders import add_reminder, settle_reminder

LAB_REMINDER_DAYS = ((ReminderKind.LAB_DAY_BEFORE, 1), (ReminderKind.LAB_DAY_OF, 0))


def lab_reminder_at(patient: Patient, due_on: date, kind: ReminderKind) -> datetime:
    """When a lab reminder of this kind is meant to go out (the patient's reminder time)."""
    days_before = dict(LAB_REMINDER_DAYS)[kind]
    at = reminder_time_of(patient)
    return local_to_utc(due_on - timedelta(days=days_before), at, zone_of(patient))


def write_lab_reminders(
    session: Session, *, patient: Patient, lab: LabOrder, now: datetime, replanned: bool = False
) -> None:
    """Replace the test's pending reminders with the ones its date and any pause call for.

    `replanned`: the test kept its date and the patient's clock moved (zone, reminder time,
    pause), so a reminder that already went out for it is not sent again.
    """
    cancel_lab_reminders(session, lab=lab)
    if lab.status != LabOrderStatus.PLANNED or lab.id is None:
        return
    assert patient.id is not None
    pauses = [
        PauseWindow(pause.starts_on, pause.resumes_on)
        for pause in pauses_of_patient(session, patient_id=patient.id)
    ]
    zone = zone_of(patient)
    # A changed reminder time or zone must not send again a reminder that already went out
    # for that day (a day apart at most: the zone may have moved the day).
    gone_out = {
        (kind, due_at.astimezone(zone).date())
        for kind, due_at in gone_out_lab_reminders(session, lab_order_id=lab.id)
        if replanned
    }
    for kind, days_before in LAB_REMINDER_DAYS:
        due_at = lab_reminder_at(patient, lab.due_on, kind)
        day = lab.due_on - timedelta(days=days_before)
        near = (day - timedelta(days=1), day, day + timedelta(days=1))
        if due_at <= now or any((kind, other) in gone_out for other in near):
            continue
        if covering(pauses, due_at.astimezone(zone).date()) is not None:
            continue
        add_reminder(session, patient_id=patient.id, kind=kind, due_at=due_at, lab_order_id=lab.id)


def cancel_lab_reminders(session: Session, *, lab: LabOrder) -> None:
    """Withdraw the test's reminders that are still to be sent."""
    if lab.id is None:
        return
    for reminder in pending_lab_reminders(session, lab_order_id=lab.id):
        assert reminder.id is not None
        settle_reminder(session, reminder_id=reminder.id, status=ReminderStatus.CANCELLED)


def rewrite_all_lab_reminders(session: Session, *, patient: Patient, now: datetime) -> None:
    """Re-plan every planned test's reminders (a pause, or the patient's zone or time, changed)."""
    assert patient.id is not None
    for lab in planned_labs(session, patient_id=patient.id):
        write_lab_reminders(session, patient=patient, lab=lab, now=now, replanned=True)
