"""Free-text replies: intents, dose amounts and small counts."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.problems import problem_text
from bot.domain.parsing.dates import normalise
from bot.domain.parsing.replies import (
    MAX_REASON_LENGTH,
    AmbiguousDate,
    AskNext,
    AskStatus,
    CountParseError,
    Done,
    DoseParseError,
    Forgot,
    Help,
    History,
    Intent,
    IntentError,
    Late,
    Skip,
    Unknown,
    WillDo,
    parse_count,
    parse_dose,
    parse_intent,
)
from bot.domain.problems import Problem
from bot.domain.regimen import DoseUnit
from tests.domain.conftest import ENGLISH
from tests.english import EN

TODAY = date(2027, 1, 2)  # a Saturday
FAST = settings(max_examples=200, deadline=None)


OUT_OF_1_TO_30: dict[str, str | int] = {"minimum": 1, "maximum": 30, "example": 7}


def has_example(message: str) -> bool:
    """Tell whether a patient-facing message shows an example of what works."""
    return "for example" in message or "e.g." in message


def intent(text: str) -> Intent:
    """Parse with the fixed test date."""
    return parse_intent(text, today=TODAY, vocabulary=ENGLISH)


# --- Done ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("done", Done()),
        ("Done!", Done()),
        ("  DONE  ", Done()),
        ("did it", Done()),
        ("I did it", Done()),
        ("taken", Done()),
        ("✅", Done()),
        ("✔️", Done()),
        ("👍", Done()),
        ("👍👍", Done()),
        ("injected", Done()),
        ("had my shot", Done()),
        ("Had my injecton", Done()),
        ("I've had my B12 jab", Done()),
        ("just done it", Done()),
        ("shot done", Done()),
        ("yes, done", Done()),
        ("done ✅", Done()),
        ("self-injected", Done()),
        ("done today", Done(taken_on=TODAY)),
        ("done yesterday", Done(taken_on=date(2027, 1, 1))),
        ("did it yesterday", Done(taken_on=date(2027, 1, 1))),
        ("✅ yesterday", Done(taken_on=date(2027, 1, 1))),
        ("done on 3 Dec", Done(taken_on=date(2026, 12, 3))),
        ("done on the 3rd of December", Done(taken_on=date(2026, 12, 3))),
        ("took it 2 days ago", Done(taken_on=date(2026, 12, 31))),
        ("done monday", Done(taken_on=date(2026, 12, 28))),  # back-dating looks back
        ("done, left arm", Done(site="left arm")),
        ("Done! Left deltoid.", Done(site="left arm")),
        ("done in my right thigh", Done(site="right thigh")),
        ("done, arm a bit sore", Done(note="arm a bit sore")),
        ("done, not sore", Done(note="not sore")),
        ("did it, didn't hurt", Done(note="didn't hurt")),
        (
            "I've had my B12 jab, right thigh, yesterday",
            Done(taken_on=date(2027, 1, 1), site="right thigh"),
        ),
        (
            "Taken it ✅ in the left arm this morning",
            Done(site="left arm", note="this morning"),
        ),
        (
            "done yesterday, left arm, a bit of a bruise",
            Done(taken_on=date(2027, 1, 1), site="left arm", note="a bit of a bruise"),
        ),
        ("done at 9am", Done(at_time=time(9))),
        ("done at 08:30", Done(at_time=time(8, 30))),
        ("done yesterday at 9.15pm", Done(taken_on=date(2027, 1, 1), at_time=time(21, 15))),
        ("done, left arm, at about 7:45", Done(site="left arm", at_time=time(7, 45))),
        ("did it at 7.15 this morning", Done(note="this morning", at_time=time(7, 15))),
        # A bare hour is the night or the afternoon: not read as a time.
        ("done at 2", Done(note="at 2")),
        ("done, 2 left", Done(note="2 left")),
        (
            "done 3/12",
            Done(taken_on=AmbiguousDate((date(2026, 12, 3), date(2026, 3, 12)))),
        ),
    ],
)
def test_done(text: str, expected: Done) -> None:
    assert intent(text) == expected


def test_done_note_is_capped() -> None:
    answer = intent("done, " + "sore " * 100)
    assert isinstance(answer, Done)
    assert answer.note is not None
    assert len(answer.note) <= MAX_REASON_LENGTH


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("done tomorrow", IntentError(Problem.DONE_DATE_IN_FUTURE)),
        ("did it in 2 days", IntentError(Problem.DONE_DATE_IN_FUTURE)),
        ("done on 31 Feb", IntentError(Problem.DATE_NO_SUCH_DAY, {"month": 2, "day": 31})),
    ],
)
def test_done_on_an_impossible_date_is_an_error(text: str, error: IntentError) -> None:
    assert intent(text) == error
    assert has_example(problem_text(EN, error))


# --- Late, skip, negations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "late",
        "later",
        "Later!",
        "not yet",
        "no, not yet",
        "I'll do it later",
        "running late",
        "⏰",
        "remind me later",
        "snooze",
        # A negated "done" is never recorded as done.
        "not done",
        "not done yet",
        "haven't done it",
        "havent done it",
        "I haven't",
        "didn't take it",
        "I did not take it",
        "I have not had my shot",
        "✅ not yet",
    ],
)
def test_late(text: str) -> None:
    assert intent(text) == Late()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("skip", Skip()),
        ("Skip.", Skip()),
        ("skipping today", Skip()),
        ("I won't do it this time", Skip()),
        ("skipped", Skip()),
        ("skip - travelling", Skip("travelling")),
        ("skip: Travelling until Friday", Skip("Travelling until Friday")),
        ("Skip today's dose, I'm travelling", Skip("I'm travelling")),
        ("skip this one because I'm in hospital", Skip("I'm in hospital")),
        ("I'll skip this one", Skip()),
    ],
)
def test_skip(text: str, expected: Skip) -> None:
    assert intent(text) == expected


def test_skip_reason_is_capped() -> None:
    answer = intent("skip - " + "x" * 500)
    assert answer == Skip("x" * MAX_REASON_LENGTH)


# --- Questions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("when's my next shot", AskNext()),
        ("When\u2019s my next shot?", AskNext()),  # curly apostrophe
        ("when is my next dose", AskNext()),
        ("when do I have to do it again", AskNext()),
        ("when again?", AskNext()),
        ("next injection?", AskNext()),
        ("next?", AskNext()),
        ("Next", AskNext()),
        ("nxt?", AskNext()),
        ("when do I inject next", AskNext()),
        ("when is my injection due", AskNext()),
        ("what's next", AskNext()),
        ("whats nxt", AskNext()),
        ("status", AskStatus()),
        ("Status?", AskStatus()),
        ("my progress", AskStatus()),
        ("how am I doing", AskStatus()),
        ("how am i doing?", AskStatus()),
        ("help", Help()),
        ("/help", Help()),
        ("Help!", Help()),
        ("?", Help()),
        ("??", Help()),
        ("what can you do", Help()),
        ("What can you do?", Help()),
    ],
)
def test_questions(text: str, expected: Intent) -> None:
    assert intent(text) == expected


# --- Unknown ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "🙂",
        "hello",
        "yes",
        "no",
        "ok",
        "thanks",
        "don't skip",
        "I won't skip",
        "should I skip?",
        "done?",
        "is it done",
        "am I done?",
        "I'm not late",
        "when did I last inject",
        "my arm hurts",
    ],
)
def test_unknown(text: str) -> None:
    assert intent(text) == Unknown()


@FAST
@given(text=st.text())
def test_parse_intent_never_raises(text: str) -> None:
    answer = intent(text)
    if isinstance(answer, IntentError):
        assert has_example(problem_text(EN, answer))


# Substrings that can make a reply mean something; random text without them must be Unknown.
TRIGGERS = [
    "done",
    "do",
    "did",
    "tak",
    "took",
    "inject",
    "jab",
    "had",
    "got",
    "gave",
    "give",
    "sk",
    "late",
    "latr",
    "snooze",
    "not",
    # "havent", "hasnt": a bare negated auxiliary means "not yet".
    "haven",
    "hasn",
    "never",
    "remind",
    "bit",
    "while",
    "next",
    "nxt",
    "nex",
    "stat",
    "staut",
    "progress",
    "adherence",
    "summary",
    "help",
    "hlep",
    "what",
    "when",
    "how",
    "command",
    "menu",
    "option",
    "yet",
    "now",
    # "I forgot my shot", "missed it yesterday"; "I'll do it tonight".
    "forg",
    "miss",
    "will",
    "'ll",
    "shall",
    "going",
    "gonna",
    "plan",
    "mean",
    "?",
    "✅",
    "✔",
    "☑",
    "👍",
    "💉",
    "⏰",
    "⏳",
    "⌛",
    "🕐",
]


@FAST
@given(text=st.text(max_size=60))
def test_random_text_without_keywords_is_unknown(text: str) -> None:
    folded = normalise(text)
    if any(trigger in folded for trigger in TRIGGERS):
        return
    assert intent(text) == Unknown()


@FAST
@given(
    filler=st.text(alphabet="bcfhmpqvwxz ", max_size=30).filter(lambda s: s.strip()),
)
def test_words_without_keywords_are_unknown(filler: str) -> None:
    assert intent(filler) == Unknown()


# --- Dose amounts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("1000 mcg", "1000", DoseUnit.MCG),
        ("1,000mcg", "1000", DoseUnit.MCG),
        ("1000 micrograms", "1000", DoseUnit.MCG),
        ("1000 Micrograms", "1000", DoseUnit.MCG),
        ("1000µg", "1000", DoseUnit.MCG),  # micro sign
        ("1000 μg", "1000", DoseUnit.MCG),  # Greek mu
        ("1000 ug", "1000", DoseUnit.MCG),
        ("1000 mcg.", "1000", DoseUnit.MCG),
        ("1 mg", "1", DoseUnit.MG),
        ("1mg", "1", DoseUnit.MG),
        ("1 MG", "1", DoseUnit.MG),
        ("0.5 mg", "0.5", DoseUnit.MG),
        ("0,5 mg", "0.5", DoseUnit.MG),  # decimal comma
        ("0.500 mg", "0.500", DoseUnit.MG),
        ("1 milligram", "1", DoseUnit.MG),
    ],
)
def test_accepted_doses(text: str, amount: str, unit: DoseUnit) -> None:
    assert parse_dose(text, vocabulary=ENGLISH) == (Decimal(amount), unit)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1000", Problem.DOSE_NEEDS_UNIT),
        ("0.5", Problem.DOSE_NEEDS_UNIT),
        ("1.000 mcg", Problem.DOSE_AMBIGUOUS_SEPARATOR),
        ("1 ml", Problem.DOSE_WRONG_UNIT),
        ("1000 iu", Problem.DOSE_WRONG_UNIT),
        ("0 mg", Problem.DOSE_NOT_ABOVE_ZERO),
        ("-1 mg", Problem.DOSE_NOT_ABOVE_ZERO),
        ("-1000 mcg", Problem.DOSE_NOT_ABOVE_ZERO),
        ("\u22121000", Problem.DOSE_NOT_ABOVE_ZERO),
        ("a lot", Problem.DOSE_UNRECOGNISED),
        ("", Problem.DOSE_EMPTY),
    ],
)
def test_rejected_doses(text: str, code: Problem) -> None:
    assert parse_dose(text, vocabulary=ENGLISH) == DoseParseError(code)
    assert has_example(problem_text(EN, DoseParseError(code)))


@FAST
@given(text=st.text(max_size=20))
def test_parse_dose_never_raises(text: str) -> None:
    answer = parse_dose(text, vocabulary=ENGLISH)
    if isinstance(answer, DoseParseError):
        assert has_example(problem_text(EN, answer))
    else:
        assert answer[0] > 0


# --- Counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", 7),
        ("seven", 7),
        ("Seven.", 7),
        ("7 doses", 7),
        ("4 weeks", 4),
        ("twenty-one", 21),
        ("twenty one injections", 21),
        ("thirty", 30),
        ("1", 1),
    ],
)
def test_accepted_counts(text: str, expected: int) -> None:
    assert parse_count(text, minimum=1, maximum=30, vocabulary=ENGLISH) == expected


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("0", CountParseError(Problem.COUNT_OUT_OF_RANGE, OUT_OF_1_TO_30)),
        ("31", CountParseError(Problem.COUNT_OUT_OF_RANGE, OUT_OF_1_TO_30)),
        ("7 or 8", CountParseError(Problem.COUNT_UNRECOGNISED)),
        ("a few", CountParseError(Problem.COUNT_UNRECOGNISED)),
        ("1234567", CountParseError(Problem.COUNT_UNRECOGNISED)),
        ("", CountParseError(Problem.COUNT_UNRECOGNISED)),
    ],
)
def test_rejected_counts(text: str, error: CountParseError) -> None:
    assert parse_count(text, minimum=1, maximum=30, vocabulary=ENGLISH) == error
    assert has_example(problem_text(EN, error))


def test_a_count_out_of_range_names_the_bounds() -> None:
    error = parse_count("31", minimum=1, maximum=30, vocabulary=ENGLISH)
    assert isinstance(error, CountParseError)
    assert problem_text(EN, error) == "Please send a number from 1 to 30, for example <i>7</i>."


@FAST
@given(value=st.integers(min_value=0, max_value=30), words=st.booleans())
def test_count_round_trip(value: int, words: bool) -> None:
    names = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ]
    if words and value <= 20:
        text = names[value]
    elif words and value < 30:
        text = f"twenty-{names[value - 20]}"
    else:
        text = str(value)
    assert parse_count(text, minimum=0, maximum=30, vocabulary=ENGLISH) == value


PARSER_TEXTS = [
    "DATE_EMPTY",
    "DATE_UNRECOGNISED",
    "DATE_MISSING_MONTH",
    "DATE_NO_SUCH_DAY",
    "DATE_NO_SUCH_MONTH",
    "DATE_YEAR_OUT_OF_RANGE",
    "DATE_IN_FUTURE",
    "DATE_IN_PAST",
    "TIME_EMPTY",
    "TIME_UNRECOGNISED",
    "TIME_BAD_HOUR",
    "TIME_BAD_MINUTE",
    "TIME_BAD_AM_PM_HOUR",
    "ZONE_EMPTY",
    "ZONE_UNRECOGNISED",
    "ZONE_OFFSET_OUT_OF_RANGE",
    "ZONE_OFFSET_NOT_WHOLE_HOURS",
    "DONE_DATE_IN_FUTURE",
    "DOSE_EMPTY",
    "DOSE_UNRECOGNISED",
    "DOSE_NEEDS_UNIT",
    "DOSE_WRONG_UNIT",
    "DOSE_AMBIGUOUS_SEPARATOR",
    "DOSE_NOT_ABOVE_ZERO",
    "COUNT_UNRECOGNISED",
    "COUNT_OUT_OF_RANGE",
]


SAMPLE_VALUES: dict[Problem, dict[str, str | int]] = {
    Problem.DATE_NO_SUCH_DAY: {"month": 2, "day": 31},
    Problem.DATE_YEAR_OUT_OF_RANGE: {"earliest": 2000, "latest": 2028},
    Problem.COUNT_OUT_OF_RANGE: OUT_OF_1_TO_30,
}


def test_every_parser_message_shows_an_example() -> None:
    for name in PARSER_TEXTS:
        code = Problem[name]
        message = problem_text(EN, IntentError(code, SAMPLE_VALUES.get(code, {})))
        assert message.strip(), name
        assert has_example(message), name


# --- Several days in one "done" (issue 11, item 5) ------------------------------------------------

SATURDAY, FRIDAY, THURSDAY = TODAY, date(2027, 1, 1), date(2026, 12, 31)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("I did it on Friday and Saturday too", (FRIDAY, SATURDAY)),
        ("done Thursday, Friday and today", (THURSDAY, FRIDAY, SATURDAY)),
        ("did it yesterday and today", (FRIDAY, SATURDAY)),
        ("done on 31 Dec and 1 Jan", (THURSDAY, FRIDAY)),
        ("did it on the 30th and 31st of December", (date(2026, 12, 30), THURSDAY)),
        ("done 30, 31 Dec", (date(2026, 12, 30), THURSDAY)),
        ("took it Thursday & Friday as well", (THURSDAY, FRIDAY)),
        # The same day twice is one day.
        ("done yesterday and yesterday", (FRIDAY,)),
    ],
)
def test_done_on_several_days(text: str, days: tuple[date, ...]) -> None:
    answer = intent(text)
    assert isinstance(answer, Done)
    assert answer.days == days
    assert answer.note is None


def test_several_days_keep_a_real_note_and_refuse_a_future_day() -> None:
    answer = intent("done yesterday and today, felt fine")
    assert answer == Done(taken_on=FRIDAY, also_on=(SATURDAY,), note="felt fine")
    assert isinstance(intent("done yesterday and tomorrow"), IntentError)


@FAST
@given(
    days=st.lists(st.dates(min_value=date(2026, 12, 1), max_value=TODAY), min_size=1, max_size=4),
    joiner=st.sampled_from([" and ", ", ", " & ", ", and "]),
)
def test_every_named_day_is_read_once_in_order(days: list[date], joiner: str) -> None:
    text = "done " + joiner.join(f"{day.day} {day:%b}" for day in days)
    answer = intent(text)
    assert isinstance(answer, Done)
    assert answer.days == tuple(dict.fromkeys(days))


# --- Plain questions and statements (issue 11) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Issue 13: what was missed or skipped is read on the history page.
        ("how many have I missed", History()),
        ("How many injections have I had?", AskStatus()),
        ("how many doses did I skip", History()),
        ("have I missed any?", History()),
        ("my history", History()),
        ("show me my injection history", History()),
        ("what have I done?", History()),
        ("I forgot my shot", Forgot()),
        ("oops, forgot my B12 injection", Forgot()),
        ("I forgot my shot, what should I do?", Forgot()),
        ("forgot", Forgot()),
        ("I missed my injection yesterday", Forgot(FRIDAY)),
        ("I forgot to do it on Thursday", Forgot(THURSDAY)),
        ("I'll do it tonight", WillDo(TODAY)),
        ("ok I will take it this evening", WillDo(TODAY)),
        ("I'll have my shot tomorrow", WillDo(date(2027, 1, 3))),
        ("I am going to do it on Monday", WillDo(date(2027, 1, 4))),
        # Said the other way round, these stay what they were.
        ("I haven't done it yet", Late()),
        ("I'll do it later", Late()),
        ("I won't do it tonight", Late()),
        ("forgot to tell you I did it yesterday", Done(taken_on=FRIDAY)),
        ("I missed the bus", Unknown()),
        ("I never miss", Unknown()),
        ("I haven't missed any", Unknown()),
        ("I'll do it after the weekend", Unknown()),
    ],
)
def test_plain_questions_and_statements(text: str, expected: Intent) -> None:
    assert intent(text) == expected


@FAST
@given(day=st.dates(min_value=date(2026, 12, 1), max_value=TODAY))
def test_a_forgotten_day_is_never_in_the_future(day: date) -> None:
    answer = intent(f"I missed my injection on {day.day} {day:%B}")
    assert answer == Forgot(day)
