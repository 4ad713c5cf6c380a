"""The clinician report's contents: the record and the catalog made into a `ReportView`.

Pure (no I/O, no Telegram): every word comes from the catalog, every figure from the record
through bot.domain.adherence and bot.domain.record. The renderers in bot.exports lay it out.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from statistics import median
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

from bot.catalog.catalog import Catalog
from bot.catalog.labels import preset_name
from bot.catalog.plan_words import describe_regimen, phase_lines
from bot.domain.adherence import (
    ON_TIME_WINDOWS,
    PhaseSummary,
    outcome,
    phase_summaries,
    proportion_of_days_covered,
)
from bot.domain.labs import RESULT_RULES, LabResult, LabTest, Trend, trend
from bot.domain.record import (
    DoseLine,
    Interval,
    LabLine,
    Outcome,
    PatientRecord,
    SymptomLine,
    days_since_injection,
    given_intervals,
)
from bot.domain.regimen import Dose, DoseUnit, PhaseKind
from bot.domain.symptoms import SCALE, SYMPTOMS
from bot.exports.report_csv import BEFORE_PLAN, COLUMNS, CsvLabels, csv_rows, report_csv
from bot.exports.report_pdf import report_pdf
from bot.exports.report_view import (
    Chart,
    IntervalChart,
    ReportView,
    ScatterChart,
    Section,
    Table,
    TrendChart,
)
from bot.features.report.period import Period, ReportPeriod, report_period

HIGHEST_SCORE = max(SCALE) * len(SYMPTOMS)
DOSE_WIDTHS = (15, 14, 10, 13, 14, 15, 11, 10, 13, 20, 25)


@dataclass(frozen=True)
class ReportFiles:
    """The report's two files and the period they cover."""

    pdf: bytes
    csv: bytes
    first: date
    last: date


def report_files(
    catalog: Catalog, record: PatientRecord, period: Period, generated_at: datetime
) -> ReportFiles | None:
    """The PDF and the CSV for the period; None when it holds no dose (nothing to report)."""
    found = report_period(record, period)
    if not found.doses:
        return None
    zone = ZoneInfo(record.time_zone)
    rows = csv_rows(record.doses, found.doses, zone=zone, today=record.today)
    view = report_view(catalog, record, found, generated_at)
    return ReportFiles(
        report_pdf(view), report_csv(rows, csv_labels(catalog)), found.first, found.last
    )


def csv_labels(catalog: Catalog) -> CsvLabels:
    """The CSV's header and codes in the catalog's language."""
    return CsvLabels(
        columns={column: catalog.one_of("report-csv-column", column) for column in COLUMNS},
        phases={
            phase.value: catalog.one_of("report-csv-phase", phase.value) for phase in PhaseKind
        },
        outcomes={
            code: catalog.one_of("report-csv-outcome", code)
            for code in (*(outcome.value for outcome in Outcome), BEFORE_PLAN)
        },
        caregiver=catalog.text("report-csv-recorded-by-caregiver"),
    )


def report_view(
    catalog: Catalog, record: PatientRecord, period: ReportPeriod, generated_at: datetime
) -> ReportView:
    """Everything the PDF shows, in words and numbers."""
    zone = ZoneInfo(record.time_zone)
    in_period = _Within(period.first, period.last)
    intervals = [i for i in given_intervals(record.doses) if in_period(i.taken_on)]
    symptoms = [s for s in record.symptoms if in_period(s.answered_on)]
    facts = (
        (catalog.text("report-fact-name"), catalog.text("report-no-name")),
        (catalog.text("report-fact-zone"), record.time_zone),
        (
            catalog.text("report-fact-period"),
            catalog.text(
                "report-period-range",
                first=long_day(catalog, period.first),
                last=long_day(catalog, period.last),
                days=period.days,
            ),
        ),
        (
            catalog.text("report-fact-generated"),
            catalog.text(
                "report-generated-at",
                day=long_day(catalog, generated_at.astimezone(zone).date()),
                time=catalog.clock(generated_at, zone),
            ),
        ),
    )
    # What a clinician reads in a minute first; the long tables of every dose and check-in last.
    sections = (
        _plan(catalog, record),
        _windows(catalog),
        _adherence(catalog, record, period),
        _drifts(catalog, record, in_period, intervals),
        _labs(catalog, record, in_period),
        _symptoms(catalog, record, symptoms),
        _red_flags(catalog, record, in_period),
        _stock(catalog, record, in_period),
        _doses(catalog, record, period),
        *_check_ins(catalog, record, symptoms),
    )
    return ReportView(
        title=catalog.text("report-title"),
        facts=facts,
        summary_heading=catalog.text("report-summary-heading"),
        summary=tuple(_summary(catalog, record, period, intervals, symptoms, in_period)),
        sections=sections,
        footer=catalog.text("report-footer"),
    )


class _Within:
    """Whether a day falls in the period."""

    def __init__(self, first: date, last: date) -> None:
        self.first, self.last = first, last

    def __call__(self, day: date | None) -> bool:
        """True for a day from the first to the last, both included."""
        return day is not None and self.first <= day <= self.last


def long_day(catalog: Catalog, day: date) -> str:
    """A date with its year, for a report that may span years: "26 Nov 2026"."""
    return str(format_skeleton("yMMMd", day, locale=catalog.locale))


def iso(day: date | None) -> str:
    """A date as the tables show it (ISO 8601, sorts and reads in any language), or ""."""
    return day.isoformat() if day else ""


def _total(summaries: list[PhaseSummary]) -> PhaseSummary:
    """Every phase's counts added up."""
    fields = ("on_time", "late", "early", "skipped", "missed", "open", "upcoming")
    return PhaseSummary(
        "all", **{name: sum(getattr(s, name) for s in summaries) for name in fields}
    )


def covered_share(record: PatientRecord, period: ReportPeriod) -> float | None:
    """The proportion of the period's days an injection covered."""
    return proportion_of_days_covered(record.doses, period.first, period.last, record.pauses)


def _summary(
    catalog: Catalog,
    record: PatientRecord,
    period: ReportPeriod,
    intervals: list[Interval],
    symptoms: list[SymptomLine],
    in_period: _Within,
) -> list[str]:
    """The lines a clinician reads first."""
    total = _total(phase_summaries(period.doses, record.today))
    lines = [
        catalog.text(
            "report-summary-doses",
            due=total.settled + total.open,
            done=total.done,
            on_time=total.on_time,
            late=total.late,
            early=total.early,
            skipped=total.skipped,
            missed=total.missed,
            open=total.open,
        )
    ]
    share = covered_share(record, period)
    lines.append(
        catalog.text("report-summary-pdc", percent=percent(share))
        if share is not None
        else catalog.text("report-summary-pdc-none")
    )
    given = [d.taken_on for d in period.doses if d.given and d.taken_on is not None]
    if given:
        last = max(given)
        lines.append(
            catalog.text(
                "report-summary-last",
                day=long_day(catalog, last),
                days=catalog.days((record.today - last).days),
                ago=(record.today - last).days,
            )
        )
    else:
        lines.append(catalog.text("report-summary-no-injection"))
    if intervals:
        gaps = [i.actual_days for i in intervals]
        lines.append(
            catalog.text("report-summary-intervals", median=_plain(median(gaps)), longest=max(gaps))
        )
    if record.versions:
        plan = describe_regimen(catalog, record.versions[-1].plan)
        lines.append(catalog.text("report-summary-plan", plan=plan))
    lines.append(
        catalog.text(
            "report-summary-drifts",
            count=sum(1 for d in record.drifts if in_period(d.detected_on)),
        )
    )
    lines.append(catalog.text("report-summary-labs", count=len(_results(record, in_period))))
    if symptoms:
        lines.append(
            catalog.text(
                "report-summary-symptoms",
                count=len(symptoms),
                latest=symptoms[-1].total,
                highest=HIGHEST_SCORE,
            )
        )
    flags = sum(1 for f in record.red_flags if in_period(f.occurred_on))
    lines.append(catalog.text("report-summary-red-flags", count=flags))
    return lines


def percent(share: float) -> str:
    """A share as a percentage with one decimal: "92.9"."""
    return f"{share * 100:.1f}"


def _plain(value: float) -> str:
    """A number without a needless ".0"."""
    return f"{value:g}"


def _plan(catalog: Catalog, record: PatientRecord) -> Section:
    """Every plan version: its preset, source, drug and route, and every phase."""
    lines: list[str] = []
    for version in record.versions:
        until = (
            catalog.text("report-plan-until", day=long_day(catalog, version.replaced_on))
            if version.replaced_on
            else ""
        )
        lines.append(
            catalog.text(
                "report-plan-version",
                number=version.number,
                name=_preset_name(catalog, version.preset),
                start=long_day(catalog, version.started_on),
                until=until,
            )
        )
        source = _preset_source(catalog, version.preset)
        if source:
            lines.append(catalog.text("report-plan-source", source=source))
        lines.append(
            catalog.text(
                "report-plan-given",
                drug=catalog.word("setup-drug", version.drug),
                route=catalog.word("setup-route", version.route),
                giver=catalog.word("report-giver", version.giver),
            )
        )
        lines.extend(phase_lines(catalog, version.plan.phases).splitlines())
        for position, day in sorted(version.switches.items()):
            lines.append(
                catalog.text(
                    "report-plan-switch", position=position + 1, day=long_day(catalog, day)
                )
            )
    return Section(catalog.text("report-plan-heading"), tuple(lines))


def _preset_name(catalog: Catalog, key: str) -> str:
    """The preset's name, or its key for one the catalog does not name."""
    message_id = f"preset-{key.replace('_', '-')}-name"
    return preset_name(catalog, key) if message_id in catalog.message_ids else key


def _preset_source(catalog: Catalog, key: str) -> str:
    """The preset's clinical source, or "" for one without."""
    message_id = f"preset-{key.replace('_', '-')}-source"
    return catalog.text(message_id) if message_id in catalog.message_ids else ""


def _windows(catalog: Catalog) -> Section:
    """The on-time windows of bot.domain.adherence, as used."""
    lines = []
    for index, (shortest, days) in enumerate(ON_TIME_WINDOWS):
        following = ON_TIME_WINDOWS[index + 1][0] if index + 1 < len(ON_TIME_WINDOWS) else None
        values: dict[str, str | int] = {"start": shortest, "days": catalog.days(days)}
        if following is None:
            lines.append(catalog.text("report-window-last", **values))
        elif days == 0:
            lines.append(catalog.text("report-window-day", to=following - 1, **values))
        else:
            lines.append(catalog.text("report-window-days", to=following - 1, **values))
    lines.append(catalog.text("report-windows-note"))
    return Section(catalog.text("report-windows-heading"), tuple(lines))


def _adherence(catalog: Catalog, record: PatientRecord, period: ReportPeriod) -> Section:
    """One row per phase, then the whole period, and the proportion of days covered."""
    summaries = phase_summaries(period.doses, record.today)
    rows = [_adherence_row(catalog.word("phase-names", s.phase_kind), s) for s in summaries]
    share = covered_share(record, period)
    after = (
        catalog.text("report-summary-pdc", percent=percent(share))
        if share is not None
        else catalog.text("report-summary-pdc-none"),
    )
    headers = tuple(
        catalog.text(message_id)
        for message_id in (
            "report-col-phase",
            "report-col-done",
            "report-col-on-time",
            "report-col-late",
            "report-col-early",
            "report-col-skipped",
            "report-col-missed",
            "report-col-open",
        )
    )
    table = Table(headers, tuple(rows), (24, 10, 10, 10, 10, 10, 10, 12))
    return Section(catalog.text("report-adherence-heading"), table=table, after=after)


def _adherence_row(name: str, summary: PhaseSummary) -> tuple[str, ...]:
    """A phase's counts as table cells."""
    counts = (
        summary.done,
        summary.on_time,
        summary.late,
        summary.early,
        summary.skipped,
        summary.missed,
        summary.open,
    )
    return (name, *(str(count) for count in counts))


def _doses(catalog: Catalog, record: PatientRecord, period: ReportPeriod) -> Section:
    """Every dose of the period, oldest first, planned against actual."""
    since = {i.dose_id: i.actual_days for i in given_intervals(record.doses)}
    headers = tuple(
        catalog.text(message_id)
        for message_id in (
            "report-col-planned",
            "report-col-phase",
            "report-col-number",
            "report-col-dose",
            "report-col-outcome",
            "report-col-given",
            "report-col-days-late",
            "report-col-interval",
            "report-col-planned-interval",
            "report-col-site",
            "report-col-reason",
        )
    )
    rows = tuple(
        _dose_row(catalog, dose, record.today, since.get(dose.dose_id)) for dose in period.doses
    )
    return Section(
        catalog.text("report-doses-heading"),
        lines=(catalog.text("report-doses-note"),),
        table=Table(headers, rows, DOSE_WIDTHS),
    )


def _interval_chart(catalog: Catalog, intervals: list[Interval]) -> IntervalChart:
    """The days between injections given in the period, against the plan's."""
    return IntervalChart(
        title=catalog.text("report-chart-intervals-title"),
        x_label=catalog.text("report-chart-intervals-x"),
        y_label=catalog.text("report-chart-intervals-y"),
        actual_label=catalog.text("report-chart-actual"),
        planned_label=catalog.text("report-chart-planned"),
        days=tuple(i.taken_on for i in intervals),
        actual=tuple(i.actual_days for i in intervals),
        planned=tuple(i.planned_days for i in intervals),
    )


def _dose_row(catalog: Catalog, dose: DoseLine, today: date, since: int | None) -> tuple[str, ...]:
    """One dose as table cells."""
    code = "before_plan" if dose.before_plan else outcome(dose, today).value
    number = "" if dose.before_plan else str(dose.number_in_phase)
    if dose.count_in_phase is not None and not dose.before_plan:
        number = f"{dose.number_in_phase}/{dose.count_in_phase}"
    return (
        "" if dose.before_plan else iso(dose.planned_on),
        catalog.word("phase-names", dose.phase_kind),
        number,
        catalog.dose(Dose(dose.amount, DoseUnit(dose.unit))),
        catalog.word("report-outcome", code),
        iso(dose.taken_on),
        _count(dose.days_late),
        _count(since),
        _count(None if dose.before_plan else dose.planned_gap_days),
        catalog.word("site-names", dose.site) if dose.site and dose.given else "",
        dose.skip_reason or "",
    )


def _amount(amount: Decimal) -> str:
    """A dose amount as the plan writes it: "1000", "0.5"."""
    return f"{amount.normalize():f}"


def _count(value: int | None) -> str:
    """A whole number, or "" for none."""
    return "" if value is None else str(value)


def _drifts(
    catalog: Catalog, record: PatientRecord, in_period: _Within, intervals: list[Interval]
) -> Section:
    """The interval chart, then each drift detected in the period."""
    lines = tuple(
        catalog.text(
            "report-drift-line",
            day=long_day(catalog, drift.detected_on),
            planned=drift.planned_days,
            actual=", ".join(str(days) for days in drift.actual_days),
        )
        for drift in record.drifts
        if in_period(drift.detected_on)
    )
    charts = (_interval_chart(catalog, intervals),) if intervals else ()
    return Section(
        catalog.text("report-drifts-heading"),
        charts=charts,
        after=lines or (catalog.text("report-drifts-none"),),
    )


def _results(record: PatientRecord, in_period: _Within) -> list[LabLine]:
    """The lab results recorded in the period, oldest first."""
    return [
        lab for lab in record.labs if lab.value is not None and in_period(lab.done_on or lab.due_on)
    ]


def _labs(catalog: Catalog, record: PatientRecord, in_period: _Within) -> Section:
    """Each result of the period with its change since the test's previous result."""
    every = [lab for lab in record.labs if lab.value is not None]
    every.sort(key=lambda lab: (lab.done_on or lab.due_on, lab.lab_id))
    previous: dict[str, LabLine] = {}
    rows = []
    for lab in every:
        before = previous.get(lab.test)
        previous[lab.test] = lab
        if not in_period(lab.done_on or lab.due_on):
            continue
        assert lab.value is not None
        rows.append(
            (
                catalog.word("lab-test-names", lab.test),
                iso(lab.done_on or lab.due_on),
                f"{_amount(lab.value)} {lab.unit or ''}".strip(),
                _change(catalog, lab, before),
            )
        )
    heading = catalog.text("report-labs-heading")
    if not rows:
        return Section(heading, (catalog.text("report-labs-none"),))
    headers = tuple(
        catalog.text(message_id)
        for message_id in (
            "report-col-test",
            "report-col-date",
            "report-col-result",
            "report-col-change",
        )
    )
    return Section(heading, table=Table(headers, tuple(rows), (40, 16, 22, 40)))


def _change(catalog: Catalog, lab: LabLine, before: LabLine | None) -> str:
    """The change since the previous result of the same test, judged as /labs judges it."""
    if before is None or before.value is None or lab.value is None:
        return catalog.text("report-change-first")
    previous = f"{_amount(before.value)} {before.unit or ''}".strip()
    direction = _trend(lab, before)
    if direction is None:
        return catalog.text("report-change-other-unit", previous=previous)
    if direction is Trend.SAME:
        return catalog.text("report-change-same")
    up = direction is Trend.UP
    if (before.unit or "") != (lab.unit or ""):
        name = "report-change-up-from" if up else "report-change-down-from"
        return catalog.text(name, previous=previous)
    change = _amount(abs(lab.value - before.value))
    name = "report-change-up" if up else "report-change-down"
    return catalog.text(name, change=change, unit=lab.unit or "")


def _trend(lab: LabLine, before: LabLine) -> Trend | None:
    """Up, down or the same (within 1 %, across units), as bot.domain.labs tells it."""
    if lab.test not in RESULT_RULES or not lab.unit or not before.unit:
        return None
    assert lab.value is not None and before.value is not None
    test = LabTest(lab.test)
    return trend(
        test, LabResult(test, lab.value, lab.unit), LabResult(test, before.value, before.unit)
    )


def _symptoms(catalog: Catalog, record: PatientRecord, symptoms: list[SymptomLine]) -> Section:
    """The trend, the chart against days since the last injection, and every check-in."""
    heading = catalog.text("report-symptoms-heading")
    if not symptoms:
        return Section(heading, (catalog.text("report-symptoms-none"),))
    known = symptoms_by_days_since(record, symptoms)
    charts: list[Chart] = [
        TrendChart(
            title=catalog.text("report-chart-symptoms-title"),
            x_label=catalog.text("report-chart-symptoms-x"),
            y_label=catalog.text("report-chart-score"),
            days=tuple(s.answered_on for s in symptoms),
            totals=tuple(s.total for s in symptoms),
            highest=HIGHEST_SCORE,
        )
    ]
    if known:
        charts.append(
            ScatterChart(
                title=catalog.text("report-chart-since-title"),
                x_label=catalog.text("report-chart-since-x"),
                y_label=catalog.text("report-chart-score"),
                x=tuple(days for days, _ in known),
                y=tuple(total for _, total in known),
                highest=HIGHEST_SCORE,
            )
        )
    return Section(
        heading,
        (catalog.text("report-symptoms-scale", highest=HIGHEST_SCORE),),
        charts=tuple(charts),
        after=(catalog.text("report-symptoms-since-note"),),
    )


def _check_ins(
    catalog: Catalog, record: PatientRecord, symptoms: list[SymptomLine]
) -> tuple[Section, ...]:
    """Every check-in of the period with its scores (no section when there is none)."""
    if not symptoms:
        return ()
    headers = (
        catalog.text("report-col-date"),
        catalog.text("report-col-since"),
        *(catalog.word("report-symptom-short", symptom) for symptom in SYMPTOMS),
        catalog.text("report-col-total"),
    )
    rows = tuple(
        (
            iso(s.answered_on),
            _count(days_since_injection(record.doses, s.answered_on)),
            *(_count(s.scores.get(symptom)) for symptom in SYMPTOMS),
            str(s.total),
        )
        for s in symptoms
    )
    widths = (16, 18, *(10 for _ in SYMPTOMS), 10)
    return (Section(catalog.text("report-check-ins-heading"), table=Table(headers, rows, widths)),)


def symptoms_by_days_since(
    record: PatientRecord, symptoms: list[SymptomLine]
) -> list[tuple[int, int]]:
    """(days since the last injection given, total score) of each check-in after an injection."""
    pairs = [(days_since_injection(record.doses, s.answered_on), s.total) for s in symptoms]
    return [(days, total) for days, total in pairs if days is not None]


def _red_flags(catalog: Catalog, record: PatientRecord, in_period: _Within) -> Section:
    """The date and level of each red flag (never the words that raised it)."""
    lines = tuple(
        catalog.text(
            "report-red-flag-line",
            day=long_day(catalog, flag.occurred_on),
            level=catalog.word("report-level", flag.level),
            sign=flag.sign.replace("_", " "),
        )
        for flag in record.red_flags
        if in_period(flag.occurred_on)
    )
    heading = catalog.text("report-red-flags-heading")
    if not lines:
        return Section(heading, (catalog.text("report-red-flags-none"),))
    return Section(heading, (catalog.text("report-red-flags-note"), *lines))


def _stock(catalog: Catalog, record: PatientRecord, in_period: _Within) -> Section:
    """Ampoules at hand, and each pause that touches the period."""
    lines = [
        catalog.text("report-stock", count=record.ampoules_at_hand)
        if record.ampoules_at_hand is not None
        else catalog.text("report-stock-unknown")
    ]
    pauses = [
        p
        for p in record.pauses
        if p.starts_on <= in_period.last and (p.ended_on or p.resumes_on) >= in_period.first
    ]
    for pause in pauses:
        if pause.ended_on is not None and pause.ended_on < pause.resumes_on:
            lines.append(
                catalog.text(
                    "report-pause-ended",
                    ended=long_day(catalog, pause.ended_on),
                    start=long_day(catalog, pause.starts_on),
                )
            )
        else:
            lines.append(
                catalog.text(
                    "report-pause-line",
                    to=long_day(catalog, pause.resumes_on),
                    start=long_day(catalog, pause.starts_on),
                )
            )
    if not pauses:
        lines.append(catalog.text("report-pauses-none"))
    return Section(catalog.text("report-stock-heading"), tuple(lines))
