### b12bot, Deutsch (die Uhr des Patienten: Zeitzonen, Erinnerungszeit, Reisen; von mehreren Funktionen genutzt).
### Die Texte sind Telegram-HTML: Tags beibehalten, und nie etwas, das der Patient getippt hat,
### unmaskiert einsetzen. {"\u000A"} ist ein Zeilenumbruch und {" "} ein Leerzeichen, das Fluent
### sonst am Anfang oder Ende eines Textes entfernen würde.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

clock-moment-in-zone = { $when } Ortszeit { $city }
clock-also-there = {" "}({ $time } in { $city })
clock-reminders-at = {"\u000A"}⏰ Erinnerungen um { $time } Ortszeit { $city }.
clock-trip-keeps-home = {"\u000A"}✈️ In { $city } bis { $day }: Erinnerungen bleiben bei der Zeit von { $home }.
clock-trip-follows-local = {"\u000A"}✈️ In { $city } bis { $day }, danach wieder Zeit von { $home }.
