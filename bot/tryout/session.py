"""One try-out: the real Application, polling the embedded Bot API, on a clock moved by hand.

Every front end (the chat page, the terminal, a replayed script) acts through a TrySession:
people say things and press buttons as in Telegram, and the clock moves forward with every
reminder on the way sent at its own time.
"""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import SecretStr
from sqlalchemy import Engine

from bot.app import build_application
from bot.context import BotApplication
from bot.delivery.wake_timer import WAKE_JOB, rearm_reminders
from bot.services.patient_time import zone_of
from bot.settings import Settings
from bot.telegram.lifecycle import Polling, start_serving, stop_serving
from bot.telegram.update_order import ChatOrderedUpdateProcessor
from bot.tryout.clock import MovableClock
from bot_api_double import BotApiDouble
from storage.database import create_database_engine, session_scope
from storage.patients import get_patient_by_chat
from storage.reminders import next_pending_due_at
from storage.schema import upgrade_to_latest

logger = logging.getLogger(__name__)

# A token shaped like BotFather's; the embedded Bot API is the only one that knows it.
TRY_TOKEN = "1000000042:AAtry-b12bot-locally-without-Telegram"
BOT_USERNAME = "b12_try_bot"
LANGUAGES = ("en", "es", "de", "ru")
# The people a try-out starts with: one to be the patient, one to be invited as caregiver.
FIRST_PEOPLE = (("Alex", "en"), ("Sam", "en"))
FIRST_CHAT_ID = 1001
# The bot counts as done once nothing happened for this long (seconds).
QUIET = 0.15
POLL = 0.02
SETTLE_TIMEOUT = 30.0
# A walk of the clock sends at most this many reminder batches on the way, then jumps.
MOST_STEPS = 500


@dataclass(frozen=True)
class Person:
    """Someone in the try-out: their own private chat with the bot, in their app language."""

    chat_id: int
    name: str
    language: str


class TrySession:
    """The running bot, its Bot API and clock, and the people talking to it."""

    def __init__(
        self, *, double: BotApiDouble, application: BotApplication, clock: MovableClock
    ) -> None:
        """Wrap a started bot."""
        self.double = double
        self.application = application
        self.clock = clock
        self.people: list[Person] = []

    @property
    def engine(self) -> Engine:
        """The try-out's database."""
        return self.application.bot_data.engine

    # -- people -----------------------------------------------------------------------------

    def add_person(self, name: str, language: str = "en") -> Person:
        """A new person with the next chat id; their app speaks `language`."""
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        shown = " ".join(name.split())[:64] or f"Person {len(self.people) + 1}"
        person = Person(FIRST_CHAT_ID + len(self.people), shown, language)
        self.double.set_user(person.chat_id, person.name, language_code=language)
        self.people.append(person)
        self.double.world.touch()
        return person

    def person(self, chat_id: int) -> Person | None:
        """The person of a chat, if there is one."""
        return next((p for p in self.people if p.chat_id == chat_id), None)

    def named(self, name: str) -> Person | None:
        """The person of this name (any case), if there is one."""
        return next((p for p in self.people if p.name.lower() == name.strip().lower()), None)

    # -- acting as a person -----------------------------------------------------------------

    async def say(self, chat_id: int, text: str) -> None:
        """The person sends a message."""
        await self.double.send_text(chat_id, text)

    async def press(self, chat_id: int, message_id: int, data: str) -> None:
        """The person presses a button the bot's message shows (AssertionError if it does not)."""
        await self.double.press_button(chat_id, message_id, data)

    async def share_location(self, chat_id: int, latitude: float, longitude: float) -> None:
        """The person shares a location."""
        await self.double.send_location(chat_id, latitude, longitude)

    # -- the clock --------------------------------------------------------------------------

    def next_due(self) -> datetime | None:
        """When the earliest reminder still owed falls due, if any."""
        with session_scope(self.engine) as session:
            return next_pending_due_at(session)

    def patient_zone(self, chat_id: int) -> ZoneInfo | None:
        """The zone of the chat's patient, if the chat has a patient record."""
        with session_scope(self.engine) as session:
            patient = get_patient_by_chat(session, chat_id=chat_id)
            return zone_of(patient) if patient is not None else None

    def zone_for(self, chat_id: int) -> ZoneInfo:
        """The zone a chat's times are shown in: the patient's, else the bot's default."""
        zone = self.patient_zone(chat_id)
        return zone or ZoneInfo(self.application.bot_data.settings.default_time_zone)

    async def move_clock(self, by: timedelta) -> None:
        """Move the clock forward by `by`, each reminder on the way sent at its time."""
        await self._walk_to(self.clock() + by)

    async def to_next_reminder(self) -> datetime | None:
        """Move the clock to the next reminder and send it; when that was, or None."""
        due = self.next_due()
        if due is None:
            return None
        await self._walk_to(max(due, self.clock()))
        return due

    async def _walk_to(self, target: datetime) -> None:
        """Stop at every reminder due before `target` and let it go out, then go on to it."""
        for _ in range(MOST_STEPS):
            due = self.next_due()
            if due is None or due > target:
                break
            self.clock.move_to(due)
            await self._deliver()
            if (left := self.next_due()) is not None and left <= due:
                break  # not sent (or sent again at once): walking on would loop
        self.clock.move_to(target)
        await self._deliver()
        await self.double.changed()

    async def _deliver(self) -> None:
        """Wake the reminder loop for the clock's new time and wait until it is done."""
        await rearm_reminders(self.application)
        await self.settled()

    # -- waiting for the bot ----------------------------------------------------------------

    async def settled(self, timeout: float = SETTLE_TIMEOUT) -> None:  # noqa: ASYNC109
        """Wait until the bot has handled everything sent to it and sent everything due."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        calm_since = loop.time()
        while loop.time() < deadline:
            await asyncio.sleep(POLL)
            if self._busy():
                calm_since = loop.time()
            elif loop.time() - max(calm_since, self._last_call_at()) >= QUIET:
                return
        logger.warning("the bot was still busy after %.0f s", timeout)

    def _busy(self) -> bool:
        """Whether an update or a reminder is still on its way."""
        application = self.application
        processor = application.update_processor
        assert isinstance(processor, ChatOrderedUpdateProcessor)
        if self.double.updates_waiting or application.update_queue.qsize():
            return True
        if processor.current_concurrent_updates or application.bot_data.dispatcher.busy:
            return True
        assert application.job_queue is not None
        soon = datetime.now(UTC) + timedelta(seconds=0.5)
        for job in application.job_queue.get_jobs_by_name(WAKE_JOB):
            if job.next_t is not None and job.next_t < soon:
                return True
        due = self.next_due()
        return due is not None and due <= self.clock()

    def _last_call_at(self) -> float:
        """When the bot last called the Bot API for anything but updates (loop time)."""
        for call in reversed(self.double.calls):
            if call.method != "getUpdates":
                return call.at
        return float("-inf")


def try_settings(*, api_url: str, database_url: str) -> Settings:
    """The bot's settings for a try-out: the environment's, but this Bot API and database,
    and no endpoint or feed that would listen for anyone else."""
    return Settings(
        telegram_bot_token=SecretStr(TRY_TOKEN),
        telegram_api_base_url=api_url,
        database_url=database_url,
        health_port=None,
        calendar_base_url="",
        webhook_url="",
    )


@asynccontextmanager
async def trying(*, database_url: str, clock: MovableClock) -> AsyncIterator[TrySession]:
    """Start the embedded Bot API and the real bot on `database_url` (migrated first), with
    the first people in it; stop both at the end."""
    double = BotApiDouble(bot_username=BOT_USERNAME, token=TRY_TOKEN, clock=clock.timestamp)
    await double.start()
    engine = create_database_engine(database_url)
    try:
        upgrade_to_latest(engine)
        settings = try_settings(api_url=double.api_url, database_url=database_url)
        application = build_application(settings, engine, clock=clock)
        source = Polling(application)
        try:
            await start_serving(application, source)
            session = TrySession(double=double, application=application, clock=clock)
            for name, language in FIRST_PEOPLE:
                session.add_person(name, language)
            yield session
        finally:
            await stop_serving(application, source)
    finally:
        engine.dispose()
        await double.stop()
