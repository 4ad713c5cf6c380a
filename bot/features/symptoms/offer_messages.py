"""The symptom check-in offer: the first question, straight away, with its buttons."""

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.catalog.catalog import Catalog
from bot.delivery.outgoing import AfterSettled, Delivery, Outgoing
from bot.domain.regimen import PhaseKind
from bot.features.doses.reminders import dose_due_text
from bot.features.patient_scope import catalog_of
from bot.features.symptoms.offer_plan import DAYS_BEFORE_DOSE, plan_symptom_offers
from bot.features.symptoms.prompts import question
from bot.services.patient_time import zone_of
from storage.doses import next_open_dose
from storage.models import Patient, Reminder, SymptomCheckIn
from storage.symptoms import add_check_in, attach_check_in


def plan_symptom_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Ask the first symptom; a retried offer reuses the check-in it started."""
    deliveries = []
    for reminder, patient in reminders:
        assert reminder.id is not None and patient.id is not None
        catalog = catalog_of(patient)
        check_in = _check_in_of(session, reminder, patient.id, now)
        text, keyboard = question(catalog, check_in, _intro(catalog, session, patient, now))
        outgoing = Outgoing(patient.chat_id, text, keyboard)
        delivery = Delivery([reminder.id], patient.id, outgoing)
        delivery.after_settled.append(_next_offer(patient.id, now))
        deliveries.append(delivery)
    return deliveries


def _check_in_of(
    session: Session, reminder: Reminder, patient_id: int, now: datetime
) -> SymptomCheckIn:
    """The check-in this offer asks for, created on its first attempt."""
    if reminder.symptom_check_in_id is not None:
        existing = session.get(SymptomCheckIn, reminder.symptom_check_in_id)
        if existing is not None:
            return existing
    check_in = add_check_in(session, patient_id=patient_id, asked_at=now)
    assert reminder.id is not None
    attach_check_in(session, reminder_id=reminder.id, check_in_id=check_in.id)
    return check_in


def _intro(catalog: Catalog, session: Session, patient: Patient, now: datetime) -> str:
    """Why the check-in comes now: the weekly one, or the next maintenance dose is close."""
    assert patient.id is not None
    dose = next_open_dose(session, patient_id=patient.id)
    soon = timedelta(days=DAYS_BEFORE_DOSE, hours=12)
    if dose is not None and dose.phase_kind == PhaseKind.MAINTENANCE and dose.due_at - now <= soon:
        when = dose_due_text(catalog, session, dose, zone_of(patient))
        return catalog.text("symptom-offer-before-dose", when=when)
    return catalog.text("symptom-offer-weekly")


def _next_offer(patient_id: int, now: datetime) -> AfterSettled:
    """Once this offer is settled, write the next one."""

    def write(session: Session, _message_id: int | None) -> None:
        """Plan the following offer from this one."""
        patient = session.get(Patient, patient_id)
        if patient is not None:
            plan_symptom_offers(session, patient=patient, now=now)

    return write
