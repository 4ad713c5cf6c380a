"""Setup answers that name no real place, negative doses, and the presets' sources (issue 11)."""

import pytest

from bot.catalog import texts
from bot.context import BotApplication
from bot_api_double import BotApiDouble
from tests.bot.setup_chat import SetupChat

PATIENT = 5151
ATLANTA = texts.SETUP_ZONE_PLACE_LABEL.format(place="Atlanta", zone="America/New_York")


@pytest.fixture
def chat(double: BotApiDouble, application: BotApplication) -> SetupChat:
    """The patient's side of the chat, with the bot running."""
    return SetupChat(double, PATIENT)


async def at_zone_question(chat: SetupChat) -> None:
    """The common monthly plan confirmed and drug, route and giver chosen: the zone is asked."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await chat.press(texts.SETUP_DRUG_CYANOCOBALAMIN)
    await chat.press(texts.SETUP_BUTTON_IM)
    assert await chat.press(texts.SETUP_GIVER_SELF) == texts.SETUP_ASK_ZONE


# --- Places that don't exist ------------------------------------------------------------------


async def test_a_near_miss_says_what_it_matched_and_offers_none_of_these(chat: SetupChat) -> None:
    """'Atlantis' names Atlanta as the guess; "None of these" asks again with an example."""
    await at_zone_question(chat)
    guess = await chat.say("Atlantis")
    assert guess == texts.SETUP_ZONE_DID_YOU_MEAN.format(
        typed="Atlantis", place="Atlanta", zone="America/New_York"
    )
    assert guess == "I couldn't find Atlantis. Did you mean Atlanta (America/New_York)?"
    assert chat.labels() == [ATLANTA, texts.SETUP_BUTTON_NONE_OF_THESE]
    again = await chat.press(texts.SETUP_BUTTON_NONE_OF_THESE)
    assert again == f"{texts.SETUP_ZONE_NONE_OF_THESE}\n\n{texts.SETUP_ASK_ZONE}"
    assert "<i>" in texts.SETUP_ZONE_NONE_OF_THESE
    assert await chat.say("Chicago", replies=2) == texts.SETUP_ASK_START_FROM


async def test_a_near_miss_accepted_sets_that_zone(chat: SetupChat) -> None:
    """Pressing the guess takes its zone, confirms it and goes on to the dates."""
    await at_zone_question(chat)
    await chat.say("Atlantis")
    confirmed = await chat.press(ATLANTA, replies=2)
    assert confirmed == texts.SETUP_ASK_START_FROM
    zone_set = chat.double.sent_messages(PATIENT)[-2]["text"]
    assert zone_set.startswith("Time zone: <b>America/New_York</b>")


async def test_the_typed_place_is_shown_escaped(chat: SetupChat) -> None:
    """The patient's own words are quoted back as text, never as markup."""
    await at_zone_question(chat)
    guess = await chat.say("Londn<")
    assert guess == texts.SETUP_ZONE_DID_YOU_MEAN.format(
        typed="Londn&lt;", place="London", zone="Europe/London"
    )


async def test_back_from_the_candidates_goes_back_one_step(chat: SetupChat) -> None:
    """/back from "Did you mean …?" is the zone question, then the giver; never two at once."""
    await at_zone_question(chat)
    await chat.say("Atlantis")
    assert await chat.say("/back") == texts.SETUP_ASK_ZONE
    assert await chat.say("/back") == texts.SETUP_ASK_GIVER
    await chat.press(texts.SETUP_GIVER_SELF)
    await chat.say("Atlantis")
    await chat.press(ATLANTA, replies=2)
    back = await chat.say("/back")
    assert back == texts.SETUP_ZONE_DID_YOU_MEAN.format(
        typed="Atlantis", place="Atlanta", zone="America/New_York"
    )
    assert await chat.say("/back") == texts.SETUP_ASK_ZONE


async def test_a_place_typed_at_the_candidates_answers_the_zone_question(
    chat: SetupChat,
) -> None:
    """Another place typed instead of a button is read afresh; the old guess goes stale."""
    await at_zone_question(chat)
    await chat.say("Atlantis")
    assert await chat.say("Paris", replies=2) == texts.SETUP_ASK_START_FROM
    assert await chat.say("/back") == texts.SETUP_ASK_ZONE
    await chat.say("Atlantis")
    await chat.say("Parris")
    assert await chat.press_data("setup:zones:America/New_York") == texts.SETUP_STALE_BUTTON


# --- Wording ----------------------------------------------------------------------------------


async def test_a_negative_dose_must_be_above_zero(chat: SetupChat) -> None:
    """'-1000 mcg' gets the same clear answer as '0 mcg', with an example, and the question."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_MAINTENANCE_ONLY_NAME)
    for answer in ("-1000 mcg", "0 mcg", "-1000"):
        reply = await chat.say(answer)
        assert reply == f"{texts.DOSE_NOT_ABOVE_ZERO}\n\n{texts.SETUP_ASK_PRESET_DOSE}"
    assert "for example <i>1000 mcg</i>" in texts.DOSE_NOT_ABOVE_ZERO


async def test_preset_sources_name_clinical_sources(chat: SetupChat) -> None:
    """Maintenance only cites the FDA label, BNF and NICE CKS; no preset cites "the article"."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_MAINTENANCE_ONLY_NAME)
    review = await chat.say("1000 mcg")
    assert "US FDA label for cyanocobalamin injection (100 mcg monthly)" in review
    assert "1 mg every 2 or 3 months (BNF, NICE Clinical Knowledge Summaries)" in review
    assert "every 4 weeks, counted from your last injection" in review
    assert "1. Maintenance: 1,000 mcg every 4 weeks" in review
    assert texts.SETUP_BUTTON_CHANGE_NUMBERS in review
    assert "article" not in review
    await chat.say("/cancel")
    await chat.say("/regimen")
    review = await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    assert "Langan and Goodbred, American Family Physician 2017" in review
    assert "article" not in review
