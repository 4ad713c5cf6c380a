"""A patient's own data: everything stored about them (for /export) and erasing it (/delete)."""

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from storage.models import (
    CalendarFeed,
    CaregiverLink,
    ConversationState,
    DoseEvent,
    DriftEvent,
    HandlerData,
    HandlerDataKind,
    LabOrder,
    Patient,
    Pause,
    Phase,
    RedFlagEvent,
    Regimen,
    Reminder,
    ScheduledDose,
    SymptomCheckIn,
)
from storage.patients import get_patient_by_chat

# Every table that holds a patient's rows, by the name used in the export.
PATIENT_TABLES: tuple[tuple[str, type[SQLModel]], ...] = (
    ("regimens", Regimen),
    ("doses", ScheduledDose),
    ("dose_events", DoseEvent),
    ("lab_orders", LabOrder),
    ("reminders", Reminder),
    ("symptom_check_ins", SymptomCheckIn),
    ("red_flag_events", RedFlagEvent),
    ("drift_events", DriftEvent),
    ("pauses", Pause),
    ("calendar_feeds", CalendarFeed),
    ("caregiver_links", CaregiverLink),
)
# Columns /export leaves out: an invite code's hash opens nothing, and a caregiver's chat
# is the caregiver's data, not the patient's.
HIDDEN_COLUMNS: dict[str, frozenset[str]] = {
    "caregiver_links": frozenset({"code_hash", "caregiver_chat_id"}),
}


def patient_export(session: Session, *, patient_id: int) -> dict[str, Any]:
    """Everything stored about one patient, as JSON-ready values (dates in ISO 8601)."""
    patient = session.get(Patient, patient_id)
    if patient is None:
        return {}
    export: dict[str, Any] = {"patient": _plain(patient)}
    for name, model in PATIENT_TABLES:
        statement = select(model).where(model.patient_id == patient_id)  # type: ignore[attr-defined]
        hidden = HIDDEN_COLUMNS.get(name, frozenset())
        rows = session.exec(statement.order_by(model.id))  # type: ignore[attr-defined]
        export[name] = [_plain(row, hidden=hidden) for row in rows]
    regimen_ids = [row["id"] for row in export["regimens"]]
    phases = select(Phase).where(col(Phase.regimen_id).in_(regimen_ids))
    export["phases"] = [_plain(row) for row in session.exec(phases.order_by(col(Phase.id)))]
    _name_recorders(export)
    return export


def _name_recorders(export: dict[str, Any]) -> None:
    """Say on each dose event whether a caregiver recorded it, and by which first name."""
    names = {link["id"]: link["caregiver_name"] for link in export["caregiver_links"]}
    for event in export["dose_events"]:
        link_id = event["recorded_by_link_id"]
        event["recorded_by"] = "caregiver" if link_id is not None else None
        event["recorded_by_name"] = names.get(link_id) if link_id is not None else None


# Columns a caregiver's /export leaves out: the invite code's hash, and the patient's row id.
CARING_HIDDEN = frozenset({"code_hash", "patient_id"})


def caregiver_export(session: Session, *, caregiver_chat_id: int) -> list[dict[str, Any]]:
    """Every link that holds this chat as a caregiver, ended ones included, as JSON-ready
    values: whose it is by their shared name, its status, dates and what it sends."""
    statement = select(CaregiverLink).where(CaregiverLink.caregiver_chat_id == caregiver_chat_id)
    rows = session.exec(statement.order_by(col(CaregiverLink.id)))
    return [_plain(row, hidden=CARING_HIDDEN) for row in rows]


def erase_patient(session: Session, *, chat_id: int, user_id: int | None) -> int | None:
    """Delete the chat's patient and every row about them, and the chat's saved conversations.

    The conversations and answers go even when there is no patient row (a stranger half-way
    through setup). Returns the erased patient's id, if there was one.
    """
    patient = get_patient_by_chat(session, chat_id=chat_id)
    patient_id = patient.id if patient is not None else None
    if patient is not None:
        # Foreign keys cascade from the patient to every table of PATIENT_TABLES and phases.
        session.delete(patient)
    owners = [(HandlerDataKind.CHAT, chat_id)]
    if user_id is not None:
        owners.append((HandlerDataKind.USER, user_id))
    for kind, owner_id in owners:
        session.execute(
            sa.delete(HandlerData).where(
                col(HandlerData.kind) == kind, col(HandlerData.owner_id) == owner_id
            )
        )
    session.execute(
        sa.delete(ConversationState).where(
            sa.or_(
                col(ConversationState.key) == f"[{chat_id}]",
                col(ConversationState.key).startswith(f"[{chat_id},"),
            )
        )
    )
    return patient_id


def _plain(row: SQLModel, *, hidden: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A row's columns (but the hidden ones) as JSON-ready values."""
    columns = row.__table__.columns  # type: ignore[attr-defined]
    return {
        column.name: _json_value(getattr(row, column.name))
        for column in columns
        if column.name not in hidden
    }


def _json_value(value: Any) -> Any:
    """Dates, times and decimals as text; everything else as it is."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value
