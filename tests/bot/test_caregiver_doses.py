"""A caregiver who gives the injection gets the patient's reminder and answers it for them.

The patient (London, common monthly plan, first injection Thu 26 Nov 09:00) links CAREGIVER
"Tom", who sees them as "Mum", with the patient's reminders on; OTHER is a third chat. Every
press is checked against the link: a forged one changes nothing.
"""

import asyncio
import csv
import json
from dataclasses import dataclass
from datetime import timedelta
from io import StringIO
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.context import BotApplication
from bot.exports.report_csv import csv_rows, report_csv
from bot.features.report.build import csv_labels
from bot_api_double import BotApiDouble, RecordedCall
from storage.database import session_scope
from storage.models import (
    CaregiverLink,
    DoseEvent,
    DoseEventKind,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.records import patient_record
from tests.bot.conftest import advance_to, reminders_settled
from tests.bot.patients import FIRST_DOSE_AT, patient_on_common_monthly
from tests.bot.setup_chat import SetupChat
from tests.bot.test_caregiver_alerts import _sent_to
from tests.bot.test_caregivers import CAREGIVER, OTHER, _linked
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 16101
# A second patient of the bot, whom Tom does not care for.
STRANGER = 16104
# Only the first test runs on PostgreSQL too: it covers the new queries (the links that get
# reminders, the event that names its link); the rest is the same code on either.
SQLITE_ONLY = pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
ANSWERED_AT = FIRST_DOSE_AT + timedelta(minutes=30)
DUE = "Thu 26 Nov, 09:00"
REMINDER = EN.text("cgdose-reminder", name="Mum", dose="1,000 mcg", when=DUE)
STALE = EN.text("caregiver-stale-button")
ALREADY = EN.text("dose-button-already")
RECORDED = EN.text("dose-button-recorded")


async def _link_giving(double: BotApiDouble, engine: Engine) -> CaregiverLink:
    """Tom linked, with the patient's reminders turned on for him (the toggle is elsewhere)."""
    await _linked(double)
    with session_scope(engine) as session:
        [link] = session.exec(select(CaregiverLink)).all()
        link.send_reminders = True
        session.add(link)
    return link


@dataclass(frozen=True)
class Reminded:
    """The 09:00 reminder as each of them got it: the calls and the messages' ids."""

    patients: RecordedCall
    toms: RecordedCall
    patients_id: int
    toms_id: int


async def _reminded(
    application: BotApplication, clock: FakeClock, double: BotApiDouble
) -> Reminded:
    """09:00: the patient's reminder, then Tom's."""
    since = double.mark()
    await advance_to(application, clock, FIRST_DOSE_AT)
    patients = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    toms = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    return Reminded(
        patients,
        toms,
        _message_id(double, PATIENT, patients.text),
        _message_id(double, CAREGIVER, toms.text),
    )


def _message_id(double: BotApiDouble, chat_id: int, text: str | None) -> int:
    """The id of the bot's latest message in the chat that shows this text (before any edit)."""
    return int(
        [m for m in double.sent_messages(chat_id) if m.get("text") == text][-1]["message_id"]
    )


def _buttons(call: RecordedCall) -> list[str]:
    """The callback data of a sent or edited message's buttons."""
    markup: dict[str, Any] = call.params.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [button["callback_data"] for row in markup.get("inline_keyboard", []) for button in row]


def _the_dose(engine: Engine) -> ScheduledDose:
    """The patient's first dose, as stored now."""
    with session_scope(engine) as session:
        statement = select(ScheduledDose).where(ScheduledDose.due_at == FIRST_DOSE_AT)
        return session.exec(statement).one()


def _events(engine: Engine) -> list[DoseEvent]:
    """Every dose event, oldest first."""
    with session_scope(engine) as session:
        return list(session.exec(select(DoseEvent).order_by(col(DoseEvent.id))))


def _rows(engine: Engine, kind: ReminderKind) -> list[Reminder]:
    """The ledger rows of one kind, oldest first."""
    with session_scope(engine) as session:
        statement = select(Reminder).where(Reminder.kind == kind).order_by(col(Reminder.id))
        return list(session.exec(statement))


async def _press(double: BotApiDouble, chat_id: int, message_id: int, data: str) -> str:
    """Press a button by its data on one message (forged if not shown); the pop-up's text."""
    since = double.mark()
    await double.press_button(chat_id, message_id, data, check=False)
    call = await double.wait_for("answerCallbackQuery", since=since)
    return str(call.params.get("text", ""))


async def _told_patient(double: BotApiDouble, since: int) -> RecordedCall:
    """The notice the patient is sent about what Tom recorded."""
    return await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        since=since,
        predicate=lambda call: (call.text or "").startswith("Tom "),
    )


async def test_the_caregivers_done_is_recorded_for_the_patient_who_is_told(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Both get the 09:00 reminder; Tom's Done at 09:30 records it, naming his link."""
    link = await _link_giving(double, engine)
    reminded = await _reminded(application, clock, double)
    patients, toms = reminded.patients, reminded.toms
    dose = _the_dose(engine)
    assert toms.text == REMINDER
    assert _buttons(toms) == [f"cgd:{link.id}:{dose.id}:{a}" for a in ("done", "late", "skip")]
    assert "Time for your" in (patients.text or "")
    clock.set(ANSWERED_AT)
    since = double.mark()
    toms_id = reminded.toms_id
    assert await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:done") == RECORDED
    edited = await double.wait_for("editMessageText", chat_id=CAREGIVER, since=since)
    assert edited.text == (
        REMINDER
        + EN.text("cgdose-done", when="Thu 26 Nov, 09:30", name="Mum")
        + EN.text("cgdose-next", when="Fri 27 Nov, 09:00")
    )
    assert _buttons(edited) == []
    on_reminder = await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    assert on_reminder.params["message_id"] == reminded.patients_id
    assert (on_reminder.text or "").startswith("💉 Time for your")
    outcome = EN.text("cgdose-outcome-done", caregiver="Tom", when="Thu 26 Nov, 09:30")
    assert (on_reminder.text or "").endswith(outcome)
    told = await _told_patient(double, since)
    assert told.text == EN.text("cgdose-told-done", caregiver="Tom", when=DUE)
    await reminders_settled(application)
    [event] = _events(engine)
    assert (event.kind, event.recorded_by_link_id, event.occurred_at) == (
        DoseEventKind.DONE,
        link.id,
        ANSWERED_AT,
    )
    assert _buttons(on_reminder) == [f"undo:{event.id}"]
    after = _the_dose(engine)
    assert (after.status, after.taken_at) == (DoseStatus.DONE, ANSWERED_AT)
    [row] = _rows(engine, ReminderKind.CAREGIVER_DOSE)
    assert (row.status, row.caregiver_link_id, row.dose_id) == (
        ReminderStatus.SENT,
        link.id,
        dose.id,
    )
    notices = _rows(engine, ReminderKind.CAREGIVER_NOTICE)
    assert [(n.notice, n.dose_id, n.status) for n in notices if n.notice == "dose_done"] == [
        ("dose_done", dose.id, ReminderStatus.SENT)
    ]
    # Nothing more is asked about the dose: its follow-up and Tom's alert are withdrawn.
    with session_scope(engine) as session:
        left = session.exec(
            select(Reminder).where(
                Reminder.dose_id == dose.id, Reminder.status == ReminderStatus.PENDING
            )
        ).all()
    assert left == []


@SQLITE_ONLY
async def test_the_caregivers_skip_is_recorded_without_a_reason(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Skip: skipped for the patient, no reason asked of Tom, the patient told."""
    link = await _link_giving(double, engine)
    reminded = await _reminded(application, clock, double)
    dose = _the_dose(engine)
    clock.set(ANSWERED_AT)
    since = double.mark()
    toms_id = reminded.toms_id
    assert await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:skip") == RECORDED
    edited = await double.wait_for("editMessageText", chat_id=CAREGIVER, since=since)
    assert edited.text == REMINDER + EN.text("cgdose-skipped", name="Mum")
    on_reminder = await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    assert (on_reminder.text or "").endswith(EN.text("cgdose-outcome-skipped", caregiver="Tom"))
    told = await _told_patient(double, since)
    assert told.text == EN.text("cgdose-told-skipped", caregiver="Tom", when=DUE)
    [event] = _events(engine)
    assert (event.kind, event.recorded_by_link_id, event.reason) == (
        DoseEventKind.SKIPPED,
        link.id,
        None,
    )
    assert _the_dose(engine).status == DoseStatus.SKIPPED
    await double.idle(quiet=0.2)
    assert [call.text for call in _sent_to(double, CAREGIVER, since)] == []


@SQLITE_ONLY
async def test_the_caregivers_late_reminds_both_again(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Late asks when, in place; "In 3 hours" at 09:30 -> both reminded again at 12:30."""
    link = await _link_giving(double, engine)
    reminded = await _reminded(application, clock, double)
    dose = _the_dose(engine)
    clock.set(ANSWERED_AT)
    toms_id = reminded.toms_id
    since = double.mark()
    assert await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:late") == ""
    asked = await double.wait_for("editMessageText", chat_id=CAREGIVER, since=since)
    assert asked.text == REMINDER + EN.text("cgdose-ask-late")
    assert _buttons(asked) == [
        f"cgd:{link.id}:{dose.id}:{a}" for a in ("today", "tomorrow", "back")
    ]
    assert _events(engine) == []
    since = double.mark()
    assert await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:back") == ""
    back = await double.wait_for("editMessageText", chat_id=CAREGIVER, since=since)
    assert back.text == REMINDER
    assert _buttons(back) == [f"cgd:{link.id}:{dose.id}:{a}" for a in ("done", "late", "skip")]
    since = double.mark()
    await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:late")
    await double.wait_for("editMessageText", chat_id=CAREGIVER, since=since)
    since = double.mark()
    assert await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:today") == RECORDED
    edited = await double.wait_for("editMessageText", chat_id=CAREGIVER, since=since)
    assert edited.text == REMINDER + EN.text("cgdose-late", name="Mum", when="Thu 26 Nov, 12:30")
    on_reminder = await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    outcome = EN.text("cgdose-outcome-late", caregiver="Tom", when="Thu 26 Nov, 12:30")
    assert (on_reminder.text or "").endswith(outcome)
    told = await _told_patient(double, since)
    assert told.text == EN.text("cgdose-told-late", caregiver="Tom", when=DUE)
    [event] = _events(engine)
    again_at = ANSWERED_AT + timedelta(hours=3)
    assert (event.kind, event.recorded_by_link_id, event.remind_again_at) == (
        DoseEventKind.LATE,
        link.id,
        again_at,
    )
    assert _the_dose(engine).status == DoseStatus.SCHEDULED
    [again] = [
        row
        for row in _rows(engine, ReminderKind.DOSE_LATE_AGAIN)
        if row.status == ReminderStatus.PENDING
    ]
    assert again.due_at == again_at
    since = double.mark()
    await advance_to(application, clock, again_at)
    patients = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert "As you asked, a reminder" in (patients.text or "")
    toms = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert toms.text == REMINDER
    assert [row.status for row in _rows(engine, ReminderKind.CAREGIVER_DOSE)] == [
        ReminderStatus.SENT,
        ReminderStatus.SENT,
    ]


async def _a_message_of_others(double: BotApiDouble) -> dict[str, Any]:
    """OTHER, a third chat, sends /caregiver: the message it got, to press forged data under."""
    await SetupChat(double, OTHER).say("/caregiver")
    own = double.last_message(OTHER)
    assert own is not None
    return own


@SQLITE_ONLY
async def test_a_third_chat_pressing_the_caregivers_exact_buttons_changes_nothing(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """OTHER sends Tom's very callback data, and malformed ones: stale, and nothing changes."""
    link = await _link_giving(double, engine)
    reminded = await _reminded(application, clock, double)
    dose = _the_dose(engine)
    own = await _a_message_of_others(double)
    since = double.mark()
    for data in (
        f"cgd:{link.id}:{dose.id}:done",
        f"cgd:{link.id}:{dose.id}:skip",
        f"cgd:{link.id}:{dose.id}:today",
        f"cgd:{link.id}:{dose.id}:late",
        f"cgd:{link.id}:x:done",
        f"cgd:{link.id}:{dose.id}",
        f"cgd:{link.id}:{dose.id}:explode",
        "cgd:99999:1:done",
    ):
        assert await _press(double, OTHER, own["message_id"], data) == STALE
    # Tom too, with data no button of his carries.
    toms_id = reminded.toms_id
    assert await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:x") == STALE
    await double.idle(quiet=0.2)
    edits = [c for c in double.calls[since:] if c.method.startswith("edit")]
    assert edits == []
    assert [c for c in double.calls[since:] if c.method == "sendMessage"] == []
    assert _events(engine) == []
    assert _the_dose(engine).status == DoseStatus.SCHEDULED
    assert _rows(engine, ReminderKind.DOSE_LATE_AGAIN) == []
    assert all(row.notice != "dose_done" for row in _rows(engine, ReminderKind.CAREGIVER_NOTICE))


@SQLITE_ONLY
async def test_three_chats_at_once_record_the_dose_once(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """The patient's Done, Tom's Done and OTHER's forged one, all at once: one done event."""
    link = await _link_giving(double, engine)
    reminded = await _reminded(application, clock, double)
    dose = _the_dose(engine)
    own = await _a_message_of_others(double)
    clock.set(ANSWERED_AT)
    since = double.mark()
    data = f"cgd:{link.id}:{dose.id}:done"
    await asyncio.gather(
        double.press_button(OTHER, own["message_id"], data, check=False),
        double.press_button(CAREGIVER, reminded.toms_id, data),
        double.press_button(PATIENT, reminded.patients_id, f"dose:{dose.id}:done"),
    )
    answers: dict[int, str] = {}
    for _ in range(3):
        call = await double.wait_for("answerCallbackQuery", since=since)
        since = double.calls.index(call) + 1
        chat = int(call.params["callback_query_id"]) % 1_000_003
        answers[chat] = str(call.params.get("text", ""))
    assert answers[OTHER] == STALE
    assert sorted((answers[PATIENT], answers[CAREGIVER])) == sorted((RECORDED, ALREADY))
    await double.idle(quiet=0.3)
    [event] = _events(engine)
    assert event.kind == DoseEventKind.DONE
    by_tom = answers[CAREGIVER] == RECORDED
    assert event.recorded_by_link_id == (link.id if by_tom else None)
    assert _the_dose(engine).status == DoseStatus.DONE
    notices = [n for n in _rows(engine, ReminderKind.CAREGIVER_NOTICE) if n.notice == "dose_done"]
    assert len(notices) == (1 if by_tom else 0)


@SQLITE_ONLY
async def test_the_caregiver_cannot_answer_another_patients_dose_through_his_link(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Tom's own link id with a dose of a patient he does not care for: refused, unchanged."""
    link = await _link_giving(double, engine)
    stranger = patient_on_common_monthly(engine, chat_id=STRANGER, now=clock())
    reminded = await _reminded(application, clock, double)
    with session_scope(engine) as session:
        theirs = session.exec(
            select(ScheduledDose).where(
                ScheduledDose.patient_id == stranger, ScheduledDose.due_at == FIRST_DOSE_AT
            )
        ).one()
    toms_id = reminded.toms_id
    for answer in ("done", "skip", "today", "late"):
        data = f"cgd:{link.id}:{theirs.id}:{answer}"
        assert await _press(double, CAREGIVER, toms_id, data) == STALE
    await double.idle(quiet=0.2)
    assert _events(engine) == []
    with session_scope(engine) as session:
        stored = session.get(ScheduledDose, theirs.id)
        assert stored is not None
        assert stored.status == DoseStatus.SCHEDULED
    assert double.sent_messages(CAREGIVER)[-1]["text"] == REMINDER


@SQLITE_ONLY
async def test_a_press_after_reminders_were_turned_off_or_the_link_ended_is_refused(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Reminders off since: stale. On again, then the patient ends the link: stale again."""
    link = await _link_giving(double, engine)
    reminded = await _reminded(application, clock, double)
    dose = _the_dose(engine)
    toms_id = reminded.toms_id
    data = f"cgd:{link.id}:{dose.id}:done"
    with session_scope(engine) as session:
        stored = session.get(CaregiverLink, link.id)
        assert stored is not None
        stored.send_reminders = False
    assert await _press(double, CAREGIVER, toms_id, data) == STALE
    with session_scope(engine) as session:
        stored = session.get(CaregiverLink, link.id)
        assert stored is not None
        stored.send_reminders = True
    patient = SetupChat(double, PATIENT)
    await patient.say("/caregiver")
    await patient.press_quietly(EN.text("caregiver-button-end", number=1))
    await double.wait_for(
        "sendMessage", chat_id=CAREGIVER, predicate=lambda call: "ended" in (call.text or "")
    )
    assert await _press(double, CAREGIVER, toms_id, data) == STALE
    assert await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:today") == STALE
    assert _events(engine) == []
    assert _the_dose(engine).status == DoseStatus.SCHEDULED


@SQLITE_ONLY
async def test_no_reminder_to_a_caregiver_whose_link_has_reminders_off(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """The default link (alerts only): the patient's reminder goes out, Tom gets nothing."""
    await _linked(double)
    since = double.mark()
    await advance_to(application, clock, FIRST_DOSE_AT)
    await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    assert _rows(engine, ReminderKind.CAREGIVER_DOSE) == []


@SQLITE_ONLY
async def test_once_the_patient_answered_the_caregivers_press_says_so(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """The patient's own Done first; Tom's Done then: already answered, his buttons go."""
    link = await _link_giving(double, engine)
    reminded = await _reminded(application, clock, double)
    dose = _the_dose(engine)
    clock.set(ANSWERED_AT)
    patients_id = reminded.patients_id
    assert await _press(double, PATIENT, patients_id, f"dose:{dose.id}:done") == RECORDED
    since = double.mark()
    toms_id = reminded.toms_id
    for answer in ("done", "late", "skip"):
        assert await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:{answer}") == (
            ALREADY
        )
    edited = await double.wait_for("editMessageText", chat_id=CAREGIVER, since=since)
    assert edited.text == REMINDER + EN.text("cgdose-already")
    assert _buttons(edited) == []
    [event] = _events(engine)
    assert (event.kind, event.recorded_by_link_id) == (DoseEventKind.DONE, None)
    await double.idle(quiet=0.2)
    assert [c for c in _sent_to(double, PATIENT, since) if (c.text or "").startswith("Tom ")] == []


@SQLITE_ONLY
async def test_the_patient_undoes_it_and_history_and_export_name_the_caregiver(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """/history and /export say Tom recorded it; the Undo the notice points to takes it back."""
    link = await _link_giving(double, engine)
    reminded = await _reminded(application, clock, double)
    dose = _the_dose(engine)
    clock.set(ANSWERED_AT)
    since = double.mark()
    toms_id = reminded.toms_id
    await _press(double, CAREGIVER, toms_id, f"cgd:{link.id}:{dose.id}:done")
    await _told_patient(double, since)
    patient = SetupChat(double, PATIENT)
    page = await patient.say("/history")
    assert EN.text("history-recorded-by", caregiver="Tom") in page
    await double.send_text(PATIENT, "/export")
    exported = await double.wait_for("sendDocument", chat_id=PATIENT)
    [event] = json.loads(exported.params["document"].data)["dose_events"]
    assert (event["recorded_by"], event["recorded_by_name"], event["recorded_by_link_id"]) == (
        "caregiver",
        "Tom",
        link.id,
    )
    assert _csv_recorded_by(engine, dose.id or 0) == "caregiver (Tom)"
    [done] = _events(engine)
    since = double.mark()
    patients_id = reminded.patients_id
    assert await _press(double, PATIENT, patients_id, f"undo:{done.id}") == EN.text("undo-recorded")
    await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    assert _the_dose(engine).status == DoseStatus.SCHEDULED
    assert [e.kind for e in _events(engine)] == [DoseEventKind.DONE, DoseEventKind.UNDONE]


def _csv_recorded_by(engine: Engine, dose_id: int) -> str:
    """The report CSV's "recorded_by" cell of one dose, as the patient's record gives it."""
    with session_scope(engine) as session:
        patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
        record = patient_record(session, patient=patient, today=FIRST_DOSE_AT.date())
    rows = csv_rows(record.doses, record.doses, zone=ZoneInfo(record.time_zone), today=record.today)
    table = report_csv(rows, csv_labels(EN)).decode("utf-8-sig")
    [row] = [row for row in csv.DictReader(StringIO(table)) if row["dose_id"] == str(dose_id)]
    return row["recorded_by"]
