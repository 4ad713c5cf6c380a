"""Whom a delivery goes to, and what a refusal (403: the bot was blocked) means for them.

Every recipient is a patient today; the caregiver issue adds another kind, so that a caregiver
who blocks the bot is marked unreachable without touching the patient.
"""

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from storage.patients import BLOCKED, mark_patient_inactive


class RecipientKind(StrEnum):
    """Who a recipient is to the bot."""

    PATIENT = "patient"


@dataclass(frozen=True)
class Recipient:
    """One person a delivery goes to: their kind and their row's id."""

    kind: RecipientKind
    id: int


def patient_recipient(patient_id: int) -> Recipient:
    """The patient themselves as a recipient."""
    return Recipient(RecipientKind.PATIENT, patient_id)


def mark_recipient_unreachable(session: Session, recipient: Recipient) -> None:
    """Record that this recipient blocked the bot, so nothing more is sent to them."""
    match recipient.kind:
        case RecipientKind.PATIENT:
            mark_patient_inactive(session, patient_id=recipient.id, reason=BLOCKED)
