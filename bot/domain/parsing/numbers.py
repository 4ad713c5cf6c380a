"""Whole numbers read from untrusted text (callback data, command arguments), strictly.

str.isdigit() is true for a superscript two, which int() refuses, and for Arabic-Indic or
full-width digits, which int() reads as ASCII ones; int() also takes signs, spaces and
underscores. Only plain ASCII digits count here.
"""

import re

# Row ids are INTEGER columns: 32 bits on PostgreSQL (SQLite's 64 bits hold the same ids).
MAX_ID = 2**31 - 1
# Ten digits hold any id; a longer number is refused before int() is asked to read it.
_WHOLE = re.compile(r"[0-9]{1,10}")


def whole_number(text: str, *, maximum: int) -> int | None:
    """A number from 0 to `maximum` in ASCII digits only (no sign or space); else None."""
    if _WHOLE.fullmatch(text) is None:
        return None
    number = int(text)
    return number if number <= maximum else None


def row_id(text: str) -> int | None:
    """A database row id (1 to MAX_ID) written in ASCII digits; None for anything else."""
    number = whole_number(text, maximum=MAX_ID)
    return number if number else None
