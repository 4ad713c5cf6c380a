### b12bot, español (dosis).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

dose-outcome-done = {"\u000A"}{"\u000A"}✅ Hecho { $when }.
dose-outcome-done-late = {"\u000A"}{"\u000A"}✅ Hecho { $when }: { $days } después de lo previsto.
dose-outcome-skipped = {"\u000A"}{"\u000A"}⏭ Saltada.
dose-outcome-late = {"\u000A"}{"\u000A"}⏰ Más tarde: se lo vuelvo a recordar { $when }.
dose-done-reply = ✅ Anotado: su inyección de { $dose } del { $due }, puesta { $when }.
dose-done-reply-late = ✅ Anotado: su inyección de { $dose } del { $due }, puesta { $when }, { $days } después de lo previsto.
dose-skip-reply = ⏭ He anotado que se salta su inyección de { $dose } del { $due }. Si quiere, dígame por qué (por ejemplo «estoy de viaje») o toque «Sin motivo».
dose-skipped-with-reason = ⏭ Saltada su inyección de { $dose } del { $due }: { $reason }.
# Una dosis de mañana se nombra así: un "saltar" tarde por la noche responde a la dosis de la mañana siguiente.
dose-day-tomorrow = { $day } (mañana)
dose-done-many = ✅ Anotado:
dose-done-many-line = {"\u000A"}• su inyección de { $dose } del { $due }, puesta { $when }
dose-done-many-line-late = {"\u000A"}• su inyección de { $dose } del { $due }, puesta { $when } ({ $days } después de lo previsto)
dose-done-none-of-days = No he podido anotar ninguno de esos días:
dose-day-no-dose = {"\u000A"}• { $day }: no había ninguna inyección pendiente prevista cerca de ese día, así que no he anotado nada.
dose-day-already = {"\u000A"}• { $day }: la inyección de ese día ya está anotada.
dose-forgot-open =
    No pasa nada. Su inyección de { $dose } del { $due } todavía no está anotada.
    • Póngasela ahora y toque «Hecho ahora».
    • ¿Se la puso otro día? Toque «Me la puse otro día» o escriba por ejemplo «hecho ayer».
    • O toque «Más tarde» para que se lo recuerde de nuevo, o «Saltar».
dose-forgot-missed =
    Su inyección de { $dose } del { $due } está marcada como no puesta.
    • Póngasela ahora y toque «Hecho ahora».
    • ¿Se la puso otro día? Toque «Me la puse otro día» o escriba por ejemplo «hecho ayer».
    Si no está seguro de si ponérsela con retraso, pregunte a su médico.
dose-forgot-no-dose-on = No veo ninguna inyección pendiente prevista para el { $day }.
dose-done-date-ask = ¿Qué día se la puso? Por ejemplo «ayer» o «{ $example }».
dose-will-do-today = 👍 De acuerdo. Su inyección de { $dose } del { $due } sigue pendiente y sus recordatorios siguen como estaban previstos. Responda «hecho» cuando se la haya puesto.
button-done-now = ✅ Hecho ahora
button-done-other-day = 📅 Me la puse otro día
button-undo = ↩️ Deshacer
button-undo-day = ↩️ Deshacer { $day }
undone-open = ↩️ Deshecho. Su inyección de { $dose } del { $due } vuelve a esperar su respuesta.
undone-late = ↩️ Deshecho. Su inyección de { $dose } del { $due } sigue aplazada: se lo vuelvo a recordar { $when }.
undone-missed = ↩️ Deshecho. Su inyección de { $dose } del { $due } vuelve a estar marcada como no puesta. Si se la puso, dígame cuándo, por ejemplo «hecho ayer».
undone-settled = ↩️ Deshecho. Su inyección de { $dose } del { $due } vuelve a estar como antes.
# Ventanas emergentes (texto sin formato, sin HTML).
undo-recorded = Deshecho.
undo-too-late = Esto ya no se puede deshacer: desde entonces se ha anotado otra cosa.
dose-skip-reason-saved = Gracias, anotado: { $reason }.
dose-skip-no-reason = De acuerdo, sin motivo.
dose-skip-reason-too-long = Es un poco largo. Por favor, escriba el motivo en menos de 200 caracteres.
dose-late-ask = ⏰ No pasa nada. ¿Cuándo se la va a poner?
dose-late-pick-date = ¿Qué día? Por ejemplo «viernes» o «3 dic».
dose-late-set = ⏰ De acuerdo, su inyección de { $dose } del { $due } queda aplazada: se lo vuelvo a recordar { $when }.
dose-next-after = {"\u000A"}Próxima inyección: { $when }.
button-later-today = Dentro de 3 horas
button-tomorrow = Mañana
button-pick-date = Elegir fecha
button-no-reason = Sin motivo
# Se muestra en la pequeña ventana emergente de Telegram al pulsar un botón: texto sin formato, sin HTML.
dose-button-not-yours = Ese botón no es de este chat.
dose-button-already = Esta inyección ya está anotada.
dose-button-recorded = Anotado.
dose-nothing-open = Ahora mismo no tengo ninguna inyección esperando respuesta.
dose-date-ambiguous = ¿Quería decir { $first } o { $second }? Escriba el mes con letras, por ejemplo «hecho el 3 de abril».
dose-taken-too-early = Esa fecha es anterior a cuando estaba prevista esta inyección ({ $due }). Si se puso una inyección de más, dígaselo a su médico.
dose-taken-in-future = { $when } todavía no ha llegado, así que no he registrado nada. Cuando se la haya puesto, responda «hecho» o diga cuándo, por ejemplo «hecho a las 8:30».
unknown-reply =
    Lo siento, no lo he entendido. Puede responder, por ejemplo:
    • «hecho» o «hecho ayer»
    • «más tarde»
    • «saltar»
    • «¿cuándo es mi próxima inyección?»
    o envíe /help.
no-plan-yet = Todavía no tiene ningún plan guardado. Envíe /regimen para crearlo.
next-dose =
    💉 Su próxima inyección: <b>{ $when }</b> ({ $countdown }).
    { $dose }, fase de { $phase }{ $number }.
next-dose-open =
    💉 Su inyección de <b>{ $when }</b> sigue pendiente ({ $countdown }).
    Responda «hecho» cuando se la haya puesto, o «más tarde» o «saltar».
next-nothing-planned = Ahora mismo no hay ninguna inyección prevista.
next-lab = {"\u000A"}🧪 Próximo análisis: { $test }, { $day }.
status =
    <b>Fase actual: { $phase }</b>
    Inyecciones puestas: { $done } (con retraso: { $late })
    Saltadas: { $skipped }
    No puestas: { $missed }
status-next-phase = {"\u000A"}{ $kind } empieza el { $day }.
status-earlier = {"\u000A"}{"\u000A"}<b>Antes de esta fase</b>
status-earlier-line = {"\u000A"}{ $phase }: { $done } puestas, { $skipped } saltadas, { $missed } no puestas
status-waiting-for-switch = {"\u000A"}Esta fase dura hasta que su médico le cambie de fase. Cuando lo haga, envíe /switch.
switch-not-possible = Su fase actual tiene un final previsto, así que no hay ningún cambio de fase que anotar. Para cambiar su plan, envíe /regimen.
switch-last-phase = Está en la fase de { $phase }, la última de su plan, así que no hay otra fase a la que pasar. Para cambiar su plan, envíe /regimen.
switch-already-recorded = Su cambio desde la fase de { $phase } ya está anotado. Para cambiar su plan, envíe /regimen.
switch-nothing-planned = Ahora mismo no hay ninguna inyección prevista, así que no hay ninguna fase de la que salir. Para cambiar su plan, envíe /regimen.
switch-recorded = Anotado: su médico le cambió de fase el { $day }. { $phase } empieza ahora; su próxima inyección: <b>{ $when }</b>.
command-next = ¿Cuándo es mi próxima inyección?
command-status = ¿Cómo voy en esta fase?
command-switch = Mi médico me pasó a la siguiente fase
## lab_test_names: un mensaje por clave
lab-test-names-reticulocytes = recuento de reticulocitos
lab-test-names-full-blood-count = hemograma completo (hemoglobina)
lab-test-names-treatment-review = revisión del tratamiento
lab-test-names-b12 = nivel de vitamina B12
lab-test-names-mma = ácido metilmalónico (AMM)
lab-test-names-folate = ácido fólico (folato)
lab-test-names-ferritin = ferritina
lab-test-names-potassium = potasio
