"""Changing the patient's clock re-plans only what is still to be sent, once, in one unit."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.app import FEATURE_REPLANNERS
from bot.services.patient_time import TravelMode, zone_of
from bot.services.replanning import register_replanner
from bot.services.settings_changes import (
    change_follow_up,
    change_reminder_time,
    change_time_zone,
    end_trip,
    start_trip,
    trip_end_at,
)
from storage.database import session_scope
from storage.doses import record_dose_event
from storage.models import (
    DoseEventKind,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.reminders import add_reminder, claim_due_reminders, mark_reminder_sent
from tests.bot.patients import (
    FIRST_DOSE_AT,
    maintenance_only,
    patient_on_common_monthly,
    patient_with_plan,
)

CHAT = 14014
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
BEFORE_PLAN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _feature_replanners() -> None:
    """Lab reminders and symptom offers are re-planned too, as in the running bot."""
    for replanned, replanner in FEATURE_REPLANNERS.items():
        register_replanner(replanned, replanner)


def _patient(session: Session, engine: Engine) -> Patient:
    """A London patient on the common monthly plan (daily from Thu 26 Nov, 09:00)."""
    patient_id = patient_on_common_monthly(engine, chat_id=CHAT, now=BEFORE_PLAN)
    patient = session.get(Patient, patient_id)
    assert patient is not None
    return patient


def _doses(session: Session) -> list[ScheduledDose]:
    """The patient's doses still planned or resolved, in due order."""
    session.expire_all()
    statement = (
        select(ScheduledDose)
        .where(ScheduledDose.status != DoseStatus.CANCELLED)
        .order_by(col(ScheduledDose.due_at))
    )
    return list(session.exec(statement).all())


def _pending(session: Session, kind: ReminderKind, dose: ScheduledDose) -> list[datetime]:
    """When the dose's pending reminders of one kind are due."""
    statement = select(Reminder.due_at).where(
        Reminder.dose_id == dose.id,
        Reminder.kind == kind,
        Reminder.status == ReminderStatus.PENDING,
    )
    return sorted(session.exec(statement).all())


def _send_first_reminder(engine: Engine, at: datetime) -> None:
    """The reminder loop claims the first dose's reminder at `at` (and, unless None, sends it)."""
    with session_scope(engine) as session:
        claimed = claim_due_reminders(session, now=at, limit=10)
        assert [reminder.kind for reminder in claimed] == [ReminderKind.DOSE]


def test_a_change_a_minute_before_the_reminder_moves_it(engine: Engine, session: Session) -> None:
    """At 08:59 the 09:00 reminder is still to come: it comes at 19:00 instead, once."""
    patient = _patient(session, engine)
    shift = change_reminder_time(
        session, patient=patient, at=time(19, 0), now=FIRST_DOSE_AT - timedelta(minutes=1)
    )
    session.commit()
    first = _doses(session)[0]
    assert first.due_at == datetime(2026, 11, 26, 19, 0, tzinfo=UTC)
    assert _pending(session, ReminderKind.DOSE, first) == [first.due_at]
    assert shift.before is not None
    assert shift.after is not None
    assert (shift.before.due_at, shift.after.due_at) == (FIRST_DOSE_AT, first.due_at)


def test_a_reminder_being_sent_keeps_its_dose(engine: Engine, session: Session) -> None:
    """At the minute, with the reminder claimed by the loop: that dose is not asked again."""
    patient = _patient(session, engine)
    _send_first_reminder(engine, FIRST_DOSE_AT)
    change_reminder_time(session, patient=patient, at=time(19, 0), now=FIRST_DOSE_AT)
    session.commit()
    first, second = _doses(session)[:2]
    assert first.due_at == FIRST_DOSE_AT
    assert _pending(session, ReminderKind.DOSE, first) == []
    assert second.due_at == datetime(2026, 11, 27, 19, 0, tzinfo=UTC)
    assert _pending(session, ReminderKind.DOSE, second) == [second.due_at]


def test_a_sent_reminder_keeps_its_follow_up_and_missed_check(
    engine: Engine, session: Session
) -> None:
    """Sent and unanswered: the follow-up and the missed check stand; the next dose moves."""
    patient = _patient(session, engine)
    _send_first_reminder(engine, FIRST_DOSE_AT)
    first = _doses(session)[0]
    with session_scope(engine) as other:
        reminder = other.exec(
            select(Reminder).where(
                Reminder.dose_id == first.id, Reminder.status == ReminderStatus.SENDING
            )
        ).one()
        assert reminder.id is not None
        assert first.id is not None
        mark_reminder_sent(
            other, reminder_id=reminder.id, sent_at=FIRST_DOSE_AT, telegram_message_id=7
        )
        add_reminder(
            other,
            patient_id=first.patient_id,
            kind=ReminderKind.DOSE_FOLLOW_UP,
            due_at=FIRST_DOSE_AT + timedelta(hours=3),
            dose_id=first.id,
        )
    missed_before = _pending(session, ReminderKind.DOSE_MISSED, first)
    now = FIRST_DOSE_AT + timedelta(hours=1)
    change_time_zone(session, patient=patient, zone=NEW_YORK, now=now)
    session.commit()
    first, second = _doses(session)[:2]
    assert first.due_at == FIRST_DOSE_AT
    assert _pending(session, ReminderKind.DOSE, first) == []
    assert _pending(session, ReminderKind.DOSE_FOLLOW_UP, first) == [
        FIRST_DOSE_AT + timedelta(hours=3)
    ]
    assert _pending(session, ReminderKind.DOSE_MISSED, first) == missed_before
    # Fri 27 Nov 09:00 in New York is 14:00 UTC.
    assert second.due_at == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)
    # The follow-up delay, changed now, moves the follow-up waiting for the first dose.
    change_follow_up(session, patient=patient, minutes=120, now=now)
    session.commit()
    assert _pending(session, ReminderKind.DOSE_FOLLOW_UP, first) == [
        FIRST_DOSE_AT + timedelta(hours=2)
    ]


def test_a_trip_following_local_time_ends_at_home_time(engine: Engine, session: Session) -> None:
    """Until the return day the doses come at 09:00 in New York, from it at 09:00 in London."""
    patient = _patient(session, engine)
    back_on = date(2026, 11, 29)
    start_trip(
        session,
        patient=patient,
        zone=NEW_YORK,
        until=back_on,
        mode=TravelMode.FOLLOW_LOCAL,
        now=BEFORE_PLAN,
    )
    session.commit()
    assert zone_of(patient) == NEW_YORK
    doses = _doses(session)
    for dose in doses[:6]:
        zone = NEW_YORK if dose.local_date < back_on else LONDON
        assert dose.due_at.astimezone(zone).time() == time(9, 0), dose.local_date
    assert len({dose.local_date for dose in doses}) == len(doses)
    ends = session.exec(
        select(Reminder).where(
            Reminder.kind == ReminderKind.TRAVEL_ENDS, Reminder.status == ReminderStatus.PENDING
        )
    ).all()
    assert [reminder.due_at for reminder in ends] == [trip_end_at(LONDON, NEW_YORK, back_on)]
    # The return day begins in New York last: midnight there is 05:00 UTC.
    assert ends[0].due_at == datetime(2026, 11, 29, 5, 0, tzinfo=UTC)
    end_trip(session, patient=patient, now=BEFORE_PLAN)
    session.commit()
    assert zone_of(patient) == LONDON
    assert all(dose.due_at.astimezone(LONDON).time() == time(9, 0) for dose in _doses(session))
    session.expire_all()
    assert ends[0].status == ReminderStatus.CANCELLED


def test_a_trip_keeping_home_time_moves_nothing(engine: Engine, session: Session) -> None:
    """Keeping home time: every reminder stays at 09:00 in London."""
    patient = _patient(session, engine)
    before = [(dose.local_date, dose.due_at) for dose in _doses(session)]
    start_trip(
        session,
        patient=patient,
        zone=AUCKLAND,
        until=date(2026, 12, 10),
        mode=TravelMode.KEEP_HOME,
        now=BEFORE_PLAN,
    )
    session.commit()
    assert zone_of(patient) == LONDON
    assert [(dose.local_date, dose.due_at) for dose in _doses(session)] == before


def test_a_move_never_shifts_the_day_a_dose_was_given(engine: Engine, session: Session) -> None:
    """Given at 21:00 in London (10:00 the next day in Auckland): still counted on its day."""
    patient_id = patient_with_plan(
        engine,
        chat_id=CHAT,
        phases=maintenance_only(),
        now=BEFORE_PLAN,
        last_dose_before_start_on=date(2026, 11, 1),
    )
    patient = session.get(Patient, patient_id)
    assert patient is not None
    first = _doses(session)[0]
    assert first.local_date == date(2026, 11, 29)
    given_at = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)
    record_dose_event(
        session, dose=first, kind=DoseEventKind.DONE, occurred_at=given_at, recorded_at=given_at
    )
    change_time_zone(session, patient=patient, zone=AUCKLAND, now=given_at + timedelta(hours=1))
    session.commit()
    following = next(dose for dose in _doses(session) if dose.status == DoseStatus.SCHEDULED)
    # 28 days after Sun 29 Nov, at 09:00 in Auckland.
    assert following.local_date == date(2026, 12, 27)
    assert following.due_at.astimezone(AUCKLAND).time() == time(9, 0)
