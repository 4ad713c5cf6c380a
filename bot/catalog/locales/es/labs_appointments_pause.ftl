### b12bot, español (análisis, citas y pausas).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-labs = Mis análisis y resultados
command-appointments = Cuándo le recuerdo pedir cita en el centro
command-pause = Pausar los recordatorios hasta una fecha
command-resume = Reanudar ya los recordatorios pausados
lab-timing-reticulocytes = de 7 a 10 días después de su primera inyección
lab-timing-full-blood-count = 8 semanas después de su primera inyección
lab-timing-treatment-review = 3 meses después de su primera inyección
lab-source-reticulocytes = NICE Clinical Knowledge Summaries, anemia (déficit de B12 y de folato): un recuento de reticulocitos a los 7–10 días muestra que el tratamiento funciona.
lab-source-full-blood-count = NICE Clinical Knowledge Summaries, anemia (déficit de B12 y de folato): un hemograma completo tras 8 semanas de tratamiento.
lab-source-treatment-review = Guía NICE NG239, déficit de vitamina B12: revisión a los 3 meses.
lab-offer =
    🧪 <b>Análisis de control</b>
    Muchos planes incluyen estos controles. Marque los que su médico le ha pedido o de los que quiera recordatorio; todos son opcionales. Se lo recuerdo el día antes y esa misma mañana.

    { $items }
lab-offer-item =
    • <b>{ $test }</b>, { $day } ({ $timing })
    {" "} <i>Fuente: { $source }</i>
lab-offer-none-left = Las fechas habituales de los análisis de control de su plan ya han pasado. Si su médico le pidió un análisis, añádalo con /labs.
lab-offer-not-starting = 🧪 Los análisis sugeridos controlan las primeras semanas de tratamiento, así que no encajan en un plan que continúa un tratamiento que ya sigue. Si su médico le pidió un análisis, por ejemplo un nivel de B12, añádalo con /labs → <b>Mi médico me pidió un análisis</b>.
lab-offer-after-setup-not-starting = 🧪 Si su médico le pide un análisis de sangre, por ejemplo un nivel de B12, añádalo con /labs: se lo recordaré el día antes y esa misma mañana.
lab-button-ticked = ✓ { $test }
lab-button-unticked = { $test }
lab-button-save = Guardar estos análisis
lab-button-no-thanks = No, gracias
lab-offer-saved = 🧪 Guardado: { $tests }. Envíe /labs para verlos, cambiar uno de fecha o anotar un resultado.
lab-offer-declined = De momento, sin recordatorios de análisis. Puede añadir análisis cuando quiera con /labs.
lab-list-title = 🧪 <b>Sus análisis</b>
lab-list-due =
    {"\u000A"}<b>Próximos</b>
    { $items }
lab-list-due-item = • { $test }: { $day }{ $ordered }
lab-list-ordered = {" "}(pedido por su médico)
lab-list-nothing-due = {"\u000A"}No hay ningún análisis previsto.
lab-list-results =
    {"\u000A"}<b>Resultados</b>
    { $items }
lab-list-result-item = • { $test }, { $day }: { $value } { $unit }{ $trend }
lab-list-done-item = • { $test }, { $day }: hecho, sin resultado anotado
## lab_trend: un mensaje por clave
lab-trend-up = {" "}↑ sube
lab-trend-down = {" "}↓ baja
lab-trend-same = {" "}→ igual

lab-trend-suffix = {" "}desde { $value } { $unit }
lab-button-suggested = Análisis sugeridos
lab-button-clinician = Mi médico me pidió un análisis
lab-button-result = Anotar un resultado
lab-button-mark-done = Marcar un análisis como hecho
lab-button-move = Cambiar un análisis de fecha
lab-no-plan = Primero cree su plan de inyecciones con /regimen; las fechas de los análisis se calculan a partir de él.
lab-ask-clinician-test = ¿Qué análisis le pidió su médico?
lab-ask-when = ¿Cuándo es el análisis de { $test }? Envíe una fecha, por ejemplo <i>12 de marzo</i>, o un plazo desde el inicio o desde una fase, por ejemplo <i>8 semanas después del inicio</i> o <i>2 semanas después del mantenimiento</i>.
lab-when-unknown-phase = Todavía no sé cuándo empieza su fase de { $phase }, así que no puedo contar desde ella. Envíe una fecha, por ejemplo <i>12 de marzo</i>.
lab-when-passed = Eso sería el { $day }, que ya ha pasado. Envíe una fecha posterior, por ejemplo <i>dentro de 2 semanas</i> o <i>12 de marzo</i>.
lab-added = 🧪 Añadido: { $test } el <b>{ $day }</b>. Se lo recordaré el día antes y esa misma mañana.
lab-ask-which-done = ¿Qué análisis se hizo?
lab-ask-which-move = ¿Qué análisis quiere cambiar de fecha?
lab-ask-which-result = ¿De qué análisis es el resultado?
lab-none-planned = No tiene ningún análisis previsto. Añada uno con /labs.
lab-none-for-result = No tiene ningún análisis con resultado por anotar. Añada uno con /labs.
lab-ask-move-date = ¿Cuál es la nueva fecha del análisis de { $test }? Por ejemplo <i>12 de marzo</i>.
lab-moved = 📅 Cambiado: { $test } al <b>{ $day }</b>. Los recordatorios siguen la nueva fecha.
lab-marked-done = ✅ Anotado: { $test } hecho el { $day }.
lab-ask-result = ¿Cuál fue el resultado? Envíe el valor y la unidad tal como aparecen en su informe, por ejemplo <i>{ $example }</i>. O envíe /cancel si todavía no lo tiene.
lab-result-saved = 🧾 Guardado: { $test } { $value } { $unit }{ $trend }.
lab-cancelled = De acuerdo, dejamos los análisis por ahora.
lab-stale-button = { stale-button }
lab-button-not-yours = Ese análisis ya no está en su plan.
lab-result-general-example = Hb 11,2 g/dL
lab-result-example = Por ejemplo: <i>{ $example }</i>.
lab-result-unrecognised = No he podido leer eso como un resultado.
lab-result-unknown-test = No conozco ese nombre de análisis.
lab-result-other-test = Eso parece de otro análisis.
lab-result-needs-unit = Añada la unidad que aparece en su informe ({ $units }).
lab-result-wrong-unit = Esa unidad no corresponde a este análisis: use { $units }, como en su informe.
lab-result-out-of-range = Ese número parece poco probable en { $unit }. Compruébelo con su informe.
lab-result-no-value = Un { $test } no tiene ningún valor que anotar.
reminder-lab-day-before = 🧪 Mañana, { $day }: su <b>{ $test }</b>. Compruebe si tiene que pedir cita o ir en ayunas, según le indicaron en su centro.
reminder-lab-day-of = 🧪 Hoy, { $day }: su <b>{ $test }</b>.
reminder-lab-done-button = ✅ Hecho
reminder-lab-move-button = 📅 Cambiar fecha
reminder-book-appointment =
    📅 Es hora de pedir cita para su inyección de B12 en el centro de salud: toca el <b>{ $day }</b> ({ $countdown }).
    Cuando tenga la cita, pulse <b>Cita pedida</b> y dígame el día y la hora.
button-booked = ✅ Cita pedida
button-remind-tomorrow = ⏰ Recuérdemelo mañana
# Una dosis en el centro tiene un día, no una hora, hasta que el paciente pide la cita.
clinic-due-on = toca el { $day }
next-appointment = {"\u000A"}📅 Cita pedida: { $when }.
booking-remind-tomorrow = ⏰ De acuerdo: mañana, <b>{ $when }</b>, le vuelvo a recordar que pida cita para su inyección del { $day }.
booking-too-late-for-tomorrow = Su inyección toca el <b>{ $day }</b>, así que mañana sería demasiado tarde: pida la cita hoy y después pulse <b>Cita pedida</b>.
appointment-ask = 📅 ¿Cuándo es su cita para la inyección del { $day }? Envíe el día y la hora, por ejemplo <i>{ $example }</i>, <i>el { $day_number } a las 14:00</i> o <i>mañana a las 9:00</i>. Envíe /cancel para dejarlo por ahora.
appointment-saved = 📅 Cita anotada: <b>{ $when }</b>. Se la recordaré el { $reminder }, 2 horas antes. Envíe /next para verla.
appointment-saved-soon = 📅 Cita anotada: <b>{ $when }</b>. Envíe /next para verla.
appointment-shown = 📅 Cita anotada: <b>{ $when }</b>, para su inyección de B12 del { $day }.
## appointment_problems: un mensaje por clave
appointment-problems-unreadable = No he podido leer eso como un día y una hora.
appointment-problems-no-day = ¿Qué día es? Envíe el día y la hora juntos.
appointment-problems-no-time = ¿A qué hora es? Envíe el día y la hora juntos.
appointment-problems-needs-am-pm = ¿Es por la mañana o por la tarde? Use el formato de 24 horas, por ejemplo <i>14:00</i>.
appointment-problems-ambiguous-day = Esa fecha se puede leer de dos maneras: escriba el mes con letras.
appointment-problems-no-such-day = Ese día no existe: compruebe la fecha.
appointment-problems-day-passed = Ese día ya ha pasado: envíe el día de su cita.
appointment-problems-weekday-mismatch = El día de la semana y la fecha no coinciden: compruébelos.
appointment-problems-time-passed = Esa hora ya ha pasado: envíe cuándo es su cita.

appointment-example = {"\u000A"}Por ejemplo: <i>{ $example }</i> o <i>mañana a las 9:00</i>. O envíe /cancel para dejarlo.
appointment-no-clinic-dose = Anoto citas para inyecciones que le ponen en un centro, y ahora mismo no tiene ninguna prevista. Envíe /next para ver su próxima inyección.
appointment-cancelled = De acuerdo, no anoto ninguna cita. Cuando la tenga, pulse <b>Cita pedida</b> debajo del recordatorio o escriba por ejemplo <i>tengo cita el 16 a las 14:00</i>.
appointment-dose-gone = Esa inyección ya no está pendiente, así que no hay nada para lo que pedir cita.
appointments-now = Cuando una enfermera o un centro le pone la inyección, le recuerdo pedir cita <b>{ $days }</b> antes. Para cambiarlo, envíe por ejemplo /appointments 5.
appointments-not-clinic = {" "}(Su plan actual dice que se la pone usted o alguien en casa, así que no se envían recordatorios para pedir cita).
appointments-set = Hecho: le recordaré pedir cada cita en el centro <b>{ $days }</b> antes.
appointments-invalid = Indique un número de días del 1 al 60, por ejemplo /appointments 5 o /appointments 14.
pause-ask = ¿Hasta cuándo pauso sus recordatorios? Envíe el día en que deben volver, por ejemplo /pause 20 de diciembre o /pause dentro de 2 semanas.
pause-too-far = Puedo pausar los recordatorios como mucho un año. Indique una fecha anterior, por ejemplo /pause 20 de diciembre.
pause-not-after-today = Indique un día posterior a hoy, por ejemplo /pause mañana o /pause 20 de diciembre.
pause-set =
    ⏸ Recordatorios pausados hasta el <b>{ $day }</b>. Las inyecciones que caigan en la pausa no se marcan como no puestas.
    { $resume }
    Envíe /resume para reanudarlos antes. Por favor, comente la pausa con su médico.
pause-resume-from-last = Cuando vuelva, su próxima inyección toca <b>{ $when }</b>.
pause-resume-nothing = Todavía no hay ninguna inyección prevista después de la pausa.
pause-note = ⏸ Los recordatorios están pausados hasta el { $day }. Envíe /resume para reanudarlos ya.{"\u000A"}{"\u000A"}
resume-done = ▶️ Los recordatorios vuelven a estar activos.{ $next }
resume-nothing = Sus recordatorios no están pausados.
