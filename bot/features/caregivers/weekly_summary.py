"""The caregiver's weekly summary: the week's injections of the patient, counts and dates only.

Checked as it goes out: a link no longer active, or whose summary the patient turned off,
settles it unsent. Whatever becomes of the row (sent, refused, withdrawn), the next week's is
written in the transaction that settles it, if the link still asks for it. The words name the
patient by the name they share, in the caregiver's language: the seven days, how many
injections were due and how each stands, and when the next one is. Never symptoms, lab values,
skip reasons, sites or anything the patient wrote.
"""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.catalog.catalog import Catalog
from bot.delivery.outgoing import AfterSettled, Delivery, unsent
from bot.domain.caregiver_summary import WeekCounts
from bot.features.caregivers.shared import (
    caregiver_catalog,
    links_of_batch,
    shown_name,
    to_caregiver,
)
from bot.features.doses.reminders import shown_zone
from bot.services.caregiver_summaries import WeekSummary, plan_next_weekly_summary, week_summary
from storage.caregivers import Shared, sends
from storage.models import CaregiverLink, Patient, Reminder, ReminderStatus
from storage.patients import patients_by_id

# Each count's line, in the order they are told; a count of nought is left out.
_LINES = (
    ("on_time", "caregiver-weekly-on-time"),
    ("late", "caregiver-weekly-late"),
    ("early", "caregiver-weekly-early"),
    ("skipped", "caregiver-weekly-skipped"),
    ("missed", "caregiver-weekly-missed"),
    ("open", "caregiver-weekly-open"),
    ("upcoming", "caregiver-weekly-upcoming"),
)


def plan_weekly_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Word each claimed weekly summary for its caregiver, or settle it unsent."""
    links = links_of_batch(session, reminders)
    deliveries = []
    for reminder, patient in reminders:
        link = links.get(reminder.caregiver_link_id) if reminder.caregiver_link_id else None
        if link is None or link.id is None:
            deliveries.append(unsent(reminder, ReminderStatus.FAILED))
            continue
        if sends(link, Shared.WEEKLY) and link.caregiver_chat_id is not None:
            delivery = _summary(session, reminder, patient, link, now)
        else:
            delivery = unsent(reminder)
        delivery.after_settled.append(_next_week(patient, reminder, now))
        deliveries.append(delivery)
    return deliveries


def _summary(
    session: Session, reminder: Reminder, patient: Patient, link: CaregiverLink, now: datetime
) -> Delivery:
    """The summary to the link's caregiver."""
    assert reminder.id is not None and link.id is not None and link.caregiver_chat_id is not None
    summary = week_summary(session, patient=patient, due_at=reminder.due_at, now=now)
    text = summary_text(caregiver_catalog(link), summary, shown_name(link), patient)
    return to_caregiver(reminder, patient, link, text)


def summary_text(catalog: Catalog, summary: WeekSummary, name: str, patient: Patient) -> str:
    """The whole summary: the week, the count of each standing, and the next injection."""
    week = summary.week
    heading = catalog.text(
        "caregiver-weekly-heading",
        name=name,
        first=catalog.day(week.first),
        last=catalog.day(week.last),
    )
    due = summary.counts.due
    if due:
        told = [
            catalog.text("caregiver-weekly-due", count=due),
            *_count_lines(catalog, summary.counts),
        ]
    else:
        told = [catalog.text("caregiver-weekly-nothing-due")]
    dose = summary.next_dose
    if dose is not None:
        when = catalog.moment(dose.due_at, shown_zone(patient, dose))
        after = catalog.text("caregiver-weekly-next", when=when)
    else:
        after = catalog.text("caregiver-weekly-no-next")
    return catalog.text(
        "caregiver-weekly-summary", heading=heading, counts="\n".join(told), next=after
    )


def _count_lines(catalog: Catalog, counts: WeekCounts) -> list[str]:
    """One line per standing that some dose of the week has."""
    return [
        catalog.text(message, count=getattr(counts, field))
        for field, message in _LINES
        if getattr(counts, field)
    ]


def _next_week(patient: Patient, reminder: Reminder, now: datetime) -> AfterSettled:
    """Once this summary is settled, owe the next week's if the link still asks for it."""

    def write_next(session: Session, _message_id: int | None) -> None:
        """Write the next row in the settling transaction, with the patient as stored now."""
        current = patients_by_id(session, patient_ids=[reminder.patient_id]).get(
            reminder.patient_id, patient
        )
        plan_next_weekly_summary(session, patient=current, settled=reminder, now=now)

    return write_next
