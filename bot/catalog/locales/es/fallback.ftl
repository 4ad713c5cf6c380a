### b12bot, español (respuestas por defecto).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

unknown-command = No conozco el comando { $command }. Envíe /help para ver todo lo que entiendo.
unknown-command-nearest = No conozco el comando { $command }. ¿Quería decir /{ $nearest }? Envíe /help para ver todo lo que entiendo.
nothing-to-cancel = Ahora mismo no hay nada que cancelar ni de donde volver atrás. Envíe /help para ver todo lo que entiendo.
only-text = Solo puedo leer mensajes de texto y botones. Puede responder, por ejemplo, <i>hecho</i>, <i>más tarde</i> o <i>¿cuándo es mi próxima inyección?</i> Envíe /help para ver todo lo que entiendo.
# Una ventana emergente: texto sin formato, sin HTML.
stale-button = Ese botón es de una pregunta anterior.
