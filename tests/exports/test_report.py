"""The clinician report's renderers, without Telegram: the CSV's columns, the PDF's text."""

import csv
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from io import BytesIO, StringIO
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from bench.report import five_year_record, synthetic_doses
from bot.catalog.catalog import catalog_for
from bot.domain.adherence import phase_summaries
from bot.domain.record import (
    DoseLine,
    DoseState,
    LabLine,
    PatientRecord,
    SymptomLine,
    given_intervals,
    with_planned_gaps,
)
from bot.domain.symptoms import SYMPTOMS
from bot.exports.report_csv import COLUMNS, csv_rows, report_csv
from bot.features.report.build import (
    covered_share,
    csv_labels,
    percent,
    report_files,
    report_view,
    symptoms_by_days_since,
)
from bot.features.report.period import Period, months_before, report_period
from tests.english import EN

LONDON = ZoneInfo("Europe/London")
FIRST = date(2026, 3, 20)


def _dose(dose_id: int, planned: date, taken: date | None, state: DoseState) -> DoseLine:
    """A weekly maintenance dose due at 09:00 UTC, given at 10:00 UTC on `taken`."""
    taken_at = datetime(taken.year, taken.month, taken.day, 10, tzinfo=UTC) if taken else None
    return DoseLine(
        dose_id=dose_id,
        regimen_id=1,
        phase_position=0,
        phase_kind="maintenance",
        number_in_phase=dose_id,
        count_in_phase=None,
        planned_on=planned,
        due_at=datetime(planned.year, planned.month, planned.day, 9, tzinfo=UTC),
        amount=Decimal(1000),
        unit="mcg",
        state=state,
        taken_at=taken_at,
        taken_on=taken,
        site="left_arm" if taken else None,
        skip_reason="=HYPERLINK(1)" if state is DoseState.SKIPPED else None,
    )


def _weekly_record(today: date) -> PatientRecord:
    """Weekly doses across the spring DST change: on time, late, skipped, missed, upcoming."""
    week = timedelta(weeks=1)
    doses = [
        _dose(1, FIRST, FIRST, DoseState.DONE),
        _dose(2, FIRST + week, FIRST + week + timedelta(days=3), DoseState.DONE),
        _dose(3, FIRST + 2 * week, None, DoseState.SKIPPED),
        _dose(4, FIRST + 3 * week, None, DoseState.MISSED),
        _dose(5, FIRST + 4 * week, FIRST + 4 * week, DoseState.DONE),
        _dose(6, FIRST + 5 * week, None, DoseState.SCHEDULED),
    ]
    check_ins = [
        SymptomLine(n, datetime.combine(day, time(19), UTC), day, dict.fromkeys(SYMPTOMS, n))
        for n, day in ((1, date(2026, 4, 1)), (2, date(2026, 4, 15)))
    ]
    return PatientRecord(
        patient_id=1,
        time_zone="Europe/London",
        language="en",
        today=today,
        versions=(),
        doses=tuple(with_planned_gaps(doses, {(1, 0): 7})),
        symptoms=tuple(check_ins),
    )


def _read_csv(data: bytes) -> list[dict[str, str]]:
    """The CSV's rows as the csv module reads them."""
    return list(csv.DictReader(StringIO(data.decode("utf-8-sig"))))


def test_the_csv_has_the_documented_columns_and_one_row_per_dose_that_came() -> None:
    """Header, ISO dates, UTC with Z, local with the summer offset, outcome codes, intervals."""
    record = _weekly_record(date(2026, 4, 20))
    files = report_files(EN, record, Period.SINCE_START, datetime(2026, 4, 20, 12, tzinfo=UTC))
    assert files is not None
    header = files.csv.decode("utf-8-sig").splitlines()[0]
    assert tuple(header.split(",")) == COLUMNS
    rows = _read_csv(files.csv)
    assert [row["dose_id"] for row in rows] == ["1", "2", "3", "4", "5"]
    late = rows[1]
    assert late["planned_local_date"] == "2026-03-27"
    assert late["due_at_utc"] == "2026-03-27T09:00:00Z"
    assert late["due_local"] == "2026-03-27T09:00:00+00:00"
    # Given after the clocks went forward (29 Mar): local time has the summer offset.
    assert (late["taken_local_date"], late["taken_at_utc"]) == (
        "2026-03-30",
        "2026-03-30T10:00:00Z",
    )
    assert late["taken_local"] == "2026-03-30T11:00:00+01:00"
    assert (late["outcome"], late["days_late"]) == ("late", "3")
    assert (late["interval_since_previous_days"], late["planned_interval_days"]) == ("10", "7")
    assert [row["outcome"] for row in rows] == ["on_time", "late", "skipped", "missed", "on_time"]
    assert rows[4]["interval_since_previous_days"] == "18"
    # A reason a spreadsheet would run as a formula is kept as text.
    assert rows[2]["skip_reason"] == "'=HYPERLINK(1)"


def test_the_pdf_shows_the_zone_the_doses_and_the_adherence_figures() -> None:
    """pypdf reads the zone, each dose's planned day, the counts and the days covered."""
    record = _weekly_record(date(2026, 4, 20))
    files = report_files(EN, record, Period.SINCE_START, datetime(2026, 4, 20, 12, tzinfo=UTC))
    assert files is not None
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(files.pdf)).pages)
    assert "Europe/London" in text
    for day in ("2026-03-20", "2026-03-27", "2026-04-03", "2026-04-10", "2026-04-17"):
        assert day in text
    assert "2026-04-24" not in text  # upcoming: not part of the record yet
    summary = phase_summaries(report_period(record, Period.SINCE_START).doses, record.today)[0]
    assert (summary.on_time, summary.late, summary.skipped, summary.missed) == (2, 1, 1, 1)
    expected = EN.text(
        "report-summary-doses",
        due=5,
        done=3,
        on_time=2,
        late=1,
        early=0,
        skipped=1,
        missed=1,
        open=0,
    )
    assert " ".join(expected.split()) in " ".join(text.split())
    share = covered_share(record, report_period(record, Period.SINCE_START))
    assert share is not None
    assert EN.text("report-summary-pdc", percent=percent(share)) in text
    assert EN.text("report-window-last", start=14, days=EN.days(3)) in text


def test_lab_changes_are_judged_as_the_labs_listing_judges_them() -> None:
    """Across units by value, within 1 % the same: ng/L and pg/mL are one scale for B12."""
    results = [
        (date(2026, 3, 25), "350", "ng/L"),
        (date(2026, 4, 1), "352", "pg/mL"),
        (date(2026, 4, 8), "250", "pg/mL"),
        (date(2026, 4, 15), "400", "pmol/L"),
    ]
    labs = tuple(
        LabLine(n, "b12", day, "done", day, Decimal(value), unit)
        for n, (day, value, unit) in enumerate(results, start=1)
    )
    record = replace(_weekly_record(date(2026, 4, 20)), labs=labs)
    view = report_view(
        EN, record, report_period(record, Period.SINCE_START), datetime(2026, 4, 20, tzinfo=UTC)
    )
    [section] = [s for s in view.sections if s.heading == EN.text("report-labs-heading")]
    assert section.table is not None
    assert [row[-1] for row in section.table.rows] == [
        EN.text("report-change-first"),
        EN.text("report-change-same"),
        EN.text("report-change-down", change="102", unit="pg/mL"),
        EN.text("report-change-up-from", previous="250 pg/mL"),
    ]


def test_no_dose_in_the_period_is_no_report() -> None:
    """A period before the first dose has nothing to render."""
    record = _weekly_record(date(2026, 3, 19))
    assert report_files(EN, record, Period.THREE_MONTHS, datetime(2026, 3, 19, tzinfo=UTC)) is None


def test_three_months_starts_the_day_after_the_same_day_three_months_back() -> None:
    """The last 3 months of 20 Apr run from 21 Jan; since the start, from the first dose."""
    record = _weekly_record(date(2026, 7, 31))
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert report_period(record, Period.THREE_MONTHS).first == date(2026, 5, 1)
    assert report_period(record, Period.SINCE_START).first == FIRST


def test_five_years_render_and_the_pdf_holds_every_dose() -> None:
    """The benchmark's record: every planned day in the PDF, one CSV row per dose."""
    record = five_year_record()
    files = report_files(EN, record, Period.SINCE_START, datetime(2026, 11, 19, 12, tzinfo=UTC))
    assert files is not None
    assert len(_read_csv(files.csv)) == len(record.doses)
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(files.pdf)).pages)
    assert all(dose.planned_on.isoformat() in text for dose in record.doses)
    assert len(files.pdf) < 400_000


plans = st.lists(st.integers(1, 30), min_size=1, max_size=40)


@given(gaps=plans, seed=st.integers(0, 10_000))
def test_csv_rows_read_back_as_the_doses(gaps: list[int], seed: int) -> None:
    """Any record: one row per dose, days late and intervals as the record computes them."""
    days: list[tuple[date, int, int, int | None]] = []
    day = date(2026, 1, 5)
    for gap in gaps:
        day += timedelta(days=gap)
        days.append((day, 0, len(days) + 1, None))
    doses = with_planned_gaps(synthetic_doses(days, seed), {(1, 0): 7})
    today = days[-1][0] + timedelta(days=10)
    rows = _read_csv(report_csv(csv_rows(doses, doses, zone=LONDON, today=today), csv_labels(EN)))
    intervals = {i.dose_id: i.actual_days for i in given_intervals(doses)}
    assert len(rows) == len(doses)
    for row, dose in zip(rows, doses, strict=True):
        assert row["dose_id"] == str(dose.dose_id)
        assert row["planned_local_date"] == dose.planned_on.isoformat()
        assert row["taken_local_date"] == (dose.taken_on.isoformat() if dose.taken_on else "")
        late = "" if dose.days_late is None else str(dose.days_late)
        assert row["days_late"] == late
        interval = intervals.get(dose.dose_id)
        assert row["interval_since_previous_days"] == ("" if interval is None else str(interval))
        assert (row["outcome"] == "skipped") == (dose.state is DoseState.SKIPPED)


@given(gaps=plans, seed=st.integers(0, 10_000), offsets=st.lists(st.integers(-5, 400), max_size=20))
def test_each_check_in_is_paired_with_the_last_injection_before_it(
    gaps: list[int], seed: int, offsets: list[int]
) -> None:
    """Days since: an injection was given that many days before, and none since."""
    days: list[tuple[date, int, int, int | None]] = []
    day = date(2026, 1, 5)
    for gap in gaps:
        day += timedelta(days=gap)
        days.append((day, 0, len(days) + 1, None))
    doses = synthetic_doses(days, seed)
    start = days[0][0]
    check_ins = [
        SymptomLine(n, datetime.combine(start + timedelta(days=o), datetime.min.time(), UTC),
                    start + timedelta(days=o), dict.fromkeys(SYMPTOMS, 1))
        for n, o in enumerate(offsets)
    ]  # fmt: skip
    record = PatientRecord(1, "Europe/London", "en", start, (), tuple(doses))
    paired = symptoms_by_days_since(record, check_ins)
    given_on = sorted(d.taken_on for d in doses if d.given and d.taken_on is not None)
    expected = [c for c in check_ins if given_on and given_on[0] <= c.answered_on]
    assert len(paired) == len(expected)
    for (since, total), check_in in zip(paired, expected, strict=True):
        last = check_in.answered_on - timedelta(days=since)
        assert since >= 0
        assert last in given_on
        assert total == check_in.total
        assert not [g for g in given_on if last < g <= check_in.answered_on]


@pytest.mark.parametrize("language", ["es", "de", "ru"])
def test_the_csv_speaks_the_patients_language(language: str) -> None:
    """Header, phases and outcomes in the language; the same rows and values as in English."""
    record = _weekly_record(date(2026, 4, 20))
    at = datetime(2026, 4, 20, 12, tzinfo=UTC)
    catalog = catalog_for(language)
    english = report_files(EN, record, Period.SINCE_START, at)
    translated = report_files(catalog, record, Period.SINCE_START, at)
    assert english is not None
    assert translated is not None
    labels = csv_labels(catalog)
    header = translated.csv.decode("utf-8-sig").splitlines()[0]
    assert tuple(header.split(",")) == tuple(labels.columns[column] for column in COLUMNS)
    assert len(set(header.split(","))) == len(COLUMNS)
    for row, source in zip(_read_csv(translated.csv), _read_csv(english.csv), strict=True):
        by_column = dict(zip(COLUMNS, row.values(), strict=True))
        assert by_column["phase"] == labels.phases[source["phase"]]
        assert by_column["outcome"] == labels.outcomes[source["outcome"]]
        unchanged = set(COLUMNS) - {"phase", "outcome"}
        assert {column: by_column[column] for column in unchanged} == {
            column: source[column] for column in unchanged
        }
