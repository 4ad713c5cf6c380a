"""Telegram's webhook: updates posted over HTTP, checked, and put on the Application's queue.

Used instead of python-telegram-bot's own webhook server, which answers a body that is not
JSON with 500 (Telegram then redelivers it for hours) and logs the whole body of one that is
not an update, message text included. Here the secret is compared in constant time, and any
body that is not an update gets 400 and one warning line that holds its size, never its content.
"""

import asyncio
import hmac
import json
import logging
import re
from http import HTTPStatus
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import ExtBot
from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

from bot.context import BotApplication

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class Webhook:
    """Receives updates on listen:port at the path of `url`, which Telegram is told to call."""

    method = "setWebhook"

    def __init__(
        self, application: BotApplication, *, listen: str, port: int, url: str, secret: str
    ) -> None:
        """Prepare the server; nothing listens until start()."""
        self.application = application
        self.listen = listen
        self.port = port
        self.url = url
        self.secret = secret
        self._server: HTTPServer | None = None

    async def register(self) -> None:
        """Tell Telegram the URL and the secret it must send with every update."""
        await self.application.bot.set_webhook(
            url=self.url, allowed_updates=Update.ALL_TYPES, secret_token=self.secret
        )

    async def start(self) -> None:
        """Listen for Telegram's posts."""
        path = re.escape(urlsplit(self.url).path.rstrip("/"))
        shared = {
            "bot": self.application.bot,
            "queue": self.application.update_queue,
            "secret": self.secret,
        }
        app = _QuietApplication([(rf"{path}/?", _Updates, shared)])
        self._server = app.listen(self.port, self.listen)
        logger.info("webhook listening on %s:%s", self.listen, self.port)

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None


class _QuietApplication(Application):
    """No access log: a line per update would say nothing the bot's own logs do not."""

    def log_request(self, handler: RequestHandler) -> None:
        """Log nothing."""


class _Updates(RequestHandler):
    """POST: 403 without the secret, 400 for anything but an update, else 200 and queued."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, bot: ExtBot[None], queue: asyncio.Queue[object], secret: str) -> None:
        """Remember where updates go and the secret they must carry."""
        self.bot = bot
        self.queue = queue
        self.secret = secret

    async def post(self) -> None:
        """Check, parse and queue one update."""
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            logger.debug("webhook: a post without the right secret was refused")
            self.send_error(HTTPStatus.FORBIDDEN)
            return
        update = self._update()
        if update is None:
            logger.warning(
                "webhook: refused a body that is not a Telegram update (%d bytes)",
                len(self.request.body),
            )
            self.send_error(HTTPStatus.BAD_REQUEST)
            return
        self.bot.insert_callback_data(update)
        await self.queue.put(update)

    def _update(self) -> Update | None:
        """The posted update, or None if the body is not one."""
        try:
            data = json.loads(self.request.body)
            return Update.de_json(data, self.bot) if isinstance(data, dict) else None
        except Exception:  # noqa: BLE001  # whatever malformed JSON or fields raise: not an update
            return None
