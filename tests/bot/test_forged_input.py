"""Crafted callback data and typed numbers: refused like a stale button, the database untouched.

Callback data is whatever a client sends. '²' passes str.isdigit() and int() refuses it;
Arabic-Indic and full-width digits pass both and read as a real id; ids past 2^31 overflow
the database's integers.
"""

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.context import BotApplication
from bot_api_double import BotApiDouble
from storage.database import session_scope
from storage.labs import add_lab_order
from storage.privacy import patient_export
from storage.symptoms import add_check_in
from tests.bot.handler_errors import handler_errors
from tests.bot.patients import common_monthly, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 7270
STRANGER = 7271
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x0660 + digit) for digit in range(10)))
FULL_WIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + digit) for digit in range(10)))


def forged_numbers(real: int) -> list[str]:
    """A real number written every way a strict reader must refuse."""
    text = str(real)
    return [
        text.translate(SUPERSCRIPT),
        text.translate(ARABIC_INDIC),
        text.translate(FULL_WIDTH),
        f"+{text}",
        str(2**31),
        str(2**63),
        str(2**64 + real),
    ]


@pytest.fixture
def ids(engine: Engine, clock: FakeClock) -> dict[str, int]:
    """A patient with a plan, a planned lab test and an open check-in; their ids by kind."""
    patient_id = patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=date(2026, 11, 26),
    )
    with session_scope(engine) as session:
        dose_id = patient_export(session, patient_id=patient_id)["doses"][0]["id"]
        lab = add_lab_order(
            session,
            patient_id=patient_id,
            test="b12",
            due_on=date(2026, 12, 20),
            ordered_by_clinician=True,
            now=clock(),
        )
        check_in = add_check_in(session, patient_id=patient_id, asked_at=clock())
        assert lab.id is not None
        assert check_in.id is not None
        return {"patient": patient_id, "dose": dose_id, "lab": lab.id, "check_in": check_in.id}


def _stored(engine: Engine, patient_id: int) -> dict[str, Any]:
    """Every row about the patient."""
    with session_scope(engine) as session:
        return patient_export(session, patient_id=patient_id)


def _callbacks(ids: dict[str, int]) -> list[tuple[str, str]]:
    """(forged data, the stale-button answer its kind gives) for every kind with a number."""
    dose, lab, check_in = ids["dose"], ids["lab"], ids["check_in"]
    kinds: list[tuple[str, int, str]] = [
        ("dose:{}:done", dose, EN.text("dose-button-not-yours")),
        ("late:{}:today", dose, EN.text("dose-button-not-yours")),
        ("skipwhy:{}", dose, EN.text("dose-button-not-yours")),
        ("site:{}:left_arm", dose, EN.text("dose-button-not-yours")),
        ("lab:{}:done", lab, EN.text("lab-button-not-yours")),
        ("sym:{}:stop", check_in, EN.text("dose-button-not-yours")),
        ("sym:{}:fatigue:1", check_in, EN.text("dose-button-not-yours")),
        (f"sym:{check_in}:fatigue:{{}}", 2, EN.text("dose-button-not-yours")),
        ("labplan:s:{}", 7, EN.text("lab-stale-button")),
        ("labplan:t0:{}", 7, EN.text("lab-stale-button")),
        ("labplan:t{}:0", 1, EN.text("lab-stale-button")),
    ]
    return [
        (template.format(number), answer)
        for template, real, answer in kinds
        for number in [*forged_numbers(real), f" {real}", f"{real}_0", ""]
    ]


@pytest.mark.both_databases
async def test_forged_numbers_in_callback_data_are_stale_buttons(
    application: BotApplication, double: BotApiDouble, engine: Engine, ids: dict[str, int]
) -> None:
    """Every callback kind that carries a number refuses each forged form and changes nothing."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/help")
    before = _stored(engine, ids["patient"])
    for data, answer in _callbacks(ids):
        assert await chat.press_data(data) == answer, data
    assert _stored(engine, ids["patient"]) == before
    assert await handler_errors(application, double) == 0


async def test_forged_lab_pick_keeps_the_question(
    application: BotApplication, double: BotApiDouble, engine: Engine, ids: dict[str, int]
) -> None:
    """While /labs asks which test, a forged pick is an old button and the question stays."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/labs")
    await chat.press(EN.text("lab-button-mark-done"))
    before = _stored(engine, ids["patient"])
    for number in forged_numbers(ids["lab"]):
        assert await chat.press_data(f"labs:pick:{number}") == EN.text("lab-stale-button"), number
    assert _stored(engine, ids["patient"]) == before
    marked = await chat.press("Vitamin B12 level, Sun 20 Dec")
    assert "Recorded: vitamin B12 level done" in marked
    assert await handler_errors(application, double) == 0


async def test_forged_numbers_in_setup_buttons_are_stale(
    application: BotApplication, double: BotApiDouble
) -> None:
    """The months of a UK preset and the phase editor's numbers are read strictly too."""
    chat = SetupChat(double, STRANGER)
    await chat.say("/start")
    await chat.press(EN.text("preset-uk-hydroxocobalamin-name"))
    for number in forged_numbers(2):
        assert await chat.press_data(f"setup:months:{number}") == EN.text("setup-stale-button")
    await chat.press("Every 2 months")
    await chat.press(EN.text("setup-button-change-numbers"))
    for number in forged_numbers(0):
        assert await chat.press_data(f"setup:editor:c{number}") == EN.text("setup-stale-button")
        assert await chat.press_data(f"setup:editor:r{number}") == EN.text("setup-stale-button")
    assert EN.text("setup-ask-drug") in await chat.press(EN.text("setup-button-done"))
    assert await handler_errors(application, double) == 0


@pytest.mark.parametrize(
    ("command", "refusal"),
    [
        ("/appointments {}", EN.text("appointments-invalid")),
        ("/stock {}", EN.text("stock-invalid")),
        ("/followup {}", EN.text("follow-up-invalid")),
    ],
)
async def test_forged_numbers_after_commands_are_refused(
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    ids: dict[str, int],
    command: str,
    refusal: str,
) -> None:
    """A command's number in another script, or absurdly long, gets the usual example."""
    before = _stored(engine, ids["patient"])
    for number in [*forged_numbers(5), "9" * 400, "9" * 4000]:
        assert await double.reply_to(PATIENT, command.format(number)) == refusal, number
    assert _stored(engine, ids["patient"]) == before
    assert await handler_errors(application, double) == 0
