"""Injection sites, ampoule stock and interval drift: what the done doses add to the record."""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.models import (
    DoseEvent,
    DoseEventKind,
    DriftEvent,
    Reminder,
    ReminderKind,
    ReminderStatus,
)
from storage.tables import constant

# Looked for after every done: built once.
_UNTOLD_DRIFTS = (
    select(DriftEvent)
    .where(DriftEvent.patient_id == sa.bindparam("patient_id"), col(DriftEvent.told_at).is_(None))
    .order_by(col(DriftEvent.id))
)


def recent_sites(session: Session, *, patient_id: int, limit: int = 8) -> list[str]:
    """The sites of the patient's latest injections that have one, newest first."""
    statement = (
        select(DoseEvent.site)
        .where(
            DoseEvent.patient_id == patient_id,
            DoseEvent.kind == DoseEventKind.DONE,
            col(DoseEvent.site).is_not(None),
        )
        .order_by(col(DoseEvent.occurred_at).desc(), col(DoseEvent.id).desc())
        .limit(limit)
    )
    return [site for site in session.exec(statement).all() if site is not None]


def set_done_site(session: Session, *, dose_id: int, site: str) -> bool:
    """Record where the latest "done" of a dose was injected; False when it is not done."""
    statement = (
        select(DoseEvent)
        .where(DoseEvent.dose_id == dose_id, DoseEvent.kind == DoseEventKind.DONE)
        .order_by(col(DoseEvent.id).desc())
    )
    event = session.exec(statement).first()
    if event is None:
        return False
    event.site = site
    session.add(event)
    return True


def drift_told_for_any(session: Session, *, dose_ids: Sequence[int]) -> bool:
    """Whether a drift event already ends at one of these doses (the same drift, told)."""
    statement = select(DriftEvent.id).where(col(DriftEvent.last_dose_id).in_(list(dose_ids)))
    return session.exec(statement).first() is not None


def add_drift_event(
    session: Session,
    *,
    patient_id: int,
    regimen_id: int,
    planned_interval_days: int,
    actual_interval_days: list[int],
    last_dose_id: int,
    detected_at: datetime,
) -> DriftEvent:
    """Record a drift, not yet told."""
    event = DriftEvent(
        patient_id=patient_id,
        regimen_id=regimen_id,
        planned_interval_days=planned_interval_days,
        actual_interval_days=actual_interval_days,
        last_dose_id=last_dose_id,
        detected_at=detected_at,
    )
    session.add(event)
    session.flush()
    return event


def untold_drift_events(session: Session, *, patient_id: int) -> list[DriftEvent]:
    """Drift events the patient has not been told about yet, oldest first."""
    return list(session.exec(_UNTOLD_DRIFTS, params={"patient_id": patient_id}).all())


def drift_events_of_patient(session: Session, *, patient_id: int) -> list[DriftEvent]:
    """Every drift event of a patient, oldest first (for the report)."""
    statement = (
        select(DriftEvent).where(DriftEvent.patient_id == patient_id).order_by(col(DriftEvent.id))
    )
    return list(session.exec(statement).all())


def cancel_pending_of_kind(session: Session, *, patient_id: int, kind: ReminderKind) -> None:
    """Cancel a patient's pending reminders of one kind (a refill answers "get more")."""
    session.execute(
        sa.update(Reminder)
        .where(
            col(Reminder.patient_id) == patient_id,
            col(Reminder.kind) == kind,
            col(Reminder.status) == constant(ReminderStatus.PENDING),
        )
        .values(status=ReminderStatus.CANCELLED)
    )


def recent_sites_of_patients(
    session: Session, *, patient_ids: Sequence[int], limit: int
) -> list[tuple[int, str]]:
    """(patient, site) of each patient's latest `limit` sited injections, newest first."""
    newest_first = (
        sa.func.row_number()
        .over(
            partition_by=col(DoseEvent.patient_id),
            order_by=(col(DoseEvent.occurred_at).desc(), col(DoseEvent.id).desc()),
        )
        .label("newest_first")
    )
    ranked = (
        sa.select(col(DoseEvent.patient_id), col(DoseEvent.site), newest_first)
        .where(
            col(DoseEvent.patient_id).in_(list(patient_ids)),
            col(DoseEvent.kind) == DoseEventKind.DONE,
            col(DoseEvent.site).is_not(None),
        )
        .subquery()
    )
    rows = session.execute(
        sa.select(ranked.c.patient_id, ranked.c.site)
        .where(ranked.c.newest_first <= limit)
        .order_by(ranked.c.patient_id, ranked.c.newest_first)
    ).all()
    return [(patient_id, site) for patient_id, site in rows]
