"""Run `b12bot run` as an operator would (long polling or webhook) and talk to it over HTTP."""

import asyncio
import json
import os
import secrets
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import ExitStack, asynccontextmanager, closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import Engine

from bot_api_double import BotApiDouble

B12BOT = Path(sys.executable).with_name("b12bot")
STARTUP = 20.0


def free_ports(count: int) -> list[int]:
    """Distinct TCP ports on 127.0.0.1 that nobody listens on now (held open together)."""
    with ExitStack() as stack:
        probes = [stack.enter_context(closing(socket.socket())) for _ in range(count)]
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [int(probe.getsockname()[1]) for probe in probes]


@dataclass
class BotProcess:
    """One running `b12bot run [--webhook]`, with its ports and log file."""

    process: asyncio.subprocess.Process
    health_port: int
    log: Path
    webhook_port: int = 0
    secret: str = ""

    @property
    def webhook_url(self) -> str:
        """Where Telegram (the test) posts updates."""
        return f"http://127.0.0.1:{self.webhook_port}/telegram"

    async def health(self, path: str) -> tuple[int, Any]:
        """GET a health path; the status and the body (JSON for /readyz)."""
        url = f"http://127.0.0.1:{self.health_port}{path}"
        async with aiohttp.ClientSession() as client, client.get(url) as response:
            body = await (response.json() if path == "/readyz" else response.text())
            return response.status, body

    async def post_update(self, update: dict[str, Any], secret: str | None) -> int:
        """POST an update to the webhook as Telegram would; the HTTP status."""
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        async with (
            aiohttp.ClientSession() as client,
            client.post(self.webhook_url, json=update, headers=headers) as response,
        ):
            return response.status

    async def post_body(self, body: bytes, secret: str) -> int:
        """POST raw bytes to the webhook, labelled as JSON; the HTTP status."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
        async with (
            aiohttp.ClientSession() as client,
            client.post(self.webhook_url, data=body, headers=headers) as response,
        ):
            return response.status

    def log_lines(self) -> list[dict[str, Any]]:
        """What the bot logged so far, one JSON object a line (anything else as level RAW)."""
        if not self.log.exists():
            return []
        return [_parsed(line) for line in self.log.read_text().splitlines() if line]

    async def wait_for_log(
        self,
        matches: Callable[[dict[str, Any]], bool],
        count: int = 1,
        timeout: float = STARTUP,  # noqa: ASYNC109
    ) -> list[dict[str, Any]]:
        """Wait until at least `count` logged lines match; those lines."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(found := [line for line in self.log_lines() if matches(line)]) < count:
            if loop.time() > deadline:
                raise AssertionError(f"{count} matching lines not logged:\n{self.log.read_text()}")
            if self.process.returncode is not None:
                raise AssertionError(f"the bot exited:\n{self.log.read_text()}")
            await asyncio.sleep(0.05)
        return found

    async def wait_for_readiness(self, status: int, timeout: float = STARTUP) -> Any:  # noqa: ASYNC109
        """Wait until /readyz answers `status`; its body."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            try:
                answered, body = await self.health("/readyz")
            except aiohttp.ClientError:
                answered, body = None, None
            if answered == status:
                return body
            if loop.time() > deadline:
                raise AssertionError(f"/readyz never said {status}:\n{self.log.read_text()}")
            if self.process.returncode is not None:
                raise AssertionError(f"the bot exited:\n{self.log.read_text()}")
            await asyncio.sleep(0.05)

    async def role(self) -> str | None:
        """ "leader", "standby", or None while the health endpoint is not up."""
        try:
            _, body = await self.health("/readyz")
        except aiohttp.ClientError:
            return None
        return str(body["role"])

    async def wait_for_role(self, role: str, timeout: float = STARTUP) -> float:  # noqa: ASYNC109
        """Wait until the process reports `role`; the seconds it took."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        while await self.role() != role:
            if loop.time() - started > timeout:
                raise AssertionError(f"not {role} after {timeout}s:\n{self.log.read_text()}")
            if self.process.returncode is not None:
                raise AssertionError(f"the bot exited:\n{self.log.read_text()}")
            await asyncio.sleep(0.1)
        return loop.time() - started

    async def wait_for_webhook(self, timeout: float = STARTUP) -> None:  # noqa: ASYNC109
        """Wait until the webhook port accepts connections (PTB calls setWebhook first)."""
        async with asyncio.timeout(timeout):
            while True:
                try:
                    _, writer = await asyncio.open_connection("127.0.0.1", self.webhook_port)
                except OSError:
                    await asyncio.sleep(0.05)
                    continue
                writer.close()
                await writer.wait_closed()
                return

    async def stop(self) -> int:
        """SIGTERM, wait, and return the exit code."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(self.process.wait(), timeout=STARTUP)
        return self.process.returncode or 0

    async def wait_for_exit(self, timeout: float = STARTUP) -> int | None:  # noqa: ASYNC109
        """Wait for the process to end by itself; its exit code."""
        await asyncio.wait_for(self.process.wait(), timeout=timeout)
        return self.process.returncode

    async def kill(self) -> None:
        """SIGKILL (no clean-up at all) and reap."""
        if self.process.returncode is None:
            self.process.kill()
            await self.process.wait()


def _parsed(line: str) -> dict[str, Any]:
    """One logged line as its JSON object; a line that is not one (a traceback) as RAW."""
    try:
        entry = json.loads(line)
    except ValueError:
        return {"level": "RAW", "message": line}
    return entry if isinstance(entry, dict) else {"level": "RAW", "message": line}


def database_url(engine: Engine) -> str:
    """The engine's URL as a child process needs it."""
    return engine.url.render_as_string(hide_password=False)


@asynccontextmanager
async def webhook_bot(
    double: BotApiDouble, engine: Engine, log: Path, **settings: str
) -> AsyncIterator[BotProcess]:
    """Start `b12bot run --webhook` on free ports; killed at the end if still running."""
    (webhook_port, health_port), secret = free_ports(2), secrets.token_urlsafe(24)
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DATA", "WEBHOOK"))}
    environment.update(
        TELEGRAM_BOT_TOKEN=double.token,
        TELEGRAM_API_BASE_URL=double.api_url,
        DATABASE_URL=database_url(engine),
        WEBHOOK_URL=f"http://127.0.0.1:{webhook_port}/telegram",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(webhook_port),
        WEBHOOK_SECRET_TOKEN=secret,
        HEALTH_LISTEN="127.0.0.1",
        HEALTH_PORT=str(health_port),
        LOG_LEVEL="DEBUG",
        **settings,
    )
    # A file, not a pipe: nobody reads stderr while the bot runs, and a full pipe would block it.
    with log.open("ab") as stderr:
        process = await asyncio.create_subprocess_exec(
            str(B12BOT), "run", "--webhook", env=environment, cwd=log.parent, stderr=stderr
        )
    bot = BotProcess(process, health_port, log, webhook_port, secret)
    try:
        yield bot
    finally:
        await bot.kill()


@asynccontextmanager
async def polling_bot(
    *, api_url: str, token: str, log: Path, **settings: str
) -> AsyncIterator[BotProcess]:
    """Start `b12bot run` (long polling, a SQLite file beside `log`); killed at the end."""
    [health_port] = free_ports(1)
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DATA", "WEBHOOK"))}
    environment.update(
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_BASE_URL=api_url,
        DATA_DIR=str(log.parent / "data"),
        HEALTH_LISTEN="127.0.0.1",
        HEALTH_PORT=str(health_port),
        LOG_LEVEL="DEBUG",
        **settings,
    )
    with log.open("ab") as stderr:
        process = await asyncio.create_subprocess_exec(
            str(B12BOT), "run", env=environment, cwd=log.parent, stderr=stderr
        )
    bot = BotProcess(process, health_port, log)
    try:
        yield bot
    finally:
        await bot.kill()
