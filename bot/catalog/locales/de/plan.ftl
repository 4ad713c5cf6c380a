### b12bot, Deutsch (Plan).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

no-phases = Ein Plan braucht mindestens eine Phase.
dose-not-positive = Die Dosis muss eine Zahl über null sein, zum Beispiel 1000 oder 0,5.
interval-days-too-short = Der Abstand zwischen den Spritzen muss mindestens 1 Tag sein.
interval-months-too-short = Der Abstand zwischen den Spritzen muss mindestens 1 Monat sein.
number-too-large = Diese Zahl ist für einen Behandlungsplan zu groß. Bitte prüfen Sie sie.
no-weekdays = Bitte wählen Sie mindestens einen Wochentag.
weekday-out-of-range = Die Wochentage gehen von Montag bis Sonntag.
dose-count-negative = Die Anzahl der Spritzen kann nicht unter null liegen.
duration-negative = Die Anzahl der Tage kann nicht unter null liegen.
loading-needs-a-dose = Eine Aufsättigungsphase braucht mindestens eine Spritze.
phase-needs-a-dose = Jede Phase braucht mindestens eine Spritze.
open-ended-not-last = Phase { $position } hat kein Ende, daher kann keine Phase danach kommen. Geben Sie ihr ein Ende, oder markieren Sie sie als „bis keine weitere Besserung eintritt“.
maintenance-not-last = Phase { $position } ist die Erhaltungsphase und muss daher die letzte Phase sein.
phase-out-of-order = Phase { $position } ({ $kind }) kann nicht nach einer Phase „{ $previous }“ kommen. Die Reihenfolge ist: Aufsättigung, dann Übergang, dann Erhaltung.
preset-needs-months = Ist Ihre Erhaltungsspritze alle 2 Monate oder alle 3 Monate? Bitte prüfen Sie Ihr Rezept und wählen Sie eines.
preset-needs-dose = Bitte geben Sie Ihre Dosis genau so ein, wie sie auf Ihrem Rezept steht.
preset-common-monthly-name = Üblicher Monatsplan
preset-common-monthly-source = Ein häufig zitierter US-Plan (Langan und Goodbred, American Family Physician 2017, wie in Sekundärquellen zitiert).
preset-uk-hydroxocobalamin-name = Hydroxocobalamin (Großbritannien)
preset-uk-hydroxocobalamin-source = British National Formulary (BNF).
preset-uk-hydroxocobalamin-neuro-name = Hydroxocobalamin (Großbritannien), Nervenbeschwerden
preset-uk-hydroxocobalamin-neuro-source = British National Formulary (BNF) und NICE Clinical Knowledge Summaries.
preset-maintenance-only-name = Nur Erhaltung
preset-maintenance-only-source = Monatliche Erhaltung, wie in der US-FDA-Fachinformation für Cyanocobalamin-Injektionen (100 µg monatlich) und in der üblichen Praxis (1000 µg monatlich). Hier: alle 4 Wochen, gezählt ab Ihrer letzten Spritze, in der Dosis von Ihrem Rezept. In Großbritannien ist die Erhaltung mit Hydroxocobalamin 1 mg alle 2 oder 3 Monate (BNF, NICE Clinical Knowledge Summaries): Wenn das Ihr Plan ist, wählen Sie „Eine Zahl ändern“.
preset-custom-name = Eigener Plan
preset-custom-source = Ihr verschreibender Arzt: Sie geben jede Phase so ein, wie sie auf Ihrem Rezept steht.
