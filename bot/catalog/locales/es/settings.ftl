### b12bot, español (ajustes y viajes).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-settings = Zona horaria, hora de los recordatorios, viajes y otros ajustes

## La tarjeta del menú
settings-title = <b>Sus ajustes</b>
settings-line-zone = Zona horaria: <b>{ $zone }</b> (allí son ahora las { $time })
settings-line-reminder = Hora de los recordatorios: <b>{ $time }</b>
settings-line-follow-up = Nueva pregunta tras un recordatorio sin respuesta: <b>{ $delay }</b>
settings-line-notice = Recordatorio para pedir cita en el centro: <b>{ $days }</b> antes de cada inyección
settings-line-language = Idioma: <b>{ $language }</b>
settings-line-trip-keep = En { $place } hasta el { $day } — los recordatorios siguen la hora de { $home }
settings-line-trip-local = En { $place } hasta el { $day } — los recordatorios siguen la hora de { $place }
settings-line-next = Próxima inyección: { $when }
settings-line-next-none = Próxima inyección: ninguna prevista
settings-pick = ¿Qué quiere cambiar?
settings-beside-time = { $when } ({ $time } en { $city })
settings-beside-day = { $when } ({ $day } { $time } en { $city })
settings-button-zone = Zona horaria
settings-button-time = Hora de recordatorio
settings-button-follow-up = Nueva pregunta
settings-button-notice = Aviso de cita
settings-button-trip = Estoy de viaje
settings-button-trip-end = Terminar mi viaje
settings-button-close = Cerrar
settings-button-back = « Volver a ajustes
settings-closed = Ajustes cerrados. Envíe /settings para volver a abrirlos.

## Preguntas
settings-ask-zone = ¿En qué zona horaria está? Envíe una ciudad, el nombre de una zona o una diferencia horaria, por ejemplo <i>Nueva York</i>, <i>Europe/Madrid</i> o <i>UTC+2</i>, o comparta su ubicación.
settings-ask-time = ¿A qué hora deben llegar los recordatorios? Ahora: <b>{ $time }</b>. Elija una o envíe una hora, por ejemplo <i>19:30</i> o <i>7 de la tarde</i>.
settings-ask-follow-up = ¿Cuánto tiempo después de un recordatorio sin respuesta le vuelvo a preguntar? Ahora: <b>{ $delay }</b>. Envíe un tiempo entre 15 minutos y 12 horas, por ejemplo <i>2 horas</i> o <i>45 minutos</i>.
settings-ask-notice = ¿Cuántos días antes de cada inyección en el centro le recuerdo que pida cita? Ahora: <b>{ $days }</b>. Envíe un número entero del 1 al 28, por ejemplo <i>10</i>.
settings-ask-destination = ¿Adónde va? Envíe una ciudad o el nombre de una zona, por ejemplo <i>Nueva York</i> o <i>Asia/Tokyo</i>.
settings-ask-return = ¿Qué día vuelve a casa? Envíe el día de su regreso, por ejemplo <i>{ $example }</i>.
settings-ask-moved = En { $place } son ahora las { $time } y en { $home }, su zona horaria de casa, las { $home_time }. ¿Se ha mudado a { $place } o está de viaje?
settings-ask-moved-home = En { $place } son ahora las { $time }; en su zona horaria de casa, { $home }, son las { $home_time }. ¿Se ha mudado a { $place } o está de viaje?
settings-button-moved = Me mudé: hora de { $place }
settings-button-keep = De viaje: hora de { $home }
settings-button-local = De viaje: hora de { $place }
settings-ask-mode = Mientras esté en { $place }, ¿los recordatorios siguen la hora de { $home } o la de { $place }? Hoy, las { $home_time } de { $home } son las { $away_time } en { $place }.
settings-button-keep-only = Hora de { $home }
settings-button-local-only = Hora de { $place }
settings-ask-zone-choice = ¿Qué zona horaria quiere decir? Elija una o envíe otro lugar.
settings-location-unknown = No he podido saber la zona horaria de ese lugar. Elija su diferencia con UTC (ahora son las { $utc } UTC) o envíe una ciudad.

## Respuestas que no puede usar
settings-follow-up-invalid = Indique un tiempo entre 15 minutos y 12 horas, por ejemplo <i>2 horas</i> o <i>90 minutos</i>.
settings-notice-invalid = Envíe un número entero de días del 1 al 28, por ejemplo <i>10</i>.
settings-return-not-after-today = El día de regreso debe ser posterior a hoy ({ $today } en { $place }). Envíe un día más tarde, por ejemplo <i>{ $example }</i>.
settings-return-too-far = Un viaje puede durar como mucho { $days }; si es más largo, cambie su zona horaria. Envíe un día anterior, por ejemplo <i>{ $example }</i>.
settings-trip-home-zone = { $place } es su zona horaria de casa, así que no hace falta un viaje. Envíe adónde va, por ejemplo <i>Nueva York</i>.
settings-same-zone = { $place } ya es su zona horaria: no hay nada que cambiar.
settings-location-same = Ya está usando la hora de { $place }: no hay nada que cambiar.
settings-not-travelling = No está de viaje: los recordatorios siguen la hora de { $home }.
settings-stale-button = Ese botón está desactualizado: envíe /settings para ver sus ajustes actuales.

## Confirmaciones
settings-confirm-time = ¿Cambiar la hora de sus recordatorios de las { $before } a las { $after }?
settings-confirm-zone = ¿Cambiar su zona horaria de { $before } a { $after }? Los recordatorios llegarán a las { $time }, hora de { $after }.
settings-confirm-trip-keep = En { $place } hasta el { $day }, ¿mantener los recordatorios a las { $time }, hora de { $home } ({ $away_time } en { $place })?
settings-confirm-trip-local = En { $place } hasta el { $day }, ¿pasar los recordatorios a las { $time }, hora de { $place }?
settings-confirm-trip-end = ¿Terminar su viaje a { $place }? Los recordatorios volverán a seguir la hora de { $home }.
settings-confirm-follow-up = ¿Cambiar la nueva pregunta tras un recordatorio sin respuesta de { $before } a { $after }?
settings-confirm-notice = ¿Cambiar el recordatorio para pedir cita en el centro de { $before } a { $after } antes de cada inyección?
settings-button-yes = Sí, cambiarlo
settings-button-no = No, dejarlo así
settings-kept = No ha cambiado nada.

## Lo que hizo un cambio
settings-done-moved = Hecho: su próxima inyección pasa de { $before } a { $after }.
settings-done-stays = Hecho: su próxima inyección sigue siendo { $when }.
settings-done-nothing-planned = Hecho: todavía no hay ninguna inyección prevista, así que no se mueve ningún recordatorio.
settings-done-notice = Hecho: le recordaré pedir cita en el centro <b>{ $days }</b> antes de cada inyección.
settings-welcome-back = 🏠 Bienvenido de vuelta: los recordatorios vuelven a seguir la hora de { $home }; su próxima inyección: { $when }.
settings-welcome-back-none = 🏠 Bienvenido de vuelta: los recordatorios vuelven a seguir la hora de { $home }.

## Idioma (/language y la tarjeta de ajustes)
command-language = El idioma en que escribo y leo
language-ask = Le escribo en <b>{ $language }</b>. ¿Qué idioma debo usar?
language-set = Hecho: le escribiré en { $language }. Los recordatorios y los informes también estarán en { $language }.
settings-button-language = Idioma
languages-spoken = {"\u000A"}{"\u000A"}Entiendo { $languages }. Envíe /language para cambiar el idioma en que le escribo.
