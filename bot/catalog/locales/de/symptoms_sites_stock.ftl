### b12bot, Deutsch (Symptome, Spritzstellen, Vorrat).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

# Feste Sicherheitstexte, einer pro Warnstufe: nie eine Diagnose. Zusammen mit den Phrasenlisten
# in bot/catalog/vocabulary/german_red_flags.py zu prüfen.
red-flag-emergency = 🚨 <b>Wenn Sie Zeichen einer allergischen Reaktion haben</b> (Ausschlag, Quaddeln, Schwellung von Gesicht, Lippen oder Hals, ein enger Hals, Atemnot, Ohnmacht), <b>rufen Sie jetzt Ihre örtliche Notrufnummer an</b> (112 in Europa, 999 in Großbritannien, 911 in den USA). Warten Sie nicht auf eine Antwort von mir.
red-flag-urgent-care = ⚠️ <b>Neue oder sich ausbreitende Taubheit, Probleme beim Gehen oder Stehen, Stürze, Veränderungen beim Sehen oder plötzliche Verwirrtheit müssen heute noch ärztlich untersucht werden.</b> Bitte gehen Sie jetzt in eine Notfallpraxis oder rufen Sie die Akut-Sprechstunde Ihres Arztes an. Wenn es schnell schlimmer wird, rufen Sie Ihre örtliche Notrufnummer an.
red-flag-call-clinician = ⚠️ <b>Atemnot bei Belastung, geschwollene Beine oder Knöchel, schnelle Gewichtszunahme, ein unregelmäßiger oder rasender Herzschlag, Krämpfe, Schwäche oder Beschwerden, die schlimmer statt besser werden, sollten abgeklärt werden: Bitte rufen Sie jetzt Ihren Arzt oder Ihre Ärztin an</b> und erzählen Sie, was Sie mir erzählt haben. Wenn es stark ist, rufen Sie Ihre örtliche Notrufnummer an.

## symptom_names: eine Nachricht pro Schlüssel
symptom-names-fatigue = Müdigkeit (Erschöpfung)
symptom-names-tingling = Kribbeln oder Taubheit
symptom-names-balance = Gleichgewichtsprobleme
symptom-names-mouth-soreness = Wunder Mund oder wunde Zunge
symptom-names-memory = Gedächtnis- oder Konzentrationsprobleme
symptom-names-mood = Gedrückte Stimmung

## symptom_scale: eine Nachricht pro Stufe, der Reihe nach
symptom-scale-0 = Keine
symptom-scale-1 = Leicht
symptom-scale-2 = Mittel
symptom-scale-3 = Stark

symptom-offer-weekly = 📝 Zeit für Ihre wöchentliche Symptom-Abfrage: sechs kurze Antippen.{"\u000A"}{"\u000A"}
symptom-offer-before-dose = 📝 Ihre nächste Spritze ist fällig { $when }. Viele Menschen merken, dass Beschwerden vor der nächsten Spritze zurückkommen: Eine kurze Abfrage jetzt zeigt das Ihrem Arzt.{"\u000A"}{"\u000A"}
symptom-question =
    { $intro }<b>{ $name }</b> in den letzten Tagen? ({ $step } von { $count })
    <i>Alles, was Sie während der Abfrage schreiben, wird als Notiz gespeichert.</i>
symptom-note-ask = Danke. Möchten Sie noch etwas für Ihren Arzt notieren? Schreiben Sie es, oder tippen Sie auf „Keine Notiz“.
symptom-note-saved = 📝 Notiert. Bitte tippen Sie auf eine Schaltfläche, um weiterzumachen.
symptom-note-too-long = Das ist etwas lang. Bitte halten Sie die Notiz unter 1000 Zeichen.
symptom-saved = ✅ Abfrage gespeichert.
symptom-stopped = Abfrage beendet; Ihre Antworten bleiben gespeichert. Senden Sie jederzeit /symptoms.
symptom-trend-header = <b>Ihre Symptome, { $count ->
        [one] bisher eine Abfrage
       *[other] letzte { $count } Abfragen
    }</b> (0 keine … 3 stark)
symptom-trend-line = { $name }: { $scores }{ $direction }
symptom-better = {" "}↘ besser
symptom-worse = {" "}↗ schlechter
symptom-same = {" "}→ gleich
symptom-trend-none = Noch keine Abfragen. Senden Sie /symptoms für eine; sie dauert sechs Antippen.
symptom-trend-hint = {"\u000A"}{"\u000A"}Senden Sie /symptoms trend, um das wieder zu sehen.
symptom-notes-header = {"\u000A"}{"\u000A"}<b>Ihre Notizen</b>
symptom-note-line = {"\u000A"}{ $day }: { $note }
button-no-note = Keine Notiz
button-stop-check-in = Beenden
# Im kleinen Pop-up von Telegram nach einem Tippen auf eine Schaltfläche: reiner Text, kein HTML.
symptom-button-already = Diese Abfrage ist schon gespeichert.
command-symptoms = Symptom-Abfrage (/symptoms trend: wie es läuft)
drift-told = 📅 <b>Ein Hinweis zum Zeitplan.</b> Ihre letzten Spritzen lagen { $intervals } auseinander, Ihr Plan sieht aber alle { $planned } vor. Wenn sich monatliche Spritzen über längere Zeit auf alle 6–8 Wochen verschieben, merken manche Patienten die Folgen, bevor ihre Laborwerte wieder geprüft werden. Wenn es schwer ist, den Plan einzuhalten, sagen Sie es Ihrem Arzt oder Ihrer Ärztin; sie können helfen. Ich habe das für Ihre Unterlagen notiert.
drift-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
## site_names: eine Nachricht pro Schlüssel
site-names-left-arm = linker Oberarm (Deltamuskel)
site-names-right-arm = rechter Oberarm (Deltamuskel)
site-names-left-thigh = linker Oberschenkel
site-names-right-thigh = rechter Oberschenkel
site-names-left-buttock = linke Gesäßhälfte
site-names-right-buttock = rechte Gesäßhälfte

## site_buttons: eine Nachricht pro Schlüssel
site-buttons-left-arm = Linker Arm
site-buttons-right-arm = Rechter Arm
site-buttons-left-thigh = Linker Oberschenkel
site-buttons-right-thigh = Rechter Oberschenkel

reminder-site-first = {"\u000A"}📍 Vorgeschlagene Stelle: <b>{ $site }</b>.
reminder-site-next = {"\u000A"}📍 Vorgeschlagene Stelle: <b>{ $site }</b> (letztes Mal: { $last }).
site-ask = 📍 Wohin haben Sie gespritzt? (damit ich die nächste Stelle vorschlagen kann)
site-recorded = 📍 Stelle notiert: { $site }.
stock-now = 🧴 Sie haben <b>{ $count }</b> { $count ->
        [one] Ampulle
       *[other] Ampullen
    } vorrätig. Zum Aktualisieren senden Sie zum Beispiel /stock 5.
stock-unknown = 🧴 Ich weiß nicht, wie viele Ampullen Sie haben. Senden Sie zum Beispiel /stock 5, dann zähle ich bei jeder Spritze eine herunter und erinnere Sie, wenn noch zwei übrig sind.
stock-set = 🧴 Notiert: <b>{ $count }</b> { $count ->
        [one] Ampulle
       *[other] Ampullen
    } vorrätig. Ich zähle bei jeder Spritze eine herunter und erinnere Sie, wenn noch zwei übrig sind.
stock-set-low = {"\u000A"}Das ist nicht viel: Zeit, neue zu besorgen.
stock-invalid = Bitte senden Sie die Zahl Ihrer Ampullen, von 0 bis 500, zum Beispiel /stock 5.
stock-low = 🧴 <b>Noch { $count } { $count ->
        [one] Ampulle
       *[other] Ampullen
    }.</b> Zeit, neue zu besorgen: Bitten Sie um ein Folgerezept oder rufen Sie Ihre Apotheke an. Wenn Sie sie haben, senden Sie zum Beispiel /stock 10.
stock-left-line = {"\u000A"}🧴 Übrige Ampullen: { $count }.
command-stock = Wie viele Ampullen ich habe
