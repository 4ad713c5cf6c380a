### b12bot, Deutsch (Rückfalltexte).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

unknown-command = Den Befehl { $command } kenne ich nicht. Senden Sie /help, um alles zu sehen, was ich verstehe.
unknown-command-nearest = Den Befehl { $command } kenne ich nicht. Meinten Sie /{ $nearest }? Senden Sie /help, um alles zu sehen, was ich verstehe.
nothing-to-cancel = Gerade gibt es nichts abzubrechen oder rückgängig zu machen. Senden Sie /help, um alles zu sehen, was ich verstehe.
only-text = Ich kann nur Textnachrichten und Schaltflächen lesen. Sie können zum Beispiel <i>erledigt</i>, <i>später</i> oder <i>wann ist meine nächste Spritze?</i> antworten. Senden Sie /help, um alles zu sehen, was ich verstehe.
# Ein Pop-up: reiner Text, kein HTML.
stale-button = Diese Schaltfläche gehört zu einer früheren Frage.
