"""Red-flag detection in what a patient writes: pure, no I/O, phrases from bot.red_flag_phrases.

The detector errs towards alarming: a message with a sign gets the fixed safety text. It only
holds back for negations ("no rash"), doubt is not negation ("not sure if it's a rash"), and
for soreness, redness or mild swelling where the injection went.
"""

import re
import unicodedata
from dataclasses import dataclass

from bot.red_flag_phrases import MISSPELLINGS, NEGATORS, REWRITES, SIGNS, SITE_WORDS, Level, Sign

__all__ = ["Level", "RedFlag", "find_red_flags", "highest_level"]

# Most urgent first: the safety text shown is the one for the first level found.
LEVEL_ORDER = (Level.EMERGENCY, Level.URGENT_CARE, Level.CALL_CLINICIAN)
NEGATION_WINDOW = 3
_CLAUSE_BREAK = re.compile(r"[,;.!?:\n()\u2013\u2014]|\s-\s|\b(?:but|and|although|though|except)\b")
_COMPILED = tuple((sign, tuple(re.compile(pattern) for pattern in sign.patterns)) for sign in SIGNS)
_SITE = tuple(re.compile(pattern) for pattern in SITE_WORDS)


@dataclass(frozen=True)
class RedFlag:
    """A red flag found in a message: which sign, and how urgent."""

    sign: str
    level: Level


def find_red_flags(text: str) -> list[RedFlag]:
    """Every distinct red flag in a message, most urgent first; empty when none."""
    found: dict[str, RedFlag] = {}
    for clause in _clauses(text):
        at_site = any(pattern.search(clause) for pattern in _SITE)
        for sign, patterns in _COMPILED:
            if sign.key in found or (sign.site_ok and at_site):
                continue
            if any(_affirmed(clause, match) for p in patterns for match in p.finditer(clause)):
                found[sign.key] = RedFlag(sign.key, sign.level)
    return sorted(found.values(), key=lambda flag: LEVEL_ORDER.index(flag.level))


def highest_level(flags: list[RedFlag]) -> Level | None:
    """The most urgent level among the flags, or None."""
    return min((flag.level for flag in flags), key=LEVEL_ORDER.index, default=None)


def signs_of_level(level: Level) -> tuple[Sign, ...]:
    """The signs of one level (for review and tests)."""
    return tuple(sign for sign in SIGNS if sign.level is level)


def _clauses(text: str) -> list[str]:
    """Normalised clauses: lower case, no apostrophes, misspellings fixed, one space apart."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"['\u2019\u2018`]", "", folded)
    folded = " ".join(re.sub(r"(?<=\w)-(?=\w)", " ", folded).split())
    for phrase, replacement in REWRITES.items():
        folded = re.sub(rf"\b{phrase}\b", replacement, folded)
    clauses = []
    for part in _CLAUSE_BREAK.split(folded):
        words = [MISSPELLINGS.get(word, word) for word in re.findall(r"[^\W_]+", part)]
        if words:
            clauses.append(" ".join(words))
    return clauses


def _affirmed(clause: str, match: re.Match[str]) -> bool:
    """Whether a match stands: no negation just before it or inside it."""
    before = clause[: match.start()].split()[-NEGATION_WINDOW:]
    inside = match.group(0).split()
    return not any(word in NEGATORS for word in (*before, *inside))
