"""Reading callback data, which is untrusted: a client can send any string with a press.

Every button's data is "<prefix>:<field>:…". Features split it here and read its numbers
with bot.domain.parsing.numbers, so data of any other shape, or with a number in any other
form, is None, which each handler answers like a stale button, before anything reaches the database.
"""

from enum import StrEnum, unique

from bot.domain.parsing.numbers import row_id

SEPARATOR = ":"


@unique
class CallbackPrefix(StrEnum):
    """Every button's prefix, in one place: buttons in old messages still carry these values."""

    DOSE = "dose"
    LATE = "late"
    SKIP_REASON = "skipwhy"
    BOOKING = "appt"
    UNDO = "undo"
    DONE_DATE = "donedate"
    PAST_DOSE = "pastdose"
    SITE = "site"
    LAB_REMINDER = "lab"
    LAB_MENU = "labs"
    LAB_OFFER = "labplan"
    SETUP = "setup"
    SYMPTOM = "sym"
    ERASE = "erase"
    HISTORY = "hist"
    REPORT = "report"
    CALENDAR = "cal"
    SETTINGS = "set"
    LANGUAGE = "lang"
    CAREGIVER = "cg"
    # A caregiver's Done / Late / Skip under the patient's reminder: "cgd:<link>:<dose>:<action>".
    CAREGIVER_DOSE = "cgd"


def callback_fields(data: str | None, prefix: str) -> list[str] | None:
    """The fields after "<prefix>:", or None for data with another prefix (or none)."""
    if data is None:
        return None
    head, separator, rest = data.partition(SEPARATOR)
    if head != prefix or not separator:
        return None
    return rest.split(SEPARATOR)


def id_and_choice(data: str | None, prefix: str) -> tuple[int, str] | None:
    """The row id and the choice of "<prefix>:<id>:<choice>"; None for anything else."""
    fields = callback_fields(data, prefix)
    if fields is None or len(fields) != 2:
        return None
    found = row_id(fields[0])
    return None if found is None else (found, fields[1])


def only_id(data: str | None, prefix: str) -> int | None:
    """The row id of "<prefix>:<id>"; None for anything else."""
    fields = callback_fields(data, prefix)
    return row_id(fields[0]) if fields is not None and len(fields) == 1 else None
