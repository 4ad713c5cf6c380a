"""Red flags in what the patient writes: answered at once, recorded, never in the way."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot import texts
from storage.models import DoseStatus, RedFlagEvent, RedFlagLevel
from tests.bot.ledger import live_doses
from tests.bot.patients import common_monthly, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.bot_api_double import BotApiDouble
from tests.fake_clock import FakeClock

PATIENT = 6001
FIRST_DOSE_DAY = date(2026, 11, 26)
FIRST_DOSE_AT = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _events(session: Session) -> list[RedFlagEvent]:
    """Every red-flag event, oldest first."""
    session.expire_all()
    return list(session.exec(select(RedFlagEvent).order_by(col(RedFlagEvent.id))).all())


async def _texts_after(double: BotApiDouble, since: int, count: int) -> list[str]:
    """The texts of the bot's next `count` messages to the patient."""
    found = []
    for _ in range(count):
        call = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, since=since)
        found.append(call.text or "")
        since = double.calls.index(call) + 1
    return found


@pytest.fixture
def patient_id(engine: Engine, clock: FakeClock) -> int:
    """A patient on the common monthly plan, first injection Thu 26 Nov."""
    return patient_with_plan(
        engine, chat_id=PATIENT, phases=common_monthly(), now=clock(), first_dose_on=FIRST_DOSE_DAY
    )


@pytest.mark.usefixtures("application")
async def test_done_with_a_red_flag_gets_the_safety_text_and_is_still_recorded(
    double: BotApiDouble, clock: FakeClock, session: Session, patient_id: int
) -> None:
    """The emergency text comes first; "done" is still recorded and confirmed."""
    clock.set(FIRST_DOSE_AT)
    since = double.mark()
    await double.send_text(PATIENT, "done, but now my lips are swelling and I can't breathe")
    safety, confirmation = await _texts_after(double, since, 2)
    assert safety == texts.RED_FLAG_EMERGENCY
    assert "Recorded: your 1,000 mcg injection" in confirmation
    assert live_doses(session)[0].status == DoseStatus.DONE
    events = _events(session)
    assert {(e.sign, e.level, e.source) for e in events} == {
        ("swelling_face_throat", RedFlagLevel.EMERGENCY, "message"),
        ("trouble_breathing", RedFlagLevel.EMERGENCY, "message"),
    }
    assert all(e.patient_id == patient_id and e.occurred_at == FIRST_DOSE_AT for e in events)


@pytest.mark.usefixtures("application", "patient_id")
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("the numbness is spreading and I fell over", texts.RED_FLAG_URGENT_CARE),
        ("ankles swollen, heart racing", texts.RED_FLAG_CALL_CLINICIAN),
        ("leg cramps and short of breath, also blury vison", texts.RED_FLAG_URGENT_CARE),
    ],
)
async def test_each_level_answers_with_its_own_fixed_text(
    double: BotApiDouble, session: Session, message: str, expected: str
) -> None:
    """The highest level found decides the text; the normal reply follows."""
    since = double.mark()
    await double.send_text(PATIENT, message)
    safety, normal = await _texts_after(double, since, 2)
    assert safety == expected
    assert normal == texts.UNKNOWN_REPLY
    assert _events(session)


@pytest.mark.usefixtures("application", "patient_id")
@pytest.mark.parametrize(
    "message", ["done, arm a bit sore", "bit of redness where I injected", "no rash, all fine"]
)
async def test_ordinary_messages_raise_no_alarm(
    double: BotApiDouble, clock: FakeClock, session: Session, message: str
) -> None:
    """Injection-site soreness and negations get only the normal answer."""
    clock.set(FIRST_DOSE_AT)
    await double.send_text(PATIENT, message)
    await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    await double.idle(quiet=0.3)
    sent = [call.text for call in double.calls_to("sendMessage")]
    assert not any(text in texts.RED_FLAG_TEXTS.values() for text in sent)
    assert _events(session) == []


@pytest.mark.usefixtures("application")
async def test_a_red_flag_mid_setup_does_not_break_the_conversation(
    double: BotApiDouble, session: Session
) -> None:
    """Setup still answers (re-asks its question), and the flag is recorded."""
    chat = SetupChat(double, PATIENT)
    question = await chat.say("/start")
    since = double.mark()
    await double.send_text(PATIENT, "I have hives on my neck")
    safety, setup_answer = await _texts_after(double, since, 2)
    assert safety == texts.RED_FLAG_EMERGENCY
    assert setup_answer != safety
    assert texts.PRESET_COMMON_MONTHLY_NAME in chat.labels()
    assert question
    [event] = _events(session)
    assert (event.sign, event.level) == ("hives", RedFlagLevel.EMERGENCY)
