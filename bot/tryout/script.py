"""A try-out written down: a text file of steps replayed against the bot, the whole chat
printed as it happens. For bug reports: the same file gives the same transcript.

    # a comment
    start 2026-11-25 08:00 Europe/London   (first line, optional: the clock's start)
    as Sam                   (who acts next; a new name adds a person: `as Ana es`)
    say /start               (send a message)
    press Common monthly     (press a button by its label, or by its number: `press #2`)
    location Berlin          (share a location: one of the offered cities, or `52.52 13.40`)
    wait 1 day               (move the clock: minutes, hours, days or weeks)
    wait for the next reminder
    open link                (open the newest link to the bot, e.g. a caregiver invitation)
"""

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.tryout.markup import Node
from bot.tryout.places import PLACES, place_named
from bot.tryout.session import LANGUAGES, TrySession
from bot.tryout.transcript import Transcript, clock_line
from bot.tryout.view import Button, reply_keyboard, shown_messages

UNITS = {
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}
WAIT = re.compile(r"^(\d+)\s+(minute|hour|day|week)s?$")
NEXT_REMINDER = re.compile(r"^(for\s+)?(the\s+)?next(\s+reminder)?$")


class ScriptError(Exception):
    """A step that cannot be done; the message says why, for the person who wrote it."""


@dataclass(frozen=True)
class Line:
    """One step of a script, with where it was written."""

    number: int
    verb: str
    rest: str


def read_script(text: str) -> tuple[datetime | None, list[Line]]:
    """The start instant (if the script gives one) and its steps."""
    start: datetime | None = None
    steps: list[Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        verb, _, rest = line.partition(" ")
        if verb.lower() == "start":
            if steps or start is not None:
                raise ScriptError(f"line {number}: `start` comes first, once")
            start = parse_start(rest, number)
            continue
        steps.append(Line(number, verb.lower(), rest.strip()))
    return start, steps


def parse_start(text: str, number: int = 0) -> datetime:
    """`2026-11-25 08:00 Europe/London`, `2026-11-25T08:00Z` or `2026-11-25 08:00` (UTC)."""
    words = text.split()
    zone: ZoneInfo | None = None
    if len(words) == 3 or (len(words) == 2 and ":" not in words[1]):
        try:
            zone = ZoneInfo(words.pop())
        except (ZoneInfoNotFoundError, ValueError):
            raise ScriptError(f"line {number}: unknown time zone in `start {text}`") from None
    try:
        instant = datetime.fromisoformat(" ".join(words))
    except ValueError:
        raise ScriptError(
            f"line {number}: write the start as `start 2026-11-25 08:00 Europe/London`"
        ) from None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=zone or UTC)
    return instant.astimezone(UTC)


class Steps:
    """Does script steps for one person at a time, and tells what happened."""

    def __init__(self, session: TrySession) -> None:
        """Act as the first person."""
        self.session = session
        self.transcript = Transcript(session)
        self.person = session.people[0]
        self._verbs: dict[str, Callable[[str], Awaitable[list[str]]]] = {
            "as": self._as,
            "say": self._say,
            "press": self._press,
            "location": self._location,
            "wait": self._wait,
            "open": self._open,
        }

    async def do(self, verb: str, rest: str) -> list[str]:
        """Do one step; the lines that tell it and everything the bot did after it."""
        action = self._verbs.get(verb)
        if action is None:
            raise ScriptError(f"unknown step {verb!r}: use {', '.join(self._verbs)}")
        told = await action(rest)
        await self.session.settled()
        return told + self.transcript.news(timed=verb == "wait")

    async def _as(self, rest: str) -> list[str]:
        """Act as someone else from now on (a new name adds them, in an optional language)."""
        words = rest.split()
        language = "en"
        if len(words) > 1 and words[-1] in LANGUAGES:
            language = words.pop()
        name = " ".join(words)
        if not name:
            raise ScriptError("say who: `as Sam`")
        found = self.session.named(name)
        self.person = found or self.session.add_person(name, language)
        return [f"({self.person.name} acts now{'' if found else ', app language ' + language})"]

    async def _say(self, rest: str) -> list[str]:
        """Send a message."""
        if not rest:
            raise ScriptError("say what: `say /start`")
        await self.session.say(self.person.chat_id, rest)
        return [f"{self.person.name}: {rest}"]

    async def _press(self, rest: str) -> list[str]:
        """Press a button by its label (or its number) on the newest message that has it."""
        if not rest:
            raise ScriptError("press which button: `press Done`")
        message_id, button = self.find_button(rest)
        told = [f"{self.person.name} presses [{button.text}]"]
        if message_id is None:
            if button.location:
                raise ScriptError("that button shares a location: use `location Berlin`")
            await self.session.say(self.person.chat_id, button.text)
        else:
            await self.session.press(self.person.chat_id, message_id, button.data)
        return told

    def find_button(self, label: str) -> tuple[int | None, Button]:
        """The message id (None: the reply keyboard) and the button a label or number means."""
        choices = self.choices()
        if label.startswith("#") and label[1:].isdigit():
            if 1 <= int(label[1:]) <= len(choices):
                return choices[int(label[1:]) - 1]
            raise ScriptError(f"there is no button {label}: {len(choices)} are shown")
        for matches in (
            lambda b: b.text == label,
            lambda b: b.text.casefold() == label.casefold(),
            lambda b: label.casefold() in b.text.casefold(),
        ):
            for message_id, button in choices:
                if matches(button):
                    return message_id, button
        if label.isdigit() and 1 <= int(label) <= len(choices):
            return choices[int(label) - 1]
        shown = ", ".join(f"[{b.text}]" for _, b in choices) or "none"
        raise ScriptError(f"no button {label!r} in {self.person.name}'s chat (buttons: {shown})")

    def choices(self) -> list[tuple[int | None, Button]]:
        """The buttons a person can press now, numbered from 1: the newest message's with
        buttons first, then older messages', then the reply keyboard's."""
        world = self.session.double.world
        found: list[tuple[int | None, Button]] = []
        for message in reversed(shown_messages(world, self.person.chat_id)):
            pressable = [b for row in message.buttons for b in row if b.data]
            found.extend((message.message_id, b) for b in pressable)
        keyboard = reply_keyboard(world, self.person.chat_id)
        found.extend((None, b) for row in keyboard for b in row)
        return found

    async def _location(self, rest: str) -> list[str]:
        """Share a location: an offered city, or `latitude longitude`."""
        place = place_named(rest)
        if place is not None:
            latitude, longitude, name = place.latitude, place.longitude, place.name
        else:
            try:
                latitude, longitude = (float(part) for part in rest.replace(",", " ").split())
            except ValueError:
                cities = ", ".join(p.name for p in PLACES)
                raise ScriptError(f"share one of {cities}, or `location 52.52 13.40`") from None
            name = f"{latitude}, {longitude}"
        await self.session.share_location(self.person.chat_id, latitude, longitude)
        return [f"{self.person.name} shares a location: {name}"]

    async def _wait(self, rest: str) -> list[str]:
        """Move the clock forward by a span, or to the next reminder."""
        text = rest.lower().strip()
        if NEXT_REMINDER.match(text):
            if await self.session.to_next_reminder() is None:
                return ["(no reminder is planned: the clock stays)"]
        elif match := WAIT.match(text):
            await self.session.move_clock(int(match.group(1)) * UNITS[match.group(2)])
        else:
            raise ScriptError("wait how long: `wait 1 day`, `wait 3 hours`, `wait for next`")
        return [clock_line(self.session, self.person)]

    async def _open(self, rest: str) -> list[str]:
        """Open the newest link to this bot seen in any chat, as the person acting now."""
        if rest.lower() not in ("link", "the link"):
            raise ScriptError("`open link` opens the newest link to the bot")
        start = self.newest_start_link()
        if start is None:
            raise ScriptError("no chat shows a link to the bot")
        text = f"/start {start}"
        await self.session.say(self.person.chat_id, text)
        return [f"{self.person.name} opens the link: {text}"]

    def newest_start_link(self) -> str | None:
        """The start payload of the newest t.me link to this bot, in anyone's chat."""
        newest: tuple[int, str] | None = None
        world = self.session.double.world
        for person in self.session.people:
            for message in shown_messages(world, person.chat_id):
                for start in _starts(message.body):
                    if newest is None or message.date >= newest[0]:
                        newest = (message.date, start)
        return newest[1] if newest else None


def _starts(nodes: list[Node]) -> list[str]:
    """The start payloads of the bot's own links among some message pieces."""
    found: list[str] = []
    for node in nodes:
        if node.start:
            found.append(node.start)
        found.extend(_starts(node.children))
    return found


async def replay(session: TrySession, steps: list[Line], write: Callable[[str], None]) -> int:
    """Do every step, writing the transcript; 0, or 1 at the first step that cannot be done."""
    doing = Steps(session)
    write(clock_line(session, doing.person))
    for line in steps:
        try:
            told = await doing.do(line.verb, line.rest)
        except ScriptError as error:
            write(f"! line {line.number}: {error}")
            return 1
        for text in told:
            write(text)
    return 0


def script_text(path: Path) -> str:
    """A script file's text."""
    return path.read_text(encoding="utf-8")
