### b12bot, Deutsch (Einrichtung des Plans).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde. Sicherheitstexte prüft vor jeder
### Änderung ein Arzt oder eine Ärztin.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-regimen = Ihren Spritzenplan einrichten oder ändern
command-cancel = Aktuellen Vorgang abbrechen
# Der Plan in Worten (bot.catalog.plan_words), auch in Erinnerungen und /status.
plan-every-day = jeden Tag
plan-every-other-day = jeden zweiten Tag
plan-every-week = jede Woche
plan-every-n-weeks = alle { $weeks } Wochen
plan-every-n-days = alle { $days } Tage
plan-every-month = jeden Monat
plan-every-n-months = alle { $months } Monate
plan-on-weekdays = jeden { $days }
plan-and = { $items } und { $last }
plan-for-one-injection = für 1 Spritze
plan-for-injections = für { $count } Spritzen
plan-for-one-day = für 1 Tag
plan-for-days = für { $days } Tage
plan-for-one-week = für 1 Woche
plan-for-weeks = für { $weeks } Wochen
plan-until-no-further-improvement = bis Ihr Arzt keine weitere Besserung mehr sieht
plan-no-set-end = ohne festes Ende
plan-maintenance-mark = (Erhaltung)
plan-then = , danach{" "}
plan-kind-loading = Aufsättigung
plan-kind-transition = Übergang
plan-kind-maintenance = Erhaltung
plan-phase-line = { $position }. { $kind }: { $words }
setup-intro-new =
    Richten wir Ihren Spritzenplan ein. Bitte legen Sie Ihr Rezept oder den Brief der Praxis bereit: Jede Zahl muss von dort kommen.
    Senden Sie /back, um einen Schritt zurückzugehen, oder jederzeit /cancel, um abzubrechen.
setup-intro-change =
    Richten wir Ihren neuen Plan ein. Ihr aktueller Plan gilt weiter, bis Sie den neuen bestätigen, und Ihre Übersicht bleibt in jedem Fall erhalten.
    Senden Sie /back, um einen Schritt zurückzugehen, oder jederzeit /cancel, um abzubrechen.
setup-ask-preset = Welcher dieser Pläne passt zu Ihrem Rezept? Jeder ist nur ein Ausgangspunkt: Ich zeige Ihnen jede Zahl zum Prüfen. Wählen Sie <b>Eigener Plan</b>, um Ihren Plan Phase für Phase einzugeben.
setup-ask-preset-dose = Wie viel ist jede Erhaltungsspritze? Bitte geben Sie es genau so ein, wie es auf Ihrem Rezept steht, zum Beispiel <i>1000 µg</i> oder <i>1 mg</i>.
setup-button-every-n-months = Alle { $months } Monate
setup-review =
    <b>{ $name }</b>
    <i>Quelle: { $source }</i>

    { $phases }

    Bitte vergleichen Sie jede Zahl mit Ihrem Rezept. Stimmt alles genau?
setup-button-matches = Ja, stimmt
setup-button-change-numbers = Eine Zahl ändern
setup-ask-editor =
    Ihr Plan bisher:
    { $phases }

    Wählen Sie eine Phase zum Ändern, oder <b>Fertig</b>, wenn jede Zahl mit Ihrem Rezept übereinstimmt.
setup-no-phases-yet = (noch keine Phasen)
setup-button-change-phase = Phase { $position } ändern
setup-button-remove-phase = Phase { $position } entfernen
setup-button-add-phase = Phase hinzufügen
setup-button-done = Fertig
setup-plan-problem =
    { $problem }

    Bitte ändern Sie die Phase, die nicht zu Ihrem Rezept passt.
setup-ask-phase-kind =
    Phase { $position }: Welche Art von Phase ist das?
    <b>Aufsättigung</b>: die ersten, häufigen Spritzen. <b>Übergang</b>: ein Zwischenschritt, den manche Pläne haben. <b>Erhaltung</b>: die langfristige Spritze.
setup-ask-cadence = Phase { $position } ({ $kind }): Wie oft ist die Spritze?
setup-button-keep = Behalten: { $value }
setup-button-daily = Jeden Tag
setup-button-alternate-days = Jeden zweiten Tag
setup-button-weekly = Jede Woche
setup-button-four-weekly = Alle 4 Wochen
setup-button-other-days = Alle … Tage
setup-button-weekdays = An bestimmten Wochentagen
setup-button-months = Alle … Monate
setup-ask-interval-days = Alle wie viele Tage? Senden Sie eine Zahl, zum Beispiel <i>14</i> für alle 2 Wochen.
setup-ask-interval-months = Alle wie viele Monate? Senden Sie eine Zahl, zum Beispiel <i>3</i>.
setup-ask-weekdays = Phase { $position }: an welchen Wochentagen? Tippen Sie jeden Tag an, um ihn abzuhaken, dann <b>Fertig</b>.
setup-weekday-ticked = ✓ { $day }
setup-ask-end = Phase { $position } ({ $kind }): Wie lange dauert sie?
setup-button-end-injections = Eine Anzahl Spritzen
setup-button-end-duration = Eine Anzahl Tage oder Wochen
setup-button-end-open = Bis mein Arzt es ändert
setup-ask-count = Wie viele Spritzen hat diese Phase? Senden Sie eine Zahl, zum Beispiel <i>7</i>.
setup-ask-duration = Wie lange? Senden Sie Tage oder Wochen, zum Beispiel <i>14 Tage</i> oder <i>2 Wochen</i>.
setup-duration-in-days-or-weeks = Bitte geben Sie die Dauer in Tagen oder Wochen an, zum Beispiel <i>14 Tage</i> oder <i>2 Wochen</i>.
setup-ask-dose = Phase { $position } ({ $kind }): Wie viel ist jede Spritze? Senden Sie Menge und Einheit von Ihrem Rezept, zum Beispiel <i>1000 µg</i> oder <i>1 mg</i>.
setup-button-same-dose = Wie Phase { $position }: { $dose }
setup-ask-more =
    Ihr Plan bisher:
    { $phases }

    Hat Ihr Rezept nach dieser noch eine weitere Phase?
setup-button-add-another = Weitere Phase hinzufügen
setup-button-thats-all = Das ist alles
setup-ask-drug = Welche Form von Vitamin B12 ist es? Das steht auf dem Etikett der Ampulle.
setup-ask-drug-suggested = Welche Form von Vitamin B12 ist es? Das steht auf dem Etikett der Ampulle. (Pläne wie der gewählte verwenden meist { $drug }.)
setup-drug-cyanocobalamin = Cyanocobalamin
setup-drug-hydroxocobalamin = Hydroxocobalamin
setup-drug-methylcobalamin = Methylcobalamin
setup-drug-other = Eine andere Form
# The drug's name inside a sentence (German nouns keep their capital).
setup-drug-in-sentence-cyanocobalamin = Cyanocobalamin
setup-drug-in-sentence-hydroxocobalamin = Hydroxocobalamin
setup-drug-in-sentence-methylcobalamin = Methylcobalamin
setup-drug-in-sentence-other = eine andere Form
setup-ask-route = Ich bin für B12-Spritzen gemacht. Bitte prüfen Sie Ihr Rezept: Wie wird Ihre gegeben?
setup-button-im = In den Muskel (i.m.)
setup-button-deep-sc = Tief unter die Haut (tief s.c.)
setup-route-not-injection =
    Danke für die Information. B12-Tabletten, -Sprays und -Lutschtabletten helfen vielen Menschen, aber ich bin nur für Spritzenpläne gebaut und kann sie daher nicht für Sie verfolgen. Ihr Arzt oder Ihre Apotheke kann Ihnen helfen, einen Tablettenplan einzuhalten.

    Wenn Ihr Rezept auch Spritzen vorsieht, wählen Sie, wie sie gegeben werden:
setup-route-unrecognised = Bitte wählen Sie eine der Schaltflächen, oder schreiben Sie <i>i.m.</i> (in den Muskel) oder <i>tief s.c.</i> (tief unter die Haut).
setup-ask-giver = Wer gibt die Spritze?
setup-giver-self = Ich spritze selbst
setup-giver-caregiver = Jemand, der mich betreut
setup-giver-clinic = Eine Pflegekraft oder Praxis
setup-ask-zone =
    In welcher Zeitzone sind Sie? Ich erinnere Sie zu Ihrer Ortszeit.
    Senden Sie die nächste größere Stadt (zum Beispiel <i>Berlin</i>) oder einen Zonennamen (<i>Europe/Berlin</i>), teilen Sie Ihren Standort mit der Schaltfläche unten, oder wählen Sie einen UTC-Versatz.
setup-button-share-location = Meinen Standort teilen
setup-button-choose-offset = UTC-Versatz wählen
setup-ask-zone-offset = Es ist gerade { $utc } UTC. Wählen Sie den Versatz, der Ihre Ortszeit ergibt.
setup-zone-from-location-unknown = Ich konnte die Zeitzone nicht aus Ihrem Standort bestimmen. Es ist gerade { $utc } UTC: Bitte wählen Sie den Versatz, der Ihre Ortszeit ergibt, oder senden Sie die nächste größere Stadt.
setup-ask-zone-choice = Welche davon ist Ihre?
setup-zone-did-you-mean = Ich konnte { $typed } nicht finden. Meinten Sie { $place } ({ $zone })?
setup-zone-did-you-mean-one-of = Ich konnte { $typed } nicht finden. Meinten Sie eine davon?
setup-zone-place-label = { $place } ({ $zone })
setup-button-none-of-these = Keine davon
setup-zone-none-of-these = Dann senden Sie bitte die nächste größere Stadt oder Ihren UTC-Versatz, zum Beispiel <i>München</i> oder <i>UTC+1</i>.
setup-zone-offset-label = UTC{ $sign }{ $hours }
setup-zone-set = Zeitzone: <b>{ $zone }</b> (dort ist es jetzt { $time }).
setup-ask-start-from =
    Wie soll ich Ihre Spritzen einplanen?
    • Noch nicht begonnen: Nennen Sie mir das Datum Ihrer <b>ersten</b> Spritze.
    • Schon mit diesem Plan unterwegs: Nennen Sie mir das Datum Ihrer <b>letzten</b> Spritze, und ich zähle von dort weiter.
setup-button-first-injection = Meine erste Spritze
setup-button-last-injection = Meine letzte Spritze
setup-ask-start-from-change =
    Wo beginnt der neue Plan?
    • <b>Ab meiner nächsten Spritze</b>: Sie nennen mir ihr Datum.
    • <b>Ab meiner letzten Spritze</b>: Sie nennen mir ihr Datum, und ich zähle den neuen Plan von dort weiter.
setup-button-from-next = Ab meiner nächsten Spritze
setup-resume-in-phase = Wo Sie gerade sind: <b>{ $phase }sphase, Spritze { $number }{ $of }</b> ({ $day }).
setup-resume-of-count = {" "}von { $count }
setup-resume-phase-next = Wo Sie gerade sind: Als Nächstes kommt die <b>{ $phase }sphase</b> (Ihre letzte Spritze: { $day }).
setup-ask-resume =
    { $where }
    Wie soll der neue Plan weitergehen?
    • <b>Weitermachen, wo ich bin</b>: Die bisherigen Spritzen zählen, und die nächste wird ab { $day } weitergezählt.
    • <b>{ $restart }</b>: ab einem Datum, das Sie mir nennen. Ihre bisherigen Spritzen bleiben in Ihrer Übersicht.
setup-button-carry-on = Weitermachen, wo ich bin
setup-button-restart-phase = { $phase }sphase neu beginnen
setup-button-start-phase = { $phase }sphase an einem Datum meiner Wahl beginnen
setup-button-from-last = Ab meiner letzten Spritze
setup-ask-first-date = An welchem Datum ist Ihre erste Spritze nach diesem Plan? Zum Beispiel <i>heute</i>, <i>12. Mai</i> oder <i>2026-05-12</i>.
setup-ask-last-date = Wann war Ihre letzte Spritze? Zum Beispiel <i>gestern</i>, <i>12. Mai</i> oder <i>2026-05-12</i>.
setup-ask-which-date = Meinten Sie { $first } oder { $second }?
setup-ask-time = Um wie viel Uhr soll ich Sie erinnern? Zum Beispiel <i>9 Uhr</i> oder <i>21:30</i>.
setup-summary =
    <b>Bitte prüfen Sie Ihren Plan</b>
    { $plan }

    <b>Nächste Spritzen</b>
    { $dates }

    { $maintenance }
    <b>Medikament:</b> { $drug }
    <b>Gabe:</b> { $route }, { $giver }
    <b>Zeitzone:</b> { $zone }
    <b>Erinnerungen um:</b> { $time }

    Stimmt alles? Nichts wird gespeichert, bevor Sie bestätigen.
setup-summary-date-line = • { $when }
setup-maintenance-starts = <b>Erhaltung beginnt:</b> { $day }
setup-maintenance-from-start = <b>Erhaltung:</b> ab Ihrer ersten Spritze nach diesem Plan
setup-maintenance-on-switch = <b>Erhaltung beginnt:</b> wenn Ihr Arzt Sie umstellt
setup-no-maintenance = <b>Erhaltung:</b> nicht Teil dieses Plans
setup-overdue = {"\u000A"}⚠️ Nach diesen Daten war schon am { $day }, vor mehr als einem Tag, eine Spritze fällig. Bitte fragen Sie Ihren Arzt, Ihre Ärztin oder die Pflegekraft, wann Sie sie nehmen sollen; dazu kann ich nicht beraten. Sie können den Plan trotzdem speichern und die Spritze eintragen, sobald Sie sie bekommen haben.{"\u000A"}
setup-route-im = in den Muskel (i.m.)
setup-route-deep-sc = tief unter die Haut (tief s.c.)
setup-given-by-self = von Ihnen selbst
setup-given-by-caregiver = von jemandem, der Sie betreut
setup-given-by-clinic = von einer Pflegekraft oder Praxis
setup-button-confirm = Bestätigen und speichern
setup-button-start-over = Neu beginnen
setup-saved = Gespeichert. Ihre erste Erinnerung kommt am <b>{ $when }</b>.
setup-saved-due-now = Gespeichert. Nach diesem Plan ist schon eine Spritze fällig, daher kommt Ihre erste Erinnerung sofort.
setup-saved-asking-one = Gespeichert. Nach diesem Plan war schon <b>{ $when }</b> eine Spritze fällig, daher frage ich Sie jetzt danach: Tippen Sie auf eine Schaltfläche unter der Erinnerung unten.
setup-saved-asking-many = Gespeichert. Nach diesem Plan waren schon { $count } Spritzen vor jetzt fällig, daher frage ich Sie jetzt danach: nach der neuesten in der Erinnerung unten, nach den anderen in einer gemeinsamen Frage.
# Ein Plan mit Gabe in der Praxis: Die erste Erinnerung ist die zur Terminvereinbarung.
setup-saved-book-now = Gespeichert. Ihre nächste Spritze in der Praxis ist am <b>{ $day }</b> fällig: Eine Erinnerung zur Terminvereinbarung kommt sofort.
setup-saved-book-later = Gespeichert. Ich erinnere Sie am <b>{ $when }</b> daran, den Praxistermin für Ihre Spritze am <b>{ $day }</b> zu vereinbaren.
# Nach einer Planänderung, die weiterzählt: Die schon gesendeten Erinnerungen zu offenen Spritzen bleiben.
setup-saved-reminder-stands = Gespeichert. Die Erinnerung, die ich für Ihre Spritze vom { $days } geschickt habe, gilt weiter: Tippen Sie auf eine Schaltfläche darunter, oder antworten Sie „erledigt“.
setup-saved-and-asking-one = {" "}Ich frage Sie jetzt auch nach einer weiteren Spritze, die schon fällig ist.
setup-saved-and-asking-many = {" "}Ich frage Sie jetzt auch nach { $count } weiteren Spritzen, die schon fällig sind.
setup-saved-next = {" "}Ihre nächste Erinnerung kommt am <b>{ $when }</b>.
and = {" "}und{" "}
setup-past-doses-ask = Welche dieser früheren Spritzen haben Sie bekommen? Tippen Sie jede an, die Sie bekommen haben; tippen Sie auf „Keine der anderen“, wenn Sie die übrigen nicht bekommen haben.
setup-past-dose-done = {"\u000A"}✅ { $day }: bekommen.
setup-past-dose-not-had = {"\u000A"}❌ { $day }: nicht bekommen.
button-past-dose = ✅ { $day }
button-past-doses-none = ❌ Keine der anderen
setup-cancelled = Einrichtung abgebrochen; nichts wurde gespeichert. Senden Sie /regimen, wann immer Sie neu beginnen möchten.
setup-cancelled-plan-kept = Einrichtung abgebrochen; nichts wurde geändert, und Ihr aktueller Plan bleibt, wie er war.
setup-nothing-to-go-back = Das ist die erste Frage, es gibt also nichts, wohin Sie zurückgehen könnten. Senden Sie /cancel, um abzubrechen.
setup-resume = Wir sind mitten in der Einrichtung Ihres Plans. Hier waren wir stehen geblieben:
setup-use-buttons = Bitte wählen Sie eine der Schaltflächen unten.
# Im kleinen Pop-up von Telegram nach einem Tippen auf eine Schaltfläche: reiner Text, kein HTML.
setup-stale-button = { stale-button }
setup-finished-button = Diese Einrichtung ist beendet. Senden Sie /regimen, um Ihren Plan einzurichten.
