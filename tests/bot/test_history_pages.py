"""The /history page builder, for any record: every dose shown once, every page within limits."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.record import DoseLine, DoseState, PatientRecord
from bot.features.history.pages import (
    PAGE_SIZE,
    TEXT_LIMIT,
    history_doses,
    history_keyboard,
    history_page,
)
from tests.english import EN

TODAY = date(2027, 3, 1)
SITES = [None, *EN.words("site-names")]


@st.composite
def dose_lines(draw: st.DrawFn, dose_id: int) -> DoseLine:
    """One dose of any state, on any day around TODAY, with any reason and site."""
    planned = TODAY + timedelta(days=draw(st.integers(-400, 60)))
    state = draw(st.sampled_from(DoseState))
    before_plan = state is DoseState.DONE and draw(st.booleans())
    taken_on = (
        planned + timedelta(days=draw(st.integers(-5, 20))) if state is DoseState.DONE else None
    )
    return DoseLine(
        dose_id=dose_id,
        regimen_id=1,
        phase_position=0,
        phase_kind=draw(st.sampled_from(["loading", "transition", "maintenance"])),
        number_in_phase=draw(st.integers(1, 999)),
        count_in_phase=draw(st.none() | st.integers(1, 999)),
        planned_on=planned,
        due_at=datetime.combine(planned, time(9), UTC),
        amount=Decimal(1000),
        unit="mcg",
        state=state,
        taken_at=datetime.combine(taken_on, time(9), UTC) if taken_on else None,
        taken_on=taken_on,
        site=draw(st.sampled_from(SITES)) if state is DoseState.DONE else None,
        # Reasons full of characters HTML escaping lengthens.
        skip_reason=draw(st.none() | st.text(alphabet='<>&"x ', max_size=200))
        if state is DoseState.SKIPPED
        else None,
        before_plan=before_plan,
        usual_gap_days=draw(st.sampled_from([1, 2, 7, 28])),
    )


@st.composite
def records(draw: st.DrawFn) -> PatientRecord:
    """A record of up to 60 doses."""
    count = draw(st.integers(0, 60))
    doses = tuple(draw(dose_lines(dose_id)) for dose_id in range(1, count + 1))
    return PatientRecord(1, "Europe/London", "en", TODAY, (), doses)


@settings(max_examples=150, deadline=None)
@given(records())
def test_every_shown_dose_is_on_exactly_one_page_and_pages_fit(record: PatientRecord) -> None:
    """Past doses and the next upcoming one each appear once; later upcoming ones not at all."""
    first = history_page(EN, record, 0)
    pages = [history_page(EN, record, number) for number in range(first.count)]
    shown = [dose.dose_id for page in pages for dose in page.doses]
    assert len(shown) == len(set(shown))
    upcoming = sorted(
        (d for d in record.doses if d.state is DoseState.SCHEDULED and d.planned_on > TODAY),
        key=lambda d: (d.planned_on, d.dose_id),
    )
    expected = {d.dose_id for d in record.doses} - {d.dose_id for d in upcoming[1:]}
    assert set(shown) == expected
    assert shown == [d.dose_id for d in history_doses(record)]
    for page in pages:
        assert len(page.doses) <= PAGE_SIZE
        # The correction picker adds one line to the page's text.
        assert len(page.text) + len(EN.text("history-pick")) + 2 < TEXT_LIMIT
        rows = history_keyboard(EN, page).inline_keyboard
        assert all(len(str(button.callback_data).encode()) <= 64 for row in rows for button in row)


@settings(max_examples=50, deadline=None)
@given(records(), st.integers(-5, 100))
def test_any_page_number_shows_a_page_that_exists(record: PatientRecord, number: int) -> None:
    """A page number past either end (an old or forged button) shows the nearest page."""
    page = history_page(EN, record, number)
    assert 0 <= page.number < page.count


def test_past_doses_come_newest_first_after_the_next_one() -> None:
    """The next upcoming dose leads; then the past, newest planned day first."""
    lines = [
        DoseLine(
            i,
            1,
            0,
            "loading",
            i,
            7,
            day,
            datetime.combine(day, time(9), UTC),
            Decimal(1),
            "mg",
            state,
        )
        for i, (day, state) in enumerate(
            [
                (TODAY - timedelta(days=2), DoseState.DONE),
                (TODAY + timedelta(days=3), DoseState.SCHEDULED),
                (TODAY - timedelta(days=1), DoseState.MISSED),
                (TODAY + timedelta(days=1), DoseState.SCHEDULED),
                (TODAY, DoseState.SCHEDULED),
            ],
            start=1,
        )
    ]
    record = PatientRecord(1, "Europe/London", "en", TODAY, (), tuple(lines))
    assert [d.dose_id for d in history_doses(record)] == [4, 5, 3, 1]
