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

from bot.catalog import texts
from bot.catalog.formatting import WEEKDAYS, local_date_text, local_datetime_text
from bot.catalog.plan_words import (
    KIND_NAMES,
    describe_cadence,
    describe_end,
    describe_phases,
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
DRUG_NAMES = {
    Drug.CYANOCOBALAMIN: texts.SETUP_DRUG_CYANOCOBALAMIN,
    Drug.HYDROXOCOBALAMIN: texts.SETUP_DRUG_HYDROXOCOBALAMIN,
    Drug.METHYLCOBALAMIN: texts.SETUP_DRUG_METHYLCOBALAMIN,
    Drug.OTHER: texts.SETUP_DRUG_OTHER,
}
GIVER_BUTTONS = {
    Giver.SELF: texts.SETUP_GIVER_SELF,
    Giver.CAREGIVER: texts.SETUP_GIVER_CAREGIVER,
    Giver.CLINIC: texts.SETUP_GIVER_CLINIC,
}
GIVEN_BY = {
    Giver.SELF: texts.SETUP_GIVEN_BY_SELF,
    Giver.CAREGIVER: texts.SETUP_GIVEN_BY_CAREGIVER,
    Giver.CLINIC: texts.SETUP_GIVEN_BY_CLINIC,
}
ROUTE_NAMES = {Route.IM: texts.SETUP_ROUTE_IM, Route.DEEP_SC: texts.SETUP_ROUTE_DEEP_SC}
CADENCE_CHOICES = (
    (texts.SETUP_BUTTON_DAILY, "d1"),
    (texts.SETUP_BUTTON_ALTERNATE_DAYS, "d2"),
    (texts.SETUP_BUTTON_WEEKLY, "d7"),
    (texts.SETUP_BUTTON_FOUR_WEEKLY, "d28"),
    (texts.SETUP_BUTTON_OTHER_DAYS, "days"),
    (texts.SETUP_BUTTON_WEEKDAYS, "weekdays"),
    (texts.SETUP_BUTTON_MONTHS, "months"),
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


def zone_label(name: str) -> str:
    """A zone as the patient reads it: "Etc/GMT-2" is shown as "UTC+2" (Etc signs are inverted)."""
    if name.startswith("Etc/GMT") and len(name) > len("Etc/GMT"):
        sign = "-" if name[len("Etc/GMT")] == "+" else "+"
        return texts.SETUP_ZONE_OFFSET_LABEL.format(sign=sign, hours=name[len("Etc/GMT") + 1 :])
    return name


def _position(draft: Draft) -> int:
    """The 1-based number of the phase being entered."""
    return draft.editing + 1


def _kind_name(draft: Draft) -> str:
    """The kind of the phase being entered, in words."""
    return KIND_NAMES[draft.work_kind()].lower()


# --- The plan ---------------------------------------------------------------------------------


def ask_preset(draft: Draft, now: datetime) -> Question:
    """Which preset, or custom."""
    return texts.SETUP_ASK_PRESET, column(Step.PRESET, [(p.name, p.key) for p in PRESETS])


def ask_preset_months(draft: Draft, now: datetime) -> Question:
    """UK maintenance: every 2 or every 3 months (the prescription says which)."""
    choices = [
        (texts.SETUP_BUTTON_EVERY_N_MONTHS.format(months=m), str(m)) for m in UK_MAINTENANCE_MONTHS
    ]
    return texts.PRESET_NEEDS_MONTHS, keyboard(Step.PRESET_MONTHS, [choices])


def ask_preset_dose(draft: Draft, now: datetime) -> Question:
    """The maintenance-only dose, exactly as prescribed."""
    return texts.SETUP_ASK_PRESET_DOSE, None


def ask_review(draft: Draft, now: datetime) -> Question:
    """The preset's source and every number, to confirm or change."""
    chosen = preset(draft.get("preset"))
    text = texts.SETUP_REVIEW.format(
        name=chosen.name, source=chosen.source, phases=phase_lines(draft.phases)
    )
    choices = [(texts.SETUP_BUTTON_MATCHES, "ok"), (texts.SETUP_BUTTON_CHANGE_NUMBERS, "edit")]
    return text, column(Step.REVIEW, choices)


def _plan_so_far(draft: Draft) -> str:
    """The numbered phases, or a note that there are none yet."""
    return phase_lines(draft.phases) or texts.SETUP_NO_PHASES_YET


def ask_editor(draft: Draft, now: datetime) -> Question:
    """Every phase with a Change button; add, remove the last, done."""
    count = draft.phase_count
    choices = [
        (texts.SETUP_BUTTON_CHANGE_PHASE.format(position=i + 1), f"c{i}") for i in range(count)
    ]
    if count > 1:
        choices.append((texts.SETUP_BUTTON_REMOVE_PHASE.format(position=count), f"r{count - 1}"))
    choices += [(texts.SETUP_BUTTON_ADD_PHASE, "add"), (texts.SETUP_BUTTON_DONE, "done")]
    text = texts.SETUP_ASK_EDITOR.format(phases=_plan_so_far(draft))
    return text, column(Step.EDITOR, choices)


def ask_phase_kind(draft: Draft, now: datetime) -> Question:
    """Loading, transition or maintenance."""
    choices = [(KIND_NAMES[kind], kind.value) for kind in PhaseKind]
    text = texts.SETUP_ASK_PHASE_KIND.format(position=_position(draft))
    return text, column(Step.PHASE_KIND, choices)


def _keep(draft: Draft, field: str, words: Callable[[Draft], str]) -> list[tuple[str, str]]:
    """A "Keep: …" button when the phase being changed already has this answer."""
    if field not in draft.work:
        return []
    return [(texts.SETUP_BUTTON_KEEP.format(value=words(draft)), "keep")]


def ask_cadence(draft: Draft, now: datetime) -> Question:
    """How often: common intervals, another number of days or months, or weekdays."""
    keep = _keep(draft, "cadence", lambda d: describe_cadence(cadence_from_data(d.work["cadence"])))
    text = texts.SETUP_ASK_CADENCE.format(position=_position(draft), kind=_kind_name(draft))
    return text, column(Step.PHASE_CADENCE, keep + list(CADENCE_CHOICES))


def ask_interval_days(draft: Draft, now: datetime) -> Question:
    """Every how many days."""
    return texts.SETUP_ASK_INTERVAL_DAYS, None


def ask_interval_months(draft: Draft, now: datetime) -> Question:
    """Every how many months."""
    return texts.SETUP_ASK_INTERVAL_MONTHS, None


def weekday_keyboard(ticked: Sequence[int]) -> InlineKeyboardMarkup:
    """Mon … Sun toggles, ticked ones marked, and Done."""
    labels = [
        (texts.SETUP_WEEKDAY_TICKED.format(day=name) if day in ticked else name, f"t{day}")
        for day, name in enumerate(WEEKDAYS)
    ]
    rows = [labels[:4], labels[4:], [(texts.SETUP_BUTTON_DONE, "done")]]
    return keyboard(Step.PHASE_WEEKDAYS, rows)


def ask_weekdays(draft: Draft, now: datetime) -> Question:
    """Which days of the week."""
    text = texts.SETUP_ASK_WEEKDAYS.format(position=_position(draft))
    return text, weekday_keyboard(draft.work.get("ticked", []))


def ask_end(draft: Draft, now: datetime) -> Question:
    """After a number of injections, a duration, or until the clinician changes it."""
    keep = _keep(draft, "end", lambda d: describe_end(end_from_data(d.work["end"]), d.work_kind()))
    choices = [
        (texts.SETUP_BUTTON_END_INJECTIONS, "doses"),
        (texts.SETUP_BUTTON_END_DURATION, "days"),
        (texts.SETUP_BUTTON_END_OPEN, "open"),
    ]
    text = texts.SETUP_ASK_END.format(position=_position(draft), kind=_kind_name(draft))
    return text, column(Step.PHASE_END, keep + choices)


def ask_count(draft: Draft, now: datetime) -> Question:
    """How many injections."""
    return texts.SETUP_ASK_COUNT, None


def ask_duration(draft: Draft, now: datetime) -> Question:
    """How many days or weeks."""
    return texts.SETUP_ASK_DURATION, None


def ask_dose(draft: Draft, now: datetime) -> Question:
    """The dose per injection; keep it, or copy the previous phase's."""
    choices = _keep(draft, "dose", lambda d: dose_from_data(d.work["dose"]).display())
    previous = draft.previous_dose()
    if not choices and previous is not None:
        same = texts.SETUP_BUTTON_SAME_DOSE.format(position=draft.editing, dose=previous.display())
        choices = [(same, "prev")]
    text = texts.SETUP_ASK_DOSE.format(position=_position(draft), kind=_kind_name(draft))
    return text, column(Step.PHASE_DOSE, choices) if choices else None


def ask_more(draft: Draft, now: datetime) -> Question:
    """Another phase, or that's all."""
    choices = [(texts.SETUP_BUTTON_ADD_ANOTHER, "add"), (texts.SETUP_BUTTON_THATS_ALL, "done")]
    text = texts.SETUP_ASK_MORE.format(phases=_plan_so_far(draft))
    return text, column(Step.PHASE_MORE, choices)


# --- Drug, route, giver, zone, dates ----------------------------------------------------------


def ask_drug(draft: Draft, now: datetime) -> Question:
    """Which cobalamin, mentioning the one the preset usually uses."""
    key = draft.get("preset")
    suggested = preset(key).suggested_drug if key else None
    text = (
        texts.SETUP_ASK_DRUG_SUGGESTED.format(drug=DRUG_NAMES[suggested].lower())
        if suggested is not None
        else texts.SETUP_ASK_DRUG
    )
    return text, column(Step.DRUG, [(name, drug.value) for drug, name in DRUG_NAMES.items()])


def route_keyboard() -> InlineKeyboardMarkup:
    """IM or deep SC."""
    choices = [
        (texts.SETUP_BUTTON_IM, Route.IM.value),
        (texts.SETUP_BUTTON_DEEP_SC, Route.DEEP_SC.value),
    ]
    return column(Step.ROUTE, choices)


def ask_route(draft: Draft, now: datetime) -> Question:
    """Confirm the injection route."""
    return texts.SETUP_ASK_ROUTE, route_keyboard()


def ask_giver(draft: Draft, now: datetime) -> Question:
    """Who gives it."""
    return texts.SETUP_ASK_GIVER, column(
        Step.GIVER, [(n, g.value) for g, n in GIVER_BUTTONS.items()]
    )


def ask_zone(draft: Draft, now: datetime) -> Question:
    """City or zone name as text, a shared location, or the offset list."""
    markup = ReplyKeyboardMarkup(
        [
            [KeyboardButton(texts.SETUP_BUTTON_SHARE_LOCATION, request_location=True)],
            [KeyboardButton(texts.SETUP_BUTTON_CHOOSE_OFFSET)],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    return texts.SETUP_ASK_ZONE, markup


def _candidate_label(place: str | None, zone: str) -> str:
    """A candidate button: the zone, after the place a misspelling matched."""
    if place is None:
        return zone_label(zone)
    return texts.SETUP_ZONE_PLACE_LABEL.format(place=place, zone=zone_label(zone))


def ask_zone_choice(draft: Draft, now: datetime) -> Question:
    """The zones an answer could mean, naming the places a misspelling matched; or none."""
    choices: list[tuple[str | None, str]] = [
        (place, zone) for place, zone in draft.get("zone_choices") or []
    ]
    labels = [(_candidate_label(place, zone), zone) for place, zone in choices]
    typed = draft.get("zone_typed")
    if typed is None:
        text = texts.SETUP_ASK_ZONE_CHOICE
        rows = [labels[i : i + ZONES_PER_ROW] for i in range(0, len(labels), ZONES_PER_ROW)]
    else:
        rows = [[label] for label in labels]
        text = texts.SETUP_ZONE_DID_YOU_MEAN_ONE_OF.format(typed=html.escape(typed))
        if len(choices) == 1:
            place, zone = choices[0]
            text = texts.SETUP_ZONE_DID_YOU_MEAN.format(
                typed=html.escape(typed), place=place, zone=zone_label(zone)
            )
    rows.append([(texts.SETUP_BUTTON_NONE_OF_THESE, NONE_OF_THESE)])
    return text, keyboard(Step.ZONE_CHOICE, rows)


def offset_keyboard() -> InlineKeyboardMarkup:
    """UTC-12 … UTC+14 as Etc zones; "Etc/GMT+5" is five hours behind UTC."""
    names = [_offset_zone(hours) for hours in range(-12, 15)]
    labels = [(zone_label(name), name) for name in names]
    return keyboard(Step.ZONE, [labels[i : i + 4] for i in range(0, len(labels), 4)])


def _offset_zone(hours: int) -> str:
    """The IANA name of a whole-hour offset east of UTC."""
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"


def ask_resume(draft: Draft, now: datetime) -> Question:
    """With a plan in force: carry the current phase on, or start it again."""
    carry = draft.carry
    assert carry is not None
    phase = str(texts.PHASE_NAMES.get(carry["kind"], carry["kind"]))
    day = local_date_text(date.fromisoformat(carry["last_on"]))
    if carry["numbered_after"]:
        count = carry.get("count")
        where = texts.SETUP_RESUME_IN_PHASE.format(
            phase=phase.capitalize(),
            number=carry["numbered_after"],
            of=texts.SETUP_RESUME_OF_COUNT.format(count=count) if count else "",
            day=day,
        )
        restart = texts.SETUP_BUTTON_RESTART_PHASE.format(phase=phase)
    else:
        where = texts.SETUP_RESUME_PHASE_NEXT.format(phase=phase, day=day)
        restart = texts.SETUP_BUTTON_START_PHASE.format(phase=phase)
    text = texts.SETUP_ASK_RESUME.format(where=where, day=day, restart=restart)
    choices = [(texts.SETUP_BUTTON_CARRY_ON, "carry_on"), (restart, "restart")]
    return text, column(Step.RESUME, choices)


def ask_start_from(draft: Draft, now: datetime) -> Question:
    """Date the plan by the first (next) injection or by the last one."""
    if draft.get("has_plan"):
        text = texts.SETUP_ASK_START_FROM_CHANGE
        labels = (texts.SETUP_BUTTON_FROM_NEXT, texts.SETUP_BUTTON_FROM_LAST)
    else:
        text = texts.SETUP_ASK_START_FROM
        labels = (texts.SETUP_BUTTON_FIRST_INJECTION, texts.SETUP_BUTTON_LAST_INJECTION)
    choices = list(zip(labels, (StartFrom.FIRST.value, StartFrom.LAST.value), strict=True))
    return text, column(Step.START_FROM, choices)


def ask_start_date(draft: Draft, now: datetime) -> Question:
    """The date of the first or the last injection."""
    if draft.start_from is StartFrom.LAST:
        return texts.SETUP_ASK_LAST_DATE, None
    return texts.SETUP_ASK_FIRST_DATE, None


def ask_time(draft: Draft, now: datetime) -> Question:
    """The local reminder time."""
    return texts.SETUP_ASK_TIME, None


# --- Summary ----------------------------------------------------------------------------------


def maintenance_line(plan: Regimen, context: ScheduleContext) -> str:
    """The day maintenance starts, or why it has no date yet."""
    for boundary in phase_boundaries(plan, context):
        if boundary.kind is not PhaseKind.MAINTENANCE:
            continue
        if boundary.phase_index == context.start_phase:
            return texts.SETUP_MAINTENANCE_FROM_START
        if boundary.starts_on is None:
            return texts.SETUP_MAINTENANCE_ON_SWITCH
        return texts.SETUP_MAINTENANCE_STARTS.format(day=local_date_text(boundary.starts_on))
    return texts.SETUP_NO_MAINTENANCE


def ask_summary(draft: Draft, now: datetime) -> Question:
    """The plan in words, the next five dates, maintenance, the details; confirm or start over."""
    plan, context = draft.regimen(), draft.schedule_context()
    doses = upcoming_doses(plan, context, now=now, horizon=SUMMARY_HORIZON, limit=SUMMARY_DATES)
    dates = "\n".join(
        texts.SETUP_SUMMARY_DATE_LINE.format(when=local_datetime_text(dose.due_at, draft.zone))
        for dose in doses
    )
    overdue = bool(doses) and doses[0].due_at < now - OVERDUE_AFTER
    warning = (
        texts.SETUP_OVERDUE.format(day=local_date_text(doses[0].local_date)) if overdue else ""
    )
    text = texts.SETUP_SUMMARY.format(
        plan=describe_phases(plan.phases),
        dates=dates + warning,
        maintenance=maintenance_line(plan, context),
        drug=DRUG_NAMES[plan.drug],
        route=ROUTE_NAMES[plan.route],
        giver=GIVEN_BY[plan.giver],
        zone=zone_label(draft.get("zone")),
        time=f"{draft.reminder_time:%H:%M}",
    )
    choices = [(texts.SETUP_BUTTON_CONFIRM, "ok"), (texts.SETUP_BUTTON_START_OVER, "restart")]
    return text, column(Step.SUMMARY, choices)


QUESTIONS: dict[Step, Callable[[Draft, datetime], Question]] = {
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
