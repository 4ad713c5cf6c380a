"""Deliveries have a recipient: today always the patient, whom a 403 marks unreachable."""

from sqlalchemy import Engine

from bot.delivery.outgoing import Delivery, Outgoing
from bot.delivery.recipients import (
    Recipient,
    RecipientKind,
    mark_recipient_unreachable,
    patient_recipient,
)
from storage.database import session_scope
from storage.patients import BLOCKED
from tests.bot.patients import patient_on_common_monthly, patient_row
from tests.fake_clock import FakeClock

PATIENT = 6301


def test_a_delivery_goes_to_its_patient_unless_told_otherwise() -> None:
    """Without a recipient a delivery goes to its patient; a given one is kept."""
    delivery = Delivery([1], 7, Outgoing(700, "text"))
    assert delivery.recipient == Recipient(RecipientKind.PATIENT, 7)
    other = Delivery([2], 7, Outgoing(800, "text"), to=patient_recipient(8))
    assert other.recipient == patient_recipient(8)


def test_a_patient_recipient_who_blocked_the_bot_is_marked_inactive(
    engine: Engine, clock: FakeClock
) -> None:
    """Marking a patient recipient unreachable is what a 403 always did to the patient."""
    patient_id = patient_on_common_monthly(engine, chat_id=PATIENT, now=clock())
    with session_scope(engine) as session:
        mark_recipient_unreachable(session, patient_recipient(patient_id), clock())
    patient = patient_row(engine, patient_id)
    assert (patient.active, patient.inactive_reason) == (False, BLOCKED)
