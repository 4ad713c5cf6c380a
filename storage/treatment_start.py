"""Where a patient's treatment began: their plan versions, oldest first, and the first dose."""

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.doses import RESOLVED
from storage.models import Regimen, ScheduledDose


def regimens_of_patient(session: Session, *, patient_id: int) -> list[Regimen]:
    """Every version of the patient's plan, oldest first (the current one last)."""
    statement = select(Regimen).where(Regimen.patient_id == patient_id).order_by(col(Regimen.id))
    return list(session.exec(statement).all())


def first_resolved_dose(session: Session, *, regimen_id: int) -> ScheduledDose | None:
    """A plan version's first dose that happened or was due (done, skipped or missed)."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.regimen_id == regimen_id,
            col(ScheduledDose.status).in_(sa.bindparam("statuses", expanding=True)),
        )
        .order_by(col(ScheduledDose.sequence))
        .limit(1)
    )
    return session.exec(statement, params={"statuses": list(RESOLVED)}).first()
