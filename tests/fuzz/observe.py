"""What the fuzz watches: each patient's conversation state, when an update is fully handled,
and every error the bot logs (by exception type, handler and place)."""

import asyncio
import logging
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from telegram import Update
from telegram.ext import TypeHandler

from bot.context import BotApplication, BotContext
from bot.features.doses import answering as dose_answers
from bot.features.labs import conversation as labs
from bot.features.setup import conversation as setup
from bot.features.symptoms import check_in as symptoms
from bot.telegram.persistence import WRITE_THROUGH_GROUP
from bot_api_double import BotApiDouble
from storage.conversations import load_conversations
from storage.database import session_scope
from storage.patients import get_patient_by_chat
from storage.regimens import current_regimen

ROOT = Path(__file__).resolve().parents[2]
PROJECT_DIRS = (str(ROOT / "bot"), str(ROOT / "storage"))
# The bot's way out to Telegram: a Telegram error passes here, but is not raised because of it.
TRANSPORT = (str(ROOT / "bot" / "flood_control.py"), str(ROOT / "bot" / "telegram_request.py"))
# After every feature and the write-through save: the update is completely handled.
HANDLED_GROUP = WRITE_THROUGH_GROUP + 1
CONVERSATIONS = (setup.NAME, labs.NAME, symptoms.NAME)


@dataclass(frozen=True)
class Button:
    """An inline button the patient sees now."""

    message_id: int
    data: str
    label: str


@dataclass(frozen=True)
class View:
    """One patient's situation as the bot and the chat show it."""

    chat_id: int
    conversation: str | None
    awaiting: str | None
    has_plan: bool
    buttons: tuple[Button, ...]
    last_message_id: int | None

    @property
    def state(self) -> str:
        """The conversation state, the question awaited, or idle with or without a plan."""
        if self.conversation is not None:
            return self.conversation
        if self.awaiting is not None:
            return f"awaiting/{self.awaiting}"
        return "idle/plan" if self.has_plan else "idle/new"

    def labels(self) -> set[str]:
        """The state and each kind of button on show, for the coverage list."""
        shown = {f"buttons/{button.data.split(':')[0]}" for button in self.buttons}
        change = (
            {"setup/regimen change"} if self.has_plan and self.state.startswith("setup/") else set()
        )
        return {self.state} | shown | change


@dataclass(frozen=True)
class Stored:
    """What the database says about the patient: the conversation running, and a plan."""

    conversation: str | None
    has_plan: bool


def stored_state(engine: Engine, chat: int) -> Stored:
    """Read the patient's stored conversation states and whether they have a plan."""
    key = (chat, chat)
    with session_scope(engine) as session:
        states = {name: load_conversations(session, name=name).get(key) for name in CONVERSATIONS}
        patient = get_patient_by_chat(session, chat_id=chat)
        has_plan = bool(patient and patient.id and current_regimen(session, patient_id=patient.id))
    return Stored(_conversation_label(states), has_plan)


def observe(application: BotApplication, double: BotApiDouble, chat: int, stored: Stored) -> View:
    """The patient's view: the stored state, the answer awaited and the buttons on show."""
    awaiting = application.chat_data.get(chat, {}).get(dose_answers.AWAITING)
    return View(
        chat_id=chat,
        conversation=stored.conversation,
        awaiting=str(awaiting.get("what")) if isinstance(awaiting, dict) else None,
        has_plan=stored.has_plan,
        buttons=shown_buttons(double, chat),
        last_message_id=max(double.world.messages.get(chat, {}), default=None),
    )


def _conversation_label(states: dict[str, object]) -> str | None:
    """ "setup/zone", "labs/when" or "symptoms/rating" for the first conversation running."""
    if (step := states[setup.NAME]) is not None:
        return f"setup/{step}"
    if (state := states[labs.NAME]) is not None:
        return f"labs/{labs.State(int(str(state))).name.lower()}"
    if (rating := states[symptoms.NAME]) is not None:
        return f"symptoms/{rating}"
    return None


def shown_buttons(double: BotApiDouble, chat: int) -> tuple[Button, ...]:
    """Every inline button on the bot's messages in the chat as they look now."""
    # Read in place: copying every message of a long chat after each input costs O(n²).
    return tuple(
        Button(int(message["message_id"]), str(button["callback_data"]), str(button["text"]))
        for message in double.world.messages.get(chat, {}).values()
        for row in message.get("reply_markup", {}).get("inline_keyboard", [])
        for button in row
        if "callback_data" in button
    )


class HandledUpdates:
    """Notes each update once every handler group, the error handler included, is done."""

    def __init__(self) -> None:
        """Nothing handled yet."""
        self._handled: set[int] = set()
        self._changed = asyncio.Condition()

    def install(self, application: BotApplication) -> None:
        """Register the marker in a group after all of the bot's own."""
        application.add_handler(TypeHandler(Update, self._mark), group=HANDLED_GROUP)

    async def _mark(self, update: Update, context: BotContext) -> None:
        """The last handler any update meets."""
        async with self._changed:
            self._handled.add(update.update_id)
            self._changed.notify_all()

    async def wait(self, update_id: int, timeout: float) -> bool:  # noqa: ASYNC109 - a deadline
        """Whether the update was handled within `timeout` seconds."""
        try:
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(lambda: update_id in self._handled)
        except TimeoutError:
            return False
        return True


@dataclass(frozen=True)
class Failure:
    """One logged error: what was raised, in which handler, where."""

    kind: str
    handler: str
    location: str
    detail: str

    @property
    def signature(self) -> tuple[str, str]:
        """What makes two failures the same defect."""
        return self.kind, self.location


def failure_of(record: logging.LogRecord) -> Failure:
    """The exception type, outermost and innermost project frame of a logged error."""
    error = record.exc_info[1] if record.exc_info else None
    if error is None:
        return Failure("(no exception)", record.name, record.name, record.getMessage()[:120])
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename.startswith(PROJECT_DIRS)
    ]
    raised_in = [frame for frame in frames if not frame.filename.startswith(TRANSPORT)] or frames
    return Failure(
        kind=_kind(error),
        handler=_where(frames[0]) if frames else "(outside the project)",
        location=_where(raised_in[-1], line=True) if frames else _outside(error),
        detail=str(error).splitlines()[0][:120] if str(error) else "",
    )


def _kind(error: BaseException) -> str:
    """The exception's qualified name, with what caused it (e.g. StatementError(OverflowError))."""
    kind = type(error)
    name = (
        kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
    )
    cause = error.__cause__ or error.__context__
    return f"{name}({type(cause).__name__})" if cause is not None else name


def _where(frame: traceback.FrameSummary, *, line: bool = False) -> str:
    """A frame as module path and function (and line)."""
    path = Path(frame.filename).relative_to(ROOT).as_posix()
    return f"{path}:{frame.lineno} {frame.name}" if line else f"{path} {frame.name}"


def _outside(error: BaseException) -> str:
    """The innermost frame of an error raised outside bot/ and storage/."""
    frames = traceback.extract_tb(error.__traceback__)
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


class ErrorLog(logging.Handler):
    """Collects every ERROR record (as Failures) and counts WARNING records by template."""

    def __init__(self) -> None:
        """Nothing logged yet."""
        super().__init__(logging.WARNING)
        self.failures: list[Failure] = []
        self.warnings: Counter[tuple[str, str]] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        """Keep errors; count warnings by logger and message template (never their arguments)."""
        if record.levelno >= logging.ERROR:
            self.failures.append(failure_of(record))
        else:
            self.warnings[(record.name, str(record.msg))] += 1


def handler_errors(application: BotApplication) -> float:
    """The bot's own count of failed updates (b12bot_handler_errors_total)."""
    registry = application.bot_data.dispatcher.metrics.registry
    return registry.get_sample_value("b12bot_handler_errors_total") or 0.0
