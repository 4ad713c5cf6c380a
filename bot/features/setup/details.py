"""Setup steps after the plan: drug, route, giver, time zone, the start date and reminder time."""

from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.catalog.catalog import Catalog
from bot.catalog.problems import problem_text
from bot.catalog.vocabulary import reading_order, vocabulary_for
from bot.context import BotContext
from bot.domain.parsing.dates import (
    AmbiguousZone,
    TimeParseError,
    TimeZoneParseError,
    parse_time,
    parse_time_zone,
)
from bot.domain.parsing.locations import time_zone_for_location
from bot.domain.parsing.routes import RouteAnswer, parse_route
from bot.domain.regimen import Drug, Giver, Route
from bot.features.date_answers import DateReask, typed_date
from bot.features.patient_scope import patient_scope
from bot.features.plan_changes.versions import PhaseChoice, continuation
from bot.features.setup.draft import StartFrom, Step
from bot.features.setup.navigation import (
    StaleButton,
    ask,
    draft_of,
    go,
    on_button,
    on_text,
    reask,
    send,
    setup_catalog,
)
from bot.features.setup.questions import (
    NONE_OF_THESE,
    column,
    offset_keyboard,
    route_keyboard,
    zone_label,
)

MAINTENANCE_ONLY = "maintenance_only"


async def choose_drug(update: Update, context: BotContext, value: str) -> Step:
    """Which cobalamin."""
    if value not in {drug.value for drug in Drug}:
        raise StaleButton
    draft_of(context).set("drug", value)
    return await go(update, context, Step.ROUTE)


async def choose_route(update: Update, context: BotContext, value: str) -> Step:
    """IM or deep SC, from the buttons."""
    if value not in {route.value for route in Route}:
        raise StaleButton
    draft_of(context).set("route", value)
    return await go(update, context, Step.GIVER)


async def type_route(update: Update, context: BotContext, text: str) -> Step:
    """A typed route: IM or SC words are taken; tablets and the like get the explanation."""
    catalog = setup_catalog(update, context)
    route = parse_route(text, vocabularies=reading_order(catalog.language))
    if route is RouteAnswer.NOT_INJECTED:
        await send(
            update, context, catalog.text("setup-route-not-injection"), route_keyboard(catalog)
        )
        return Step.ROUTE
    if route is RouteAnswer.UNRECOGNISED:
        return await reask(update, context, catalog.text("setup-route-unrecognised"))
    draft_of(context).set("route", route.value)
    return await go(update, context, Step.GIVER)


async def choose_giver(update: Update, context: BotContext, value: str) -> Step:
    """Self, caregiver or clinic."""
    if value not in {giver.value for giver in Giver}:
        raise StaleButton
    draft_of(context).set("giver", value)
    return await go(update, context, Step.ZONE)


# --- Time zone --------------------------------------------------------------------------------


async def type_zone(update: Update, context: BotContext, text: str) -> Step:
    """A city, zone name or offset; or the "Choose a UTC offset" keyboard button."""
    catalog = setup_catalog(update, context)
    if text.strip() == catalog.text("setup-button-choose-offset"):
        return await _offer_offsets(update, context, from_location=False)
    answer = parse_time_zone(text, vocabulary=vocabulary_for(catalog.language))
    if isinstance(answer, TimeZoneParseError):
        return await reask(update, context, problem_text(setup_catalog(update, context), answer))
    if isinstance(answer, AmbiguousZone):
        return await _offer_candidates(update, context, text, answer)
    return await _set_zone(update, context, answer.key)


async def _offer_candidates(
    update: Update, context: BotContext, text: str, answer: AmbiguousZone
) -> Step:
    """Ask which zone is meant, as a step of its own so /back returns to the zone question."""
    draft = draft_of(context)
    if answer.near:
        draft.set("zone_typed", text.strip())
        draft.set("zone_choices", [[near.place, near.zone.key] for near in answer.near])
    else:
        draft.set("zone_typed", None)
        draft.set("zone_choices", [[None, zone.key] for zone in answer.candidates])
    return await go(update, context, Step.ZONE_CHOICE)


def _back_to_zone_question(context: BotContext) -> None:
    """Undo the candidates question, so what comes next answers the zone question itself."""
    draft = draft_of(context)
    if draft.current_step is Step.ZONE_CHOICE:
        draft.pop_previous()
        draft.mark_asked(Step.ZONE)


async def choose_candidate(update: Update, context: BotContext, value: str) -> Step:
    """One of the zones offered, or "None of these" (the zone question again, with an example)."""
    if value == NONE_OF_THESE:
        _back_to_zone_question(context)
        note = setup_catalog(update, context).text("setup-zone-none-of-these")
        return await ask(update, context, Step.ZONE, before=note)
    offered = [zone for _, zone in draft_of(context).get("zone_choices") or []]
    if value not in offered:
        raise StaleButton
    return await _set_zone(update, context, value)


async def retype_zone(update: Update, context: BotContext, text: str) -> Step:
    """A place typed instead of a button: a fresh answer to the zone question."""
    _back_to_zone_question(context)
    return await type_zone(update, context, text)


async def share_location_instead(update: Update, context: BotContext) -> Step:
    """A location shared instead of a button: a fresh answer to the zone question."""
    _back_to_zone_question(context)
    return await share_location(update, context)


async def share_location(update: Update, context: BotContext) -> Step:
    """A shared location: its zone if it can be told, else the offset choice."""
    assert update.effective_message is not None
    location = update.effective_message.location
    assert location is not None
    zone = time_zone_for_location(location.latitude, location.longitude)
    if zone is None:
        return await _offer_offsets(update, context, from_location=True)
    return await _set_zone(update, context, zone.key)


async def _offer_offsets(update: Update, context: BotContext, *, from_location: bool) -> Step:
    """Show UTC-12 … UTC+14 as buttons (the question stays the same)."""
    catalog = setup_catalog(update, context)
    utc_now = f"{context.now():%H:%M}"
    text = (
        catalog.text("setup-zone-from-location-unknown", utc=utc_now)
        if from_location
        else catalog.text("setup-ask-zone-offset", utc=utc_now)
    )
    await send(update, context, text, offset_keyboard(catalog))
    return Step.ZONE


async def choose_zone(update: Update, context: BotContext, value: str) -> Step:
    """A zone from the offset or candidate buttons."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise StaleButton from None
    return await _set_zone(update, context, value)


async def _set_zone(update: Update, context: BotContext, name: str) -> Step:
    """Keep the zone, confirm it with the local time there, and go on."""
    draft = draft_of(context)
    draft.set("zone", name)
    draft.data.pop("zone_typed", None)
    draft.data.pop("zone_choices", None)
    catalog = setup_catalog(update, context)
    # The zone being chosen, not yet the patient's.
    now_there = catalog.clock(context.now(), ZoneInfo(name))
    confirmation = catalog.text("setup-zone-set", zone=zone_label(catalog, name), time=now_there)
    await send(update, context, confirmation, ReplyKeyboardRemove())
    draft.set("carry", _carry(update, context) if draft.get("has_plan") else None)
    if draft.carry is not None:
        return await go(update, context, Step.RESUME)
    return await _ask_dates(update, context)


async def _ask_dates(update: Update, context: BotContext) -> Step:
    """Ask what the plan is dated by: maintenance only by the last injection, else either."""
    draft = draft_of(context)
    if draft.get("preset") == MAINTENANCE_ONLY:
        draft.set("start_from", StartFrom.LAST.value)
        return await go(update, context, Step.START_DATE)
    if draft.carry is not None:
        # Starting the current phase again: from the first date of it the patient gives.
        draft.set("start_from", StartFrom.FIRST.value)
        return await go(update, context, Step.START_DATE)
    return await go(update, context, Step.START_FROM)


def _carry(update: Update, context: BotContext) -> dict[str, object] | None:
    """Where the current plan stands, as the new one would carry it on (JSON), or None."""
    assert update.effective_chat is not None
    with patient_scope(context, update.effective_chat.id) as here:
        found = (
            continuation(here.session, patient=here.patient, plan=draft_of(context).regimen())
            if here.patient is not None
            else None
        )
    if found is None:
        return None
    return {
        "position": found.position,
        "kind": found.kind.value,
        "numbered_after": found.numbered_after,
        "count": found.count,
        "last_on": found.last_on.isoformat(),
        "began_on": found.began_on.isoformat() if found.began_on else None,
    }


async def choose_resume(update: Update, context: BotContext, value: str) -> Step:
    """Carry the current phase on (then only the time is asked), or start it again."""
    if value not in {choice.value for choice in PhaseChoice}:
        raise StaleButton
    draft = draft_of(context)
    draft.set("resume", value)
    if value == PhaseChoice.CARRY_ON:
        return await go(update, context, Step.TIME)
    return await _ask_dates(update, context)


# --- Dates and time ---------------------------------------------------------------------------


async def choose_start_from(update: Update, context: BotContext, value: str) -> Step:
    """Date the plan by the first (next) injection or by the last one."""
    if value not in {choice.value for choice in StartFrom}:
        raise StaleButton
    draft_of(context).set("start_from", value)
    return await go(update, context, Step.START_DATE)


def _local_today(context: BotContext) -> date:
    """Today in the zone the patient chose."""
    return context.now().astimezone(draft_of(context).zone).date()


async def type_start_date(update: Update, context: BotContext, text: str) -> Step:
    """The date; an ambiguous one ("3/4/26") is asked back with both readings as buttons."""
    draft = draft_of(context)
    last = draft.start_from is StartFrom.LAST
    catalog = setup_catalog(update, context)
    answer = typed_date(catalog, text, today=_local_today(context), allow_future=not last)
    if isinstance(answer, DateReask) and answer.candidates is not None:
        # The year is shown too, on the two buttons this question offers.
        return await _ask_which_date(update, context, catalog, answer.candidates)
    if isinstance(answer, DateReask):
        return await reask(update, context, answer.text)
    return await _set_start_date(update, context, answer)


async def _ask_which_date(
    update: Update, context: BotContext, catalog: Catalog, candidates: tuple[date, date]
) -> Step:
    """Offer the two readings of an ambiguous date."""
    draft_of(context).set("date_choices", [day.isoformat() for day in candidates])
    first, second = (catalog.day(day) + f" {day.year}" for day in candidates)
    choices = [
        (label, day.isoformat()) for label, day in zip((first, second), candidates, strict=True)
    ]
    text = catalog.text("setup-ask-which-date", first=first, second=second)
    await send(update, context, text, column(Step.START_DATE, choices))
    return Step.START_DATE


async def choose_start_date(update: Update, context: BotContext, value: str) -> Step:
    """One of the two readings offered for an ambiguous date."""
    if value not in (draft_of(context).get("date_choices") or []):
        raise StaleButton
    return await _set_start_date(update, context, date.fromisoformat(value))


async def _set_start_date(update: Update, context: BotContext, day: date) -> Step:
    """Keep the date and ask the reminder time."""
    draft = draft_of(context)
    draft.set("start_on", day.isoformat())
    draft.data.pop("date_choices", None)
    return await go(update, context, Step.TIME)


async def type_time(update: Update, context: BotContext, text: str) -> Step:
    """The local reminder time; then the summary."""
    answer = parse_time(text, vocabulary=vocabulary_for(setup_catalog(update, context).language))
    if isinstance(answer, TimeParseError):
        return await reask(update, context, problem_text(setup_catalog(update, context), answer))
    draft_of(context).set("time", answer.strftime("%H:%M"))
    return await go(update, context, Step.SUMMARY)


def handlers() -> dict[object, list[BaseHandler[Update, BotContext, object]]]:
    """The detail states and their handlers."""
    return {
        Step.DRUG: [on_button(Step.DRUG, choose_drug)],
        Step.ROUTE: [on_button(Step.ROUTE, choose_route), on_text(type_route)],
        Step.GIVER: [on_button(Step.GIVER, choose_giver)],
        Step.ZONE: [
            on_button(Step.ZONE, choose_zone),
            MessageHandler(filters.LOCATION, share_location),
            on_text(type_zone),
        ],
        Step.ZONE_CHOICE: [
            on_button(Step.ZONE_CHOICE, choose_candidate),
            MessageHandler(filters.LOCATION, share_location_instead),
            on_text(retype_zone),
        ],
        Step.RESUME: [on_button(Step.RESUME, choose_resume)],
        Step.START_FROM: [on_button(Step.START_FROM, choose_start_from)],
        Step.START_DATE: [on_button(Step.START_DATE, choose_start_date), on_text(type_start_date)],
        Step.TIME: [on_text(type_time)],
    }
