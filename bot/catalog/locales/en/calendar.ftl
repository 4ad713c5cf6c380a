## /calendar: the plan as an .ics file, and a link a calendar app can subscribe to.

command-calendar = Your plan in your phone's calendar
calendar-no-plan = You have no plan yet, so there is nothing to put in a calendar. Send /start to set one up.
calendar-failed = Sorry, I couldn't make your calendar just now. Your plan is safe: please try /calendar again in a few minutes.
calendar-caption = 📅 Your B12 calendar: every injection for the coming year, your lab tests and the two dates of your plan. Open the file to add it to your calendar app; opening a newer one later updates the same events instead of adding them twice.
calendar-caption-file-only = 📅 Your B12 calendar: every injection for the coming year, your lab tests and the two dates of your plan. Open the file to add it to your calendar app. This file is all there is: it won't change by itself, so when your plan changes, send /calendar again and open the new file (it updates the same events instead of adding them twice).

## The subscription link. Only a fingerprint of the link is kept, so it is shown once.

calendar-feed-offer = 🔗 Your calendar app can also follow your plan by itself: subscribe to a private link and every change shows up without a new file. Want a link?
calendar-feed-on = 🔗 Your calendar link is on (made { $day }). I keep only a fingerprint of it, so I can't show it again: scroll up to the message where I sent it. <b>New link</b> makes a fresh one and stops the old one.
calendar-feed-link =
    🔗 Your private calendar link. Subscribe to it once and your calendar follows every change of your plan by itself.

    iPhone, iPad, Mac or Outlook (tap to copy, then add a subscribed calendar):
    <code>{ $webcal }</code>

    Google Calendar (Other calendars → From URL):
    <code>{ $https }</code>

    Anyone with this link can see your plan, so keep it to yourself. If it gets out, press <b>New link</b>: the old one stops working at once.
calendar-feed-stopped = 🔗 The link is stopped: calendars subscribed to it get nothing more from me. The events already in them stay until you remove the calendar.
calendar-feed-unavailable = Calendar links are not available on this bot: send /calendar for the file.
calendar-stale-button = That button is out of date: send /calendar to see your link.
button-calendar-make-link = 🔗 Make a link
button-calendar-new-link = 🔄 New link
button-calendar-stop-link = ⛔ Stop the link

## The calendar's events (in the patient's calendar app).

calendar-name = B12 injections
calendar-description = Your vitamin B12 plan from b12bot. Times are in { $zone }.
calendar-dose = 💉 B12 injection, { $dose }
calendar-dose-clinic = 💉 B12 injection at the clinic, { $dose } (book a time)
calendar-dose-clinic-booked = 💉 B12 injection at the clinic, { $dose }
calendar-dose-of-phase = { $kind } phase, injection { $number }. Tell b12bot in the chat once it's done.
calendar-dose-of-phase-counted = { $kind } phase, injection { $number } of { $count }. Tell b12bot in the chat once it's done.
calendar-phase-until = { $kind }: { $schedule } until { $last }
calendar-phase-ongoing = { $kind }: { $schedule }, from { $first }
calendar-phase-until-switch = { $kind }: { $schedule }, until your clinician switches you
calendar-phase-until-switch-note = This phase has no set end: it lasts until your clinician decides to switch you. When they do, send /switch to b12bot and your calendar will show the next dates.
calendar-maintenance-starts = Maintenance starts: { $schedule }
calendar-maintenance-starts-note = The first injection of your long-term maintenance schedule.
calendar-maintenance-after-switch = Maintenance ({ $schedule }) starts when your clinician switches you
calendar-maintenance-after-switch-note = Its first date appears in your calendar once you tell b12bot, with /switch, that your clinician switched you.
calendar-lab = 🧪 Lab test: { $test }
calendar-lab-note = Check whether you need to book it or fast, as your clinic told you.
calendar-booking = 📅 Book your B12 injection at the clinic
calendar-booking-note = Your injection is due on { $day }. Once it's booked, tell b12bot the day and time.
