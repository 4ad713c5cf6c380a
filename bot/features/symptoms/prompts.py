"""The check-in question for the next unrated symptom, with its scale buttons.

Shared by the offer reminder and the /symptoms conversation. Button data: `sym:<id>:<symptom>:
<score>` for a rating, `sym:<id>:nonote` and `sym:<id>:stop`.
"""

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.catalog.catalog import Catalog
from bot.domain.parsing.numbers import row_id, whole_number
from bot.domain.symptoms import SCALE, SYMPTOMS, next_unrated
from bot.telegram.callback_data import CallbackPrefix, callback_fields
from storage.models import SymptomCheckIn

PREFIX = CallbackPrefix.SYMPTOM
NO_NOTE = "nonote"
STOP = "stop"


@dataclass(frozen=True)
class SymptomButton:
    """A pressed check-in button: a score for one symptom, "No note" or "Stop"."""

    check_in_id: int
    action: str
    score: int | None = None


def parse_button(data: str | None) -> SymptomButton | None:
    """Read check-in button data; None for anything malformed (callback data is untrusted)."""
    fields = callback_fields(data, PREFIX)
    check_in_id = row_id(fields[0]) if fields else None
    if fields is None or check_in_id is None:
        return None
    if fields[1:] in ([NO_NOTE], [STOP]):
        return SymptomButton(check_in_id, fields[1])
    if len(fields) != 3 or fields[1] not in SYMPTOMS:
        return None
    score = whole_number(fields[2], maximum=max(SCALE))
    return None if score is None else SymptomButton(check_in_id, fields[1], score)


def scores_of(check_in: SymptomCheckIn) -> dict[str, int | None]:
    """The symptom scores of a check-in by name."""
    return {symptom: getattr(check_in, symptom) for symptom in SYMPTOMS}


def question(
    catalog: Catalog, check_in: SymptomCheckIn, intro: str = ""
) -> tuple[str, InlineKeyboardMarkup]:
    """The question for the next unrated symptom, or the note question once all are rated."""
    assert check_in.id is not None
    symptom = next_unrated(scores_of(check_in))
    if symptom is None:
        no_note = (catalog.text("button-no-note"), f"{check_in.id}:{NO_NOTE}")
        return catalog.text("symptom-note-ask"), _row([no_note])
    text = catalog.text(
        "symptom-question",
        intro=intro,
        name=catalog.word("symptom-names", symptom),
        step=SYMPTOMS.index(symptom) + 1,
        count=len(SYMPTOMS),
    )
    scale = [
        InlineKeyboardButton(
            f"{score} {catalog.word('symptom-scale', str(score))}",
            callback_data=f"{PREFIX}:{check_in.id}:{symptom}:{score}",
        )
        for score in SCALE
    ]
    stop = InlineKeyboardButton(
        catalog.text("button-stop-check-in"), callback_data=f"{PREFIX}:{check_in.id}:{STOP}"
    )
    return text, InlineKeyboardMarkup([scale[:2], scale[2:], [stop]])


def _row(buttons: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    """One row of buttons with this feature's prefix."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"{PREFIX}:{data}") for label, data in buttons]]
    )
