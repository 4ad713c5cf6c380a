### b12bot, español (preferencias).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

follow-up-now = Si no responde a un recordatorio, le vuelvo a preguntar una vez pasadas <b>{ $delay }</b>. Para cambiarlo, envíe por ejemplo /followup 2 horas o /followup 45 minutos.
follow-up-set = Hecho: si no responde a un recordatorio, le volveré a preguntar una vez pasadas <b>{ $delay }</b>.
follow-up-invalid = Indique un tiempo entre 15 minutos y 12 horas, por ejemplo /followup 2 horas o /followup 90 minutos.
hours-and-minutes = { $hours } h { $minutes } min
hours-only = { $hours } h
minutes-only = { $minutes } min
command-follow-up = Cuándo le vuelvo a preguntar si no responde a un recordatorio
