"""The /settings conversation's steps: the menu card, its questions, and the change it confirms.

A persistent conversation (`name="settings"`, built in bot.features.settings.conversation);
what it is gathering and the change waiting for a yes sit in `chat_data["settings"]`, never in
the buttons' data. Every button is an entry point, so a card still works after a restart.

    /settings, "settings" --> MENU: the card, a button per setting
    MENU --(Time zone)--> ZONE --(a place, a zone, an offset, a location)--> CHOICE
    ZONE --(a name several zones share)--> candidate buttons (stays in ZONE)
    ZONE --(the home zone)--> "already your zone" --> END (during a trip: end it? --> CONFIRM)
    CHOICE --(I moved)--> CONFIRM
    CHOICE --(keep home time / follow local time)--> RETURN_DAY --(a day)--> CONFIRM
    MENU --(I'm travelling)--> DESTINATION --(a zone)--> RETURN_DAY --(a day)--> CHOICE
        (keep / follow) --> CONFIRM
    MENU --(Reminder time)--> TIME --(a quick pick, a typed time)--> CONFIRM
    MENU --(Check-in delay)--> FOLLOW_UP --(15 min to 12 h)--> CONFIRM
    MENU --(Booking reminder)--> NOTICE --(1 to 28 days)--> CONFIRM
    MENU --(End my trip)--> CONFIRM
    CONFIRM --(Yes)--> changed, said in one sentence --> END;  CONFIRM --(No)--> END
    a typed answer it cannot use --> why, with an example (stays)
    Back --> MENU;  Close, /cancel --> END
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ConversationHandler

from bot.catalog.problems import problem_text
from bot.context import BotContext
from bot.domain.local_time import local_to_utc
from bot.domain.parsing.dates import (
    AmbiguousZone,
    TimeParseError,
    TimeZoneParseError,
    normalise,
    parse_time,
    parse_time_zone,
)
from bot.domain.parsing.locations import time_zone_for_location
from bot.domain.regimen import Giver
from bot.features.date_answers import DateReask, typed_date
from bot.features.patient_clock import wall_time, zone_city
from bot.features.patient_scope import PatientScope, patient_scope
from bot.features.preferences.follow_up import delay_text, parse_follow_up
from bot.features.settings.texts import (
    CardValues,
    back_button,
    buttons,
    candidate_keyboard,
    card_keyboard,
    card_text,
    confirm_keyboard,
    mode_keyboard,
    mode_question,
    moved_keyboard,
    next_text,
    offset_keyboard,
    shift_sentence,
    time_keyboard,
    typed_day,
)
from bot.services.patient_time import (
    TravelMode,
    home_zone_of,
    reminder_time_of,
    shown_beside,
    trip_of,
    zone_of,
)
from bot.services.settings_changes import (
    LONGEST_TRIP,
    change_booking_notice,
    change_follow_up,
    change_reminder_time,
    change_time_zone,
    end_trip,
    next_reminder,
    start_trip,
)
from bot.telegram.conversations import ChatDataKey
from bot.telegram.edits import edit_or_send
from storage.models import Patient
from storage.regimens import current_regimen

END = ConversationHandler.END
KEY = ChatDataKey.SETTINGS.value
# What a chat without a plan is told (a press gets it as its pop-up).
NO_PLAN = "no-plan-yet"
Flow = dict[str, Any]
# What a zone answers: the zone question, where the trip goes, or where the patient is now.
ZONE_QUESTION, DESTINATION_QUESTION, NOW_IN = "zone", "destination", "now"
# A zone named in a request to change it ("I moved to Berlin"): no need to ask why.
MOVE_REQUEST = "move"
LONGEST_NOTICE_DAYS = 28
# The example return day offered: a week from today there.
EXAMPLE_TRIP = timedelta(days=7)
_NOTICE = re.compile(r"(\d{1,3})(?: ?days?)?")
_HHMM = re.compile(r"([01]\d|2[0-3])([0-5]\d)")


class State(IntEnum):
    """Where the settings conversation stands (stored values: never change them)."""

    MENU = 1
    ZONE = 2
    TIME = 3
    FOLLOW_UP = 4
    NOTICE = 5
    DESTINATION = 6
    RETURN_DAY = 7
    CHOICE = 8
    CONFIRM = 9


@dataclass(frozen=True)
class Said:
    """What to show: on the pressed card, or as a new message; stale: answer the press only."""

    text: str
    markup: InlineKeyboardMarkup | None = None
    stale: bool = False


# The next state; None keeps the current one (a stale press changes nothing).
Step = tuple[Said, int | None]
Build = Callable[[PatientScope, Patient, Flow], Step]


async def run(
    update: Update, context: BotContext, build: Build, *, no_plan: str = NO_PLAN
) -> int | None:
    """Load the patient, build the answer in one unit of work, then show it; the next state."""
    if update.effective_chat is None:
        return END
    flow = flow_of(context)
    state: int | None
    with patient_scope(context, update.effective_chat.id) as here:
        if here.patient is None:
            said, state = Said(here.catalog.text(no_plan), stale=True), END
        else:
            said, state = build(here, here.patient, flow)
    if state == END and "proposal" not in flow:
        forget(context)
    await show(update, said)
    return state


async def show(update: Update, said: Said) -> None:
    """Answer a press by editing its card (or the press alone when stale); a message by a reply."""
    query = update.callback_query
    if query is not None:
        if said.stale:
            await query.answer(said.text)
            return
        await query.answer()
        await edit_or_send(query, said.text, said.markup)
        return
    if update.effective_message is not None:
        await update.effective_message.reply_text(said.text, reply_markup=said.markup)


def flow_of(context: BotContext) -> Flow:
    """The chat's settings flow in chat_data (created empty)."""
    if context.chat_data is None:
        return {}
    flow = context.chat_data.get(KEY)
    if not isinstance(flow, dict):
        flow = {}
        context.chat_data[KEY] = flow
    return flow


def forget(context: BotContext) -> None:
    """Drop what the flow gathered and any change waiting."""
    if context.chat_data is not None:
        context.chat_data.pop(KEY, None)


def stale(here: PatientScope) -> Step:
    """A press of a button the flow no longer waits for: answered, and nothing else changes."""
    return Said(here.catalog.text("settings-stale-button"), stale=True), None


# --- The menu ---------------------------------------------------------------------------------


def menu(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """The card with every current value and a button per setting."""
    flow.clear()
    assert patient.id is not None
    regimen = current_regimen(here.session, patient_id=patient.id)
    values = CardValues(
        patient=patient,
        now=here.now,
        next_up=next_reminder(here.session, patient=patient, now=here.now),
        clinic=regimen is not None and regimen.giver == Giver.CLINIC,
    )
    return Said(card_text(here.catalog, values), card_keyboard(here.catalog, values)), State.MENU


def closed(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """Close the card."""
    flow.clear()
    return Said(here.catalog.text("settings-closed")), END


# --- Questions --------------------------------------------------------------------------------


def ask_zone(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """Which zone: a city, a zone name, an offset, or a shared location."""
    flow.clear()
    flow["asking"] = ZONE_QUESTION
    markup = buttons([back_button(here.catalog)])
    return Said(here.catalog.text("settings-ask-zone"), markup), State.ZONE


def ask_time(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """The reminder time: quick picks, or typed."""
    flow.clear()
    text = here.catalog.text(
        "settings-ask-time", time=wall_time(here.catalog, reminder_time_of(patient))
    )
    return Said(text, time_keyboard(here.catalog)), State.TIME


def ask_follow_up(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """The check-in delay, typed."""
    flow.clear()
    delay = delay_text(here.catalog, patient.follow_up_after_minutes)
    text = here.catalog.text("settings-ask-follow-up", delay=delay)
    return Said(text, buttons([back_button(here.catalog)])), State.FOLLOW_UP


def ask_notice(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """The days of notice to book a clinic injection, typed."""
    flow.clear()
    text = here.catalog.text(
        "settings-ask-notice", days=here.catalog.days(patient.appointment_notice_days)
    )
    return Said(text, buttons([back_button(here.catalog)])), State.NOTICE


def ask_destination(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """Where the trip goes (a return day already said is kept)."""
    until = flow.get("until")
    flow.clear()
    flow.update(asking=DESTINATION_QUESTION, until=until)
    markup = buttons([back_button(here.catalog)])
    return Said(here.catalog.text("settings-ask-destination"), markup), State.DESTINATION


def _return_question(here: PatientScope, zone: ZoneInfo) -> str:
    """On which day the patient is back, with an example a week from today there."""
    example = here.now.astimezone(zone).date() + EXAMPLE_TRIP
    return here.catalog.text("settings-ask-return", example=typed_day(here.catalog, example))


def ask_return(here: PatientScope, zone: ZoneInfo) -> Step:
    """The return day of a trip to `zone`."""
    markup = buttons([back_button(here.catalog)])
    return Said(_return_question(here, zone), markup), State.RETURN_DAY


# --- Zones ------------------------------------------------------------------------------------


def zone_typed(text: str, *, asking: str) -> Build:
    """A typed place, zone name or offset, answering `asking`."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        answer = parse_time_zone(text, vocabulary=here.vocabulary)
        state = State.DESTINATION if asking == DESTINATION_QUESTION else State.ZONE
        if isinstance(answer, TimeZoneParseError):
            flow["asking"] = asking
            return Said(problem_text(here.catalog, answer)), state
        if isinstance(answer, AmbiguousZone):
            flow["asking"] = asking
            choices: list[tuple[str | None, str]] = (
                [(near.place, near.zone.key) for near in answer.near]
                if answer.near
                else [(None, zone.key) for zone in answer.candidates]
            )
            text_ = here.catalog.text("settings-ask-zone-choice")
            return Said(text_, candidate_keyboard(here.catalog, choices)), state
        return zone_given(here, patient, flow, answer, asking=asking)

    return build


def zone_pressed(name: str) -> Build:
    """A zone from the candidate or offset buttons (untrusted: checked by zoneinfo)."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        asking = flow.get("asking")
        if asking not in (ZONE_QUESTION, DESTINATION_QUESTION, NOW_IN, MOVE_REQUEST):
            return stale(here)
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return stale(here)
        return zone_given(here, patient, flow, zone, asking=asking)

    return build


def location_shared(latitude: float, longitude: float) -> Build:
    """A shared location: an answer to a zone question, or where the patient is now."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        asking = flow.get("asking")
        if asking not in (ZONE_QUESTION, DESTINATION_QUESTION):
            asking = NOW_IN
        zone = time_zone_for_location(latitude, longitude)
        if zone is None:
            flow["asking"] = asking
            utc = here.catalog.clock(here.now, ZoneInfo("UTC"))
            text = here.catalog.text("settings-location-unknown", utc=utc)
            state = State.DESTINATION if asking == DESTINATION_QUESTION else State.ZONE
            return Said(text, offset_keyboard(here.catalog)), state
        return zone_given(here, patient, flow, zone, asking=asking)

    return build


def zone_given(
    here: PatientScope, patient: Patient, flow: Flow, zone: ZoneInfo, *, asking: str
) -> Step:
    """A zone known: the trip's return day, "nothing to change", or moved or travelling?"""
    catalog, home = here.catalog, home_zone_of(patient)
    if asking == DESTINATION_QUESTION:
        return _destination_given(here, patient, flow, zone)
    trip = trip_of(patient)
    if asking == NOW_IN and zone.key == zone_of(patient).key and zone.key != home.key:
        return Said(catalog.text("settings-location-same", place=zone_city(catalog, zone))), END
    if zone.key == home.key:
        if trip is not None:
            return propose(here, patient, flow, {"change": "tripend"})
        text = catalog.text(
            "settings-location-same" if asking == NOW_IN else "settings-same-zone",
            place=zone_city(catalog, zone),
        )
        return Said(text), END
    flow.clear()
    flow["zone"] = zone.key
    if asking == MOVE_REQUEST:
        return propose(here, patient, flow, {"change": "zone", "zone": zone.key})
    values = {
        "place": zone_city(catalog, zone),
        "home": zone_city(catalog, home),
        "time": catalog.clock(here.now, zone),
        "home_time": catalog.clock(here.now, home),
    }
    text = catalog.text(
        "settings-ask-moved" if asking == NOW_IN else "settings-ask-moved-home", **values
    )
    return Said(text, moved_keyboard(catalog, home, zone)), State.CHOICE


def _destination_given(here: PatientScope, patient: Patient, flow: Flow, zone: ZoneInfo) -> Step:
    """Where the trip goes: then its return day (unless said already), then keep or follow."""
    if zone.key == patient.time_zone:
        text = here.catalog.text("settings-trip-home-zone", place=zone_city(here.catalog, zone))
        flow["asking"] = DESTINATION_QUESTION
        return Said(text), State.DESTINATION
    until = flow.get("until")
    flow.clear()
    flow["zone"] = zone.key
    if isinstance(until, str):
        refusal = _return_refusal(here, zone, date.fromisoformat(until))
        if refusal is not None:
            return Said(refusal), State.RETURN_DAY
        flow["until"] = until
        return _mode_or_proposal(here, patient, flow, zone)
    return ask_return(here, zone)


def _flow_zone(flow: Flow) -> ZoneInfo | None:
    """The zone the flow is about, if it holds a usable one."""
    name = flow.get("zone")
    if not isinstance(name, str):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def travel_choice(choice: str) -> Build:
    """I moved / keep home time / follow local time, for the zone the flow is about."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        zone = _flow_zone(flow)
        if zone is None:
            return stale(here)
        if choice == "move":
            return propose(here, patient, flow, {"change": "zone", "zone": zone.key})
        flow["mode"] = TravelMode.KEEP_HOME.value if choice == "keep" else TravelMode.FOLLOW_LOCAL
        if not isinstance(flow.get("until"), str):
            return ask_return(here, zone)
        return _mode_or_proposal(here, patient, flow, zone)

    return build


def _mode_or_proposal(here: PatientScope, patient: Patient, flow: Flow, zone: ZoneInfo) -> Step:
    """With the return day known: ask keep or follow, unless chosen already; then confirm."""
    mode = flow.get("mode")
    if mode in {m.value for m in TravelMode}:
        proposal = {"change": "trip", "zone": zone.key, "until": flow["until"], "mode": mode}
        return propose(here, patient, flow, proposal)
    home = home_zone_of(patient)
    text = mode_question(
        here.catalog,
        home=home,
        there=zone,
        at=reminder_time_of(patient),
        today=here.now.astimezone(home).date(),
    )
    return Said(text, mode_keyboard(here.catalog, home, zone)), State.CHOICE


def return_typed(text: str) -> Build:
    """The typed return day: after today there, within the longest trip."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        zone = _flow_zone(flow)
        if zone is None:
            return menu(here, patient, flow)
        today = here.now.astimezone(zone).date()
        day = typed_date(
            here.catalog,
            text,
            today=today,
            question=_return_question(here, zone),
        )
        if isinstance(day, DateReask):
            return Said(day.text), State.RETURN_DAY
        refusal = _return_refusal(here, zone, day)
        if refusal is not None:
            return Said(refusal), State.RETURN_DAY
        flow["until"] = day.isoformat()
        return _mode_or_proposal(here, patient, flow, zone)

    return build


def _return_refusal(here: PatientScope, zone: ZoneInfo, day: date) -> str | None:
    """Why a return day cannot be used (not after today there, or too far), else None."""
    catalog = here.catalog
    today = here.now.astimezone(zone).date()
    example = typed_day(catalog, today + EXAMPLE_TRIP)
    if day <= today:
        return catalog.text(
            "settings-return-not-after-today",
            today=catalog.day(today),
            place=zone_city(catalog, zone),
            example=example,
        )
    if day > today + LONGEST_TRIP:
        return catalog.text(
            "settings-return-too-far", days=catalog.days(LONGEST_TRIP.days), example=example
        )
    return None


# --- Typed values -----------------------------------------------------------------------------


def time_typed(text: str) -> Build:
    """A typed reminder time."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        answer = parse_time(text, vocabulary=here.vocabulary)
        if isinstance(answer, TimeParseError):
            return Said(problem_text(here.catalog, answer)), State.TIME
        return propose_time(answer)(here, patient, flow)

    return build


def time_pressed(value: str) -> Build:
    """A quick-pick time button, "HHMM" (untrusted)."""
    match = _HHMM.fullmatch(value)

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        if match is None:
            return stale(here)
        return propose_time(time(int(match[1]), int(match[2])))(here, patient, flow)

    return build


def propose_time(at: time) -> Build:
    """Confirm a new reminder time."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        return propose(
            here, patient, flow, {"change": "time", "at": at.isoformat(timespec="minutes")}
        )

    return build


def follow_up_typed(text: str) -> Build:
    """A typed check-in delay."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        minutes = parse_follow_up(text, vocabulary=here.vocabulary)
        if minutes is None:
            return Said(here.catalog.text("settings-follow-up-invalid")), State.FOLLOW_UP
        return propose(here, patient, flow, {"change": "followup", "minutes": minutes})

    return build


def notice_typed(text: str) -> Build:
    """A typed number of days' notice, 1 to 28."""

    def build(here: PatientScope, patient: Patient, flow: Flow) -> Step:
        match = _NOTICE.fullmatch(normalise(text).strip(" .!"))
        days = int(match[1]) if match else 0
        if not 1 <= days <= LONGEST_NOTICE_DAYS:
            return Said(here.catalog.text("settings-notice-invalid")), State.NOTICE
        return propose(here, patient, flow, {"change": "notice", "days": days})

    return build


def trip_end(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """Confirm the end of the trip in force (or say there is none)."""
    return propose(here, patient, flow, {"change": "tripend"})


# --- Confirming and changing ------------------------------------------------------------------


def propose(here: PatientScope, patient: Patient, flow: Flow, proposal: dict[str, Any]) -> Step:
    """Keep the change waiting and ask "Change … from … to …?"."""
    question = _question(here, patient, proposal)
    if question is None:
        home = zone_city(here.catalog, home_zone_of(patient))
        flow.clear()
        return Said(here.catalog.text("settings-not-travelling", home=home)), END
    flow.clear()
    flow["proposal"] = proposal
    return Said(question, confirm_keyboard(here.catalog)), State.CONFIRM


def _question(here: PatientScope, patient: Patient, proposal: dict[str, Any]) -> str | None:
    """The confirmation question of a change; None for ending a trip when there is none."""
    catalog, change = here.catalog, proposal["change"]
    home = home_zone_of(patient)
    if change == "time":
        before = wall_time(here.catalog, reminder_time_of(patient))
        return catalog.text("settings-confirm-time", before=before, after=proposal["at"])
    if change == "zone":
        return catalog.text(
            "settings-confirm-zone",
            before=zone_city(catalog, home),
            after=zone_city(catalog, proposal["zone"]),
            time=wall_time(here.catalog, reminder_time_of(patient)),
        )
    if change == "trip":
        return _trip_question(here, patient, proposal)
    if change == "tripend":
        trip = trip_of(patient)
        if trip is None:
            return None
        return catalog.text(
            "settings-confirm-trip-end",
            place=zone_city(catalog, trip.zone),
            home=zone_city(catalog, home),
        )
    if change == "followup":
        return catalog.text(
            "settings-confirm-follow-up",
            before=delay_text(catalog, patient.follow_up_after_minutes),
            after=delay_text(catalog, proposal["minutes"]),
        )
    return catalog.text(
        "settings-confirm-notice",
        before=catalog.days(patient.appointment_notice_days),
        after=catalog.days(proposal["days"]),
    )


def _trip_question(here: PatientScope, patient: Patient, proposal: dict[str, Any]) -> str:
    """ "In New York until Mon 21 Dec, keep reminders at 08:30 London time (03:30 there)?"."""
    catalog = here.catalog
    zone, home = ZoneInfo(proposal["zone"]), home_zone_of(patient)
    at = reminder_time_of(patient)
    values = {
        "place": zone_city(catalog, zone),
        "day": catalog.day(date.fromisoformat(proposal["until"])),
        "time": wall_time(here.catalog, at),
    }
    if proposal["mode"] == TravelMode.FOLLOW_LOCAL:
        return catalog.text("settings-confirm-trip-local", **values)
    instant = local_to_utc(here.now.astimezone(home).date(), at, home)
    return catalog.text(
        "settings-confirm-trip-keep",
        home=zone_city(catalog, home),
        away_time=catalog.clock(instant, zone),
        **values,
    )


def confirmed(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """Yes: make the waiting change and say what it did, in one sentence."""
    change = read_change(flow.get("proposal"))
    if change is None:
        return stale(here)
    flow.clear()
    return Said(_apply(here, patient, change)), END


def declined(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """No: nothing changes."""
    if not isinstance(flow.get("proposal"), dict):
        return stale(here)
    flow.clear()
    return Said(here.catalog.text("settings-kept")), END


@dataclass(frozen=True)
class Change:
    """A change waiting for its yes, read back from chat_data (only its kind's fields are set)."""

    kind: str
    at: time | None = None
    zone: ZoneInfo | None = None
    until: date | None = None
    mode: TravelMode | None = None
    number: int | None = None


def read_change(proposal: object) -> Change | None:
    """The waiting change, or None when there is none or it cannot be read."""
    if not isinstance(proposal, dict):
        return None
    try:
        kind = proposal["change"]
        if kind == "time":
            return Change(kind, at=time.fromisoformat(proposal["at"]))
        if kind == "zone":
            return Change(kind, zone=ZoneInfo(proposal["zone"]))
        if kind == "trip":
            return Change(
                kind,
                zone=ZoneInfo(proposal["zone"]),
                until=date.fromisoformat(proposal["until"]),
                mode=TravelMode(proposal["mode"]),
            )
        if kind == "followup":
            return Change(kind, number=int(proposal["minutes"]))
        if kind == "notice":
            return Change(kind, number=int(proposal["days"]))
    except (KeyError, TypeError, ValueError, ZoneInfoNotFoundError):
        return None
    return Change(kind) if kind == "tripend" else None


def _apply(here: PatientScope, patient: Patient, change: Change) -> str:
    """Call the service for the change; the sentence of what it did."""
    catalog, session, now = here.catalog, here.session, here.now
    if change.kind in ("followup", "notice"):
        assert change.number is not None
        if change.kind == "notice":
            change_booking_notice(session, patient=patient, days=change.number, now=now)
            return catalog.text("settings-done-notice", days=catalog.days(change.number))
        change_follow_up(session, patient=patient, minutes=change.number, now=now)
        return catalog.text("follow-up-set", delay=delay_text(catalog, change.number))
    if change.kind == "tripend":
        return _end_trip(here, patient)
    if change.at is not None:
        shift = change_reminder_time(session, patient=patient, at=change.at, now=now)
    elif change.until is not None and change.zone is not None and change.mode is not None:
        shift = start_trip(
            session,
            patient=patient,
            zone=change.zone,
            until=change.until,
            mode=change.mode,
            now=now,
        )
    else:
        assert change.zone is not None
        shift = change_time_zone(session, patient=patient, zone=change.zone, now=now)
    return shift_sentence(catalog, shift, shown_beside(patient))


def _end_trip(here: PatientScope, patient: Patient) -> str:
    """End the trip in force: "Welcome back: …; your next injection: …"."""
    catalog = here.catalog
    home = zone_city(catalog, home_zone_of(patient))
    if trip_of(patient) is None:
        return catalog.text("settings-not-travelling", home=home)
    shift = end_trip(here.session, patient=patient, now=here.now)
    if shift.after is None:
        return catalog.text("settings-welcome-back-none", home=home)
    return catalog.text(
        "settings-welcome-back", home=home, when=next_text(catalog, shift.after, None)
    )
