"""A date the patient typed in answer to a question: the date, or the message that asks again.

Every handler that asks "which day?" reads the answer here, so the refusal (with its example)
and the "did you mean A or B?" question are worded in one place. Two wordings of that question
exist and both are kept, because patients already see them: the plain one
(``setup-ask-which-date``) and the one for a dose answer, which adds how to say it
(``dose-date-ambiguous``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.catalog.catalog import Catalog
from bot.catalog.problems import problem_text
from bot.catalog.vocabulary import vocabulary_for
from bot.domain.parsing.dates import AmbiguousDate, DateParseError, parse_date

PLAIN_WHICH_DATE = "setup-ask-which-date"
DOSE_WHICH_DATE = "dose-date-ambiguous"


@dataclass(frozen=True)
class DateReask:
    """A typed date that cannot be used as it is: what to send back, and why."""

    text: str
    # False when the text was no date at all (the caller may read it as something else).
    is_date_like: bool
    # The two readings of an ambiguous numeric date; None when the date was refused.
    candidates: tuple[date, date] | None = None


def which_date_question(
    catalog: Catalog, candidates: tuple[date, date], *, wording: str = PLAIN_WHICH_DATE
) -> str:
    """The "did you mean A or B?" question for an ambiguous date."""
    first, second = (catalog.day(day) for day in candidates)
    return catalog.text(wording, first=first, second=second)


def typed_date(
    catalog: Catalog,
    text: str,
    *,
    today: date,
    allow_future: bool = True,
    allow_past: bool = True,
    which_date: str = PLAIN_WHICH_DATE,
    question: str | None = None,
) -> date | DateReask:
    """Read a typed date; a refusal repeats ``question``, when given, after saying why."""
    vocabulary = vocabulary_for(catalog.language)
    answer = parse_date(
        text, today=today, vocabulary=vocabulary, allow_future=allow_future, allow_past=allow_past
    )
    if isinstance(answer, DateParseError):
        why = problem_text(catalog, answer)
        refusal = why if question is None else f"{why}\n{question}"
        return DateReask(refusal, is_date_like=answer.is_date_like)
    if isinstance(answer, AmbiguousDate):
        asked = which_date_question(catalog, answer.candidates, wording=which_date)
        return DateReask(asked, is_date_like=True, candidates=answer.candidates)
    return answer
