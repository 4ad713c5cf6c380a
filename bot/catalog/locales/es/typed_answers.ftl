### b12bot, español (respuestas escritas).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

date-empty = Envíe una fecha, por ejemplo <i>ayer</i> o <i>12 de marzo</i>.
date-unrecognised = No he podido leer eso como una fecha. Escríbala como alguno de estos ejemplos: <i>hoy</i>, <i>ayer</i>, <i>hace 3 días</i>, <i>lunes</i>, <i>12 de marzo</i> o <i>2026-03-12</i>.
date-missing-month = ¿De qué mes? Añádalo, por ejemplo <i>12 de marzo</i>.
date-no-such-day = { $month } no tiene día { $day }. Compruebe la fecha, por ejemplo <i>28 de febrero</i>.
date-no-such-month = Solo hay 12 meses. Compruebe la fecha o escriba el mes con letras, por ejemplo <i>12 de marzo</i>.
date-year-out-of-range = Indique un año entre { $earliest } y { $latest }, por ejemplo <i>12 marzo { $latest }</i>.
date-in-future = Esa fecha todavía no ha llegado. Indique hoy o una fecha anterior, por ejemplo <i>ayer</i> o <i>hace 3 días</i>.
date-in-past = Esa fecha ya ha pasado. Indique hoy o una fecha posterior, por ejemplo <i>mañana</i> o <i>dentro de 2 días</i>.
time-empty = Envíe una hora, por ejemplo <i>9:00</i> o <i>21:30</i>.
time-unrecognised = No he podido leer eso como una hora. Escríbala como <i>9:30</i>, <i>21:30</i> o <i>9:30 de la noche</i>, por ejemplo.
time-bad-hour = Las horas van de 0 a 23. Compruebe la hora, por ejemplo <i>21:30</i> o <i>9 de la noche</i>.
time-bad-minute = Los minutos van de 00 a 59. Compruebe la hora, por ejemplo <i>9:30</i>.
time-bad-am-pm-hour = Con am o pm, la hora va de 1 a 12. Compruebe la hora, por ejemplo <i>1 de la tarde</i> o <i>13:00</i>.
zone-empty = Dígame su zona horaria o la ciudad más cercana, por ejemplo <i>Madrid</i> o <i>Europe/Madrid</i>.
zone-unrecognised = No conozco ese lugar ni esa zona horaria. Envíe una ciudad grande cercana o el nombre de una zona, por ejemplo <i>Madrid</i>, <i>Nueva York</i>, <i>Buenos Aires</i> o <i>Europe/Madrid</i>.
zone-offset-out-of-range = Las zonas horarias van de UTC-12 a UTC+14. Compruebe la diferencia, por ejemplo <i>UTC+2</i> o <i>GMT-5</i>.
zone-offset-not-whole-hours = Solo puedo usar diferencias de horas enteras. Para una zona como UTC+5:30, envíe una ciudad, por ejemplo <i>Delhi</i> o <i>Adelaida</i>.
done-date-in-future = Solo puede anotar una inyección de hoy o de una fecha anterior. Dígame cuándo se la puso, por ejemplo <i>hecho ayer</i> o <i>hecho el 3 de diciembre</i>.
dose-empty = Envíe la dosis, por ejemplo <i>1000 mcg</i> o <i>1 mg</i>.
dose-unrecognised = No he podido leer eso como una dosis. Envíe la cantidad y la unidad de su receta, por ejemplo <i>1000 mcg</i> o <i>1 mg</i>.
dose-needs-unit = ¿Son mcg (microgramos) o mg (miligramos)? Añada la unidad de su receta, por ejemplo <i>1000 mcg</i> o <i>1 mg</i>.
dose-wrong-unit = Indique la dosis en mcg o mg, como dice su receta (no en ml ni en unidades), por ejemplo <i>1000 mcg</i> o <i>1 mg</i>.
dose-ambiguous-separator = Escriba la cantidad sin punto de los miles, para que no la lea mil veces mayor o menor, por ejemplo <i>1000 mcg</i> o <i>1,5 mg</i>.
dose-not-above-zero = La dosis debe ser mayor que cero, por ejemplo <i>1000 mcg</i> o <i>1 mg</i>.
count-unrecognised = Envíe un número, por ejemplo <i>7</i> o <i>siete</i>.
count-out-of-range = Envíe un número del { $minimum } al { $maximum }, por ejemplo <i>{ $example }</i>.
