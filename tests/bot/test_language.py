"""Issue 15: the patient's language, picked from Telegram and changed with /language."""

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.catalog.catalog import catalog_for
from bot.catalog.vocabulary import spoken_language, spoken_languages
from bot.features.language.command import language_name
from bot_api_double import BotApiDouble
from storage.models import Patient
from tests.bot.settings_steps import tap
from tests.bot.setup_chat import SetupChat
from tests.english import EN

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 15015


def _language(session: Session) -> str:
    """The language saved for the patient."""
    session.expire_all()
    patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
    return patient.language


@pytest.mark.parametrize(
    ("code", "expected"),
    [(None, "en"), ("", "en"), ("en-GB", "en"), ("xx", "en"), ("pt-BR", "en"), ("EN_us", "en")],
)
def test_telegram_codes_map_to_a_spoken_language(code: str | None, expected: str) -> None:
    """A code's base language when the bot speaks it; English for anything else."""
    assert spoken_language(code) == expected


@pytest.mark.parametrize("language", spoken_languages())
def test_a_spoken_language_is_read_from_its_regional_codes(language: str) -> None:
    """ "es-419" is Spanish, "de-AT" German, "ru_RU" Russian: the region does not matter."""
    for code in (language, f"{language}-XX", f"{language.upper()}_YY"):
        assert spoken_language(code) == language


@pytest.mark.both_databases
@pytest.mark.usefixtures("application")
@pytest.mark.parametrize("language", spoken_languages())
async def test_language_is_changed_with_a_button(
    language: str, double: BotApiDouble, session: Session, engine: Engine
) -> None:
    """/language: a button per language in its own name; pressed, it is saved and used."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/start")
    asked = await chat.say("/language")
    assert asked == EN.text("language-ask", language="English")
    assert chat.labels() == [language_name(code) for code in spoken_languages()]
    catalog = catalog_for(language)
    done = await tap(chat, language_name(language))
    assert done == catalog.text("language-set", language=language_name(language))
    assert _language(session) == language
    assert await chat.say("/next") == catalog.text("no-plan-yet")


@pytest.mark.usefixtures("application")
async def test_a_forged_language_is_refused(
    double: BotApiDouble, session: Session, engine: Engine
) -> None:
    """A button naming a language the bot does not speak changes nothing."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/start")
    await chat.say("/language")
    answer = await chat.press_data("lang:xx")
    assert answer == EN.text("settings-stale-button")
    assert _language(session) == "en"


@pytest.mark.usefixtures("application")
async def test_a_route_typed_in_russian_and_tablets_in_russian(double: BotApiDouble) -> None:
    """At the route step "таблетки" gets the kind explanation, "в мышцу" is IM; both in Russian."""
    russian = catalog_for("ru")
    double.set_user(PATIENT, "Анна", language_code="ru")
    chat = SetupChat(double, PATIENT)
    await chat.say("/start")
    await chat.press(russian.text("preset-common-monthly-name"))
    await chat.press(russian.text("setup-button-matches"))
    await chat.press(russian.text("setup-drug-cyanocobalamin"))
    assert await chat.say("принимаю таблетки") == russian.text("setup-route-not-injection")
    assert await chat.say("в мышцу") == russian.text("setup-ask-giver")
