"""A plan in plain words: "1,000 mcg every day for 7 injections, then every week for 4 injections".

Shared by the setup summary, the reminders and /status, so it takes domain objects only.
"""

from collections.abc import Sequence

from bot.catalog.catalog import Catalog
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

_DAYS_PER_WEEK = 7


def describe_cadence(catalog: Catalog, cadence: Cadence) -> str:
    """How often: "every day", "every 4 weeks", "every Mon, Wed and Fri", "every 2 months"."""
    if isinstance(cadence, EveryNDays):
        return _every_days(catalog, cadence.days)
    if isinstance(cadence, EveryNMonths):
        if cadence.months == 1:
            return catalog.text("plan-every-month")
        return catalog.text("plan-every-n-months", months=cadence.months)
    days = [catalog.weekday(day) for day in sorted(cadence.weekdays)]
    return catalog.text("plan-on-weekdays", days=join_words(catalog, days))


def _every_days(catalog: Catalog, days: int) -> str:
    """An every-N-days cadence in the words people use for it."""
    named = {
        1: catalog.text("plan-every-day"),
        2: catalog.text("plan-every-other-day"),
        7: catalog.text("plan-every-week"),
    }
    if days in named:
        return named[days]
    if days % _DAYS_PER_WEEK == 0:
        return catalog.text("plan-every-n-weeks", weeks=days // _DAYS_PER_WEEK)
    return catalog.text("plan-every-n-days", days=days)


def describe_end(catalog: Catalog, end: End, kind: PhaseKind) -> str:
    """How long: "for 7 injections", "for 2 weeks", "until … no further improvement", or ""."""
    if isinstance(end, AfterDoses):
        if end.count == 1:
            return catalog.text("plan-for-one-injection")
        return catalog.text("plan-for-injections", count=end.count)
    if isinstance(end, AfterDuration):
        return _for_days(catalog, end.days)
    if end.until_no_further_improvement:
        return catalog.text("plan-until-no-further-improvement")
    # A never-ending maintenance phase needs no words: "(maintenance)" says it.
    return "" if kind is PhaseKind.MAINTENANCE else catalog.text("plan-no-set-end")


def _for_days(catalog: Catalog, days: int) -> str:
    """A duration, in weeks when it is a whole number of them."""
    if days % _DAYS_PER_WEEK == 0:
        weeks = days // _DAYS_PER_WEEK
        return (
            catalog.text("plan-for-one-week")
            if weeks == 1
            else catalog.text("plan-for-weeks", weeks=weeks)
        )
    return (
        catalog.text("plan-for-one-day") if days == 1 else catalog.text("plan-for-days", days=days)
    )


def describe_phase(
    catalog: Catalog, phase: Phase, *, with_dose: bool = True, mark_kind: bool = True
) -> str:
    """One phase: "1,000 mcg every day for 7 injections"; "every 4 weeks (maintenance)"."""
    parts = [catalog.dose(phase.dose)] if with_dose else []
    parts += [
        describe_cadence(catalog, phase.cadence),
        describe_end(catalog, phase.end, phase.kind),
    ]
    if mark_kind and phase.kind is PhaseKind.MAINTENANCE:
        parts.append(catalog.text("plan-maintenance-mark"))
    return " ".join(part for part in parts if part)


def describe_phases(catalog: Catalog, phases: Sequence[Phase]) -> str:
    """Phases in one sentence, naming the dose again only where it changes."""
    words = []
    for index, phase in enumerate(phases):
        with_dose = index == 0 or phase.dose != phases[index - 1].dose
        words.append(describe_phase(catalog, phase, with_dose=with_dose))
    return catalog.text("plan-then").join(words)


def describe_regimen(catalog: Catalog, plan: Regimen) -> str:
    """The whole plan in one sentence."""
    return describe_phases(catalog, plan.phases)


def phase_lines(catalog: Catalog, phases: Sequence[Phase]) -> str:
    """One numbered line per phase with its kind and every number: for checking a plan."""
    return "\n".join(
        catalog.text(
            "plan-phase-line",
            position=index + 1,
            kind=kind_name(catalog, phase.kind),
            words=describe_phase(catalog, phase, mark_kind=False),
        )
        for index, phase in enumerate(phases)
    )


def join_words(catalog: Catalog, items: Sequence[str]) -> str:
    """ "Mon", "Wed", "Fri" → "Mon, Wed and Fri"."""
    if len(items) <= 1:
        return "".join(items)
    return catalog.text("plan-and", items=", ".join(items[:-1]), last=items[-1])


def kind_name(catalog: Catalog, kind: PhaseKind) -> str:
    """A phase kind in words: "Loading"."""
    return catalog.word("plan-kind", kind.value)
