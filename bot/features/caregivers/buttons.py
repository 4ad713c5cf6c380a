"""Every "cg:<link id>:<action>" press, checked against the link before anything changes.

    caregiver (the chat that opened the code): Accept --> ACCEPTED, the patient asked to confirm
                                                Decline --> ENDED, the patient told
    patient: Confirm --> ACTIVE, both told;  Cancel --> ENDED, the caregiver told
    patient: End link --> ENDED (an invitation is withdrawn), the caregiver told
    patient: Alert delay --> the delays to pick, edited in place --> the delay set (ACTIVE)
    caregiver: End link --> ENDED, the patient told

A press from any other chat, on a link in another status, or with data of another shape is
answered as stale and changes nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.features.caregivers.joining import OFFER
from bot.features.caregivers.notices import Notice, owe_notice
from bot.features.caregivers.shared import (
    ALERT_DELAYS,
    PREFIX,
    Action,
    answer_stale,
    button_data,
    caregiver_name,
    chat_side_catalog,
    first_name,
    patient_of,
    pressed,
    shown_name,
)
from bot.features.preferences.follow_up import delay_text
from bot.services.caregiver_alerts import replan_caregiver_alerts
from bot.telegram.edits import edit_or_send
from storage import caregivers as links
from storage.database import session_scope
from storage.models import CaregiverLink, CaregiverLinkEnd, CaregiverLinkStatus, Patient

ANSWERED = (CaregiverLinkStatus.ACCEPTED, CaregiverLinkStatus.ACTIVE)


@dataclass(frozen=True)
class Press:
    """Who pressed, when, and which invitation their chat opened (if any)."""

    chat_id: int
    user: User | None
    now: datetime
    offered: object
    catalog: Catalog


@dataclass(frozen=True)
class Outcome:
    """What the pressed message now says (the other side's notice is in the ledger)."""

    shown: str
    keyboard: InlineKeyboardMarkup | None = None


Step = Callable[[Session, CaregiverLink, Press], Outcome | None]


async def on_button(update: Update, context: BotContext) -> None:
    """Run the press's step on its link, or answer it as stale."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    found = pressed(query.data)
    offered = context.chat_data.get(OFFER) if context.chat_data is not None else None
    with session_scope(context.engine) as session:
        catalog = chat_side_catalog(session, chat_id=chat.id, user=update.effective_user)
        press = Press(chat.id, update.effective_user, context.now(), offered, catalog)
        link = links.link_by_id(session, link_id=found[0]) if found is not None else None
        outcome = STEPS[found[1]](session, link, press) if found and link else None
    if outcome is None:
        await answer_stale(query, catalog)
        return
    if found is not None and found[1] in (Action.ACCEPT, Action.DECLINE) and context.chat_data:
        context.chat_data.pop(OFFER, None)
    await query.answer()
    await edit_or_send(query, outcome.shown, outcome.keyboard)


def _may_answer_offer(session: Session, link: CaregiverLink, press: Press) -> bool:
    """The chat opened this very invitation, it is still open, and it is not the patient's."""
    return (
        press.offered == link.id
        and links.is_open_invite(link, now=press.now)
        and patient_of(session, link).chat_id != press.chat_id
    )


def accept(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """The caregiver accepts: the patient is asked to confirm once more."""
    if not _may_answer_offer(session, link, press):
        return None
    cared_for = links.links_of_caregiver(session, caregiver_chat_id=press.chat_id)
    if any(other.patient_id == link.patient_id for other in cared_for):
        return Outcome(press.catalog.text("caregiver-already-linked", name=shown_name(link)))
    links.accept(
        session,
        link=link,
        caregiver_chat_id=press.chat_id,
        caregiver_name=first_name(press.user),
        caregiver_language=press.catalog.language,
        now=press.now,
    )
    owe_notice(session, link, Notice.CONFIRM_ASK, press.now)
    return Outcome(press.catalog.text("caregiver-accepted", name=shown_name(link)))


def decline(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """The caregiver declines: the invitation ends and the patient is told."""
    if not _may_answer_offer(session, link, press):
        return None
    # Only the name, so the patient knows who declined; no chat is kept.
    link.caregiver_name = first_name(press.user) or None
    links.end(session, link=link, by=CaregiverLinkEnd.CAREGIVER, now=press.now)
    owe_notice(session, link, Notice.DECLINED, press.now)
    return Outcome(press.catalog.text("caregiver-declined", name=shown_name(link)))


def confirm(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """The patient confirms an accepted link: it is active, and both are told."""
    if not _patients_press(session, link, press, CaregiverLinkStatus.ACCEPTED):
        return None
    links.confirm(session, link=link, now=press.now)
    session.flush()
    # The doses already waiting for an answer are alerted about too.
    replan_caregiver_alerts(session, patient=patient_of(session, link), now=press.now)
    owe_notice(session, link, Notice.LINKED, press.now)
    return Outcome(
        press.catalog.text("caregiver-linked", caregiver=caregiver_name(link, press.catalog))
    )


def cancel(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """The patient does not confirm: the link ends, and the caregiver is told."""
    if not _patients_press(session, link, press, CaregiverLinkStatus.ACCEPTED):
        return None
    links.end(session, link=link, by=CaregiverLinkEnd.PATIENT, now=press.now)
    owe_notice(session, link, Notice.CANCELLED, press.now)
    return Outcome(press.catalog.text("caregiver-cancelled"))


def end_by_patient(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """The patient ends a link, or withdraws an invitation nobody answered yet."""
    was = link.status
    if not _patients_press(session, link, press, *links.LIVE):
        return None
    links.end(session, link=link, by=CaregiverLinkEnd.PATIENT, now=press.now)
    if was == CaregiverLinkStatus.INVITED:
        return Outcome(press.catalog.text("caregiver-invite-withdrawn"))
    owe_notice(session, link, Notice.ENDED, press.now)
    return Outcome(
        press.catalog.text("caregiver-ended", caregiver=caregiver_name(link, press.catalog))
    )


def leave(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """The caregiver ends the link; the patient is told."""
    if link.caregiver_chat_id != press.chat_id or link.status not in ANSWERED:
        return None
    links.end(session, link=link, by=CaregiverLinkEnd.CAREGIVER, now=press.now)
    owe_notice(session, link, Notice.LEFT, press.now)
    return Outcome(press.catalog.text("caregiver-left", name=shown_name(link)))


def ask_delay(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """The patient asks to change the alert delay: the delays to pick, in place."""
    if not _patients_press(session, link, press, CaregiverLinkStatus.ACTIVE):
        return None
    catalog = press.catalog
    shown = catalog.text(
        "caregiver-delay-ask",
        caregiver=caregiver_name(link, catalog),
        delay=delay_text(catalog, link.alert_delay_minutes),
    )
    row = [
        InlineKeyboardButton(
            delay_text(catalog, minutes), callback_data=button_data(link.id or 0, action)
        )
        for action, minutes in ALERT_DELAYS.items()
    ]
    return Outcome(shown, keyboard=InlineKeyboardMarkup([row]))


def set_delay(session: Session, link: CaregiverLink, press: Press, minutes: int) -> Outcome | None:
    """The patient picked a delay: the link's alerts waiting now move with it."""
    if not _patients_press(session, link, press, CaregiverLinkStatus.ACTIVE):
        return None
    link.alert_delay_minutes = minutes
    session.add(link)
    session.flush()
    patient: Patient = patient_of(session, link)
    replan_caregiver_alerts(session, patient=patient, now=press.now)
    catalog = press.catalog
    shown = catalog.text(
        "caregiver-delay-set",
        caregiver=caregiver_name(link, catalog),
        delay=delay_text(catalog, minutes),
    )
    return Outcome(shown)


def _delay_step(minutes: int) -> Step:
    """The step of one delay button."""

    def step(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
        """Set this delay."""
        return set_delay(session, link, press, minutes)

    return step


def _patients_press(
    session: Session, link: CaregiverLink, press: Press, *statuses: CaregiverLinkStatus
) -> bool:
    """The press comes from the link's patient, and the link is in one of these statuses."""
    return link.status in statuses and patient_of(session, link).chat_id == press.chat_id


STEPS: dict[Action, Step] = {
    Action.ACCEPT: accept,
    Action.DECLINE: decline,
    Action.CONFIRM: confirm,
    Action.CANCEL: cancel,
    Action.END: end_by_patient,
    Action.LEAVE: leave,
    Action.DELAY: ask_delay,
    **{action: _delay_step(minutes) for action, minutes in ALERT_DELAYS.items()},
}


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """Every link button (the "cg:invite" button belongs to the invitation conversation)."""
    return [CallbackQueryHandler(on_button, pattern=f"^{PREFIX}:")]
