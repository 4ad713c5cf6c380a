### b12bot, español (un cuidador que pone la inyección: el recordatorio del paciente y sus respuestas).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text.

## To the caregiver, in their language
cgdose-reminder = 💉 Recordatorio para <b>{ $name }</b>: <b>inyección de B12 de { $dose }</b> prevista para { $when }. ¿Se la puso?
cgdose-ask-late = {"\u000A"}{"\u000A"}⏰ ¿Cuándo se la pondrá?
button-cgdose-back = ‹ Volver
cgdose-done = {"\u000A"}{"\u000A"}✅ Anotada como puesta { $when }. Se lo he dicho a { $name }.
cgdose-next = {"\u000A"}Próxima inyección: { $when }.
cgdose-skipped = {"\u000A"}{"\u000A"}⏭ Anotada como saltada. Se lo he dicho a { $name }.
cgdose-late = {"\u000A"}{"\u000A"}⏰ De acuerdo: se lo volveré a recordar a { $name } { $when }, y a usted también.
cgdose-already = {"\u000A"}{"\u000A"}Esta inyección ya tiene respuesta, así que no ha cambiado nada.

## To the patient, when their caregiver answered for them
cgdose-outcome-done = {"\u000A"}{"\u000A"}✅ Puesta { $when }, anotada por { $caregiver }.
cgdose-outcome-skipped = {"\u000A"}{"\u000A"}⏭ Saltada, anotada por { $caregiver }.
cgdose-outcome-late = {"\u000A"}{"\u000A"}⏰ Más tarde, anotado por { $caregiver }: se lo vuelvo a recordar { $when }.
cgdose-told-done = { $caregiver } anotó como puesta su inyección de B12 prevista para { $when }. Si no es correcto, toque ↩️ Deshacer bajo mi recordatorio.
cgdose-told-skipped = { $caregiver } anotó como saltada su inyección de B12 prevista para { $when }. Si no es correcto, toque ↩️ Deshacer bajo mi recordatorio.
cgdose-told-late = { $caregiver } le pondrá más tarde su inyección de B12 prevista para { $when }; mi recordatorio indica cuándo se lo volveré a recordar. Si no es correcto, toque ↩️ Deshacer debajo.

## Who recorded an answer: /history and the report's CSV
history-recorded-by = {" "}· 👤 anotada por { $caregiver } (cuidador)
history-recorded-by-someone = {" "}· 👤 anotada por un cuidador
report-csv-column-recorded-by = anotado_por
report-csv-recorded-by-caregiver = cuidador
