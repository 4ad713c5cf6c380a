### b12bot, Deutsch (Einstellungen und Reisen).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-settings = Zeitzone, Erinnerungszeit, Reisen und weitere Einstellungen

## Die Übersicht
settings-title = <b>Ihre Einstellungen</b>
settings-line-zone = Zeitzone: <b>{ $zone }</b> (dort ist es jetzt { $time })
settings-line-reminder = Erinnerungszeit: <b>{ $time }</b>
settings-line-follow-up = Nachfrage nach unbeantworteter Erinnerung: <b>{ $delay }</b>
settings-line-notice = Erinnerung an die Terminvereinbarung: <b>{ $days }</b> vor jeder Spritze
settings-line-language = Sprache: <b>{ $language }</b>
settings-line-trip-keep = In { $place } bis { $day } — Erinnerungen bleiben bei der Zeit von { $home }
settings-line-trip-local = In { $place } bis { $day } — Erinnerungen folgen der Zeit von { $place }
settings-line-next = Nächste Spritze: { $when }
settings-line-next-none = Nächste Spritze: keine geplant
settings-pick = Was möchten Sie ändern?
settings-beside-time = { $when } ({ $time } in { $city })
settings-beside-day = { $when } ({ $day } { $time } in { $city })
settings-button-zone = Zeitzone
settings-button-time = Erinnerungszeit
settings-button-follow-up = Nachfrage-Zeit
settings-button-notice = Termin-Erinnerung
settings-button-trip = Ich bin auf Reisen
settings-button-trip-end = Reise beenden
settings-button-close = Schließen
settings-button-back = « Zurück zu den Einstellungen
settings-closed = Einstellungen geschlossen. Senden Sie /settings, um sie wieder zu öffnen.

## Fragen
settings-ask-zone = In welcher Zeitzone sind Sie? Senden Sie eine Stadt, einen Zonennamen oder einen Versatz, zum Beispiel <i>New York</i>, <i>Europe/Berlin</i> oder <i>UTC+2</i>, oder teilen Sie Ihren Standort.
settings-ask-time = Um wie viel Uhr sollen die Erinnerungen kommen? Jetzt: <b>{ $time }</b>. Wählen Sie eine Zeit, oder senden Sie eine, zum Beispiel <i>19:30</i> oder <i>19 Uhr</i>.
settings-ask-follow-up = Wie lange nach einer unbeantworteten Erinnerung soll ich nachfragen? Jetzt: <b>{ $delay }</b>. Senden Sie eine Zeit von 15 Minuten bis 12 Stunden, zum Beispiel <i>2 Stunden</i> oder <i>45 Minuten</i>.
settings-ask-notice = Wie viele Tage vor jeder Spritze in der Praxis soll ich Sie an die Terminvereinbarung erinnern? Jetzt: <b>{ $days }</b>. Senden Sie eine ganze Zahl von 1 bis 28, zum Beispiel <i>10</i>.
settings-ask-destination = Wohin reisen Sie? Senden Sie eine Stadt oder einen Zonennamen, zum Beispiel <i>New York</i> oder <i>Asia/Tokyo</i>.
settings-ask-return = An welchem Tag sind Sie wieder zu Hause? Senden Sie den Tag Ihrer Rückkehr, zum Beispiel <i>{ $example }</i>.
settings-ask-moved = In { $place } ist es jetzt { $time } und in { $home }, Ihrer Heimatzeitzone, { $home_time }. Sind Sie nach { $place } umgezogen, oder sind Sie auf Reisen?
settings-ask-moved-home = In { $place } ist es jetzt { $time }; in Ihrer Heimatzeitzone { $home } ist es { $home_time }. Sind Sie nach { $place } umgezogen, oder sind Sie auf Reisen?
settings-button-moved = Umgezogen: Zeit von { $place }
settings-button-keep = Reise: Zeit von { $home } behalten
settings-button-local = Reise: Zeit von { $place }
settings-ask-mode = Sollen die Erinnerungen während Ihres Aufenthalts in { $place } bei der Zeit von { $home } bleiben oder der Zeit von { $place } folgen? Heute entspricht { $home_time } in { $home } der Uhrzeit { $away_time } in { $place }.
settings-button-keep-only = Zeit von { $home } behalten
settings-button-local-only = Zeit von { $place }
settings-ask-zone-choice = Welche Zeitzone meinen Sie? Wählen Sie eine, oder senden Sie einen anderen Ort.
settings-location-unknown = Ich konnte die Zeitzone dieses Ortes nicht bestimmen. Bitte wählen Sie Ihren Versatz zu UTC (es ist jetzt { $utc } UTC), oder senden Sie eine Stadt.

## Antworten, die nicht passen
settings-follow-up-invalid = Bitte geben Sie eine Zeit zwischen 15 Minuten und 12 Stunden an, zum Beispiel <i>2 Stunden</i> oder <i>90 Minuten</i>.
settings-notice-invalid = Bitte senden Sie eine ganze Zahl von Tagen von 1 bis 28, zum Beispiel <i>10</i>.
settings-return-not-after-today = Der Tag der Rückkehr muss nach heute liegen ({ $today } in { $place }). Bitte senden Sie einen späteren Tag, zum Beispiel <i>{ $example }</i>.
settings-return-too-far = Eine Reise kann bis zu { $days } dauern; für länger ändern Sie bitte stattdessen Ihre Zeitzone. Bitte senden Sie einen früheren Tag, zum Beispiel <i>{ $example }</i>.
settings-trip-home-zone = { $place } ist Ihre Heimatzeitzone, dafür ist also keine Reise nötig. Bitte senden Sie, wohin Sie reisen, zum Beispiel <i>New York</i>.
settings-same-zone = { $place } ist schon Ihre Zeitzone: Es gibt nichts zu ändern.
settings-location-same = Sie sind schon auf der Zeit von { $place }: Es gibt nichts zu ändern.
settings-not-travelling = Sie sind nicht auf Reisen: Die Erinnerungen folgen der Zeit von { $home }.
settings-stale-button = Diese Schaltfläche ist veraltet: Senden Sie /settings, um Ihre aktuellen Einstellungen zu sehen.

## Bestätigungen
settings-confirm-time = Ihre Erinnerungszeit von { $before } auf { $after } ändern?
settings-confirm-zone = Ihre Zeitzone von { $before } auf { $after } ändern? Die Erinnerungen kommen dann um { $time } Zeit von { $after }.
settings-confirm-trip-keep = In { $place } bis { $day } die Erinnerungen um { $time } Zeit von { $home } behalten ({ $away_time } in { $place })?
settings-confirm-trip-local = In { $place } bis { $day } die Erinnerungen auf { $time } Zeit von { $place } legen?
settings-confirm-trip-end = Ihre Reise nach { $place } beenden? Die Erinnerungen folgen dann wieder der Zeit von { $home }.
settings-confirm-follow-up = Die Nachfrage nach einer unbeantworteten Erinnerung von { $before } auf { $after } ändern?
settings-confirm-notice = Die Erinnerung an die Terminvereinbarung von { $before } auf { $after } vor jeder Spritze ändern?
settings-button-yes = Ja, ändern
settings-button-no = Nein, so lassen
settings-kept = Nichts geändert.

## Was eine Änderung bewirkt hat
settings-done-moved = Erledigt: Ihre nächste Spritze verschiebt sich von { $before } auf { $after }.
settings-done-stays = Erledigt: Ihre nächste Spritze bleibt bei { $when }.
settings-done-nothing-planned = Erledigt: Es ist noch keine Spritze geplant, daher verschiebt sich keine Erinnerung.
settings-done-notice = Erledigt: Ich erinnere Sie <b>{ $days }</b> vor jeder Spritze an die Terminvereinbarung.
settings-welcome-back = 🏠 Willkommen zurück: Die Erinnerungen folgen wieder der Zeit von { $home }; Ihre nächste Spritze: { $when }.
settings-welcome-back-none = 🏠 Willkommen zurück: Die Erinnerungen folgen wieder der Zeit von { $home }.

## Sprache (/language und die Einstellungsübersicht)
command-language = Die Sprache, in der ich schreibe und lese
language-ask = Ich schreibe Ihnen auf <b>{ $language }</b>. Welche Sprache soll ich verwenden?
language-set = Erledigt: Ich schreibe Ihnen jetzt auf { $language }. Auch Erinnerungen und Berichte kommen auf { $language }.
settings-button-language = Sprache
languages-spoken = {"\u000A"}{"\u000A"}Ich verstehe { $languages }. Senden Sie /language, um meine Sprache zu ändern.
