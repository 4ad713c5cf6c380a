"""Re-plan everything the bot will send one patient, after the ground under the plan moved.

Pause and resume call it, and so does every change of zone, reminder time or trip. The doses
and their booking reminders are planned here; what a feature owns (lab reminders, symptom
offers) is planned by that feature, whose re-planner the composition root (bot/app.py)
registers at start-up (services import no feature: the import contract
"services-without-telegram").
"""

from collections.abc import Collection
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from sqlmodel import Session

from bot.services.caregiver_alerts import replan_caregiver_alerts
from bot.services.scheduling import rewrite_booking_reminders, sync_schedule
from storage.models import Patient


class PatientReplanner(Protocol):
    """Re-plans what a feature owns for one patient."""

    def __call__(self, session: Session, *, patient: Patient, now: datetime) -> None:
        """Re-plan it in this unit of work."""


class Replanned(StrEnum):
    """What a feature re-plans for a patient, in the order it is re-planned."""

    LAB_REMINDERS = "lab_reminders"
    SYMPTOM_OFFERS = "symptom_offers"


_FEATURE_REPLANNERS: dict[Replanned, PatientReplanner] = {}


def register_replanner(what: Replanned, replanner: PatientReplanner) -> None:
    """Let a feature re-plan what it owns whenever the patient's plan is re-planned."""
    _FEATURE_REPLANNERS[what] = replanner


def replan_patient(
    session: Session,
    *,
    patient: Patient,
    now: datetime,
    leave: Collection[Replanned] = (),
    keep_asked: bool = False,
) -> None:
    """Recompute doses, booking reminders, caregiver alerts and every feature's reminders
    (except ``leave``).

    ``keep_asked``: doses already reminded keep their time (see sync_schedule).
    """
    sync_schedule(session, patient=patient, now=now, keep_asked=keep_asked)
    rewrite_booking_reminders(session, patient=patient, now=now)
    replan_caregiver_alerts(session, patient=patient, now=now)
    for what in Replanned:
        replanner = _FEATURE_REPLANNERS.get(what)
        if replanner is not None and what not in leave:
            replanner(session, patient=patient, now=now)
