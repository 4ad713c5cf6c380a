"""Issue 14: the clinic booking notice from /settings, and a move after the booking reminder."""

from datetime import UTC, date, datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.domain.regimen import Giver
from bot_api_double import BotApiDouble
from storage.models import DoseStatus, Reminder, ReminderKind, ReminderStatus, ScheduledDose
from tests.bot.conftest import advance_to
from tests.bot.patients import maintenance_only, patient_with_plan
from tests.bot.settings_steps import Log, confirm, move_to, tap
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 14414
BOOKING = "book your B12 injection"


def _clinic_patient(engine: Engine, now: datetime) -> None:
    """A London patient whose clinic gives 1,000 mcg every 28 days; last given Fri 20 Nov."""
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=maintenance_only(),
        now=now,
        last_dose_before_start_on=date(2026, 11, 20),
        giver=Giver.CLINIC,
    )


def _pending_bookings(session: Session) -> list[datetime]:
    """When the pending booking reminders are due."""
    session.expire_all()
    statement = select(Reminder.due_at).where(
        Reminder.kind == ReminderKind.BOOK_APPOINTMENT,
        Reminder.status == ReminderStatus.PENDING,
    )
    return sorted(session.exec(statement).all())


async def test_booking_notice_and_a_move_after_the_booking_reminder(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """10 days' notice: one booking reminder on Tue 8 Dec; a move after it sends no second."""
    _clinic_patient(engine, clock())
    chat = SetupChat(double, PATIENT)
    card = await chat.say("/settings")
    assert "7 days" in card
    await tap(chat, EN.text("settings-button-notice"))
    await chat.say("10")
    assert "10 days" in await confirm(chat)
    # The dose is Fri 18 Dec; ten days before is Tue 8 Dec, at the reminder time.
    assert _pending_bookings(session)[0] == datetime(2026, 12, 8, 9, tzinfo=UTC)
    log = Log(double, PATIENT)
    await log.walk(application, clock, [datetime(2026, 12, 8, 9, tzinfo=UTC)])
    assert log.when(BOOKING) == [datetime(2026, 12, 8, 9, tzinfo=UTC)]
    await advance_to(application, clock, datetime(2026, 12, 8, 10, tzinfo=UTC))
    assert "New York" in await move_to(chat, "New York", "New York")
    statement = select(ScheduledDose).where(ScheduledDose.status == DoseStatus.SCHEDULED)
    session.expire_all()
    next_dose = session.exec(statement.order_by(col(ScheduledDose.due_at))).first()
    assert next_dose is not None
    assert next_dose.due_at == datetime(2026, 12, 18, 14, tzinfo=UTC)
    assert datetime(2026, 12, 8, 14, tzinfo=UTC) not in _pending_bookings(session)
    await log.walk(
        application,
        clock,
        [datetime(2026, 12, 8, 14, tzinfo=UTC), datetime(2026, 12, 9, 14, tzinfo=UTC)],
    )
    assert log.when(BOOKING) == [datetime(2026, 12, 8, 9, tzinfo=UTC)]
