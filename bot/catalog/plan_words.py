"""A plan in plain words: "1,000 mcg every day for 7 injections, then every week for 4 injections".

Shared by the setup summary, the reminders and /status, so it takes domain objects only.
"""

from collections.abc import Sequence

from bot.catalog import texts
from bot.catalog.formatting import WEEKDAYS
from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
    Cadence,
    End,
    EveryNDays,
    EveryNMonths,
    Phase,
    PhaseKind,
    Regimen,
)

KIND_NAMES = {
    PhaseKind.LOADING: texts.PLAN_KIND_LOADING,
    PhaseKind.TRANSITION: texts.PLAN_KIND_TRANSITION,
    PhaseKind.MAINTENANCE: texts.PLAN_KIND_MAINTENANCE,
}
_DAYS_PER_WEEK = 7


def describe_cadence(cadence: Cadence) -> str:
    """How often: "every day", "every 4 weeks", "every Mon, Wed and Fri", "every 2 months"."""
    if isinstance(cadence, EveryNDays):
        return _every_days(cadence.days)
    if isinstance(cadence, EveryNMonths):
        if cadence.months == 1:
            return texts.PLAN_EVERY_MONTH
        return texts.PLAN_EVERY_N_MONTHS.format(months=cadence.months)
    days = [WEEKDAYS[day] for day in sorted(cadence.weekdays)]
    return texts.PLAN_ON_WEEKDAYS.format(days=join_words(days))


def _every_days(days: int) -> str:
    """An every-N-days cadence in the words people use for it."""
    named = {1: texts.PLAN_EVERY_DAY, 2: texts.PLAN_EVERY_OTHER_DAY, 7: texts.PLAN_EVERY_WEEK}
    if days in named:
        return named[days]
    if days % _DAYS_PER_WEEK == 0:
        return texts.PLAN_EVERY_N_WEEKS.format(weeks=days // _DAYS_PER_WEEK)
    return texts.PLAN_EVERY_N_DAYS.format(days=days)


def describe_end(end: End, kind: PhaseKind) -> str:
    """How long: "for 7 injections", "for 2 weeks", "until … no further improvement", or ""."""
    if isinstance(end, AfterDoses):
        if end.count == 1:
            return texts.PLAN_FOR_ONE_INJECTION
        return texts.PLAN_FOR_INJECTIONS.format(count=end.count)
    if isinstance(end, AfterDuration):
        return _for_days(end.days)
    if end.until_no_further_improvement:
        return texts.PLAN_UNTIL_NO_FURTHER_IMPROVEMENT
    # A never-ending maintenance phase needs no words: "(maintenance)" says it.
    return "" if kind is PhaseKind.MAINTENANCE else texts.PLAN_NO_SET_END


def _for_days(days: int) -> str:
    """A duration, in weeks when it is a whole number of them."""
    if days % _DAYS_PER_WEEK == 0:
        weeks = days // _DAYS_PER_WEEK
        return texts.PLAN_FOR_ONE_WEEK if weeks == 1 else texts.PLAN_FOR_WEEKS.format(weeks=weeks)
    return texts.PLAN_FOR_ONE_DAY if days == 1 else texts.PLAN_FOR_DAYS.format(days=days)


def describe_phase(phase: Phase, *, with_dose: bool = True, mark_kind: bool = True) -> str:
    """One phase: "1,000 mcg every day for 7 injections"; "every 4 weeks (maintenance)"."""
    parts = [phase.dose.display()] if with_dose else []
    parts += [describe_cadence(phase.cadence), describe_end(phase.end, phase.kind)]
    if mark_kind and phase.kind is PhaseKind.MAINTENANCE:
        parts.append(texts.PLAN_MAINTENANCE_MARK)
    return " ".join(part for part in parts if part)


def describe_phases(phases: Sequence[Phase]) -> str:
    """Phases in one sentence, naming the dose again only where it changes."""
    words = []
    for index, phase in enumerate(phases):
        with_dose = index == 0 or phase.dose != phases[index - 1].dose
        words.append(describe_phase(phase, with_dose=with_dose))
    return texts.PLAN_THEN.join(words)


def describe_regimen(plan: Regimen) -> str:
    """The whole plan in one sentence."""
    return describe_phases(plan.phases)


def phase_lines(phases: Sequence[Phase]) -> str:
    """One numbered line per phase with its kind and every number: for checking a plan."""
    return "\n".join(
        texts.PLAN_PHASE_LINE.format(
            position=index + 1,
            kind=KIND_NAMES[phase.kind],
            words=describe_phase(phase, mark_kind=False),
        )
        for index, phase in enumerate(phases)
    )


def join_words(items: Sequence[str]) -> str:
    """ "Mon", "Wed", "Fri" → "Mon, Wed and Fri"."""
    if len(items) <= 1:
        return "".join(items)
    return texts.PLAN_AND.format(items=", ".join(items[:-1]), last=items[-1])
