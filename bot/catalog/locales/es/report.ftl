### b12bot, español (/report: un PDF y un CSV para el médico del paciente).
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

## /report: un PDF y un CSV para el médico del paciente.

command-report = Un informe (PDF y CSV) para su médico
report-ask-period = 📄 Voy a preparar un informe para su médico: un PDF para leer y un CSV con una fila por dosis. ¿Qué periodo debe abarcar?
button-report-3-months = Últimos 3 meses
button-report-12-months = Últimos 12 meses
button-report-all = Desde el principio
report-working = 📄 Preparando su informe: { $period }…
report-ready = 📄 Su informe: { $period }. El PDF y el CSV están abajo.
report-no-doses = Todavía no tiene inyecciones en su registro, así que no hay nada que incluir. Cuando le toque la primera dosis, /report podrá preparar uno.
report-no-doses-in-period = No tiene dosis en su registro para ese periodo ({ $period }). Envíe /report para elegir uno más largo.
report-caption-pdf = Su informe del { $first } al { $last }, listo para enseñárselo o enviárselo a su médico.
report-caption-csv = Las mismas dosis en una hoja de cálculo (CSV), una fila por dosis.
report-failed = Lo siento, ahora mismo no he podido preparar su informe. Su registro está a salvo: vuelva a probar /report dentro de unos minutos.
report-stale-button = Ese botón está desactualizado: envíe /report para preparar un informe ahora.

## El PDF. Las fechas son las de la zona horaria del paciente.

report-title = Inyecciones de vitamina B12: registro para el médico
report-fact-zone = Zona horaria
report-fact-period = Periodo
report-fact-generated = Generado
report-generated-at = { $day }, { $time }
report-fact-name = Paciente
report-no-name = el bot no lo guarda (pregunte al paciente)
report-period-range = { $first } – { $last } ({ $days } días)
report-footer = b12bot · horas en la zona horaria del paciente · página

report-summary-heading = Resumen
report-summary-doses = Dosis previstas en el periodo: { $due }. Puestas: { $done } ({ $on_time } a tiempo, { $late } con retraso, { $early } adelantadas). Saltadas: { $skipped }. No puestas: { $missed }.{ $open ->
    [0] {""}
   *[other] {" "}Pendientes y aún sin respuesta: { $open }.
}
report-summary-pdc = Proporción de días cubiertos en el periodo: { $percent } %.
report-summary-pdc-none = Proporción de días cubiertos: ningún día del periodo que contar.
report-summary-last = Última inyección puesta: { $day } ({ $ago ->
    [0] el día del informe
   *[other] { $days } antes del informe
}).
report-summary-no-injection = Ninguna inyección puesta en el periodo.
report-summary-plan = Plan actual: { $plan }.
report-summary-intervals = Días entre inyecciones en el periodo: mediana { $median }, máximo { $longest }.
report-summary-drifts = Episodios de desviación del intervalo: { $count }.
report-summary-labs = Resultados de análisis en el periodo: { $count }.
report-summary-symptoms = Registros de síntomas: { $count } (puntuación total del último: { $latest } de { $highest }).
report-summary-red-flags = Episodios de señales de alarma: { $count }.

report-plan-heading = El plan, todas sus versiones
report-plan-version = Versión { $number }: { $name }, vigente desde el { $start }{ $until }.
report-plan-until = {" "}hasta el { $day }
report-plan-source = Fuente de la pauta predefinida: { $source }
report-plan-given = { $drug }, { $route }, administrada por: { $giver }.
report-plan-switch = La fase { $position } terminó el { $day }: el médico pasó al paciente a la fase siguiente.
report-giver-self = el propio paciente
report-giver-caregiver = un cuidador
report-giver-clinic = una enfermera o un centro

report-windows-heading = Cuándo una dosis cuenta como a tiempo
report-window-day = Intervalo previsto de { $start } a { $to } días: solo el día previsto.
report-window-days = Intervalo previsto de { $start } a { $to } días: hasta { $days } antes o después del día previsto.
report-window-last = Intervalo previsto de { $start } días o más: hasta { $days } antes o después del día previsto.
report-windows-note = Una dosis puesta más lejos de su día previsto cuenta como con retraso (o adelantada). Para la proporción de días cubiertos, cada inyección puesta cubre los días hasta la siguiente dosis prevista; los días en pausa no se cuentan.

report-adherence-heading = Adherencia por fase
report-col-phase = Fase
report-col-on-time = A tiempo
report-col-late = Con retraso
report-col-early = Adelantadas
report-col-skipped = Saltadas
report-col-missed = No puestas
report-col-open = Sin respuesta
report-col-done = Puestas

report-doses-heading = Cada dosis: prevista y real
report-col-planned = Prevista
report-col-number = N.º
report-col-dose = Dosis
report-col-outcome = Resultado
report-col-given = Puesta el
report-col-days-late = Retraso (d)
report-col-interval = Intervalo (d)
report-col-planned-interval = Plan (d)
report-col-site = Zona
report-col-reason = Motivo del salto
report-doses-note = Retraso (d): días después del día previsto en que se puso (negativo: adelantada). Intervalo (d): días desde la inyección anterior. Plan (d): días que el plan preveía desde la dosis anterior.
report-outcome-on-time = a tiempo
report-outcome-late = con retraso
report-outcome-early = adelantada
report-outcome-skipped = saltada
report-outcome-missed = no puesta
report-outcome-open = sin respuesta
report-outcome-upcoming = próxima
report-outcome-before-plan = antes del plan

report-chart-intervals-title = Días entre inyecciones: reales y previstos
report-chart-intervals-x = Fecha de administración
report-chart-intervals-y = Días
report-chart-actual = real
report-chart-planned = previsto

report-drifts-heading = Días entre inyecciones y desviación
report-drift-line = Desviación detectada el { $day }: previsto cada { $planned } días; los últimos intervalos fueron de { $actual } días.
report-drifts-none = Desviación del intervalo (una serie de intervalos más largos de lo previsto): ninguna detectada en el periodo.

report-labs-heading = Resultados de análisis
report-col-test = Análisis
report-col-date = Fecha
report-col-result = Resultado
report-col-change = Cambio respecto al anterior
report-change-up = sube { $change } { $unit }
report-change-down = baja { $change } { $unit }
report-change-same = sin cambios
report-change-up-from = sube desde { $previous }
report-change-down-from = baja desde { $previous }
report-change-first = primer resultado
report-change-other-unit = el anterior en otra unidad ({ $previous })
report-labs-none = Ningún resultado de análisis anotado en el periodo.

report-symptoms-heading = Síntomas
report-symptoms-scale = Cada registro puntúa seis síntomas de 0 (nada) a 3 (grave); el total va de 0 a { $highest }.
report-symptoms-none = Ningún registro de síntomas en el periodo.
report-check-ins-heading = Cada registro de síntomas
report-chart-symptoms-title = Puntuación total de síntomas en cada registro
report-chart-symptoms-x = Fecha del registro
report-chart-score = Puntuación total
report-chart-since-title = Síntomas según los días desde la última inyección
report-chart-since-x = Días desde la última inyección puesta antes del registro
report-symptoms-since-note = Si los síntomas aumentan a medida que pasan los días desde la última inyección, puede que reaparezcan antes de que toque la siguiente dosis.
report-col-since = Días desde la inyección
report-col-total = Total
report-symptom-short-fatigue = Cansancio
report-symptom-short-tingling = Hormigueo
report-symptom-short-balance = Equilibrio
report-symptom-short-mouth-soreness = Boca
report-symptom-short-memory = Memoria
report-symptom-short-mood = Ánimo

report-red-flags-heading = Episodios de señales de alarma
report-red-flags-note = Fecha y nivel de cada mensaje que coincidió con una señal de alarma; el informe no guarda las palabras del paciente.
report-red-flag-line = { $day }: { $level } ({ $sign })
report-red-flags-none = Ninguno en el periodo.
report-level-emergency = emergencia
report-level-urgent-care = atención urgente hoy
report-level-call-clinician = llamar al médico

report-stock-heading = Existencias y pausas
report-stock = Ampollas disponibles: { $count }.
report-stock-unknown = Ampollas disponibles: sin anotar.
report-pause-line = Recordatorios pausados del { $start } al { $to }.
report-pause-ended = Recordatorios pausados desde el { $start }; terminó antes, el { $ended }.
report-pauses-none = Ninguna pausa en el periodo.

# The CSV's header and its phase and outcome codes: identifiers a spreadsheet reads, in this language.
report-csv-column-dose-id = id_dosis
report-csv-column-phase = fase
report-csv-column-number-in-phase = numero_en_fase
report-csv-column-planned-local-date = fecha_prevista_local
report-csv-column-due-at-utc = prevista_utc
report-csv-column-due-local = prevista_local
report-csv-column-taken-local-date = fecha_puesta_local
report-csv-column-taken-at-utc = puesta_utc
report-csv-column-taken-local = puesta_local
report-csv-column-outcome = resultado
report-csv-column-days-late = dias_de_retraso
report-csv-column-interval-since-previous-days = intervalo_desde_anterior_dias
report-csv-column-planned-interval-days = intervalo_previsto_dias
report-csv-column-site = zona
report-csv-column-skip-reason = motivo_omision
report-csv-phase-loading = carga
report-csv-phase-transition = transicion
report-csv-phase-maintenance = mantenimiento
report-csv-outcome-on-time = a_tiempo
report-csv-outcome-late = tarde
report-csv-outcome-early = antes
report-csv-outcome-skipped = saltada
report-csv-outcome-missed = perdida
report-csv-outcome-open = abierta
report-csv-outcome-upcoming = proxima
report-csv-outcome-before-plan = antes_del_plan
