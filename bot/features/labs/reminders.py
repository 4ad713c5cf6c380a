"""Lab reminders: the day before and the morning of a planned test, with Done / Move."""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.catalog import texts
from bot.catalog.formatting import local_date_text, local_datetime_text
from bot.delivery.outgoing import Delivery, Outgoing, unsent
from bot.features.doses.reminders import LATE_NOTE_AFTER
from bot.features.labs.reminder_plan import lab_reminder_at
from storage.models import LabOrder, LabOrderStatus, Patient, Reminder, ReminderKind, ReminderStatus

LAB_PREFIX = "lab"


def plan_lab_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Decide what each claimed lab reminder becomes."""
    return [_lab_delivery(session, reminder, patient, now) for reminder, patient in reminders]


def lab_keyboard(lab_id: int) -> InlineKeyboardMarkup:
    """Done / Move it under a lab reminder."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    texts.REMINDER_LAB_DONE_BUTTON, callback_data=f"{LAB_PREFIX}:{lab_id}:done"
                ),
                InlineKeyboardButton(
                    texts.REMINDER_LAB_MOVE_BUTTON, callback_data=f"{LAB_PREFIX}:{lab_id}:move"
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
    zone = ZoneInfo(patient.time_zone)
    today = now.astimezone(zone).date()
    kind = ReminderKind(reminder.kind)
    if kind == ReminderKind.LAB_DAY_BEFORE and today >= lab.due_on:
        # Too late to be "the day before": the morning reminder says it instead.
        return unsent(reminder, ReminderStatus.EXPIRED)
    template = (
        texts.REMINDER_LAB_DAY_BEFORE
        if kind == ReminderKind.LAB_DAY_BEFORE
        else texts.REMINDER_LAB_DAY_OF
    )
    text = template.format(
        day=local_date_text(lab.due_on), test=texts.LAB_TEST_NAMES.get(lab.test, lab.test)
    )
    # Judged against the intended time, which a retry after a Telegram error does not move.
    meant_at = lab_reminder_at(patient, lab.due_on, kind)
    if now - meant_at > LATE_NOTE_AFTER:
        text = texts.REMINDER_SENT_LATE.format(when=local_datetime_text(meant_at, zone)) + text
    return Delivery(
        [reminder.id], patient.id or 0, Outgoing(patient.chat_id, text, lab_keyboard(lab.id))
    )
