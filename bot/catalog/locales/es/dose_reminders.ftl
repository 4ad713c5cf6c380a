### b12bot, español (recordatorios de dosis).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

## phase_names: un mensaje por clave
phase-names-loading = carga
phase-names-transition = transición
phase-names-maintenance = mantenimiento

dose-number-of = , dosis { $number } de { $count }
dose-number = , dosis { $number }
reminder-dose =
    💉 Es hora de su <b>inyección de B12 de { $dose }</b>, fase de { $phase }{ $number }.
    Toca { $when }.
reminder-sent-late = ⏱ Enviado con retraso: este recordatorio era para { $when }.{"\u000A"}{"\u000A"}
# El "cuándo" de una dosis en el centro en los recordatorios: su día y, una vez pedida, su cita.
clinic-due-on-day = el { $day }
clinic-appointment-at = {" "}(cita: { $when })
reminder-follow-up = Solo para confirmar: ¿se puso su <b>inyección de B12 de { $dose }</b> que tocaba { $when }? Toque un botón o responda «hecho», «más tarde» o «saltar».
reminder-late-again = ⏰ Como me pidió, le recuerdo: su <b>inyección de B12 de { $dose }</b> que tocaba { $when } sigue pendiente.
reminder-missed-one = He marcado como no puesta su inyección de B12 que tocaba { $when }, porque no recibí respuesta.
reminder-missed-many =
    He marcado { $count } inyecciones de B12 como no puestas, porque no recibí respuesta:
    { $dates }
reminder-missed-advice = {"\u000A"}{"\u000A"}No pasa nada. Si sí se la puso, responda por ejemplo «hecho el { $example }». Si va retrasado con sus inyecciones, pregunte a su médico qué hacer: no se ponga dos de golpe sin que se lo indique.
button-done = ✅ Hecho
button-late = ⏰ Más tarde
button-skip = ⏭ Saltar
