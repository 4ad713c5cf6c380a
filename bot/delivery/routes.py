"""Routes each claimed reminder to the planner of its kind (the map is in bot/app.py)."""

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlmodel import Session

from bot.delivery.outgoing import Delivery, Planner, unsent
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus
from storage.patients import patients_by_id

# The planner of each reminder kind, given by the composition root (bot/app.py): the delivery
# engine imports no feature.
Planners = Mapping[ReminderKind, Planner]


def plan_deliveries(
    session: Session, reminders: Sequence[Reminder], now: datetime, planners: Planners
) -> list[Delivery]:
    """Decide what each claimed reminder becomes; a blocked or unknown patient gets nothing."""
    deliveries: list[Delivery] = []
    by_planner: dict[Planner, list[tuple[Reminder, Patient]]] = {}
    # One query for the batch (one `session.get` each cost a tenth of a burst).
    patients = patients_by_id(session, patient_ids={reminder.patient_id for reminder in reminders})
    for reminder in reminders:
        patient = patients.get(reminder.patient_id)
        planner = planners.get(ReminderKind(reminder.kind))
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
