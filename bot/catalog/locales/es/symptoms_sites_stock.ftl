### b12bot, español (síntomas, zonas de inyección y existencias).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

# Textos de seguridad fijos, uno por nivel de señal de alarma: nunca un diagnóstico. Se revisan junto
# con las listas de frases de bot/catalog/vocabulary/spanish_red_flags.py.
red-flag-emergency = 🚨 <b>Si tiene signos de una reacción alérgica</b> (erupción, ronchas, hinchazón de la cara, los labios o la garganta, sensación de garganta cerrada, dificultad para respirar, desmayo), <b>llame ahora a su número local de emergencias</b> (999 en el Reino Unido, 112 en Europa, 911 en EE. UU.). No espere mi respuesta.
red-flag-urgent-care = ⚠️ <b>Un entumecimiento nuevo o que se extiende, dificultad para caminar o mantenerse de pie, caídas, cambios en la vista o confusión repentina necesitan un médico hoy.</b> Vaya a urgencias o llame ahora a la línea de atención en el día de su médico. Si empeora rápido, llame a su número local de emergencias.
red-flag-call-clinician = ⚠️ <b>La falta de aire, las piernas o los tobillos hinchados, un aumento rápido de peso, un latido irregular o muy rápido, calambres, debilidad o síntomas que empeoran en vez de mejorar deben revisarse: llame ahora a su médico</b> y cuéntele lo que me ha contado. Si es grave, llame a su número local de emergencias.

## symptom_names: un mensaje por clave
symptom-names-fatigue = Cansancio (fatiga)
symptom-names-tingling = Hormigueo o entumecimiento
symptom-names-balance = Problemas de equilibrio
symptom-names-mouth-soreness = Dolor en la boca o la lengua
symptom-names-memory = Problemas de memoria o concentración
symptom-names-mood = Ánimo bajo

## symptom_scale: un mensaje por nivel, en orden
symptom-scale-0 = Nada
symptom-scale-1 = Leve
symptom-scale-2 = Moderado
symptom-scale-3 = Grave

symptom-offer-weekly = 📝 Es hora de su registro semanal de síntomas: seis toques rápidos.{"\u000A"}{"\u000A"}
symptom-offer-before-dose = 📝 Su próxima inyección toca { $when }. Mucha gente nota que los síntomas vuelven antes de la siguiente inyección: un registro rápido ahora se lo muestra a su médico.{"\u000A"}{"\u000A"}
symptom-question =
    { $intro }¿<b>{ $name }</b> en los últimos días? ({ $step } de { $count })
    <i>Todo lo que escriba durante el registro se guarda como nota.</i>
symptom-note-ask = Gracias. ¿Algo más que anotar para su médico? Escríbalo o toque «Sin nota».
symptom-note-saved = 📝 Anotado. Toque un botón para continuar.
symptom-note-too-long = Es un poco largo. Escriba la nota en menos de 1000 caracteres, por favor.
symptom-saved = ✅ Registro guardado.
symptom-stopped = Registro detenido; lo que respondió se conserva. Envíe /symptoms cuando quiera.
symptom-trend-header = <b>Sus síntomas, { $count ->
        [one] un registro hasta ahora
       *[other] últimos { $count } registros
    }</b> (0 nada … 3 grave)
symptom-trend-line = { $name }: { $scores }{ $direction }
symptom-better = {" "}↘ mejor
symptom-worse = {" "}↗ peor
symptom-same = {" "}→ igual
symptom-trend-none = Todavía no hay registros. Envíe /symptoms para hacer uno; son seis toques.
symptom-trend-hint = {"\u000A"}{"\u000A"}Envíe /symptoms trend para volver a ver esto.
symptom-notes-header = {"\u000A"}{"\u000A"}<b>Sus notas</b>
symptom-note-line = {"\u000A"}{ $day }: { $note }
button-no-note = Sin nota
button-stop-check-in = Parar
# Se muestra en la pequeña ventana emergente de Telegram al pulsar un botón: texto sin formato, sin HTML.
symptom-button-already = Este registro ya está guardado.
command-symptoms = Registro de síntomas (/symptoms trend: cómo va)
drift-told = 📅 <b>Una nota sobre las fechas.</b> Entre sus últimas inyecciones han pasado { $intervals }, mientras que su plan dice cada { $planned }. Cuando las inyecciones mensuales se van espaciando a cada 6–8 semanas durante mucho tiempo, algunos pacientes notan los efectos antes de su próximo análisis. Si le cuesta seguir el calendario, dígaselo a su médico; puede ayudarle. Lo he anotado en su registro.
drift-days = { $days } días
## site_names: un mensaje por clave
site-names-left-arm = brazo izquierdo (deltoides)
site-names-right-arm = brazo derecho (deltoides)
site-names-left-thigh = muslo izquierdo
site-names-right-thigh = muslo derecho
site-names-left-buttock = glúteo izquierdo
site-names-right-buttock = glúteo derecho

## site_buttons: un mensaje por clave
site-buttons-left-arm = Brazo izquierdo
site-buttons-right-arm = Brazo derecho
site-buttons-left-thigh = Muslo izquierdo
site-buttons-right-thigh = Muslo derecho

reminder-site-first = {"\u000A"}📍 Zona sugerida: <b>{ $site }</b>.
reminder-site-next = {"\u000A"}📍 Zona sugerida: <b>{ $site }</b> (la última vez: { $last }).
site-ask = 📍 ¿Dónde se puso la inyección? (así puedo sugerirle la siguiente zona)
site-recorded = 📍 Zona anotada: { $site }.
stock-now = 🧴 Tiene <b>{ $count }</b> { $count ->
        [one] ampolla
       *[other] ampollas
    } a mano. Para actualizarlo, envíe por ejemplo /stock 5.
stock-unknown = 🧴 No sé cuántas ampollas tiene. Envíe por ejemplo /stock 5 y descontaré una con cada inyección y le avisaré cuando queden dos.
stock-set = 🧴 Anotado: <b>{ $count }</b> { $count ->
        [one] ampolla
       *[other] ampollas
    } a mano. Descontaré una con cada inyección y le avisaré cuando queden dos.
stock-set-low = {"\u000A"}Son pocas: es hora de conseguir más.
stock-invalid = Envíe el número de ampollas que tiene, de 0 a 500, por ejemplo /stock 5.
stock-low = 🧴 <b>{ $count ->
        [one] Queda { $count } ampolla.
       *[other] Quedan { $count } ampollas.
    }</b> Es hora de conseguir más: pida una receta de continuación o llame a su farmacia. Cuando las tenga, envíe por ejemplo /stock 10.
stock-left-line = {"\u000A"}🧴 Ampollas restantes: { $count }.
command-stock = Cuántas ampollas tengo
