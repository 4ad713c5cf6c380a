"""The "Which of these have you had?" question about doses a new plan put before now.

Sent through the delivery ledger like any reminder, so a crash or a Telegram error right
after the plan is saved delays the question but never loses or doubles it. The reminder
points at the latest of the doses asked about; the question shows them as they stand then.
"""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.catalog.catalog import Catalog
from bot.delivery.outgoing import Delivery, Outgoing, unsent
from bot.features.patient_scope import catalog_of
from bot.telegram.callback_data import CallbackPrefix
from storage.doses import doses_of_regimen
from storage.models import DoseStatus, Patient, Reminder, ScheduledDose

PREFIX = CallbackPrefix.PAST_DOSE
NONE = "none"
_ASKED = (DoseStatus.SCHEDULED, DoseStatus.DONE, DoseStatus.MISSED)


def plan_past_dose_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """The question with a button per date still open; nothing when all are answered."""
    deliveries = []
    for reminder, patient in reminders:
        assert reminder.id is not None
        last = session.get(ScheduledDose, reminder.dose_id) if reminder.dose_id else None
        if last is None or last.patient_id != patient.id:
            deliveries.append(unsent(reminder))
            continue
        text, keyboard = past_doses_question(catalog_of(patient), asked_doses(session, last), last)
        if keyboard is None:
            deliveries.append(unsent(reminder))
            continue
        outgoing = Outgoing(patient.chat_id, text, keyboard)
        deliveries.append(Delivery([reminder.id], patient.id or 0, outgoing))
    return deliveries


def asked_doses(session: Session, last: ScheduledDose) -> list[ScheduledDose]:
    """The doses the question is about: its plan version's doses up to the last one asked."""
    doses = doses_of_regimen(session, regimen_id=last.regimen_id, statuses=_ASKED)
    # The last injection before the plan (sequence -1) was told at setup, not asked about.
    asked = (dose for dose in doses if dose.due_at <= last.due_at and dose.sequence >= 0)
    return sorted(asked, key=lambda dose: dose.due_at)


def past_doses_question(
    catalog: Catalog, doses: list[ScheduledDose], last: ScheduledDose
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The question as it stands: answered dates as lines, open ones as buttons."""
    assert last.id is not None
    lines = [catalog.text("setup-past-doses-ask")]
    rows: list[list[InlineKeyboardButton]] = []
    for dose in doses:
        day = catalog.day(dose.local_date)
        if dose.status == DoseStatus.DONE:
            lines.append(catalog.text("setup-past-dose-done", day=day))
        elif dose.status == DoseStatus.MISSED:
            lines.append(catalog.text("setup-past-dose-not-had", day=day))
        else:
            label = catalog.text("button-past-dose", day=day)
            rows.append(
                [InlineKeyboardButton(label, callback_data=f"{PREFIX}:{dose.id}:{last.id}")]
            )
    if not rows:
        return "\n".join(lines), None
    none = InlineKeyboardButton(
        catalog.text("button-past-doses-none"), callback_data=f"{PREFIX}:{last.id}:{NONE}"
    )
    return "\n".join(lines), InlineKeyboardMarkup([*rows, [none]])
