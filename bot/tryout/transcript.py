"""The chats as lines of text: what the bot sent or changed in any chat since the last look
(the terminal and the replayed script print these)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.tryout.markup import plain_text
from bot.tryout.session import Person, TrySession
from bot.tryout.view import Button, ShownMessage, reply_keyboard, shown_messages


def local_time(instant: datetime, zone: ZoneInfo, *, year: bool = False) -> str:
    """An instant as a person reads it in a zone: "Thu 3 Dec, 09:00" (with the year if asked)."""
    local = instant.astimezone(zone)
    day = f"{local:%a} {local.day} {local:%b}" + (f" {local.year}" if year else "")
    return f"{day}, {local:%H:%M}"


def clock_line(session: TrySession, person: Person) -> str:
    """The bot's time where `person`'s patient record says they are."""
    zone = session.zone_for(person.chat_id)
    return f"(the bot's clock: {local_time(session.clock(), zone, year=True)}, {zone.key})"


def button_rows(rows: list[list[Button]]) -> list[str]:
    """Buttons as "[label] [label]", a line per row."""
    return [" ".join(f"[{button.text}]" for button in row) for row in rows]


class Transcript:
    """Remembers what each chat showed, to tell what is new."""

    def __init__(self, session: TrySession) -> None:
        """Start with every chat as it is now (nothing in it is news)."""
        self.session = session
        self._seen: dict[int, dict[int, ShownMessage]] = {}
        self._answers = 0
        self._keyboards: dict[int, list[list[Button]]] = {}
        self.news()

    def news(self, *, timed: bool = False) -> list[str]:
        """Lines for every message the bot sent, edited or deleted since the last call, oldest
        first, then its answers to pressed buttons; `timed`: each with the time it was sent."""
        world = self.session.double.world
        entries: list[tuple[int, int, int, list[str]]] = []
        for order, person in enumerate(self.session.people):
            zone = self.session.zone_for(person.chat_id)
            seen = self._seen.get(person.chat_id, {})
            now = {m.message_id: m for m in shown_messages(world, person.chat_id) if m.from_bot}
            for message_id, message in now.items():
                before = seen.get(message_id)
                if before == message:
                    continue
                when = message.date if before is None else (message.edited_at or message.date)
                if before is not None and _only_buttons_changed(before, message):
                    lines = _buttons_changed(message, person)
                else:
                    lines = _describe(message, person, zone, edited=before is not None, timed=timed)
                entries.append((when, order, message_id, lines))
            for message_id in seen.keys() - now.keys():
                lines = [f"bot → {person.name}: (deleted its message)"]
                entries.append((0, order, message_id, lines))
            self._seen[person.chat_id] = now
            entries.extend(self._keyboard_news(person, order))
        lines = [line for *_, described in sorted(entries) for line in described]
        for answer in world.callback_answers[self._answers :]:
            answered = self.session.person(answer.chat_id)
            name = answered.name if answered else str(answer.chat_id)
            shown_as = "alert" if answer.show_alert else "popup"
            lines.append(f"bot → {name} ({shown_as}): {answer.text}")
        self._answers = len(world.callback_answers)
        return lines

    def _keyboard_news(self, person: Person, order: int) -> list[tuple[int, int, int, list[str]]]:
        """A line when a new reply keyboard shows under the text field (none when one goes)."""
        keyboard = reply_keyboard(self.session.double.world, person.chat_id)
        if keyboard == self._keyboards.get(person.chat_id, []):
            return []
        self._keyboards[person.chat_id] = keyboard
        if not keyboard:
            return []
        head = f"bot → {person.name} (keyboard): "
        rows = button_rows(keyboard)
        lines = [head + rows[0], *(" " * len(head) + row for row in rows[1:])]
        return [(10**12, order, 0, lines)]


def _describe(
    message: ShownMessage, person: Person, zone: ZoneInfo, *, edited: bool, timed: bool
) -> list[str]:
    """A bot message as lines: a head, its text, its file and its buttons."""
    head = f"bot → {person.name}"
    if edited:
        head += " (edited)"
    if timed:
        when = message.edited_at if edited and message.edited_at else message.date
        head += f", {local_time(datetime.fromtimestamp(when, zone), zone)}"
    head += ": "
    body: list[str] = []
    if message.document is not None:
        body.append(f"[file {message.document.name}, {message.document.size:,} bytes]")
    if message.photo is not None:
        body.append(f"[photo, {message.photo.size:,} bytes]")
    text = plain_text(message.body)
    body.extend(text.split("\n") if text else [])
    body.extend(button_rows(message.buttons))
    return _indented(head, body)


def _only_buttons_changed(before: ShownMessage, after: ShownMessage) -> bool:
    """Whether an edit changed the message's buttons and nothing a person reads above them."""
    return (before.body, before.document, before.photo) == (after.body, after.document, after.photo)


def _buttons_changed(message: ShownMessage, person: Person) -> list[str]:
    """An edit of the buttons alone: the buttons it has now, or that it has none left."""
    head = f"bot → {person.name} (edited the buttons of its message): "
    if not message.buttons:
        return [f"bot → {person.name} (edited): the buttons under its message are gone"]
    return _indented(head, button_rows(message.buttons))


def _indented(head: str, body: list[str]) -> list[str]:
    """The first line after `head`, the others under it (no trailing spaces)."""
    indent = " " * len(head)
    lines = [head + (body[0] if body else ""), *(indent + line for line in body[1:])]
    return [line.rstrip() for line in lines]
