"""SQLModel tables: the database is the source of truth for every plan, dose and reminder.

Every instant is an aware UTC datetime (see `UTCDateTime`); local calendar dates are
plain dates in the patient's own zone, named `*_on`. Enumerations are stored as short
strings so the schema stays portable between SQLite and PostgreSQL.
"""

from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime

# Named constraints let Alembic alter them later, on SQLite (batch mode) and PostgreSQL alike.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current instant, aware and in UTC (for row bookkeeping only)."""
    return datetime.now(UTC)


class DoseStatus(StrEnum):
    """Where a planned dose stands."""

    SCHEDULED = "scheduled"
    DONE = "done"
    SKIPPED = "skipped"
    MISSED = "missed"
    CANCELLED = "cancelled"


class DoseEventKind(StrEnum):
    """What the patient (or the grace period) said about a dose; events are append-only."""

    DONE = "done"
    LATE = "late"
    SKIPPED = "skipped"
    MISSED = "missed"
    # Takes back the latest answer still in effect (bot.domain.dose_history); nothing is deleted.
    UNDONE = "undone"


class ReminderStatus(StrEnum):
    """A reminder's place in the delivery ledger."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    EXPIRED = "expired"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ReminderKind(StrEnum):
    """What a reminder is about."""

    DOSE = "dose"
    DOSE_FOLLOW_UP = "dose_follow_up"
    DOSE_LATE_AGAIN = "dose_late_again"
    DOSE_MISSED = "dose_missed"
    LAB_DAY_BEFORE = "lab_day_before"
    LAB_DAY_OF = "lab_day_of"
    BOOK_APPOINTMENT = "book_appointment"
    SYMPTOM_CHECK_IN = "symptom_check_in"
    STOCK_LOW = "stock_low"
    PAST_DOSES = "past_doses"
    # The return day of a trip: reminders go back to the home zone, and the patient is told.
    TRAVEL_ENDS = "travel_ends"
    # To a caregiver (the reminder's caregiver_link_id): a dose still unconfirmed after the
    # patient's follow-up, or marked missed. To the patient: their caregiver blocked the bot.
    CAREGIVER_UNCONFIRMED = "caregiver_unconfirmed"
    CAREGIVER_MISSED = "caregiver_missed"
    CAREGIVER_BLOCKED = "caregiver_blocked"
    # To a caregiver who gives the injection: the patient's dose reminder, with buttons.
    CAREGIVER_DOSE = "caregiver_dose"
    # To a caregiver: the week's injections of the patient, counts only.
    CAREGIVER_WEEKLY = "caregiver_weekly"
    # To a caregiver the patient shares red flags with: the level and the fixed safety text.
    CAREGIVER_RED_FLAG = "caregiver_red_flag"
    # To either side of a link: what the other side did (the reminder's `notice` says which).
    CAREGIVER_NOTICE = "caregiver_notice"


class LabOrderStatus(StrEnum):
    """Where a planned lab test stands."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Patient(SQLModel, table=True):
    """A person using the bot, known by their private chat; no name is stored."""

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_type=sa.BigInteger, unique=True, index=True)
    time_zone: str = Field(max_length=64)
    reminder_time: time | None = Field(default=None)
    # What the patient's Telegram app reports; the bot speaks `language`, which they choose.
    language_code: str | None = Field(default=None, max_length=16)
    language: str = Field(default="en", max_length=16, sa_column_kwargs={"server_default": "en"})
    follow_up_after_minutes: int = Field(default=180)
    # How many days before a clinic-given dose the "book your appointment" reminder comes.
    appointment_notice_days: int = Field(default=7)
    ampoules_at_hand: int | None = Field(default=None)
    # A trip in force: where to, until which local date (the return day), and whether the
    # reminders keep home time ("keep_home") or follow the local time there ("follow_local").
    travel_zone: str | None = Field(default=None, max_length=64)
    travel_until: date | None = Field(default=None)
    travel_mode: str | None = Field(default=None, max_length=16)
    active: bool = Field(default=True)
    inactive_reason: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class Regimen(SQLModel, table=True):
    """One version of the prescriber's plan; a change writes a new version, never edits."""

    __table_args__ = (
        sa.Index(
            "uq_regimen_one_current_per_patient",
            "patient_id",
            unique=True,
            sqlite_where=sa.text("replaced_at IS NULL"),
            postgresql_where=sa.text("replaced_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    preset: str = Field(max_length=40)
    drug: str = Field(max_length=32)
    route: str = Field(max_length=16)
    giver: str = Field(max_length=16)
    # Exactly one is set: the first injection of the plan, or (already on treatment) the last
    # injection before the bot took over.
    first_dose_on: date | None = Field(default=None)
    last_dose_before_start_on: date | None = Field(default=None)
    # A version that takes over mid-treatment starts in phase `start_position`, with
    # `numbered_after` doses of it counted before (under the version before, when
    # `continues_position` names the phase there it carries on, or the last injection given at
    # setup); `phase_began_on` is the day that phase began.
    start_position: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    numbered_after: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    continues_position: int | None = Field(default=None)
    phase_began_on: date | None = Field(default=None)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    replaced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Phase(SQLModel, table=True):
    """One phase of a regimen (loading, transition or maintenance), in order."""

    __table_args__ = (sa.UniqueConstraint("regimen_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    regimen_id: int = Field(foreign_key="regimen.id", ondelete="CASCADE", index=True)
    position: int
    kind: str = Field(max_length=16)
    cadence: str = Field(max_length=16)
    interval: int | None = Field(default=None)
    weekdays: str | None = Field(default=None, max_length=16)
    end: str = Field(max_length=32)
    end_value: int | None = Field(default=None)
    dose_amount: Decimal = Field(sa_type=sa.Numeric(12, 3))
    dose_unit: str = Field(max_length=8)
    anchor: str | None = Field(default=None, max_length=24)
    switched_on: date | None = Field(default=None)


class ScheduledDose(SQLModel, table=True):
    """A planned injection, computed from the regimen, with where it stands now."""

    __tablename__ = "scheduled_dose"
    __table_args__ = (
        # A cancelled dose frees its number: after a phase switch the next phase reuses it.
        sa.Index(
            "uq_scheduled_dose_live_sequence",
            "regimen_id",
            "sequence",
            unique=True,
            sqlite_where=sa.text("status <> 'cancelled'"),
            postgresql_where=sa.text("status <> 'cancelled'"),
        ),
        # Every answer reads a regimen's doses by status; the partial index above cannot serve it.
        sa.Index("ix_scheduled_dose_regimen_status", "regimen_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    regimen_id: int = Field(foreign_key="regimen.id", ondelete="CASCADE")
    phase_position: int
    phase_kind: str = Field(max_length=16)
    sequence: int
    number_in_phase: int
    count_in_phase: int | None = Field(default=None)
    local_date: date
    due_at: datetime = Field(sa_type=UTCDateTime)
    dose_amount: Decimal = Field(sa_type=sa.Numeric(12, 3))
    dose_unit: str = Field(max_length=8)
    status: DoseStatus = Field(default=DoseStatus.SCHEDULED, sa_type=sa.String(16))
    taken_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The zone whose wall clock the dose was planned by: the day it was taken is read there,
    # so a later move or trip never shifts the history the schedule counts from.
    time_zone: str | None = Field(default=None, max_length=64)
    # A clinic-given dose: when the patient booked the clinic to give it (None until booked).
    appointment_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class DoseEvent(SQLModel, table=True):
    """Something that happened to a dose; rows are only ever added."""

    __tablename__ = "dose_event"

    id: int | None = Field(default=None, primary_key=True)
    dose_id: int = Field(foreign_key="scheduled_dose.id", ondelete="CASCADE", index=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    kind: DoseEventKind = Field(sa_type=sa.String(16))
    occurred_at: datetime = Field(sa_type=UTCDateTime)
    remind_again_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reason: str | None = Field(default=None, max_length=500)
    # Where a self-injected dose went (left_deltoid, right_thigh, ...), for site rotation.
    site: str | None = Field(default=None, max_length=24)
    recorded_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    # Recorded by a caregiver who gave the injection, through this link; None: by the patient.
    recorded_by_link_id: int | None = Field(
        default=None, foreign_key="caregiver_link.id", ondelete="SET NULL"
    )


class LabOrder(SQLModel, table=True):
    """A lab test the patient plans to have, and its result once recorded."""

    __tablename__ = "lab_order"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    test: str = Field(max_length=40)
    due_on: date
    ordered_by_clinician: bool = Field(default=False)
    status: LabOrderStatus = Field(default=LabOrderStatus.PLANNED, sa_type=sa.String(16))
    result_value: Decimal | None = Field(default=None, sa_type=sa.Numeric(12, 4))
    result_unit: str | None = Field(default=None, max_length=16)
    result_recorded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    done_on: date | None = Field(default=None)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class Reminder(SQLModel, table=True):
    """The delivery ledger: one row per message the bot owes a patient."""

    __table_args__ = (
        # Only pending rows are ever looked up by time; sent rows pile up and must not
        # slow the scan, so the index covers pending rows alone. The id is the claim's
        # order after the due time: a million rows due at one instant are claimed a batch at
        # a time, not sorted whole first. The status lets the claim, the wake-up and the
        # backlog read the index alone (SQLite does not take it from the WHERE); last, so
        # that a lookup by dose and status still takes the dose's index.
        sa.Index(
            "ix_reminder_pending_due",
            "due_at",
            "id",
            "status",
            sqlite_where=sa.text("status = 'pending'"),
            postgresql_where=sa.text("status = 'pending'"),
        ),
        sa.Index(
            "ix_reminder_sending_claimed",
            "claimed_at",
            "status",
            sqlite_where=sa.text("status = 'sending'"),
            postgresql_where=sa.text("status = 'sending'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    dose_id: int | None = Field(
        default=None, foreign_key="scheduled_dose.id", ondelete="CASCADE", index=True
    )
    lab_order_id: int | None = Field(
        default=None, foreign_key="lab_order.id", ondelete="CASCADE", index=True
    )
    symptom_check_in_id: int | None = Field(
        default=None, foreign_key="symptom_check_in.id", ondelete="CASCADE"
    )
    # A caregiver's alert (or the patient's note about that caregiver): the link it is about.
    caregiver_link_id: int | None = Field(
        default=None, foreign_key="caregiver_link.id", ondelete="CASCADE", index=True
    )
    # A caregiver's red-flag alert: the sign's event, whose level it carries (never the words).
    red_flag_event_id: int | None = Field(
        default=None, foreign_key="red_flag_event.id", ondelete="CASCADE"
    )
    # A link notice (kind CAREGIVER_NOTICE): which one, so its words are written when sent.
    notice: str | None = Field(default=None, max_length=24)
    kind: ReminderKind = Field(sa_type=sa.String(24))
    due_at: datetime = Field(sa_type=UTCDateTime)
    status: ReminderStatus = Field(default=ReminderStatus.PENDING, sa_type=sa.String(16))
    attempts: int = Field(default=0)
    claimed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    telegram_message_id: int | None = Field(default=None, sa_type=sa.BigInteger)
    last_error: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class SymptomCheckIn(SQLModel, table=True):
    """One symptom check-in: each symptom on a small scale (0 none … 3 severe), and a note."""

    __tablename__ = "symptom_check_in"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    asked_at: datetime = Field(sa_type=UTCDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    fatigue: int | None = Field(default=None)
    tingling: int | None = Field(default=None)
    balance: int | None = Field(default=None)
    mouth_soreness: int | None = Field(default=None)
    memory: int | None = Field(default=None)
    mood: int | None = Field(default=None)
    note: str | None = Field(default=None, max_length=1000)


class RedFlagLevel(StrEnum):
    """How urgent the safety text is."""

    EMERGENCY = "emergency"
    URGENT_CARE = "urgent_care"
    CALL_CLINICIAN = "call_clinician"


class RedFlagEvent(SQLModel, table=True):
    """A red flag found in what the patient wrote: which one, never the message itself."""

    __tablename__ = "red_flag_event"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    level: RedFlagLevel = Field(sa_type=sa.String(16))
    sign: str = Field(max_length=40)
    source: str = Field(max_length=16)
    occurred_at: datetime = Field(sa_type=UTCDateTime)


class DriftEvent(SQLModel, table=True):
    """Intervals between injections ran past the plan for consecutive doses (told once)."""

    __tablename__ = "drift_event"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    regimen_id: int = Field(foreign_key="regimen.id", ondelete="CASCADE")
    planned_interval_days: int
    actual_interval_days: list[int] = Field(sa_type=sa.JSON)
    last_dose_id: int = Field(foreign_key="scheduled_dose.id", ondelete="CASCADE")
    detected_at: datetime = Field(sa_type=UTCDateTime)
    told_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Pause(SQLModel, table=True):
    """Reminders stop from `starts_on` until `resumes_on` (a hospital stay, a trip)."""

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    starts_on: date
    resumes_on: date
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class HandlerDataKind(StrEnum):
    """Whose python-telegram-bot data a row holds."""

    USER = "user"
    CHAT = "chat"


class ConversationState(SQLModel, table=True):
    """Where one conversation (by python-telegram-bot's key) of a persistent handler stands."""

    __tablename__ = "conversation_state"
    __table_args__ = (sa.UniqueConstraint("name", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64)
    key: str = Field(max_length=128)
    state: Any = Field(sa_type=sa.JSON)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class HandlerData(SQLModel, table=True):
    """A user's or chat's `context.user_data` / `chat_data`, as one JSON object."""

    __tablename__ = "handler_data"
    __table_args__ = (sa.UniqueConstraint("kind", "owner_id"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: HandlerDataKind = Field(sa_type=sa.String(8))
    owner_id: int = Field(sa_type=sa.BigInteger)
    data: dict[str, Any] = Field(sa_type=sa.JSON)
    # Bumped on every write so a replica can tell that another one changed the row.
    version: int = Field(default=1)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class CalendarFeed(SQLModel, table=True):
    """A patient's calendar feed link: only the token's SHA-256 is kept, never the token."""

    __tablename__ = "calendar_feed"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class CaregiverLinkStatus(StrEnum):
    """Where a caregiver link stands: invited, accepted by the caregiver, confirmed, ended."""

    INVITED = "invited"
    ACCEPTED = "accepted"
    ACTIVE = "active"
    ENDED = "ended"


class CaregiverLinkEnd(StrEnum):
    """Who or what ended a caregiver link."""

    PATIENT = "patient"
    CAREGIVER = "caregiver"
    EXPIRED = "expired"
    DELETED = "deleted"
    # The caregiver blocked the bot (403 on an alert).
    BLOCKED = "blocked"


class CaregiverLink(SQLModel, table=True):
    """A patient's consented link to a caregiver's chat; only the invite code's SHA-256 is kept."""

    __tablename__ = "caregiver_link"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", ondelete="CASCADE", index=True)
    # Null until the caregiver accepts (and again once a caregiver erased their data).
    caregiver_chat_id: int | None = Field(default=None, sa_type=sa.BigInteger, index=True)
    # The caregiver's first name as Telegram gives it, so the patient can tell links apart.
    caregiver_name: str | None = Field(default=None, max_length=64)
    # The language the bot speaks to the caregiver (they may have no patient record).
    caregiver_language: str | None = Field(default=None, max_length=16)
    # The name the patient chose to be known by in the caregiver's chat ("Anna", "Mum").
    shared_name: str = Field(max_length=40)
    status: CaregiverLinkStatus = Field(default=CaregiverLinkStatus.INVITED, sa_type=sa.String(16))
    code_hash: str = Field(max_length=64, unique=True, index=True)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    accepted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_by: CaregiverLinkEnd | None = Field(default=None, sa_type=sa.String(16))
    # What the caregiver receives, chosen by the patient per link (sent from the next release).
    alert_unconfirmed: bool = Field(default=True)
    alert_delay_minutes: int = Field(default=60)
    send_reminders: bool = Field(default=False)
    weekly_summary: bool = Field(default=False)
    share_red_flags: bool = Field(default=False)


class PaidBroadcastDay(SQLModel, table=True):
    """How many paid broadcast messages (Telegram's allow_paid_broadcast, 0.1 Star each) one
    UTC day's budget has given out: taken before the messages go, so never more than the budget."""

    __tablename__ = "paid_broadcast_day"

    day: date = Field(primary_key=True)
    reserved: int = Field(default=0)
