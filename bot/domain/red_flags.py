"""Red-flag detection in what a patient writes: pure, no I/O.

The words come from a RedFlagVocabulary per language (bot/catalog/vocabulary/, English in
english_red_flags.py); the rules that apply them, and the Sign and Level types, are here.

The detector errs towards alarming: a message with a sign gets the fixed safety text. A sign
is found as a phrase or as concepts near each other (a body part and a change, a change and a
time); it is held back only for a negation ("no rash"), another person's problem, a question
about what might happen, something long past or cleared, a figure of speech, a harmless effect
at the injection site, or a long-known symptom described as stable. Doubt is not negation.
"""

import itertools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

__all__ = [
    "Level",
    "RedFlag",
    "RedFlagVocabulary",
    "Sign",
    "find_red_flags",
    "highest_level",
    "signs_of_level",
]


class Level(StrEnum):
    """How urgent a red flag is, most urgent first (values match storage's RedFlagLevel)."""

    EMERGENCY = "emergency"
    URGENT_CARE = "urgent_care"
    CALL_CLINICIAN = "call_clinician"


@dataclass(frozen=True)
class Sign:
    """One way a red flag shows: a stable key for the record, its level, and how it is found.

    Several entries may share a key (e.g. "numbness" as a plain mention, which a stable
    description holds back, and "numbness spreading", which nothing but a negation holds back).
    """

    key: str
    level: Level
    patterns: tuple[str, ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    site_ok: bool = False
    stable_ok: bool = False
    plan_ok: bool = False
    causes: str = ""


# eq=False: a vocabulary is hashed by identity, so its compiled patterns are cached once.
@dataclass(frozen=True, eq=False)
class RedFlagVocabulary:
    """The signs and the words that hold them back, in one language (normalised text)."""

    signs: tuple[Sign, ...]
    negators: frozenset[str]
    negation_window: int
    rewrites: tuple[tuple[str, str], ...]
    figures_of_speech: tuple[str, ...]
    hypothetical: tuple[str, ...]
    past_or_resolved: tuple[str, ...]
    now_again: str
    site_words: tuple[str, ...]
    widespread: str
    stable: str
    mild: str
    improving: str
    changing: str
    plan_words: str
    plain_anyway: str
    other_people: str
    first_person: str
    their_shot: str
    asking_about: tuple[str, ...]
    self_report: str
    past_time: str
    resolved: str
    present_state: str
    spread: str
    worse: str
    misspellings: Mapping[str, str]
    contrast: frozenset[str]
    question_opening: str
    # Words that make a following cause a comparison ("pounding, like after a run").
    comparison: frozenset[str]


# Most urgent first: the safety text shown is the one for the first level found.
LEVEL_ORDER = (Level.EMERGENCY, Level.URGENT_CARE, Level.CALL_CLINICIAN)
# Concepts of a pair must fall within this many words (a concept of several words, such as
# "put on half a stone", counts as one); a group of three or more (with a time) wider.
PAIR_WINDOW = 7
GROUP_WINDOW = 15
# A token that stands for a clause break (a comma, a colon, a removed figure of speech).
BREAK = ","
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


@dataclass(frozen=True)
class _Patterns:
    """A vocabulary's patterns, compiled once."""

    vocabulary: RedFlagVocabulary
    signs: tuple[_CompiledSign, ...]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    question_opening: re.Pattern[str]
    figures: re.Pattern[str]
    hypothetical: re.Pattern[str]
    past: re.Pattern[str]
    now_again: re.Pattern[str]
    site: re.Pattern[str]
    widespread: re.Pattern[str]
    stable: re.Pattern[str]
    changing: re.Pattern[str]
    plan: re.Pattern[str]
    plain: re.Pattern[str]
    other: re.Pattern[str]
    first: re.Pattern[str]
    their_shot: re.Pattern[str]
    asking_about: re.Pattern[str]
    self_report: re.Pattern[str]
    past_time: re.Pattern[str]
    resolved: re.Pattern[str]
    present_state: re.Pattern[str]
    progressing: re.Pattern[str]


@cache
def _compiled(vocabulary: RedFlagVocabulary) -> _Patterns:
    """The vocabulary's patterns, compiled on first use and kept (one per language)."""
    words = vocabulary
    signs = tuple(
        _CompiledSign(
            sign,
            tuple(re.compile(pattern) for pattern in sign.patterns),
            tuple(tuple(re.compile(concept) for concept in group) for group in sign.together),
            re.compile(sign.causes) if sign.causes else None,
        )
        for sign in words.signs
    )
    return _Patterns(
        vocabulary=words,
        signs=signs,
        rewrites=tuple((re.compile(pattern), new) for pattern, new in words.rewrites),
        question_opening=re.compile(words.question_opening),
        figures=_compile(words.figures_of_speech),
        hypothetical=_compile(words.hypothetical),
        past=_compile(words.past_or_resolved),
        now_again=_compile(words.now_again),
        site=_compile(words.site_words),
        widespread=_compile(words.widespread),
        stable=_compile((words.stable, words.mild, words.improving)),
        changing=_compile(words.changing),
        plan=_compile(words.plan_words),
        plain=_compile(words.plain_anyway),
        other=_compile(words.other_people),
        first=_compile(words.first_person),
        their_shot=_compile(words.their_shot),
        asking_about=_compile(words.asking_about),
        self_report=_compile(words.self_report),
        past_time=_compile(words.past_time),
        resolved=_compile(words.resolved),
        present_state=_compile(words.present_state),
        progressing=_compile((words.spread, words.worse)),
    )


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


def find_red_flags(text: str, *, vocabulary: RedFlagVocabulary) -> list[RedFlag]:
    """Every distinct red flag in a message, most urgent first; empty when none."""
    patterns = _compiled(vocabulary)
    found: dict[str, RedFlag] = {}
    for read in _sentences(text, patterns):
        if patterns.hypothetical.search(read.text):
            continue
        sentence: _Sentence | None = read
        if _asks_about_signs(read, patterns):
            sentence = _named_first(read, patterns)
        if sentence is None:
            continue
        lead = ""
        for segment in sentence.segments:
            if _over_long_ago(sentence.text, segment, patterns):
                lead = f"{lead} {BREAK} {segment}"
                continue
            for compiled in patterns.signs:
                sign = compiled.sign
                if sign.key not in found and _found_in(compiled, segment, lead, sentence, patterns):
                    found[sign.key] = RedFlag(sign.key, sign.level)
            lead = f"{lead} {BREAK} {segment}"
    return sorted(found.values(), key=lambda flag: LEVEL_ORDER.index(flag.level))


def highest_level(flags: list[RedFlag]) -> Level | None:
    """The most urgent level among the flags, or None."""
    return min((flag.level for flag in flags), key=LEVEL_ORDER.index, default=None)


def signs_of_level(level: Level, *, vocabulary: RedFlagVocabulary) -> tuple[Sign, ...]:
    """The signs of one level (for review and tests)."""
    return tuple(sign for sign in vocabulary.signs if sign.level is level)


def _asks_about_signs(sentence: _Sentence, patterns: _Patterns) -> bool:
    """Whether the sentence asks about signs in general, telling of none in the patient."""
    return (
        sentence.question
        and bool(patterns.asking_about.search(sentence.text))
        and not patterns.self_report.search(sentence.text)
    )


# The most words of each part named on its own before a question about it ("swollen lips").
NAMED_FIRST_WORDS = 4


def _named_first(sentence: _Sentence, patterns: _Patterns) -> _Sentence | None:
    """The short parts named on their own before a question about them, as a report of its
    own: in "hives - side effect?" the patient has hives; None when the question stands alone."""
    asking = patterns.asking_about.search(sentence.text)
    separator = f" {BREAK} "
    cut = sentence.text.rfind(separator, 0, asking.start()) if asking else -1
    if cut < 0:
        return None
    head = sentence.text[:cut]
    parts = head.split(separator)
    if any(len(part.split()) > NAMED_FIRST_WORDS for part in parts):
        return None
    if patterns.asking_about.search(head) or patterns.question_opening.match(head):
        return None
    return _Sentence(head, _segments(head, patterns), question=False)


def _over_long_ago(sentence: str, segment: str, patterns: _Patterns) -> bool:
    """Whether the sentence puts this part well in the past and says it is over, not now."""
    if not (patterns.past_time.search(sentence) and patterns.resolved.search(sentence)):
        return False
    # "all healed now" is the resolution itself, not a sign that is back.
    rest = patterns.resolved.sub(" ", segment)
    return not (patterns.now_again.search(rest) or patterns.present_state.search(rest))


def _explained(compiled: _CompiledSign, segment: str, patterns: _Patterns) -> bool:
    """Whether an ordinary cause is named for the sign ("numb from the cold") and it is not
    spreading or worse."""
    if compiled.causes is None:
        return False
    named = any(
        _affirmed(segment, *m.span(), patterns)
        and not _compared(segment, m.start(), patterns.vocabulary.comparison)
        for m in compiled.causes.finditer(segment)
    )
    progressing = patterns.progressing.finditer(segment)
    return named and not any(_affirmed(segment, *m.span(), patterns) for m in progressing)


def _compared(segment: str, start: int, comparison: frozenset[str]) -> bool:
    """Whether a cause is only a comparison ("pounding, like after a run"), not the cause."""
    return not comparison.isdisjoint(segment[:start].split()[-3:])


def _found_in(
    compiled: _CompiledSign, segment: str, lead: str, sentence: _Sentence, patterns: _Patterns
) -> bool:
    """Whether the sign stands in this part of a sentence (after `lead`, its earlier parts)."""
    if _held_back(compiled.sign, segment, sentence, patterns) or _explained(
        compiled, segment, patterns
    ):
        return False
    for start, end in _spans(compiled, segment, patterns):
        clause = _clause_at(segment, start)
        if compiled.sign.site_ok and _at_site(clause, patterns):
            continue
        if _long_past(clause, segment[start:end], patterns):
            continue
        first_word_end = segment.find(" ", start)
        upto = segment[: first_word_end if first_word_end >= 0 else len(segment)]
        if _about_someone_else(f"{lead} {upto}", sentence.text, patterns):
            continue
        return True
    return False


def _held_back(sign: Sign, segment: str, sentence: _Sentence, patterns: _Patterns) -> bool:
    """Whether what the segment says around the sign holds it back as a whole."""
    if sign.stable_ok and patterns.stable.search(segment):
        changing = patterns.changing.finditer(segment)
        return not any(_affirmed(segment, *m.span(), patterns) for m in changing)
    if sign.plan_ok and (sentence.question or patterns.plan.search(sentence.text)):
        return not patterns.plain.search(segment)
    return False


def _spans(compiled: _CompiledSign, segment: str, patterns: _Patterns) -> list[tuple[int, int]]:
    """Where the sign is affirmed in the segment: each direct phrase, each concept group."""
    spans = [
        match.span()
        for pattern in compiled.patterns
        for match in pattern.finditer(segment)
        if _affirmed(segment, *match.span(), patterns)
    ]
    for group in compiled.together:
        span = _together(group, segment, patterns)
        if span is not None:
            spans.append(span)
    return spans


def _together(
    group: tuple[re.Pattern[str], ...], segment: str, patterns: _Patterns
) -> tuple[int, int] | None:
    """The first place where every concept of the group is affirmed within the window."""
    hits = []
    for concept in group:
        matches = concept.finditer(segment)
        affirmed = [m.span() for m in matches if _affirmed(segment, *m.span(), patterns)]
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


def _affirmed(segment: str, start: int, end: int, patterns: _Patterns) -> bool:
    """Whether a match stands: no negation just before it (within its clause) or inside it."""
    vocabulary = patterns.vocabulary
    before = segment[:start].split()[-vocabulary.negation_window :]
    if BREAK in before:
        before = before[len(before) - before[::-1].index(BREAK) :]
    inside = segment[start:end].split()
    return not any(word in vocabulary.negators for word in (*before, *inside))


def _about_someone_else(before: str, sentence: str, patterns: _Patterns) -> bool:
    """Whether the nearest subject before the sign is another person, not the patient."""
    others = [match.start() for match in patterns.other.finditer(before)]
    if not others or patterns.their_shot.search(sentence):
        return False
    firsts = [match.start() for match in patterns.first.finditer(before)]
    return max(others) > max(firsts, default=-1)


def _long_past(clause: str, match: str, patterns: _Patterns) -> bool:
    """Whether the clause puts the sign in the past, with no "now" in it or in the match."""
    # "used to be just my toes, now it's my whole foot": the match runs into the "now".
    return bool(patterns.past.search(clause)) and not patterns.now_again.search(f"{clause} {match}")


def _at_site(clause: str, patterns: _Patterns) -> bool:
    """Whether the clause places a local effect at the injection site (and not beyond it)."""
    return bool(patterns.site.search(clause)) and not patterns.widespread.search(clause)


def _clause_at(segment: str, position: int) -> str:
    """The clause (between breaks) of the segment that holds the position."""
    start = segment.rfind(f" {BREAK} ", 0, position)
    end = segment.find(f" {BREAK} ", position)
    return segment[start + 3 if start >= 0 else 0 : end if end >= 0 else len(segment)]


def _word_count(text: str) -> int:
    """How many words a piece of normalised text holds."""
    return len(text.split())


def _sentences(text: str, patterns: _Patterns) -> list[_Sentence]:
    """The message as normalised sentences, each cut at contrast words ("but")."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub("['\u2019\u2018`\u00b4]", "", folded)
    folded = re.sub(r"(?<=\w)-(?=\w)", " ", folded)
    sentences = []
    for raw, ending in _split_sentences(folded):
        normal = _normalise(raw, patterns)
        if normal:
            asks = "?" in ending or bool(patterns.question_opening.match(normal))
            sentences.append(_Sentence(normal, _segments(normal, patterns), asks))
    return sentences


def _split_sentences(folded: str) -> list[tuple[str, str]]:
    """Sentences with the punctuation that ended each (a decimal point ends none)."""
    parts = re.split(r"((?<!\d)\.|\.(?!\d)|[!?;\n]+)", folded)
    return list(zip(parts[0::2], [*parts[1::2], ""], strict=False))


def _normalise(raw: str, patterns: _Patterns) -> str:
    """Words one space apart, clause marks as BREAK, misspellings fixed, rewrites applied."""
    marked = _CLAUSE_MARK.sub(f" {BREAK} ", raw)
    misspellings = patterns.vocabulary.misspellings
    words = [misspellings.get(word, word) for word in re.findall(r"[^\W_]+|,", marked)]
    normal = " ".join(words)
    for pattern, new in patterns.rewrites:
        normal = pattern.sub(new, normal)
    normal = patterns.figures.sub(f" {BREAK} ", normal)
    return " ".join(normal.split())


def _segments(sentence: str, patterns: _Patterns) -> tuple[str, ...]:
    """The sentence cut at contrast words: "no rash, but my lips are swelling"."""
    parts: list[list[str]] = [[]]
    for word in sentence.split():
        if word in patterns.vocabulary.contrast:
            parts.append([])
        else:
            parts[-1].append(word)
    return tuple(" ".join(part) for part in parts if any(word != BREAK for word in part))
