"""A chat as a person sees it: the embedded Bot API's messages turned into what each front end
shows (the page's JSON, the terminal's and the script's lines)."""

from dataclasses import dataclass, field
from typing import Any

from bot.tryout.markup import Node, parse
from bot.tryout.places import place_at
from bot_api_double import World


@dataclass(frozen=True)
class Button:
    """A button under a message (inline) or under the text field (reply keyboard)."""

    text: str
    data: str = ""
    url: str = ""
    # A reply-keyboard button that shares the person's location.
    location: bool = False

    def as_json(self) -> dict[str, Any]:
        """The button for the page."""
        shown: dict[str, Any] = {"text": self.text}
        for key in ("data", "url"):
            if value := getattr(self, key):
                shown[key] = value
        if self.location:
            shown["location"] = True
        return shown


@dataclass(frozen=True)
class Attachment:
    """A document or photo the bot sent, kept by the embedded Bot API."""

    file_id: str
    name: str
    size: int
    mime_type: str

    def as_json(self) -> dict[str, Any]:
        """The attachment for the page, with the address it is downloaded from."""
        return {
            "name": self.name,
            "size": self.size,
            "type": self.mime_type,
            "url": f"/files/{self.file_id}",
        }


@dataclass(frozen=True)
class SharedLocation:
    """A location the person shared, and the city it is if it is one of the offered ones."""

    latitude: float
    longitude: float
    place: str


@dataclass(frozen=True)
class ShownMessage:
    """One message of a chat, as it looks now."""

    message_id: int
    from_bot: bool
    date: int
    # When the bot last edited it (seconds since the epoch), if it did.
    edited_at: int | None
    body: list[Node]
    buttons: list[list[Button]] = field(default_factory=list)
    document: Attachment | None = None
    photo: Attachment | None = None
    location: SharedLocation | None = None

    def as_json(self) -> dict[str, Any]:
        """The message for the page."""
        shown: dict[str, Any] = {
            "id": self.message_id,
            "from": "bot" if self.from_bot else "person",
            "date": self.date,
            "edited": self.edited_at is not None,
            "body": [node.as_json() for node in self.body],
            "buttons": [[button.as_json() for button in row] for row in self.buttons],
        }
        if self.document is not None:
            shown["document"] = self.document.as_json()
        if self.photo is not None:
            shown["photo"] = self.photo.as_json()
        if self.location is not None:
            shown["location"] = {
                "latitude": self.location.latitude,
                "longitude": self.location.longitude,
                "place": self.location.place,
            }
        return shown


def shown_messages(world: World, chat_id: int) -> list[ShownMessage]:
    """Every message of a chat, the person's and the bot's, oldest first."""
    return [_shown(world, chat_id, message) for message in world.transcript(chat_id)]


def _shown(world: World, chat_id: int, message: dict[str, Any]) -> ShownMessage:
    """One message of the embedded Bot API as a person sees it."""
    from_bot = bool(message.get("from", {}).get("is_bot"))
    written = message.get("text", message.get("caption", ""))
    if from_bot:
        mode = world.parse_modes.get((chat_id, message["message_id"]))
        body = parse(written, parse_mode=mode, bot_username=world.bot_user["username"])
    else:
        body = [Node(text=written)] if written else []
    return ShownMessage(
        message_id=message["message_id"],
        from_bot=from_bot,
        date=int(message.get("date", 0)),
        edited_at=int(message["edit_date"]) if "edit_date" in message else None,
        body=body,
        buttons=_inline_buttons(message.get("reply_markup")),
        document=_attachment(world, message.get("document")),
        photo=_attachment(world, (message.get("photo") or [None])[-1]),
        location=_location(message.get("location")),
    )


def _inline_buttons(markup: Any) -> list[list[Button]]:
    """The inline keyboard of a message: buttons that send data, or open a link."""
    if not isinstance(markup, dict):
        return []
    rows = markup.get("inline_keyboard") or []
    return [
        [
            Button(
                str(button.get("text", "")),
                data=str(button.get("callback_data") or ""),
                url=str(button.get("url") or ""),
            )
            for button in row
        ]
        for row in rows
    ]


def reply_keyboard(world: World, chat_id: int) -> list[list[Button]]:
    """The reply keyboard shown under a chat's text field (none: empty)."""
    markup = world.reply_keyboards.get(chat_id) or {}
    return [
        [
            Button(str(key), location=False)
            if isinstance(key, str)
            else Button(str(key.get("text", "")), location=bool(key.get("request_location")))
            for key in row
        ]
        for row in markup.get("keyboard") or []
    ]


def _attachment(world: World, sent: Any) -> Attachment | None:
    """A document or photo size, with what the upload said about it."""
    if not isinstance(sent, dict) or "file_id" not in sent:
        return None
    upload = world.file(str(sent["file_id"]))
    return Attachment(
        file_id=str(sent["file_id"]),
        name=str(sent.get("file_name") or (upload.filename if upload else "") or "file"),
        size=int(sent.get("file_size") or (upload.size if upload else 0)),
        mime_type=str(sent.get("mime_type") or (upload.content_type if upload else "")),
    )


def _location(sent: Any) -> SharedLocation | None:
    """A shared location, named when it is one of the offered places."""
    if not isinstance(sent, dict):
        return None
    latitude, longitude = float(sent["latitude"]), float(sent["longitude"])
    place = place_at(latitude, longitude)
    return SharedLocation(latitude, longitude, place.name if place else "")
