"""Wire format of the Bot API: request parameter decoding and response envelopes."""

from __future__ import annotations

import json
import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiohttp import web

# Parameters that Telegram defines as String: never JSON-decode them, so a text of "123"
# or a callback query id of "42" stays a string.
STRING_PARAMS = frozenset(
    {
        "action",
        "callback_query_id",
        "caption",
        "description",
        "emoji",
        "file_id",
        "inline_message_id",
        "ip_address",
        "language_code",
        "name",
        "parse_mode",
        "query",
        "secret_token",
        "short_description",
        "text",
        "title",
        "url",
    }
)
_TOKEN_ALPHABET = string.ascii_letters + string.digits + "_-"


@dataclass(frozen=True)
class UploadedFile:
    """A file uploaded in a multipart request, as the double received it."""

    field: str
    filename: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        """Size of the upload in bytes."""
        return len(self.data)


class AnswerError(Exception):
    """A Telegram-style error answer raised from a method implementation."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        """Remember the HTTP status, Telegram description and response parameters."""
        super().__init__(f"{code} {description}")
        self.code = code
        self.description = description
        self.parameters = parameters


def make_token() -> str:
    """A random token shaped like a real one: '<bot id>:<35 url-safe characters>'."""
    bot_id = 1_000_000_000 + secrets.randbelow(8_000_000_000)
    tail = "AA" + "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(33))
    return f"{bot_id}:{tail}"


def _reject_constant(name: str) -> Any:
    """Refuse NaN/Infinity so such strings stay strings."""
    raise ValueError(name)


def decode_value(key: str, value: str) -> Any:
    """Decode one form value the way Telegram reads it: JSON unless the field is a String."""
    if key in STRING_PARAMS:
        return value
    try:
        decoded = json.loads(value, parse_constant=_reject_constant)
    except ValueError:
        return value
    if isinstance(decoded, dict | list | int | float | bool):
        return decoded
    return value


def _resolve_attachments(params: dict[str, Any], files: Mapping[str, UploadedFile]) -> None:
    """Replace 'attach://name' references (media groups, thumbnails) by the uploaded file."""
    for key, value in params.items():
        if isinstance(value, str) and value.startswith("attach://"):
            params[key] = files.get(value.removeprefix("attach://"), value)


async def read_params(request: web.Request) -> dict[str, Any]:
    """Normalise query string, JSON, urlencoded or multipart parameters into Python values."""
    params: dict[str, Any] = {k: decode_value(k, v) for k, v in request.query.items()}
    if request.content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
        return params
    if not request.can_read_body:
        return params
    files: dict[str, UploadedFile] = {}
    for key, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            upload = UploadedFile(key, value.filename, value.content_type, value.file.read())
            files[key] = upload
            params[key] = upload
        elif isinstance(value, str):
            params[key] = decode_value(key, value)
    _resolve_attachments(params, files)
    return params


def ok_response(result: Any) -> web.Response:
    """A successful Bot API answer."""
    return web.json_response({"ok": True, "result": result})


def error_response(failure: AnswerError) -> web.Response:
    """A failed Bot API answer with Telegram's envelope."""
    body: dict[str, Any] = {
        "ok": False,
        "error_code": failure.code,
        "description": failure.description,
    }
    if failure.parameters:
        body["parameters"] = failure.parameters
    return web.json_response(body, status=failure.code)
