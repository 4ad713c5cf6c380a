"""Routes each claimed reminder to the planner of its kind: one line per kind below."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from bot.delivery.outgoing import Delivery, Planner, unsent
from bot.features.appointments.reminders import plan_booking_deliveries
from bot.features.doses.past_dose_question import plan_past_dose_deliveries
from bot.features.doses.reminders import plan_dose_deliveries
from bot.features.doses.stock_reminder import plan_stock_deliveries
from bot.features.labs.reminders import plan_lab_deliveries
from bot.features.symptoms.offer_messages import plan_symptom_deliveries
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus

PLANNERS: dict[ReminderKind, Planner] = {
    ReminderKind.DOSE: plan_dose_deliveries,
    ReminderKind.DOSE_FOLLOW_UP: plan_dose_deliveries,
    ReminderKind.DOSE_LATE_AGAIN: plan_dose_deliveries,
    ReminderKind.DOSE_MISSED: plan_dose_deliveries,
    ReminderKind.LAB_DAY_BEFORE: plan_lab_deliveries,
    ReminderKind.LAB_DAY_OF: plan_lab_deliveries,
    ReminderKind.BOOK_APPOINTMENT: plan_booking_deliveries,
    ReminderKind.STOCK_LOW: plan_stock_deliveries,
    ReminderKind.SYMPTOM_CHECK_IN: plan_symptom_deliveries,
    ReminderKind.PAST_DOSES: plan_past_dose_deliveries,
}


def plan_deliveries(
    session: Session, reminders: Sequence[Reminder], now: datetime
) -> list[Delivery]:
    """Decide what each claimed reminder becomes; a blocked or unknown patient gets nothing."""
    deliveries: list[Delivery] = []
    by_planner: dict[Planner, list[tuple[Reminder, Patient]]] = {}
    patients = _patients_of(session, reminders)
    for reminder in reminders:
        patient = patients.get(reminder.patient_id)
        planner = PLANNERS.get(ReminderKind(reminder.kind))
        if patient is not None and not patient.active:
            delivery = unsent(reminder, ReminderStatus.FAILED)
            delivery.patient_unreachable = True
            deliveries.append(delivery)
        elif patient is None or planner is None:
            deliveries.append(unsent(reminder, ReminderStatus.FAILED))
        else:
            by_planner.setdefault(planner, []).append((reminder, patient))
    for planner, claimed in by_planner.items():
        deliveries.extend(planner(session, claimed, now))
    return deliveries


def _patients_of(session: Session, reminders: Sequence[Reminder]) -> dict[int, Patient]:
    """The batch's patients in one query (one `session.get` each cost a tenth of a burst)."""
    ids = {reminder.patient_id for reminder in reminders}
    found = session.exec(select(Patient).where(col(Patient.id).in_(ids))).all()
    return {patient.id: patient for patient in found if patient.id is not None}
