"""The try-out in a terminal: type messages, press buttons by their number, move the clock."""

import asyncio
import sys
import threading
from collections.abc import Callable

from bot.tryout.places import PLACES
from bot.tryout.script import ScriptError, Steps
from bot.tryout.session import TrySession
from bot.tryout.transcript import clock_line

SHORTCUTS = {":hour": "1 hour", ":day": "1 day", ":next": "next"}
QUIT = (":quit", ":q", ":exit")
# Buttons listed after each step, at most.
MOST_CHOICES = 15
WATCH_SECONDS = 1.0

HELP = f"""Type a message and press Enter to send it. Also:
  3                press button 3 (the numbers are listed after the bot's messages)
  :hour :day :next move the bot's clock an hour, a day, or to the next reminder
  :wait 3 days     move it by any span (minutes, hours, days, weeks)
  :as Sam          talk as someone else (a new name adds a person: :as Ana es)
  :location Berlin share a location ({", ".join(p.name for p in PLACES)})
  :open link       open the newest link to the bot (a caregiver invitation)
  :help            this again;  :quit (or Ctrl-D) ends the try-out"""


async def run_terminal(
    session: TrySession, write: Callable[[str], None], stop: asyncio.Event
) -> int:
    """Read lines from standard input until it ends, `stop` is set or :quit; 0."""
    steps = Steps(session)
    lines = _stdin_lines()
    write(HELP)
    write(clock_line(session, steps.person))
    write(f"You are {steps.person.name}. Say /start to begin.")
    turn = asyncio.Lock()
    watcher = asyncio.create_task(_watch(steps, turn, write))
    try:
        while (line := await _next_line(lines, stop)) is not None:
            if line.strip().lower() in QUIT:
                break
            async with turn:
                for text in await _answer(steps, line.strip()):
                    write(text)
                if choices := _choices(steps):
                    write(choices)
    finally:
        watcher.cancel()
    return 0


async def _answer(steps: Steps, line: str) -> list[str]:
    """Do what one typed line asks; the lines to print."""
    verb, rest = "say", line
    if not line:
        return steps.transcript.news(timed=True)
    if line == ":help":
        return [HELP]
    if line in SHORTCUTS:
        verb, rest = "wait", SHORTCUTS[line]
    elif line.startswith(":"):
        verb, _, rest = line[1:].partition(" ")
    elif line.isdigit() and 1 <= int(line) <= len(steps.choices()):
        verb, rest = "press", f"#{line}"
    try:
        return await steps.do(verb.lower(), rest.strip())
    except ScriptError as error:
        return [f"! {error}"]


def _choices(steps: Steps) -> str:
    """The buttons the person can press now, numbered."""
    choices = steps.choices()[:MOST_CHOICES]
    if not choices:
        return ""
    listed = "  ".join(f"{n} [{button.text}]" for n, (_, button) in enumerate(choices, start=1))
    return f"   {steps.person.name} can press: {listed}"


async def _watch(steps: Steps, turn: asyncio.Lock, write: Callable[[str], None]) -> None:
    """Print what arrives by itself (a reminder coming due as real time goes on)."""
    while True:
        await asyncio.sleep(WATCH_SECONDS)
        async with turn:
            news = steps.transcript.news(timed=True)
            for text in news:
                write(text)
            if news and (choices := _choices(steps)):
                write(choices)


def _stdin_lines() -> "asyncio.Queue[str | None]":
    """Lines typed on standard input (None once it ends), read by a daemon thread."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str | None] = asyncio.Queue()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, None)

    threading.Thread(target=read, name="try-stdin", daemon=True).start()
    return lines


async def _next_line(lines: "asyncio.Queue[str | None]", stop: asyncio.Event) -> str | None:
    """The next typed line, or None once input ended or `stop` was set."""
    got = asyncio.ensure_future(lines.get())
    stopping = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({got, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
    if not got.done():
        got.cancel()
        return None
    return got.result()
