### b12bot, Deutsch (Betreuungspersonen: Wochenübersicht und geteilte Warnzeichen).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

## Die Wochenübersicht: nur Zahlen und Daten, nie Symptome, Laborwerte, Gründe, Stellen oder freier Text.
caregiver-weekly-summary =
    { $heading }
    { $counts }

    { $next }
caregiver-weekly-heading = 📅 Wochenübersicht für <b>{ $name }</b>: { $first } – { $last }
caregiver-weekly-due =
    { $count ->
        [one] 1 Injektion war fällig:
       *[other] { $count } Injektionen waren fällig:
    }
caregiver-weekly-nothing-due = Diese Woche war keine Injektion fällig.
caregiver-weekly-on-time = ✅ rechtzeitig gegeben: { $count }
caregiver-weekly-late = 🕒 verspätet gegeben: { $count }
caregiver-weekly-early = ✅ früher gegeben: { $count }
caregiver-weekly-skipped = ⏭ ausgelassen: { $count }
caregiver-weekly-missed = ❌ verpasst: { $count }
caregiver-weekly-open = ⏳ noch nicht bestätigt: { $count }
caregiver-weekly-upcoming = 🗓 heute noch fällig: { $count }
caregiver-weekly-next = Nächste Injektion: { $when }.
caregiver-weekly-no-next = Im Moment ist keine weitere Injektion geplant.

## Ein Warnzeichen, das der Patient teilt: eine feste Überschrift, dann genau der Sicherheitstext,
## den der Patient bekam (red-flag-* in symptoms_sites_stock.ftl, dort geprüft). Mit ihnen
## geprüft: nie das Zeichen, nie die Worte des Patienten.
caregiver-red-flag-alert =
    ⚠️ <b>{ $name }</b> hat am { $when } etwas geschrieben, das ein Warnzeichen sein kann (Stufe: { $level }). Das habe ich geantwortet:

    { $safety }
caregiver-red-flag-level-emergency = Notfall
caregiver-red-flag-level-urgent-care = heute ärztliche Hilfe
caregiver-red-flag-level-call-clinician = jetzt die Praxis anrufen
