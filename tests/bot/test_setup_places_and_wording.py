"""Setup answers that name no real place, negative doses, and the presets' sources (issue 11)."""

import pytest

from bot.context import BotApplication
from bot_api_double import BotApiDouble
from tests.bot.setup_chat import SetupChat
from tests.english import EN

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 5151
ATLANTA = EN.text("setup-zone-place-label", place="Atlanta", zone="America/New_York")


@pytest.fixture
def chat(double: BotApiDouble, application: BotApplication) -> SetupChat:
    """The patient's side of the chat, with the bot running."""
    return SetupChat(double, PATIENT)


async def at_zone_question(chat: SetupChat) -> None:
    """The common monthly plan confirmed and drug, route and giver chosen: the zone is asked."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    assert await chat.press(EN.text("setup-giver-self")) == EN.text("setup-ask-zone")


# --- Places that don't exist ------------------------------------------------------------------


async def test_a_near_miss_says_what_it_matched_and_offers_none_of_these(chat: SetupChat) -> None:
    """'Atlantis' names Atlanta as the guess; "None of these" asks again with an example."""
    await at_zone_question(chat)
    guess = await chat.say("Atlantis")
    assert guess == EN.text(
        "setup-zone-did-you-mean", typed="Atlantis", place="Atlanta", zone="America/New_York"
    )
    assert guess == "I couldn't find Atlantis. Did you mean Atlanta (America/New_York)?"
    assert chat.labels() == [ATLANTA, EN.text("setup-button-none-of-these")]
    again = await chat.press(EN.text("setup-button-none-of-these"))
    assert again == f"{EN.text('setup-zone-none-of-these')}\n\n{EN.text('setup-ask-zone')}"
    assert "<i>" in EN.text("setup-zone-none-of-these")
    assert await chat.say("Chicago", replies=2) == EN.text("setup-ask-start-from")


@pytest.mark.both_databases
async def test_a_near_miss_accepted_sets_that_zone(chat: SetupChat) -> None:
    """Pressing the guess takes its zone, confirms it and goes on to the dates."""
    await at_zone_question(chat)
    await chat.say("Atlantis")
    confirmed = await chat.press(ATLANTA, replies=2)
    assert confirmed == EN.text("setup-ask-start-from")
    zone_set = chat.double.sent_messages(PATIENT)[-2]["text"]
    assert zone_set.startswith("Time zone: <b>America/New_York</b>")


async def test_the_typed_place_is_shown_escaped(chat: SetupChat) -> None:
    """The patient's own words are quoted back as text, never as markup."""
    await at_zone_question(chat)
    guess = await chat.say("Londn<")
    assert guess == EN.text(
        "setup-zone-did-you-mean", typed="Londn&lt;", place="London", zone="Europe/London"
    )


async def test_back_from_the_candidates_goes_back_one_step(chat: SetupChat) -> None:
    """/back from "Did you mean …?" is the zone question, then the giver; never two at once."""
    await at_zone_question(chat)
    await chat.say("Atlantis")
    assert await chat.say("/back") == EN.text("setup-ask-zone")
    assert await chat.say("/back") == EN.text("setup-ask-giver")
    await chat.press(EN.text("setup-giver-self"))
    await chat.say("Atlantis")
    await chat.press(ATLANTA, replies=2)
    back = await chat.say("/back")
    assert back == EN.text(
        "setup-zone-did-you-mean", typed="Atlantis", place="Atlanta", zone="America/New_York"
    )
    assert await chat.say("/back") == EN.text("setup-ask-zone")


async def test_a_place_typed_at_the_candidates_answers_the_zone_question(
    chat: SetupChat,
) -> None:
    """Another place typed instead of a button is read afresh; the old guess goes stale."""
    await at_zone_question(chat)
    await chat.say("Atlantis")
    assert await chat.say("Paris", replies=2) == EN.text("setup-ask-start-from")
    assert await chat.say("/back") == EN.text("setup-ask-zone")
    await chat.say("Atlantis")
    await chat.say("Parris")
    assert await chat.press_data("setup:zones:America/New_York") == EN.text("setup-stale-button")


# --- Wording ----------------------------------------------------------------------------------


async def test_a_negative_dose_must_be_above_zero(chat: SetupChat) -> None:
    """'-1000 mcg' gets the same clear answer as '0 mcg', with an example, and the question."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-maintenance-only-name"))
    for answer in ("-1000 mcg", "0 mcg", "-1000"):
        reply = await chat.say(answer)
        assert reply == f"{EN.text('dose-not-above-zero')}\n\n{EN.text('setup-ask-preset-dose')}"
    assert "for example <i>1000 mcg</i>" in EN.text("dose-not-above-zero")


async def test_preset_sources_name_clinical_sources(chat: SetupChat) -> None:
    """Maintenance only cites the FDA label, BNF and NICE CKS; no preset cites "the article"."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-maintenance-only-name"))
    review = await chat.say("1000 mcg")
    assert "US FDA label for cyanocobalamin injection (100 mcg monthly)" in review
    assert "1 mg every 2 or 3 months (BNF, NICE Clinical Knowledge Summaries)" in review
    assert "every 4 weeks, counted from your last injection" in review
    assert "1. Maintenance: 1,000 mcg every 4 weeks" in review
    assert EN.text("setup-button-change-numbers") in review
    assert "article" not in review
    await chat.say("/cancel")
    await chat.say("/regimen")
    review = await chat.press(EN.text("preset-common-monthly-name"))
    assert "Langan and Goodbred, American Family Physician 2017" in review
    assert "article" not in review
