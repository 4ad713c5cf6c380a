### b12bot, English (the patient's clock: zones, reminder time, trips; shared by several features).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text.

clock-moment-in-zone = { $when } { $city } time
clock-also-there = {" "}({ $time } in { $city })
clock-reminders-at = {"\u000A"}⏰ Reminders at { $time } { $city } time.
clock-trip-keeps-home = {"\u000A"}✈️ In { $city } until { $day }: reminders keep { $home } time.
clock-trip-follows-local = {"\u000A"}✈️ In { $city } until { $day }, then { $home } time again.
