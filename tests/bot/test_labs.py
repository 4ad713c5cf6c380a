"""Lab tests: the default plan offer, clinician-ordered tests, reminders, done, move, results."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.app import build_application
from bot.context import BotApplication
from bot.features.labs.reminder_plan import write_lab_reminders
from bot_api_double import BotApiDouble, RecordedCall
from storage.database import session_scope
from storage.labs import add_lab_order
from storage.models import (
    LabOrder,
    LabOrderStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
)
from tests.bot.conftest import advance_to, reminders_settled, settings_for
from tests.bot.patients import common_monthly, maintenance_only, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 7001
# Maintenance every 28 days from the last injection (Fri 20 Nov): the next is Fri 18 Dec.
LAST_INJECTION = date(2026, 11, 20)
# A loading plan whose first injection is Fri 18 Dec.
START = date(2026, 12, 18)
DAY_BEFORE_AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
DAY_OF_AT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _lab_reminders(session: Session) -> list[Reminder]:
    """Every lab reminder, soonest first."""
    session.expire_all()
    kinds = [ReminderKind.LAB_DAY_BEFORE, ReminderKind.LAB_DAY_OF]
    statement = select(Reminder).where(col(Reminder.kind).in_(kinds)).order_by(col(Reminder.due_at))
    return list(session.exec(statement).all())


def _labs(session: Session) -> list[LabOrder]:
    """Every lab order, oldest first."""
    session.expire_all()
    return list(session.exec(select(LabOrder).order_by(col(LabOrder.id))).all())


def _is_lab(call: RecordedCall) -> bool:
    """A lab reminder."""
    return "🧪 Today" in (call.text or "") or "🧪 Tomorrow" in (call.text or "")


def _patient(engine: Engine, clock: FakeClock) -> int:
    """A maintenance-only patient whose next injection is Fri 18 Dec."""
    return patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=maintenance_only(),
        now=clock(),
        last_dose_before_start_on=LAST_INJECTION,
    )


def _earlier_b12(engine: Engine, patient_id: int) -> None:
    """A B12 result from October: 180 ng/L."""
    with session_scope(engine) as session:
        lab = add_lab_order(
            session,
            patient_id=patient_id,
            test="b12",
            due_on=date(2026, 10, 1),
            ordered_by_clinician=True,
            now=datetime(2026, 10, 1, tzinfo=UTC),
        )
        lab.status, lab.done_on = LabOrderStatus.DONE, date(2026, 10, 1)
        lab.result_value, lab.result_unit = Decimal(180), "ng/L"
        session.add(lab)


@pytest.mark.both_databases
async def test_clinician_test_reminded_day_before_and_on_the_day_then_result_and_trend(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Add a B12 test for 2 Dec; reminders at 09:00 on 1 and 2 Dec; Done; a result with a trend."""
    _earlier_b12(engine, _patient(engine, clock))
    chat = SetupChat(double, PATIENT)
    listing = await chat.say("/labs")
    assert "Vitamin B12 level, Thu 1 Oct: 180 ng/L" in listing
    assert "No test is planned." in listing
    await chat.press("My clinician ordered a test")
    assert "Vitamin B12 level" not in chat.labels()
    asked = await chat.press("vitamin B12 level")
    assert "When is the vitamin B12 level test?" in asked
    not_a_date = await chat.say("whenever")
    assert "I could not read that as a date" in not_a_date
    assert "8 weeks after start" in not_a_date
    added = await chat.say("2 Dec")
    assert "Added: vitamin B12 level on <b>Wed 2 Dec</b>" in added
    [lab] = [lab for lab in _labs(session) if lab.status == LabOrderStatus.PLANNED]
    assert (lab.test, lab.due_on, lab.ordered_by_clinician) == ("b12", date(2026, 12, 2), True)
    assert [(r.kind, r.due_at) for r in _lab_reminders(session)] == [
        (ReminderKind.LAB_DAY_BEFORE, DAY_BEFORE_AT),
        (ReminderKind.LAB_DAY_OF, DAY_OF_AT),
    ]

    await advance_to(application, clock, DAY_BEFORE_AT - timedelta(minutes=1))
    await double.idle(quiet=0.2)
    assert not [c for c in double.calls_to("sendMessage") if _is_lab(c)]
    await advance_to(application, clock, DAY_BEFORE_AT)
    before = await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_is_lab)
    assert "Tomorrow, Wed 2 Dec: your <b>vitamin B12 level</b>" in (before.text or "")
    assert "Sent late" not in (before.text or "")
    await advance_to(application, clock, DAY_OF_AT)
    day_of = await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_is_lab)
    assert "Today, Wed 2 Dec: your <b>vitamin B12 level</b>" in (day_of.text or "")
    await double.idle(quiet=0.2)
    assert [r.status for r in _lab_reminders(session)] == [ReminderStatus.SENT] * 2

    asked = await chat.press("✅ Done")
    assert "Recorded: vitamin B12 level done Wed 2 Dec" in asked
    assert "<i>B12 350 ng/L</i>" in asked
    bad = await chat.say("B12 quite low")
    assert "I could not read that as a result. For example: <i>B12 350 ng/L</i>." in bad
    wrong_unit = await chat.say("B12 350 mmol/L")
    assert "ng/L, pg/mL or pmol/L" in wrong_unit
    saved = await chat.say("B12 350 ng/L")
    assert "Saved: vitamin B12 level 350 ng/L ↑ up from 180 ng/L." in saved
    lab = _labs(session)[-1]
    assert (lab.status, lab.done_on) == (LabOrderStatus.DONE, date(2026, 12, 2))
    assert (lab.result_value, lab.result_unit) == (Decimal(350), "ng/L")

    listing = await chat.say("/labs")
    assert "Vitamin B12 level, Wed 2 Dec: 350 ng/L ↑ up from 180 ng/L" in listing


async def test_default_plan_offered_with_sources_and_saved_as_ticked(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """/labs → Suggested tests: each test with its source; only the ticked ones are planned."""
    patient_with_plan(
        engine, chat_id=PATIENT, phases=common_monthly(), now=clock(), first_dose_on=START
    )
    chat = SetupChat(double, PATIENT)
    await chat.say("/labs")
    offer = await chat.press("Suggested tests")
    # A plan starting treatment: counted from its first injection, Fri 18 Dec.
    assert "<b>reticulocyte count</b>, Fri 25 Dec" in offer
    assert "<b>full blood count (haemoglobin)</b>, Fri 12 Feb" in offer
    assert "<b>treatment review</b>, Thu 18 Mar" in offer
    assert "NICE guideline NG239" in offer
    assert chat.labels() == [
        "Reticulocyte count",
        "Full blood count (haemoglobin)",
        "Treatment review",
        "Save these tests",
        "No thanks",
    ]
    await chat.press_quietly("Reticulocyte count")
    await chat.press_quietly("Treatment review")
    assert chat.labels()[:3] == [
        "✓ Reticulocyte count",
        "Full blood count (haemoglobin)",
        "✓ Treatment review",
    ]
    await chat.press_quietly("Save these tests")
    edit = double.calls_to("editMessageText")[-1]
    assert "Saved: reticulocyte count (Fri 25 Dec), treatment review (Thu 18 Mar)" in (
        edit.text or ""
    )
    assert [(lab.test, lab.due_on, lab.ordered_by_clinician) for lab in _labs(session)] == [
        ("reticulocytes", date(2026, 12, 25), False),
        ("treatment_review", date(2027, 3, 18), False),
    ]
    assert len(_lab_reminders(session)) == 4


async def test_a_patient_already_on_maintenance_is_not_offered_start_of_treatment_tests(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Injections for years, maintenance only: no reticulocyte count "after your first
    injection"; the answer says why and how to add a test the clinician ordered."""
    _patient(engine, clock)
    chat = SetupChat(double, PATIENT)
    await chat.say("/labs")
    answer = await chat.press("Suggested tests")
    assert answer == EN.text("lab-offer-not-starting")
    assert "first injection" not in answer
    assert "reticulocyte" not in answer
    assert not (double.last_message(PATIENT) or {}).get("reply_markup")
    assert _labs(session) == []


async def test_a_new_plan_version_does_not_offer_the_start_tests_again_from_its_start(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Started on Wed 25 Nov, reticulocytes planned; /regimen with the same plan from 26 Nov:
    no offer after saving, the planned test stays, and /labs still counts from 25 Nov."""
    first_day = date(2026, 11, 25)
    patient_with_plan(
        engine, chat_id=PATIENT, phases=common_monthly(), now=clock(), first_dose_on=first_day
    )
    chat = SetupChat(double, PATIENT)
    await advance_to(application, clock, datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    assert "Recorded" in await chat.say("done")
    await chat.say("/labs")
    await chat.press("Suggested tests")
    await chat.press_quietly("Reticulocyte count")
    await chat.press_quietly("Save these tests")
    assert [(lab.test, lab.due_on) for lab in _labs(session)] == [
        ("reticulocytes", date(2026, 12, 2))
    ]

    await chat.say("/regimen")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    await chat.press(EN.text("setup-giver-self"))
    await chat.say("London", replies=2)
    # The takeover question: the same plan carries on from where the patient is.
    await chat.press(chat.labels()[0])
    await chat.say("9am")
    since = double.mark()
    await chat.press(EN.text("setup-button-confirm"))
    await double.idle(quiet=0.3)
    sent = [c.text or "" for c in double.calls[since:] if c.method == "sendMessage"]
    assert sent
    assert not [text for text in sent if "🧪" in text]
    assert [(lab.test, lab.due_on, lab.status) for lab in _labs(session)] == [
        ("reticulocytes", date(2026, 12, 2), LabOrderStatus.PLANNED)
    ]

    await chat.say("/labs")
    offer = await chat.press("Suggested tests")
    # From the first injection of the treatment (25 Nov), not the new version's 26 Nov.
    assert "<b>full blood count (haemoglobin)</b>, Wed 20 Jan" in offer
    assert "<b>treatment review</b>, Thu 25 Feb" in offer
    assert "reticulocyte" not in offer
    assert chat.labels()[:2] == ["Full blood count (haemoglobin)", "Treatment review"]


async def test_move_a_test_moves_its_reminders(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Move: the old reminders are cancelled, new ones follow the new date."""
    patient_id = _patient(engine, clock)
    with session_scope(engine) as writing:
        patient = writing.get(Patient, patient_id)
        assert patient is not None
        lab = add_lab_order(
            writing,
            patient_id=patient_id,
            test="ferritin",
            due_on=date(2026, 12, 2),
            ordered_by_clinician=True,
            now=clock(),
        )
        write_lab_reminders(writing, patient=patient, lab=lab, now=clock())
    chat = SetupChat(double, PATIENT)
    await chat.say("/labs")
    await chat.press("Move a test")
    asked = await chat.press("Ferritin, Wed 2 Dec")
    assert "new date for the ferritin test" in asked
    past = await chat.say("yesterday")
    assert "already passed" in past
    moved = await chat.say("9 Dec")
    assert "Moved: ferritin to <b>Wed 9 Dec</b>" in moved
    pending = [r for r in _lab_reminders(session) if r.status == ReminderStatus.PENDING]
    assert [r.due_at for r in pending] == [
        datetime(2026, 12, 8, 9, tzinfo=UTC),
        datetime(2026, 12, 9, 9, tzinfo=UTC),
    ]
    assert [r.status for r in _lab_reminders(session)].count(ReminderStatus.CANCELLED) == 2


async def test_restart_sends_an_overdue_lab_reminder_once_marked_late(
    double: BotApiDouble, engine: Engine, clock: FakeClock, session: Session
) -> None:
    """The bot was down at 09:00 on the test day: at start-up the reminder goes out once, late."""
    patient_id = _patient(engine, clock)
    with session_scope(engine) as writing:
        patient = writing.get(Patient, patient_id)
        assert patient is not None
        lab = add_lab_order(
            writing,
            patient_id=patient_id,
            test="reticulocytes",
            due_on=date(2026, 12, 2),
            ordered_by_clinician=False,
            now=clock(),
        )
        write_lab_reminders(writing, patient=patient, lab=lab, now=clock())
    clock.set(DAY_OF_AT + timedelta(hours=2))
    for _ in range(2):
        app = build_application(settings_for(double, str(engine.url)), engine, clock=clock)
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        try:
            await reminders_settled(app)
            await double.idle(quiet=0.3)
        finally:
            await app.stop()
            await app.shutdown()
    sent = [c for c in double.calls_to("sendMessage") if c.response_ok]
    assert [c.text for c in sent] == [
        "⏱ Sent late: this reminder was due Wed 2 Dec, 09:00.\n\n"
        "🧪 Today, Wed 2 Dec: your <b>reticulocyte count</b>."
    ]
    statuses = [(r.kind, r.status) for r in _lab_reminders(session)]
    assert statuses == [
        (ReminderKind.LAB_DAY_BEFORE, ReminderStatus.EXPIRED),
        (ReminderKind.LAB_DAY_OF, ReminderStatus.SENT),
    ]
