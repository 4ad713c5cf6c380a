"""The baseline: reminders the way most reminder bots send them, for the burst benchmark.

At start-up, one python-telegram-bot JobQueue `run_once` job per patient's next dose
reminder, at its due time, with every setting left at its default (so APScheduler's
1-second misfire grace, and no rate limiter). Each job sends the same text and buttons the
real bot sends and marks the reminder sent. Run by bench/burst.py with the real bot's
environment variables: `python -m bench.common_design`. Never used by the bot itself.
"""

import logging
import os
import sys
from datetime import UTC, datetime
from typing import cast

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlmodel import col, select
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, CallbackContext, Defaults

from bot.catalog.catalog import default_catalog
from bot.features.doses.reminders import dose_prompt_text
from bot.features.patient_scope import catalog_of
from bot.services.patient_time import zone_of
from bot.settings import load_settings
from bot.telegram.keyboards import dose_keyboard
from storage.database import create_database_engine, session_scope
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus, ScheduledDose

ENGINE: dict[str, Engine] = {}


def main() -> int:
    """Poll the (double's) Bot API with one job per reminder until SIGTERM."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    settings = load_settings()
    ENGINE["engine"] = create_database_engine(settings.resolved_database_url)
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(f"{settings.telegram_api_base_url}/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(_schedule_every_reminder)
        .build()
    )
    application.run_polling()
    return 0


async def _schedule_every_reminder(application: Application) -> None:  # type: ignore[type-arg]
    """One run_once job per patient's next pending dose reminder, still in the future."""
    assert application.job_queue is not None
    now = datetime.now(UTC)
    for reminder_id, due_at, chat_id, dose_id, text in _next_reminders(ENGINE["engine"], now):
        application.job_queue.run_once(
            _send_reminder,
            when=due_at,
            chat_id=chat_id,
            data=(reminder_id, dose_id, text),
            name=f"reminder:{reminder_id}",
        )


def _next_reminders(engine: Engine, now: datetime) -> list[tuple[int, datetime, int, int, str]]:
    """(reminder id, due, chat, dose id, text) of each patient's next pending dose reminder."""
    next_due = (
        sa.select(col(Reminder.patient_id), sa.func.min(Reminder.due_at).label("due_at"))
        .where(
            col(Reminder.status) == ReminderStatus.PENDING,
            col(Reminder.kind) == ReminderKind.DOSE,
            col(Reminder.due_at) >= now,
        )
        .group_by(col(Reminder.patient_id))
        .subquery()
    )
    statement = (
        select(Reminder, ScheduledDose, Patient)
        .join(
            next_due,
            sa.and_(
                next_due.c.patient_id == Reminder.patient_id, next_due.c.due_at == Reminder.due_at
            ),
        )
        .join(ScheduledDose, col(ScheduledDose.id) == col(Reminder.dose_id))
        .join(Patient, col(Patient.id) == col(Reminder.patient_id))
        .where(col(Reminder.kind) == ReminderKind.DOSE)
    )
    with session_scope(engine) as session:
        return [
            (
                reminder.id or 0,
                reminder.due_at,
                patient.chat_id,
                dose.id or 0,
                dose_prompt_text(catalog_of(patient), dose, zone_of(patient)),
            )
            for reminder, dose, patient in session.exec(statement)
        ]


async def _send_reminder(context: CallbackContext) -> None:  # type: ignore[type-arg]
    """Send one reminder and mark it sent (an error is only logged, as such bots do)."""
    job = context.job
    assert job is not None
    assert job.chat_id is not None
    reminder_id, dose_id, text = cast(tuple[int, int, str], job.data)
    # The baseline's patients all read the default language (the bench generates them so).
    buttons = dose_keyboard(default_catalog(), dose_id)
    message = await context.bot.send_message(job.chat_id, text, reply_markup=buttons)
    with ENGINE["engine"].begin() as connection:
        connection.execute(
            sa.update(Reminder)
            .where(col(Reminder.id) == reminder_id)
            .values(
                status=ReminderStatus.SENT,
                sent_at=datetime.now(UTC),
                telegram_message_id=message.message_id,
            )
        )


if __name__ == "__main__":
    sys.exit(main())
