"""Every "cg:<link id>:<action>" press, checked against the link before anything changes.

    caregiver (the chat that opened the code): Accept --> ACCEPTED, the patient asked to confirm
                                                Decline --> ENDED, the patient told
    patient: Confirm --> ACTIVE, both told;  Cancel --> ENDED, the caregiver told
    patient: End link --> ENDED (an invitation is withdrawn), the caregiver told
    patient: Choices for link N --> what the link sends, one toggle per item, edited in place
        toggle --> the item on or off, re-planned, the caregiver told (a minute later, once)
        Alert delay --> the delays to pick --> the delay set, back to the choices
        Back --> the /caregiver overview again
    caregiver: End link --> ENDED, the patient told

A press from any other chat, on a link in another status, or with data of another shape is
answered as stale and changes nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.features.caregivers.invite import overview
from bot.features.caregivers.joining import OFFER
from bot.features.caregivers.notices import Notice, owe_notice
from bot.features.caregivers.shared import (
    ALERT_DELAYS,
    ITEM_OF_ACTION,
    PREFIX,
    SHARED_ITEMS,
    Action,
    SharedItem,
    answer_stale,
    button_data,
    caregiver_name,
    chat_side_catalog,
    first_name,
    is_shared,
    item_text,
    patient_of,
    pressed,
    set_shared,
    shown_name,
)
from bot.features.patient_scope import PatientScope, catalog_of
from bot.features.preferences.follow_up import delay_text
from bot.services.caregiver_alerts import replan_caregiver_alerts
from bot.services.caregiver_summaries import plan_weekly_summaries
from bot.telegram.edits import edit_or_send
from storage import caregivers as links
from storage.database import session_scope
from storage.models import (
    CaregiverLink,
    CaregiverLinkEnd,
    CaregiverLinkStatus,
    Patient,
    ReminderKind,
)

ANSWERED = (CaregiverLinkStatus.ACCEPTED, CaregiverLinkStatus.ACTIVE)
# A change of choices is told this long after the last press, so a patient who tries a few
# toggles sends their caregiver one message with where they ended, not one per press.
SHARING_NOTICE_AFTER = timedelta(minutes=1)
# What is withdrawn from the ledger when an item is turned off.
WITHDRAWN: dict[Action, tuple[ReminderKind, ...]] = {
    Action.ALERTS: (ReminderKind.CAREGIVER_UNCONFIRMED, ReminderKind.CAREGIVER_MISSED),
    Action.REMINDERS: (ReminderKind.CAREGIVER_DOSE,),
    Action.WEEKLY: (ReminderKind.CAREGIVER_WEEKLY,),
    Action.RED_FLAGS: (ReminderKind.CAREGIVER_RED_FLAG,),
}


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
    back_row = [_back_button(catalog, link, to=Action.CHOICES)]
    return Outcome(shown, keyboard=InlineKeyboardMarkup([row, back_row]))


def set_delay(session: Session, link: CaregiverLink, press: Press, minutes: int) -> Outcome | None:
    """The patient picked a delay: the link's alerts waiting now move with it."""
    if not _patients_press(session, link, press, CaregiverLinkStatus.ACTIVE):
        return None
    changed = link.alert_delay_minutes != minutes
    link.alert_delay_minutes = minutes
    session.add(link)
    session.flush()
    patient: Patient = patient_of(session, link)
    replan_caregiver_alerts(session, patient=patient, now=press.now)
    if changed and link.alert_unconfirmed:
        _owe_sharing_notice(session, link, press.now)
    return choices(press.catalog, link)


def _delay_step(minutes: int) -> Step:
    """The step of one delay button."""

    def step(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
        """Set this delay."""
        return set_delay(session, link, press, minutes)

    return step


def open_choices(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """The patient opens what an active link sends."""
    if not _patients_press(session, link, press, CaregiverLinkStatus.ACTIVE):
        return None
    return choices(press.catalog, link)


def choices(catalog: Catalog, link: CaregiverLink) -> Outcome:
    """Each item the link may send with its state, a toggle for each, the delay, and Back."""
    lines = "\n".join(
        catalog.text(
            "caregiver-choice-on" if is_shared(link, item) else "caregiver-choice-off",
            item=item_text(catalog, item.shares, link),
        )
        for item in SHARED_ITEMS
    )
    shown = catalog.text(
        "caregiver-choices",
        caregiver=caregiver_name(link, catalog),
        name=shown_name(link),
        lines=lines,
    )
    rows = [[_toggle_button(catalog, link, item)] for item in SHARED_ITEMS]
    if link.alert_unconfirmed:
        label = catalog.text(
            "caregiver-button-delay", delay=delay_text(catalog, link.alert_delay_minutes)
        )
        rows.append([InlineKeyboardButton(label, callback_data=_data(link, Action.DELAY))])
    rows.append([_back_button(catalog, link, to=Action.BACK)])
    return Outcome(shown, keyboard=InlineKeyboardMarkup(rows))


def _toggle_button(catalog: Catalog, link: CaregiverLink, item: SharedItem) -> InlineKeyboardButton:
    """One item's button, with its state: pressing it turns the item the other way."""
    state = "caregiver-toggle-on" if is_shared(link, item) else "caregiver-toggle-off"
    label = catalog.text(state, item=catalog.text(item.button))
    return InlineKeyboardButton(label, callback_data=_data(link, item.action))


def _back_button(catalog: Catalog, link: CaregiverLink, *, to: Action) -> InlineKeyboardButton:
    """Back from the delays to the choices (CHOICES), or from the choices to the overview."""
    return InlineKeyboardButton(
        catalog.text("caregiver-button-back"), callback_data=_data(link, to)
    )


def _data(link: CaregiverLink, action: Action) -> str:
    """The data of one of the link's buttons."""
    return button_data(link.id or 0, action)


def toggle(session: Session, link: CaregiverLink, press: Press, item: SharedItem) -> Outcome | None:
    """Turn one item the other way, re-plan what it sends, and owe the caregiver the news."""
    if not _patients_press(session, link, press, CaregiverLinkStatus.ACTIVE):
        return None
    assert link.id is not None
    on = not is_shared(link, item)
    set_shared(link, item, on)
    session.add(link)
    session.flush()
    if not on:
        links.cancel_pending_alerts(session, link_ids=[link.id], kinds=WITHDRAWN[item.action])
    patient = patient_of(session, link)
    if item.action is Action.ALERTS:
        replan_caregiver_alerts(session, patient=patient, now=press.now)
    elif item.action is Action.WEEKLY:
        plan_weekly_summaries(session, patient=patient, now=press.now)
    _owe_sharing_notice(session, link, press.now)
    return choices(press.catalog, link)


def _toggle_step(item: SharedItem) -> Step:
    """The step of one item's toggle."""

    def step(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
        """Turn this item the other way."""
        return toggle(session, link, press, item)

    return step


def _owe_sharing_notice(session: Session, link: CaregiverLink, now: datetime) -> None:
    """Owe the caregiver one notice of what the link sends, replacing one not sent yet."""
    assert link.id is not None
    links.cancel_pending_notices(session, link_id=link.id, notice=Notice.SHARING_CHANGED.value)
    owe_notice(session, link, Notice.SHARING_CHANGED, now + SHARING_NOTICE_AFTER)


def back(session: Session, link: CaregiverLink, press: Press) -> Outcome | None:
    """Back from the choices to the patient's /caregiver overview (whatever the link's status)."""
    patient = patient_of(session, link)
    if patient.chat_id != press.chat_id:
        return None
    here = PatientScope(session, patient, catalog_of(patient), press.now)
    text, keyboard = overview(here, chat_id=press.chat_id, user=press.user)
    return Outcome(text, keyboard)


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
    Action.CHOICES: open_choices,
    **{action: _toggle_step(item) for action, item in ITEM_OF_ACTION.items()},
    Action.BACK: back,
}


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """Every link button (the "cg:invite" button belongs to the invitation conversation)."""
    return [CallbackQueryHandler(on_button, pattern=f"^{PREFIX}:")]
