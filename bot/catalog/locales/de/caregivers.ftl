### b12bot, Deutsch (Betreuungspersonen).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-caregiver = Betreuung: jemanden einladen oder eine Verbindung beenden
caregiver-none-yet =
    <b>Betreuungspersonen</b>
    Eine Betreuungsperson ist jemand Ihres Vertrauens, dem ich Bescheid gebe, wenn eine Injektion unbestätigt bleibt. Sie sieht nie Ihre Symptome, Laborwerte, Warnhinweise oder etwas, das Sie mir schreiben. Sie haben noch keine Betreuungsperson.
caregiver-links =
    <b>Ihre Betreuungspersonen</b>
    { $lines }
caregiver-link-line = { $number }. Sie erscheinen als <b>{ $name }</b>: { $status }
caregiver-status-invited = Einladung noch nicht genutzt, gültig bis { $until }
caregiver-status-accepted = { $caregiver } hat angenommen und wartet auf Ihre Bestätigung
caregiver-status-active = verbunden mit { $caregiver }, benachrichtigt { $delay } nach meiner Nachfrage
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

    <b>Sie erhalten</b>: eine Nachricht, wenn eine Injektion von { $name } nach Erinnerung und Nachfrage noch nicht bestätigt ist, und wenn sie als verpasst gilt.
    <b>Sie erhalten nie</b>: Symptome, Laborwerte, Warnhinweise oder etwas, das { $name } mir schreibt.

    { $name } bestätigt noch einmal, nachdem Sie angenommen haben. Beide können die Verbindung jederzeit mit /caregiver beenden.
caregiver-button-accept = Annehmen
caregiver-button-decline = Ablehnen
caregiver-already-linked = Sie betreuen { $name } bereits.
caregiver-accepted = Danke. Ich habe { $name } gebeten, die Verbindung zu bestätigen; ich sage Ihnen Bescheid, sobald sie besteht.
caregiver-declined = Sie haben die Einladung von { $name } abgelehnt. Mit Ihnen wird nichts geteilt.
caregiver-declined-tell-patient = { $caregiver } hat Ihre Einladung abgelehnt. Es wird nichts geteilt.
caregiver-confirm-ask = { $caregiver } hat Ihre Einladung angenommen. Verbinden?
caregiver-button-confirm = Bestätigen
caregiver-button-cancel = Abbrechen
caregiver-linked = Sie sind mit { $caregiver } verbunden. Beenden Sie die Verbindung jederzeit mit /caregiver.
caregiver-linked-tell-caregiver = Sie betreuen jetzt { $name }. Beenden Sie die Verbindung jederzeit mit /caregiver.
caregiver-cancelled = Die Verbindung wurde nicht hergestellt. Es wird nichts geteilt.
caregiver-cancelled-tell-caregiver = { $name } hat die Verbindung nicht bestätigt. Mit Ihnen wird nichts geteilt.
caregiver-invite-withdrawn = Die Einladung ist zurückgezogen: Ihr Code funktioniert nicht mehr.
caregiver-ended = Die Verbindung mit { $caregiver } ist beendet. Diese Person erhält nichts mehr von mir.
caregiver-ended-tell-caregiver = { $name } hat die Verbindung beendet. Sie erhalten nichts mehr über { $name }.
caregiver-left = Sie betreuen { $name } nicht mehr. Sie erhalten nichts mehr über { $name }.
caregiver-left-tell-patient = { $caregiver } hat die Verbindung beendet (Sie erschienen als { $name }). Diese Person erhält nichts mehr von mir.
caregiver-stale-button = Diese Schaltfläche ist veraltet: Senden Sie /caregiver, um Ihre Verbindungen zu sehen.

caregiver-button-delay = Wartezeit { $number }
caregiver-delay-ask = Wie lange nach meiner Nachfrage soll { $caregiver } erfahren, dass eine Injektion noch unbestätigt ist? Jetzt: { $delay }.
caregiver-delay-set = { $caregiver } erfährt es jetzt { $delay } nach meiner Nachfrage, wenn eine Injektion unbestätigt bleibt.
caregiver-alert-unconfirmed = Die Injektion von <b>{ $name }</b>, fällig { $when }, ist auch nach meiner Nachfrage noch nicht bestätigt.
caregiver-alert-missed = Die Injektion von <b>{ $name }</b>, fällig { $when }, gilt jetzt als verpasst: Niemand hat sie bestätigt.
caregiver-blocked-tell-patient = { $caregiver } (sah Sie als { $name }) hat mich blockiert, daher ist diese Verbindung beendet; Ihre eigenen Erinnerungen laufen weiter wie bisher.
