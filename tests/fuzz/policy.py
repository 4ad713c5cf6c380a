"""Choosing each patient's next input: an answer that moves them on, or one meant to break.

Answers are chosen least-used-first (ties broken by the seeded random), and while a required
state is not reached yet, mostly the answer furthest along a path to it (hints.py): so a walk
of a few hundred inputs already tries every preset, every custom step and every feature. The
other inputs (`fuzz_share`) are hostile: stale, forged and other patients' buttons, odd
commands, junk and very long text, locations, media, edits, replies, the clock jumping.
"""

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from tests.fuzz.double import MEDIA
from tests.fuzz.hints import step_along
from tests.fuzz.inputs import (
    LOCATIONS,
    PHRASES,
    PLAN_GROUPS,
    VALID_TEXTS,
    forged_callback,
    fuzz_text,
)
from tests.fuzz.observe import Button, View

# Buttons that move each state on (the setup states use their own step's buttons).
STATE_BUTTONS = {
    "labs/menu": "labs:menu:",
    "labs/clinician_test": "labs:test:",
    "labs/pick": "labs:pick:",
    "symptoms/rating": "sym:",
    "awaiting/skip_reason": "skipwhy:",
}
NEW_PATIENT_TEXTS = ("/start", "/regimen", "/export", "/next", "hello")
FLOW_COMMANDS = ("/cancel", "/back", "/start", "/delete", "/regimen")
CLOCK_STEPS = (60, 15 * 60, 3600, 3 * 3600, 86400, 7 * 86400)
# With a plan, how often the patient waits for the next reminder instead of writing.
WAIT_SHARE = 0.1
# With a plan, how often a question the bot just asked with buttons is answered by them.
ANSWER_LAST_SHARE = 0.6
# How often an answer leading to a state not reached yet is preferred, where one fits.
DIRECTED_SHARE = 0.7
FUZZ_KINDS = {
    "shown button": 20,
    "stale button": 10,
    "other patient's button": 8,
    "forged button": 15,
    "text": 30,
    "flow command": 7,
    "location": 3,
    "media": 3,
    "edit": 4,
    "reply": 3,
    "clock": 3,
}


@dataclass(frozen=True)
class Action:
    """One thing a patient does (or the clock does: kind "wait", 0 s meaning the next reminder)."""

    kind: str
    category: str
    text: str = ""  # typed text; for "media", which kind of double.MEDIA
    data: str = ""
    message_id: int | None = None
    point: tuple[float, float] = (0.0, 0.0)
    seconds: int = 0

    def describe(self) -> str:
        """A short line for the report that is enough to repeat the input."""
        match self.kind:
            case "press":
                return f"press {_shown(self.data)} on message {self.message_id}"
            case "location":
                return f"location {self.point}"
            case "media":
                return f"a {self.text}"
            case "edit":
                return f"edit message {self.message_id} to {_shown(self.text)}"
            case "wait":
                return f"clock +{self.seconds} s" if self.seconds else "clock to next reminder"
        reply = f" (reply to {self.message_id})" if self.message_id else ""
        return f"text {_shown(self.text)}{reply}"


def _shown(text: str) -> str:
    """A string quoted, shortened when long (with its length)."""
    if len(text) <= 40:
        return repr(text)
    return f"{text[:30]!r}… ({len(text)} chars)"


@dataclass(frozen=True)
class Surroundings:
    """What else the patient could reach for: old buttons, other chats', their own messages."""

    seen_data: tuple[str, ...]
    other_buttons: tuple[str, ...]
    bot_messages: tuple[int, ...]
    own_messages: tuple[int, ...]
    known_ids: tuple[int, ...]


class Policy:
    """Picks inputs: `fuzz_share` of them hostile, the rest answers, least used first."""

    def __init__(
        self, rng: random.Random, fuzz_share: float, missing: Callable[[], frozenset[str]]
    ) -> None:
        """Start with nothing used; `missing` says which required states are not reached yet."""
        self.rng = rng
        self.fuzz_share = fuzz_share
        self.missing = missing
        self.used: Counter[str] = Counter()

    def choose(self, view: View, around: Surroundings) -> Action:
        """The patient's next input."""
        if self.rng.random() < self.fuzz_share:
            return self._fuzz(view, around)
        return self._progress(view)

    # -- answers ----------------------------------------------------------------------------

    def novelty(self, view: View) -> tuple[int, int]:
        """How far along a path to a state not reached yet the patient could go, and how many
        answers that fit their state were never tried."""
        options = self._every_option(view)
        missing = self.missing()
        furthest = max(
            (step_along(key.partition("|")[2], missing) for key, _ in options), default=0
        )
        return furthest, sum(1 for key, _ in options if not self.used[key])

    def _every_option(self, view: View) -> list[tuple[str, Action]]:
        """Every answer that fits the patient's state (with a plan: of all groups)."""
        return _options(view, _progress_buttons(view), _texts(view.state, every=True))

    def _directed(self, options: list[tuple[str, Action]]) -> list[tuple[str, Action]]:
        """The options furthest along a path to a state not reached yet (none: no such path)."""
        missing = self.missing()
        steps = [step_along(key.partition("|")[2], missing) for key, _ in options]
        furthest = max(steps, default=0)
        return [option for option, step in zip(options, steps, strict=True) if step == furthest > 0]

    def _progress(self, view: View) -> Action:
        """The least used of the answers that fit the patient's state."""
        state = view.state
        if state == "idle/plan" and self.rng.random() < WAIT_SHARE:
            return Action("wait", "clock")
        directed = self._directed(self._every_option(view))
        if directed and self.rng.random() < DIRECTED_SHARE:
            return self._least_used(directed)
        buttons = _progress_buttons(view)
        texts = _texts(state)
        asked = [button for button in buttons if button.message_id == view.last_message_id]
        if state == "idle/plan" and asked and self.rng.random() < ANSWER_LAST_SHARE:
            # The bot's last message asks something: answer it.
            buttons, texts = asked, ()
        elif state == "idle/plan":
            # A group first, evenly: any button on show, or one group of typed actions.
            group = self.rng.choice(["buttons", *PLAN_GROUPS] if buttons else list(PLAN_GROUPS))
            buttons, texts = (buttons, ()) if group == "buttons" else ([], PLAN_GROUPS[group])
        options = _options(view, buttons, texts) or [
            (f"{state}|/start", Action("text", "answer", text="/start"))
        ]
        return self._least_used(options)

    def _least_used(self, options: list[tuple[str, Action]]) -> Action:
        """The option tried least often so far (ties: the seeded random); counted as used."""
        key, action = min(options, key=lambda option: (self.used[option[0]], self.rng.random()))
        self.used[key] += 1
        return action

    # -- hostile inputs ---------------------------------------------------------------------

    def _fuzz(self, view: View, around: Surroundings) -> Action:
        """An input of a randomly chosen hostile kind."""
        kind = self.rng.choices(list(FUZZ_KINDS), weights=list(FUZZ_KINDS.values()))[0]
        rng = self.rng
        if kind == "clock":
            return Action("wait", kind, seconds=rng.choice(CLOCK_STEPS))
        if kind == "flow command":
            return Action("text", kind, text=rng.choice(FLOW_COMMANDS))
        if kind == "location":
            return Action("location", kind, point=rng.choice(LOCATIONS))
        if kind == "media":
            return Action("media", kind, text=rng.choice(sorted(MEDIA)))
        if kind == "edit" and around.own_messages:
            _, text = fuzz_text(rng)
            return Action("edit", kind, text=text, message_id=rng.choice(around.own_messages))
        if kind == "reply" and around.bot_messages:
            message_id = rng.choice(around.bot_messages)
            return Action("text", kind, text=rng.choice(PHRASES), message_id=message_id)
        if around.bot_messages and (press := self._press(kind, view, around)) is not None:
            return press
        category, text = fuzz_text(rng)
        return Action("text", category, text=text)

    def _press(self, kind: str, view: View, around: Surroundings) -> Action | None:
        """A press of a shown, stale, foreign or forged button (None: nothing of that kind)."""
        rng = self.rng
        on = rng.choice(around.bot_messages)
        if kind == "shown button" and view.buttons:
            return _press(rng.choice(view.buttons), kind)
        if kind == "stale button" and around.seen_data:
            return Action("press", kind, data=rng.choice(around.seen_data), message_id=on)
        if kind == "other patient's button" and around.other_buttons:
            return Action("press", kind, data=rng.choice(around.other_buttons), message_id=on)
        if kind == "forged button":
            data = forged_callback(rng, list(around.known_ids))
            return Action("press", kind, data=data, message_id=on)
        return None


def _press(button: Button, category: str) -> Action:
    """Press a button the patient sees."""
    return Action("press", category, data=button.data, message_id=button.message_id)


def _normal(data: str) -> str:
    """Button data with its ids blanked, so one kind of button counts as one answer."""
    return re.sub(r"\d+", "#", data)


def _progress_buttons(view: View) -> list[Button]:
    """The buttons that answer the current state (the newest of each); with a plan, any."""
    state = view.state
    if state.startswith("setup/"):
        prefix: str | None = f"setup:{state.removeprefix('setup/')}:"
    elif state == "idle/plan":
        prefix = ""
    else:
        prefix = STATE_BUTTONS.get(state)
    if prefix is None:
        return []
    newest = {b.data: b for b in sorted(view.buttons, key=lambda b: b.message_id)}
    return [button for data, button in sorted(newest.items()) if data.startswith(prefix)]


def _options(view: View, buttons: list[Button], texts: tuple[str, ...]) -> list[tuple[str, Action]]:
    """Each answer with the key its use is counted under."""
    state = view.state
    options = [(f"{state}|{_normal(button.data)}", _press(button, "answer")) for button in buttons]
    options += [(f"{state}|{text}", Action("text", "answer", text=text)) for text in texts]
    if state == "setup/zone":
        options += [
            (f"{state}|{point}", Action("location", "answer", point=point)) for point in LOCATIONS
        ]
    return options


def _texts(state: str, *, every: bool = False) -> tuple[str, ...]:
    """The typed answers worth trying in a state (`every`: with a plan, all groups' too)."""
    if state == "idle/plan":
        return tuple(text for group in PLAN_GROUPS.values() for text in group) if every else ()
    if state == "idle/new":
        return NEW_PATIENT_TEXTS
    return VALID_TEXTS.get(state, ())
