### b12bot, English (typed answers).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

date-empty = Please send a date, for example <i>yesterday</i> or <i>12 March</i>.
date-unrecognised = I could not read that as a date. Please write it like one of these, for example <i>today</i>, <i>yesterday</i>, <i>3 days ago</i>, <i>Monday</i>, <i>12 March</i> or <i>2026-03-12</i>.
date-missing-month = Which month? Please add it, for example <i>12 March</i>.
date-no-such-day = { $month } has no day { $day }. Please check the date, for example <i>28 February</i>.
date-no-such-month = There are only 12 months. Please check the date, or write the month as a word, for example <i>12 March</i>.
date-year-out-of-range = Please give a year from { $earliest } to { $latest }, for example <i>12 March { $latest }</i>.
date-in-future = That date has not come yet. Please give today or an earlier date, for example <i>yesterday</i> or <i>3 days ago</i>.
date-in-past = That date has already passed. Please give today or a later date, for example <i>tomorrow</i> or <i>in 2 days</i>.
time-empty = Please send a time, for example <i>9:00</i> or <i>9am</i>.
time-unrecognised = I could not read that as a time. Please write it like <i>9:30</i>, <i>21:30</i> or <i>9.30pm</i>, for example.
time-bad-hour = Hours go from 0 to 23. Please check the time, for example <i>21:30</i> or <i>9pm</i>.
time-bad-minute = Minutes go from 00 to 59. Please check the time, for example <i>9:30</i>.
time-bad-am-pm-hour = With am or pm, the hour goes from 1 to 12. Please check the time, for example <i>1pm</i> or <i>13:00</i>.
zone-empty = Please tell me your time zone or nearest city, for example <i>London</i> or <i>Europe/London</i>.
zone-unrecognised = I don't know that place or time zone. Please send a nearby large city or a zone name, for example <i>London</i>, <i>New York</i>, <i>Sydney</i> or <i>Europe/Berlin</i>.
zone-offset-out-of-range = Time zones run from UTC-12 to UTC+14. Please check the offset, for example <i>UTC+2</i> or <i>GMT-5</i>.
zone-offset-not-whole-hours = I can only use whole-hour offsets. For a zone like UTC+5:30, please send a city instead, for example <i>Delhi</i> or <i>Adelaide</i>.
done-date-in-future = You can only record an injection on today or an earlier date. Please tell me when you had it, for example <i>done yesterday</i> or <i>done on 3 Dec</i>.
dose-empty = Please send the dose, for example <i>1000 mcg</i> or <i>1 mg</i>.
dose-unrecognised = I could not read that as a dose. Please send the amount and the unit from your prescription, for example <i>1000 mcg</i> or <i>1 mg</i>.
dose-needs-unit = Is that mcg (micrograms) or mg (milligrams)? Please add the unit from your prescription, for example <i>1000 mcg</i> or <i>1 mg</i>.
dose-wrong-unit = Please give the dose in mcg or mg, as your prescription states it (not ml or units), for example <i>1000 mcg</i> or <i>1 mg</i>.
dose-ambiguous-separator = Please write the amount without a thousands dot, so I can't misread it a thousand-fold, for example <i>1000 mcg</i> or <i>1.5 mg</i>.
dose-not-above-zero = The dose must be above zero, for example <i>1000 mcg</i> or <i>1 mg</i>.
count-unrecognised = Please send a number, for example <i>7</i> or <i>seven</i>.
count-out-of-range = Please send a number from { $minimum } to { $maximum }, for example <i>{ $example }</i>.
