"""Settings asked for in words ("remind me at 7pm", "I'm in New York now"), and shared locations.

The filter takes only a message parse_settings_request recognises, so any other text goes on
to the handlers after this one (in a group, the first handler that matches wins). A location
shared outside a zone question is read as where the patient is now.
"""

from telegram import Message, Update
from telegram.ext import filters

from bot.catalog.problems import problem_text
from bot.catalog.vocabulary import reading_order
from bot.context import BotContext
from bot.domain.parsing.dates import AmbiguousDate
from bot.domain.parsing.replies import Unknown, parse_intent_in
from bot.domain.parsing.settings_requests import (
    BackHome,
    NewReminderTime,
    NewZone,
    NowIn,
    OpenSettings,
    SettingsRequest,
    SettingsRequestError,
    Travelling,
    parse_settings_request,
)
from bot.domain.problems import Problem
from bot.features.patient_scope import PatientScope, remembered_language
from bot.features.settings.flow import (
    DESTINATION_QUESTION,
    MOVE_REQUEST,
    NOW_IN,
    Build,
    Flow,
    Said,
    State,
    Step,
    ask_destination,
    ask_time,
    ask_zone,
    location_shared,
    menu,
    propose_time,
    run,
    trip_end,
    zone_typed,
)
from storage.models import Patient

# Problems of a typed time: the reminder-time question then waits for a better one.
_TIME_PROBLEMS = frozenset(
    {
        Problem.TIME_EMPTY,
        Problem.TIME_UNRECOGNISED,
        Problem.TIME_BAD_HOUR,
        Problem.TIME_BAD_MINUTE,
        Problem.TIME_BAD_AM_PM_HOUR,
    }
)


class _SettingsRequestFilter(filters.MessageFilter):
    """A text that asks for a settings change (in the chat's language or English; today in UTC)."""

    def filter(self, message: Message) -> bool:
        """Whether the text is a settings request; the handler reads it again for the patient."""
        if message.text is None:
            return False
        return any(
            parse_settings_request(message.text, today=message.date.date(), vocabulary=words)
            is not None
            for words in reading_order(remembered_language(message.chat_id))
        )


SETTINGS_REQUEST = (
    filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & _SettingsRequestFilter()
)


class _NotAReplyFilter(filters.MessageFilter):
    """A text that is no answer to a dose ("done", "late", "skip") nor a question about one.

    A settings question left open must not swallow the "done" typed to the next reminder:
    that reply goes on to the dose handlers, and the question stays open.
    """

    def filter(self, message: Message) -> bool:
        """Whether the text reads as nothing but a possible answer to a settings question."""
        if message.text is None:
            return False
        vocabularies = reading_order(remembered_language(message.chat_id))
        intent = parse_intent_in(message.text, today=message.date.date(), vocabularies=vocabularies)
        return isinstance(intent, Unknown)


# What a settings question takes as its typed answer.
TYPED_ANSWER = filters.TEXT & ~filters.COMMAND & _NotAReplyFilter()
# The fallback's answer to a message that is not text (bot.features.fallback.answers).
UNASKED_MESSAGE = "only-text"
SHARED_LOCATION = filters.UpdateType.MESSAGE & filters.LOCATION


async def on_words(update: Update, context: BotContext) -> int | None:
    """A settings request in words: the step it asks for."""
    message = update.effective_message
    if message is None or message.text is None:
        return State.MENU
    return await run(update, context, _request(message.text))


async def on_location(update: Update, context: BotContext) -> int | None:
    """A shared location: an answer to the zone question, or where the patient is now."""
    message = update.effective_message
    if message is None or message.location is None:
        return State.MENU
    location = message.location
    shared = location_shared(location.latitude, location.longitude)
    # Without a plan no zone is kept yet: answered as any message nobody asked for.
    return await run(update, context, shared, no_plan=UNASKED_MESSAGE)


def _request(text: str) -> Build:
    """The step a typed request leads to."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        request = _first_request(text, here)
        flow.clear()
        if isinstance(request, NewReminderTime):
            if request.at is None:
                return ask_time(here, patient, flow)
            return propose_time(request.at)(here, patient, flow)
        if isinstance(request, NewZone):
            if request.place is None:
                return ask_zone(here, patient, flow)
            return zone_typed(request.place, asking=MOVE_REQUEST)(here, patient, flow)
        if isinstance(request, NowIn):
            return zone_typed(request.place, asking=NOW_IN)(here, patient, flow)
        if isinstance(request, Travelling):
            return _travelling(here, patient, flow, request)
        if isinstance(request, BackHome):
            return trip_end(here, patient, flow)
        if isinstance(request, SettingsRequestError):
            state = State.TIME if request.code in _TIME_PROBLEMS else State.MENU
            return Said(problem_text(here.catalog, request)), state
        if isinstance(request, OpenSettings) or request is None:
            return menu(here, patient, flow)
        return menu(here, patient, flow)

    return build


def _first_request(text: str, here: PatientScope) -> SettingsRequest | SettingsRequestError | None:
    """The request read in the patient's language, or else in English."""
    for vocabulary in here.vocabularies:
        request = parse_settings_request(text, today=here.today, vocabulary=vocabulary)
        if request is not None:
            return request
    return None


def _travelling(here: PatientScope, patient: Patient, flow: Flow, request: Travelling) -> Step:
    """The travel flow, skipping what the message already said."""
    # An ambiguous return day ("3/4") is asked again once the place is known.
    if request.until is not None and not isinstance(request.until, AmbiguousDate):
        flow["until"] = request.until.isoformat()
    if request.place is None:
        return ask_destination(here, patient, flow)
    return zone_typed(request.place, asking=DESTINATION_QUESTION)(here, patient, flow)
