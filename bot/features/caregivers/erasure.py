"""/delete and caregiver links: what ends, and who is told (never any health data).

A patient's links go with their records (the foreign key cascades); each caregiver who had
accepted is told the link ended. A caregiver's links end and lose the caregiver's chat and
name, the patients keep their records, and each patient is told.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.context import BotContext
from bot.features.caregivers.shared import (
    caregiver_catalog,
    caregiver_name,
    patient_of,
    shown_name,
    tell,
)
from bot.features.patient_scope import catalog_of
from storage.caregivers import forget_caregiver, links_of_caregiver, links_of_patient
from storage.models import CaregiverLinkStatus
from storage.patients import get_patient_by_chat


@dataclass(frozen=True)
class Farewell:
    """One sentence for the other side of a link the erasure ends."""

    chat_id: int
    text: str


def end_links_before_erasure(session: Session, *, chat_id: int, now: datetime) -> list[Farewell]:
    """End the chat's links as caregiver, and word what every other side is to be told."""
    farewells = []
    patient = get_patient_by_chat(session, chat_id=chat_id)
    if patient is not None and patient.id is not None:
        for link in links_of_patient(session, patient_id=patient.id):
            if link.caregiver_chat_id is not None and link.status != CaregiverLinkStatus.INVITED:
                text = caregiver_catalog(link).text(
                    "caregiver-ended-tell-caregiver", name=shown_name(link)
                )
                farewells.append(Farewell(link.caregiver_chat_id, text))
    for link in links_of_caregiver(session, caregiver_chat_id=chat_id):
        theirs = catalog_of(patient_of(session, link))
        text = theirs.text(
            "caregiver-left-tell-patient",
            caregiver=caregiver_name(link, theirs),
            name=shown_name(link),
        )
        farewells.append(Farewell(patient_of(session, link).chat_id, text))
    forget_caregiver(session, caregiver_chat_id=chat_id, now=now)
    return farewells


async def say_farewells(context: BotContext, farewells: list[Farewell]) -> None:
    """Tell each other side that their link ended."""
    for farewell in farewells:
        await tell(context, farewell.chat_id, farewell.text)
