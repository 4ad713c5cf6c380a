### b12bot, Deutsch (Erinnerungen an Spritzen).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

## phase_names: eine Nachricht pro Schlüssel
# Texte hängen „sphase“ an diese Namen an („Aufsättigungsphase“): bei einer Änderung mitprüfen.
phase-names-loading = Aufsättigung
phase-names-transition = Übergang
phase-names-maintenance = Erhaltung

dose-number-of = , Spritze { $number } von { $count }
dose-number = , Spritze { $number }
reminder-dose =
    💉 Zeit für Ihre <b>B12-Spritze ({ $dose })</b>, { $phase }sphase{ $number }.
    Fällig { $when }.
reminder-sent-late = ⏱ Verspätet gesendet: Diese Erinnerung war fällig { $when }.{"\u000A"}{"\u000A"}
# Das „wann“ einer Praxis-Spritze in den Erinnerungen: ihr Tag und, sobald vereinbart, ihr Termin.
clinic-due-on-day = am { $day }
clinic-appointment-at = {" "}(Termin { $when })
reminder-follow-up = Kurze Nachfrage: Haben Sie Ihre <b>B12-Spritze ({ $dose })</b> bekommen, die { $when } fällig war? Tippen Sie auf eine Schaltfläche oder antworten Sie „erledigt“, „später“ oder „auslassen“.
reminder-late-again = ⏰ Wie gewünscht eine Erinnerung: Ihre <b>B12-Spritze ({ $dose })</b>, fällig { $when }, steht noch aus.
reminder-missed-one = Ich habe Ihre B12-Spritze, fällig { $when }, als verpasst eingetragen, weil ich keine Antwort bekommen habe.
reminder-missed-many =
    Ich habe { $count } B12-Spritzen als verpasst eingetragen, weil ich keine Antwort bekommen habe:
    { $dates }
reminder-missed-advice = {"\u000A"}{"\u000A"}Das ist in Ordnung. Wenn Sie sie doch bekommen haben, antworten Sie zum Beispiel „erledigt am { $example }“. Wenn Sie mit Ihren Spritzen im Rückstand sind, fragen Sie Ihren Arzt oder Ihre Ärztin, was zu tun ist: Spritzen Sie nicht doppelt ohne deren Rat.
button-done = ✅ Erledigt
button-late = ⏰ Später
button-skip = ⏭ Auslassen
