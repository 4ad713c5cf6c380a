### b12bot, español (configuración del plan).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-regimen = Crear o cambiar su plan de inyecciones
command-cancel = Detener lo que estamos haciendo
# El plan en palabras (bot.catalog.plan_words), reutilizado por los recordatorios y /status.
plan-every-day = todos los días
plan-every-other-day = cada dos días
plan-every-week = cada semana
plan-every-n-weeks = cada { $weeks } semanas
plan-every-n-days = cada { $days } días
plan-every-month = cada mes
plan-every-n-months = cada { $months } meses
plan-on-weekdays = cada { $days }
plan-and = { $items } y { $last }
plan-for-one-injection = durante 1 inyección
plan-for-injections = durante { $count } inyecciones
plan-for-one-day = durante 1 día
plan-for-days = durante { $days } días
plan-for-one-week = durante 1 semana
plan-for-weeks = durante { $weeks } semanas
plan-until-no-further-improvement = hasta que su médico no vea más mejoría
plan-no-set-end = sin final fijo
plan-maintenance-mark = (mantenimiento)
plan-then = ; después,{" "}
plan-kind-loading = Carga
plan-kind-transition = Transición
plan-kind-maintenance = Mantenimiento
plan-phase-line = { $position }. { $kind }: { $words }
setup-intro-new =
    Vamos a crear su plan de inyecciones. Tenga a mano su receta o el informe del centro: cada número debe salir de ahí.
    Envíe /back para volver un paso atrás o /cancel para parar en cualquier momento.
setup-intro-change =
    Vamos a crear su nuevo plan. Su plan actual sigue vigente hasta que confirme el nuevo, y su historial se conserva en cualquier caso.
    Envíe /back para volver un paso atrás o /cancel para parar en cualquier momento.
setup-ask-preset = ¿Cuál de estos coincide con su receta? Cada uno es solo un punto de partida: le mostraré todos los números para que los compruebe. Elija <b>Plan personalizado</b> para introducir el suyo fase por fase.
setup-ask-preset-dose = ¿Cuánto lleva cada inyección de mantenimiento? Escríbalo exactamente como aparece en su receta, por ejemplo <i>1000 mcg</i> o <i>1 mg</i>.
setup-button-every-n-months = Cada { $months } meses
setup-review =
    <b>{ $name }</b>
    <i>Fuente: { $source }</i>

    { $phases }

    Compare cada número con su receta. ¿Coincide exactamente?
setup-button-matches = Sí, coincide
setup-button-change-numbers = Cambiar un número
setup-ask-editor =
    Su plan hasta ahora:
    { $phases }

    Elija una fase para cambiarla, o <b>Listo</b> cuando todos los números coincidan con su receta.
setup-no-phases-yet = (todavía no hay fases)
setup-button-change-phase = Cambiar la fase { $position }
setup-button-remove-phase = Quitar la fase { $position }
setup-button-add-phase = Añadir una fase
setup-button-done = Listo
setup-plan-problem =
    { $problem }

    Cambie la fase que no coincide con su receta.
setup-ask-phase-kind =
    Fase { $position }: ¿qué tipo de fase es?
    <b>Carga</b>: las primeras inyecciones, frecuentes. <b>Transición</b>: un paso intermedio que tienen algunos planes. <b>Mantenimiento</b>: la inyección a largo plazo.
setup-ask-cadence = Fase { $position } ({ $kind }): ¿cada cuánto es la inyección?
setup-button-keep = Mantener: { $value }
setup-button-daily = Todos los días
setup-button-alternate-days = Cada dos días
setup-button-weekly = Cada semana
setup-button-four-weekly = Cada 4 semanas
setup-button-other-days = Cada … días
setup-button-weekdays = Ciertos días de la semana
setup-button-months = Cada … meses
setup-ask-interval-days = ¿Cada cuántos días? Envíe un número, por ejemplo <i>14</i> para cada 2 semanas.
setup-ask-interval-months = ¿Cada cuántos meses? Envíe un número, por ejemplo <i>3</i>.
setup-ask-weekdays = Fase { $position }: ¿qué días de la semana? Toque cada día para marcarlo y luego <b>Listo</b>.
setup-weekday-ticked = ✓ { $day }
setup-ask-end = Fase { $position } ({ $kind }): ¿cuánto dura?
setup-button-end-injections = Un número de inyecciones
setup-button-end-duration = Un número de días o semanas
setup-button-end-open = Hasta que mi médico la cambie
setup-ask-count = ¿Cuántas inyecciones tiene esta fase? Envíe un número, por ejemplo <i>7</i>.
setup-ask-duration = ¿Durante cuánto tiempo? Envíe días o semanas, por ejemplo <i>14 días</i> o <i>2 semanas</i>.
setup-duration-in-days-or-weeks = Indique la duración en días o semanas, por ejemplo <i>14 días</i> o <i>2 semanas</i>.
setup-ask-dose = Fase { $position } ({ $kind }): ¿cuánto lleva cada inyección? Envíe la cantidad y la unidad de su receta, por ejemplo <i>1000 mcg</i> o <i>1 mg</i>.
setup-button-same-dose = Igual que la fase { $position }: { $dose }
setup-ask-more =
    Su plan hasta ahora:
    { $phases }

    ¿Su receta tiene otra fase después de esta?
setup-button-add-another = Añadir otra fase
setup-button-thats-all = Eso es todo
setup-ask-drug = ¿Qué forma de vitamina B12 es? Viene escrita en la etiqueta de la ampolla.
setup-ask-drug-suggested = ¿Qué forma de vitamina B12 es? Viene escrita en la etiqueta de la ampolla. (Los planes como el que eligió suelen usar { $drug }).
setup-drug-cyanocobalamin = Cianocobalamina
setup-drug-hydroxocobalamin = Hidroxocobalamina
setup-drug-methylcobalamin = Metilcobalamina
setup-drug-other = Otra forma
# The drug's name inside a sentence (German nouns keep their capital).
setup-drug-in-sentence-cyanocobalamin = cianocobalamina
setup-drug-in-sentence-hydroxocobalamin = hidroxocobalamina
setup-drug-in-sentence-methylcobalamin = metilcobalamina
setup-drug-in-sentence-other = otra forma
setup-ask-route = Estoy hecho para inyecciones de B12. Compruebe su receta: ¿cómo se le administra?
setup-button-im = En el músculo (IM)
setup-button-deep-sc = Subcutánea profunda (SC)
setup-route-not-injection =
    Gracias por decírmelo. Los comprimidos, los espráis y las pastillas de B12 ayudan a mucha gente, pero solo estoy hecho para planes de inyecciones, así que no puedo llevar su control. Su médico o su farmacéutico pueden ayudarle con un plan de comprimidos.

    Si su receta también incluye inyecciones, elija cómo se las ponen:
setup-route-unrecognised = Elija uno de los botones o escriba <i>IM</i> (en el músculo) o <i>SC</i> (subcutánea profunda).
setup-ask-giver = ¿Quién le pone la inyección?
setup-giver-self = Me la pongo yo
setup-giver-caregiver = Alguien que me cuida
setup-giver-clinic = Una enfermera o un centro
setup-ask-zone =
    ¿En qué zona horaria está? Le aviso a su hora local.
    Envíe su ciudad más cercana (por ejemplo <i>Madrid</i>) o el nombre de una zona (<i>Europe/Madrid</i>), comparta su ubicación con el botón de abajo o elija una diferencia con UTC.
setup-button-share-location = Compartir mi ubicación
setup-button-choose-offset = Elegir diferencia con UTC
setup-ask-zone-offset = Ahora son las { $utc } UTC. Elija la diferencia que da su hora local.
setup-zone-from-location-unknown = No he podido saber la zona horaria a partir de su ubicación. Ahora son las { $utc } UTC: elija la diferencia que da su hora local o envíe su ciudad más cercana.
setup-ask-zone-choice = ¿Cuál de estas es la suya?
setup-zone-did-you-mean = No he encontrado { $typed }. ¿Quería decir { $place } ({ $zone })?
setup-zone-did-you-mean-one-of = No he encontrado { $typed }. ¿Quería decir alguno de estos?
setup-zone-place-label = { $place } ({ $zone })
setup-button-none-of-these = Ninguno de estos
setup-zone-none-of-these = Entonces envíe la ciudad grande más cercana o su diferencia con UTC, por ejemplo <i>Bogotá</i> o <i>UTC-5</i>.
setup-zone-offset-label = UTC{ $sign }{ $hours }
setup-zone-set = Zona horaria: <b>{ $zone }</b> (allí son ahora las { $time }).
setup-ask-start-from =
    ¿Cómo coloco sus inyecciones?
    • Todavía no ha empezado: deme la fecha de su <b>primera</b> inyección.
    • Ya sigue este plan: deme la fecha de su <b>última</b> inyección y contaré a partir de ella.
setup-button-first-injection = Mi primera inyección
setup-button-last-injection = Mi última inyección
setup-ask-start-from-change =
    ¿Dónde empieza el nuevo plan?
    • <b>Desde mi próxima inyección</b>: usted me da su fecha.
    • <b>Desde mi última inyección</b>: usted me da su fecha y cuento el nuevo plan a partir de ella.
setup-button-from-next = Desde mi próxima inyección
setup-resume-in-phase = Dónde está ahora: <b>{ $phase }, dosis { $number }{ $of }</b> ({ $day }).
setup-resume-of-count = {" "}de { $count }
setup-resume-phase-next = Dónde está ahora: la <b>fase de { $phase }</b> es la siguiente (su última dosis: { $day }).
setup-ask-resume =
    { $where }
    ¿Cómo debe continuar el nuevo plan?
    • <b>Seguir donde estoy</b>: las dosis hasta ahora cuentan y la siguiente se calcula a partir del { $day }.
    • <b>{ $restart }</b>: desde una fecha que usted me dé. Sus dosis hasta ahora se quedan en su historial.
setup-button-carry-on = Seguir donde estoy
setup-button-restart-phase = Empezar de nuevo la fase de { $phase }
setup-button-start-phase = Empezar la fase de { $phase } en una fecha que indico
setup-button-from-last = Desde mi última inyección
setup-ask-first-date = ¿Qué día es su primera inyección de este plan? Por ejemplo <i>hoy</i>, <i>12 de marzo</i> o <i>2026-03-12</i>.
setup-ask-last-date = ¿Cuándo fue su última inyección? Por ejemplo <i>ayer</i>, <i>12 de marzo</i> o <i>2026-03-12</i>.
setup-ask-which-date = ¿Quería decir { $first } o { $second }?
setup-ask-time = ¿A qué hora del día le aviso? Por ejemplo <i>9:00</i> o <i>21:30</i>.
setup-summary =
    <b>Revise su plan</b>
    { $plan }

    <b>Próximas inyecciones</b>
    { $dates }

    { $maintenance }
    <b>Medicamento:</b> { $drug }
    <b>Vía:</b> { $route }, { $giver }
    <b>Zona horaria:</b> { $zone }
    <b>Recordatorios a las:</b> { $time }

    ¿Está todo bien? No se guarda nada hasta que lo confirme.
setup-summary-date-line = • { $when }
setup-maintenance-starts = <b>Empieza el mantenimiento:</b> { $day }
setup-maintenance-from-start = <b>Mantenimiento:</b> desde su primera inyección de este plan
setup-maintenance-on-switch = <b>Empieza el mantenimiento:</b> cuando su médico le cambie de fase
setup-no-maintenance = <b>Mantenimiento:</b> no forma parte de este plan
setup-overdue = {"\u000A"}⚠️ Según estas fechas, ya le tocaba una inyección el { $day }, hace más de un día. Pregunte a su médico o enfermera cuándo ponérsela; yo no puedo aconsejarle sobre eso. Puede guardar el plan igualmente y anotar la inyección cuando se la haya puesto.{"\u000A"}
setup-route-im = en el músculo (IM)
setup-route-deep-sc = subcutánea profunda (SC profunda)
setup-given-by-self = por usted mismo
setup-given-by-caregiver = por alguien que le cuida
setup-given-by-clinic = por una enfermera o un centro
setup-button-confirm = Confirmar y guardar
setup-button-start-over = Empezar de nuevo
setup-saved = Guardado. Su primer recordatorio llegará el <b>{ $when }</b>.
setup-saved-due-now = Guardado. Según este plan ya toca una inyección, así que su primer recordatorio llega ahora mismo.
setup-saved-asking-one = Guardado. Según este plan ya tocaba una inyección <b>{ $when }</b>, así que le pregunto por ella ahora: toque un botón debajo del recordatorio.
setup-saved-asking-many = Guardado. Según este plan ya tocaban { $count } inyecciones antes de ahora, así que le pregunto por ellas: la más reciente en el recordatorio de abajo, las demás en una sola pregunta.
# Un plan administrado en un centro: el primer recordatorio es el de pedir cita.
setup-saved-book-now = Guardado. Su próxima inyección en el centro toca el <b>{ $day }</b>: ahora mismo le llega un recordatorio para pedir cita.
setup-saved-book-later = Guardado. Le recordaré pedir cita en el centro el <b>{ $when }</b>, para su inyección del <b>{ $day }</b>.
# Tras un cambio de plan que continúa: los recordatorios ya enviados sobre dosis pendientes siguen valiendo.
setup-saved-reminder-stands = Guardado. El recordatorio que le envié para su inyección del { $days } sigue valiendo: toque un botón debajo o responda «hecho».
setup-saved-and-asking-one = {" "}También le pregunto ahora por otra inyección que ya tocaba.
setup-saved-and-asking-many = {" "}También le pregunto ahora por otras { $count } inyecciones que ya tocaban.
setup-saved-next = {" "}Su próximo recordatorio llegará el <b>{ $when }</b>.
and = {" "}y{" "}
setup-past-doses-ask = ¿Cuáles de estas inyecciones anteriores se puso? Toque cada una que se puso; toque «Ninguna de las demás» cuando el resto no se las haya puesto.
setup-past-dose-done = {"\u000A"}✅ { $day }: puesta.
setup-past-dose-not-had = {"\u000A"}❌ { $day }: no puesta.
button-past-dose = ✅ { $day }
button-past-doses-none = ❌ Ninguna de las demás
setup-cancelled = Configuración detenida; no se ha guardado nada. Envíe /regimen cuando quiera empezar de nuevo.
setup-cancelled-plan-kept = Configuración detenida; no ha cambiado nada y su plan actual sigue como estaba.
setup-nothing-to-go-back = Esta es la primera pregunta, así que no hay nada a lo que volver. Envíe /cancel para parar.
setup-resume = Estábamos creando su plan. Aquí es donde lo dejamos:
setup-use-buttons = Elija uno de los botones de abajo.
# Se muestra en la pequeña ventana emergente de Telegram al pulsar un botón: texto sin formato, sin HTML.
setup-stale-button = { stale-button }
setup-finished-button = Esa configuración ya terminó. Envíe /regimen para crear su plan.
