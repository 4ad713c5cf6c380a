"""/caregiver: the chat's links, and the patient's invitation, asked for a name to share.

A persistent conversation (`name="caregivers"`):

    /caregiver --> the links (as patient and as caregiver), "Invite someone", "End link N",
                   "Choices for link N" (what an active link sends: bot.features.caregivers.buttons)
    Invite someone --(under three links)--> NAME: "How should they see you?"
    Invite someone --(three links not ended)--> refused --> END
    NAME --(a name)--> the deep link and the short code, valid 24 hours --> END
    NAME --(no name: empty, too long, no letter)--> asked again with an example (stays)
    /cancel or /caregiver --> END

/caregiver <code> opens an invitation instead (bot.features.caregivers.joining).
"""

import warnings
from enum import IntEnum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.caregivers import CODE_PREFIX, shared_name
from bot.domain.regimen import Giver
from bot.features.caregivers import joining
from bot.features.caregivers.shared import (
    INVITE,
    Action,
    button_data,
    caregiver_name,
    chat_side_catalog,
    shared_briefly,
    shown_name,
)
from bot.features.patient_scope import PatientScope, patient_scope
from bot.telegram.edits import edit_or_send
from storage.caregivers import (
    create_invite,
    end_expired_invites,
    links_of_caregiver,
    links_of_patient,
)
from storage.models import CaregiverLink, CaregiverLinkStatus
from storage.regimens import current_regimen

END = ConversationHandler.END
NAME = "caregivers"
TYPED = filters.TEXT & ~filters.COMMAND
LINKS_PER_PATIENT = 3
# How a caregiver's own list words each link not ended.
CARING_STATUS = {
    CaregiverLinkStatus.INVITED: "caregiver-caring-accepted",
    CaregiverLinkStatus.ACCEPTED: "caregiver-caring-accepted",
    CaregiverLinkStatus.ACTIVE: "caregiver-caring-active",
}


class State(IntEnum):
    """Where the invitation conversation stands."""

    NAME = 1


async def on_command(update: Update, context: BotContext) -> int:
    """/caregiver: the chat's links; /caregiver <code>: open that invitation."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return END
    if context.args:
        await joining.open_invitation(update, context, " ".join(context.args))
        return END
    with patient_scope(context, chat.id) as here:
        text, keyboard = overview(here, chat_id=chat.id, user=update.effective_user)
    await message.reply_text(text, reply_markup=keyboard)
    return END


def overview(
    here: PatientScope, *, chat_id: int, user: User | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The chat's links as patient and as caregiver, with a button for each thing to do."""
    catalog = chat_side_catalog(here.session, chat_id=chat_id, user=user)
    cared_for = links_of_caregiver(here.session, caregiver_chat_id=chat_id)
    parts: list[str] = []
    rows: list[list[InlineKeyboardButton]] = []
    if here.patient is not None and here.patient.id is not None:
        end_expired_invites(here.session, patient_id=here.patient.id, now=here.now)
        own = links_of_patient(here.session, patient_id=here.patient.id)
        parts.append(_patient_part(here, own))
        active = [link for link in own if link.status == CaregiverLinkStatus.ACTIVE]
        rows += _numbered_buttons(
            catalog, own, Action.CHOICES, "caregiver-button-choices", only=active
        )
        rows += _numbered_buttons(catalog, own, Action.END, "caregiver-button-end")
        if len(own) < LINKS_PER_PATIENT:
            rows.append(
                [
                    InlineKeyboardButton(
                        catalog.text("caregiver-button-invite"), callback_data=INVITE
                    )
                ]
            )
    if cared_for:
        lines = [
            catalog.text(
                "caregiver-cared-for-line",
                number=number,
                name=shown_name(link),
                status=catalog.text(CARING_STATUS[link.status]),
            )
            for number, link in enumerate(cared_for, start=1)
        ]
        parts.append(catalog.text("caregiver-cared-for", lines="\n".join(lines)))
        rows += _numbered_buttons(catalog, cared_for, Action.LEAVE, "caregiver-button-leave")
    if not parts:
        parts.append(catalog.text("caregiver-nobody"))
    return "\n\n".join(parts), InlineKeyboardMarkup(rows) if rows else None


def _patient_part(here: PatientScope, own: list[CaregiverLink]) -> str:
    """The patient's own links, numbered, or what a caregiver is when there are none."""
    catalog = here.catalog
    if not own:
        return catalog.text("caregiver-none-yet")
    lines = [
        catalog.text(
            "caregiver-link-line",
            number=number,
            name=shown_name(link),
            status=_status(here, link),
        )
        for number, link in enumerate(own, start=1)
    ]
    return catalog.text("caregiver-links", lines="\n".join(lines))


def _status(here: PatientScope, link: CaregiverLink) -> str:
    """Where one of the patient's links stands, in words."""
    catalog = here.catalog
    if link.status == CaregiverLinkStatus.INVITED:
        until = catalog.moment(link.expires_at, here.zone)
        return catalog.text("caregiver-status-invited", until=until)
    who = caregiver_name(link, catalog)
    if link.status == CaregiverLinkStatus.ACCEPTED:
        return catalog.text("caregiver-status-accepted", caregiver=who)
    shared = shared_briefly(catalog, link)
    if shared is None:
        return catalog.text("caregiver-status-active-nothing", caregiver=who)
    return catalog.text("caregiver-status-active", caregiver=who, shared=shared)


def _numbered_buttons(
    catalog: Catalog,
    links: list[CaregiverLink],
    action: Action,
    label: str,
    only: list[CaregiverLink] | None = None,
) -> list[list[InlineKeyboardButton]]:
    """One button per link (of `only`, if given), labelled with its number in the list above."""
    return [
        [
            InlineKeyboardButton(
                catalog.text(label, number=number), callback_data=button_data(link.id or 0, action)
            )
        ]
        for number, link in enumerate(links, start=1)
        if only is None or link in only
    ]


async def on_invite(update: Update, context: BotContext) -> int:
    """ "Invite someone": ask for the name to share, unless the patient has three links."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return END
    await query.answer()
    with patient_scope(context, chat.id) as here:
        refusal = _refusal(here)
        text = refusal or here.catalog.text("caregiver-ask-name")
    await edit_or_send(query, text)
    return END if refusal else State.NAME


def _refusal(here: PatientScope) -> str | None:
    """Why this chat cannot invite anyone now, or None if it can."""
    if here.patient is None or here.patient.id is None:
        return here.catalog.text("caregiver-not-a-patient")
    end_expired_invites(here.session, patient_id=here.patient.id, now=here.now)
    if len(links_of_patient(here.session, patient_id=here.patient.id)) >= LINKS_PER_PATIENT:
        return here.catalog.text("caregiver-limit", most=LINKS_PER_PATIENT)
    return None


async def on_name(update: Update, context: BotContext) -> int:
    """The name to share: make the invitation, or ask again with an example."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or message.text is None:
        return END
    name = shared_name(message.text)
    with patient_scope(context, chat.id) as here:
        if name is None:
            ask_again, text = True, here.catalog.text("caregiver-name-invalid")
        else:
            ask_again, text = False, _refusal(here) or _invitation(here, name, context)
    await message.reply_text(text)
    return State.NAME if ask_again else END


def _invitation(here: PatientScope, name: str, context: BotContext) -> str:
    """Make the invitation and word it: the deep link, the short code, until when."""
    assert here.patient is not None and here.patient.id is not None
    link, code = create_invite(
        here.session, patient_id=here.patient.id, shared_name=name, now=here.now
    )
    # Reminders start on when the plan says a caregiver gives the injection; the rest keep the
    # model's defaults (alerts on, the weekly summary and red flags off).
    link.send_reminders = _caregiver_gives(here)
    here.session.add(link)
    deep_link = f"https://t.me/{context.bot.username}?start={CODE_PREFIX}{code}"
    return here.catalog.text(
        "caregiver-invitation",
        link=deep_link,
        code=code,
        until=here.catalog.moment(link.expires_at, here.zone),
        name=shown_name(link),
    )


def _caregiver_gives(here: PatientScope) -> bool:
    """Whether the patient's plan says a caregiver gives the injection."""
    assert here.patient is not None and here.patient.id is not None
    regimen = current_regimen(here.session, patient_id=here.patient.id)
    return regimen is not None and regimen.giver == Giver.CAREGIVER


async def on_cancel(update: Update, context: BotContext) -> int:
    """/cancel while asked for a name: no invitation is made."""
    if update.effective_message is not None and update.effective_chat is not None:
        with patient_scope(context, update.effective_chat.id) as here:
            text = here.catalog.text("caregiver-invite-cancelled")
        await update.effective_message.reply_text(text)
    return END


def conversation() -> ConversationHandler[BotContext]:
    """The persistent invitation conversation, entered by the "Invite someone" button."""
    command: BaseHandler[Update, BotContext, object] = CommandHandler("caregiver", on_command)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message")
        return ConversationHandler(
            entry_points=[CallbackQueryHandler(on_invite, pattern=f"^{INVITE}$"), command],
            states={State.NAME: [MessageHandler(TYPED, on_name)]},
            fallbacks=[CommandHandler("cancel", on_cancel), command],
            name=NAME,
            persistent=True,
            allow_reentry=True,
        )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The /caregiver command and the invitation conversation (its "cg:invite" button)."""
    return [conversation()]
