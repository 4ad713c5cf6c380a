"""/switch: the clinician moved the patient out of an open-ended phase ("until no further
improvement"); the next phase starts from that day."""

from datetime import date

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.regimen import SwitchRefusal
from bot.features.date_answers import DOSE_WHICH_DATE, DateReask, typed_date
from bot.features.patient_scope import PatientScope, patient_scope
from bot.services.scheduling import PatientPlan, load_patient_plan, record_clinician_switch
from storage.doses import doses_in_phase


async def switch(update: Update, context: BotContext) -> None:
    """Record the switch on the given day (default: today) and show the next injection."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        text = _record_switch(here, context.args or [])
    await message.reply_text(text)


def _record_switch(here: PatientScope, words: list[str]) -> str:
    """Record the switch the command names; the reply."""
    session, patient, catalog = here.session, here.patient, here.catalog
    patient_plan = load_patient_plan(session, patient=patient) if patient else None
    if patient is None or patient_plan is None:
        return catalog.text("no-plan-yet")
    zone = here.zone
    day = _switch_day(catalog, " ".join(words), here.today)
    if isinstance(day, str):
        return day
    position = record_clinician_switch(session, patient=patient, on=day, now=here.now)
    if not isinstance(position, int):
        return _refusal_text(catalog, position, patient_plan)
    assert patient_plan.regimen.id is not None
    following = doses_in_phase(
        session, regimen_id=patient_plan.regimen.id, phase_position=position + 1
    )
    dose = following[0] if following else None
    next_kind = patient_plan.plan.phases[position + 1].kind
    text = catalog.text(
        "switch-recorded",
        day=catalog.day(day),
        phase=catalog.word("phase-names", next_kind).capitalize(),
        when=catalog.moment(dose.due_at, zone) if dose else "-",
    )
    return text


def _refusal_text(
    catalog: Catalog, refusal: SwitchRefusal | None, patient_plan: PatientPlan
) -> str:
    """Why there is no switch to record, truthfully for the current phase."""
    if refusal is None:
        return catalog.text("switch-nothing-planned")
    if refusal is SwitchRefusal.PLANNED_END:
        return catalog.text("switch-not-possible")
    position = next((dose.phase_position for dose in patient_plan.open_doses), 0)
    kind = patient_plan.phase(position).kind
    phase = catalog.word("phase-names", kind)
    if refusal is SwitchRefusal.ALREADY_SWITCHED:
        return catalog.text("switch-already-recorded", phase=phase)
    return catalog.text("switch-last-phase", phase=phase)


def _switch_day(catalog: Catalog, text: str, today: date) -> date | str:
    """The day named after /switch (today when none); a message when it cannot be used."""
    if not text.strip():
        return today
    answer = typed_date(catalog, text, today=today, allow_future=False, which_date=DOSE_WHICH_DATE)
    return answer.text if isinstance(answer, DateReask) else answer


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [CommandHandler("switch", switch)]
