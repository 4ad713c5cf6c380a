"""Inline keyboards shared by features, and the callback data they carry."""

from dataclasses import dataclass
from enum import StrEnum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.catalog.catalog import Catalog
from bot.telegram.callback_data import CallbackPrefix, id_and_choice, only_id

DOSE_PREFIX = CallbackPrefix.DOSE


class DoseAction(StrEnum):
    """What a dose button says."""

    DONE = "done"
    LATE = "late"
    SKIP = "skip"


@dataclass(frozen=True)
class DoseButton:
    """A pressed dose button: which dose and what the patient answered."""

    dose_id: int
    action: DoseAction


def dose_keyboard(catalog: Catalog, dose_id: int) -> InlineKeyboardMarkup:
    """Done / Late / Skip for one dose."""
    labels = (
        (DoseAction.DONE, catalog.text("button-done")),
        (DoseAction.LATE, catalog.text("button-late")),
        (DoseAction.SKIP, catalog.text("button-skip")),
    )
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(label, callback_data=f"{DOSE_PREFIX}:{dose_id}:{action}")
                for action, label in labels
            ]
        ]
    )


def parse_dose_button(data: str) -> DoseButton | None:
    """Read dose button data; None for anything malformed (callback data is untrusted)."""
    pressed = id_and_choice(data, DOSE_PREFIX)
    if pressed is None:
        return None
    try:
        return DoseButton(pressed[0], DoseAction(pressed[1]))
    except ValueError:
        return None


LATE_PREFIX = CallbackPrefix.LATE
SKIP_REASON_PREFIX = CallbackPrefix.SKIP_REASON


class LateChoice(StrEnum):
    """When a late patient expects to have the injection."""

    IN_THREE_HOURS = "today"
    TOMORROW = "tomorrow"
    PICK_DATE = "pick"


@dataclass(frozen=True)
class LateButton:
    """A pressed "when will you have it" button."""

    dose_id: int
    choice: LateChoice


def late_keyboard(catalog: Catalog, dose_id: int) -> InlineKeyboardMarkup:
    """In 3 hours / Tomorrow / Pick a date."""
    labels = (
        (LateChoice.IN_THREE_HOURS, catalog.text("button-later-today")),
        (LateChoice.TOMORROW, catalog.text("button-tomorrow")),
        (LateChoice.PICK_DATE, catalog.text("button-pick-date")),
    )
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(label, callback_data=f"{LATE_PREFIX}:{dose_id}:{choice}")
                for choice, label in labels
            ]
        ]
    )


def parse_late_button(data: str) -> LateButton | None:
    """Read late-choice button data; None for anything malformed."""
    pressed = id_and_choice(data, LATE_PREFIX)
    if pressed is None:
        return None
    try:
        return LateButton(pressed[0], LateChoice(pressed[1]))
    except ValueError:
        return None


def no_reason_keyboard(catalog: Catalog, dose_id: int) -> InlineKeyboardMarkup:
    """A single "No reason" button under the skip question."""
    button = InlineKeyboardButton(
        catalog.text("button-no-reason"), callback_data=f"{SKIP_REASON_PREFIX}:{dose_id}"
    )
    return InlineKeyboardMarkup([[button]])


def parse_no_reason_button(data: str) -> int | None:
    """The dose id of a "No reason" button; None for anything malformed."""
    return only_id(data, SKIP_REASON_PREFIX)


BOOKING_PREFIX = CallbackPrefix.BOOKING


class BookingChoice(StrEnum):
    """What the patient says under a "book your appointment" reminder."""

    BOOKED = "booked"
    TOMORROW = "tomorrow"


@dataclass(frozen=True)
class BookingButton:
    """A pressed booking button: which dose and what the patient answered."""

    dose_id: int
    choice: BookingChoice


def booking_keyboard(catalog: Catalog, dose_id: int) -> InlineKeyboardMarkup:
    """Booked / Remind me tomorrow under a booking reminder."""
    labels = (
        (BookingChoice.BOOKED, catalog.text("button-booked")),
        (BookingChoice.TOMORROW, catalog.text("button-remind-tomorrow")),
    )
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(label, callback_data=f"{BOOKING_PREFIX}:{dose_id}:{choice}")
                for choice, label in labels
            ]
        ]
    )


def parse_booking_button(data: str) -> BookingButton | None:
    """Read booking button data; None for anything malformed."""
    pressed = id_and_choice(data, BOOKING_PREFIX)
    if pressed is None:
        return None
    try:
        return BookingButton(pressed[0], BookingChoice(pressed[1]))
    except ValueError:
        return None
