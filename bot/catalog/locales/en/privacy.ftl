### b12bot, English (privacy).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

export-caption = All your data as I store it (JSON). Keep it somewhere safe.
export-nothing = I don't store anything about you yet.
delete-confirm =
    This erases <b>everything</b> I store about you: your plan, every injection you recorded, lab results, symptom check-ins and reminders. It cannot be undone.

    Send /export first if you want a copy. Delete everything?
delete-button-yes = Yes, delete everything
delete-button-no = No, keep my data
delete-done = Everything is deleted. If you want to start again, send /start.
delete-kept = Nothing was deleted.
command-export = All my data as a file
command-delete = Erase everything you store about me
