## /report: a PDF and a CSV for the patient's clinician.

command-report = A report (PDF and CSV) for your clinician
report-ask-period = 📄 I'll make a report for your clinician: a PDF to read and a CSV with one row per dose. Which period should it cover?
button-report-3-months = Last 3 months
button-report-12-months = Last 12 months
button-report-all = Since the start
report-working = 📄 Making your report: { $period }…
report-ready = 📄 Your report: { $period }. The PDF and the CSV are below.
report-no-doses = You have no injections in your record yet, so there is nothing to report. Once your first dose is due, /report will make one.
report-no-doses-in-period = You have no doses in your record for that period ({ $period }). Send /report to choose a longer one.
report-caption-pdf = Your report for { $first } – { $last }, ready to show or send to your clinician.
report-caption-csv = The same doses as a spreadsheet (CSV), one row each.
report-failed = Sorry, I couldn't make your report just now. Your record is safe: please try /report again in a few minutes.
report-stale-button = That button is out of date: send /report to make a report now.

## The PDF. Dates are those of the patient's time zone.

report-title = Vitamin B12 injections: record for the clinician
report-fact-zone = Time zone
report-fact-period = Period
report-fact-generated = Generated
report-generated-at = { $day }, { $time }
report-fact-name = Patient
report-no-name = not stored by the bot (ask the patient)
report-period-range = { $first } – { $last } ({ $days } days)
report-footer = b12bot · times in the patient's time zone · page

report-summary-heading = Summary
report-summary-doses = Doses due in the period: { $due }. Given: { $done } ({ $on_time } on time, { $late } late, { $early } early). Skipped: { $skipped }. Missed: { $missed }.{ $open ->
    [0] {""}
   *[other] {" "}Due and not answered yet: { $open }.
}
report-summary-pdc = Proportion of days covered in the period: { $percent } %.
report-summary-pdc-none = Proportion of days covered: no day of the period to count.
report-summary-last = Last injection given: { $day } ({ $ago ->
    [0] the day of the report
   *[other] { $days } before the report
}).
report-summary-no-injection = No injection given in the period.
report-summary-plan = Current plan: { $plan }.
report-summary-intervals = Days between injections in the period: median { $median }, longest { $longest }.
report-summary-drifts = Interval drift events: { $count }.
report-summary-labs = Lab results in the period: { $count }.
report-summary-symptoms = Symptom check-ins: { $count } (total score of the latest: { $latest } of { $highest }).
report-summary-red-flags = Red-flag events: { $count }.

report-plan-heading = The plan, every version
report-plan-version = Version { $number }: { $name }, in force from { $start }{ $until }.
report-plan-until = {" "}to { $day }
report-plan-source = Source of the preset: { $source }
report-plan-given = { $drug }, { $route }, given by: { $giver }.
report-plan-switch = Phase { $position } ended on { $day }: the clinician moved the patient on to the next phase.
report-giver-self = the patient
report-giver-caregiver = a carer
report-giver-clinic = a nurse or clinic

report-windows-heading = When a dose counts as on time
report-window-day = Planned gap of { $start } to { $to } days: only on the planned day.
report-window-days = Planned gap of { $start } to { $to } days: within { $days } either side of the planned day.
report-window-last = Planned gap of { $start } days or more: within { $days } either side of the planned day.
report-windows-note = A dose given further from its planned day is late (or early). For the proportion of days covered, each injection given covers the days until the next planned dose; paused days are left out.

report-adherence-heading = Adherence per phase
report-col-phase = Phase
report-col-on-time = On time
report-col-late = Late
report-col-early = Early
report-col-skipped = Skipped
report-col-missed = Missed
report-col-open = Unanswered
report-col-done = Given

report-doses-heading = Each dose: planned and actual
report-col-planned = Planned
report-col-number = No.
report-col-dose = Dose
report-col-outcome = Outcome
report-col-given = Given on
report-col-days-late = Late (d)
report-col-interval = Gap (d)
report-col-planned-interval = Plan (d)
report-col-site = Site
report-col-reason = Skip reason
report-doses-note = Late (d): days after the planned day it was given (negative: early). Gap (d): days since the injection given before it. Plan (d): days the plan put since the dose before.
report-outcome-on-time = on time
report-outcome-late = late
report-outcome-early = early
report-outcome-skipped = skipped
report-outcome-missed = missed
report-outcome-open = unanswered
report-outcome-upcoming = upcoming
report-outcome-before-plan = before the plan

report-chart-intervals-title = Days between injections: actual and planned
report-chart-intervals-x = Date given
report-chart-intervals-y = Days
report-chart-actual = actual
report-chart-planned = planned

report-drifts-heading = Days between injections, and drift
report-drift-line = Drift detected { $day }: planned every { $planned } days; the last gaps were { $actual } days.
report-drifts-none = Interval drift (a run of gaps longer than planned): none detected in the period.

report-labs-heading = Lab results
report-col-test = Test
report-col-date = Date
report-col-result = Result
report-col-change = Change vs previous
report-change-up = up { $change } { $unit }
report-change-down = down { $change } { $unit }
report-change-same = unchanged
report-change-up-from = up from { $previous }
report-change-down-from = down from { $previous }
report-change-first = first result
report-change-other-unit = previous in another unit ({ $previous })
report-labs-none = No lab results recorded in the period.

report-symptoms-heading = Symptoms
report-symptoms-scale = Each check-in scores six symptoms from 0 (none) to 3 (severe); the total runs from 0 to { $highest }.
report-symptoms-none = No symptom check-ins in the period.
report-check-ins-heading = Each symptom check-in
report-chart-symptoms-title = Total symptom score at each check-in
report-chart-symptoms-x = Date of the check-in
report-chart-score = Total score
report-chart-since-title = Symptoms against days since the last injection
report-chart-since-x = Days since the last injection given before the check-in
report-symptoms-since-note = Symptoms that rise as the days since the last injection grow may mean they return before the next dose is due.
report-col-since = Days since injection
report-col-total = Total
report-symptom-short-fatigue = Fatigue
report-symptom-short-tingling = Tingling
report-symptom-short-balance = Balance
report-symptom-short-mouth-soreness = Mouth
report-symptom-short-memory = Memory
report-symptom-short-mood = Mood

report-red-flags-heading = Red-flag events
report-red-flags-note = Date and level of each message that matched a red-flag sign; the patient's words are not kept in the report.
report-red-flag-line = { $day }: { $level } ({ $sign })
report-red-flags-none = None in the period.
report-level-emergency = emergency
report-level-urgent-care = urgent care today
report-level-call-clinician = call the clinician

report-stock-heading = Stock and pauses
report-stock = Ampoules at hand: { $count }.
report-stock-unknown = Ampoules at hand: not recorded.
report-pause-line = Reminders paused from { $start } to { $to }.
report-pause-ended = Reminders paused from { $start }; ended early on { $ended }.
report-pauses-none = No pauses in the period.

# The CSV's header and its phase and outcome codes: identifiers a spreadsheet reads, in this language.
report-csv-column-dose-id = dose_id
report-csv-column-phase = phase
report-csv-column-number-in-phase = number_in_phase
report-csv-column-planned-local-date = planned_local_date
report-csv-column-due-at-utc = due_at_utc
report-csv-column-due-local = due_local
report-csv-column-taken-local-date = taken_local_date
report-csv-column-taken-at-utc = taken_at_utc
report-csv-column-taken-local = taken_local
report-csv-column-outcome = outcome
report-csv-column-days-late = days_late
report-csv-column-interval-since-previous-days = interval_since_previous_days
report-csv-column-planned-interval-days = planned_interval_days
report-csv-column-site = site
report-csv-column-skip-reason = skip_reason
report-csv-phase-loading = loading
report-csv-phase-transition = transition
report-csv-phase-maintenance = maintenance
report-csv-outcome-on-time = on_time
report-csv-outcome-late = late
report-csv-outcome-early = early
report-csv-outcome-skipped = skipped
report-csv-outcome-missed = missed
report-csv-outcome-open = open
report-csv-outcome-upcoming = upcoming
report-csv-outcome-before-plan = before_plan
