"""Caregiver links through the double: invite, accept, confirm, decline, end, forged presses.

The patient (London, common monthly plan) invites; CAREGIVER and OTHER are chats with no plan.
"""

import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.context import BotApplication
from bot.domain.code_attempts import WRONG_CODES_ALLOWED
from bot_api_double import BotApiDouble
from storage.database import session_scope
from storage.models import CaregiverLink, CaregiverLinkEnd, CaregiverLinkStatus, Patient
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 16101
CAREGIVER = 16102
OTHER = 16103
# What a new link sends by default, as the patient reads it: the alerts, one hour after.
DEFAULT_SHARES = EN.text("caregiver-bullet", item=EN.text("caregiver-shares-alerts", delay="1 h"))


def _links(engine: Engine) -> list[CaregiverLink]:
    """Every link as stored now."""
    with session_scope(engine) as session:
        return list(session.exec(select(CaregiverLink).order_by(CaregiverLink.id)))  # type: ignore[arg-type]


async def _tap(chat: SetupChat, label: str) -> str:
    """Press a button whose message is edited in place; the text it is edited to."""
    since = chat.double.mark()
    await chat.press_quietly(label)
    call = await chat.double.wait_for("editMessageText", chat_id=chat.user, since=since)
    return call.text or ""


async def _invite(double: BotApiDouble, name: str = "Mum") -> tuple[SetupChat, str]:
    """The patient makes an invitation; their chat and the code."""
    patient = SetupChat(double, PATIENT)
    await patient.say("/caregiver")
    assert "How should they see you?" in await _tap(patient, EN.text("caregiver-button-invite"))
    made = await patient.say(name)
    found = re.search(r"https://t\.me/b12_test_bot\?start=cg_([A-Za-z0-9_-]{16})", made)
    assert found is not None, made
    assert f"/caregiver {found.group(1)}" in made
    return patient, found.group(1)


async def _accept(caregiver: SetupChat) -> str:
    """The caregiver accepts; the question the patient is then asked."""
    since = caregiver.double.mark()
    await caregiver.press_quietly(EN.text("caregiver-button-accept"))
    asked = await caregiver.double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    return asked.text or ""


async def _linked(double: BotApiDouble) -> tuple[SetupChat, SetupChat]:
    """Invite, accept and confirm; the patient's and the caregiver's chats."""
    double.set_user(CAREGIVER, "Tom")
    patient, code = await _invite(double)
    caregiver = SetupChat(double, CAREGIVER)
    offer = await caregiver.say(f"/start cg_{code}")
    assert "<b>Mum</b> invites you" in offer
    assert "never receive" in offer
    assert await _accept(caregiver) == EN.text(
        "caregiver-confirm-ask", caregiver="Tom", receives=DEFAULT_SHARES
    )
    since = double.mark()
    await patient.press_quietly(EN.text("caregiver-button-confirm"))
    told = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert told.text == EN.text("caregiver-linked-tell-caregiver", name="Mum")
    return patient, caregiver


@pytest.mark.both_databases
async def test_invite_accept_confirm_makes_an_active_link(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """Both consent; the row is active with the default choices and no code stored."""
    patient, _ = await _linked(double)
    assert double.last_message(PATIENT)["text"] == EN.text("caregiver-linked", caregiver="Tom")  # type: ignore[index]
    [link] = _links(engine)
    assert link.status == CaregiverLinkStatus.ACTIVE
    assert link.caregiver_chat_id == CAREGIVER
    assert link.caregiver_name == "Tom"
    assert link.shared_name == "Mum"
    assert len(link.code_hash) == 64
    assert (link.alert_unconfirmed, link.alert_delay_minutes) == (True, 60)
    assert not (link.send_reminders)
    assert not (link.weekly_summary)
    assert not (link.share_red_flags)
    listed = await patient.say("/caregiver")
    assert "You appear as <b>Mum</b>: linked with Tom, who receives alerts 1 h after" in listed
    assert "<b>Mum</b>: linked" in await SetupChat(double, CAREGIVER).say("/caregiver")


async def test_decline_and_cancel_end_the_link_and_tell_the_other_side(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """Decline tells the patient; a second invite accepted then cancelled tells the caregiver."""
    double.set_user(CAREGIVER, "Tom")
    _, code = await _invite(double)
    caregiver = SetupChat(double, CAREGIVER)
    await caregiver.say(f"/caregiver {code}")
    since = double.mark()
    await caregiver.press_quietly(EN.text("caregiver-button-decline"))
    told = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert told.text == EN.text("caregiver-declined-tell-patient", caregiver="Tom")
    patient, code = await _invite(double, "Anna")
    await caregiver.say(f"/caregiver {code}")
    await _accept(caregiver)
    since = double.mark()
    await patient.press_quietly(EN.text("caregiver-button-cancel"))
    told = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert told.text == EN.text("caregiver-cancelled-tell-caregiver", name="Anna")
    assert [(link.status, link.ended_by) for link in _links(engine)] == [
        (CaregiverLinkStatus.ENDED, CaregiverLinkEnd.CAREGIVER),
        (CaregiverLinkStatus.ENDED, CaregiverLinkEnd.PATIENT),
    ]


@pytest.mark.both_databases
async def test_either_side_ends_the_link_and_the_other_is_told(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """The caregiver ends one link, the patient the next."""
    patient, caregiver = await _linked(double)
    await caregiver.say("/caregiver")
    since = double.mark()
    await caregiver.press_quietly(EN.text("caregiver-button-leave", number=1))
    told = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert told.text == EN.text("caregiver-left-tell-patient", caregiver="Tom", name="Mum")
    assert _links(engine)[0].ended_by == CaregiverLinkEnd.CAREGIVER
    await _linked(double)
    await patient.say("/caregiver")
    since = double.mark()
    await patient.press_quietly(EN.text("caregiver-button-end", number=1))
    told = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert told.text == EN.text("caregiver-ended-tell-caregiver", name="Mum")
    assert _links(engine)[1].ended_by == CaregiverLinkEnd.PATIENT


async def test_expired_used_unknown_and_own_codes_open_nothing(
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
    monthly_patient: int,
) -> None:
    """Each gets one sentence; the patient cannot accept their own invitation."""
    patient, code = await _invite(double)
    assert await patient.say(f"/start cg_{code}") == EN.text("caregiver-code-own")
    other = SetupChat(double, OTHER)
    assert await other.say("/caregiver AAAAAAAAAAAAAAAA") == EN.text("caregiver-code-unknown")
    caregiver = SetupChat(double, CAREGIVER)
    await caregiver.say(f"/caregiver {code}")
    await _accept(caregiver)
    assert await other.say(f"/start cg_{code}") == EN.text("caregiver-code-used")
    _, late = await _invite(double, "Anna")
    clock.advance(timedelta(hours=25))
    assert await other.say(f"/caregiver {late}") == EN.text("caregiver-code-expired")
    assert _links(engine)[1].status == CaregiverLinkStatus.INVITED


async def test_five_wrong_codes_pause_the_chat_for_ten_minutes(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    monthly_patient: int,
) -> None:
    """Even a right code is refused during the pause, and works after it."""
    _, code = await _invite(double)
    guesser = SetupChat(double, 16199)
    for attempt in range(WRONG_CODES_ALLOWED):
        assert await guesser.say(f"/caregiver wrongcode{attempt:07d}") == EN.text(
            "caregiver-code-unknown"
        )
    assert await guesser.say(f"/caregiver {code}") == EN.text("caregiver-code-too-many")
    clock.advance(timedelta(minutes=10, seconds=1))
    assert "<b>Mum</b> invites you" in await guesser.say(f"/caregiver {code}")


async def test_a_fourth_invitation_is_refused(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """Three links not ended is the most; the fourth press gets a sentence and no row."""
    for name in ("Mum", "Anna", "Gran"):
        await _invite(double, name)
    patient = SetupChat(double, PATIENT)
    listed = await patient.say("/caregiver")
    assert EN.text("caregiver-button-invite") not in patient.labels()
    assert listed.count("invitation not used yet") == 3
    since = double.mark()
    assert await patient.press_data("cg:invite") == ""
    edited = await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    assert edited.text == EN.text("caregiver-limit", most=3)
    assert len(_links(engine)) == 3


async def test_a_bad_name_is_asked_again_with_an_example(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """No letter, or more than 40 characters: the example, and no invitation yet."""
    patient = SetupChat(double, PATIENT)
    await patient.say("/caregiver")
    await _tap(patient, EN.text("caregiver-button-invite"))
    assert await patient.say("1234") == EN.text("caregiver-name-invalid")
    assert await patient.say("x" * 41) == EN.text("caregiver-name-invalid")
    assert _links(engine) == []
    assert "start=cg_" in await patient.say("Mum")


async def test_forged_presses_from_a_third_chat_change_nothing(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """Accept without the code, end someone else's link, confirm from the caregiver: stale."""
    await _linked(double)
    [link] = _links(engine)
    stale = EN.text("caregiver-stale-button")
    other = SetupChat(double, OTHER)
    await other.say("/caregiver")
    for action in ("accept", "decline", "confirm", "cancel", "end", "leave"):
        assert await other.press_data(f"cg:{link.id}:{action}") == stale
    caregiver = SetupChat(double, CAREGIVER)
    for action in ("confirm", "end", "accept"):
        assert await caregiver.press_data(f"cg:{link.id}:{action}") == stale
    assert await other.press_data("cg:99999:end") == stale
    assert await other.press_data("cg:x:end") == stale
    [after] = _links(engine)
    assert (after.status, after.caregiver_chat_id) == (CaregiverLinkStatus.ACTIVE, CAREGIVER)


async def test_a_code_opened_by_one_chat_cannot_be_accepted_by_another(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """The accept button works only in the chat that opened the code."""
    _, code = await _invite(double)
    await SetupChat(double, CAREGIVER).say(f"/caregiver {code}")
    [link] = _links(engine)
    other = SetupChat(double, OTHER)
    await other.say("/caregiver")
    assert await other.press_data(f"cg:{link.id}:accept") == EN.text("caregiver-stale-button")
    assert _links(engine)[0].status == CaregiverLinkStatus.INVITED


async def test_export_lists_the_link_without_its_code(
    application: BotApplication, double: BotApiDouble, monthly_patient: int
) -> None:
    """Shared name, status, dates and choices; never the code's hash nor the caregiver's chat."""
    await _linked(double)
    await double.send_text(PATIENT, "/export")
    call = await double.wait_for("sendDocument", chat_id=PATIENT)
    data = json.loads(call.params["document"].data)
    [link] = data["caregiver_links"]
    assert (link["shared_name"], link["status"]) == ("Mum", "active")
    assert link["confirmed_at"]
    assert link["alert_unconfirmed"] is True
    assert "code_hash" not in link
    assert "caregiver_chat_id" not in link


async def test_the_patients_delete_removes_links_and_tells_the_caregiver(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """The link goes with the patient's records; the caregiver is told, with no health data."""
    patient, _ = await _linked(double)
    await patient.say("/delete")
    since = double.mark()
    await patient.press_quietly(EN.text("delete-button-yes"))
    told = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert told.text == EN.text("caregiver-ended-tell-caregiver", name="Mum")
    assert _links(engine) == []


async def test_the_caregivers_delete_ends_links_and_keeps_the_patients_records(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """The link ends and forgets the caregiver's chat; the patient is told and keeps everything."""
    _, caregiver = await _linked(double)
    await caregiver.say("/delete")
    since = double.mark()
    await caregiver.press_quietly(EN.text("delete-button-yes"))
    told = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert told.text == EN.text("caregiver-left-tell-patient", caregiver="Tom", name="Mum")
    [link] = _links(engine)
    assert (link.status, link.ended_by) == (CaregiverLinkStatus.ENDED, CaregiverLinkEnd.DELETED)
    assert link.caregiver_chat_id is None
    assert link.caregiver_name is None
    with session_scope(engine) as session:
        assert session.get(Patient, monthly_patient) is not None
