"""Lab reminders: the day before and the morning of a planned test, with Done / Move."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.catalog.catalog import Catalog
from bot.delivery.outgoing import Delivery, Outgoing, unsent
from bot.features.doses.reminders import LATE_NOTE_AFTER
from bot.features.labs.reminder_plan import lab_reminder_at
from bot.features.patient_scope import catalog_of
from bot.services.patient_time import today_of, zone_of
from bot.telegram.callback_data import CallbackPrefix
from storage.models import LabOrder, LabOrderStatus, Patient, Reminder, ReminderKind, ReminderStatus

LAB_PREFIX = CallbackPrefix.LAB_REMINDER


def plan_lab_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Decide what each claimed lab reminder becomes."""
    return [_lab_delivery(session, reminder, patient, now) for reminder, patient in reminders]


def lab_keyboard(catalog: Catalog, lab_id: int) -> InlineKeyboardMarkup:
    """Done / Move it under a lab reminder."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    catalog.text("reminder-lab-done-button"),
                    callback_data=f"{LAB_PREFIX}:{lab_id}:done",
                ),
                InlineKeyboardButton(
                    catalog.text("reminder-lab-move-button"),
                    callback_data=f"{LAB_PREFIX}:{lab_id}:move",
                ),
            ]
        ]
    )


def _lab_delivery(
    session: Session, reminder: Reminder, patient: Patient, now: datetime
) -> Delivery:
    """The reminder for a planned test, or nothing when the test is done, moved on or gone."""
    assert reminder.id is not None
    lab = session.get(LabOrder, reminder.lab_order_id) if reminder.lab_order_id else None
    if lab is None or lab.id is None:
        return unsent(reminder, ReminderStatus.FAILED)
    if lab.status != LabOrderStatus.PLANNED:
        return unsent(reminder)
    catalog = catalog_of(patient)
    zone = zone_of(patient)
    today = today_of(patient, now)
    kind = ReminderKind(reminder.kind)
    if kind == ReminderKind.LAB_DAY_BEFORE and today >= lab.due_on:
        # Too late to be "the day before": the morning reminder says it instead.
        return unsent(reminder, ReminderStatus.EXPIRED)
    day, test = catalog.day(lab.due_on), catalog.word("lab-test-names", lab.test)
    text = (
        catalog.text("reminder-lab-day-before", day=day, test=test)
        if kind == ReminderKind.LAB_DAY_BEFORE
        else catalog.text("reminder-lab-day-of", day=day, test=test)
    )
    # Judged against the intended time, which a retry after a Telegram error does not move.
    meant_at = lab_reminder_at(patient, lab.due_on, kind)
    if now - meant_at > LATE_NOTE_AFTER:
        text = catalog.text("reminder-sent-late", when=catalog.moment(meant_at, zone)) + text
    return Delivery(
        [reminder.id],
        patient.id or 0,
        Outgoing(patient.chat_id, text, lab_keyboard(catalog, lab.id)),
    )
