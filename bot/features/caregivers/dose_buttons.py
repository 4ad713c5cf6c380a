"""Every "cgd:<link id>:<dose id>:<answer>" press of a caregiver who gives the injection.

    Done --> the dose done for the patient now, the caregiver's message says so (and when
             the next one is due), the patient's reminder shows it with an Undo, the patient told
    Skip --> skipped likewise (no reason is asked of the caregiver)
    Late --> In 3 hours / Tomorrow / Back, in place --> late for the patient likewise
    Back --> Done / Late / Skip again, in place

Each press is checked against the link before anything changes: the pressing chat is the
link's caregiver, the link is active with reminders on, the dose is that patient's and still
answerable. Anything else is answered in one sentence and changes nothing. What is recorded
is the patient's own answer path (outcomes.record_*), its event naming the link.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardMarkup, Update, User
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.features.caregivers.dose_reminders import (
    PREFIX,
    Answer,
    Pressed,
    answer_keyboard,
    late_keyboard,
    pressed,
    reminder_text,
)
from bot.features.caregivers.notices import Notice, owe_notice
from bot.features.caregivers.shared import (
    caregiver_catalog,
    caregiver_name,
    chat_side_catalog,
    patient_of,
    shown_name,
)
from bot.features.doses.answering import (
    ANSWERABLE,
    Shown,
    show_outcome,
    shown_outcome,
    undo_keyboard,
)
from bot.features.doses.buttons import late_reminder_time
from bot.features.doses.outcomes import record_done, record_late, record_skip
from bot.features.doses.reminders import shown_zone
from bot.features.patient_scope import catalog_of
from bot.services.patient_time import zone_of
from bot.telegram.edits import edit_or_send
from bot.telegram.keyboards import LateChoice
from storage import caregivers as links
from storage.database import session_scope
from storage.doses import next_open_dose, successor_of
from storage.models import CaregiverLink, DoseStatus, Patient, ScheduledDose

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PatientView:
    """The patient's reminder messages about the dose, to show the caregiver's answer on."""

    patient: Patient
    dose: ScheduledDose
    shown: Shown
    # The newest reminder message: it gains the Undo button.
    newest: int | None


@dataclass(frozen=True)
class Reply:
    """What the press is answered with: a pop-up, the pressed message's new words, the
    patient's reminder messages (the patient's notice is in the ledger)."""

    popup: str | None
    text: str | None = None
    keyboard: InlineKeyboardMarkup | None = None
    patient_view: PatientView | None = None
    alert: bool = False


@dataclass(frozen=True)
class Press:
    """A checked press: the link, its patient, the dose, the caregiver's catalog, and when."""

    session: Session
    link: CaregiverLink
    patient: Patient
    dose: ScheduledDose
    catalog: Catalog
    now: datetime

    @property
    def reminder(self) -> str:
        """The caregiver's reminder text of the dose, as first sent."""
        return reminder_text(self.catalog, self.link, self.patient, self.dose)

    def moment(self, instant: datetime) -> str:
        """An instant for the caregiver, in the zone the reminder shows the dose's time in."""
        return self.catalog.moment(instant, shown_zone(self.patient, self.dose))


async def on_dose_button(update: Update, context: BotContext) -> None:
    """Check the press against its link, record the answer for the patient, show it."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    found = pressed(query.data)
    with session_scope(context.engine) as session:
        reply = _reply(session, found, chat.id, update.effective_user, context.now())
    await query.answer(reply.popup, show_alert=reply.alert)
    if reply.text is not None:
        await edit_or_send(query, reply.text, reply.keyboard)
    if reply.patient_view is not None:
        await _show_to_patient(context, reply.patient_view)


def _reply(
    session: Session, found: Pressed | None, chat_id: int, user: User | None, now: datetime
) -> Reply:
    """Run the press in the caller's unit of work, or refuse it without changing anything."""
    link = links.link_by_id(session, link_id=found.link_id) if found is not None else None
    if found is None or link is None or link.caregiver_chat_id != chat_id:
        logger.warning("refused a caregiver dose button from a chat that is not the link's")
        return _stale(chat_side_catalog(session, chat_id=chat_id, user=user))
    catalog = caregiver_catalog(link)
    dose = _dose_of_link(session, link, found.dose_id)
    if not links.sends(link, links.Shared.REMINDERS) or dose is None:
        return _stale(catalog)
    press = Press(session, link, patient_of(session, link), dose, catalog, now)
    if not _answerable(dose, found.answer):
        return Reply(catalog.text("dose-button-already"), press.reminder + _already(catalog))
    return STEPS[found.answer](press)


def _stale(catalog: Catalog) -> Reply:
    """A forged or out-of-date press: one sentence, and nothing changes."""
    return Reply(catalog.text("caregiver-stale-button"), alert=True)


def _already(catalog: Catalog) -> str:
    """The line a caregiver's message gains once the dose was answered by someone else."""
    return catalog.text("cgdose-already")


def _dose_of_link(session: Session, link: CaregiverLink, dose_id: int) -> ScheduledDose | None:
    """The dose, only if it is the link's patient's (a withdrawn one: its successor)."""
    dose = session.get(ScheduledDose, dose_id)
    if dose is None or dose.patient_id != link.patient_id:
        if dose is not None:
            logger.warning("refused a caregiver dose button for another patient's dose")
        return None
    if dose.status == DoseStatus.CANCELLED:
        # A reminder from before a plan change answers the same injection in the new version.
        return successor_of(session, dose=dose)
    return dose


def _answerable(dose: ScheduledDose, answer: Answer) -> bool:
    """Done answers an open or missed dose; every other button only an open one."""
    if answer is Answer.DONE:
        return dose.status in ANSWERABLE
    return dose.status == DoseStatus.SCHEDULED


def done(press: Press) -> Reply:
    """The caregiver gave it now: done for the patient, who is told."""
    recorded = record_done(
        press.session,
        patient=press.patient,
        dose=press.dose,
        taken_at=press.now,
        now=press.now,
        recorded_by_link_id=press.link.id,
    )
    patients = catalog_of(press.patient)
    outcome = patients.text(
        "cgdose-outcome-done",
        caregiver=caregiver_name(press.link, patients),
        when=patients.moment(press.now, zone_of(press.patient)),
    )
    text = press.reminder + press.catalog.text(
        "cgdose-done", when=press.moment(press.now), name=shown_name(press.link)
    )
    return _recorded(press, Notice.DOSE_DONE, text + _next_line(press), outcome, recorded.event_id)


def skip(press: Press) -> Reply:
    """The caregiver is not giving it: skipped for the patient, who is told."""
    event_id = record_skip(
        press.session,
        patient=press.patient,
        dose=press.dose,
        reason=None,
        now=press.now,
        recorded_by_link_id=press.link.id,
    )
    patients = catalog_of(press.patient)
    outcome = patients.text(
        "cgdose-outcome-skipped", caregiver=caregiver_name(press.link, patients)
    )
    text = press.reminder + press.catalog.text("cgdose-skipped", name=shown_name(press.link))
    return _recorded(press, Notice.DOSE_SKIPPED, text, outcome, event_id)


def ask_when(press: Press) -> Reply:
    """Late: ask when, in place; nothing is recorded yet."""
    assert press.link.id is not None and press.dose.id is not None
    keyboard = late_keyboard(press.catalog, press.link.id, press.dose.id)
    return Reply(None, press.reminder + press.catalog.text("cgdose-ask-late"), keyboard)


def back(press: Press) -> Reply:
    """Back from "when": Done / Late / Skip again, in place."""
    assert press.link.id is not None and press.dose.id is not None
    return Reply(None, press.reminder, answer_keyboard(press.catalog, press.link.id, press.dose.id))


def _late_step(choice: Answer) -> Callable[[Press], Reply]:
    """The step of one "when" button."""

    def late(press: Press) -> Reply:
        """Late until then for the patient, reminded again (both of them), and told."""
        remind_at = late_reminder_time(_LATE_CHOICE[choice], press.patient, press.now)
        event_id = record_late(
            press.session,
            dose=press.dose,
            remind_at=remind_at,
            now=press.now,
            recorded_by_link_id=press.link.id,
        )
        patients = catalog_of(press.patient)
        outcome = patients.text(
            "cgdose-outcome-late",
            caregiver=caregiver_name(press.link, patients),
            when=patients.moment(remind_at, zone_of(press.patient)),
        )
        text = press.reminder + press.catalog.text(
            "cgdose-late", name=shown_name(press.link), when=press.moment(remind_at)
        )
        return _recorded(press, Notice.DOSE_LATE, text, outcome, event_id)

    return late


def _recorded(press: Press, notice: Notice, text: str, outcome: str, event_id: int | None) -> Reply:
    """After an answer is recorded: the patient's notice owed, and what both sides see."""
    assert press.dose.id is not None
    owe_notice(press.session, press.link, notice, press.now, dose_id=press.dose.id)
    patients = catalog_of(press.patient)
    shown = shown_outcome(
        patients, press.session, press.dose, outcome, keyboard=undo_keyboard(patients, event_id)
    )
    newest = shown.message_ids[-1] if shown.message_ids else None
    view = PatientView(press.patient, press.dose, shown, newest)
    return Reply(press.catalog.text("dose-button-recorded"), text, None, view)


def _next_line(press: Press) -> str:
    """When the patient's next injection is due, after a done; empty when none is planned."""
    assert press.patient.id is not None
    upcoming = next_open_dose(press.session, patient_id=press.patient.id)
    if upcoming is None:
        return ""
    when = press.catalog.moment(upcoming.due_at, shown_zone(press.patient, upcoming))
    return press.catalog.text("cgdose-next", when=when)


async def _show_to_patient(context: BotContext, view: PatientView) -> None:
    """Show the answer on the patient's reminder messages; a refusal is logged, not raised."""
    try:
        await show_outcome(context, view.patient, view.dose, view.shown, pressed=view.newest)
    except TelegramError as error:
        # The caregiver's press is answered; the patient's notice still comes via the ledger.
        logger.warning(
            "could not show a caregiver's answer to the patient: %s", type(error).__name__
        )


# The patient's own late choices, which the caregiver's buttons stand for.
_LATE_CHOICE = {
    Answer.IN_THREE_HOURS: LateChoice.IN_THREE_HOURS,
    Answer.TOMORROW: LateChoice.TOMORROW,
}

STEPS: dict[Answer, Callable[[Press], Reply]] = {
    Answer.DONE: done,
    Answer.SKIP: skip,
    Answer.LATE: ask_when,
    Answer.BACK: back,
    Answer.IN_THREE_HOURS: _late_step(Answer.IN_THREE_HOURS),
    Answer.TOMORROW: _late_step(Answer.TOMORROW),
}


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The caregiver's dose buttons."""
    return [CallbackQueryHandler(on_dose_button, pattern=f"^{PREFIX}:")]
