"""The subscribable feed: GET /calendar/<token>.ics, on an HTTP server of its own.

Separate from the health endpoint so an operator can expose the feed to the internet and keep
/metrics private. A wrong, revoked or malformed token gets a bare 404, and no log line ever
carries a path (the token is in it). Each request reads the database afresh, so the calendar
follows every change of plan.
"""

import asyncio
import logging

from sqlalchemy import Engine
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from bot.clock import Clock
from bot.features.calendar.source import feed_for_token

logger = logging.getLogger(__name__)

FEED_PATH = "/calendar/{token}.ics"
# secrets.token_urlsafe(32) gives 43 of these characters; anything else is not a token.
_FEED_ROUTE = r"/calendar/([A-Za-z0-9_-]{20,128})\.ics"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def feed_url(base_url: str, token: str) -> str:
    """The https:// (or http://) address of a token's feed."""
    return base_url + FEED_PATH.format(token=token)


def webcal_url(base_url: str, token: str) -> str:
    """The same address as webcal://, which calendar apps open as a subscription."""
    return "webcal://" + feed_url(base_url, token).split("://", 1)[-1]


class CalendarFeedServer:
    """A small HTTP server for the feeds, in the bot's event loop."""

    def __init__(self, *, engine: Engine, clock: Clock, listen: str, port: int) -> None:
        """Serve the feeds of `engine`'s patients on listen:port once started."""
        routes = [(_FEED_ROUTE, _Feed, {"engine": engine, "clock": clock})]
        self._app = Application(
            routes,
            default_handler_class=_NotFound,
            log_function=_log_request,
        )
        self._server: HTTPServer | None = None
        self.listen = listen
        self.port = port

    async def start(self) -> None:
        """Start listening."""
        self._server = HTTPServer(self._app, xheaders=True)
        self._server.add_sockets(bind_sockets(self.port, self.listen))
        logger.info("calendar feeds on %s:%s", self.listen, self.port)

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None


def _log_request(handler: RequestHandler) -> None:
    """A debug line per request, without the path: the path holds the patient's token."""
    logger.debug("calendar feed: %d %s", handler.get_status(), handler.request.method)


class _NotFound(RequestHandler):
    """Anything but a feed: 404, nothing more."""

    def prepare(self) -> None:
        """Answer every method the same."""
        self.set_status(404)
        self.finish()


class _Feed(RequestHandler):
    """One patient's calendar, or a bare 404."""

    def initialize(self, engine: Engine, clock: Clock) -> None:
        """Remember where the records are and what time it is."""
        self.engine = engine
        self.clock = clock

    async def get(self, token: str) -> None:
        """The feed, read and rendered in a worker thread so the bot answers meanwhile."""
        try:
            body = await asyncio.to_thread(feed_for_token, self.engine, token, self.clock())
        except Exception as error:  # noqa: BLE001  # any failure: a bare 500, logged by type
            logger.error("could not render a calendar feed: %s", type(error).__name__)
            self.set_status(500)
            return
        if body is None:
            self.set_status(404)
            return
        self.set_header("Content-Type", CONTENT_TYPE)
        self.set_header("Content-Disposition", 'inline; filename="b12bot.ics"')
        # A private record: no shared cache may keep it.
        self.set_header("Cache-Control", "private, no-store")
        self.write(body)
