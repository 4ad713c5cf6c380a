"""The patient's per-link choices through the double: what the caregiver receives, the offer
that lists it, the notice of each change, and /delete and /export with caregiver links.

The patient (London, common monthly plan, first injection Thu 26 Nov 09:00) links CAREGIVER
"Tom", who sees them as "Mum"; OTHER is a chat with no plan and no link.
"""

import json
from collections.abc import Iterable
from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.context import BotApplication
from bot.domain.regimen import Giver
from bot_api_double import BotApiDouble
from storage.database import session_scope
from storage.models import CaregiverLink, Reminder, ReminderKind, ReminderStatus
from tests.bot.conftest import advance_to
from tests.bot.patients import FIRST_DOSE_DAY, common_monthly, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.bot.test_caregiver_alerts import ALERT_AT, _prompted, _sent_to
from tests.bot.test_caregivers import CAREGIVER, OTHER, _invite, _linked
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 16101
SQLITE_ONLY = pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
# Each item in the order the screens list it: its flag, and its patient and caregiver texts.
ITEMS = {
    "alerts": ("alert_unconfirmed", "caregiver-shares-alerts", "caregiver-receives-alerts"),
    "reminders": ("send_reminders", "caregiver-shares-reminders", "caregiver-receives-reminders"),
    "weekly": ("weekly_summary", "caregiver-shares-weekly", "caregiver-receives-weekly"),
    "red-flags": ("share_red_flags", "caregiver-shares-red-flags", "caregiver-receives-red-flags"),
}
BUTTONS = {
    "alerts": "Alerts",
    "reminders": "Reminders",
    "weekly": "Weekly summary",
    "red-flags": "Red-flag alerts",
}


def _item(message_id: str) -> str:
    """One item's words for Tom and Mum with the default delay."""
    return EN.text(message_id, name="Mum", caregiver="Tom", delay="1 h")


def _screen(on: set[str]) -> str:
    """The choices screen the patient reads with these items on."""
    lines = "\n".join(
        EN.text(
            "caregiver-choice-on" if key in on else "caregiver-choice-off",
            item=_item(shares),
        )
        for key, (_, shares, _) in ITEMS.items()
    )
    return EN.text("caregiver-choices", caregiver="Tom", name="Mum", lines=lines)


def _receives(on: Iterable[str]) -> str:
    """What Tom reads he receives, with these items on."""
    lines = [EN.text("caregiver-bullet", item=_item(ITEMS[key][2])) for key in ITEMS if key in on]
    return "\n".join(lines) or EN.text("caregiver-receives-nothing")


def _toggle(key: str, on: bool) -> str:
    """The label of an item's button in this state."""
    return EN.text("caregiver-toggle-on" if on else "caregiver-toggle-off", item=BUTTONS[key])


def _link(engine: Engine) -> CaregiverLink:
    """The one link as stored now."""
    with session_scope(engine) as session:
        [link] = session.exec(select(CaregiverLink)).all()
        return link


def _flags(engine: Engine) -> set[str]:
    """The items the link sends now, by the keys of ITEMS."""
    link = _link(engine)
    return {key for key, (flag, _, _) in ITEMS.items() if getattr(link, flag)}


def _rows(engine: Engine, kind: ReminderKind) -> list[Reminder]:
    """The ledger rows of one kind, oldest first."""
    with session_scope(engine) as session:
        statement = select(Reminder).where(Reminder.kind == kind).order_by(col(Reminder.id))
        return list(session.exec(statement))


def _sharing_notices(engine: Engine) -> list[ReminderStatus]:
    """The status of each "what you receive changed" notice, oldest first."""
    rows = _rows(engine, ReminderKind.CAREGIVER_NOTICE)
    return [row.status for row in rows if row.notice == "sharing_changed"]


async def _edit(chat: SetupChat, label: str) -> str:
    """Press a button that edits its message; the text it now shows."""
    since = chat.double.mark()
    await chat.press_quietly(label)
    call = await chat.double.wait_for("editMessageText", chat_id=chat.user, since=since)
    return call.text or ""


async def _choices(patient: SetupChat) -> str:
    """/caregiver, then the first link's choices."""
    await patient.say("/caregiver")
    return await _edit(patient, EN.text("caregiver-button-choices", number=1))


async def test_each_toggle_changes_the_link_and_the_caregiver_is_told_once(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Each press flips its flag and redraws the screen; a minute after the last one Tom gets
    one notice listing what he now receives (the earlier ones are replaced, never sent)."""
    patient, _ = await _linked(double)
    assert await _choices(patient) == _screen({"alerts"})
    assert patient.labels() == [
        _toggle("alerts", True),
        _toggle("reminders", False),
        _toggle("weekly", False),
        _toggle("red-flags", False),
        EN.text("caregiver-button-delay", delay="1 h"),
        EN.text("caregiver-button-back"),
    ]
    since = double.mark()
    on = {"alerts"}
    for key in ("reminders", "weekly", "red-flags", "alerts"):
        on ^= {key}
        assert await _edit(patient, _toggle(key, key not in on)) == _screen(on)
        assert _flags(engine) == on
        assert _toggle(key, key in on) in patient.labels()
    # Alerts off: no alert delay to set.
    assert EN.text("caregiver-button-delay", delay="1 h") not in patient.labels()
    [weekly] = _rows(engine, ReminderKind.CAREGIVER_WEEKLY)
    assert weekly.status == ReminderStatus.PENDING
    assert _sharing_notices(engine) == [ReminderStatus.CANCELLED] * 3 + [ReminderStatus.PENDING]
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    await advance_to(application, clock, clock() + timedelta(minutes=1, seconds=1))
    told = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert told.text == EN.text("caregiver-sharing-changed", name="Mum", receives=_receives(on))
    assert "red-flag alerts: only the level and the fixed safety text" in (told.text or "")
    await double.idle(quiet=0.2)
    assert len(_sent_to(double, CAREGIVER, since)) == 1
    assert _sharing_notices(engine)[-1] == ReminderStatus.SENT
    # Weekly off again: the owed summary is withdrawn in the same press.
    await _edit(patient, _toggle("weekly", True))
    assert [row.status for row in _rows(engine, ReminderKind.CAREGIVER_WEEKLY)] == [
        ReminderStatus.CANCELLED
    ]
    overview = await _edit(patient, EN.text("caregiver-button-back"))
    assert "You appear as <b>Mum</b>: linked with Tom, who receives your reminders" in overview
    assert EN.text("caregiver-button-choices", number=1) in patient.labels()


@SQLITE_ONLY
async def test_turning_every_item_off_tells_the_caregiver_he_receives_nothing(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Alerts off, nothing else on: Tom is told he receives nothing for now; the overview too."""
    patient, _ = await _linked(double)
    await _choices(patient)
    since = double.mark()
    assert await _edit(patient, _toggle("alerts", True)) == _screen(set())
    await advance_to(application, clock, clock() + timedelta(minutes=2))
    told = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert told.text == EN.text("caregiver-sharing-changed", name="Mum", receives=_receives([]))
    listed = await patient.say("/caregiver")
    assert EN.text("caregiver-status-active-nothing", caregiver="Tom") in listed


@SQLITE_ONLY
async def test_turning_alerts_off_sends_no_alert_at_the_alert_time(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """The 09:00 reminder went out unanswered; alerts off at 09:00: the 13:00 alert is
    cancelled and never sent (only the notice of the change reaches Tom)."""
    patient, _ = await _linked(double)
    await _prompted(application, clock, double)
    [alert] = _rows(engine, ReminderKind.CAREGIVER_UNCONFIRMED)
    assert (alert.status, alert.due_at) == (ReminderStatus.PENDING, ALERT_AT)
    await _choices(patient)
    since = double.mark()
    await _edit(patient, _toggle("alerts", True))
    assert [row.status for row in _rows(engine, ReminderKind.CAREGIVER_UNCONFIRMED)] == [
        ReminderStatus.CANCELLED
    ]
    await advance_to(application, clock, ALERT_AT + timedelta(minutes=5))
    await double.idle(quiet=0.2)
    texts = [call.text for call in _sent_to(double, CAREGIVER, since)]
    assert texts == [EN.text("caregiver-sharing-changed", name="Mum", receives=_receives([]))]
    assert [row.status for row in _rows(engine, ReminderKind.CAREGIVER_UNCONFIRMED)] == [
        ReminderStatus.CANCELLED
    ]


@SQLITE_ONLY
async def test_presses_from_another_chat_or_the_caregiver_change_nothing(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """The patient's choice buttons pressed by OTHER or by Tom: stale, no flag, no notice."""
    await _linked(double)
    link = _link(engine)
    stale = EN.text("caregiver-stale-button")
    actions = ("choices", "alerts", "reminders", "weekly", "redflags", "delay", "d240", "back")
    for chat_id in (OTHER, CAREGIVER):
        chat = SetupChat(double, chat_id)
        await chat.say("/caregiver")
        for action in actions:
            assert await chat.press_data(f"cg:{link.id}:{action}") == stale, (chat_id, action)
    after = _link(engine)
    assert _flags(engine) == {"alerts"}
    assert after.alert_delay_minutes == 60
    assert _sharing_notices(engine) == []


@SQLITE_ONLY
async def test_a_link_that_ended_offers_no_choices_to_its_patient(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """The choices screen left open after Tom ended the link: each toggle is stale."""
    patient, caregiver = await _linked(double)
    await _choices(patient)
    keyboard = patient.keyboard_message()
    await caregiver.say("/caregiver")
    await caregiver.press_quietly(EN.text("caregiver-button-leave", number=1))
    await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda call: "ended" in (call.text or "")
    )
    link = _link(engine)
    since = double.mark()
    await double.press_button(PATIENT, keyboard["message_id"], f"cg:{link.id}:weekly")
    answered = await double.wait_for("answerCallbackQuery", since=since)
    assert answered.params.get("text") == EN.text("caregiver-stale-button")
    assert not _link(engine).weekly_summary
    assert _sharing_notices(engine) == []


@SQLITE_ONLY
async def test_the_offer_lists_exactly_what_the_link_sends(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """A self-injecting patient: only the alerts, and the promise to be told of changes."""
    _, code = await _invite(double)
    offer = await SetupChat(double, CAREGIVER).say(f"/start cg_{code}")
    assert offer == EN.text("caregiver-offer", name="Mum", receives=_receives(["alerts"]))
    assert "may change what you receive at any time, and I will tell you each time" in offer
    assert _flags(engine) == {"alerts"}


@SQLITE_ONLY
async def test_a_caregiver_given_plan_offers_the_reminders_too(
    application: BotApplication, double: BotApiDouble, engine: Engine, clock: FakeClock
) -> None:
    """The plan says a caregiver gives the injection: reminders are on from the invitation."""
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=FIRST_DOSE_DAY,
        giver=Giver.CAREGIVER,
    )
    _, code = await _invite(double)
    offer = await SetupChat(double, CAREGIVER).say(f"/caregiver {code}")
    expected = _receives(["alerts", "reminders"])
    assert offer == EN.text("caregiver-offer", name="Mum", receives=expected)
    assert _flags(engine) == {"alerts", "reminders"}


@SQLITE_ONLY
async def test_the_delete_question_says_the_links_end_on_either_side(
    application: BotApplication, double: BotApiDouble, monthly_patient: int
) -> None:
    """The patient, Tom (no plan of his own) and OTHER (no link) each get their question."""
    patient, caregiver = await _linked(double)
    assert await patient.say("/delete") == EN.text(
        "caregiver-delete-confirm", ends=EN.text("caregiver-delete-ends-own")
    )
    assert await caregiver.say("/delete") == EN.text(
        "caregiver-delete-confirm-caregiver",
        ends=EN.text("caregiver-delete-ends-caring", names="Mum"),
    )
    assert await SetupChat(double, OTHER).say("/delete") == EN.text("delete-confirm")


async def test_a_caregivers_export_lists_the_links_that_hold_them(
    application: BotApplication, double: BotApiDouble, monthly_patient: int
) -> None:
    """Tom's /export: whose link (shared name), status, dates and choices, not the patient's
    row id nor the code's hash; the patient's export has the choices of the link too."""
    await _linked(double)
    await double.send_text(CAREGIVER, "/export")
    call = await double.wait_for("sendDocument", chat_id=CAREGIVER)
    assert call.params["caption"] == EN.text("export-caption")
    data = json.loads(call.params["document"].data)
    assert list(data) == ["caring_for"]
    [link] = data["caring_for"]
    assert (link["shared_name"], link["status"], link["caregiver_name"]) == ("Mum", "active", "Tom")
    assert link["accepted_at"]
    assert link["confirmed_at"]
    assert (link["alert_unconfirmed"], link["send_reminders"]) == (True, False)
    assert "code_hash" not in link
    assert "patient_id" not in link
    await double.send_text(PATIENT, "/export")
    call = await double.wait_for("sendDocument", chat_id=PATIENT)
    [own] = json.loads(call.params["document"].data)["caregiver_links"]
    choices = ("alert_delay_minutes", "send_reminders", "weekly_summary", "share_red_flags")
    assert [own[key] for key in choices] == [60, False, False, False]
