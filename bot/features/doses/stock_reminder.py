"""The "two ampoules left: get more" reminder."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.delivery.outgoing import Delivery, Outgoing, unsent
from bot.features.doses.stock_and_drift import LOW_STOCK
from bot.features.patient_scope import catalog_of
from storage.models import Patient, Reminder


def plan_stock_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Send the count as it is now; nothing when the patient has restocked meanwhile."""
    deliveries = []
    for reminder, patient in reminders:
        assert reminder.id is not None
        count = patient.ampoules_at_hand
        if count is None or count > LOW_STOCK:
            deliveries.append(unsent(reminder))
            continue
        outgoing = Outgoing(patient.chat_id, catalog_of(patient).text("stock-low", count=count))
        deliveries.append(Delivery([reminder.id], patient.id or 0, outgoing))
    return deliveries
