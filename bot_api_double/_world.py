"""The simulated Telegram side: users, chats, the bot's messages and the update queue."""

from __future__ import annotations

import copy
import itertools
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._wire import AnswerError, UploadedFile

JSON = dict[str, Any]
MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str) -> list[JSON]:
    """The bot_command entity Telegram attaches to a message starting with a command."""
    if not text.startswith("/") or len(text) < 2:
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": utf16_length(command)}]


def _require(params: JSON, key: str, description: str) -> Any:
    """A required parameter, or Telegram's 400 for its absence."""
    value = params.get(key)
    if value in (None, ""):
        raise AnswerError(400, f"Bad Request: {description}")
    return value


def _inline_keyboard(markup: Any) -> JSON | None:
    """Only inline keyboards are echoed back in Message.reply_markup."""
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        _check_callback_data(markup)
        return markup
    return None


def _check_callback_data(markup: JSON) -> None:
    """Telegram refuses callback_data longer than 64 bytes."""
    for row in markup["inline_keyboard"]:
        for button in row:
            data = button.get("callback_data")
            if data is not None and len(str(data).encode()) > MAX_CALLBACK_DATA_BYTES:
                raise AnswerError(400, "Bad Request: BUTTON_DATA_INVALID")


def _check_text(text: Any) -> str:
    """Telegram's checks on a message text."""
    if not isinstance(text, str) or not text.strip():
        raise AnswerError(400, "Bad Request: message text is empty")
    if len(text) > MAX_TEXT_LENGTH:
        raise AnswerError(400, "Bad Request: message is too long")
    return text


@dataclass(frozen=True)
class CallbackAnswer:
    """The bot's answer to a pressed button: a toast (or an alert) in that patient's chat."""

    chat_id: int
    text: str
    show_alert: bool
    # The world's revision once it was answered, so a viewer shows each answer once.
    revision: int


class World:
    """State of the fake Telegram: what the bot sent, what patients did, settings."""

    def __init__(
        self, bot_id: int, bot_username: str, now: Callable[[], float] = time.time
    ) -> None:
        """Start with no chats, no updates and default bot settings; `now` dates messages
        (seconds since the epoch: the real time, or the clock of the bot being tried)."""
        self.bot_user: JSON = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "B12 Test Bot",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.users: dict[int, JSON] = {}
        self.messages: dict[int, dict[int, JSON]] = {}
        self.uploads: list[UploadedFile] = []
        self.pending_updates: list[JSON] = []
        # Patients who blocked the bot: what is sent to their chats is refused with 403.
        self.blocked: set[int] = set()
        self.webhook_url = ""
        self.commands: dict[str, list[JSON]] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._update_ids = itertools.count(10_000)
        self._callback_ids = itertools.count(1)
        self._open_callback_queries: set[str] = set()
        self._files: dict[str, UploadedFile] = {}
        self._now = now
        # What a chat viewer (bot/tryout) shows besides the bot's messages: what each patient
        # sent, the reply keyboard each chat shows, how each bot message was formatted, and
        # the answers to pressed buttons; `revision` grows with every change a viewer shows.
        self.patient_messages: dict[int, dict[int, JSON]] = {}
        self.reply_keyboards: dict[int, JSON] = {}
        self.parse_modes: dict[tuple[int, int], str] = {}
        self.callback_answers: list[CallbackAnswer] = []
        self.revision = 0
        self._query_chats: dict[str, int] = {}

    # -- patients ---------------------------------------------------------------------------

    def user(self, user_id: int) -> JSON:
        """The patient's User object, created with defaults on first use."""
        return self.users.setdefault(
            user_id,
            {"id": user_id, "is_bot": False, "first_name": "Patient", "language_code": "en"},
        )

    def chat(self, chat_id: int) -> JSON:
        """A Chat object: private for positive ids, a group otherwise."""
        if chat_id < 0:
            return {"id": chat_id, "type": "group", "title": "Group"}
        user = self.user(chat_id)
        chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if key in user:
                chat[key] = user[key]
        return chat

    def _new_message(self, chat_id: int, sender: JSON, content: JSON) -> JSON:
        """A Message with the next id of that chat."""
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return {
            "message_id": next(counter),
            "date": int(self._now()),
            "chat": self.chat(chat_id),
            "from": sender,
            **content,
        }

    def queue_update(self, kind: str, payload: JSON) -> int:
        """Append an Update and return its update_id."""
        update_id = next(self._update_ids)
        self.pending_updates.append({"update_id": update_id, kind: payload})
        return update_id

    def patient_message(self, user_id: int, content: JSON) -> int:
        """Queue a message from a patient in their private chat."""
        message = self._new_message(user_id, self.user(user_id), content)
        self.patient_messages.setdefault(user_id, {})[message["message_id"]] = copy.deepcopy(
            message
        )
        keyboard = self.reply_keyboards.get(user_id)
        if keyboard is not None and keyboard.get("one_time_keyboard"):
            del self.reply_keyboards[user_id]
        self.touch()
        return self.queue_update("message", message)

    def membership_changed(self, user_id: int, old: str, new: str) -> int:
        """Queue the my_chat_member update of a patient blocking ("kicked") or unblocking it."""

        def member(status: str) -> JSON:
            banned = {"until_date": 0} if status == "kicked" else {}
            return {"user": dict(self.bot_user), "status": status, **banned}

        change = {
            "chat": self.chat(user_id),
            "from": self.user(user_id),
            "date": int(self._now()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        return self.queue_update("my_chat_member", change)

    def patient_text(self, user_id: int, text: str, reply_to: int | None = None) -> int:
        """Queue a text message (a bot_command entity for a leading command; maybe a reply)."""
        content: JSON = {"text": text}
        if entities := command_entities(text):
            content["entities"] = entities
        if reply_to is not None:
            replied = self.messages.get(user_id, {}).get(reply_to)
            if replied is None:
                raise AssertionError(f"no bot message {reply_to} in chat {user_id} to reply to")
            content["reply_to_message"] = copy.deepcopy(replied)
        return self.patient_message(user_id, content)

    def patient_press(self, user_id: int, message_id: int, data: str, check: bool) -> int:
        """Queue a callback_query for a button of one of the bot's messages."""
        message = self.messages.get(user_id, {}).get(message_id)
        if message is None:
            known = sorted(self.messages.get(user_id, {}))
            raise AssertionError(f"no bot message {message_id} in chat {user_id}; known: {known}")
        if check:
            self._check_button(message, data)
        query_id = str(next(self._callback_ids) * 1_000_003 + user_id)
        self._open_callback_queries.add(query_id)
        self._query_chats[query_id] = user_id
        query = {
            "id": query_id,
            "from": self.user(user_id),
            "message": copy.deepcopy(message),
            "chat_instance": str(user_id * 7919),
            "data": data,
        }
        return self.queue_update("callback_query", query)

    @staticmethod
    def _check_button(message: JSON, data: str) -> None:
        """A patient can only press a button that the message currently shows."""
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        shown = [b.get("callback_data") for row in rows for b in row if "callback_data" in b]
        if data not in shown:
            raise AssertionError(f"message {message['message_id']} has no button {data!r}: {shown}")

    def confirm(self, offset: int) -> None:
        """getUpdates offset semantics: drop confirmed updates (negative keeps the last -offset)."""
        if offset < 0:
            self.pending_updates = self.pending_updates[offset:]
        else:
            self.pending_updates = [u for u in self.pending_updates if u["update_id"] >= offset]

    # -- bot messages -----------------------------------------------------------------------

    def _bot_message(self, params: JSON, content: JSON) -> JSON:
        """Store and return a new message sent by the bot."""
        chat_id = _require(params, "chat_id", "chat_id is empty")
        if not isinstance(chat_id, int):
            raise AnswerError(400, "Bad Request: chat not found")
        if markup := _inline_keyboard(params.get("reply_markup")):
            content["reply_markup"] = markup
        if isinstance(params.get("entities"), list):
            content["entities"] = params["entities"]
        message = self._new_message(chat_id, self.bot_user, content)
        self.messages.setdefault(chat_id, {})[message["message_id"]] = message
        self._keep_reply_keyboard(chat_id, params.get("reply_markup"))
        self._keep_parse_mode(chat_id, message["message_id"], params)
        self.touch()
        return copy.deepcopy(message)

    def _keep_reply_keyboard(self, chat_id: int, markup: Any) -> None:
        """A reply keyboard stays under the chat until another replaces or removes it."""
        if isinstance(markup, dict) and "keyboard" in markup:
            self.reply_keyboards[chat_id] = copy.deepcopy(markup)
        elif isinstance(markup, dict) and markup.get("remove_keyboard"):
            self.reply_keyboards.pop(chat_id, None)

    def _keep_parse_mode(self, chat_id: int, message_id: int, params: JSON) -> None:
        """How the text (or caption) of a bot message is to be read: "HTML", "MarkdownV2"…"""
        mode = params.get("parse_mode")
        if isinstance(mode, str) and mode:
            self.parse_modes[(chat_id, message_id)] = mode
        else:
            self.parse_modes.pop((chat_id, message_id), None)

    def touch(self) -> None:
        """Note a change a chat viewer shows (also called for changes outside the world)."""
        self.revision += 1

    def transcript(self, chat_id: int) -> list[JSON]:
        """Every message of a chat as it looks now, the patient's and the bot's, in order."""
        merged = {**self.patient_messages.get(chat_id, {}), **self.messages.get(chat_id, {})}
        return [copy.deepcopy(merged[message_id]) for message_id in sorted(merged)]

    def file(self, file_id: str) -> UploadedFile | None:
        """The bytes of a document or photo the bot uploaded, by its file_id."""
        return self._files.get(file_id)

    def commands_for(self, language_code: str) -> list[JSON]:
        """The command menu a patient with this app language sees in their private chat."""
        for language in (language_code, ""):
            key = _scope_key({"language_code": language} if language else {})
            if key in self.commands:
                return copy.deepcopy(self.commands[key])
        return []

    def _stored(self, params: JSON, action: str) -> JSON:
        """The bot's message named by chat_id and message_id, or Telegram's 400."""
        chat_id = _require(params, "chat_id", "chat_id is empty")
        message_id = _require(params, "message_id", "message identifier is not specified")
        message = self.messages.get(chat_id, {}).get(message_id)
        if message is None:
            raise AnswerError(400, f"Bad Request: message to {action} not found")
        return message

    def send_message(self, params: JSON) -> JSON:
        """sendMessage."""
        return self._bot_message(params, {"text": _check_text(params.get("text"))})

    def _edit(self, params: JSON, changes: JSON) -> JSON | bool:
        """Apply an edit, refusing a no-op like Telegram does."""
        if params.get("inline_message_id"):
            return True
        message = self._stored(params, "edit")
        markup = _inline_keyboard(params.get("reply_markup"))
        if changes.items() <= message.items() and markup == message.get("reply_markup"):
            raise AnswerError(400, NOT_MODIFIED)
        message.update(changes)
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(self._now())
        if "text" in changes:
            self._keep_parse_mode(message["chat"]["id"], message["message_id"], params)
        self.touch()
        return copy.deepcopy(message)

    def edit_message_text(self, params: JSON) -> JSON | bool:
        """editMessageText: without reply_markup the inline keyboard is removed."""
        return self._edit(params, {"text": _check_text(params.get("text"))})

    def edit_message_reply_markup(self, params: JSON) -> JSON | bool:
        """editMessageReplyMarkup."""
        return self._edit(params, {})

    def delete_message(self, params: JSON) -> bool:
        """deleteMessage."""
        message = self._stored(params, "delete")
        del self.messages[message["chat"]["id"]][message["message_id"]]
        self.touch()
        return True

    def answer_callback_query(self, params: JSON) -> bool:
        """answerCallbackQuery: only for queries the double issued."""
        query_id = params.get("callback_query_id")
        if query_id not in self._open_callback_queries:
            raise AnswerError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        text = params.get("text")
        if isinstance(text, str) and text:
            self.touch()
            chat_id = self._query_chats[query_id]
            alert = bool(params.get("show_alert"))
            self.callback_answers.append(CallbackAnswer(chat_id, text, alert, self.revision))
        return True

    def _file(self, params: JSON, field: str) -> tuple[str, UploadedFile | None]:
        """Register an upload (or accept a known file_id) and return its file_id."""
        value = _require(params, field, f"there is no {field} in the request")
        if isinstance(value, UploadedFile):
            file_id = f"BQACAgIAAxkDAAI{secrets.token_hex(12)}"
            self._files[file_id] = value
            self.uploads.append(value)
            return file_id, value
        return str(value), self._files.get(str(value))

    def send_document(self, params: JSON) -> JSON:
        """sendDocument."""
        file_id, upload = self._file(params, "document")
        document: JSON = {"file_id": file_id, "file_unique_id": file_id[-16:]}
        if upload is not None:
            document |= {
                "file_name": upload.filename,
                "mime_type": upload.content_type,
                "file_size": upload.size,
            }
        return self._bot_message(params, {"document": document, **_caption(params)})

    def send_photo(self, params: JSON) -> JSON:
        """sendPhoto: one PhotoSize per photo, with a nominal resolution."""
        file_id, upload = self._file(params, "photo")
        size: JSON = {"file_id": file_id, "file_unique_id": file_id[-16:]}
        size |= {"width": 800, "height": 600}
        if upload is not None:
            size["file_size"] = upload.size
        return self._bot_message(params, {"photo": [size], **_caption(params)})

    def send_chat_action(self, params: JSON) -> bool:
        """sendChatAction."""
        _require(params, "chat_id", "chat_id is empty")
        _require(params, "action", "action is empty")
        return True

    # -- bot settings -----------------------------------------------------------------------

    def get_me(self, params: JSON) -> JSON:
        """getMe."""
        return dict(self.bot_user)

    def set_webhook(self, params: JSON) -> bool:
        """setWebhook: remembered, and getUpdates refuses to run while it is set."""
        self.webhook_url = str(params.get("url", ""))
        return True

    def delete_webhook(self, params: JSON) -> bool:
        """deleteWebhook, optionally dropping pending updates."""
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self.pending_updates.clear()
        return True

    def get_webhook_info(self, params: JSON) -> JSON:
        """getWebhookInfo."""
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending_updates),
        }

    def set_my_commands(self, params: JSON) -> bool:
        """setMyCommands, kept per scope and language."""
        commands = _require(params, "commands", "commands are empty")
        self.commands[_scope_key(params)] = list(commands)
        return True

    def get_my_commands(self, params: JSON) -> list[JSON]:
        """getMyCommands."""
        return list(self.commands.get(_scope_key(params), []))

    def delete_my_commands(self, params: JSON) -> bool:
        """deleteMyCommands."""
        self.commands.pop(_scope_key(params), None)
        return True

    def log_out(self, params: JSON) -> bool:
        """logOut and close."""
        return True

    def handlers(self) -> dict[str, Callable[[JSON], Any]]:
        """Synchronous Bot API methods by canonical name (getUpdates lives in the server)."""
        return {
            "getMe": self.get_me,
            "logOut": self.log_out,
            "close": self.log_out,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "sendMessage": self.send_message,
            "editMessageText": self.edit_message_text,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "deleteMessage": self.delete_message,
            "answerCallbackQuery": self.answer_callback_query,
            "sendDocument": self.send_document,
            "sendPhoto": self.send_photo,
            "sendChatAction": self.send_chat_action,
        }


def _caption(params: JSON) -> JSON:
    """The caption part of a media message, if any."""
    caption = params.get("caption")
    return {"caption": caption} if caption else {}


def _scope_key(params: JSON) -> str:
    """Commands are stored per (scope, language_code), as in Telegram."""
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code", "")], sort_keys=True)
