"""/calendar: the plan as an .ics file, and a feed link a calendar app can subscribe to."""
