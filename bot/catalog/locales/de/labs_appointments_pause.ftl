### b12bot, Deutsch (Labor, Termine, Pause).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-labs = Meine Labortests und Ergebnisse
command-appointments = Wann Sie mich an die Terminvereinbarung erinnern
command-pause = Erinnerungen bis zu einem Datum pausieren
command-resume = Pausierte Erinnerungen jetzt wieder starten
lab-timing-reticulocytes = 7 bis 10 Tage nach Ihrer ersten Spritze
lab-timing-full-blood-count = 8 Wochen nach Ihrer ersten Spritze
lab-timing-treatment-review = 3 Monate nach Ihrer ersten Spritze
lab-source-reticulocytes = NICE Clinical Knowledge Summaries, Anämie (B12- und Folsäuremangel): Die Retikulozytenzahl nach 7 bis 10 Tagen zeigt, dass die Behandlung wirkt.
lab-source-full-blood-count = NICE Clinical Knowledge Summaries, Anämie (B12- und Folsäuremangel): ein großes Blutbild nach 8 Wochen Behandlung.
lab-source-treatment-review = NICE-Leitlinie NG239, Vitamin-B12-Mangel: Kontrolle nach 3 Monaten.
lab-offer =
    🧪 <b>Kontrolluntersuchungen</b>
    Viele Pläne sehen diese Kontrollen vor. Haken Sie die an, die Ihr Arzt veranlasst hat oder an die Sie erinnert werden möchten; jede ist freiwillig. Ich erinnere Sie am Tag davor und am Morgen.

    { $items }
lab-offer-item =
    • <b>{ $test }</b>, { $day } ({ $timing })
    {" "} <i>Quelle: { $source }</i>
lab-offer-none-left = Die üblichen Termine für Kontrolltests in Ihrem Plan sind schon vorbei. Wenn Ihr Arzt einen Test angeordnet hat, tragen Sie ihn mit /labs ein.
lab-offer-not-starting = 🧪 Die vorgeschlagenen Tests prüfen die ersten Wochen der Behandlung und passen daher nicht zu einem Plan, der eine laufende Behandlung fortsetzt. Wenn Ihr Arzt einen Test angeordnet hat, zum Beispiel einen B12-Spiegel, tragen Sie ihn mit /labs → <b>Mein Arzt hat einen Test angeordnet</b> ein.
lab-offer-after-setup-not-starting = 🧪 Wenn Ihr Arzt eine Blutuntersuchung anordnet, zum Beispiel einen B12-Spiegel, tragen Sie sie mit /labs ein: Ich erinnere Sie am Tag davor und am Morgen.
lab-button-ticked = ✓ { $test }
lab-button-unticked = { $test }
lab-button-save = Diese Tests speichern
lab-button-no-thanks = Nein, danke
lab-offer-saved = 🧪 Gespeichert: { $tests }. Senden Sie /labs, um sie zu sehen, einen zu verschieben oder ein Ergebnis einzutragen.
lab-offer-declined = Vorerst keine Labor-Erinnerungen. Sie können jederzeit mit /labs Tests hinzufügen.
lab-list-title = 🧪 <b>Ihre Labortests</b>
lab-list-due =
    {"\u000A"}<b>Demnächst</b>
    { $items }
lab-list-due-item = • { $test }: { $day }{ $ordered }
lab-list-ordered = {" "}(von Ihrem Arzt angeordnet)
lab-list-nothing-due = {"\u000A"}Kein Test geplant.
lab-list-results =
    {"\u000A"}<b>Ergebnisse</b>
    { $items }
lab-list-result-item = • { $test }, { $day }: { $value } { $unit }{ $trend }
lab-list-done-item = • { $test }, { $day }: erledigt, kein Ergebnis eingetragen
## lab_trend: eine Nachricht pro Schlüssel
lab-trend-up = {" "}↑ gestiegen
lab-trend-down = {" "}↓ gesunken
lab-trend-same = {" "}→ gleich

lab-trend-suffix = {" "}von { $value } { $unit }
lab-button-suggested = Vorgeschlagene Tests
lab-button-clinician = Mein Arzt hat einen Test angeordnet
lab-button-result = Ergebnis eintragen
lab-button-mark-done = Test als erledigt markieren
lab-button-move = Test verschieben
lab-no-plan = Bitte richten Sie zuerst mit /regimen Ihren Spritzenplan ein; die Tests richten sich danach.
lab-ask-clinician-test = Welchen Test hat Ihr Arzt angeordnet?
lab-ask-when = Wann ist der Test „{ $test }“? Senden Sie ein Datum, zum Beispiel <i>12. Mai</i>, oder eine Zeit nach Ihrem Beginn oder einer Phase, zum Beispiel <i>8 Wochen nach Beginn</i> oder <i>2 Wochen nach Erhaltung</i>.
lab-when-unknown-phase = Ich weiß noch nicht, wann Ihre { $phase }sphase beginnt, und kann daher nicht davon aus zählen. Bitte senden Sie stattdessen ein Datum, zum Beispiel <i>12. Mai</i>.
lab-when-passed = Das ergibt den { $day }, und der ist schon vorbei. Bitte senden Sie ein späteres Datum, zum Beispiel <i>in 2 Wochen</i> oder <i>12. Mai</i>.
lab-added = 🧪 Hinzugefügt: { $test } am <b>{ $day }</b>. Ich erinnere Sie am Tag davor und am Morgen.
lab-ask-which-done = Welchen Test hatten Sie?
lab-ask-which-move = Welchen Test möchten Sie verschieben?
lab-ask-which-result = Zu welchem Test gehört das Ergebnis?
lab-none-planned = Sie haben keinen geplanten Test. Fügen Sie mit /labs einen hinzu.
lab-none-for-result = Sie haben keinen Test, für den ein Ergebnis eingetragen werden kann. Fügen Sie mit /labs einen hinzu.
lab-ask-move-date = Was ist das neue Datum für den Test „{ $test }“? Zum Beispiel <i>12. Mai</i>.
lab-moved = 📅 Verschoben: { $test } auf <b>{ $day }</b>. Die Erinnerungen folgen dem neuen Datum.
lab-marked-done = ✅ Eingetragen: { $test } erledigt am { $day }.
lab-ask-result = Wie war das Ergebnis? Senden Sie Wert und Einheit wie auf Ihrem Befund, zum Beispiel <i>{ $example }</i>. Oder senden Sie /cancel, wenn Sie es noch nicht haben.
lab-result-saved = 🧾 Gespeichert: { $test } { $value } { $unit }{ $trend }.
lab-cancelled = In Ordnung, vorerst nichts mehr zu Labortests.
lab-stale-button = { stale-button }
lab-button-not-yours = Dieser Test ist nicht mehr in Ihrem Plan.
lab-result-general-example = Hb 11.2 g/dL
lab-result-example = Zum Beispiel: <i>{ $example }</i>.
lab-result-unrecognised = Das konnte ich nicht als Ergebnis lesen.
lab-result-unknown-test = Diesen Testnamen kenne ich nicht.
lab-result-other-test = Das sieht nach einem anderen Test aus.
lab-result-needs-unit = Bitte geben Sie die Einheit von Ihrem Befund an ({ $units }).
lab-result-wrong-unit = Diese Einheit passt nicht zu diesem Test: Bitte verwenden Sie { $units } wie auf Ihrem Befund.
lab-result-out-of-range = Diese Zahl ist in { $unit } unwahrscheinlich. Bitte vergleichen Sie sie mit Ihrem Befund.
lab-result-no-value = Für „{ $test }“ gibt es keinen Wert einzutragen.
reminder-lab-day-before = 🧪 Morgen, { $day }: Ihr Test <b>{ $test }</b>. Prüfen Sie, ob Sie einen Termin brauchen oder nüchtern kommen müssen, wie Ihre Praxis es Ihnen gesagt hat.
reminder-lab-day-of = 🧪 Heute, { $day }: Ihr Test <b>{ $test }</b>.
reminder-lab-done-button = ✅ Erledigt
reminder-lab-move-button = 📅 Verschieben
reminder-book-appointment =
    📅 Zeit, einen Termin für Ihre B12-Spritze in der Praxis zu vereinbaren: Sie ist am <b>{ $day }</b> fällig ({ $countdown }).
    Sobald der Termin steht, tippen Sie auf <b>Termin steht</b> und nennen Sie mir Tag und Uhrzeit.
button-booked = ✅ Termin steht
button-remind-tomorrow = ⏰ Morgen erinnern
# Eine Praxis-Spritze hat einen Tag, aber keine Uhrzeit, bis der Patient den Termin vereinbart.
clinic-due-on = fällig am { $day }
next-appointment = {"\u000A"}📅 Termin vereinbart: { $when }.
booking-remind-tomorrow = ⏰ In Ordnung: Ich erinnere Sie morgen, <b>{ $when }</b>, noch einmal daran, den Termin für Ihre Spritze am { $day } zu vereinbaren.
booking-too-late-for-tomorrow = Ihre Spritze ist am <b>{ $day }</b> fällig, morgen wäre also zu spät: Bitte vereinbaren Sie den Termin heute und tippen Sie dann auf <b>Termin steht</b>.
appointment-ask = 📅 Wann ist Ihr Termin für die Spritze am { $day }? Senden Sie Tag und Uhrzeit, zum Beispiel <i>{ $example }</i>, <i>am { $day_number }. um 14 Uhr</i> oder <i>morgen um 9 Uhr</i>. Senden Sie /cancel, um es vorerst offen zu lassen.
appointment-saved = 📅 Termin vereinbart: <b>{ $when }</b>. Ich erinnere Sie am { $reminder }, 2 Stunden vorher. Senden Sie /next, um ihn zu sehen.
appointment-saved-soon = 📅 Termin vereinbart: <b>{ $when }</b>. Senden Sie /next, um ihn zu sehen.
appointment-shown = 📅 Termin vereinbart: <b>{ $when }</b>, für Ihre B12-Spritze am { $day }.
## appointment_problems: eine Nachricht pro Schlüssel
appointment-problems-unreadable = Das konnte ich nicht als Tag und Uhrzeit lesen.
appointment-problems-no-day = An welchem Tag ist es? Bitte senden Sie Tag und Uhrzeit zusammen.
appointment-problems-no-time = Um wie viel Uhr ist es? Bitte senden Sie Tag und Uhrzeit zusammen.
appointment-problems-needs-am-pm = Ist das vormittags oder nachmittags? Bitte schreiben Sie die Uhrzeit im 24-Stunden-Format, zum Beispiel 14 Uhr.
appointment-problems-ambiguous-day = Dieses Datum lässt sich auf zwei Arten lesen: Bitte schreiben Sie den Monat als Wort.
appointment-problems-no-such-day = Diesen Tag gibt es nicht: Bitte prüfen Sie das Datum.
appointment-problems-day-passed = Dieser Tag ist schon vorbei: Bitte senden Sie den Tag Ihres Termins.
appointment-problems-weekday-mismatch = Wochentag und Datum passen nicht zusammen: Bitte prüfen Sie beides.
appointment-problems-time-passed = Diese Uhrzeit ist schon vorbei: Bitte senden Sie, wann Ihr Termin ist.

appointment-example = {"\u000A"}Zum Beispiel: <i>{ $example }</i> oder <i>morgen um 9 Uhr</i>. Oder senden Sie /cancel, um es offen zu lassen.
appointment-no-clinic-dose = Ich notiere Termine für Spritzen, die in einer Praxis gegeben werden, und für Sie ist gerade keine geplant. Senden Sie /next, um Ihre nächste Spritze zu sehen.
appointment-cancelled = In Ordnung, kein Termin notiert. Tippen Sie unter der Erinnerung auf <b>Termin steht</b>, wenn Sie einen haben, oder schreiben Sie zum Beispiel <i>Termin am 16. Dez. um 14 Uhr</i>.
appointment-dose-gone = Diese Spritze ist nicht mehr offen, daher gibt es dafür keinen Termin zu vereinbaren.
appointments-now = Wenn eine Pflegekraft oder Praxis Ihre Spritze gibt, erinnere ich Sie <b>{ $days }</b> vorher an die Terminvereinbarung. Um das zu ändern, senden Sie zum Beispiel /appointments 5.
appointments-not-clinic = {" "}(Laut Ihrem aktuellen Plan spritzen Sie selbst oder jemand bei Ihnen zu Hause, daher gibt es keine Termin-Erinnerungen.)
appointments-set = Erledigt: Ich erinnere Sie <b>{ $days }</b> vor jedem Praxistermin an die Vereinbarung.
appointments-invalid = Bitte geben Sie eine Anzahl Tage von 1 bis 60 an, zum Beispiel /appointments 5 oder /appointments 14.
pause-ask = Bis wann soll ich Ihre Erinnerungen pausieren? Senden Sie den Tag, an dem sie wieder beginnen sollen, zum Beispiel /pause 20. Dezember oder /pause in 2 Wochen.
pause-too-far = Ich kann Erinnerungen bis zu einem Jahr pausieren. Bitte geben Sie ein früheres Datum an, zum Beispiel /pause 20. Dezember.
pause-not-after-today = Bitte geben Sie einen Tag nach heute an, zum Beispiel /pause morgen oder /pause 20. Dezember.
pause-set =
    ⏸ Erinnerungen pausiert bis <b>{ $day }</b>. Spritzen, die in die Pause fallen, werden nicht als verpasst eingetragen.
    { $resume }
    Senden Sie /resume, um sie früher wieder zu starten. Bitte sagen Sie Ihrem Arzt oder Ihrer Ärztin von der Pause.
pause-resume-from-last = Wenn Sie zurück sind, ist Ihre nächste Spritze <b>{ $when }</b> fällig.
pause-resume-nothing = Nach der Pause ist noch keine Spritze geplant.
pause-note = ⏸ Erinnerungen sind pausiert bis { $day }. Senden Sie /resume, um sie jetzt wieder zu starten.{"\u000A"}{"\u000A"}
resume-done = ▶️ Die Erinnerungen laufen wieder.{ $next }
resume-nothing = Ihre Erinnerungen sind nicht pausiert.
