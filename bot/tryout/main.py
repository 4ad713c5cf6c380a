"""`b12bot try`: the chat page (default), `--terminal`, or `--script FILE` replayed."""

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import webbrowser
from datetime import datetime
from pathlib import Path

from bot.ops.logs import configure_logging
from bot.tryout.clock import MovableClock
from bot.tryout.script import Line, ScriptError, parse_start, read_script, replay, script_text
from bot.tryout.server import ChatPage
from bot.tryout.session import TRY_TOKEN, trying
from bot.tryout.terminal import run_terminal
from storage.location import DatabaseLocation

DATABASE_FILE = "try.sqlite3"
# The page's port unless told otherwise (bot/cli.py says so); any free one when it is taken.
DEFAULT_PORT = 8321


def run_try(arguments: argparse.Namespace) -> int:
    """Run the chosen try-out; its exit code."""
    configure_logging(os.environ.get("LOG_LEVEL", "WARNING").upper(), secrets=[TRY_TOKEN])
    try:
        start = parse_start(arguments.start) if arguments.start else None
        if arguments.script is not None:
            return _replay_file(arguments.script, start)
    except (ScriptError, OSError) as error:
        sys.stderr.write(f"b12bot try: {error}\n")
        return 2
    database_url = _fresh_database()
    if arguments.terminal:
        return asyncio.run(_terminal(database_url, MovableClock(start)))
    return asyncio.run(
        _page(database_url, MovableClock(start), arguments.port, browser=not arguments.no_browser)
    )


def _fresh_database() -> str:
    """The try-out's own SQLite file in the data folder, emptied: every try starts afresh."""
    folder = DatabaseLocation().data_dir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DATABASE_FILE
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    return f"sqlite:///{path.as_posix()}"


def _replay_file(path: Path, start: datetime | None) -> int:
    """Replay a script on a database of its own, frozen clock, transcript on standard output."""
    script_start, steps = read_script(script_text(path))
    clock = MovableClock(script_start or start, ticking=False)
    with tempfile.TemporaryDirectory(prefix="b12bot-try-") as folder:
        database_url = f"sqlite:///{(Path(folder) / DATABASE_FILE).as_posix()}"
        return asyncio.run(_replay(database_url, clock, steps))


async def _replay(database_url: str, clock: MovableClock, steps: list[Line]) -> int:
    """Start the bot, replay, stop."""
    async with trying(database_url=database_url, clock=clock) as session:
        return await replay(session, steps, _write)


async def _terminal(database_url: str, clock: MovableClock) -> int:
    """The terminal try-out, until input ends, :quit, Ctrl-C or SIGTERM."""
    stop = _stop_requested()
    async with trying(database_url=database_url, clock=clock) as session:
        return await run_terminal(session, _write, stop)


async def _page(database_url: str, clock: MovableClock, port: int, *, browser: bool) -> int:
    """Serve the chat page until Ctrl-C or SIGTERM."""
    stop = _stop_requested()
    _write("Starting the bot and its embedded Bot API …")
    async with trying(database_url=database_url, clock=clock) as session:
        page = ChatPage(session)
        try:
            await page.start(port or DEFAULT_PORT)
        except OSError:
            if port:
                raise
            await page.start(0)
        try:
            _write(f"b12bot try: the chat is on {page.url}  (Ctrl-C stops it)")
            _write(f"(a fresh database each time: {database_url.removeprefix('sqlite:///')})")
            if browser and _browser_available():
                webbrowser.open(page.url)
            await stop.wait()
        finally:
            await page.stop()
    return 0


def _browser_available() -> bool:
    """Whether opening a browser makes sense here: a person at a screen, not CI."""
    if os.environ.get("CI") or not sys.stdout.isatty():
        return False
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return False
    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def _stop_requested() -> asyncio.Event:
    """An event that Ctrl-C or SIGTERM sets."""
    requested = asyncio.Event()
    loop = asyncio.get_running_loop()
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(stop_signal, requested.set)
    return requested


def _write(line: str) -> None:
    """One line on standard output, at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
