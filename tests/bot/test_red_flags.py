"""Red flags in what the patient writes: answered at once, recorded, never in the way."""

import copy

import pytest
from sqlmodel import Session, col, select

from bot_api_double import BotApiDouble
from storage.models import DoseStatus, RedFlagEvent, RedFlagLevel
from tests.bot.ledger import live_doses
from tests.bot.patients import FIRST_DOSE_AT
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

# The three fixed safety texts, one per level.
SAFETY_TEXTS = [EN.one_of("red-flag", level.value) for level in RedFlagLevel]
PATIENT = 6001


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
def patient_id(monthly_patient: int) -> int:
    """A patient on the common monthly plan, first injection Thu 26 Nov."""
    return monthly_patient


@pytest.mark.usefixtures("application")
async def test_done_with_a_red_flag_gets_the_safety_text_and_is_still_recorded(
    double: BotApiDouble, clock: FakeClock, session: Session, patient_id: int
) -> None:
    """The emergency text comes first; "done" is still recorded and confirmed."""
    clock.set(FIRST_DOSE_AT)
    since = double.mark()
    await double.send_text(PATIENT, "done, but now my lips are swelling and I can't breathe")
    safety, confirmation = await _texts_after(double, since, 2)
    assert safety == EN.text("red-flag-emergency")
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
        ("the numbness is spreading and I fell over", EN.text("red-flag-urgent-care")),
        ("ankles swollen, heart racing", EN.text("red-flag-call-clinician")),
        ("leg cramps and short of breath, also blury vison", EN.text("red-flag-urgent-care")),
    ],
)
async def test_each_level_answers_with_its_own_fixed_text(
    double: BotApiDouble, session: Session, message: str, expected: str
) -> None:
    """The highest level found decides the text, and it is the whole answer: no "Sorry, I
    didn't understand" after it."""
    since = double.mark()
    await double.send_text(PATIENT, message)
    [safety] = await _texts_after(double, since, 1)
    assert safety == expected
    await double.idle(quiet=0.3)
    assert [call.text for call in double.calls_to("sendMessage")[-1:]] == [expected]
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
    assert not any(text in SAFETY_TEXTS for text in sent)
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
    assert safety == EN.text("red-flag-emergency")
    assert setup_answer != safety
    assert EN.text("preset-common-monthly-name") in chat.labels()
    assert question
    [event] = _events(session)
    assert (event.sign, event.level) == ("hives", RedFlagLevel.EMERGENCY)


# --- Every message reaches the check, in every conversation state (issue 11) ---------------

# An airway closing in everyday words: no textbook term in it.
EVERYDAY_FLAG = "my throat feels weird, minutes after the shot"


async def _setup_until(chat: SetupChat, steps: int) -> None:
    """Walk the setup of the common monthly plan (first injection Sat 21 Nov) `steps` far."""
    walk: list[tuple[str, str]] = [
        ("say", "/start"),
        ("press", EN.text("preset-common-monthly-name")),
        ("press", EN.text("setup-button-matches")),
        ("press", EN.text("setup-drug-cyanocobalamin")),
        ("press", EN.text("setup-button-im")),
        ("press", EN.text("setup-giver-self")),
        ("zone", "London"),
        ("press", EN.text("setup-button-first-injection")),
        ("say", "21 Nov"),
        ("say", "9am"),
        # Saved, then the question about the injections already due: two messages.
        ("press twice", EN.text("setup-button-confirm")),
    ]
    for kind, value in walk[:steps]:
        if kind.startswith("press"):
            await chat.press(value, replies=2 if kind == "press twice" else 1)
        else:
            await chat.say(value, replies=2 if kind == "zone" else 1)


# (name, how many setup steps to walk): each stops at a question, by button or typed.
SETUP_STATES = [
    ("choose a preset (buttons)", 1),
    ("does the plan match (buttons)", 2),
    ("which drug (buttons)", 3),
    ("which route (buttons)", 4),
    ("who gives it (buttons)", 5),
    ("time zone (typed)", 6),
    ("how to date the plan (buttons)", 7),
    ("first injection day (typed)", 8),
    ("first injection time (typed)", 9),
    ("confirm the plan (buttons)", 10),
    ("which past doses were had (buttons)", 11),
]


# Where no conversation answers the words, the safety text is the whole answer.
SAFETY_TEXT_ONLY = {"which past doses were had (buttons)", "no conversation"}


async def _only_safety_text(double: BotApiDouble, since: int) -> str:
    """The bot's one message since the mark, once nothing else follows it."""
    first = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, since=since)
    await double.idle(quiet=0.3)
    assert [call.text for call in double.calls_to("sendMessage")][-1] == first.text
    return first.text or ""


async def _after(double: BotApiDouble, since: int) -> list[str]:
    """The bot's first message since the mark, then its next one that is not a safety text."""
    first = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, since=since)
    normal = await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        ok=True,
        since=double.calls.index(first) + 1,
        predicate=lambda call: call.text not in SAFETY_TEXTS,
    )
    await double.idle(quiet=0.2)
    return [first.text or "", normal.text or ""]


@pytest.mark.usefixtures("application")
@pytest.mark.parametrize(("state", "steps"), SETUP_STATES, ids=[s for s, _ in SETUP_STATES])
async def test_a_red_flag_in_everyday_words_is_answered_at_every_setup_step(
    double: BotApiDouble, session: Session, state: str, steps: int
) -> None:
    """The safety text first, then setup's own answer (none once setup is saved); the sign is
    recorded."""
    chat = SetupChat(double, PATIENT)
    await _setup_until(chat, steps)
    await double.idle(quiet=0.2)
    since = double.mark()
    await double.send_text(PATIENT, EVERYDAY_FLAG)
    if state in SAFETY_TEXT_ONLY:
        assert await _only_safety_text(double, since) == EN.text("red-flag-emergency")
    else:
        sent = await _after(double, since)
        assert sent[0] == EN.text("red-flag-emergency"), state
        assert [text for text in sent[1:] if text not in SAFETY_TEXTS], state
    assert [(e.sign, e.level) for e in _events(session)] == [
        ("swelling_face_throat", RedFlagLevel.EMERGENCY)
    ]


@pytest.mark.both_databases
@pytest.mark.usefixtures("application", "patient_id")
@pytest.mark.parametrize(
    ("state", "before"),
    [
        (
            "labs: typing the test's date",
            ["/labs", "My clinician ordered a test", "vitamin B12 level"],
        ),
        ("symptom check-in", ["/symptoms"]),
        ("no conversation", []),
    ],
)
async def test_a_red_flag_is_answered_in_labs_and_check_ins_too(
    double: BotApiDouble, session: Session, state: str, before: list[str]
) -> None:
    """Mid labs entry and mid check-in: the safety text, then the conversation's answer;
    outside any conversation the safety text alone."""
    chat = SetupChat(double, PATIENT)
    for step in before:
        await (chat.say(step) if step.startswith("/") else chat.press(step))
    since = double.mark()
    await double.send_text(PATIENT, "I keep falling because my legs are numb")
    if state in SAFETY_TEXT_ONLY:
        assert await _only_safety_text(double, since) == EN.text("red-flag-urgent-care")
    else:
        sent = await _after(double, since)
        assert sent[0] == EN.text("red-flag-urgent-care"), state
        assert [text for text in sent[1:] if text != EN.text("red-flag-urgent-care")], state
    assert "falls" in {e.sign for e in _events(session)}


@pytest.mark.usefixtures("application", "patient_id")
@pytest.mark.parametrize("command", ["/symptoms", "/status", "/pause", "/help"])
async def test_words_after_a_command_are_screened(
    double: BotApiDouble, session: Session, command: str
) -> None:
    """ "/symptoms my throat is closing" gets the safety text, and the command still runs."""
    since = double.mark()
    await double.send_text(PATIENT, f"{command} my throat is closing")
    sent = await _after(double, since)
    assert sent[0] == EN.text("red-flag-emergency")
    assert len(sent) >= 2
    assert _events(session)


async def _deliver(double: BotApiDouble, update_id: int) -> None:
    """Hand a hand-made update to the bot's next poll."""
    await double._queued(update_id)


@pytest.mark.usefixtures("application", "patient_id")
async def test_a_photo_caption_and_an_edited_message_are_screened(
    double: BotApiDouble, session: Session
) -> None:
    """A caption under a photo, and a message edited to add a sign, each get the safety text."""
    since = double.mark()
    photo = {"photo": [{"file_id": "f1", "file_unique_id": "u1", "width": 90, "height": 90}]}
    caption = {**photo, "caption": "my lips are swelling up, is this normal?"}
    await _deliver(double, double.world.patient_message(PATIENT, caption))
    first = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, since=since)
    assert first.text == EN.text("red-flag-emergency")

    since = double.mark()
    done = double.world.patient_text(PATIENT, "done")
    sent = copy.deepcopy(double.world.pending_updates[-1]["message"])
    await _deliver(double, done)
    await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, since=since)
    await double.idle(quiet=0.3)
    since = double.mark()
    edited = {**sent, "text": "done, and now I'm short of breath", "edit_date": sent["date"] + 60}
    await _deliver(double, double.world.queue_update("edited_message", edited))
    answer = await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        ok=True,
        since=since,
        predicate=lambda c: c.text in SAFETY_TEXTS,
    )
    assert answer.text == EN.text("red-flag-call-clinician")
    await double.idle(quiet=0.3)
    assert {e.sign for e in _events(session)} == {"swelling_face_throat", "breathlessness"}
