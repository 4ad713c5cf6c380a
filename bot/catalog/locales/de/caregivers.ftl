### b12bot, Deutsch (Betreuungspersonen).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-caregiver = Betreuung: jemanden einladen oder eine Verbindung beenden
caregiver-none-yet =
    <b>Betreuungspersonen</b>
    Eine Betreuungsperson ist jemand Ihres Vertrauens. Ich gebe ihr Bescheid, wenn eine Injektion nach meiner Nachfrage unbestätigt bleibt und wenn sie als verpasst gilt. Für jede Betreuungsperson wählen Sie, ob sie außerdem Ihre Erinnerungen (um die Injektion zu geben und einzutragen), eine Wochenübersicht und Ihre Warnhinweise (nur die Stufe und den festen Sicherheitstext, nie Ihre Worte) erhält. Sie sieht nie Ihre Symptome, Laborwerte oder etwas, das Sie mir schreiben. Sie haben noch keine Betreuungsperson.
caregiver-links =
    <b>Ihre Betreuungspersonen</b>
    { $lines }
caregiver-link-line = { $number }. Sie erscheinen als <b>{ $name }</b>: { $status }
caregiver-status-invited = Einladung noch nicht genutzt, gültig bis { $until }
caregiver-status-accepted = { $caregiver } hat angenommen und wartet auf Ihre Bestätigung
caregiver-status-active = verbunden mit { $caregiver }, erhält { $shared }
caregiver-status-active-nothing = verbunden mit { $caregiver }, erhält derzeit nichts
caregiver-cared-for =
    <b>Menschen, die Sie betreuen</b>
    { $lines }
caregiver-cared-for-line = { $number }. <b>{ $name }</b>: { $status }
caregiver-caring-accepted = wartet auf die Bestätigung
caregiver-caring-active = verbunden
caregiver-nobody = Sie betreuen noch niemanden. Wenn Sie jemand eingeladen hat, öffnen Sie den Link oder senden Sie /caregiver und den Code. Um selbst eine Betreuungsperson einzuladen, richten Sie zuerst mit /start Ihren Plan ein.
caregiver-someone = Ihre Betreuungsperson
caregiver-button-invite = Jemanden einladen
caregiver-button-end = Verbindung { $number } beenden
caregiver-button-leave = Verbindung { $number } beenden
caregiver-button-choices = Auswahl für Verbindung { $number }
caregiver-not-a-patient = Nur wer hier einen Plan hat, kann eine Betreuungsperson einladen. Richten Sie Ihren mit /start ein.
caregiver-limit = Sie haben schon { $most } Betreuungspersonen oder Einladungen. Beenden Sie eine mit /caregiver, bevor Sie jemand anderen einladen.
caregiver-ask-name = Wie soll man Sie sehen? Senden Sie den Namen, unter dem man Sie kennt, zum Beispiel <i>Anna</i> oder <i>Mama</i>. Mit /cancel brechen Sie ab.
caregiver-name-invalid = Das geht nicht als Name. Senden Sie bis zu 40 Zeichen mit mindestens einem Buchstaben, zum Beispiel <i>Anna</i> oder <i>Mama</i>.
caregiver-invite-cancelled = Es wurde keine Einladung erstellt.
caregiver-invitation =
    Hier ist die Einladung für die Person, die Sie betreut. Senden Sie ihr diesen Link:
    { $link }

    Oder sie sendet mir <code>/caregiver { $code }</code>.

    Er funktioniert einmal, bis { $until }. Sie sieht Sie als <b>{ $name }</b>, und ich bitte Sie um eine Bestätigung, sobald sie annimmt.
caregiver-code-unknown = Dieser Code öffnet keine Einladung. Prüfen Sie ihn mit der Person, die ihn geschickt hat.
caregiver-code-expired = Diese Einladung ist abgelaufen: Einladungen gelten 24 Stunden. Bitten Sie um eine neue.
caregiver-code-used = Diese Einladung wurde schon genutzt oder zurückgezogen. Bitten Sie um eine neue.
caregiver-code-own = Das ist Ihre eigene Einladung: Senden Sie den Link der Person, die Sie betreut.
caregiver-code-too-many = Zu viele Codes, die nicht gepasst haben. Bitte warten Sie 10 Minuten und versuchen Sie es dann noch einmal.
caregiver-offer =
    <b>{ $name }</b> lädt Sie ein, die Betreuungsperson zu sein.

    <b>Sie erhalten</b>:
    { $receives }
    <b>Sie erhalten nie</b>: Symptome, Laborwerte oder etwas, das { $name } mir schreibt.

    { $name } kann jederzeit ändern, was Sie erhalten, und ich sage es Ihnen jedes Mal. { $name } bestätigt noch einmal, nachdem Sie angenommen haben. Beide können die Verbindung jederzeit mit /caregiver beenden.
caregiver-button-accept = Annehmen
caregiver-button-decline = Ablehnen
caregiver-already-linked = Sie betreuen { $name } bereits.
caregiver-accepted = Danke. Ich habe { $name } gebeten, die Verbindung zu bestätigen; ich sage Ihnen Bescheid, sobald sie besteht.
caregiver-declined = Sie haben die Einladung von { $name } abgelehnt. Mit Ihnen wird nichts geteilt.
caregiver-declined-tell-patient = { $caregiver } hat Ihre Einladung abgelehnt. Es wird nichts geteilt.
caregiver-confirm-ask =
    { $caregiver } hat Ihre Einladung angenommen. Nach dem Verbinden erhält { $caregiver }:
    { $receives }
    Sie können das jederzeit mit /caregiver ändern, und { $caregiver } erfährt es jedes Mal. Verbinden?
caregiver-button-confirm = Bestätigen
caregiver-button-cancel = Abbrechen
caregiver-linked = Sie sind mit { $caregiver } verbunden. Was diese Person erhält, ändern Sie oder die Verbindung beenden Sie jederzeit mit /caregiver.
caregiver-linked-tell-caregiver = Sie betreuen jetzt { $name }. Beenden Sie die Verbindung jederzeit mit /caregiver.
caregiver-cancelled = Die Verbindung wurde nicht hergestellt. Es wird nichts geteilt.
caregiver-cancelled-tell-caregiver = { $name } hat die Verbindung nicht bestätigt. Mit Ihnen wird nichts geteilt.
caregiver-invite-withdrawn = Die Einladung ist zurückgezogen: Ihr Code funktioniert nicht mehr.
caregiver-ended = Die Verbindung mit { $caregiver } ist beendet. Diese Person erhält nichts mehr von mir.
caregiver-ended-tell-caregiver = { $name } hat die Verbindung beendet. Sie erhalten nichts mehr über { $name }.
caregiver-left = Sie betreuen { $name } nicht mehr. Sie erhalten nichts mehr über { $name }.
caregiver-left-tell-patient = { $caregiver } hat die Verbindung beendet (Sie erschienen als { $name }). Diese Person erhält nichts mehr von mir.
caregiver-stale-button = Diese Schaltfläche ist veraltet: Senden Sie /caregiver, um Ihre Verbindungen zu sehen.

caregiver-delay-ask = Wie lange nach meiner Nachfrage soll { $caregiver } erfahren, dass eine Injektion noch unbestätigt ist? Jetzt: { $delay }.
caregiver-alert-unconfirmed = Die Injektion von <b>{ $name }</b>, fällig { $when }, ist auch nach meiner Nachfrage noch nicht bestätigt.
caregiver-alert-unconfirmed-after-late = Die Injektion für <b>{ $name }</b>, fällig { $when }, wurde auf { $again } verschoben und ist noch immer nicht bestätigt.
caregiver-alert-missed = Die Injektion von <b>{ $name }</b>, fällig { $when }, gilt jetzt als verpasst: Niemand hat sie bestätigt.
caregiver-blocked-tell-patient = { $caregiver } (sah Sie als { $name }) hat mich blockiert, daher ist diese Verbindung beendet; Ihre eigenen Erinnerungen laufen weiter wie bisher.

## Was eine Verbindung sendet, von der Patientin oder dem Patienten je Verbindung gewählt.
caregiver-choices =
    <b>Was { $caregiver } erhält</b> (sieht Sie als <b>{ $name }</b>):
    { $lines }

    Nie Ihre Symptome, Laborwerte oder etwas, das Sie mir schreiben. Tippen Sie auf eine Schaltfläche, um einen Punkt ein- oder auszuschalten; { $caregiver } erfährt es jedes Mal.
caregiver-choice-on = ✅ { $item }
caregiver-choice-off = ⬜ { $item } (aus)
caregiver-toggle-on = ✅ { $item }: ein
caregiver-toggle-off = ⬜ { $item }: aus
caregiver-item-alerts = Hinweise
caregiver-item-reminders = Erinnerungen
caregiver-item-weekly = Wochenübersicht
caregiver-item-red-flags = Warnhinweise
caregiver-button-delay = ⏱ Wartezeit: { $delay }
caregiver-button-back = ‹ Zurück
# Seite der Patientin oder des Patienten: was die Betreuungsperson erhält.
caregiver-shares-alerts = Hinweise: eine Injektion, die { $delay } nach meiner Nachfrage noch unbestätigt ist, und eine, die als verpasst gilt
caregiver-shares-reminders = Erinnerungen: Ihre Injektionserinnerungen mit Erledigt / Später / Auslassen, damit { $caregiver } eine Injektion eintragen kann, die sie Ihnen gibt
caregiver-shares-weekly = Wochenübersicht: wie viele Injektionen gegeben, verspätet, ausgelassen oder verpasst wurden, und die nächste
caregiver-shares-red-flags = Warnhinweise: nur die Stufe und der feste Sicherheitstext, den ich Ihnen sende, nie Ihre Worte
# In der Zeile einer Verbindung in der Übersicht.
caregiver-brief-alerts = Hinweise { $delay } nach meiner Nachfrage
caregiver-brief-reminders = Ihre Erinnerungen
caregiver-brief-weekly = eine Wochenübersicht
caregiver-brief-red-flags = Ihre Warnhinweise
# Seite der Betreuungsperson: was sie erhält.
caregiver-receives-alerts = eine Nachricht, wenn eine Injektion von { $name } { $delay } nach meiner Nachfrage noch nicht bestätigt ist, und wenn sie als verpasst gilt
caregiver-receives-reminders = die Injektionserinnerungen von { $name } mit Erledigt / Später / Auslassen, um eine Injektion einzutragen, die Sie geben
caregiver-receives-weekly = eine Wochenübersicht: wie viele Injektionen gegeben, verspätet, ausgelassen oder verpasst wurden, und die nächste
caregiver-receives-red-flags = die Warnhinweise von { $name }: nur die Stufe und der feste Sicherheitstext, den ich sende, nie die eigenen Worte
caregiver-receives-nothing = • derzeit nichts
caregiver-bullet = • { $item }
caregiver-sharing-changed =
    <b>{ $name }</b> hat geändert, was Sie von mir erhalten. Ab jetzt:
    { $receives }
    Nie Symptome, Laborwerte oder etwas, das { $name } mir schreibt.

## /delete, wenn der Chat Betreuungsverbindungen hat, auf der einen oder anderen Seite.
caregiver-delete-confirm =
    Damit wird <b>alles</b> gelöscht, was ich über Sie speichere: Ihr Plan, jede eingetragene Injektion, Laborwerte, Symptom-Einträge und Erinnerungen. Das lässt sich nicht rückgängig machen.
    { $ends }

    Senden Sie vorher /export, wenn Sie eine Kopie möchten. Alles löschen?
caregiver-delete-confirm-caregiver =
    Damit wird <b>alles</b> gelöscht, was ich über Sie speichere. Das lässt sich nicht rückgängig machen.
    { $ends }

    Senden Sie vorher /export, wenn Sie eine Kopie möchten. Alles löschen?
caregiver-delete-ends-own = Auch Ihre Betreuungsverbindungen enden, und nicht genutzte Einladungen funktionieren nicht mehr: Jede Betreuungsperson erfährt es und erhält nichts mehr.
caregiver-delete-ends-caring = Sie betreuen { $names } nicht mehr: Sie erfahren es, und ihre eigenen Daten bleiben bei ihnen.
