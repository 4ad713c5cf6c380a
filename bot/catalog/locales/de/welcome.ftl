### b12bot, Deutsch (Begrüßung).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

welcome =
    Hallo{ $name }! Ich bin <b>b12bot</b>. Ich helfe Ihnen, den Vitamin-B12-Spritzenplan einzuhalten, den Ihr Arzt oder Ihre Ärztin verordnet hat.

    <b>Was ich tue</b>
    • Sie an jede Spritze und jeden Labortest erinnern, zu der Uhrzeit, die Sie wählen
    • eintragen, was passiert ist: erledigt, später oder ausgelassen
    • Ihnen sagen, wann Ihre nächste Spritze fällig ist

    <b>Was ich nicht tue</b>
    Ich verschreibe oder ändere nie eine Dosis: Jede Zahl stammt aus dem Plan Ihres Arztes. Mit medizinischen Fragen wenden Sie sich bitte an Ihren Arzt oder Ihre Ärztin. Im Notfall rufen Sie Ihre örtliche Notrufnummer an.

    Senden Sie /help, um alles zu sehen, was ich verstehe.
welcome-back = Willkommen zurück{ $name }. Ihre Daten sind so, wie Sie sie verlassen haben. Senden Sie /help, um zu sehen, was ich kann.
help =
    <b>Was ich verstehe</b>
    { $commands }

    Ich erinnere Sie an das, was Ihr Arzt geplant hat; ich ändere nie eine Dosis. Mit medizinischen Fragen wenden Sie sich bitte an Ihren Arzt oder Ihre Ärztin.
help-command-line = /{ $command } — { $description }
command-start = Starten, oder sehen, was dieser Bot tut
command-help = Was ich verstehe
