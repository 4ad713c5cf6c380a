### b12bot, español (cuidadores: resumen semanal y avisos de señales de alarma compartidos).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

## El resumen semanal: solo cifras y fechas, nunca síntomas, análisis, motivos, zonas ni texto libre.
caregiver-weekly-summary =
    { $heading }
    { $counts }

    { $next }
caregiver-weekly-heading = 📅 Resumen semanal de <b>{ $name }</b>: { $first } – { $last }
caregiver-weekly-due =
    { $count ->
        [one] Tocaba 1 inyección:
       *[other] Tocaban { $count } inyecciones:
    }
caregiver-weekly-nothing-due = Esta semana no tocaba ninguna inyección.
caregiver-weekly-on-time = ✅ puestas a tiempo: { $count }
caregiver-weekly-late = 🕒 puestas con retraso: { $count }
caregiver-weekly-early = ✅ puestas antes de tiempo: { $count }
caregiver-weekly-skipped = ⏭ saltadas: { $count }
caregiver-weekly-missed = ❌ no puestas: { $count }
caregiver-weekly-open = ⏳ aún sin confirmar: { $count }
caregiver-weekly-upcoming = 🗓 aún por llegar hoy: { $count }
caregiver-weekly-next = Próxima inyección: { $when }.
caregiver-weekly-no-next = Por ahora no hay ninguna otra inyección prevista.

## Un aviso de señal de alarma que el paciente comparte: un encabezado fijo y luego el mismo texto
## de seguridad que recibió el paciente (red-flag-* en symptoms_sites_stock.ftl, revisado allí).
## Se revisa con ellos: nunca la señal ni las palabras del paciente.
caregiver-red-flag-alert =
    ⚠️ <b>{ $name }</b> escribió el { $when } algo que puede ser una señal de alarma (nivel: { $level }). Esto es lo que le respondí:

    { $safety }
caregiver-red-flag-level-emergency = emergencia
caregiver-red-flag-level-urgent-care = atención urgente hoy
caregiver-red-flag-level-call-clinician = llamar ahora al médico
