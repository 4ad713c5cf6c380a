"""The bot from start to stop: reach Telegram however long it takes, receive updates, stop in order.

python-telegram-bot's run_polling and run_webhook end the process at the first failed start-up
call (told to retry, they retry without saying why), log a rejected token and every failed poll
as a traceback, and stop the job queue while a reminder wake-up can still be armed, which
APScheduler then starts and cancels with an error. The same steps, run here:

1. open the health endpoint (/readyz says 503 until updates flow);
2. getMe, then deleteWebhook (polling) or setWebhook (webhook), each retried with back-off
   growing to LONGEST_WAIT and one warning line per failed attempt; only a token Telegram
   rejects (InvalidToken, its 401) ends the process;
3. post_init: reminder delivery (on the replica holding the lease) and the command menu;
4. receive updates until SIGINT or SIGTERM;
5. stop receiving, stop arming reminder wake-ups, let python-telegram-bot finish what is under
   way, close.

Polling stays python-telegram-bot's Updater; the webhook server is bot/telegram/webhook.py.
"""

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any, Protocol, TypeVar

from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.context import BotApplication

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Seconds between start-up attempts: FIRST_WAIT, then twice as long each time, at most this.
FIRST_WAIT = 0.5
LONGEST_WAIT = 30.0


class UpdateSource(Protocol):
    """Where updates come from: long polling or Telegram's webhook."""

    @property
    def method(self) -> str:
        """The Bot API call that tells Telegram where updates go (for the logs)."""
        ...

    async def register(self) -> None:
        """Tell Telegram where to send updates (retried until it answers)."""

    async def start(self) -> None:
        """Start putting updates on the application's queue."""

    async def stop(self) -> None:
        """Stop receiving updates (nothing happens if they never started)."""


class Polling:
    """Long polling through python-telegram-bot's Updater, its failures one line each."""

    method = "deleteWebhook"

    def __init__(self, application: BotApplication) -> None:
        """Poll for `application`."""
        assert application.updater is not None
        self.updater = application.updater

    async def register(self) -> None:
        """No webhook may be set while polling."""
        await self.updater.bot.delete_webhook()

    async def start(self) -> None:
        """Poll in the background; the Updater retries a failed poll with capped back-off."""
        # The Updater deletes the webhook again (register just did): should that call fail,
        # it retries quietly instead of giving up.
        await self.updater.start_polling(
            allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1, error_callback=polling_failed
        )

    async def stop(self) -> None:
        """Stop polling, marking what was fetched as read."""
        if self.updater.running:
            await self.updater.stop()


def polling_failed(error: TelegramError) -> None:
    """One line for a failed getUpdates (the Updater retries it): a warning for the network,
    an error for anything else (another process polling with the same token, say)."""
    level = logging.WARNING if isinstance(error, NetworkError) else logging.ERROR
    logger.log(level, "getUpdates failed (%s); retrying", _reason(error))


async def serve(application: BotApplication, source: UpdateSource) -> bool:
    """Run the bot until SIGINT or SIGTERM; False if Telegram rejected the token."""
    stop_requested = _stop_requested()
    try:
        await application.bot_data.operations.open_health(application)
        if await _unless(stop_requested, start_serving(application, source)):
            await stop_requested.wait()
    except InvalidToken as error:
        logger.error(
            "Telegram rejected the bot token (%s); set a valid TELEGRAM_BOT_TOKEN", error.message
        )
        return False
    finally:
        await stop_serving(application, source)
    return True


async def start_serving(application: BotApplication, source: UpdateSource) -> None:
    """Connect to Telegram (retrying as long as it takes), start the operations, then updates."""
    await until_answered(application.initialize, method="getMe")
    await until_answered(source.register, method=source.method)
    if application.post_init is not None:
        await application.post_init(application)
    await source.start()
    await application.start()
    logger.info("connected to Telegram as @%s", application.bot.username)


async def stop_serving(application: BotApplication, source: UpdateSource) -> None:
    """Stop receiving, then reminder wake-ups, then the application, then the operations."""
    await source.stop()
    # The job queue waits only for jobs already running when it stops; a wake-up armed after
    # that (the ending delivery run re-arms for what it left) would be cancelled as an error.
    await application.bot_data.operations.wind_down(application)
    if application.running:
        await application.stop()
    await application.shutdown()
    # shutdown() skips the bot when initialize() never finished; its connections stay open.
    await application.bot.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)


async def until_answered(
    call: Callable[[], Awaitable[T]], *, method: str, failed: TelegramError | None = None
) -> T:
    """Call Telegram until it answers, one warning line per failed attempt; `failed`: the
    error of an attempt already made. A rejected token is raised: no retry can mend it."""
    attempt = 0
    while True:
        if failed is not None:
            attempt += 1
            wait = _wait_after(failed, attempt)
            logger.warning(
                "%s failed (attempt %d: %s); retrying in %.1f s",
                method,
                attempt,
                _reason(failed),
                wait,
            )
            await asyncio.sleep(wait)
        try:
            return await call()
        except InvalidToken:
            raise
        except TelegramError as error:
            failed = error


async def now_or_in_background(
    call: Callable[[], Awaitable[object]],
    *,
    method: str,
    background: Callable[[Coroutine[Any, Any, object]], None],
) -> None:
    """Call Telegram now; should it fail, keep retrying through `background` and go on."""
    try:
        await call()
    except InvalidToken:
        raise
    except TelegramError as error:
        background(until_answered(call, method=method, failed=error))


def _wait_after(error: TelegramError, attempt: int) -> float:
    """Seconds before the next attempt: what Telegram asked for, else doubling up to a cap."""
    if isinstance(error, RetryAfter):
        retry_after = error.retry_after
        if isinstance(retry_after, timedelta):
            return retry_after.total_seconds()
        return float(retry_after)
    return min(LONGEST_WAIT, FIRST_WAIT * 2.0 ** (attempt - 1))


def _reason(error: TelegramError) -> str:
    """The error's kind and Telegram's words, for one log line."""
    return f"{type(error).__name__}: {error.message}"


def _stop_requested() -> asyncio.Event:
    """An event that SIGINT or SIGTERM sets."""
    requested = asyncio.Event()
    loop = asyncio.get_running_loop()
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(stop_signal, requested.set)
    return requested


async def _unless(event: asyncio.Event, work: Coroutine[Any, Any, None]) -> bool:
    """Run `work` unless `event` is set first (then cancel it); whether it ran to the end."""
    task = asyncio.ensure_future(work)
    waiter = asyncio.ensure_future(event.wait())
    try:
        await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
    if not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return False
    task.result()
    return True
