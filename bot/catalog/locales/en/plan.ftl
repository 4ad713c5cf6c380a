### b12bot, English (plan).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

no-phases = A plan needs at least one phase.
dose-not-positive = The dose must be a number above zero, for example 1000 or 0.5.
interval-days-too-short = The gap between injections must be at least 1 day.
interval-months-too-short = The gap between injections must be at least 1 month.
number-too-large = That number is too large for a treatment plan. Please check it.
no-weekdays = Please choose at least one day of the week.
weekday-out-of-range = Days of the week go from Monday to Sunday.
dose-count-negative = The number of injections cannot be below zero.
duration-negative = The number of days cannot be below zero.
loading-needs-a-dose = A loading phase needs at least one injection.
phase-needs-a-dose = Every phase needs at least one injection.
open-ended-not-last = Phase { $position } has no end, so no phase can come after it. Give it an end, or mark it as lasting until no further improvement.
maintenance-not-last = Phase { $position } is maintenance, so it must be the last phase.
phase-out-of-order = Phase { $position } ({ $kind }) cannot come after a { $previous } phase. The order is loading, then transition, then maintenance.
preset-needs-months = Is your maintenance injection every 2 months or every 3 months? Please check your prescription and choose one.
preset-needs-dose = Please enter your dose exactly as written on your prescription.
preset-common-monthly-name = Common monthly plan
preset-common-monthly-source = A commonly cited US schedule (Langan and Goodbred, American Family Physician 2017, as quoted by secondary sources).
preset-uk-hydroxocobalamin-name = UK hydroxocobalamin
preset-uk-hydroxocobalamin-source = British National Formulary (BNF).
preset-uk-hydroxocobalamin-neuro-name = UK hydroxocobalamin, nerve symptoms
preset-uk-hydroxocobalamin-neuro-source = British National Formulary (BNF) and NICE Clinical Knowledge Summaries.
preset-maintenance-only-name = Maintenance only
preset-maintenance-only-source = Monthly maintenance, as in the US FDA label for cyanocobalamin injection (100 mcg monthly) and in common practice (1,000 mcg monthly). Here: every 4 weeks, counted from your last injection, at the dose on your prescription. In the UK, hydroxocobalamin maintenance is 1 mg every 2 or 3 months (BNF, NICE Clinical Knowledge Summaries): if that is yours, choose Change a number.
preset-custom-name = Custom plan
preset-custom-source = Your prescriber: you enter each phase as written on your prescription.
