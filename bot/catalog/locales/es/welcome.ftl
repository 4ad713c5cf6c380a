### b12bot, español (bienvenida).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

welcome =
    ¡Hola{ $name }! Soy <b>b12bot</b>. Le ayudo a seguir el plan de inyecciones de vitamina B12 que le indicó su médico.

    <b>Lo que hago</b>
    • le recuerdo cada inyección y cada análisis, a la hora que usted elija
    • anoto lo que pasó: puesta, más tarde o saltada
    • le digo cuándo le toca la próxima inyección

    <b>Lo que no hago</b>
    Nunca receto ni cambio una dosis: cada número sale del plan de su médico. Para preguntas médicas, consulte a su médico. En una emergencia, llame a su número local de emergencias.

    Envíe /help para ver todo lo que entiendo.
welcome-back = Bienvenido de nuevo{ $name }. Sus datos están como los dejó. Envíe /help para ver lo que puedo hacer.
help =
    <b>Lo que entiendo</b>
    { $commands }

    Le recuerdo lo que planificó su médico; nunca cambio una dosis. Para preguntas médicas, consulte a su médico.
help-command-line = /{ $command } — { $description }
command-start = Empezar, o ver qué hace este bot
command-help = Lo que entiendo
