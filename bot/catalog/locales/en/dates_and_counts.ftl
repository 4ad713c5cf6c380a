### b12bot, English (dates, times and counts).
### Weekday and month names come from Babel's CLDR data (bot/catalog/catalog.py); these are
### the words around them.

# An instant as the patient's clock shows it: "Tue 3 Dec, 09:00".
date-and-time = { $day }, { $time }
# A number of days: "1 day", "3 days".
day-count =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
# How far away a due time is.
countdown-in-days = in { $days } days
countdown-tomorrow = tomorrow
countdown-days-ago = { $days } days ago
countdown-yesterday = yesterday
countdown-in-hours = today, in about { $hours } hours
countdown-in-minutes = today, in { $minutes } minutes
countdown-now = today, due now

## A dose: the amount as the language writes numbers, and its unit
dose-amount = { $amount } { $unit }
unit-names-mcg = mcg
unit-names-mg = mg
