### b12bot, Deutsch (Einstellungen der Nachfrage).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

follow-up-now = Wenn Sie auf eine Erinnerung nicht antworten, frage ich nach <b>{ $delay }</b> einmal nach. Um das zu ändern, senden Sie zum Beispiel /followup 2 Stunden oder /followup 45 Minuten.
follow-up-set = Erledigt: Wenn Sie auf eine Erinnerung nicht antworten, frage ich nach <b>{ $delay }</b> einmal nach.
follow-up-invalid = Bitte geben Sie eine Zeit zwischen 15 Minuten und 12 Stunden an, zum Beispiel /followup 2 Stunden oder /followup 90 Minuten.
hours-and-minutes = { $hours } Std. { $minutes } Min.
hours-only = { $hours } Std.
minutes-only = { $minutes } Min.
command-follow-up = Wann ich nach einer unbeantworteten Erinnerung nachfrage
