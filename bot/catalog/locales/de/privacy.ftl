### b12bot, Deutsch (Datenschutz).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

export-caption = Alle Ihre Daten, so wie ich sie speichere (JSON). Bewahren Sie sie sicher auf.
export-nothing = Ich speichere noch nichts über Sie.
delete-confirm =
    Damit wird <b>alles</b> gelöscht, was ich über Sie speichere: Ihr Plan, jede eingetragene Spritze, Laborergebnisse, Symptom-Abfragen und Erinnerungen. Das lässt sich nicht rückgängig machen.

    Senden Sie vorher /export, wenn Sie eine Kopie möchten. Alles löschen?
delete-button-yes = Ja, alles löschen
delete-button-no = Nein, Daten behalten
delete-done = Alles ist gelöscht. Wenn Sie neu beginnen möchten, senden Sie /start.
delete-kept = Es wurde nichts gelöscht.
command-export = Alle meine Daten als Datei
command-delete = Alles löschen, was über mich gespeichert ist
