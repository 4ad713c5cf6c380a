"""Caregiver rows in the reminder ledger never stand for the patient's own messages."""

from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlmodel import col, select

from storage.caregivers import Shared, add_alert, create_invite, links_sending
from storage.database import session_scope
from storage.doses import dose_by_reminder_message
from storage.models import CaregiverLinkStatus, Reminder, ReminderKind, ScheduledDose
from tests.bot.patients import patient_on_common_monthly

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
PATIENT = 17001
CAREGIVER = 17002


def test_a_caregivers_message_id_never_names_a_dose_in_the_patients_chat(engine: Engine) -> None:
    """Telegram numbers messages per chat: the caregiver's message 42 is not the patient's 42."""
    patient_id = patient_on_common_monthly(engine, chat_id=PATIENT, now=NOW)
    with session_scope(engine) as session:
        link, _ = create_invite(session, patient_id=patient_id, shared_name="Mum", now=NOW)
        link.status = CaregiverLinkStatus.ACTIVE
        link.caregiver_chat_id = CAREGIVER
        session.add(link)
        dose = session.exec(select(ScheduledDose).order_by(col(ScheduledDose.id))).first()
        assert dose is not None
        assert dose.id is not None
        add_alert(session, link=link, kind=ReminderKind.CAREGIVER_DOSE, dose_id=dose.id, due_at=NOW)
        session.flush()
        [row] = session.exec(
            select(Reminder).where(Reminder.kind == ReminderKind.CAREGIVER_DOSE)
        ).all()
        row.telegram_message_id = 42
        session.add(row)
        session.flush()
        assert dose_by_reminder_message(session, chat_id=PATIENT, message_id=42) is None
        assert dose_by_reminder_message(session, chat_id=CAREGIVER, message_id=42) is None
        assert links_sending(session, patient_ids=[patient_id], item=Shared.ALERTS) == {
            patient_id: [link]
        }
        assert links_sending(session, patient_ids=[patient_id], item=Shared.REMINDERS) == {}
