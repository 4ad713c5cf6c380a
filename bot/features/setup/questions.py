"""Each setup step's question: its text and keyboard, built from the answers so far."""

import html
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.catalog.catalog import Catalog
from bot.catalog.labels import preset_name, preset_source
from bot.catalog.plan_words import (
    describe_cadence,
    describe_end,
    describe_phases,
    kind_name,
    phase_lines,
)
from bot.domain.presets import PRESETS, UK_MAINTENANCE_MONTHS, preset
from bot.domain.regimen import Drug, Giver, PhaseKind, Regimen, Route
from bot.domain.schedule import ScheduleContext, phase_boundaries, upcoming_doses
from bot.features.setup.draft import (
    Draft,
    StartFrom,
    Step,
    cadence_from_data,
    callback,
    dose_from_data,
    end_from_data,
)

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None
Question = tuple[str, Markup]
Row = Sequence[tuple[str, str]]

SUMMARY_DATES = 5
ZONES_PER_ROW = 2
# The value of the "None of these" button; no zone is named so.
NONE_OF_THESE = "none"
# Far enough that the count, not the horizon, limits the dates shown.
SUMMARY_HORIZON = timedelta(days=3660)
OVERDUE_AFTER = timedelta(days=1)
# Cadence buttons: message id, and the value the button carries.
CADENCE_CHOICES = (
    ("setup-button-daily", "d1"),
    ("setup-button-alternate-days", "d2"),
    ("setup-button-weekly", "d7"),
    ("setup-button-four-weekly", "d28"),
    ("setup-button-other-days", "days"),
    ("setup-button-weekdays", "weekdays"),
    ("setup-button-months", "months"),
)


def keyboard(step: Step, rows: Sequence[Row]) -> InlineKeyboardMarkup:
    """Inline buttons whose data is "setup:<step>:<value>"."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(label, callback_data=callback(step, value))
                for label, value in row
            ]
            for row in rows
            if row
        ]
    )


def column(step: Step, choices: Row) -> InlineKeyboardMarkup:
    """One button per row."""
    return keyboard(step, [[choice] for choice in choices])


def zone_label(catalog: Catalog, name: str) -> str:
    """A zone as the patient reads it: "Etc/GMT-2" is shown as "UTC+2" (Etc signs are inverted)."""
    if name.startswith("Etc/GMT") and len(name) > len("Etc/GMT"):
        sign = "-" if name[len("Etc/GMT")] == "+" else "+"
        return catalog.text("setup-zone-offset-label", sign=sign, hours=name[len("Etc/GMT") + 1 :])
    return name


def _position(draft: Draft) -> int:
    """The 1-based number of the phase being entered."""
    return draft.editing + 1


def _kind_name(catalog: Catalog, draft: Draft) -> str:
    """The kind of the phase being entered, in words."""
    return kind_name(catalog, draft.work_kind()).lower()


# --- The plan ---------------------------------------------------------------------------------


def ask_preset(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Which preset, or custom."""
    choices = [(preset_name(catalog, p.key), p.key) for p in PRESETS]
    return catalog.text("setup-ask-preset"), column(Step.PRESET, choices)


def ask_preset_months(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """UK maintenance: every 2 or every 3 months (the prescription says which)."""
    choices = [
        (catalog.text("setup-button-every-n-months", months=m), str(m))
        for m in UK_MAINTENANCE_MONTHS
    ]
    return catalog.text("preset-needs-months"), keyboard(Step.PRESET_MONTHS, [choices])


def ask_preset_dose(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """The maintenance-only dose, exactly as prescribed."""
    return catalog.text("setup-ask-preset-dose"), None


def ask_review(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """The preset's source and every number, to confirm or change."""
    chosen = preset(draft.get("preset"))
    text = catalog.text(
        "setup-review",
        name=preset_name(catalog, chosen.key),
        source=preset_source(catalog, chosen.key),
        phases=phase_lines(catalog, draft.phases),
    )
    choices = [
        (catalog.text("setup-button-matches"), "ok"),
        (catalog.text("setup-button-change-numbers"), "edit"),
    ]
    return text, column(Step.REVIEW, choices)


def _plan_so_far(catalog: Catalog, draft: Draft) -> str:
    """The numbered phases, or a note that there are none yet."""
    return phase_lines(catalog, draft.phases) or catalog.text("setup-no-phases-yet")


def ask_editor(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Every phase with a Change button; add, remove the last, done."""
    count = draft.phase_count
    choices = [
        (catalog.text("setup-button-change-phase", position=i + 1), f"c{i}") for i in range(count)
    ]
    if count > 1:
        choices.append((catalog.text("setup-button-remove-phase", position=count), f"r{count - 1}"))
    choices += [
        (catalog.text("setup-button-add-phase"), "add"),
        (catalog.text("setup-button-done"), "done"),
    ]
    text = catalog.text("setup-ask-editor", phases=_plan_so_far(catalog, draft))
    return text, column(Step.EDITOR, choices)


def ask_phase_kind(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Loading, transition or maintenance."""
    choices = [(kind_name(catalog, kind), kind.value) for kind in PhaseKind]
    text = catalog.text("setup-ask-phase-kind", position=_position(draft))
    return text, column(Step.PHASE_KIND, choices)


def _keep(
    catalog: Catalog, draft: Draft, field: str, words: Callable[[Draft], str]
) -> list[tuple[str, str]]:
    """A "Keep: …" button when the phase being changed already has this answer."""
    if field not in draft.work:
        return []
    return [(catalog.text("setup-button-keep", value=words(draft)), "keep")]


def ask_cadence(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """How often: common intervals, another number of days or months, or weekdays."""
    keep = _keep(
        catalog,
        draft,
        "cadence",
        lambda d: describe_cadence(catalog, cadence_from_data(d.work["cadence"])),
    )
    text = catalog.text(
        "setup-ask-cadence", position=_position(draft), kind=_kind_name(catalog, draft)
    )
    return text, column(
        Step.PHASE_CADENCE,
        keep + [(catalog.text(message_id), value) for message_id, value in CADENCE_CHOICES],
    )


def ask_interval_days(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Every how many days."""
    return catalog.text("setup-ask-interval-days"), None


def ask_interval_months(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Every how many months."""
    return catalog.text("setup-ask-interval-months"), None


def weekday_keyboard(catalog: Catalog, ticked: Sequence[int]) -> InlineKeyboardMarkup:
    """Mon … Sun toggles, ticked ones marked, and Done."""
    labels = [
        (catalog.text("setup-weekday-ticked", day=name) if day in ticked else name, f"t{day}")
        for day, name in enumerate(catalog.weekday(day) for day in range(7))
    ]
    rows = [labels[:4], labels[4:], [(catalog.text("setup-button-done"), "done")]]
    return keyboard(Step.PHASE_WEEKDAYS, rows)


def ask_weekdays(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Which days of the week."""
    text = catalog.text("setup-ask-weekdays", position=_position(draft))
    return text, weekday_keyboard(catalog, draft.work.get("ticked", []))


def ask_end(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """After a number of injections, a duration, or until the clinician changes it."""
    keep = _keep(
        catalog,
        draft,
        "end",
        lambda d: describe_end(catalog, end_from_data(d.work["end"]), d.work_kind()),
    )
    choices = [
        (catalog.text("setup-button-end-injections"), "doses"),
        (catalog.text("setup-button-end-duration"), "days"),
        (catalog.text("setup-button-end-open"), "open"),
    ]
    text = catalog.text("setup-ask-end", position=_position(draft), kind=_kind_name(catalog, draft))
    return text, column(Step.PHASE_END, keep + choices)


def ask_count(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """How many injections."""
    return catalog.text("setup-ask-count"), None


def ask_duration(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """How many days or weeks."""
    return catalog.text("setup-ask-duration"), None


def ask_dose(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """The dose per injection; keep it, or copy the previous phase's."""
    choices = _keep(catalog, draft, "dose", lambda d: catalog.dose(dose_from_data(d.work["dose"])))
    previous = draft.previous_dose()
    if not choices and previous is not None:
        same = catalog.text(
            "setup-button-same-dose", position=draft.editing, dose=catalog.dose(previous)
        )
        choices = [(same, "prev")]
    text = catalog.text(
        "setup-ask-dose", position=_position(draft), kind=_kind_name(catalog, draft)
    )
    return text, column(Step.PHASE_DOSE, choices) if choices else None


def ask_more(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Another phase, or that's all."""
    choices = [
        (catalog.text("setup-button-add-another"), "add"),
        (catalog.text("setup-button-thats-all"), "done"),
    ]
    text = catalog.text("setup-ask-more", phases=_plan_so_far(catalog, draft))
    return text, column(Step.PHASE_MORE, choices)


# --- Drug, route, giver, zone, dates ----------------------------------------------------------


def ask_drug(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Which cobalamin, mentioning the one the preset usually uses."""
    key = draft.get("preset")
    suggested = preset(key).suggested_drug if key else None
    text = (
        catalog.text(
            "setup-ask-drug-suggested",
            drug=catalog.word("setup-drug-in-sentence", suggested.value),
        )
        if suggested is not None
        else catalog.text("setup-ask-drug")
    )
    return text, column(
        Step.DRUG, [(catalog.word("setup-drug", drug.value), drug.value) for drug in Drug]
    )


def route_keyboard(catalog: Catalog) -> InlineKeyboardMarkup:
    """IM or deep SC."""
    choices = [
        (catalog.text("setup-button-im"), Route.IM.value),
        (catalog.text("setup-button-deep-sc"), Route.DEEP_SC.value),
    ]
    return column(Step.ROUTE, choices)


def ask_route(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Confirm the injection route."""
    return catalog.text("setup-ask-route"), route_keyboard(catalog)


def ask_giver(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Who gives it."""
    return catalog.text("setup-ask-giver"), column(
        Step.GIVER, [(catalog.word("setup-giver", giver.value), giver.value) for giver in Giver]
    )


def ask_zone(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """City or zone name as text, a shared location, or the offset list."""
    markup = ReplyKeyboardMarkup(
        [
            [KeyboardButton(catalog.text("setup-button-share-location"), request_location=True)],
            [KeyboardButton(catalog.text("setup-button-choose-offset"))],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    return catalog.text("setup-ask-zone"), markup


def _candidate_label(catalog: Catalog, place: str | None, zone: str) -> str:
    """A candidate button: the zone, after the place a misspelling matched."""
    if place is None:
        return zone_label(catalog, zone)
    return catalog.text("setup-zone-place-label", place=place, zone=zone_label(catalog, zone))


def ask_zone_choice(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """The zones an answer could mean, naming the places a misspelling matched; or none."""
    choices: list[tuple[str | None, str]] = [
        (place, zone) for place, zone in draft.get("zone_choices") or []
    ]
    labels = [(_candidate_label(catalog, place, zone), zone) for place, zone in choices]
    typed = draft.get("zone_typed")
    if typed is None:
        text = catalog.text("setup-ask-zone-choice")
        rows = [labels[i : i + ZONES_PER_ROW] for i in range(0, len(labels), ZONES_PER_ROW)]
    else:
        rows = [[label] for label in labels]
        text = catalog.text("setup-zone-did-you-mean-one-of", typed=html.escape(typed))
        if len(choices) == 1:
            place, zone = choices[0]
            text = catalog.text(
                "setup-zone-did-you-mean",
                typed=html.escape(typed),
                place=str(place),
                zone=zone_label(catalog, zone),
            )
    rows.append([(catalog.text("setup-button-none-of-these"), NONE_OF_THESE)])
    return text, keyboard(Step.ZONE_CHOICE, rows)


def offset_keyboard(catalog: Catalog) -> InlineKeyboardMarkup:
    """UTC-12 … UTC+14 as Etc zones; "Etc/GMT+5" is five hours behind UTC."""
    names = [_offset_zone(hours) for hours in range(-12, 15)]
    labels = [(zone_label(catalog, name), name) for name in names]
    return keyboard(Step.ZONE, [labels[i : i + 4] for i in range(0, len(labels), 4)])


def _offset_zone(hours: int) -> str:
    """The IANA name of a whole-hour offset east of UTC."""
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"


def ask_resume(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """With a plan in force: carry the current phase on, or start it again."""
    carry = draft.carry
    assert carry is not None
    phase = str(catalog.word("phase-names", carry["kind"]))
    day = catalog.day(date.fromisoformat(carry["last_on"]))
    if carry["numbered_after"]:
        count = carry.get("count")
        where = catalog.text(
            "setup-resume-in-phase",
            phase=phase.capitalize(),
            number=carry["numbered_after"],
            of=catalog.text("setup-resume-of-count", count=count) if count else "",
            day=day,
        )
        restart = catalog.text("setup-button-restart-phase", phase=phase)
    else:
        where = catalog.text("setup-resume-phase-next", phase=phase, day=day)
        restart = catalog.text("setup-button-start-phase", phase=phase)
    text = catalog.text("setup-ask-resume", where=where, day=day, restart=restart)
    choices = [(catalog.text("setup-button-carry-on"), "carry_on"), (restart, "restart")]
    return text, column(Step.RESUME, choices)


def ask_start_from(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """Date the plan by the first (next) injection or by the last one."""
    if draft.get("has_plan"):
        text = catalog.text("setup-ask-start-from-change")
        labels = (catalog.text("setup-button-from-next"), catalog.text("setup-button-from-last"))
    else:
        text = catalog.text("setup-ask-start-from")
        labels = (
            catalog.text("setup-button-first-injection"),
            catalog.text("setup-button-last-injection"),
        )
    choices = list(zip(labels, (StartFrom.FIRST.value, StartFrom.LAST.value), strict=True))
    return text, column(Step.START_FROM, choices)


def ask_start_date(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """The date of the first or the last injection."""
    if draft.start_from is StartFrom.LAST:
        return catalog.text("setup-ask-last-date"), None
    return catalog.text("setup-ask-first-date"), None


def ask_time(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """The local reminder time."""
    return catalog.text("setup-ask-time"), None


# --- Summary ----------------------------------------------------------------------------------


def maintenance_line(catalog: Catalog, plan: Regimen, context: ScheduleContext) -> str:
    """The day maintenance starts, or why it has no date yet."""
    for boundary in phase_boundaries(plan, context):
        if boundary.kind is not PhaseKind.MAINTENANCE:
            continue
        if boundary.phase_index == context.start_phase:
            return catalog.text("setup-maintenance-from-start")
        if boundary.starts_on is None:
            return catalog.text("setup-maintenance-on-switch")
        return catalog.text("setup-maintenance-starts", day=catalog.day(boundary.starts_on))
    return catalog.text("setup-no-maintenance")


def ask_summary(draft: Draft, now: datetime, catalog: Catalog) -> Question:
    """The plan in words, the next five dates, maintenance, the details; confirm or start over."""
    plan, context = draft.regimen(), draft.schedule_context()
    doses = upcoming_doses(plan, context, now=now, horizon=SUMMARY_HORIZON, limit=SUMMARY_DATES)
    dates = "\n".join(
        catalog.text("setup-summary-date-line", when=catalog.moment(dose.due_at, draft.zone))
        for dose in doses
    )
    overdue = bool(doses) and doses[0].due_at < now - OVERDUE_AFTER
    warning = catalog.text("setup-overdue", day=catalog.day(doses[0].local_date)) if overdue else ""
    text = catalog.text(
        "setup-summary",
        plan=describe_phases(catalog, plan.phases),
        dates=dates + warning,
        maintenance=maintenance_line(catalog, plan, context),
        drug=catalog.word("setup-drug", plan.drug.value),
        route=catalog.word("setup-route", plan.route.value),
        giver=catalog.word("setup-given-by", plan.giver.value),
        zone=zone_label(catalog, draft.get("zone")),
        time=f"{draft.reminder_time:%H:%M}",
    )
    choices = [
        (catalog.text("setup-button-confirm"), "ok"),
        (catalog.text("setup-button-start-over"), "restart"),
    ]
    return text, column(Step.SUMMARY, choices)


QUESTIONS: dict[Step, Callable[[Draft, datetime, Catalog], Question]] = {
    Step.PRESET: ask_preset,
    Step.PRESET_MONTHS: ask_preset_months,
    Step.PRESET_DOSE: ask_preset_dose,
    Step.REVIEW: ask_review,
    Step.EDITOR: ask_editor,
    Step.PHASE_KIND: ask_phase_kind,
    Step.PHASE_CADENCE: ask_cadence,
    Step.PHASE_DAYS: ask_interval_days,
    Step.PHASE_MONTHS: ask_interval_months,
    Step.PHASE_WEEKDAYS: ask_weekdays,
    Step.PHASE_END: ask_end,
    Step.PHASE_COUNT: ask_count,
    Step.PHASE_DURATION: ask_duration,
    Step.PHASE_DOSE: ask_dose,
    Step.PHASE_MORE: ask_more,
    Step.DRUG: ask_drug,
    Step.ROUTE: ask_route,
    Step.GIVER: ask_giver,
    Step.ZONE: ask_zone,
    Step.ZONE_CHOICE: ask_zone_choice,
    Step.RESUME: ask_resume,
    Step.START_FROM: ask_start_from,
    Step.START_DATE: ask_start_date,
    Step.TIME: ask_time,
    Step.SUMMARY: ask_summary,
}
