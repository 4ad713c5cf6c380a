"""The Bot API double with the patient actions the fuzz needs beyond the ordinary ones."""

import time
from typing import Any

from bot_api_double import BotApiDouble
from bot_api_double._world import command_entities

_FILE = {"file_id": "AgADfuzz", "file_unique_id": "fuzz1"}
# What a patient can send besides text and a location, as Telegram's Message fields.
MEDIA: dict[str, dict[str, Any]] = {
    "sticker": {
        "sticker": {**_FILE, "width": 512, "height": 512, "is_animated": False}
        | {"is_video": False, "type": "regular", "emoji": "💉"}
    },
    "photo": {"photo": [{**_FILE, "width": 800, "height": 600}], "caption": "done"},
    "voice": {"voice": {**_FILE, "duration": 3}},
    "document": {"document": {**_FILE, "file_name": "results.pdf"}},
    "contact": {"contact": {"phone_number": "+441234567890", "first_name": "Nurse"}},
    "dice": {"dice": {"emoji": "🎲", "value": 6}},
}


class FuzzDouble(BotApiDouble):
    """A BotApiDouble whose patients can also edit a message they sent earlier."""

    def __init__(self) -> None:
        """Remember the id of each patient's own messages, to edit them later."""
        super().__init__()
        self.patient_message_ids: dict[int, list[int]] = {}

    async def send_text(self, user_id: int, text: str, *, reply_to: int | None = None) -> int:
        """The patient writes `text`; its message id is kept for a later edit."""
        update_id = self.world.patient_text(user_id, text, reply_to)
        # Read before any await: the update is still the last one queued.
        message = self.world.pending_updates[-1]["message"]
        self.patient_message_ids.setdefault(user_id, []).append(int(message["message_id"]))
        return await self._queued(update_id)

    async def send_media(self, user_id: int, kind: str) -> int:
        """The patient sends a sticker, photo, voice note, file, contact or dice (MEDIA)."""
        return await self._queued(self.world.patient_message(user_id, dict(MEDIA[kind])))

    async def send_edit(self, user_id: int, message_id: int, text: str) -> int:
        """The patient edits an earlier message of theirs to read `text`."""
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()) - 60,
            "edit_date": int(time.time()),
            "chat": self.world.chat(user_id),
            "from": self.world.user(user_id),
            "text": text,
        }
        if entities := command_entities(text):
            message["entities"] = entities
        return await self._queued(self.world.queue_update("edited_message", message))
