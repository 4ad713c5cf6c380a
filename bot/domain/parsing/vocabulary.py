"""The words the parsers recognise, per language: the types (the words: bot/catalog/vocabulary).

Each parser takes a ``vocabulary`` and compiles the patterns it builds from it once (the types
compare by identity, so a cache keyed on a vocabulary holds one entry per language).
Patterns are regular-expression sources run on normalised text (see ``dates.normalise``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

from bot.domain.red_flags import RedFlagVocabulary
from bot.domain.regimen import DoseUnit


@dataclass(frozen=True, eq=False)
class DateWords:
    """Number, month, weekday and relative-day words, and the small words around a date."""

    numbers: Mapping[str, int]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    # Weekday names read only before a date ("So 15 Apr"): alone they are everyday words ("so").
    dated_weekdays: Mapping[str, int]
    relative_days: Mapping[str, int]
    # Words meaning one of a unit ("a week ago").
    one: frozenset[str]
    # "(amount) (unit) ago" and "in (amount) (unit)": groups 1 and 2 are the amount and the unit.
    ago: str
    ahead: str
    week_units: frozenset[str]
    next_word: str
    last_word: str
    # Other words that may lead a weekday ("this Friday", "on Friday").
    weekday_leads: tuple[str, ...]
    # Words a date may open with ("on the 3rd"), ordinal endings, "of" ("3rd of May"), "and".
    leading_words: tuple[str, ...]
    ordinals: tuple[str, ...]
    of_word: str
    and_word: str
    # Words that may follow a year and say only that it is one (Russian writes "2026 g.").
    year_words: tuple[str, ...]
    # Other forms of the words above, folded onto them before a date is read
    # ("следующую" → "следующий", as "next" is one word where Russian has four).
    word_forms: Mapping[str, str]


@dataclass(frozen=True, eq=False)
class TimeWords:
    """Named times of day and the words around a time ("at about 9 o'clock")."""

    named: Mapping[str, time]
    leads: tuple[str, ...]
    o_clock: str


@dataclass(frozen=True, eq=False)
class ZoneWords:
    """Place and zone names that are not IANA cities, and the words around them."""

    aliases: Mapping[str, tuple[str, ...]]
    utc_names: frozenset[str]
    leads: tuple[str, ...]
    # Short words of aliases that are words, not abbreviations ("NYC", "Washington DC").
    short_words: frozenset[str]


@dataclass(frozen=True, eq=False)
class ReplyWords:
    """What a reply to a dose reminder says: done, late, skip, forgot, will do, a question."""

    contractions: tuple[tuple[str, str], ...]
    typos: Mapping[str, str]
    done_verbs: frozenset[str]
    negators: frozenset[str]
    # A bare negated auxiliary ("I haven't") answers "have you done it?".
    bare_not_done: frozenset[str]
    not_done_auxiliaries: frozenset[str]
    not_yet: str
    clause_break: str
    skip_word: str
    question_starts: frozenset[str]
    next_filler: frozenset[str]
    injection_words: frozenset[str]
    status_words: frozenset[str]
    status_question: str
    count_question: str
    # "my history", "what have I done", "how many have I missed": the /history page.
    history_question: str
    # "a report for my doctor", "informe para mi médico": the clinician report (/report).
    report_question: str
    help_phrases: frozenset[str]
    help_word: str
    next_word: str
    when_word: str
    next_openings: frozenset[str]
    not_next: frozenset[str]
    late_phrases: str
    negated_late: tuple[str, ...]
    done_phrase: str
    site: str
    left_side: str
    site_parts: Mapping[str, str]
    reason_filler: str
    date_joiner: str
    days_tail: str
    forgot_to_tell: str
    forgot_lead: frozenset[str]
    forgot_verbs: frozenset[str]
    forgot_filler: frozenset[str]
    will_do: str
    later_today: frozenset[str]
    # "When do I have to do it again?": with the word for when first, a question about the next.
    again: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class RouteWords:
    """How the injection is given, typed instead of pressed, and the words of B12 not injected."""

    intramuscular: frozenset[str]
    subcutaneous: frozenset[str]
    # Found anywhere in the answer ("the tablets"): the bot is for injections.
    not_injected: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class AmountWords:
    """Dose units and the nouns a count may carry ("7 doses")."""

    dose_units: Mapping[str, DoseUnit]
    count_nouns: frozenset[str]
    # Where a comma marks decimals ("1,5 mg"), "1,000" is one, not a thousand: asked back.
    decimal_comma: bool = False


@dataclass(frozen=True, eq=False)
class AppointmentWords:
    """Words around an appointment's day and time that carry no date ("booked it for")."""

    filler: frozenset[str]
    # Named times that stand alone as a clock ("noon"), and the word before a bare hour ("at 2").
    clock_names: tuple[str, ...]
    at_word: str
    # Words that name a day, not a weekday, though they are letters only ("today").
    day_names: frozenset[str]


@dataclass(frozen=True, eq=False)
class LabWords:
    """The names each lab test is written with (by LabTest value), and "N weeks after start"."""

    test_names: Mapping[str, tuple[str, ...]]
    # Groups: count, unit (day, week or month, with or without an "s"), anchor.
    relative_due: str
    units: Mapping[str, str]
    anchors: Mapping[str, str]
    # Unit symbols written in the language's own letters, in Latin ("пг" → "pg"); {} if none.
    unit_symbols: Mapping[str, str]


@dataclass(frozen=True, eq=False)
class DurationWords:
    """Units of a follow-up delay ("2 hours", "90 min") and of a phase's length ("2 weeks")."""

    hours: tuple[str, ...]
    minutes: tuple[str, ...]
    # Found anywhere in the answer, as stems: "week" also reads "weeks" and "weekly".
    weeks: tuple[str, ...]
    months: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class SettingsWords:
    """What asks to change a setting by words: reminder time, time zone, travel, the settings page.

    Each pattern must match the whole message, between ``lead`` and ``tail`` (politeness), case
    ignored. Their named groups: ``time`` (a wall time), ``place`` (a place or zone) and
    ``until`` (the last day of a trip).
    """

    lead: str
    tail: str
    open_settings: tuple[str, ...]
    back_home: tuple[str, ...]
    # The reminder time named outright ("change my reminder time to …"): a bad time is an error.
    reminder_time: tuple[str, ...]
    # "Remind me at 7pm": read only when what follows has a digit or is a named time.
    remind_at: tuple[str, ...]
    # The zone named outright ("set my time zone to …", "I moved to …"): the place is kept as is.
    zone_change: tuple[str, ...]
    # "I live in …": read only when the place names a zone.
    zone_statement: tuple[str, ...]
    # "I'm travelling (to …) (until …)": the place is kept as is, a bad date is an error.
    travelling: tuple[str, ...]
    # "I'm going to … (until …)": read when the place names a zone or a last day is given.
    going_to: tuple[str, ...]
    # "I'll be in … (until …)": read only when the place names a zone.
    staying: tuple[str, ...]
    # "I'm in … now", "landed in …": read only when the place names a zone.
    now_in: tuple[str, ...]
    # Words a place may open with that are no part of its name ("the UK").
    articles: tuple[str, ...]
    # Words that name a zone only by accident of its IANA name ("the north", "wake", "z").
    not_places: frozenset[str]


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Every word list the domain reads, for one language."""

    language: str
    dates: DateWords
    times: TimeWords
    zones: ZoneWords
    replies: ReplyWords
    amounts: AmountWords
    appointments: AppointmentWords
    labs: LabWords
    durations: DurationWords
    red_flags: RedFlagVocabulary
    settings: SettingsWords
    # Short everyday words ("the", "and", "my") that show a message is written in this language.
    common_words: frozenset[str]
    routes: RouteWords
