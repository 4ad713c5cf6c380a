### b12bot, Deutsch (eine Betreuungsperson, die die Spritze gibt: die Erinnerung und ihre Antworten).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text.

## To the caregiver, in their language
cgdose-reminder = 💉 Erinnerung für <b>{ $name }</b>: <b>B12-Spritze ({ $dose })</b>, fällig { $when }. Haben Sie sie gegeben?
cgdose-ask-late = {"\u000A"}{"\u000A"}⏰ Wann geben Sie sie?
button-cgdose-back = ‹ Zurück
cgdose-done = {"\u000A"}{"\u000A"}✅ Als gegeben eingetragen, { $when }. Ich habe es { $name } mitgeteilt.
cgdose-next = {"\u000A"}Nächste Spritze: { $when }.
cgdose-skipped = {"\u000A"}{"\u000A"}⏭ Als ausgelassen eingetragen. Ich habe es { $name } mitgeteilt.
cgdose-late = {"\u000A"}{"\u000A"}⏰ In Ordnung: Ich erinnere { $name } wieder { $when }, und Sie auch.
cgdose-already = {"\u000A"}{"\u000A"}Diese Spritze ist schon beantwortet, daher hat sich nichts geändert.

## To the patient, when their caregiver answered for them
cgdose-outcome-done = {"\u000A"}{"\u000A"}✅ Gegeben { $when }, eingetragen von { $caregiver }.
cgdose-outcome-skipped = {"\u000A"}{"\u000A"}⏭ Ausgelassen, eingetragen von { $caregiver }.
cgdose-outcome-late = {"\u000A"}{"\u000A"}⏰ Später, eingetragen von { $caregiver }: Ich erinnere Sie wieder { $when }.
cgdose-told-done = { $caregiver } hat Ihre B12-Spritze, fällig { $when }, als gegeben eingetragen. Falls das nicht stimmt, tippen Sie unter meiner Erinnerung auf ↩️ Rückgängig.
cgdose-told-skipped = { $caregiver } hat Ihre B12-Spritze, fällig { $when }, als ausgelassen eingetragen. Falls das nicht stimmt, tippen Sie unter meiner Erinnerung auf ↩️ Rückgängig.
cgdose-told-late = { $caregiver } gibt Ihre B12-Spritze, fällig { $when }, später; meine Erinnerung zeigt, wann ich Sie wieder erinnere. Falls das nicht stimmt, tippen Sie darunter auf ↩️ Rückgängig.

## Who recorded an answer: /history and the report's CSV
history-recorded-by = {" "}· 👤 eingetragen von { $caregiver } (Betreuung)
history-recorded-by-someone = {" "}· 👤 eingetragen von einer Betreuungsperson
report-csv-column-recorded-by = eingetragen_von
report-csv-recorded-by-caregiver = betreuung
