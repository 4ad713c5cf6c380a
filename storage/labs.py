"""Lab orders: the tests a patient plans to have, and their results."""

from datetime import date

from sqlmodel import Session, col, select

from storage.models import LabOrder, LabOrderStatus


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
