### b12bot, español (errores).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

something-went-wrong = Lo siento, algo ha fallado por mi parte y no he podido terminar. Sus datos están a salvo. Vuelva a intentarlo dentro de un minuto.
# Mientras la base de datos no está accesible (bot.telegram.held_updates): los mensajes se guardan y
# se procesan más tarde.
held-update = Ahora mismo no puedo acceder a mis registros. Lo anotaré en cuanto pueda.
# Se muestra en el botón que pulsó el paciente (Telegram permite como máximo 200 caracteres).
held-update-button = Lo anotaré en cuanto pueda.
held-updates-full = Ahora mismo no puedo acceder a mis registros y no puedo guardar más mensajes suyos hasta que pueda. Por favor, vuelva a enviar lo que escriba a partir de ahora dentro de unos minutos.
held-update-full-button = No he podido guardarlo. Vuelva a pulsarlo dentro de unos minutos.
held-updates-lost = Tuve que detenerme antes de poder acceder a mis registros, así que no pude anotar lo que me envió en los últimos minutos. Por favor, envíelo de nuevo.
