"""Inline keyboards shared by features, and the callback data they carry."""

from dataclasses import dataclass
from enum import StrEnum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts

DOSE_PREFIX = "dose"


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


def dose_keyboard(dose_id: int) -> InlineKeyboardMarkup:
    """Done / Late / Skip for one dose."""
    labels = (
        (DoseAction.DONE, texts.BUTTON_DONE),
        (DoseAction.LATE, texts.BUTTON_LATE),
        (DoseAction.SKIP, texts.BUTTON_SKIP),
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
    prefix, _, rest = data.partition(":")
    dose_text, _, action_text = rest.partition(":")
    if prefix != DOSE_PREFIX or not dose_text.isdigit():
        return None
    try:
        return DoseButton(int(dose_text), DoseAction(action_text))
    except ValueError:
        return None
