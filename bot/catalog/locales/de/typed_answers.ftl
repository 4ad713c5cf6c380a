### b12bot, Deutsch (getippte Antworten).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

date-empty = Bitte senden Sie ein Datum, zum Beispiel <i>gestern</i> oder <i>12. Mai</i>.
date-unrecognised = Das konnte ich nicht als Datum lesen. Bitte schreiben Sie es wie eines davon, zum Beispiel <i>heute</i>, <i>gestern</i>, <i>vor 3 Tagen</i>, <i>Montag</i>, <i>12. Mai</i> oder <i>2026-05-12</i>.
date-missing-month = Welcher Monat? Bitte ergänzen Sie ihn, zum Beispiel <i>12. Mai</i>.
date-no-such-day = Der { $month } hat keinen { $day }. Tag. Bitte prüfen Sie das Datum, zum Beispiel <i>28. Februar</i>.
date-no-such-month = Es gibt nur 12 Monate. Bitte prüfen Sie das Datum, oder schreiben Sie den Monat als Wort, zum Beispiel <i>12. Mai</i>.
date-year-out-of-range = Bitte geben Sie ein Jahr von { $earliest } bis { $latest } an, zum Beispiel <i>12. Mai { $latest }</i>.
date-in-future = Dieses Datum ist noch nicht gekommen. Bitte geben Sie heute oder ein früheres Datum an, zum Beispiel <i>gestern</i> oder <i>vor 3 Tagen</i>.
date-in-past = Dieses Datum ist schon vorbei. Bitte geben Sie heute oder ein späteres Datum an, zum Beispiel <i>morgen</i> oder <i>in 2 Tagen</i>.
time-empty = Bitte senden Sie eine Uhrzeit, zum Beispiel <i>9:00</i> oder <i>9 Uhr</i>.
time-unrecognised = Das konnte ich nicht als Uhrzeit lesen. Bitte schreiben Sie sie zum Beispiel als <i>9:30</i>, <i>21:30</i> oder <i>21 Uhr</i>.
time-bad-hour = Die Stunden gehen von 0 bis 23. Bitte prüfen Sie die Uhrzeit, zum Beispiel <i>21:30</i> oder <i>21 Uhr</i>.
time-bad-minute = Die Minuten gehen von 00 bis 59. Bitte prüfen Sie die Uhrzeit, zum Beispiel <i>9:30</i>.
time-bad-am-pm-hour = Mit am oder pm geht die Stunde von 1 bis 12. Bitte prüfen Sie die Uhrzeit, zum Beispiel <i>13:00</i> oder <i>13 Uhr</i>.
zone-empty = Bitte nennen Sie mir Ihre Zeitzone oder die nächste Stadt, zum Beispiel <i>Berlin</i> oder <i>Europe/Berlin</i>.
zone-unrecognised = Diesen Ort oder diese Zeitzone kenne ich nicht. Bitte senden Sie eine größere Stadt in der Nähe oder einen Zonennamen, zum Beispiel <i>Berlin</i>, <i>Wien</i>, <i>Zürich</i> oder <i>Europe/Berlin</i>.
zone-offset-out-of-range = Zeitzonen reichen von UTC-12 bis UTC+14. Bitte prüfen Sie den Versatz, zum Beispiel <i>UTC+2</i> oder <i>GMT-5</i>.
zone-offset-not-whole-hours = Ich kann nur Versätze in ganzen Stunden verwenden. Für eine Zone wie UTC+5:30 senden Sie bitte stattdessen eine Stadt, zum Beispiel <i>Delhi</i> oder <i>Adelaide</i>.
done-date-in-future = Eine Spritze kann nur für heute oder ein früheres Datum eingetragen werden. Bitte sagen Sie mir, wann Sie sie bekommen haben, zum Beispiel <i>erledigt am Montag</i> oder <i>erledigt am 3. Dez.</i>.
dose-empty = Bitte senden Sie die Dosis, zum Beispiel <i>1000 µg</i> oder <i>1 mg</i>.
dose-unrecognised = Das konnte ich nicht als Dosis lesen. Bitte senden Sie Menge und Einheit von Ihrem Rezept, zum Beispiel <i>1000 µg</i> oder <i>1 mg</i>.
dose-needs-unit = Sind das µg (Mikrogramm) oder mg (Milligramm)? Bitte ergänzen Sie die Einheit von Ihrem Rezept, zum Beispiel <i>1000 µg</i> oder <i>1 mg</i>.
dose-wrong-unit = Bitte geben Sie die Dosis in µg oder mg an, wie auf Ihrem Rezept (nicht in ml oder Einheiten), zum Beispiel <i>1000 µg</i> oder <i>1 mg</i>.
dose-ambiguous-separator = Bitte schreiben Sie die Menge ohne Tausenderpunkt, damit ich sie nicht um das Tausendfache falsch lese, zum Beispiel <i>1000 µg</i> oder <i>1,5 mg</i>.
dose-not-above-zero = Die Dosis muss über null liegen, zum Beispiel <i>1000 µg</i> oder <i>1 mg</i>.
count-unrecognised = Bitte senden Sie eine Zahl, zum Beispiel <i>7</i> oder <i>sieben</i>.
count-out-of-range = Bitte senden Sie eine Zahl von { $minimum } bis { $maximum }, zum Beispiel <i>{ $example }</i>.
