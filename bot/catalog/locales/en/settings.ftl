### b12bot, English (settings and travel).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

command-settings = Time zone, reminder time, travel and other settings

## The menu card
settings-title = <b>Your settings</b>
settings-line-zone = Time zone: <b>{ $zone }</b> (it is { $time } there now)
settings-line-reminder = Reminder time: <b>{ $time }</b>
settings-line-follow-up = Check-in after an unanswered reminder: <b>{ $delay }</b>
settings-line-notice = Reminder to book the clinic: <b>{ $days }</b> before each injection
settings-line-language = Language: <b>{ $language }</b>
settings-line-trip-keep = In { $place } until { $day } — reminders keep { $home } time
settings-line-trip-local = In { $place } until { $day } — reminders follow { $place } time
settings-line-next = Next injection: { $when }
settings-line-next-none = Next injection: none planned
settings-pick = What would you like to change?
settings-beside-time = { $when } ({ $time } in { $city })
settings-beside-day = { $when } ({ $day } { $time } in { $city })
settings-button-zone = Time zone
settings-button-time = Reminder time
settings-button-follow-up = Check-in delay
settings-button-notice = Booking reminder
settings-button-trip = I'm travelling
settings-button-trip-end = End my trip
settings-button-close = Close
settings-button-back = « Back to settings
settings-closed = Settings closed. Send /settings to open them again.

## Questions
settings-ask-zone = Which time zone are you in? Send a city, a zone name or an offset, for example <i>New York</i>, <i>Europe/Berlin</i> or <i>UTC+2</i>, or share your location.
settings-ask-time = At what time should reminders come? Now: <b>{ $time }</b>. Pick one, or send a time, for example <i>19:30</i> or <i>7pm</i>.
settings-ask-follow-up = How long after an unanswered reminder should I check in? Now: <b>{ $delay }</b>. Send a delay from 15 minutes to 12 hours, for example <i>2 hours</i> or <i>45 minutes</i>.
settings-ask-notice = How many days before each clinic injection should I remind you to book it? Now: <b>{ $days }</b>. Send a whole number from 1 to 28, for example <i>10</i>.
settings-ask-destination = Where are you going? Send a city or a zone name, for example <i>New York</i> or <i>Asia/Tokyo</i>.
settings-ask-return = On which day are you back home? Send the day you return, for example <i>{ $example }</i>.
settings-ask-moved = It is { $time } in { $place } now and { $home_time } in { $home }, your home time zone. Have you moved to { $place }, or are you travelling?
settings-ask-moved-home = { $place } is { $time } now; your home time zone, { $home }, is { $home_time }. Have you moved to { $place }, or are you travelling?
settings-button-moved = I moved: use { $place } time
settings-button-keep = Travelling: keep { $home } time
settings-button-local = Travelling: follow { $place } time
settings-ask-mode = While you're in { $place }, should reminders keep { $home } time or follow { $place } time? Today, { $home_time } { $home } time is { $away_time } in { $place }.
settings-button-keep-only = Keep { $home } time
settings-button-local-only = Follow { $place } time
settings-ask-zone-choice = Which time zone do you mean? Pick one, or send another place.
settings-location-unknown = I couldn't tell the time zone of that place. Please pick your offset from UTC (it is { $utc } UTC now), or send a city.

## Answers it cannot use
settings-follow-up-invalid = Please give a delay between 15 minutes and 12 hours, for example <i>2 hours</i> or <i>90 minutes</i>.
settings-notice-invalid = Please send a whole number of days from 1 to 28, for example <i>10</i>.
settings-return-not-after-today = The return day must be after today ({ $today } in { $place }). Please send a later day, for example <i>{ $example }</i>.
settings-return-too-far = A trip can last up to { $days }; for longer, change your time zone instead. Please send an earlier day, for example <i>{ $example }</i>.
settings-trip-home-zone = { $place } is your home time zone, so no trip is needed there. Please send where you're going, for example <i>New York</i>.
settings-same-zone = { $place } is already your time zone: nothing to change.
settings-location-same = You're on { $place } time already: nothing to change.
settings-not-travelling = You're not travelling: reminders follow { $home } time.
settings-stale-button = That button is out of date: send /settings to see your settings now.

## Confirmations
settings-confirm-time = Change your reminder time from { $before } to { $after }?
settings-confirm-zone = Change your time zone from { $before } to { $after }? Reminders will come at { $time } { $after } time.
settings-confirm-trip-keep = In { $place } until { $day }, keep reminders at { $time } { $home } time ({ $away_time } in { $place })?
settings-confirm-trip-local = In { $place } until { $day }, move reminders to { $time } { $place } time?
settings-confirm-trip-end = End your trip to { $place }? Reminders will follow { $home } time again.
settings-confirm-follow-up = Change the check-in after an unanswered reminder from { $before } to { $after }?
settings-confirm-notice = Change the reminder to book the clinic from { $before } to { $after } before each injection?
settings-button-yes = Yes, change it
settings-button-no = No, keep it
settings-kept = Nothing changed.

## What a change did
settings-done-moved = Done: your next injection moves from { $before } to { $after }.
settings-done-stays = Done: your next injection stays at { $when }.
settings-done-nothing-planned = Done: no injection is planned yet, so no reminder moves.
settings-done-notice = Done: I'll remind you to book the clinic <b>{ $days }</b> before each injection.
settings-welcome-back = 🏠 Welcome back: reminders follow { $home } time again; your next injection: { $when }.
settings-welcome-back-none = 🏠 Welcome back: reminders follow { $home } time again.

## Language (/language and the settings card)
command-language = The language I write and read
language-ask = I write to you in <b>{ $language }</b>. Which language should I use?
language-set = Done: I'll write to you in { $language }. Reminders and reports will be in { $language } too.
settings-button-language = Language
languages-spoken = {"\u000A"}{"\u000A"}I understand { $languages }. Send /language to change mine.
