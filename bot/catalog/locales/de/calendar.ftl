### b12bot, Deutsch (/calendar: der Plan als .ics-Datei und ein Link, den eine Kalender-App abonnieren kann).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-calendar = Ihr Plan im Kalender Ihres Handys
calendar-no-plan = Sie haben noch keinen Plan, daher gibt es nichts für einen Kalender. Senden Sie /start, um einen einzurichten.
calendar-failed = Entschuldigung, ich konnte Ihren Kalender gerade nicht erstellen. Ihr Plan ist sicher: Bitte versuchen Sie /calendar in ein paar Minuten noch einmal.
calendar-caption = 📅 Ihr B12-Kalender: jede Spritze des kommenden Jahres, Ihre Laborwerte und die zwei Termine Ihres Plans. Öffnen Sie die Datei, um sie in Ihre Kalender-App zu übernehmen; wenn Sie später eine neuere öffnen, werden dieselben Termine aktualisiert statt doppelt angelegt.
calendar-caption-file-only = 📅 Ihr B12-Kalender: jede Spritze des kommenden Jahres, Ihre Laborwerte und die zwei Termine Ihres Plans. Öffnen Sie die Datei, um sie in Ihre Kalender-App zu übernehmen. Mehr gibt es nicht: Die Datei ändert sich nicht von selbst. Wenn sich Ihr Plan ändert, senden Sie /calendar noch einmal und öffnen Sie die neue Datei (sie aktualisiert dieselben Termine, statt sie doppelt anzulegen).

## Der Abo-Link. Gespeichert wird nur ein Fingerabdruck des Links, daher wird er nur einmal gezeigt.

calendar-feed-offer = 🔗 Ihre Kalender-App kann Ihrem Plan auch von selbst folgen: Abonnieren Sie einen privaten Link, dann erscheint jede Änderung ohne neue Datei. Möchten Sie einen Link?
calendar-feed-on = 🔗 Ihr Kalender-Link ist aktiv (erstellt am { $day }). Ich speichere nur einen Fingerabdruck davon und kann ihn daher nicht noch einmal zeigen: Scrollen Sie hoch zu der Nachricht, in der ich ihn geschickt habe. <b>Neuer Link</b> erstellt einen neuen und stoppt den alten.
calendar-feed-link =
    🔗 Ihr privater Kalender-Link. Abonnieren Sie ihn einmal, dann folgt Ihr Kalender jeder Änderung Ihres Plans von selbst.

    iPhone, iPad, Mac oder Outlook (zum Kopieren tippen, dann einen abonnierten Kalender hinzufügen):
    <code>{ $webcal }</code>

    Google Kalender (Weitere Kalender → Per URL):
    <code>{ $https }</code>

    Wer diesen Link hat, kann Ihren Plan sehen. Behalten Sie ihn also für sich. Falls er in falsche Hände gerät, tippen Sie auf <b>Neuer Link</b>: Der alte funktioniert dann sofort nicht mehr.
calendar-feed-stopped = 🔗 Der Link ist gestoppt: Kalender, die ihn abonniert haben, bekommen nichts mehr von mir. Die Termine, die schon darin sind, bleiben, bis Sie den Kalender entfernen.
calendar-feed-unavailable = Kalender-Links gibt es bei diesem Bot nicht: Senden Sie /calendar für die Datei.
calendar-stale-button = Diese Schaltfläche ist veraltet: Senden Sie /calendar, um Ihren Link zu sehen.
button-calendar-make-link = 🔗 Link erstellen
button-calendar-new-link = 🔄 Neuer Link
button-calendar-stop-link = ⛔ Link stoppen

## Die Termine des Kalenders (in der Kalender-App des Patienten).

calendar-name = B12-Spritzen
calendar-description = Ihr Vitamin-B12-Plan von b12bot. Zeiten in { $zone }.
calendar-dose = 💉 B12-Spritze, { $dose }
calendar-dose-clinic = 💉 B12-Spritze in der Praxis, { $dose } (Termin vereinbaren)
calendar-dose-clinic-booked = 💉 B12-Spritze in der Praxis, { $dose }
calendar-dose-of-phase = { $kind }sphase, Spritze { $number }. Sagen Sie b12bot im Chat Bescheid, sobald sie erledigt ist.
calendar-dose-of-phase-counted = { $kind }sphase, Spritze { $number } von { $count }. Sagen Sie b12bot im Chat Bescheid, sobald sie erledigt ist.
calendar-phase-until = { $kind }: { $schedule } bis { $last }
calendar-phase-ongoing = { $kind }: { $schedule }, ab { $first }
calendar-phase-until-switch = { $kind }: { $schedule }, bis Ihr Arzt Sie umstellt
calendar-phase-until-switch-note = Diese Phase hat kein festes Ende: Sie dauert, bis Ihr Arzt oder Ihre Ärztin entscheidet, Sie umzustellen. Wenn das passiert, senden Sie /switch an b12bot, dann zeigt Ihr Kalender die nächsten Termine.
calendar-maintenance-starts = Erhaltungsphase beginnt: { $schedule }
calendar-maintenance-starts-note = Die erste Spritze Ihres langfristigen Erhaltungsplans.
calendar-maintenance-after-switch = Erhaltungsphase ({ $schedule }) beginnt, wenn Ihr Arzt Sie umstellt
calendar-maintenance-after-switch-note = Der erste Termin erscheint in Ihrem Kalender, sobald Sie b12bot mit /switch mitteilen, dass Ihr Arzt Sie umgestellt hat.
calendar-lab = 🧪 Labortest: { $test }
calendar-lab-note = Prüfen Sie, ob Sie einen Termin brauchen oder nüchtern kommen müssen, wie Ihre Praxis es Ihnen gesagt hat.
calendar-booking = 📅 Termin für Ihre B12-Spritze in der Praxis vereinbaren
calendar-booking-note = Ihre Spritze ist am { $day } fällig. Sobald der Termin steht, teilen Sie b12bot Tag und Uhrzeit mit.
