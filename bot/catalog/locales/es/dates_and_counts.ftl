### b12bot, español (fechas, horas y cantidades).
### Los nombres de los días y los meses vienen de los datos CLDR de Babel (bot/catalog/catalog.py);
### estas son las palabras que los rodean.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

# Un instante tal como lo muestra el reloj del paciente: "mar 3 dic, 09:00".
date-and-time = { $day }, { $time }
# Un número de días: "1 día", "3 días".
day-count =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
# Cuánto falta para una hora prevista.
countdown-in-days = dentro de { $days } días
countdown-tomorrow = mañana
countdown-days-ago = hace { $days } días
countdown-yesterday = ayer
countdown-in-hours = hoy, dentro de unas { $hours } horas
countdown-in-minutes = hoy, dentro de { $minutes } minutos
countdown-now = hoy, ya toca

## Una dosis: la cantidad tal como el idioma escribe los números, y su unidad
dose-amount = { $amount } { $unit }
unit-names-mcg = mcg
unit-names-mg = mg
