### b12bot, Deutsch (Daten, Uhrzeiten und Anzahlen).
### Wochentags- und Monatsnamen kommen aus den CLDR-Daten von Babel (bot/catalog/catalog.py);
### hier stehen die Wörter drumherum.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

# Ein Zeitpunkt, wie ihn die Uhr des Patienten zeigt: "Di., 3. Dez., 09:00".
date-and-time = { $day }, { $time }
# Eine Anzahl Tage: "1 Tag", "3 Tage".
day-count =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
# Wie weit eine Fälligkeit entfernt ist.
countdown-in-days = in { $days } Tagen
countdown-tomorrow = morgen
countdown-days-ago = vor { $days } Tagen
countdown-yesterday = gestern
countdown-in-hours = heute, in etwa { $hours } Stunden
countdown-in-minutes = heute, in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
countdown-now = heute, jetzt fällig

## Eine Dosis: die Menge, wie die Sprache Zahlen schreibt, und ihre Einheit
dose-amount = { $amount } { $unit }
unit-names-mcg = µg
unit-names-mg = mg
