"""Whom a delivery goes to, and what a refusal (403: the bot was blocked) means for them.

A patient who blocks the bot is marked inactive; a caregiver who does ends only that link
(its pending alerts withdrawn, the patient told), never touching the patient.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session

from storage.caregivers import end_blocked_link
from storage.patients import BLOCKED, mark_patient_inactive


class RecipientKind(StrEnum):
    """Who a recipient is to the bot."""

    PATIENT = "patient"
    # A caregiver, known by the id of their link to one patient.
    CAREGIVER = "caregiver"


@dataclass(frozen=True)
class Recipient:
    """One person a delivery goes to: their kind and their row's id."""

    kind: RecipientKind
    id: int


def patient_recipient(patient_id: int) -> Recipient:
    """The patient themselves as a recipient."""
    return Recipient(RecipientKind.PATIENT, patient_id)


def caregiver_recipient(link_id: int) -> Recipient:
    """The caregiver of one link as a recipient."""
    return Recipient(RecipientKind.CAREGIVER, link_id)


def mark_recipient_unreachable(session: Session, recipient: Recipient, now: datetime) -> None:
    """Record that this recipient blocked the bot, so nothing more is sent to them."""
    match recipient.kind:
        case RecipientKind.PATIENT:
            mark_patient_inactive(session, patient_id=recipient.id, reason=BLOCKED)
        case RecipientKind.CAREGIVER:
            end_blocked_link(session, link_id=recipient.id, now=now)
