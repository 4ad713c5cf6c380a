### b12bot, Deutsch (/history: die Einträge seitenweise, Korrekturen, das Abstandsdiagramm).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-history = Ihre bisherigen Spritzen, und einen Eintrag korrigieren
history-title = 📖 <b>Ihre Spritzen-Übersicht</b> (Seite { $page } von { $pages })
history-empty = Noch nichts eingetragen: Ihre erste Spritze kommt noch.
# Eine Zeile pro Phase, über den Spritzen.
history-summary = • <b>{ $phase }</b>: { $done } erledigt ({ $on_time } pünktlich, { $late } verspätet{ $early ->
        [0] {""}
       *[other] , { $early } zu früh
    }), { $skipped } ausgelassen, { $missed } verpasst{ $open ->
        [0] {""}
       *[other] , { $open } noch nicht beantwortet
    }
history-line = <b>{ $day }</b> · { $phase } · { $what }{ $site }
history-line-before-plan = <b>{ $day }</b> · 💉 vor Beginn des Plans gegeben
history-phase-number-of = { $phase } { $number }/{ $count }
history-phase-number = { $phase } { $number }
history-site = {" "}· 📍 { $site }
history-done = ✅ erledigt
history-done-on-time = ✅ erledigt am { $taken } (pünktlich)
history-done-late = ⏰ { $days } verspätet erledigt, am { $taken }
history-done-early = ⏩ { $days } zu früh erledigt, am { $taken }
history-skipped = ⏭ ausgelassen
history-skipped-because = ⏭ ausgelassen: „{ $reason }“
history-missed = ❌ verpasst
history-open = ⏳ fällig, noch nicht beantwortet
history-upcoming = 🗓 als Nächstes
button-history-newer = ‹ Neuer
button-history-older = Älter ›
button-history-edit = ✏️ Eintrag korrigieren
button-history-chart = 📈 Diagramm
button-history-back = ‹ Zurück
button-history-show = 📖 Meine Übersicht zeigen
button-history-fix = ✏️ { $day } · { $phase }
history-pick = ✏️ Welcher Eintrag ist falsch? Tippen Sie ihn unten an.
history-button-stale = Diese Schaltfläche ist veraltet: Senden Sie /history, um Ihre aktuelle Übersicht zu sehen.

## Einen Eintrag korrigieren
history-fix-ask-done =
    Ihre Spritze der { $phase }sphase, geplant für { $planned }, ist als gegeben am { $taken } eingetragen.
    An welchem Tag wurde sie gegeben? Zum Beispiel „{ $example }“ oder „gestern“. Senden Sie /cancel, um es so zu lassen.
history-fix-ask-given =
    Ihre Spritze der { $phase }sphase, geplant für { $planned }, ist als { $was } eingetragen.
    Falls Sie sie doch bekommen haben: an welchem Tag? Zum Beispiel „{ $example }“ oder „gestern“. Senden Sie /cancel, um es so zu lassen.
history-was-skipped = ausgelassen
history-was-missed = verpasst
history-fix-again = Oder senden Sie /cancel, um den Eintrag so zu lassen.
history-fix-too-early = Das ist mehr als { $days } vor dem geplanten Tag ({ $planned }). Bitte senden Sie den Tag, an dem sie gegeben wurde, zum Beispiel „{ $example }“, oder /cancel.
history-fix-same-day = Das ist der Tag, der schon eingetragen ist, es hat sich also nichts geändert.
history-fixed = ✏️ Korrigiert: Ihre Spritze der { $phase }sphase, geplant für { $planned }, ist jetzt als gegeben am { $taken } eingetragen (vorher: { $was }).
history-fix-cancelled = In Ordnung, der Eintrag bleibt, wie er war.

## Das Diagramm der Abstände
history-chart-too-few = Das Diagramm vergleicht die Tage zwischen Ihren Spritzen mit dem Plan und braucht daher mindestens zwei gegebene Spritzen. Fragen Sie nach Ihrer nächsten noch einmal.
history-chart-title = Tage zwischen den Spritzen
history-chart-x = Spritze gegeben am
history-chart-y = Tage seit der vorherigen Spritze
history-chart-actual = Tatsächlich
history-chart-planned = Geplant
history-chart-caption = 📈 Die Tage zwischen Ihren Spritzen (Balken) im Vergleich zum Plan (Linie).
history-chart-failed = Entschuldigung, ich konnte das Diagramm gerade nicht zeichnen. Bitte versuchen Sie es später noch einmal.
