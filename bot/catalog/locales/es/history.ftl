### b12bot, español (/history: el registro página a página, correcciones, el gráfico de intervalos).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-history = Sus inyecciones hasta ahora, y corregir una entrada
history-title = 📖 <b>Su historial de inyecciones</b> (página { $page } de { $pages })
history-empty = Todavía no hay nada anotado: su primera inyección aún está por llegar.
# Una línea por fase, encima de las dosis.
history-summary = • <b>{ $phase }</b>: { $done } puestas ({ $on_time } a tiempo, { $late } con retraso{ $early ->
        [0] {""}
       *[other] , { $early } adelantadas
    }), { $skipped } saltadas, { $missed } no puestas{ $open ->
        [0] {""}
       *[other] , { $open } aún sin respuesta
    }
history-line = <b>{ $day }</b> · { $phase } · { $what }{ $site }
history-line-before-plan = <b>{ $day }</b> · 💉 puesta antes de empezar el plan
history-phase-number-of = { $phase } { $number }/{ $count }
history-phase-number = { $phase } { $number }
history-site = {" "}· 📍 { $site }
history-done = ✅ puesta
history-done-on-time = ✅ puesta el { $taken } (a tiempo)
history-done-late = ⏰ puesta con { $days } de retraso, el { $taken }
history-done-early = ⏩ puesta con { $days } de adelanto, el { $taken }
history-skipped = ⏭ saltada
history-skipped-because = ⏭ saltada: «{ $reason }»
history-missed = ❌ no puesta
history-open = ⏳ pendiente, aún sin respuesta
history-upcoming = 🗓 próxima
button-history-newer = ‹ Más recientes
button-history-older = Anteriores ›
button-history-edit = ✏️ Corregir una entrada
button-history-chart = 📈 Gráfico
button-history-back = ‹ Volver
button-history-show = 📖 Ver mi historial
button-history-fix = ✏️ { $day } · { $phase }
history-pick = ✏️ ¿Qué entrada está mal? Tóquela abajo.
history-button-stale = Ese botón está desactualizado: envíe /history para ver su historial actual.

## Corregir una entrada
history-fix-ask-done =
    Su inyección ({ $phase }) prevista para el { $planned } está anotada como puesta el { $taken }.
    ¿Qué día se la puso? Por ejemplo «{ $example }» o «ayer». Envíe /cancel para dejarla como está.
history-fix-ask-given =
    Su inyección ({ $phase }) prevista para el { $planned } está anotada como { $was }.
    Si al final sí se la puso, ¿qué día fue? Por ejemplo «{ $example }» o «ayer». Envíe /cancel para dejarla como está.
history-was-skipped = saltada
history-was-missed = no puesta
history-fix-again = O envíe /cancel para dejar la entrada como está.
history-fix-too-early = Eso es más de { $days } antes del día previsto ({ $planned }). Envíe el día en que se la puso, por ejemplo «{ $example }», o /cancel.
history-fix-same-day = Ese es el día que ya estaba anotado, así que no ha cambiado nada.
history-fixed = ✏️ Corregido: su inyección ({ $phase }) prevista para el { $planned } queda anotada como puesta el { $taken } (antes decía { $was }).
history-fix-cancelled = De acuerdo, la entrada se queda como estaba.

## El gráfico de intervalos
history-chart-too-few = El gráfico compara los días entre sus inyecciones con el plan, así que necesita al menos dos inyecciones puestas. Vuelva a pedirlo después de la próxima.
history-chart-title = Días entre inyecciones
history-chart-x = Inyección puesta el
history-chart-y = Días desde la inyección anterior
history-chart-actual = Real
history-chart-planned = Previsto
history-chart-caption = 📈 Los días entre sus inyecciones (barras) frente al plan (línea).
history-chart-failed = Lo siento, ahora mismo no he podido dibujar el gráfico. Vuelva a intentarlo más tarde.
