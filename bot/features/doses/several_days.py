"""Replies about doses on named days: "did it Saturday and Sunday too", "I forgot my shot".

Several days in one "done" are each recorded against the dose planned that day (else the
nearest open dose, as a single "done" would be), and confirmed together in one message with
an Undo for each. A forgotten dose gets the way to record it: done now, on another day, late.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import InlineKeyboardMarkup, Update

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.parsing.replies import AmbiguousDate
from bot.features.date_answers import DOSE_WHICH_DATE, which_date_question
from bot.features.doses import answering as dose_answers
from bot.features.doses import sites_and_stock as dose_extras
from bot.features.doses.reminders import dose_of
from bot.features.doses.stock_and_drift import claim_untold_drifts
from bot.features.progress import next_and_status as questions
from bot.services.patient_time import today_of, zone_of
from storage.database import session_scope
from storage.doses import (
    answerable_doses_on,
    answered_dose_on,
    latest_missed_dose,
    open_doses_due_by,
)
from storage.models import DoseStatus, DriftEvent, Patient, ScheduledDose

# "I forgot my shot" with nothing open looks back this far for a dose marked missed.
FORGOT_LOOKBACK = timedelta(days=7)


@dataclass(frozen=True)
class _Recorded:
    """One day's done, recorded: the dose, when it counts as given, and what to show."""

    day: date
    dose: ScheduledDose
    taken_at: datetime
    shown: dose_answers.Shown
    event_id: int | None


@dataclass(frozen=True)
class _Days:
    """What a several-day "done" did: recorded days, days already recorded, days with no dose."""

    recorded: list[_Recorded]
    already: list[date]
    unmatched: list[date]
    stock_line: str
    drifts: list[DriftEvent]


async def done_on_days(
    catalog: Catalog,
    update: Update,
    context: BotContext,
    patient: Patient,
    days: tuple[date | AmbiguousDate, ...],
) -> None:
    """Record a done on each day named, and confirm them all in one message."""
    message = update.effective_message
    assert message is not None
    for day in days:
        if isinstance(day, AmbiguousDate):
            question = which_date_question(catalog, day.candidates, wording=DOSE_WHICH_DATE)
            await message.reply_text(question)
            return
    plain = sorted({day for day in days if isinstance(day, date)})
    with session_scope(context.engine) as session:
        result = _record_days(catalog, session, patient, plain, context.now())
    text, keyboard = _days_reply(catalog, result, context.now(), zone_of(patient))
    if not result.recorded:
        text += await questions.next_line(context, patient)
    await message.reply_text(text, reply_markup=keyboard)
    for recorded in result.recorded:
        await dose_answers.show_outcome(context, patient, recorded.dose, recorded.shown)
    await dose_extras.tell_drifts(catalog, context, patient, result.drifts)


def _record_days(
    catalog: Catalog, session: Session, patient: Patient, days: list[date], now: datetime
) -> _Days:
    """Match each day to a dose and record the dones in day order, in one unit of work."""
    assert patient.id is not None
    matched, already = _match_days(session, patient.id, days, now)
    recorded: list[_Recorded] = []
    unmatched: list[date] = []
    stock_line = ""
    for day in days:
        dose = matched.get(day)
        if dose is None or dose.status not in dose_answers.ANSWERABLE:
            if day not in already:
                unmatched.append(day)
            continue
        taken_at = dose_answers.taken_at_on(patient, day, now)
        outcome, done = dose_answers.record_done_and_outcome(
            catalog, session, patient, dose, taken_at=taken_at, now=now
        )
        stock_line, _keyboard = dose_extras.done_extras(catalog, done, dose, site_given=True)
        shown = dose_answers.shown_outcome(catalog, session, dose, outcome)
        recorded.append(_Recorded(day, dose, taken_at, shown, done.event_id))
    drifts = claim_untold_drifts(session, patient_id=patient.id, now=now)
    return _Days(recorded, already, unmatched, stock_line, drifts)


def _match_days(
    session: Session, patient_id: int, days: list[date], now: datetime
) -> tuple[dict[date, ScheduledDose], list[date]]:
    """Each day's dose: the one planned that day, else the nearest open one a done would take."""
    claimed: set[int | None] = set()
    matched: dict[date, ScheduledDose] = {}
    for day in days:
        free = [
            dose
            for dose in answerable_doses_on(session, patient_id=patient_id, local_date=day)
            if dose.id not in claimed
        ]
        if free:
            matched[day] = free[0]
            claimed.add(free[0].id)
    already = [
        day
        for day in days
        if day not in matched
        and answered_dose_on(session, patient_id=patient_id, local_date=day) is not None
    ]
    open_doses = open_doses_due_by(
        session, patient_id=patient_id, by=now + dose_answers.ANSWER_WINDOW
    )
    for day in days:
        if day in matched or day in already:
            continue
        near = [
            dose
            for dose in open_doses
            if dose.id not in claimed and day >= dose.local_date - dose_answers.EARLIEST_BACKDATE
        ]
        if near:
            nearest = min(near, key=lambda dose: abs((dose.local_date - day).days))
            matched[day] = nearest
            claimed.add(nearest.id)
    return matched, already


def _days_reply(
    catalog: Catalog, result: _Days, now: datetime, zone: ZoneInfo
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One message listing each dose recorded with its day, then the days left unrecorded."""
    text = (
        catalog.text("dose-done-many")
        if result.recorded
        else catalog.text("dose-done-none-of-days")
    )
    keyboard: InlineKeyboardMarkup | None = None
    for recorded in result.recorded:
        text += _recorded_line(catalog, recorded, now, zone)
        label = catalog.text("button-undo-day", day=catalog.day(recorded.dose.local_date))
        keyboard = dose_answers.undo_keyboard(catalog, recorded.event_id, keyboard, label)
    for day in result.already:
        text += catalog.text("dose-day-already", day=catalog.day(day))
    for day in result.unmatched:
        text += catalog.text("dose-day-no-dose", day=catalog.day(day))
    if result.recorded:
        text += result.stock_line
    return text, keyboard


def _recorded_line(catalog: Catalog, recorded: _Recorded, now: datetime, zone: ZoneInfo) -> str:
    """One line of the confirmation: which dose, of which day, done when."""
    dose = recorded.dose
    names = {
        "dose": catalog.dose(dose_of(dose)),
        "due": dose_answers.due_text(catalog, dose, now, zone),
        "when": catalog.moment(recorded.taken_at, zone),
    }
    days_late = (recorded.taken_at.astimezone(zone).date() - dose.local_date).days
    if days_late > 0:
        return catalog.text("dose-done-many-line-late", **names, days=catalog.days(days_late))
    return catalog.text("dose-done-many-line", **names)


async def forgot_in_words(
    catalog: Catalog, update: Update, context: BotContext, patient: Patient, day: date | None
) -> None:
    """ "I forgot my shot", "I missed my injection yesterday": offer the ways to record it."""
    message = update.effective_message
    assert message is not None
    now = context.now()
    zone = zone_of(patient)
    with session_scope(context.engine) as session:
        dose = _forgotten_dose(session, update, patient, day, now)
    if dose is None:
        opening = (
            catalog.text("dose-forgot-no-dose-on", day=catalog.day(day))
            if day is not None
            else catalog.text("dose-nothing-open")
        )
        await message.reply_text(opening + await questions.next_line(context, patient))
        return
    names = {
        "dose": catalog.dose(dose_of(dose)),
        "due": dose_answers.due_text(catalog, dose, now, zone),
    }
    text = (
        catalog.text("dose-forgot-open", **names)
        if dose.status == DoseStatus.SCHEDULED
        else catalog.text("dose-forgot-missed", **names)
    )
    await message.reply_text(text, reply_markup=dose_answers.forgot_keyboard(catalog, dose))


def _forgotten_dose(
    session: Session, update: Update, patient: Patient, day: date | None, now: datetime
) -> ScheduledDose | None:
    """The dose a patient says they forgot: the one replied to, on the day named, or the latest.

    Without a day: the earliest open dose already due, else one marked missed in the last
    week, else the open dose a "done" would take.
    """
    assert patient.id is not None
    replied = dose_answers.replied_dose(session, update)
    if replied is not None:
        return replied
    if day is not None:
        on_day = answerable_doses_on(session, patient_id=patient.id, local_date=day)
        return on_day[0] if on_day else None
    due = open_doses_due_by(session, patient_id=patient.id, by=now)
    if due:
        return due[0]
    missed = latest_missed_dose(session, patient_id=patient.id)
    today = today_of(patient, now)
    if missed is not None and missed.local_date >= today - FORGOT_LOOKBACK:
        return missed
    soon = open_doses_due_by(session, patient_id=patient.id, by=now + dose_answers.ANSWER_WINDOW)
    return soon[0] if soon else None
