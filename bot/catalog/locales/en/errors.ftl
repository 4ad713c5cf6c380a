### b12bot, English (errors).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

something-went-wrong = Sorry, something went wrong on my side and I could not finish that. Your records are safe. Please try again in a minute.
# While the database is out of reach (bot.telegram.held_updates): messages are kept and
# handled later.
held-update = I can't reach my records right now. I'll record that as soon as I can.
# Shown on the button the patient pressed (Telegram allows at most 200 characters).
held-update-button = I'll record that as soon as I can.
held-updates-full = I can't reach my records right now, and I can't keep any more of your messages until I can. Please send what you write from now on again in a few minutes.
held-update-full-button = I couldn't keep that. Please press it again in a few minutes.
held-updates-lost = I had to stop before I could reach my records, so I could not record what you sent me in the last few minutes. Please send it again.
