"""The seeded walk: sends each chosen input, waits until it is handled, checks the answer.

One input at a time (all patients share one clock), so a seed always makes the same walk.
After each input the walk waits for the bot to finish the update (a marker handler in the
last group), for any reminder due now, then reads each patient's state from the database.
"""

import logging
import random
import re
import time
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import col, select

from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot_api_double import RecordedCall
from storage.database import session_scope
from storage.models import Reminder, ReminderStatus
from storage.reminders import next_pending_due_at
from tests.bot.conftest import reminders_settled
from tests.english import EN
from tests.fake_clock import FakeClock
from tests.fuzz.double import FuzzDouble
from tests.fuzz.observe import (
    ErrorLog,
    HandledUpdates,
    Stored,
    View,
    handler_errors,
    observe,
    stored_state,
)
from tests.fuzz.patients import give_saved_plan
from tests.fuzz.policy import Action, Policy, Surroundings
from tests.fuzz.report import REQUIRED_STATES, FuzzReport, Occurrence

FIRST_CHAT = 7001
UPDATE_TIMEOUT = 30.0
# A clock move "to the next reminder" goes at most this far, at least a minute past it.
LONGEST_WAIT = timedelta(days=40)
NOTHING_DUE_WAIT = timedelta(days=1)
ANSWERS = ("sendMessage", "sendDocument", "editMessageText", "editMessageReplyMarkup")
MENU_COMMAND = re.compile(r"^/([a-z]+)(?:@\w+)?(?:\s|$)")
TRAIL_SHOWN = 25
# How often the next input goes to the patient with the most untried answers (else anyone).
FOCUS_SHARE = 0.5
# How often time moves on to the next reminder before an input, whatever patients are doing.
CLOCK_SHARE = 0.05


class Walk:
    """Drives `patients` chats of a running bot through `inputs` seeded inputs."""

    def __init__(
        self,
        application: BotApplication,
        double: FuzzDouble,
        engine: Engine,
        clock: FakeClock,
        *,
        seed: int,
        patients: int,
        planned: int = 0,
        fuzz_share: float = 0.4,
    ) -> None:
        """Install the handled-update marker; the last `planned` patients get a saved plan."""
        self.application, self.double, self.engine, self.clock = application, double, engine, clock
        self.rng = random.Random(seed)
        self.policy = Policy(self.rng, fuzz_share, lambda: REQUIRED_STATES - self.report.states)
        self.handled = HandledUpdates()
        self.handled.install(application)
        self.log = ErrorLog()
        self.chats = [FIRST_CHAT + number for number in range(patients)]
        self.trails: dict[int, list[str]] = {chat: [] for chat in self.chats}
        self.seen: dict[int, set[str]] = {chat: set() for chat in self.chats}
        # Only the chat's own updates change what is stored about it, so it is read after each.
        self.stored: dict[int, Stored] = {chat: Stored(None, False) for chat in self.chats}
        self.report = FuzzReport(seed=seed, patients=patients)
        # Told each input's line as it is sent (bench/fuzz.py --verbose prints them).
        self.on_input: Callable[[str], None] | None = None
        for number, chat in enumerate(self.chats[patients - planned :]):
            give_saved_plan(engine, chat_id=chat, now=clock(), number=number)
            self.stored[chat] = stored_state(engine, chat)

    async def run(self, inputs: int, *, until_covered: int = 0) -> FuzzReport:
        """Send `inputs` patient inputs (clock moves come on top) and return the report.

        With `until_covered`, go on past `inputs` while a required state is not reached yet,
        up to that many inputs in all.
        """
        root = logging.getLogger()
        root.addHandler(self.log)
        started = time.monotonic()
        await rearm_reminders(self.application)
        try:
            while self.report.inputs < inputs or (
                self.report.missing and self.report.inputs < until_covered
            ):
                await self._step()
        finally:
            root.removeHandler(self.log)
        self.report.elapsed = time.monotonic() - started
        self.report.metric_errors = handler_errors(self.application)
        self.report.warnings = self.log.warnings
        return self.report

    async def _step(self) -> None:
        """One patient does one thing (or the clock moves)."""
        if self.rng.random() < CLOCK_SHARE:
            await self._move_clock(self.rng.choice(self.chats), Action("wait", "clock"))
        views = [self._observe(chat) for chat in self.chats]
        if self.rng.random() < FOCUS_SHARE:
            # Coverage first: the patient whose state has the most answers never tried.
            view = max(views, key=lambda v: (self.policy.novelty(v), self.rng.random()))
        else:
            view = self.rng.choice(views)
        chat = view.chat_id
        action = self.policy.choose(view, self._surroundings(view))
        if action.kind == "wait":
            await self._move_clock(chat, action)
        else:
            await self._send(chat, view, action)

    def _observe(self, chat: int) -> View:
        """The patient's state now; its labels count as reached."""
        view = observe(self.application, self.double, chat, self.stored[chat])
        self.report.states |= view.labels()
        self.seen[chat] |= {button.data for button in view.buttons}
        return view

    def _surroundings(self, view: View) -> Surroundings:
        """Old, foreign and own messages and buttons, in a fixed order."""
        chat = view.chat_id
        others = {
            str(button["callback_data"])
            for other in self.chats
            if other != chat
            for message in self.double.world.messages.get(other, {}).values()
            for row in message.get("reply_markup", {}).get("inline_keyboard", [])
            for button in row
            if "callback_data" in button
        }
        ids = {int(n) for data in others | self.seen[chat] for n in re.findall(r"\d+", data)}
        return Surroundings(
            seen_data=tuple(sorted(self.seen[chat])),
            other_buttons=tuple(sorted(others)),
            bot_messages=tuple(sorted(self.double.world.messages.get(chat, {}))),
            own_messages=tuple(self.double.patient_message_ids.get(chat, [])),
            known_ids=tuple(sorted(ids))[:50],
        )

    # -- inputs -----------------------------------------------------------------------------

    async def _send(self, chat: int, view: View, action: Action) -> None:
        """Send one input, wait for it to be handled, and check what came back."""
        mark, logged = self.double.mark(), len(self.log.failures)
        update_id = await self._deliver(chat, action)
        handled = await self.handled.wait(update_id, UPDATE_TIMEOUT)
        report = self.report
        line = f"#{report.inputs + 1} chat {chat} in {view.state}: {action.describe()}"
        report.add_input(line)
        if self.on_input is not None:
            self.on_input(line)
        report.categories[action.category] += 1
        self.trails[chat].append(f"[{view.state}] {action.describe()}")
        if not handled:
            report.stuck.append(line)
        await self._settle_if_due()
        calls = self.double.calls[mark:]
        if not _answered(action, calls, chat):
            report.unanswered.append(line)
            report.unanswered_kinds[_kind_of(action)] += 1
        report.apologies += [
            f"{line} → apology to chat {c.chat_id}"
            for c in calls
            if c.method == "sendMessage" and c.text == EN.text("something-went-wrong")
        ]
        self._record_failures(chat, logged)
        report.states |= _done_labels(action, view, calls, chat)
        self.stored[chat] = stored_state(self.engine, chat)
        self._observe(chat)

    async def _deliver(self, chat: int, action: Action) -> int:
        """Queue the input at the double; its update_id."""
        double = self.double
        if action.kind == "press":
            assert action.message_id is not None
            return await double.press_button(chat, action.message_id, action.data, check=False)
        if action.kind == "location":
            return await double.send_location(chat, *action.point)
        if action.kind == "media":
            return await double.send_media(chat, action.text)
        if action.kind == "edit":
            assert action.message_id is not None
            return await double.send_edit(chat, action.message_id, action.text)
        return await double.send_text(chat, action.text, reply_to=action.message_id)

    def _record_failures(self, chat: int, logged: int) -> None:
        """Count the errors logged during the last input; keep the first of each kind."""
        for failure in self.log.failures[logged:]:
            self.report.by_handler[(failure.kind, failure.handler)] += 1
            occurrence = self.report.failures.get(failure.signature)
            if occurrence is None:
                trail = self.trails[chat][-TRAIL_SHOWN:]
                skipped = len(self.trails[chat]) - len(trail)
                occurrence = Occurrence(failure, 0, self.report.inputs, chat, trail, skipped)
                self.report.failures[failure.signature] = occurrence
            occurrence.count += 1

    # -- time -------------------------------------------------------------------------------

    async def _move_clock(self, chat: int, action: Action) -> None:
        """Move the clock (to just after the next reminder, or by a fixed step) and deliver."""
        logged = len(self.log.failures)
        delta = timedelta(seconds=action.seconds) if action.seconds else self._until_next()
        self.clock.advance(delta)
        self.report.clock_moves += 1
        self.trails[chat].append(f"(clock +{delta}, to {self.clock():%Y-%m-%d %H:%M} UTC)")
        await rearm_reminders(self.application)
        await self._settle()
        self._record_failures(chat, logged)
        self.report.states |= self._reminders_sent()

    def _until_next(self) -> timedelta:
        """From now to a minute after the next pending reminder (a day when none)."""
        with session_scope(self.engine) as session:
            due = next_pending_due_at(session)
        now = self.clock()
        if due is None or due <= now:
            return NOTHING_DUE_WAIT
        return min(due - now + timedelta(minutes=1), LONGEST_WAIT)

    async def _settle_if_due(self) -> None:
        """Let a reminder that the last input made due now go out before the next input."""
        with session_scope(self.engine) as session:
            due = next_pending_due_at(session)
        if (due is not None and due <= self.clock()) or self.application.bot_data.dispatcher.busy:
            await self._settle()

    async def _settle(self) -> None:
        """Wait for reminder delivery to finish; a delivery that never does is reported."""
        try:
            await reminders_settled(self.application)
        except AssertionError:
            self.report.stuck.append(f"after input #{self.report.inputs}: reminders did not settle")

    def _reminders_sent(self) -> set[str]:
        """ "reminder/<kind>" for each kind of reminder sent so far."""
        with session_scope(self.engine) as session:
            kinds = session.exec(
                select(Reminder.kind).where(col(Reminder.status) == ReminderStatus.SENT).distinct()
            ).all()
        return {f"reminder/{kind}" for kind in kinds}


def _answered(action: Action, calls: list[RecordedCall], chat: int) -> bool:
    """A press is answered by answerCallbackQuery; a message by anything sent to its chat."""
    if action.kind == "press":
        return any(call.method == "answerCallbackQuery" for call in calls)
    return any(call.method in ANSWERS and call.chat_id == chat for call in calls)


def _kind_of(action: Action) -> str:
    """What an input was, in a few words: its button's prefix, its command, or its type."""
    if action.kind == "press":
        parts = action.data.split(":")
        return f"button {re.sub(r'[0-9]+', '#', parts[0])[:12]!r} ({len(parts)} parts)"
    if action.kind in ("text", "edit") and action.text.startswith("/"):
        return f"{action.kind} command {action.text.split()[0][:20]}"
    return action.kind


def _done_labels(action: Action, view: View, calls: list[RecordedCall], chat: int) -> set[str]:
    """Labels for what the input achieved: a command used with a plan, an export, an erase."""
    labels: set[str] = set()
    command = MENU_COMMAND.match(action.text) if action.kind == "text" else None
    if command is not None and view.has_plan:
        labels.add(f"command/{command[1]}")
    for call in calls:
        if call.chat_id == chat and call.response_ok:
            if call.method == "sendDocument":
                labels.add("export/document")
            if call.method == "editMessageText" and call.text == EN.text("delete-done"):
                labels.add("delete/erased")
    return labels
