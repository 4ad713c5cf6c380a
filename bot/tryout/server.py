"""The chat page: plain HTML, CSS and JavaScript served by aiohttp on 127.0.0.1, and the small
JSON API it talks to (the chats as they are, what a person does, the clock).

The page long-polls /api/state: the answer comes as soon as anything it shows changed (a
message, an edit, a person, the clock), or after POLL_SECONDS with nothing new.
"""

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable
from datetime import timedelta
from importlib import resources
from typing import Any

from aiohttp import web

from bot.tryout.places import PLACES
from bot.tryout.session import LANGUAGES, Person, TrySession
from bot.tryout.view import reply_keyboard, shown_messages

logger = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
POLL_SECONDS = 20.0
# The page's own files; nothing else is served from the package.
STATIC = {
    "chat.css": "text/css",
    "chat.js": "text/javascript",
}
MOVES = {"hour": timedelta(hours=1), "day": timedelta(days=1)}
MAX_TEXT = 4096

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ChatPage:
    """Serves the chat page for one try-out on 127.0.0.1."""

    def __init__(self, session: TrySession) -> None:
        """Nothing listens until start()."""
        self.session = session
        self._runner: web.AppRunner | None = None
        self._socket: socket.socket | None = None
        self._clock_moving = asyncio.Lock()

    async def start(self, port: int = 0) -> None:
        """Listen on 127.0.0.1:`port` (any free port for 0)."""
        app = web.Application(middlewares=[self._only_this_page])
        app.router.add_get("/", self._index)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/files/{file_id}", self._file)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/say", self._say)
        app.router.add_post("/api/press", self._press)
        app.router.add_post("/api/location", self._location)
        app.router.add_post("/api/people", self._add_person)
        app.router.add_post("/api/clock", self._move_clock)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((LOOPBACK, port))
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.SockSite(self._runner, self._socket).start()

    async def stop(self) -> None:
        """Close the server and its socket."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    @property
    def port(self) -> int:
        """The port the page is served on."""
        assert self._socket is not None, "the page is not being served"
        port: int = self._socket.getsockname()[1]
        return port

    @property
    def url(self) -> str:
        """The page's address."""
        return f"http://{LOOPBACK}:{self.port}/"

    # -- guarding ---------------------------------------------------------------------------

    @web.middleware
    async def _only_this_page(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Answer only requests addressed to this page (no other site's page, no DNS rebinding)
        and changes sent as JSON (which another site's page cannot post without asking)."""
        if request.host not in (f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"):
            return web.json_response({"error": "unknown host"}, status=403)
        if request.method == "POST" and request.content_type != "application/json":
            return web.json_response({"error": "send JSON"}, status=415)
        return await handler(request)

    # -- the page ---------------------------------------------------------------------------

    async def _index(self, request: web.Request) -> web.Response:
        """The page itself."""
        return web.Response(body=_asset("index.html"), content_type="text/html", charset="utf-8")

    async def _static(self, request: web.Request) -> web.Response:
        """The page's stylesheet and script."""
        name = request.match_info["name"]
        if name not in STATIC:
            raise web.HTTPNotFound
        return web.Response(body=_asset(name), content_type=STATIC[name], charset="utf-8")

    async def _file(self, request: web.Request) -> web.Response:
        """A document (downloaded under its name) or a photo (shown) the bot sent."""
        upload = self.session.double.world.file(request.match_info["file_id"])
        if upload is None:
            raise web.HTTPNotFound
        image = _image_type(upload.data)
        if image is not None and request.query.get("download") != "1":
            return web.Response(body=upload.data, content_type=image)
        safe_name = "".join(c for c in upload.filename if c.isalnum() or c in "._- ") or "file"
        return web.Response(
            body=upload.data,
            content_type=upload.content_type or "application/octet-stream",
            headers={"Content-Disposition": f'attachment; filename="{safe_name}"'},
        )

    # -- the chats --------------------------------------------------------------------------

    async def _state(self, request: web.Request) -> web.Response:
        """Everything the page shows, once it changed since the revision the page has."""
        since = _int(request.query.get("since"), default=-1)
        if since >= 0:
            await self.session.double.wait_for_revision(since, POLL_SECONDS)
        chat_id = _int(request.query.get("chat"), default=0)
        return web.json_response(self.state(chat_id))

    def state(self, chat_id: int) -> dict[str, Any]:
        """The people, the chat of `chat_id` (else the first person's) and the clock."""
        session = self.session
        world = session.double.world
        person = session.person(chat_id) or session.people[0]
        due = session.next_due()
        patient_zone = session.patient_zone(person.chat_id)
        return {
            "revision": world.revision,
            "bot": world.bot_user["username"],
            "people": [
                {
                    "chat_id": p.chat_id,
                    "name": p.name,
                    "language": p.language,
                    "last_bot_message": max(world.messages.get(p.chat_id, {}), default=0),
                }
                for p in session.people
            ],
            "languages": list(LANGUAGES),
            "places": [
                {"name": p.name, "latitude": p.latitude, "longitude": p.longitude} for p in PLACES
            ],
            "chat": self._chat(person),
            "clock": {
                "now": session.clock().timestamp(),
                "zone": session.zone_for(person.chat_id).key,
                "patient": patient_zone is not None,
                "next_due": due.timestamp() if due is not None else None,
            },
        }

    def _chat(self, person: Person) -> dict[str, Any]:
        """One person's chat: messages, keyboard, command menu and answers to pressed buttons."""
        world = self.session.double.world
        answers = [a for a in world.callback_answers if a.chat_id == person.chat_id][-5:]
        return {
            "chat_id": person.chat_id,
            "name": person.name,
            "language": person.language,
            "messages": [m.as_json() for m in shown_messages(world, person.chat_id)],
            "keyboard": [
                [key.as_json() for key in row] for row in reply_keyboard(world, person.chat_id)
            ],
            "commands": world.commands_for(person.language),
            "answers": [
                {"revision": a.revision, "text": a.text, "alert": a.show_alert} for a in answers
            ],
        }

    # -- what a person does -----------------------------------------------------------------

    async def _say(self, request: web.Request) -> web.Response:
        """The person sends a message."""
        body = await _json(request)
        person = self._person(body)
        text = str(body.get("text") or "")
        if not text.strip() or len(text) > MAX_TEXT:
            raise _bad(f"a message has 1 to {MAX_TEXT} characters")
        await self.session.say(person.chat_id, text)
        return web.json_response({"ok": True})

    async def _press(self, request: web.Request) -> web.Response:
        """The person presses an inline button of one of the bot's messages."""
        body = await _json(request)
        person = self._person(body)
        message_id = _int(body.get("message_id"), default=0)
        try:
            await self.session.press(person.chat_id, message_id, str(body.get("data") or ""))
        except AssertionError:
            return web.json_response(
                {"error": "That button is not on the message any more."}, status=409
            )
        return web.json_response({"ok": True})

    async def _location(self, request: web.Request) -> web.Response:
        """The person shares a location."""
        body = await _json(request)
        person = self._person(body)
        try:
            latitude, longitude = float(body["latitude"]), float(body["longitude"])
        except (KeyError, TypeError, ValueError):
            raise _bad("latitude and longitude are numbers") from None
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise _bad("that is not a place on Earth")
        await self.session.share_location(person.chat_id, latitude, longitude)
        return web.json_response({"ok": True})

    async def _add_person(self, request: web.Request) -> web.Response:
        """Someone new joins, with their own chat."""
        body = await _json(request)
        try:
            person = self.session.add_person(
                str(body.get("name") or ""), str(body.get("language") or "en")
            )
        except ValueError as error:
            raise _bad(str(error)) from None
        await self.session.double.changed()
        return web.json_response({"chat_id": person.chat_id})

    async def _move_clock(self, request: web.Request) -> web.Response:
        """Move the bot's clock: an hour, a day, or to the next reminder."""
        move = str((await _json(request)).get("move") or "")
        if move not in (*MOVES, "next"):
            raise _bad("move is hour, day or next")
        async with self._clock_moving:
            if move == "next":
                due = await self.session.to_next_reminder()
                if due is None:
                    return web.json_response({"ok": False, "error": "No reminder is planned."})
            else:
                await self.session.move_clock(MOVES[move])
        return web.json_response({"ok": True, "now": self.session.clock().timestamp()})

    def _person(self, body: dict[str, Any]) -> Person:
        """The person a request acts as."""
        person = self.session.person(_int(body.get("chat_id"), default=0))
        if person is None:
            raise _bad("no such person")
        return person


def _asset(name: str) -> bytes:
    """One of the page's files, from the installed package."""
    return (resources.files("bot.tryout") / "static" / name).read_bytes()


def _image_type(data: bytes) -> str | None:
    """The image type of a photo's bytes (PNG or JPEG), else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def _int(value: Any, *, default: int) -> int:
    """A whole number from a query or body value, else `default`."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


async def _json(request: web.Request) -> dict[str, Any]:
    """The request's JSON object."""
    try:
        body = await request.json()
    except ValueError:
        raise _bad("the body is not JSON") from None
    if not isinstance(body, dict):
        raise _bad("the body is not a JSON object")
    return body


def _bad(reason: str) -> web.HTTPBadRequest:
    """A 400 answer saying why."""
    return web.HTTPBadRequest(text=reason)
