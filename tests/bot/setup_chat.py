"""A patient going through the setup conversation: send text, press buttons by their label."""

from dataclasses import dataclass
from typing import Any

from bot_api_double import BotApiDouble


@dataclass
class SetupChat:
    """One patient's side of the chat with the bot."""

    double: BotApiDouble
    user: int

    async def say(self, text: str, *, replies: int = 1) -> str:
        """Send text; return the last of the bot's next ``replies`` messages."""
        since = self.double.mark()
        await self.double.send_text(self.user, text)
        return await self._replies(since, replies)

    async def press(self, label: str, *, replies: int = 1) -> str:
        """Press the button with this label on the latest message that has buttons."""
        message, data = self.button(label)
        since = self.double.mark()
        await self.double.press_button(self.user, message["message_id"], data)
        text = await self._replies(since, replies)
        # The query is answered after the reply; wait for it so later waits start past it.
        await self.double.wait_for("answerCallbackQuery", since=since)
        return text

    async def press_data(self, data: str) -> str:
        """Press a button by its raw data on the bot's latest message (forged if not there)."""
        message = self.double.last_message(self.user)
        assert message is not None
        since = self.double.mark()
        await self.double.press_button(self.user, message["message_id"], data, check=False)
        call = await self.double.wait_for("answerCallbackQuery", since=since)
        return str(call.params.get("text", ""))

    async def press_quietly(self, label: str) -> None:
        """Press a button that edits its own message instead of sending a new one."""
        message, data = self.button(label)
        since = self.double.mark()
        await self.double.press_button(self.user, message["message_id"], data)
        await self.double.wait_for("answerCallbackQuery", since=since)

    def keyboard_message(self) -> dict[str, Any]:
        """The latest bot message with inline buttons."""
        for message in reversed(self.double.sent_messages(self.user)):
            if message.get("reply_markup", {}).get("inline_keyboard"):
                return message
        raise AssertionError("no message with buttons")

    def labels(self) -> list[str]:
        """The labels of the latest keyboard."""
        rows = self.keyboard_message()["reply_markup"]["inline_keyboard"]
        return [button["text"] for row in rows for button in row]

    def button(self, label: str) -> tuple[dict[str, Any], str]:
        """The latest keyboard message and the data of its button with this label."""
        message = self.keyboard_message()
        for row in message["reply_markup"]["inline_keyboard"]:
            for button in row:
                if button["text"] == label:
                    return message, str(button["callback_data"])
        raise AssertionError(f"no button {label!r} in {self.labels()}")

    async def _replies(self, since: int, count: int) -> str:
        """Wait for ``count`` messages from the bot after ``since``; the last one's text."""
        call = await self.double.wait_for("sendMessage", chat_id=self.user, ok=True, since=since)
        for _ in range(count - 1):
            call = await self.double.wait_for("sendMessage", chat_id=self.user, ok=True)
        return call.text or ""
