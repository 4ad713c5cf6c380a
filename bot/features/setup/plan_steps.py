"""Setup steps that build the plan: preset, its review and editor, and the custom phase steps."""

from decimal import Decimal

from telegram import Update
from telegram.ext import BaseHandler

from bot.catalog.catalog import Catalog
from bot.catalog.problems import problem_text
from bot.catalog.vocabulary import vocabulary_for
from bot.context import BotContext
from bot.domain.errors import RegimenError
from bot.domain.parsing.dates import normalise
from bot.domain.parsing.durations import mentions_months, mentions_weeks
from bot.domain.parsing.numbers import whole_number
from bot.domain.parsing.replies import CountParseError, DoseParseError, parse_count, parse_dose
from bot.domain.parsing.vocabulary import Vocabulary
from bot.domain.presets import PRESETS_BY_KEY, UK_MAINTENANCE_MONTHS, preset
from bot.domain.regimen import (
    MAX_DOSES,
    AfterDoses,
    AfterDuration,
    Dose,
    DoseUnit,
    EveryNDays,
    EveryNMonths,
    OnWeekdays,
    OpenEnded,
    PhaseKind,
    validate_phases,
)
from bot.features.setup.draft import (
    Step,
    cadence_to_data,
    dose_to_data,
    end_to_data,
    phase_from_data,
)
from bot.features.setup.navigation import (
    StaleButton,
    draft_of,
    go,
    on_button,
    on_text,
    reask,
    setup_catalog,
)
from bot.features.setup.questions import weekday_keyboard
from bot.telegram.edits import replace_buttons

CUSTOM = "custom"
MAX_INTERVAL_DAYS = 366
MAX_INTERVAL_MONTHS = 24
MAX_PHASE_DAYS = 3660
_FIXED_CADENCES = {"d1": 1, "d2": 2, "d7": 7, "d28": 28}
_DAYS_PER_WEEK = 7


# --- Preset -----------------------------------------------------------------------------------


async def choose_preset(update: Update, context: BotContext, value: str) -> Step:
    """A preset (or custom) was chosen: ask what it needs, or show its numbers."""
    if value not in PRESETS_BY_KEY:
        raise StaleButton
    draft = draft_of(context)
    draft.set("preset", value)
    chosen = preset(value)
    if value == CUSTOM:
        draft.set_phases(())
        draft.set("mode", "build")
        draft.start_phase(0)
        return await go(update, context, Step.PHASE_KIND)
    if chosen.asks_for_months:
        return await go(update, context, Step.PRESET_MONTHS)
    if chosen.asks_for_dose:
        return await go(update, context, Step.PRESET_DOSE)
    draft.set_phases(chosen.build())
    return await go(update, context, Step.REVIEW)


async def choose_months(update: Update, context: BotContext, value: str) -> Step:
    """The UK maintenance interval from the prescription: 2 or 3 months."""
    months = whole_number(value, maximum=max(UK_MAINTENANCE_MONTHS))
    if months not in UK_MAINTENANCE_MONTHS:
        raise StaleButton
    draft = draft_of(context)
    draft.set_phases(preset(draft.get("preset")).build(months=months))
    return await go(update, context, Step.REVIEW)


async def type_preset_dose(update: Update, context: BotContext, text: str) -> Step:
    """The maintenance-only dose, exactly as prescribed."""
    dose = _read_dose(setup_catalog(update, context), text)
    if isinstance(dose, str):
        return await reask(update, context, dose)
    draft = draft_of(context)
    draft.set_phases(preset(draft.get("preset")).build(dose=dose))
    return await go(update, context, Step.REVIEW)


async def review(update: Update, context: BotContext, value: str) -> Step:
    """The patient confirms the preset's numbers, or wants to change some."""
    if value == "ok":
        return await finish_plan(update, context)
    if value != "edit":
        raise StaleButton
    draft_of(context).set("mode", "edit")
    return await go(update, context, Step.EDITOR)


# --- Phase editor -----------------------------------------------------------------------------


async def edit(update: Update, context: BotContext, value: str) -> Step:
    """Change, remove or add a phase, or finish."""
    draft = draft_of(context)
    count = draft.phase_count
    if value == "done":
        return await finish_plan(update, context)
    if value == "add":
        draft.start_phase(count)
        return await go(update, context, Step.PHASE_KIND)
    index = _phase_index(value[1:], count)
    if value.startswith("c"):
        draft.start_phase(index)
        return await go(update, context, Step.PHASE_CADENCE)
    if value.startswith("r") and count > 1:
        draft.remove_phase(index)
        return await go(update, context, Step.EDITOR)
    raise StaleButton


def _phase_index(text: str, count: int) -> int:
    """A phase number from button data, which must name an existing phase."""
    index = whole_number(text, maximum=count - 1)
    if index is None:
        raise StaleButton
    return index


async def finish_plan(update: Update, context: BotContext) -> Step:
    """Check the phases together; go on to the drug, or show the problem in the editor."""
    draft = draft_of(context)
    try:
        validate_phases(draft.phases)
    except RegimenError as problem:
        draft.set("mode", "edit")
        catalog = setup_catalog(update, context)
        note = catalog.text("setup-plan-problem", problem=problem_text(catalog, problem))
        if draft.current_step is Step.EDITOR:
            return await reask(update, context, note)
        return await go(update, context, Step.EDITOR, before=note)
    return await go(update, context, Step.DRUG)


async def more(update: Update, context: BotContext, value: str) -> Step:
    """Custom plan: another phase, or that's all."""
    draft = draft_of(context)
    if value == "add":
        draft.start_phase(draft.phase_count)
        return await go(update, context, Step.PHASE_KIND)
    if value == "done":
        return await finish_plan(update, context)
    raise StaleButton


# --- One phase: kind, cadence, end, dose ------------------------------------------------------


async def choose_kind(update: Update, context: BotContext, value: str) -> Step:
    """Loading, transition or maintenance."""
    if value not in {kind.value for kind in PhaseKind}:
        raise StaleButton
    draft_of(context).work["kind"] = value
    return await go(update, context, Step.PHASE_CADENCE)


async def choose_cadence(update: Update, context: BotContext, value: str) -> Step:
    """A common interval, or ask for the number of days or months, or the weekdays."""
    work = draft_of(context).work
    if value == "keep" and "cadence" in work:
        return await go(update, context, Step.PHASE_END)
    if value in _FIXED_CADENCES:
        work["cadence"] = cadence_to_data(EveryNDays(_FIXED_CADENCES[value]))
        return await go(update, context, Step.PHASE_END)
    if value == "days":
        return await go(update, context, Step.PHASE_DAYS)
    if value == "months":
        return await go(update, context, Step.PHASE_MONTHS)
    if value == "weekdays":
        cadence = work.get("cadence")
        work["ticked"] = cadence[1] if cadence and cadence[0] == "weekdays" else []
        return await go(update, context, Step.PHASE_WEEKDAYS)
    raise StaleButton


def _vocabulary(update: Update, context: BotContext) -> Vocabulary:
    """The words the parsers recognise in the language of the patient setting up."""
    return vocabulary_for(setup_catalog(update, context).language)


async def type_interval_days(update: Update, context: BotContext, text: str) -> Step:
    """Every N days."""
    days = parse_count(
        text, minimum=1, maximum=MAX_INTERVAL_DAYS, vocabulary=_vocabulary(update, context)
    )
    if isinstance(days, CountParseError):
        return await reask(update, context, problem_text(setup_catalog(update, context), days))
    draft_of(context).work["cadence"] = cadence_to_data(EveryNDays(days))
    return await go(update, context, Step.PHASE_END)


async def type_interval_months(update: Update, context: BotContext, text: str) -> Step:
    """Every N months."""
    months = parse_count(
        text, minimum=1, maximum=MAX_INTERVAL_MONTHS, vocabulary=_vocabulary(update, context)
    )
    if isinstance(months, CountParseError):
        return await reask(update, context, problem_text(setup_catalog(update, context), months))
    draft_of(context).work["cadence"] = cadence_to_data(EveryNMonths(months))
    return await go(update, context, Step.PHASE_END)


async def toggle_weekday(update: Update, context: BotContext, value: str) -> Step | None:
    """Tick or untick a day in place; Done goes on once at least one day is ticked."""
    work = draft_of(context).work
    ticked: list[int] = work.setdefault("ticked", [])
    if value == "done":
        if not ticked:
            return await reask(update, context, setup_catalog(update, context).text("no-weekdays"))
        work["cadence"] = cadence_to_data(OnWeekdays(frozenset(work.pop("ticked"))))
        return await go(update, context, Step.PHASE_END)
    if value not in {f"t{day}" for day in range(7)}:
        raise StaleButton
    day = int(value[1:])
    work["ticked"] = sorted(set(ticked) ^ {day})
    assert update.callback_query is not None
    await replace_buttons(
        update.callback_query, weekday_keyboard(setup_catalog(update, context), work["ticked"])
    )
    return None


async def choose_end(update: Update, context: BotContext, value: str) -> Step:
    """After a number of injections, after a duration, or until the clinician changes it."""
    draft = draft_of(context)
    work = draft.work
    if value == "keep" and "end" in work:
        return await go(update, context, Step.PHASE_DOSE)
    if value == "doses":
        return await go(update, context, Step.PHASE_COUNT)
    if value == "days":
        return await go(update, context, Step.PHASE_DURATION)
    if value != "open":
        raise StaleButton
    # Maintenance simply goes on; an earlier phase waits for the clinician's switch.
    until_switch = draft.work_kind() is not PhaseKind.MAINTENANCE
    work["end"] = end_to_data(OpenEnded(until_no_further_improvement=until_switch))
    return await go(update, context, Step.PHASE_DOSE)


async def type_count(update: Update, context: BotContext, text: str) -> Step:
    """How many injections in the phase."""
    count = parse_count(text, minimum=1, maximum=MAX_DOSES, vocabulary=_vocabulary(update, context))
    if isinstance(count, CountParseError):
        return await reask(update, context, problem_text(setup_catalog(update, context), count))
    draft_of(context).work["end"] = end_to_data(AfterDoses(count))
    return await go(update, context, Step.PHASE_DOSE)


async def type_duration(update: Update, context: BotContext, text: str) -> Step:
    """How long the phase lasts, in days or weeks ("14", "14 days", "2 weeks")."""
    words = normalise(text)
    if mentions_months(words, vocabulary=_vocabulary(update, context)):
        note = setup_catalog(update, context).text("setup-duration-in-days-or-weeks")
        return await reask(update, context, note)
    count = parse_count(
        text, minimum=1, maximum=MAX_PHASE_DAYS, vocabulary=_vocabulary(update, context)
    )
    if isinstance(count, CountParseError):
        return await reask(update, context, problem_text(setup_catalog(update, context), count))
    weeks = mentions_weeks(words, vocabulary=_vocabulary(update, context))
    days = count * _DAYS_PER_WEEK if weeks else count
    draft_of(context).work["end"] = end_to_data(AfterDuration(days))
    return await go(update, context, Step.PHASE_DOSE)


async def choose_dose(update: Update, context: BotContext, value: str) -> Step:
    """Keep this phase's dose, or use the previous phase's."""
    draft = draft_of(context)
    previous = draft.previous_dose()
    if value == "keep" and "dose" in draft.work:
        return await finish_phase(update, context)
    if value == "prev" and previous is not None:
        draft.work["dose"] = dose_to_data(previous)
        return await finish_phase(update, context)
    raise StaleButton


async def type_dose(update: Update, context: BotContext, text: str) -> Step:
    """The dose per injection, amount and unit."""
    dose = _read_dose(setup_catalog(update, context), text)
    if isinstance(dose, str):
        return await reask(update, context, dose)
    draft_of(context).work["dose"] = dose_to_data(dose)
    return await finish_phase(update, context)


def _read_dose(catalog: Catalog, text: str) -> Dose | str:
    """A dose, or the message saying what was wrong with an example."""
    answer = parse_dose(text, vocabulary=vocabulary_for(catalog.language))
    if isinstance(answer, DoseParseError):
        return problem_text(catalog, answer)
    amount, unit = answer
    try:
        return Dose(Decimal(amount), DoseUnit(unit))
    except RegimenError as problem:
        return problem_text(catalog, problem)


async def finish_phase(update: Update, context: BotContext) -> Step:
    """Store the phase; a custom plan asks for more phases, an edit returns to the editor."""
    draft = draft_of(context)
    try:
        phase = phase_from_data(draft.work)
    except RegimenError as problem:
        return await go(
            update,
            context,
            Step.EDITOR,
            before=problem_text(setup_catalog(update, context), problem),
        )
    draft.store_phase(phase)
    next_step = Step.PHASE_MORE if draft.get("mode") == "build" else Step.EDITOR
    return await go(update, context, next_step)


def handlers() -> dict[object, list[BaseHandler[Update, BotContext, object]]]:
    """The plan-building states and their handlers."""
    return {
        Step.PRESET: [on_button(Step.PRESET, choose_preset)],
        Step.PRESET_MONTHS: [on_button(Step.PRESET_MONTHS, choose_months)],
        Step.PRESET_DOSE: [on_text(type_preset_dose)],
        Step.REVIEW: [on_button(Step.REVIEW, review)],
        Step.EDITOR: [on_button(Step.EDITOR, edit)],
        Step.PHASE_KIND: [on_button(Step.PHASE_KIND, choose_kind)],
        Step.PHASE_CADENCE: [on_button(Step.PHASE_CADENCE, choose_cadence)],
        Step.PHASE_DAYS: [on_text(type_interval_days)],
        Step.PHASE_MONTHS: [on_text(type_interval_months)],
        Step.PHASE_WEEKDAYS: [on_button(Step.PHASE_WEEKDAYS, toggle_weekday)],
        Step.PHASE_END: [on_button(Step.PHASE_END, choose_end)],
        Step.PHASE_COUNT: [on_text(type_count)],
        Step.PHASE_DURATION: [on_text(type_duration)],
        Step.PHASE_DOSE: [on_button(Step.PHASE_DOSE, choose_dose), on_text(type_dose)],
        Step.PHASE_MORE: [on_button(Step.PHASE_MORE, more)],
    }
