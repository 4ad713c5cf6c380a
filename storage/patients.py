"""Patients: looked up by their private chat, created on first contact."""

from sqlmodel import Session, select

from storage.models import Patient


def get_patient_by_chat(session: Session, *, chat_id: int) -> Patient | None:
    """The patient who talks to the bot from this chat, if known."""
    return session.exec(select(Patient).where(Patient.chat_id == chat_id)).first()


def get_or_create_patient(
    session: Session, *, chat_id: int, time_zone: str, language_code: str | None = None
) -> tuple[Patient, bool]:
    """The patient for this chat, creating one on first contact; True when new."""
    patient = get_patient_by_chat(session, chat_id=chat_id)
    if patient is not None:
        if not patient.active:
            patient.active = True
            patient.inactive_reason = None
            session.add(patient)
        return patient, False
    patient = Patient(chat_id=chat_id, time_zone=time_zone, language_code=language_code)
    session.add(patient)
    session.flush()
    return patient, True


def mark_patient_inactive(session: Session, *, patient_id: int, reason: str) -> None:
    """Stop sending to a patient (they blocked the bot) without losing their record."""
    patient = session.get(Patient, patient_id)
    if patient is not None:
        patient.active = False
        patient.inactive_reason = reason
        session.add(patient)
