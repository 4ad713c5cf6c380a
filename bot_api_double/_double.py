"""The aiohttp server that plays the Telegram Bot API for a real PTB bot."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import socket
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import web

from ._faults import (
    Blocked,
    Delayed,
    Disconnect,
    Fault,
    FaultRule,
    RandomFaults,
    RateLimiter,
    ServerError,
    Timeout,
    answer_for,
)
from ._wire import AnswerError, error_response, make_token, ok_response, read_params
from ._world import JSON, World

LOOPBACK = "127.0.0.1"
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
# Calls that make or change messages in a chat; the ones flood control applies to.
_LIMITED_PREFIXES = ("send", "edit", "copy", "forward", "delete")
# The sendMessage parameter that makes a message a paid broadcast (0.1 Star at Telegram).
_PAID = "allow_paid_broadcast"
# Calls that a patient who blocked the bot refuses with 403.
_BLOCKED_PREFIXES = ("send", "edit", "copy", "forward")


@dataclass
class RecordedCall:
    """One Bot API call the bot made, in arrival order."""

    method: str
    params: dict[str, Any]
    at: float
    response_ok: bool
    # The call took effect (a message reached the chat), whatever the bot was answered.
    delivered: bool = False
    # The fault injected into this call, if any.
    fault: Fault | None = None

    @property
    def chat_id(self) -> Any:
        """The chat_id parameter, if any."""
        return self.params.get("chat_id")

    @property
    def paid(self) -> bool:
        """Whether the bot sent it as a paid broadcast (allow_paid_broadcast=true)."""
        return self.params.get(_PAID) is True

    @property
    def text(self) -> str | None:
        """The text parameter, if any."""
        text = self.params.get("text")
        return text if isinstance(text, str) else None

    def __str__(self) -> str:
        """A short line for failure messages."""
        shown = {k: v for k, v in self.params.items() if k in ("chat_id", "text", "message_id")}
        status = "ok" if self.response_ok else "FAILED"
        if self.delivered and not self.response_ok:
            status = "delivered, answer lost"
        return f"{self.method}({shown}) {status} @{self.at:.3f}"


class _DroppedError(Exception):
    """Close the connection without an answer."""


class BotApiDouble:
    """A local stand-in for api.telegram.org that records calls and lets tests act as users."""

    def __init__(
        self,
        *,
        host: str = LOOPBACK,
        bot_username: str = "b12_test_bot",
        port: int = 0,
        token: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Prepare a double; nothing listens until start() (on `port`, or any free one if 0).
        `token`: the bot's (a random one by default); `clock` dates the messages."""
        assert host == LOOPBACK, "the Bot API double only ever binds to 127.0.0.1"
        self._port = port
        self.token = token or make_token()
        self.world = World(int(self.token.split(":")[0]), bot_username, clock)
        # The newest update_id getUpdates has handed out.
        self.handed_out = 0
        self.calls: list[RecordedCall] = []
        self.count_429 = 0
        self._cursor = 0
        self._faults: list[FaultRule] = []
        self._random_faults: list[RandomFaults] = []
        self._rate_limiter: RateLimiter | None = None
        self._paid_refusal: str | None = None
        self._methods = self.world.handlers()
        self._by_lower = {name.lower(): name for name in [*self._methods, "getUpdates"]}
        self._changed = asyncio.Condition()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._socket: socket.socket | None = None

    # -- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1, on the port given at creation or a free one."""
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        app.router.add_route("*", "/{bot}/{method}", self._handle)
        app.router.add_route("*", "/{tail:.*}", self._not_found)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind((LOOPBACK, self._port))
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.SockSite(self._runner, self._socket).start()

    async def stop(self) -> None:
        """Release long polls and sleeping faults, then close the server and its socket."""
        self._closing.set()
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    async def __aenter__(self) -> Self:
        """Start the server."""
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop the server."""
        await self.stop()

    @property
    def port(self) -> int:
        """The TCP port the double listens on."""
        assert self._socket is not None, "the double is not running"
        port: int = self._socket.getsockname()[1]
        return port

    @property
    def api_url(self) -> str:
        """Root URL; use f'{api_url}/bot' as PTB base_url and f'{api_url}/file/bot' for files."""
        return f"http://{LOOPBACK}:{self.port}"

    # -- HTTP -------------------------------------------------------------------------------

    async def _not_found(self, request: web.Request) -> web.Response:
        """Anything outside /bot<token>/<method>."""
        return error_response(AnswerError(404, "Not Found"))

    async def _handle(self, request: web.Request) -> web.Response:
        """Answer one Bot API request."""
        if request.match_info["bot"] != f"bot{self.token}":
            return error_response(AnswerError(401, "Unauthorized"))
        method = self._by_lower.get(request.match_info["method"].lower())
        params = await read_params(request)
        call = RecordedCall(method or request.match_info["method"], params, self._now(), False)
        self.calls.append(call)
        try:
            if method is None:
                raise AnswerError(404, "Not Found")
            result = await self._dispatch(call)
        except AnswerError as failure:
            self.count_429 += failure.code == 429
            await self._notify()
            return error_response(failure)
        except _DroppedError:
            await self._notify()
            if request.transport is not None:
                request.transport.close()
            raise web.HTTPInternalServerError from None
        return ok_response(result)

    async def _dispatch(self, call: RecordedCall) -> Any:
        """Apply faults and flood control, then run the method."""
        fault = call.fault = self._take_fault(call)
        if fault is not None:
            return await self._faulty(call, fault)
        self._check_blocked(call)
        self._check_paid(call)
        self._check_rate(call)
        if call.method == "getUpdates":
            call.response_ok = True
            await self._notify()
            return await self._get_updates(call.params)
        result = self._run(call)
        call.response_ok = True
        await self._notify()
        return result

    async def _faulty(self, call: RecordedCall, fault: Fault) -> Any:
        """Answer a call as its injected fault says (running it first if it is delivered)."""
        match fault:
            case Timeout(seconds=seconds, delivered=delivered):
                await self._notify()
                if delivered:
                    self._run(call)
                await self._sleep(seconds)
                raise AnswerError(500, "Internal Server Error")
            case Delayed(answer=answer):
                result = self._run(call)
                await self._notify()
                await self._until(answer)
                call.response_ok = True
                await self._notify()
                return result
            case Disconnect(delivered=delivered):
                if delivered:
                    self._run(call)
                raise _DroppedError
            case ServerError(delivered=True):
                self._run(call)
                raise answer_for(fault)
            case _:
                raise answer_for(fault)

    def _run(self, call: RecordedCall) -> Any:
        """Run a synchronous method against the world; the call is delivered once it returns."""
        result = self._methods[call.method](call.params)
        call.delivered = True
        return result

    def _take_fault(self, call: RecordedCall) -> Fault | None:
        """Consume the first fail_next() rule matching this call, else draw a random fault."""
        for rule in self._faults:
            if rule.matches(call.method, call.params):
                rule.times -= 1
                return rule.fault
        for order in self._random_faults:
            if (fault := order.draw(call.method)) is not None:
                return fault
        return None

    def _check_blocked(self, call: RecordedCall) -> None:
        """Answer 403 to a message for a patient who blocked the bot."""
        if call.method.startswith(_BLOCKED_PREFIXES) and call.chat_id in self.world.blocked:
            raise answer_for(Blocked())

    def _check_paid(self, call: RecordedCall) -> None:
        """Answer 400 to a paid broadcast while paid broadcasts are refused."""
        if self._paid_refusal is not None and call.method == "sendMessage" and call.paid:
            raise AnswerError(400, self._paid_refusal)

    def _check_rate(self, call: RecordedCall) -> None:
        """Answer 429 past the configured flood limits."""
        if self._rate_limiter is None or not call.method.startswith(_LIMITED_PREFIXES):
            return
        paid = call.method == "sendMessage" and call.paid
        self._rate_limiter.admit(call.params.get("chat_id"), self._now(), paid=paid)

    async def _get_updates(self, params: JSON) -> list[JSON]:
        """Long polling: answer at once if updates are queued, else wait up to `timeout`."""
        if self.world.webhook_url:
            raise AnswerError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        if isinstance(offset, int) and offset:
            self.world.confirm(offset)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = float(params.get("timeout") or 0)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(
                    lambda: bool(self.world.pending_updates) or self._closing.is_set()
                )
        updates = copy.deepcopy(self.world.pending_updates[:limit])
        self.handed_out = max([self.handed_out, *(u["update_id"] for u in updates)])
        return updates

    async def _until(self, event: asyncio.Event) -> None:
        """Wait until `event` is set, or the double stops."""
        waits = [asyncio.ensure_future(event.wait()), asyncio.ensure_future(self._closing.wait())]
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()

    async def _sleep(self, seconds: float) -> None:
        """Sleep, but wake up early when the double stops."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._closing.wait()

    async def _notify(self) -> None:
        """Wake everyone waiting on new calls or updates."""
        async with self._changed:
            self._changed.notify_all()

    def _now(self) -> float:
        """Event loop time, the clock of RecordedCall.at."""
        return asyncio.get_running_loop().time()

    # -- faults -----------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        error: Fault,
        times: int = 1,
        chat_id: Any = None,
        *,
        containing: str | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` (optionally to one chat, or whose text
        contains some words) with `error`."""
        self._faults.append(FaultRule(method, error, times, chat_id, containing))

    def fail_randomly(
        self, method: str, faults: Sequence[Fault], rate: float, *, seed: int = 0
    ) -> None:
        """Give each later call of `method` one of `faults` (chosen at random) with `rate`."""
        self._random_faults.append(RandomFaults(method, faults, rate, seed))

    def enforce_rate_limit(
        self, per_second: int = 30, per_chat_per_second: int = 1, paid_per_second: int = 1000
    ) -> None:
        """Answer 429 with a realistic retry_after past these limits (sliding 1 s window);
        paid broadcasts count against `paid_per_second` instead of `per_second`."""
        self._rate_limiter = RateLimiter(per_second, per_chat_per_second, paid_per_second)

    def refuse_paid_broadcasts(
        self, description: str = "Bad Request: not enough Stars to pay for the broadcast"
    ) -> None:
        """From now on answer every paid broadcast 400, as Telegram does when the bot's Stars
        balance cannot pay for it."""
        self._paid_refusal = description

    # -- acting as patients -----------------------------------------------------------------

    def set_user(self, user_id: int, first_name: str, **fields: Any) -> None:
        """Describe a patient (e.g. language_code='de', username='anna')."""
        self.world.user(user_id).update(first_name=first_name, **fields)

    async def send_text(self, user_id: int, text: str, *, reply_to: int | None = None) -> int:
        """The patient writes `text` (maybe replying to a bot message); returns the update_id."""
        return await self._queued(self.world.patient_text(user_id, text, reply_to))

    async def send_location(self, user_id: int, latitude: float, longitude: float) -> int:
        """The patient shares a location; returns the update_id."""
        location = {"location": {"latitude": latitude, "longitude": longitude}}
        return await self._queued(self.world.patient_message(user_id, location))

    async def press_button(
        self, user_id: int, message_id: int, data: str, *, check: bool = True
    ) -> int:
        """The patient presses an inline button (check: it must be on the message now)."""
        return await self._queued(self.world.patient_press(user_id, message_id, data, check))

    async def block_bot(self, user_id: int, *, announce: bool = True) -> None:
        """The patient blocks the bot: sends to them get 403; `announce`: my_chat_member says so."""
        self.world.blocked.add(user_id)
        if announce:
            await self._queued(self.world.membership_changed(user_id, "member", "kicked"))

    async def unblock_bot(self, user_id: int, *, announce: bool = True) -> None:
        """The patient unblocks the bot; `announce`: my_chat_member "member" again."""
        self.world.blocked.discard(user_id)
        if announce:
            await self._queued(self.world.membership_changed(user_id, "kicked", "member"))

    async def _queued(self, update_id: int) -> int:
        """Wake long polls after an update was queued."""
        await self._notify()
        return update_id

    @property
    def updates_waiting(self) -> bool:
        """Whether an update is queued that the bot has not fetched yet."""
        return any(u["update_id"] > self.handed_out for u in self.world.pending_updates)

    # -- watching chats (bot/tryout's chat page) ---------------------------------------------

    async def changed(self) -> None:
        """Something a chat viewer shows changed outside the world (say the bot's clock)."""
        self.world.touch()
        await self._notify()

    async def wait_for_revision(self, after: int, timeout: float) -> int:  # noqa: ASYNC109
        """The world's revision once it is past `after`, or as it is after `timeout` seconds."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(
                    lambda: self.world.revision > after or self._closing.is_set()
                )
        return self.world.revision

    # -- inspecting and awaiting ------------------------------------------------------------

    @property
    def paid_sends(self) -> int:
        """sendMessage calls delivered as paid broadcasts (what Telegram would charge for)."""
        return sum(
            1
            for call in self.calls
            if call.method == "sendMessage" and call.paid and call.delivered
        )

    def calls_to(self, method: str) -> list[RecordedCall]:
        """All recorded calls of one method (case-insensitive)."""
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def sent_messages(self, chat_id: int) -> list[JSON]:
        """The bot's messages in a chat as they look now (after edits, without deleted ones)."""
        return [copy.deepcopy(m) for m in self.world.messages.get(chat_id, {}).values()]

    def last_message(self, chat_id: int) -> JSON | None:
        """The bot's latest surviving message in a chat."""
        messages = self.sent_messages(chat_id)
        return messages[-1] if messages else None

    def mark(self) -> int:
        """An index for wait_for(since=...): only calls from now on."""
        return len(self.calls)

    async def wait_for(
        self,
        method: str = "sendMessage",
        *,
        chat_id: Any = None,
        predicate: Callable[[RecordedCall], bool] | None = None,
        ok: bool | None = None,
        since: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - a per-call deadline is the API tests want
    ) -> RecordedCall:
        """The next matching call after the cursor (or `since`); moves the cursor past it."""
        start = self._cursor if since is None else since

        def matches(call: RecordedCall) -> bool:
            return (
                call.method.lower() == method.lower()
                and (chat_id is None or call.params.get("chat_id") == chat_id)
                and (ok is None or call.response_ok == ok)
                and (predicate is None or predicate(call))
            )

        try:
            index = await self._await_index(start, matches, timeout)
        except TimeoutError:
            raise AssertionError(self._timeout_report(method, chat_id, start, timeout)) from None
        self._cursor = max(self._cursor, index + 1)
        return self.calls[index]

    async def _await_index(
        self, start: int, matches: Callable[[RecordedCall], bool], seconds: float
    ) -> int:
        """Index of the first call from `start` on that matches, waiting for it."""
        found: list[int] = []

        def scan() -> bool:
            found[:] = [i for i in range(start, len(self.calls)) if matches(self.calls[i])][:1]
            return bool(found)

        async with asyncio.timeout(seconds), self._changed:
            await self._changed.wait_for(scan)
        return found[0]

    def _timeout_report(self, method: str, chat_id: Any, start: int, timeout: float) -> str:
        """Explain a wait_for timeout with the recent non-polling calls."""
        recent = [c for c in self.calls if c.method != "getUpdates"][-12:]
        lines = "\n".join(f"  {c}" for c in recent) or "  (none)"
        return (
            f"no {method} call (chat_id={chat_id}) after call #{start} within {timeout}s; "
            f"recent calls:\n{lines}"
        )

    async def reply_to(self, user_id: int, text: str, timeout: float = 5.0) -> str:  # noqa: ASYNC109
        """Send `text` as the patient and return the text of the bot's next reply."""
        since = self.mark()
        await self.send_text(user_id, text)
        call = await self.wait_for(
            "sendMessage", chat_id=user_id, ok=True, since=since, timeout=timeout
        )
        return call.text or ""

    async def wait_until_polled(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot has called getUpdates at least once."""
        try:
            await self._await_index(0, lambda call: call.method == "getUpdates", timeout)
        except TimeoutError:
            raise AssertionError(self._timeout_report("getUpdates", None, 0, timeout)) from None

    async def idle(self, quiet: float = 0.2, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot made no call but getUpdates for `quiet` seconds."""
        async with asyncio.timeout(timeout):
            while True:
                busy = [c for c in self.calls if c.method != "getUpdates"]
                last = busy[-1].at if busy else float("-inf")
                remaining = last + quiet - self._now()
                if remaining <= 0:
                    return
                await asyncio.sleep(remaining)


@contextlib.asynccontextmanager
async def running_double(*, bot_username: str = "b12_test_bot") -> AsyncIterator[BotApiDouble]:
    """A started double, stopped on exit; wrap this in a pytest fixture."""
    async with BotApiDouble(bot_username=bot_username) as double:
        yield double
