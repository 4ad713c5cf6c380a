"""Red-flag detection in what a patient writes: pure, no I/O.

The words come from bot.catalog.red_flag_phrases.

The detector errs towards alarming: a message with a sign gets the fixed safety text. A sign
is found as a phrase or as concepts near each other (a body part and a change, a change and a
time); it is held back only for a negation ("no rash"), another person's problem, a question
about what might happen, something long past or cleared, a figure of speech, a harmless effect
at the injection site, or a long-known symptom described as stable. Doubt is not negation.
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass

from bot.catalog import red_flag_phrases as phrases
from bot.catalog.red_flag_phrases import SIGNS, Level, Sign

__all__ = ["Level", "RedFlag", "find_red_flags", "highest_level", "signs_of_level"]

# Most urgent first: the safety text shown is the one for the first level found.
LEVEL_ORDER = (Level.EMERGENCY, Level.URGENT_CARE, Level.CALL_CLINICIAN)
# Concepts of a pair must fall within this many words (a concept of several words, such as
# "put on half a stone", counts as one); a group of three or more (with a time) wider.
PAIR_WINDOW = 7
GROUP_WINDOW = 15
# A token that stands for a clause break (a comma, a colon, a removed figure of speech).
BREAK = ","
_CONTRAST = frozenset({"but", "although", "though", "however", "except", "whereas"})
# A sentence opening like this asks, even without its question mark.
_QUESTION_OPENING = re.compile(
    r"^(?:what|whats|how|hows|is|are|does|do|can|could|should|would|will|when|which)\b"
)
_CLAUSE_MARK = re.compile(r"[,:()\[\]\"\u2013\u2014/]|\s-\s|\s-$|^-\s")


def _compile(patterns: tuple[str, ...] | str) -> re.Pattern[str]:
    """One compiled alternation of the patterns."""
    if isinstance(patterns, str):
        return re.compile(patterns)
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


@dataclass(frozen=True)
class _CompiledSign:
    """A sign with its patterns compiled."""

    sign: Sign
    patterns: tuple[re.Pattern[str], ...]
    together: tuple[tuple[re.Pattern[str], ...], ...]
    causes: re.Pattern[str] | None


_SIGNS = tuple(
    _CompiledSign(
        sign,
        tuple(re.compile(pattern) for pattern in sign.patterns),
        tuple(tuple(re.compile(concept) for concept in group) for group in sign.together),
        re.compile(sign.causes) if sign.causes else None,
    )
    for sign in SIGNS
)
_REWRITES = tuple((re.compile(pattern), new) for pattern, new in phrases.REWRITES)
_FIGURES = _compile(phrases.FIGURES_OF_SPEECH)
_HYPOTHETICAL = _compile(phrases.HYPOTHETICAL)
_PAST = _compile(phrases.PAST_OR_RESOLVED)
_NOW_AGAIN = _compile(phrases.NOW_AGAIN)
_SITE = _compile(phrases.SITE_WORDS)
_WIDESPREAD = _compile(phrases.WIDESPREAD)
_STABLE = _compile((phrases.STABLE, phrases.MILD, phrases.IMPROVING))
_CHANGING = _compile(phrases.CHANGING)
_PLAN = _compile(phrases.PLAN_WORDS)
_PLAIN = _compile(phrases.PLAIN_ANYWAY)
_OTHER = _compile(phrases.OTHER_PEOPLE)
_FIRST = _compile(phrases.FIRST_PERSON)
_THEIR_SHOT = _compile(phrases.THEIR_SHOT)
_ASKING_ABOUT = _compile(phrases.ASKING_ABOUT)
_SELF_REPORT = _compile(phrases.SELF_REPORT)
_PAST_TIME = _compile(phrases.PAST_TIME)
_RESOLVED = _compile(phrases.RESOLVED)
_PRESENT_STATE = _compile(phrases.PRESENT_STATE)
_PROGRESSING = _compile((phrases.SPREAD, phrases.WORSE))


@dataclass(frozen=True)
class RedFlag:
    """A red flag found in a message: which sign, and how urgent."""

    sign: str
    level: Level


@dataclass(frozen=True)
class _Sentence:
    """A normalised sentence, its parts between contrast words, and whether it asks."""

    text: str
    segments: tuple[str, ...]
    question: bool


def find_red_flags(text: str) -> list[RedFlag]:
    """Every distinct red flag in a message, most urgent first; empty when none."""
    found: dict[str, RedFlag] = {}
    for sentence in _sentences(text):
        if _HYPOTHETICAL.search(sentence.text) or _asks_about_signs(sentence):
            continue
        lead = ""
        for segment in sentence.segments:
            if _over_long_ago(sentence.text, segment):
                lead = f"{lead} {BREAK} {segment}"
                continue
            for compiled in _SIGNS:
                sign = compiled.sign
                if sign.key not in found and _found_in(compiled, segment, lead, sentence):
                    found[sign.key] = RedFlag(sign.key, sign.level)
            lead = f"{lead} {BREAK} {segment}"
    return sorted(found.values(), key=lambda flag: LEVEL_ORDER.index(flag.level))


def highest_level(flags: list[RedFlag]) -> Level | None:
    """The most urgent level among the flags, or None."""
    return min((flag.level for flag in flags), key=LEVEL_ORDER.index, default=None)


def signs_of_level(level: Level) -> tuple[Sign, ...]:
    """The signs of one level (for review and tests)."""
    return tuple(sign for sign in SIGNS if sign.level is level)


def _asks_about_signs(sentence: _Sentence) -> bool:
    """Whether the sentence asks about signs in general, telling of none in the patient."""
    return (
        sentence.question
        and bool(_ASKING_ABOUT.search(sentence.text))
        and not _SELF_REPORT.search(sentence.text)
    )


def _over_long_ago(sentence: str, segment: str) -> bool:
    """Whether the sentence puts this part well in the past and says it is over, not now."""
    if not (_PAST_TIME.search(sentence) and _RESOLVED.search(sentence)):
        return False
    # "all healed now" is the resolution itself, not a sign that is back.
    rest = _RESOLVED.sub(" ", segment)
    return not (_NOW_AGAIN.search(rest) or _PRESENT_STATE.search(rest))


def _explained(compiled: _CompiledSign, segment: str) -> bool:
    """Whether an ordinary cause is named for the sign ("numb from the cold") and it is not
    spreading or worse."""
    if compiled.causes is None:
        return False
    named = any(
        _affirmed(segment, *m.span()) and not _compared(segment, m.start())
        for m in compiled.causes.finditer(segment)
    )
    return named and not any(_affirmed(segment, *m.span()) for m in _PROGRESSING.finditer(segment))


def _compared(segment: str, start: int) -> bool:
    """Whether a cause is only a comparison ("pounding, like after a run"), not the cause."""
    before = segment[:start].split()[-3:]
    return "like" in before or "if" in before or "though" in before


def _found_in(compiled: _CompiledSign, segment: str, lead: str, sentence: _Sentence) -> bool:
    """Whether the sign stands in this part of a sentence (after `lead`, its earlier parts)."""
    if _held_back(compiled.sign, segment, sentence) or _explained(compiled, segment):
        return False
    for start, end in _spans(compiled, segment):
        clause = _clause_at(segment, start)
        if compiled.sign.site_ok and _at_site(clause):
            continue
        if _long_past(clause, segment[start:end]):
            continue
        first_word_end = segment.find(" ", start)
        upto = segment[: first_word_end if first_word_end >= 0 else len(segment)]
        if _about_someone_else(f"{lead} {upto}", sentence.text):
            continue
        return True
    return False


def _held_back(sign: Sign, segment: str, sentence: _Sentence) -> bool:
    """Whether what the segment says around the sign holds it back as a whole."""
    if sign.stable_ok and _STABLE.search(segment):
        return not any(_affirmed(segment, *m.span()) for m in _CHANGING.finditer(segment))
    if sign.plan_ok and (sentence.question or _PLAN.search(sentence.text)):
        return not _PLAIN.search(segment)
    return False


def _spans(compiled: _CompiledSign, segment: str) -> list[tuple[int, int]]:
    """Where the sign is affirmed in the segment: each direct phrase, each concept group."""
    spans = [
        match.span()
        for pattern in compiled.patterns
        for match in pattern.finditer(segment)
        if _affirmed(segment, *match.span())
    ]
    for group in compiled.together:
        span = _together(group, segment)
        if span is not None:
            spans.append(span)
    return spans


def _together(group: tuple[re.Pattern[str], ...], segment: str) -> tuple[int, int] | None:
    """The first place where every concept of the group is affirmed within the window."""
    hits = []
    for concept in group:
        affirmed = [m.span() for m in concept.finditer(segment) if _affirmed(segment, *m.span())]
        if not affirmed:
            return None
        hits.append(affirmed)
    window = PAIR_WINDOW if len(group) == 2 else GROUP_WINDOW
    for combination in itertools.product(*hits):
        start = min(span[0] for span in combination)
        end = max(span[1] for span in combination)
        if _span_words(segment, start, end, combination) <= window:
            return start, end
    return None


def _span_words(segment: str, start: int, end: int, concepts: tuple[tuple[int, int], ...]) -> int:
    """Words from the first concept to the last, each concept of several words counted as one."""
    longer = sum(max(_word_count(segment[s:e]) - 1, 0) for s, e in concepts)
    return max(_word_count(segment[start:end]) - longer, len(concepts))


def _affirmed(segment: str, start: int, end: int) -> bool:
    """Whether a match stands: no negation just before it (within its clause) or inside it."""
    before = segment[:start].split()[-phrases.NEGATION_WINDOW :]
    if BREAK in before:
        before = before[len(before) - before[::-1].index(BREAK) :]
    inside = segment[start:end].split()
    return not any(word in phrases.NEGATORS for word in (*before, *inside))


def _about_someone_else(before: str, sentence: str) -> bool:
    """Whether the nearest subject before the sign is another person, not the patient."""
    others = [match.start() for match in _OTHER.finditer(before)]
    if not others or _THEIR_SHOT.search(sentence):
        return False
    firsts = [match.start() for match in _FIRST.finditer(before)]
    return max(others) > max(firsts, default=-1)


def _long_past(clause: str, match: str) -> bool:
    """Whether the clause puts the sign in the past, with no "now" in it or in the match."""
    # "used to be just my toes, now it's my whole foot": the match runs into the "now".
    return bool(_PAST.search(clause)) and not _NOW_AGAIN.search(f"{clause} {match}")


def _at_site(clause: str) -> bool:
    """Whether the clause places a local effect at the injection site (and not beyond it)."""
    return bool(_SITE.search(clause)) and not _WIDESPREAD.search(clause)


def _clause_at(segment: str, position: int) -> str:
    """The clause (between breaks) of the segment that holds the position."""
    start = segment.rfind(f" {BREAK} ", 0, position)
    end = segment.find(f" {BREAK} ", position)
    return segment[start + 3 if start >= 0 else 0 : end if end >= 0 else len(segment)]


def _word_count(text: str) -> int:
    """How many words a piece of normalised text holds."""
    return len(text.split())


def _sentences(text: str) -> list[_Sentence]:
    """The message as normalised sentences, each cut at contrast words ("but")."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub("['\u2019\u2018`\u00b4]", "", folded)
    folded = re.sub(r"(?<=\w)-(?=\w)", " ", folded)
    sentences = []
    for raw, ending in _split_sentences(folded):
        normal = _normalise(raw)
        if normal:
            asks = "?" in ending or bool(_QUESTION_OPENING.match(normal))
            sentences.append(_Sentence(normal, _segments(normal), asks))
    return sentences


def _split_sentences(folded: str) -> list[tuple[str, str]]:
    """Sentences with the punctuation that ended each (a decimal point ends none)."""
    parts = re.split(r"((?<!\d)\.|\.(?!\d)|[!?;\n]+)", folded)
    return list(zip(parts[0::2], [*parts[1::2], ""], strict=False))


def _normalise(raw: str) -> str:
    """Words one space apart, clause marks as BREAK, misspellings fixed, rewrites applied."""
    marked = _CLAUSE_MARK.sub(f" {BREAK} ", raw)
    words = [phrases.MISSPELLINGS.get(word, word) for word in re.findall(r"[^\W_]+|,", marked)]
    normal = " ".join(words)
    for pattern, new in _REWRITES:
        normal = pattern.sub(new, normal)
    normal = _FIGURES.sub(f" {BREAK} ", normal)
    return " ".join(normal.split())


def _segments(sentence: str) -> tuple[str, ...]:
    """The sentence cut at contrast words: "no rash, but my lips are swelling"."""
    parts: list[list[str]] = [[]]
    for word in sentence.split():
        if word in _CONTRAST:
            parts.append([])
        else:
            parts[-1].append(word)
    return tuple(" ".join(part) for part in parts if any(word != BREAK for word in part))
