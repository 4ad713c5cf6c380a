"""Lab orders: the tests a patient plans to have, and their results."""

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.models import LabOrder, LabOrderStatus, Reminder, ReminderKind, ReminderStatus
from storage.tables import constant


def next_planned_lab(session: Session, *, patient_id: int, on_or_after: date) -> LabOrder | None:
    """The patient's next planned lab test from a local date on."""
    statement = (
        select(LabOrder)
        .where(
            LabOrder.patient_id == patient_id,
            LabOrder.status == LabOrderStatus.PLANNED,
            col(LabOrder.due_on) >= on_or_after,
        )
        .order_by(col(LabOrder.due_on))
        .limit(1)
    )
    return session.exec(statement).first()


def add_lab_order(
    session: Session,
    *,
    patient_id: int,
    test: str,
    due_on: date,
    ordered_by_clinician: bool,
    now: datetime,
) -> LabOrder:
    """Plan a lab test on a local date."""
    lab = LabOrder(
        patient_id=patient_id,
        test=test,
        due_on=due_on,
        ordered_by_clinician=ordered_by_clinician,
        created_at=now,
    )
    session.add(lab)
    session.flush()
    return lab


def lab_for_patient(session: Session, *, lab_id: int, patient_id: int) -> LabOrder | None:
    """A lab order, only if it belongs to this patient (callback data is untrusted)."""
    lab = session.get(LabOrder, lab_id)
    return lab if lab is not None and lab.patient_id == patient_id else None


def planned_labs(session: Session, *, patient_id: int) -> list[LabOrder]:
    """The patient's planned tests, soonest first."""
    statement = (
        select(LabOrder)
        .where(LabOrder.patient_id == patient_id, LabOrder.status == LabOrderStatus.PLANNED)
        .order_by(col(LabOrder.due_on), col(LabOrder.id))
    )
    return list(session.exec(statement).all())


def done_labs(session: Session, *, patient_id: int) -> list[LabOrder]:
    """The patient's tests marked done, oldest first."""
    statement = (
        select(LabOrder)
        .where(LabOrder.patient_id == patient_id, LabOrder.status == LabOrderStatus.DONE)
        .order_by(col(LabOrder.done_on), col(LabOrder.id))
    )
    return list(session.exec(statement).all())


def mark_lab_done(session: Session, *, lab: LabOrder, on: date) -> None:
    """The test was had on a local date."""
    lab.status = LabOrderStatus.DONE
    lab.done_on = on
    session.add(lab)
    session.flush()


def move_lab(session: Session, *, lab: LabOrder, due_on: date) -> None:
    """Plan the test on another local date."""
    lab.due_on = due_on
    session.add(lab)
    session.flush()


def record_lab_result(
    session: Session, *, lab: LabOrder, value: Decimal, unit: str, now: datetime
) -> None:
    """Store the test's result (value and unit as the patient's report gives them)."""
    lab.result_value = value
    lab.result_unit = unit
    lab.result_recorded_at = now
    session.add(lab)
    session.flush()


def previous_result(session: Session, *, lab: LabOrder) -> LabOrder | None:
    """The same test's result before this one, if any."""
    assert lab.done_on is not None
    statement = (
        select(LabOrder)
        .where(
            LabOrder.patient_id == lab.patient_id,
            LabOrder.test == lab.test,
            LabOrder.status == LabOrderStatus.DONE,
            col(LabOrder.result_value).is_not(None),
            sa.or_(
                col(LabOrder.done_on) < lab.done_on,
                sa.and_(col(LabOrder.done_on) == lab.done_on, col(LabOrder.id) < lab.id),
            ),
        )
        .order_by(col(LabOrder.done_on).desc(), col(LabOrder.id).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def gone_out_lab_reminders(
    session: Session, *, lab_order_id: int
) -> list[tuple[ReminderKind, datetime]]:
    """A lab order's reminders already sent or being sent: their kind and due time."""
    statement = select(Reminder.kind, Reminder.due_at).where(
        Reminder.lab_order_id == lab_order_id,
        col(Reminder.status).in_([constant(ReminderStatus.SENT), constant(ReminderStatus.SENDING)]),
    )
    return [(ReminderKind(kind), due_at) for kind, due_at in session.exec(statement).all()]


def pending_lab_reminders(session: Session, *, lab_order_id: int) -> list[Reminder]:
    """A lab order's reminders still to be sent."""
    statement = select(Reminder).where(
        Reminder.lab_order_id == lab_order_id, Reminder.status == constant(ReminderStatus.PENDING)
    )
    return list(session.exec(statement).all())
