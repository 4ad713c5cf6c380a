"""The reminder ledger: write, claim, settle and recover reminders, all in the database.

Delivery is at-least-once: a wake claims due rows (pending → sending) in one statement,
the sender marks each one sent with Telegram's message id, and rows left in "sending" by
a crash go back to pending (never the claims a live process still holds). On PostgreSQL
concurrent claimers skip each other's rows.
"""

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import NamedTuple

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.database import owe_row
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus
from storage.tables import constant, table_of

_TABLE = table_of(Reminder)
# Core, built once: every dose answer cancels reminders, and the ORM's bulk update would
# also search the session for loaded reminders to change in place.
_CANCEL_PENDING_OF_PATIENT = (
    sa.update(_TABLE)
    .where(
        _TABLE.c.patient_id == sa.bindparam("of_patient"),
        _TABLE.c.status == constant(ReminderStatus.PENDING),
    )
    .values(status=ReminderStatus.CANCELLED)
)
_CANCEL_PENDING_OF_DOSES = _CANCEL_PENDING_OF_PATIENT.where(
    _TABLE.c.dose_id.in_(sa.bindparam("of_doses", expanding=True))
)
_NEXT_PENDING_DUE_AT = sa.select(sa.func.min(_TABLE.c.due_at)).where(
    _TABLE.c.status == constant(ReminderStatus.PENDING)
)
_SENT_OF_DOSE = (
    select(Reminder)
    .where(
        col(Reminder.dose_id) == sa.bindparam("dose_id"),
        col(Reminder.status) == constant(ReminderStatus.SENT),
        col(Reminder.telegram_message_id).is_not(None),
    )
    .order_by(col(Reminder.id))
)


def add_reminder(
    session: Session,
    *,
    patient_id: int,
    kind: ReminderKind,
    due_at: datetime,
    dose_id: int | None = None,
    lab_order_id: int | None = None,
    created_at: datetime | None = None,
) -> Reminder:
    """Write one pending reminder (created now by the given clock, else the wall clock)."""
    reminder = Reminder(
        patient_id=patient_id, kind=kind, due_at=due_at, dose_id=dose_id, lab_order_id=lab_order_id
    )
    if created_at is not None:
        reminder.created_at = created_at
    session.add(reminder)
    session.flush()
    return reminder


def owe_reminder(
    session: Session,
    *,
    patient_id: int,
    kind: ReminderKind,
    due_at: datetime,
    created_at: datetime,
    dose_id: int | None = None,
) -> None:
    """Write one pending reminder when the unit commits, with every other one it owes (one
    statement for the follow-ups of a whole settle); the unit cannot read it back before."""
    # The same columns in every row owed (one statement); the others are null.
    row = {
        "patient_id": patient_id,
        "kind": kind,
        "due_at": due_at,
        "dose_id": dose_id,
        "status": ReminderStatus.PENDING,
        "attempts": 0,
        "created_at": created_at,
    }
    owe_row(session, _TABLE, row)


def next_pending_due_at(session: Session) -> datetime | None:
    """When the earliest pending reminder falls due (what the wake-up timer is armed for)."""
    due_at: datetime | None = session.connection().execute(_NEXT_PENDING_DUE_AT).scalar_one()
    return due_at


def claim_due_reminders(session: Session, *, now: datetime, limit: int) -> list[Reminder]:
    """Move up to `limit` due pending reminders to "sending" and return them, oldest first."""
    due_ids = (
        select(Reminder.id)
        .where(col(Reminder.status) == constant(ReminderStatus.PENDING), Reminder.due_at <= now)
        .order_by(col(Reminder.due_at), col(Reminder.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    statement = (
        sa.update(Reminder)
        .where(col(Reminder.id).in_(due_ids.scalar_subquery()))
        .values(
            status=ReminderStatus.SENDING,
            claimed_at=now,
            attempts=col(Reminder.attempts) + 1,
        )
        .returning(Reminder)
        .execution_options(synchronize_session=False)
    )
    claimed = list(session.execute(statement).scalars())
    return sorted(claimed, key=lambda reminder: (reminder.due_at, reminder.id or 0))


def mark_reminder_sent(
    session: Session, *, reminder_id: int, sent_at: datetime, telegram_message_id: int
) -> None:
    """Record that Telegram accepted the reminder, with the message it became."""
    session.execute(
        sa.update(Reminder)
        .where(col(Reminder.id) == reminder_id)
        .values(
            status=ReminderStatus.SENT,
            sent_at=sent_at,
            telegram_message_id=telegram_message_id,
            last_error=None,
        )
    )


class SentRow(NamedTuple):
    """One reminder Telegram accepted: when, and the message it became."""

    reminder_id: int
    sent_at: datetime
    telegram_message_id: int


def mark_reminders_sent(session: Session, *, sent: Sequence[SentRow]) -> None:
    """`mark_reminder_sent` for many reminders in one executemany statement."""
    if not sent:
        return
    table = _TABLE
    statement = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("reminder_id"))
        .values(
            status=ReminderStatus.SENT,
            sent_at=sa.bindparam("sent_at"),
            telegram_message_id=sa.bindparam("telegram_message_id"),
            last_error=None,
        )
    )
    session.connection().execute(statement, [row._asdict() for row in sent])


def release_reminder(session: Session, *, reminder_id: int, retry_at: datetime, error: str) -> None:
    """Give a claimed reminder back to the ledger to be tried again at `retry_at`."""
    session.execute(
        sa.update(Reminder)
        .where(col(Reminder.id) == reminder_id)
        .values(status=ReminderStatus.PENDING, due_at=retry_at, last_error=error[:200])
    )


def unclaim_reminders(session: Session, *, reminder_ids: Sequence[int]) -> None:
    """Put claimed reminders back as pending, unchanged (the process is stopping)."""
    session.execute(
        sa.update(Reminder)
        .where(col(Reminder.id).in_(list(reminder_ids)))
        .values(status=ReminderStatus.PENDING, attempts=col(Reminder.attempts) - 1)
    )


def settle_reminder(
    session: Session, *, reminder_id: int, status: ReminderStatus, error: str | None = None
) -> None:
    """End a reminder without sending it (expired, failed or cancelled), never silently."""
    session.execute(
        sa.update(Reminder)
        .where(col(Reminder.id) == reminder_id)
        .values(status=status, last_error=error[:200] if error else None)
    )


def settle_for_unreachable_patient(session: Session, *, reminder_id: int, patient_id: int) -> None:
    """Fail a reminder left unsent because its patient was unreachable, unless they are back.

    Checked as it is settled: a patient who unblocked the bot after the reminder was planned
    has had their failed reminders put back already, and this one must not miss that.
    """
    back = sa.select(col(Patient.active)).where(col(Patient.id) == patient_id).scalar_subquery()
    status = sa.case(
        (back == sa.true(), constant(ReminderStatus.PENDING)),
        else_=constant(ReminderStatus.FAILED),
    )
    session.execute(
        sa.update(Reminder)
        .where(col(Reminder.id) == reminder_id)
        .values(status=status, last_error=None)
    )


def requeue_stuck_reminders(
    session: Session, *, claimed_before: datetime, keep: Collection[int] = ()
) -> int:
    """Return reminders left in "sending" (a crash between claim and settle) to pending.

    `keep`: claims the calling process still holds (a result waiting to be written); they
    stay claimed however old.
    """
    statement = sa.update(Reminder).where(
        col(Reminder.status) == constant(ReminderStatus.SENDING),
        col(Reminder.claimed_at) < claimed_before,
    )
    if keep:
        statement = statement.where(col(Reminder.id).not_in(list(keep)))
    result = session.execute(statement.values(status=ReminderStatus.PENDING))
    return int(result.rowcount)  # type: ignore[attr-defined]


def cancel_pending_reminders(
    session: Session, *, patient_id: int, dose_ids: Sequence[int] | None = None
) -> int:
    """Cancel a patient's pending reminders (all, or those of the given doses)."""
    parameters: dict[str, object] = {"of_patient": patient_id}
    statement = _CANCEL_PENDING_OF_PATIENT
    if dose_ids is not None:
        statement, parameters["of_doses"] = _CANCEL_PENDING_OF_DOSES, list(dose_ids)
    result = session.connection().execute(statement, parameters)
    return int(result.rowcount)


def count_reminders_by_status(session: Session) -> dict[ReminderStatus, int]:
    """How many reminders stand in each status (for health checks and benchmarks)."""
    rows = session.execute(
        sa.select(col(Reminder.status), sa.func.count()).group_by(col(Reminder.status))
    ).all()
    return {ReminderStatus(status): int(count) for status, count in rows}


def doses_with_missed_check_due(
    session: Session, *, dose_ids: Sequence[int], now: datetime
) -> set[int]:
    """Of these doses, those whose missed check is due (a batch's `missed_check_due`)."""
    if not dose_ids:
        return set()
    statement = select(Reminder.dose_id).where(
        col(Reminder.dose_id).in_(list(dose_ids)),
        col(Reminder.kind) == ReminderKind.DOSE_MISSED,
        col(Reminder.status).in_(
            [constant(ReminderStatus.PENDING), constant(ReminderStatus.SENDING)]
        ),
        col(Reminder.due_at) <= now,
    )
    return {dose_id for dose_id in session.exec(statement).all() if dose_id is not None}


def pending_reminders_of_dose(
    session: Session, *, dose_id: int, kinds: Sequence[ReminderKind]
) -> list[Reminder]:
    """A dose's reminders of the given kinds that are still to be sent."""
    statement = select(Reminder).where(
        col(Reminder.dose_id) == dose_id,
        col(Reminder.kind).in_(list(kinds)),
        col(Reminder.status) == constant(ReminderStatus.PENDING),
    )
    return list(session.exec(statement).all())


def pending_due_times_of_doses(
    session: Session, *, dose_ids: Sequence[int], kind: ReminderKind
) -> dict[int, list[datetime]]:
    """Per dose, when its pending reminders of one kind are due (no rows loaded)."""
    due: dict[int, list[datetime]] = {}
    if not dose_ids:
        return due
    statement = select(Reminder.dose_id, Reminder.due_at).where(
        col(Reminder.dose_id).in_(list(dose_ids)),
        col(Reminder.kind) == kind,
        col(Reminder.status) == constant(ReminderStatus.PENDING),
    )
    for dose_id, due_at in session.exec(statement).all():
        if dose_id is not None:
            due.setdefault(dose_id, []).append(due_at)
    return due


# The messages that ask about a dose with its buttons: what an answer edits in place.
DOSE_PROMPT_KINDS = (ReminderKind.DOSE, ReminderKind.DOSE_FOLLOW_UP, ReminderKind.DOSE_LATE_AGAIN)


def sent_reminders_of_dose(
    session: Session, *, dose_id: int, kinds: Sequence[ReminderKind] | None = None
) -> list[Reminder]:
    """The messages already sent about a dose, of these kinds or all (to edit them later)."""
    sent = session.exec(_SENT_OF_DOSE, params={"dose_id": dose_id}).all()
    return [reminder for reminder in sent if kinds is None or reminder.kind in kinds]


def first_pending_of_kind(
    session: Session, *, patient_id: int, kind: ReminderKind
) -> datetime | None:
    """When the patient's earliest pending reminder of this kind is due (None if none is)."""
    statement = (
        select(Reminder.due_at)
        .where(
            Reminder.patient_id == patient_id,
            Reminder.kind == kind,
            Reminder.status == ReminderStatus.PENDING,
        )
        .order_by(col(Reminder.due_at))
        .limit(1)
    )
    return session.exec(statement).first()


def cancel_pending_of_dose(
    session: Session, *, dose_id: int, kinds: Sequence[ReminderKind]
) -> None:
    """Cancel a dose's pending reminders of these kinds (the others stand)."""
    for reminder in pending_reminders_of_dose(session, dose_id=dose_id, kinds=kinds):
        assert reminder.id is not None
        settle_reminder(session, reminder_id=reminder.id, status=ReminderStatus.CANCELLED)


def oldest_claim_at(connection: sa.Connection) -> datetime | None:
    """When the oldest claim not yet settled was taken (None when none is), for readiness."""
    statement = sa.select(sa.func.min(Reminder.claimed_at)).where(
        col(Reminder.status) == constant(ReminderStatus.SENDING)
    )
    claimed_at: datetime | None = connection.execute(statement).scalar_one_or_none()
    return claimed_at


def cancel_reminders(session: Session, *, reminder_ids: Collection[int | None]) -> None:
    """Cancel these reminder rows at once (nothing when there are none)."""
    if reminder_ids:
        session.execute(
            sa.update(Reminder)
            .where(col(Reminder.id).in_(reminder_ids))
            .values(status=ReminderStatus.CANCELLED)
        )


def move_reminders(
    session: Session, *, reminder_ids: Collection[int | None], due_at: datetime
) -> None:
    """Make these reminder rows due at another time (nothing when there are none)."""
    if reminder_ids:
        session.execute(
            sa.update(Reminder).where(col(Reminder.id).in_(reminder_ids)).values(due_at=due_at)
        )


def pending_reminders_due_before(
    session: Session, *, patient_id: int, kinds: Sequence[ReminderKind], before: datetime
) -> list[Reminder]:
    """The patient's pending dose reminders of these kinds due before an instant."""
    statement = select(Reminder).where(
        Reminder.patient_id == patient_id,
        Reminder.status == constant(ReminderStatus.PENDING),
        col(Reminder.dose_id).is_not(None),
        col(Reminder.kind).in_(list(kinds)),
        Reminder.due_at < before,
    )
    return list(session.exec(statement).all())


def pending_of_kind_due_at(
    session: Session, *, patient_id: int, kind: ReminderKind, due_at: datetime
) -> list[Reminder]:
    """The patient's pending reminders of one kind due exactly at an instant."""
    statement = select(Reminder).where(
        Reminder.patient_id == patient_id,
        Reminder.status == constant(ReminderStatus.PENDING),
        Reminder.kind == kind,
        Reminder.due_at == due_at,
    )
    return list(session.exec(statement).all())


def cancel_pending_prompt(session: Session, *, dose_id: int) -> int:
    """Cancel the dose's reminder if it is still to be sent; how many were (0 or 1)."""
    result = session.execute(
        sa.update(Reminder)
        .where(
            col(Reminder.dose_id) == dose_id,
            col(Reminder.kind) == constant(ReminderKind.DOSE),
            col(Reminder.status) == constant(ReminderStatus.PENDING),
        )
        .values(status=ReminderStatus.CANCELLED)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def prompt_gone_out(session: Session, *, dose_id: int) -> bool:
    """Whether the dose's reminder was sent, or is being sent right now."""
    statement = select(Reminder.id).where(
        col(Reminder.dose_id) == dose_id,
        col(Reminder.kind) == constant(ReminderKind.DOSE),
        col(Reminder.status).in_([constant(ReminderStatus.SENT), constant(ReminderStatus.SENDING)]),
    )
    return session.exec(statement.limit(1)).first() is not None


def pending_of_kind(session: Session, *, patient_id: int, kind: ReminderKind) -> list[Reminder]:
    """The patient's reminders of one kind still to be sent."""
    statement = select(Reminder).where(
        Reminder.patient_id == patient_id,
        Reminder.status == constant(ReminderStatus.PENDING),
        Reminder.kind == kind,
    )
    return list(session.exec(statement).all())


def sent_at_of_prompt(session: Session, *, dose_id: int) -> datetime | None:
    """When the dose's latest prompt went out (the follow-up delay counts from it)."""
    statement = (
        select(Reminder.sent_at)
        .where(
            col(Reminder.dose_id) == dose_id,
            col(Reminder.kind).in_(list(DOSE_PROMPT_KINDS)),
            col(Reminder.status) == constant(ReminderStatus.SENT),
        )
        .order_by(col(Reminder.sent_at).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def count_due_backlog(connection: sa.Connection, *, now: datetime) -> int:
    """Reminders due by `now` and not yet sent: pending, or claimed and in flight (the peak's
    backlog, for the metrics and the operator's drain warning)."""
    # Two counts added, not one OR: each reads its own partial index alone, where the OR
    # scanned every reminder ever written (3 s at a million patients).
    pending = sa.select(sa.func.count()).where(
        col(Reminder.status) == constant(ReminderStatus.PENDING), col(Reminder.due_at) <= now
    )
    sending = sa.select(sa.func.count()).where(
        col(Reminder.status) == constant(ReminderStatus.SENDING)
    )
    statement = sa.select(pending.scalar_subquery() + sending.scalar_subquery())
    return int(connection.execute(statement).scalar_one())
