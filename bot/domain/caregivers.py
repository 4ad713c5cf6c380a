"""The rules of a caregiver link that need no database: the shared name and an invite code."""

import re
import unicodedata

SHARED_NAME_LONGEST = 40
# What a typed invite code may be: the URL-safe alphabet of secrets.token_urlsafe.
_CODE = re.compile(r"[A-Za-z0-9_-]{8,64}")
# The deep link's start parameter is "cg_<code>"; the same prefix is accepted when typed.
CODE_PREFIX = "cg_"


def shared_name(typed: str) -> str | None:
    """The name a patient chose to be known by, tidied; None if it cannot be one.

    A name has at least one letter, no control characters, at most 40 characters once runs of
    spaces are folded into one.
    """
    folded = " ".join(typed.split())
    if not folded or len(folded) > SHARED_NAME_LONGEST:
        return None
    if any(unicodedata.category(character).startswith("C") for character in folded):
        return None
    if not any(character.isalpha() for character in folded):
        return None
    return folded


def invite_code(typed: str) -> str | None:
    """The invite code in "cg_<code>" or "<code>"; None for text that cannot be one."""
    text = typed.strip()
    code = text.removeprefix(CODE_PREFIX)
    return code if _CODE.fullmatch(code) else None
