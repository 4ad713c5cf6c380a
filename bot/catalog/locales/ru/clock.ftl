### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.
### b12bot, русский (часы пациента: часовые пояса, время напоминаний, поездки; общие для нескольких функций).
### Тексты в HTML Telegram: сохраняйте теги и никогда не вставляйте сюда то, что написал пациент,
### без экранирования. {"\u000A"} — перенос строки, {" "} — пробел, который Fluent иначе обрезал бы
### в начале или в конце текста.

clock-moment-in-zone = { $when } (время: { $city })
clock-also-there = {" "}({ $time } — { $city })
clock-reminders-at = {"\u000A"}⏰ Напоминания в { $time } (время: { $city }).
clock-trip-keeps-home = {"\u000A"}✈️ Поездка ({ $city }) до { $day }: напоминания идут по домашнему времени ({ $home }).
clock-trip-follows-local = {"\u000A"}✈️ Поездка ({ $city }) до { $day }: напоминания по местному времени, потом снова по домашнему ({ $home }).
