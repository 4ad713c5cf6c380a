### b12bot, Deutsch (/report: ein PDF und eine CSV-Datei für den Arzt oder die Ärztin).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-report = Ein Bericht (PDF und CSV) für Ihren Arzt
report-ask-period = 📄 Ich erstelle einen Bericht für Ihren Arzt oder Ihre Ärztin: ein PDF zum Lesen und eine CSV-Datei mit einer Zeile pro Spritze. Welchen Zeitraum soll er abdecken?
button-report-3-months = Letzte 3 Monate
button-report-12-months = Letzte 12 Monate
button-report-all = Seit Beginn
report-working = 📄 Ihr Bericht wird erstellt: { $period }…
report-ready = 📄 Ihr Bericht: { $period }. Das PDF und die CSV-Datei finden Sie unten.
report-no-doses = Es sind noch keine Spritzen eingetragen, daher gibt es nichts zu berichten. Sobald Ihre erste Spritze fällig ist, erstellt /report einen Bericht.
report-no-doses-in-period = Für diesen Zeitraum ({ $period }) sind keine Spritzen eingetragen. Senden Sie /report, um einen längeren zu wählen.
report-caption-pdf = Ihr Bericht für { $first } – { $last }, bereit zum Zeigen oder Senden an Ihren Arzt.
report-caption-csv = Dieselben Spritzen als Tabelle (CSV), eine Zeile pro Spritze.
report-failed = Entschuldigung, ich konnte Ihren Bericht gerade nicht erstellen. Ihre Daten sind sicher: Bitte versuchen Sie /report in ein paar Minuten noch einmal.
report-stale-button = Diese Schaltfläche ist veraltet: Senden Sie /report, um jetzt einen Bericht zu erstellen.

## Das PDF. Die Daten sind die der Zeitzone des Patienten.

report-title = Vitamin-B12-Injektionen: Dokumentation für den Arzt
report-fact-zone = Zeitzone
report-fact-period = Zeitraum
report-fact-generated = Erstellt
report-generated-at = { $day }, { $time }
report-fact-name = Patient
report-no-name = vom Bot nicht gespeichert (bitte Patienten fragen)
report-period-range = { $first } – { $last } ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
})
report-footer = b12bot · Zeiten in der Zeitzone des Patienten · Seite

report-summary-heading = Zusammenfassung
report-summary-doses = Fällige Injektionen im Zeitraum: { $due }. Gegeben: { $done } ({ $on_time } pünktlich, { $late } verspätet, { $early } zu früh). Ausgelassen: { $skipped }. Verpasst: { $missed }.{ $open ->
    [0] {""}
   *[other] {" "}Fällig und noch nicht beantwortet: { $open }.
}
report-summary-pdc = Anteil abgedeckter Tage im Zeitraum: { $percent } %.
report-summary-pdc-none = Anteil abgedeckter Tage: kein Tag im Zeitraum zu zählen.
report-summary-last = Letzte gegebene Injektion: { $day } ({ $ago ->
    [0] am Tag des Berichts
   *[other] { $days } vor dem Bericht
}).
report-summary-no-injection = Im Zeitraum wurde keine Injektion gegeben.
report-summary-plan = Aktueller Plan: { $plan }.
report-summary-intervals = Tage zwischen den Injektionen im Zeitraum: Median { $median }, längster Abstand { $longest }.
report-summary-drifts = Ereignisse mit Abstandsdrift: { $count }.
report-summary-labs = Laborergebnisse im Zeitraum: { $count }.
report-summary-symptoms = Symptom-Abfragen: { $count } (Gesamtwert der letzten: { $latest } von { $highest }).
report-summary-red-flags = Warnzeichen-Ereignisse: { $count }.

report-plan-heading = Der Plan, jede Fassung
report-plan-version = Fassung { $number }: { $name }, gültig ab { $start }{ $until }.
report-plan-until = {" "}bis { $day }
report-plan-source = Quelle der Vorlage: { $source }
report-plan-given = { $drug }, { $route }, gegeben von: { $giver }.
report-plan-switch = Phase { $position } endete am { $day }: Der Arzt hat den Patienten in die nächste Phase umgestellt.
report-giver-self = dem Patienten selbst
report-giver-caregiver = einer betreuenden Person
report-giver-clinic = einer Pflegekraft oder Praxis

report-windows-heading = Wann eine Injektion als pünktlich gilt
report-window-day = Geplanter Abstand von { $start } bis { $to } Tagen: nur am geplanten Tag.
report-window-days = Geplanter Abstand von { $start } bis { $to } Tagen: innerhalb von { $days } vor oder nach dem geplanten Tag.
report-window-last = Geplanter Abstand von { $start } Tagen oder mehr: innerhalb von { $days } vor oder nach dem geplanten Tag.
report-windows-note = Eine Injektion, die weiter vom geplanten Tag entfernt gegeben wurde, gilt als verspätet (oder zu früh). Für den Anteil abgedeckter Tage deckt jede gegebene Injektion die Tage bis zur nächsten geplanten ab; pausierte Tage werden nicht mitgezählt.

report-adherence-heading = Therapietreue je Phase
report-col-phase = Phase
report-col-on-time = Pünktlich
report-col-late = Verspätet
report-col-early = Zu früh
report-col-skipped = Ausgelassen
report-col-missed = Verpasst
report-col-open = Unbeantwortet
report-col-done = Gegeben

report-doses-heading = Jede Injektion: geplant und tatsächlich
report-col-planned = Geplant
report-col-number = Nr.
report-col-dose = Dosis
report-col-outcome = Ergebnis
report-col-given = Gegeben am
report-col-days-late = Verspätung (T)
report-col-interval = Abstand (T)
report-col-planned-interval = Plan (T)
report-col-site = Stelle
report-col-reason = Grund für Auslassen
report-doses-note = Verspätung (T): Tage nach dem geplanten Tag, an dem sie gegeben wurde (negativ: zu früh). Abstand (T): Tage seit der davor gegebenen Injektion. Plan (T): Tage, die der Plan seit der vorherigen Injektion vorsah.
report-outcome-on-time = pünktlich
report-outcome-late = verspätet
report-outcome-early = zu früh
report-outcome-skipped = ausgelassen
report-outcome-missed = verpasst
report-outcome-open = unbeantwortet
report-outcome-upcoming = bevorstehend
report-outcome-before-plan = vor dem Plan

report-chart-intervals-title = Tage zwischen den Injektionen: tatsächlich und geplant
report-chart-intervals-x = Datum der Gabe
report-chart-intervals-y = Tage
report-chart-actual = tatsächlich
report-chart-planned = geplant

report-drifts-heading = Tage zwischen den Injektionen und Drift
report-drift-line = Drift erkannt am { $day }: geplant alle { $planned } Tage; die letzten Abstände waren { $actual } Tage.
report-drifts-none = Abstandsdrift (eine Reihe von Abständen, die länger als geplant sind): im Zeitraum keine erkannt.

report-labs-heading = Laborergebnisse
report-col-test = Test
report-col-date = Datum
report-col-result = Ergebnis
report-col-change = Änderung zum vorherigen
report-change-up = { $change } { $unit } höher
report-change-down = { $change } { $unit } niedriger
report-change-same = unverändert
report-change-up-from = gestiegen von { $previous }
report-change-down-from = gesunken von { $previous }
report-change-first = erstes Ergebnis
report-change-other-unit = vorheriges in anderer Einheit ({ $previous })
report-labs-none = Im Zeitraum keine Laborergebnisse eingetragen.

report-symptoms-heading = Symptome
report-symptoms-scale = Jede Abfrage bewertet sechs Symptome von 0 (keine) bis 3 (stark); der Gesamtwert reicht von 0 bis { $highest }.
report-symptoms-none = Im Zeitraum keine Symptom-Abfragen.
report-check-ins-heading = Jede Symptom-Abfrage
report-chart-symptoms-title = Gesamtwert der Symptome bei jeder Abfrage
report-chart-symptoms-x = Datum der Abfrage
report-chart-score = Gesamtwert
report-chart-since-title = Symptome nach Tagen seit der letzten Injektion
report-chart-since-x = Tage seit der letzten vor der Abfrage gegebenen Injektion
report-symptoms-since-note = Symptome, die mit den Tagen seit der letzten Injektion zunehmen, können bedeuten, dass sie vor der nächsten fälligen Injektion zurückkehren.
report-col-since = Tage seit Injektion
report-col-total = Gesamt
report-symptom-short-fatigue = Müdigkeit
report-symptom-short-tingling = Kribbeln
report-symptom-short-balance = Gleichgewicht
report-symptom-short-mouth-soreness = Mund
report-symptom-short-memory = Gedächtnis
report-symptom-short-mood = Stimmung

report-red-flags-heading = Warnzeichen-Ereignisse
report-red-flags-note = Datum und Stufe jeder Nachricht, die einem Warnzeichen entsprach; die Worte des Patienten stehen nicht im Bericht.
report-red-flag-line = { $day }: { $level } ({ $sign })
report-red-flags-none = Keine im Zeitraum.
report-level-emergency = Notfall
report-level-urgent-care = heute ärztlich abklären
report-level-call-clinician = Arzt anrufen

report-stock-heading = Vorrat und Pausen
report-stock = Ampullen vorrätig: { $count }.
report-stock-unknown = Ampullen vorrätig: nicht eingetragen.
report-pause-line = Erinnerungen pausiert von { $start } bis { $to }.
report-pause-ended = Erinnerungen pausiert ab { $start }; vorzeitig beendet am { $ended }.
report-pauses-none = Keine Pausen im Zeitraum.

# The CSV's header and its phase and outcome codes: identifiers a spreadsheet reads, in this language.
report-csv-column-dose-id = dosis_id
report-csv-column-phase = phase
report-csv-column-number-in-phase = nummer_in_phase
report-csv-column-planned-local-date = geplantes_datum_lokal
report-csv-column-due-at-utc = faellig_utc
report-csv-column-due-local = faellig_lokal
report-csv-column-taken-local-date = gegeben_datum_lokal
report-csv-column-taken-at-utc = gegeben_utc
report-csv-column-taken-local = gegeben_lokal
report-csv-column-outcome = ergebnis
report-csv-column-days-late = tage_verspaetet
report-csv-column-interval-since-previous-days = abstand_zur_vorigen_tage
report-csv-column-planned-interval-days = geplanter_abstand_tage
report-csv-column-site = stelle
report-csv-column-skip-reason = grund_ausgelassen
report-csv-phase-loading = aufsaettigung
report-csv-phase-transition = uebergang
report-csv-phase-maintenance = erhaltung
report-csv-outcome-on-time = puenktlich
report-csv-outcome-late = verspaetet
report-csv-outcome-early = frueh
report-csv-outcome-skipped = ausgelassen
report-csv-outcome-missed = verpasst
report-csv-outcome-open = offen
report-csv-outcome-upcoming = anstehend
report-csv-outcome-before-plan = vor_dem_plan
