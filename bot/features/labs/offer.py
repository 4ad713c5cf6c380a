"""The default lab plan offered after setup and from /labs: tick tests, then save.

Stateless on purpose: the ticked tests travel in the callback data (`labplan:<action>:<mask>`,
bit i = the i-th default test), so the offer works after a restart and needs no conversation.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.labs import SuggestedLab, start_of_treatment_labs, treatment_start
from bot.domain.parsing.numbers import whole_number
from bot.domain.regimen import PhaseKind
from bot.features.labs.reminder_plan import write_lab_reminders
from bot.features.patient_scope import chat_catalog, patient_scope
from bot.services.pausing import local_today
from bot.services.scheduling import PatientPlan, load_patient_plan
from bot.telegram.callback_data import CallbackPrefix, callback_fields
from bot.telegram.edits import edit_or_send
from storage.labs import add_lab_order, done_labs, planned_labs
from storage.models import Patient, Regimen
from storage.regimens import phase_rows
from storage.treatment_start import first_resolved_dose, regimens_of_patient

OFFER_PREFIX = CallbackPrefix.LAB_OFFER
# The default plan's tests, each one bit of the mask.
MAX_OFFERED = 3


@dataclass(frozen=True)
class Suggestions:
    """The default tests to offer, and whether the patient is starting treatment at all."""

    items: list[SuggestedLab]
    starting: bool = True
    # Set up before: the plan just saved is a change, not the start of treatment.
    earlier_plan: bool = False


def suggestions(session: Session, patient: Patient, now: datetime) -> Suggestions:
    """The start-of-treatment tests still ahead and not yet planned (none before setup).

    Timed from the injection treatment started with, under whichever plan version that was:
    a later version (a changed plan, or the same one set up again) never moves them.
    """
    assert patient.id is not None
    patient_plan = load_patient_plan(session, patient=patient)
    if patient_plan is None:
        return Suggestions([])
    versions = regimens_of_patient(session, patient_id=patient.id)
    start = _treatment_start(session, patient_plan, versions)
    already = {
        lab.test
        for lab in (
            *planned_labs(session, patient_id=patient.id),
            *done_labs(session, patient_id=patient.id),
        )
    }
    items = start_of_treatment_labs(start, today=local_today(patient, now), already=already)
    return Suggestions(items, starting=start is not None, earlier_plan=len(versions) > 1)


def _treatment_start(
    session: Session, patient_plan: PatientPlan, versions: list[Regimen]
) -> date | None:
    """The day treatment started, under the first plan version any dose was due in."""
    current = patient_plan.regimen
    for version in versions:
        assert version.id is not None
        first = first_resolved_dose(session, regimen_id=version.id)
        if version.id == current.id:
            boundaries = patient_plan.boundaries()
            started_on = boundaries[0].starts_on if boundaries else None
        elif first is None:
            # Replaced before any dose was due: treatment did not start under it.
            continue
        else:
            started_on = first.local_date
        rows = phase_rows(session, regimen_id=version.id)
        return treatment_start(
            PhaseKind(rows[0].kind) if rows else PhaseKind.MAINTENANCE,
            first_dose_on=version.first_dose_on,
            first_injection_on=started_on,
        )
    return None


def offer_message(
    catalog: Catalog, offer: Suggestions, mask: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The offer's text and its tick buttons."""
    items = offer.items
    if not offer.starting:
        return catalog.text("lab-offer-not-starting"), None
    if not items:
        return catalog.text("lab-offer-none-left"), None
    lines = "\n".join(
        catalog.text(
            "lab-offer-item",
            test=catalog.word("lab-test-names", item.test),
            day=catalog.day(item.due_on),
            timing=catalog.one_of("lab-timing", item.test),
            source=catalog.one_of("lab-source", item.test),
        )
        for item in items
    )
    rows = [
        [
            InlineKeyboardButton(
                _label(catalog, item, mask, index), callback_data=_data(f"t{index}", mask)
            )
        ]
        for index, item in enumerate(items)
    ]
    rows.append(
        [
            InlineKeyboardButton(catalog.text("lab-button-save"), callback_data=_data("s", mask)),
            InlineKeyboardButton(
                catalog.text("lab-button-no-thanks"), callback_data=_data("n", mask)
            ),
        ]
    )
    return catalog.text("lab-offer", items=lines), InlineKeyboardMarkup(rows)


async def send_offer(context: BotContext, chat_id: int) -> None:
    """After a plan is saved: offer the default tests to a patient starting treatment.

    A changed plan offers nothing again (the tests, if any, stay as planned, and /labs offers
    what is left); a patient already on treatment hears only how to add a test.
    """
    with patient_scope(context, chat_id) as here:
        catalog, patient = here.catalog, here.patient
        offer = suggestions(here.session, patient, here.now) if patient else Suggestions([])
    if offer.earlier_plan:
        return
    if not offer.starting:
        await context.bot.send_message(chat_id, catalog.text("lab-offer-after-setup-not-starting"))
        return
    text, markup = offer_message(catalog, offer, 0)
    await context.bot.send_message(chat_id, text, reply_markup=markup)


async def show_offer(context: BotContext, chat_id: int) -> None:
    """/labs → Suggested tests: the default tests still to offer, or why there are none."""
    with patient_scope(context, chat_id) as here:
        catalog, patient = here.catalog, here.patient
        offer = suggestions(here.session, patient, here.now) if patient else Suggestions([])
    text, markup = offer_message(catalog, offer, 0)
    await context.bot.send_message(chat_id, text, reply_markup=markup)


async def on_offer_button(update: Update, context: BotContext) -> None:
    """Tick or untick a test, save the ticked ones, or decline."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return
    pressed = _parse(query.data)
    if pressed is None:
        catalog = chat_catalog(context, update.effective_chat.id)
        await query.answer(catalog.text("lab-stale-button"))
        return
    action, mask = pressed
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient, now = here.catalog, here.patient, here.now
        offer = suggestions(here.session, patient, now) if patient else Suggestions([])
        if isinstance(action, int):
            text, markup = offer_message(catalog, offer, mask ^ (1 << action))
        elif action == "s" and patient is not None and mask:
            text, markup = _save(catalog, here.session, patient, offer.items, mask, now), None
        else:
            text, markup = catalog.text("lab-offer-declined"), None
    await edit_or_send(query, text, markup)
    # Answered after the edit, so a quick second tap already sees the new ticks.
    await query.answer()


def _save(
    catalog: Catalog,
    session: Session,
    patient: Patient,
    items: list[SuggestedLab],
    mask: int,
    now: datetime,
) -> str:
    """Plan the ticked tests (once each) with their reminders; the confirmation text."""
    assert patient.id is not None
    already = {(lab.test, lab.due_on) for lab in planned_labs(session, patient_id=patient.id)}
    chosen = [item for index, item in enumerate(items) if mask & (1 << index)]
    for item in chosen:
        if (item.test, item.due_on) in already:
            continue
        lab = add_lab_order(
            session,
            patient_id=patient.id,
            test=item.test,
            due_on=item.due_on,
            ordered_by_clinician=False,
            now=now,
        )
        write_lab_reminders(session, patient=patient, lab=lab, now=now)
    names = ", ".join(
        f"{catalog.word('lab-test-names', item.test)} ({catalog.day(item.due_on)})"
        for item in chosen
    )
    return catalog.text("lab-offer-saved", tests=names)


def name_heading(name: str) -> str:
    """A test's name starting with a capital, as a heading or a button ("Vitamin B12 level")."""
    return name[:1].upper() + name[1:]


def _label(catalog: Catalog, item: SuggestedLab, mask: int, index: int) -> str:
    """A test's button, ticked or not."""
    test = name_heading(catalog.word("lab-test-names", item.test))
    if mask & (1 << index):
        return catalog.text("lab-button-ticked", test=test)
    return catalog.text("lab-button-unticked", test=test)


def _data(action: str, mask: int) -> str:
    """Callback data for an offer button."""
    return f"{OFFER_PREFIX}:{action}:{mask}"


def _parse(data: str) -> tuple[int | str, int] | None:
    """(test index to tick, or "s" or "n"; ticked mask); None for anything malformed."""
    fields = callback_fields(data, OFFER_PREFIX)
    if fields is None or len(fields) != 2:
        return None
    action, mask_text = fields
    mask = whole_number(mask_text, maximum=(1 << MAX_OFFERED) - 1)
    index = whole_number(action[1:], maximum=MAX_OFFERED - 1) if action[:1] == "t" else None
    if mask is None or (index is None and action not in ("s", "n")):
        return None
    return (action if index is None else index), mask


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [CallbackQueryHandler(on_offer_button, pattern=f"^{OFFER_PREFIX}:")]
