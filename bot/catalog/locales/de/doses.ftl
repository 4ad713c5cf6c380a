### b12bot, Deutsch (Spritzen).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

dose-outcome-done = {"\u000A"}{"\u000A"}✅ Erledigt { $when }.
dose-outcome-done-late = {"\u000A"}{"\u000A"}✅ Erledigt { $when }: { $days } nach der Fälligkeit.
dose-outcome-skipped = {"\u000A"}{"\u000A"}⏭ Ausgelassen.
dose-outcome-late = {"\u000A"}{"\u000A"}⏰ Später: Ich erinnere Sie wieder { $when }.
dose-done-reply = ✅ Eingetragen: Ihre Spritze ({ $dose }) vom { $due }, erledigt { $when }.
dose-done-reply-late = ✅ Eingetragen: Ihre Spritze ({ $dose }) vom { $due }, erledigt { $when }, { $days } nach der Fälligkeit.
dose-skip-reply = ⏭ Ihre Spritze ({ $dose }) vom { $due } ist ausgelassen. Wenn Sie möchten, sagen Sie mir den Grund (zum Beispiel „auf Reisen“), oder tippen Sie auf „Kein Grund“.
dose-skipped-with-reason = ⏭ Ihre Spritze ({ $dose }) vom { $due } ist ausgelassen: { $reason }.
# Eine Spritze, die morgen fällig ist, wird so genannt: Ein „auslassen“ spät am Abend beantwortet die Spritze des nächsten Morgens.
dose-day-tomorrow = { $day } (morgen)
dose-done-many = ✅ Eingetragen:
dose-done-many-line = {"\u000A"}• Ihre Spritze ({ $dose }) vom { $due }, erledigt { $when }
dose-done-many-line-late = {"\u000A"}• Ihre Spritze ({ $dose }) vom { $due }, erledigt { $when } ({ $days } nach der Fälligkeit)
dose-done-none-of-days = Keinen dieser Tage konnte ich eintragen:
dose-day-no-dose = {"\u000A"}• { $day }: Um diesen Tag herum war keine offene Spritze geplant, daher wurde nichts eingetragen.
dose-day-already = {"\u000A"}• { $day }: Ihre Spritze von diesem Tag ist schon eingetragen.
dose-forgot-open =
    Kein Problem. Ihre Spritze ({ $dose }) vom { $due } ist noch nicht eingetragen.
    • Setzen Sie sie jetzt und tippen Sie auf „Jetzt erledigt“.
    • An einem anderen Tag bekommen? Tippen Sie auf „An einem anderen Tag bekommen“, oder schreiben Sie zum Beispiel „erledigt am Montag“.
    • Oder tippen Sie auf „Später“, um wieder erinnert zu werden, oder auf „Auslassen“.
dose-forgot-missed =
    Ihre Spritze ({ $dose }) vom { $due } ist als verpasst eingetragen.
    • Setzen Sie sie jetzt und tippen Sie auf „Jetzt erledigt“.
    • An einem anderen Tag bekommen? Tippen Sie auf „An einem anderen Tag bekommen“, oder schreiben Sie zum Beispiel „erledigt am Montag“.
    Wenn Sie unsicher sind, ob Sie sie verspätet nehmen sollen, fragen Sie bitte Ihren Arzt oder Ihre Ärztin.
dose-forgot-no-dose-on = Ich sehe keine offene Spritze, die für { $day } geplant ist.
dose-done-date-ask = An welchem Tag haben Sie sie bekommen? Zum Beispiel „gestern“ oder „{ $example }“.
dose-will-do-today = 👍 In Ordnung. Ihre Spritze ({ $dose }) vom { $due } bleibt offen, und Ihre Erinnerungen bleiben wie geplant. Antworten Sie „erledigt“, sobald Sie sie bekommen haben.
button-done-now = ✅ Jetzt erledigt
button-done-other-day = 📅 An einem anderen Tag bekommen
button-undo = ↩️ Rückgängig
button-undo-day = ↩️ { $day } rückgängig
undone-open = ↩️ Rückgängig gemacht. Ihre Spritze ({ $dose }) vom { $due } wartet wieder auf Ihre Antwort.
undone-late = ↩️ Rückgängig gemacht. Ihre Spritze ({ $dose }) vom { $due } ist weiter auf später verschoben: Ich erinnere Sie wieder { $when }.
undone-missed = ↩️ Rückgängig gemacht. Ihre Spritze ({ $dose }) vom { $due } ist wieder als verpasst eingetragen. Wenn Sie sie bekommen haben, sagen Sie mir wann, zum Beispiel „erledigt am Montag“.
undone-settled = ↩️ Rückgängig gemacht. Ihre Spritze ({ $dose }) vom { $due } ist wieder so wie vorher.
# Pop-ups (reiner Text, kein HTML).
undo-recorded = Rückgängig gemacht.
undo-too-late = Das lässt sich nicht mehr rückgängig machen: Inzwischen wurde etwas anderes eingetragen.
dose-skip-reason-saved = Danke, notiert: { $reason }.
dose-skip-no-reason = In Ordnung, kein Grund notiert.
dose-skip-reason-too-long = Das ist etwas lang. Bitte halten Sie den Grund unter 200 Zeichen.
dose-late-ask = ⏰ Kein Problem. Wann werden Sie sie setzen?
dose-late-pick-date = An welchem Tag? Zum Beispiel „Freitag“ oder „3. Dez.“.
dose-late-set = ⏰ In Ordnung, Ihre Spritze ({ $dose }) vom { $due } kommt später: Ich erinnere Sie wieder { $when }.
dose-next-after = {"\u000A"}Nächste Spritze: { $when }.
button-later-today = In 3 Stunden
button-tomorrow = Morgen
button-pick-date = Datum wählen
button-no-reason = Kein Grund
# Im kleinen Pop-up von Telegram nach einem Tippen auf eine Schaltfläche: reiner Text, kein HTML.
dose-button-not-yours = Diese Schaltfläche gehört nicht zu diesem Chat.
dose-button-already = Diese Spritze ist schon eingetragen.
dose-button-recorded = Eingetragen.
dose-nothing-open = Gerade wartet keine Spritze auf eine Antwort.
dose-date-ambiguous = Meinten Sie { $first } oder { $second }? Bitte schreiben Sie den Monat als Wort, zum Beispiel „erledigt am 3. April“.
dose-taken-too-early = Dieses Datum liegt vor dem geplanten Termin dieser Spritze ({ $due }). Wenn Sie eine zusätzliche Spritze bekommen haben, sagen Sie es bitte Ihrem Arzt oder Ihrer Ärztin.
dose-taken-in-future = { $when } liegt noch in der Zukunft, deshalb habe ich nichts eingetragen. Wenn Sie die Spritze bekommen haben, antworten Sie „erledigt“ oder sagen Sie, wann, zum Beispiel „erledigt um 8:30“.
unknown-reply =
    Entschuldigung, das habe ich nicht verstanden. Sie können zum Beispiel antworten:
    • „erledigt“ oder „erledigt am Montag“
    • „später“
    • „auslassen“
    • „wann ist meine nächste Spritze?“
    oder /help senden.
no-plan-yet = Sie haben noch keinen Plan gespeichert. Senden Sie /regimen, um ihn einzurichten.
next-dose =
    💉 Ihre nächste Spritze: <b>{ $when }</b> ({ $countdown }).
    { $dose }, { $phase }sphase{ $number }.
next-dose-open =
    💉 Ihre Spritze, fällig <b>{ $when }</b>, ist noch offen ({ $countdown }).
    Antworten Sie „erledigt“, sobald Sie sie bekommen haben, oder „später“ oder „auslassen“.
next-nothing-planned = Gerade ist keine Spritze geplant.
next-lab = {"\u000A"}🧪 Nächster Labortest: { $test }, { $day }.
status =
    <b>Jetzt: { $phase }sphase</b>
    Spritzen erledigt: { $done } (verspätet: { $late })
    Ausgelassen: { $skipped }
    Verpasst: { $missed }
status-next-phase = {"\u000A"}{ $kind } beginnt { $day }.
status-earlier = {"\u000A"}{"\u000A"}<b>Vor dieser Phase</b>
status-earlier-line = {"\u000A"}{ $phase }sphase: { $done } erledigt, { $skipped } ausgelassen, { $missed } verpasst
status-waiting-for-switch = {"\u000A"}Diese Phase dauert, bis Ihr Arzt oder Ihre Ärztin Sie umstellt. Wenn das passiert, senden Sie /switch.
switch-not-possible = Ihre aktuelle Phase hat ein geplantes Ende, daher gibt es keine Umstellung einzutragen. Um Ihren Plan zu ändern, senden Sie /regimen.
switch-last-phase = Sie sind in der { $phase }sphase, der letzten Ihres Plans, daher gibt es keine nächste Phase. Um Ihren Plan zu ändern, senden Sie /regimen.
switch-already-recorded = Ihre Umstellung aus der { $phase }sphase ist schon eingetragen. Um Ihren Plan zu ändern, senden Sie /regimen.
switch-nothing-planned = Gerade ist keine Spritze geplant, daher gibt es keine Phase, aus der Sie umgestellt werden könnten. Um Ihren Plan zu ändern, senden Sie /regimen.
switch-recorded = Eingetragen: Ihr Arzt hat Sie am { $day } umgestellt. { $phase } beginnt jetzt; Ihre nächste Spritze: <b>{ $when }</b>.
command-next = Wann ist meine nächste Spritze?
command-status = Wie läuft es in dieser Phase?
command-switch = Mein Arzt hat mich in die nächste Phase umgestellt
## lab_test_names: eine Nachricht pro Schlüssel
lab-test-names-reticulocytes = Retikulozyten
lab-test-names-full-blood-count = großes Blutbild (Hämoglobin)
lab-test-names-treatment-review = Kontrolltermin zur Behandlung
lab-test-names-b12 = Vitamin-B12-Spiegel
lab-test-names-mma = Methylmalonsäure (MMA)
lab-test-names-folate = Folsäure
lab-test-names-ferritin = Ferritin
lab-test-names-potassium = Kalium
