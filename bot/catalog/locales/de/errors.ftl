### b12bot, Deutsch (Fehler).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

something-went-wrong = Entschuldigung, bei mir ist etwas schiefgegangen und ich konnte das nicht abschließen. Ihre Daten sind sicher. Bitte versuchen Sie es in einer Minute noch einmal.
# Solange die Datenbank nicht erreichbar ist (bot.telegram.held_updates): Nachrichten werden
# aufbewahrt und später bearbeitet.
held-update = Ich komme gerade nicht an meine Daten. Ich trage das ein, sobald ich kann.
# Auf der Schaltfläche, die der Patient gedrückt hat (Telegram erlaubt höchstens 200 Zeichen).
held-update-button = Ich trage das ein, sobald ich kann.
held-updates-full = Ich komme gerade nicht an meine Daten und kann keine weiteren Nachrichten von Ihnen aufbewahren, bis das wieder geht. Bitte senden Sie, was Sie ab jetzt schreiben, in ein paar Minuten noch einmal.
held-update-full-button = Das konnte ich nicht aufbewahren. Bitte tippen Sie in ein paar Minuten noch einmal.
held-updates-lost = Ich musste anhalten, bevor ich an meine Daten kam, und konnte daher nicht eintragen, was Sie mir in den letzten Minuten geschickt haben. Bitte senden Sie es noch einmal.
