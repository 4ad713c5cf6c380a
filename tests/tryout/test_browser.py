"""The chat page of `b12bot try` in a real browser: Debian's Chromium, driven by Playwright,
through a whole first journey: /start, a preset, a location shared from the reply keyboard,
confirm, "+1 day", the reminder, Done, and the reminder edited in place."""

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

from bot.tryout.server import ChatPage
from storage.models import DoseEvent, DoseEventKind, DoseStatus, ScheduledDose
from tests.english import EN
from tests.tryout.running import read, running_try, serving_page

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_COPY = Path("/tmp/try_screenshot.png")
# Generous: a step waits for the bot's answer, and a clock move for every reminder on the way.
WAIT_MS = 15_000


def _playwright_or_skip() -> Any:
    """Playwright's async API, or a skip saying in one line why there is no browser."""
    if not CHROMIUM.exists():
        pytest.skip(
            "browser test skipped: no Chromium at /usr/bin/chromium (Debian's `chromium`; "
            "`python3 deploy/local.py test` installs it when run as root)"
        )
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("browser test skipped: the playwright package is not installed")
    return async_playwright


class BrowserChat:
    """A person using the chat page."""

    def __init__(self, page: Any) -> None:
        """Drive `page`."""
        self.page = page
        from playwright.async_api import expect

        self.expect = expect

    def newest_bot_bubble(self) -> Any:
        """The bot's newest message."""
        return self.page.locator(".row.bot .bubble").last

    async def say(self, text: str) -> None:
        """Type a message and send it."""
        await self.page.locator("#text").fill(text)
        await self.page.locator("#send").click()

    async def press(self, label: str) -> None:
        """Press a button of the newest message that has buttons (waiting until it is there)."""
        keyboard = self.page.locator(".row.bot:has(.inline-keyboard)").last
        await keyboard.get_by_role("button", name=label, exact=True).click(timeout=WAIT_MS)

    async def sees(self, text: str) -> None:
        """The bot's newest message says `text`."""
        await self.expect(self.newest_bot_bubble()).to_contain_text(text, timeout=WAIT_MS)


async def test_from_start_to_a_reminder_marked_done_in_the_browser(tmp_path: Path) -> None:
    """The whole journey in Chromium; the reminder is edited in place and the dose recorded."""
    async_playwright = _playwright_or_skip()
    async with (
        running_try(tmp_path, ticking=True) as session,
        serving_page(session) as server,
        async_playwright() as playwright,
    ):
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 900})
            await page.goto(server.url)
            await _journey(BrowserChat(page), server)
            screenshot = tmp_path / "try.png"
            await page.screenshot(path=str(screenshot))
        finally:
            await browser.close()
        with Session(session.engine) as database:
            done = database.exec(
                select(DoseEvent, ScheduledDose)
                .join(ScheduledDose, col(ScheduledDose.id) == col(DoseEvent.dose_id))
                .where(col(DoseEvent.kind) == DoseEventKind.DONE)
            ).all()
    # Dose 1 of the loading phase, done at 10:00 on the day it was due (the clock stands still).
    assert [(d.phase_kind, d.number_in_phase, d.status) for _, d in done] == [
        ("loading", 1, DoseStatus.DONE)
    ]
    assert [f"{event.occurred_at:%Y-%m-%d %H:%M %Z}" for event, _ in done] == [
        "2026-11-26 10:00 UTC"
    ]
    _assert_not_blank(screenshot)
    shutil.copyfile(screenshot, SCREENSHOT_COPY)


async def _journey(chat: BrowserChat, server: ChatPage) -> None:
    """/start to the first reminder marked done, as a person clicks it."""
    page = chat.page
    await chat.expect(page.locator("#people")).to_contain_text("Alex")
    await chat.say("/start")
    await chat.sees(read("setup-ask-preset"))
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    await chat.press(EN.text("setup-giver-self"))
    # The reply keyboard's "share my location" offers a few cities.
    await (
        page.locator("#reply-keyboard")
        .get_by_role("button", name=EN.text("setup-button-share-location"))
        .click(timeout=WAIT_MS)
    )
    await page.locator("#popup").get_by_role("button", name="London", exact=True).click()
    await chat.press(EN.text("setup-button-first-injection"))
    await chat.say("2026-11-26")
    await chat.sees(read("setup-ask-time"))
    await chat.say("9am")
    await chat.press(EN.text("setup-button-confirm"))
    await chat.expect(page.locator(".row.bot .bubble", has_text="Saved.")).to_be_visible()
    await chat.expect(page.locator("#clock-zone")).to_contain_text("Europe/London")

    await page.get_by_role("button", name="+1 day", exact=True).click()
    reminder = page.locator(".row.bot", has_text=EN.text("phase-names-loading") + " phase")
    when = "Thu 26 Nov, 09:00"
    dose = read(
        "reminder-dose",
        dose="1,000 mcg",
        phase=EN.text("phase-names-loading"),
        number=EN.text("dose-number-of", number=1, count=7),
        when=when,
    )
    await chat.expect(reminder.locator(".bubble")).to_contain_text(dose, timeout=WAIT_MS)
    # The day is over once the clock is at Thursday 10:00 and its buttons work again; Done is
    # pressed then, so it is recorded at 10:00 however fast the machine moved the clock.
    await chat.expect(page.get_by_role("button", name="+1 day")).to_be_enabled(timeout=WAIT_MS)
    await chat.expect(page.locator("#clock-now")).to_contain_text("Thu 26 Nov 2026, 10:00")
    await reminder.get_by_role("button", name=EN.text("button-done"), exact=True).click()
    edited = reminder.locator(".bubble")
    await chat.expect(edited).to_contain_text(
        read("dose-outcome-done", when="Thu 26 Nov, 10:00").strip(), timeout=WAIT_MS
    )
    await chat.expect(edited.locator(".meta")).to_contain_text("edited")
    await chat.expect(page.locator("#toast")).to_contain_text(EN.text("dose-button-recorded"))


def _assert_not_blank(screenshot: Path) -> None:
    """The screenshot shows a page: many colours, not one flat fill."""
    from matplotlib import image

    pixels = image.imread(str(screenshot))
    assert pixels.shape[0] >= 800
    assert pixels.shape[1] >= 1200
    colours = {tuple(pixel) for pixel in pixels[::7, ::7].reshape(-1, pixels.shape[2]).tolist()}
    assert len(colours) > 50, f"the screenshot looks blank ({len(colours)} colours)"
    assert float(pixels.std()) > 0.05
