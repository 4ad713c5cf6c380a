### b12bot, español (/calendar: el plan como archivo .ics y un enlace al que una app de calendario se puede suscribir).
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

## /calendar: el plan como archivo .ics y un enlace al que una app de calendario se puede suscribir.

command-calendar = Su plan en el calendario del móvil
calendar-no-plan = Todavía no tiene un plan, así que no hay nada que poner en un calendario. Envíe /start para crearlo.
calendar-failed = Lo siento, ahora mismo no he podido crear su calendario. Su plan está a salvo: vuelva a probar /calendar dentro de unos minutos.
calendar-caption = 📅 Su calendario de B12: todas las inyecciones del próximo año, sus análisis y las dos fechas clave de su plan. Abra el archivo para añadirlo a su app de calendario; si más adelante abre uno más nuevo, actualiza los mismos eventos en vez de duplicarlos.
calendar-caption-file-only = 📅 Su calendario de B12: todas las inyecciones del próximo año, sus análisis y las dos fechas clave de su plan. Abra el archivo para añadirlo a su app de calendario. Este archivo es todo lo que hay: no cambia solo, así que cuando cambie su plan, envíe /calendar otra vez y abra el archivo nuevo (actualiza los mismos eventos en vez de duplicarlos).

## El enlace de suscripción. Solo se guarda una huella del enlace, así que se muestra una sola vez.

calendar-feed-offer = 🔗 Su app de calendario también puede seguir su plan por sí sola: suscríbase a un enlace privado y cada cambio aparecerá sin un archivo nuevo. ¿Quiere un enlace?
calendar-feed-on = 🔗 Su enlace de calendario está activo (creado el { $day }). Solo guardo una huella, así que no puedo volver a mostrarlo: busque más arriba el mensaje en que se lo envié. <b>Enlace nuevo</b> crea otro y desactiva el anterior.
calendar-feed-link =
    🔗 Su enlace privado de calendario. Suscríbase una vez y su calendario seguirá solo cada cambio de su plan.

    iPhone, iPad, Mac u Outlook (toque para copiar y luego añada un calendario suscrito):
    <code>{ $webcal }</code>

    Google Calendar (Otros calendarios → Desde URL):
    <code>{ $https }</code>

    Cualquiera que tenga este enlace puede ver su plan, así que no lo comparta. Si se difunde, pulse <b>Enlace nuevo</b>: el anterior deja de funcionar en el acto.
calendar-feed-stopped = 🔗 El enlace está desactivado: los calendarios suscritos ya no recibirán nada de mí. Los eventos que ya tienen se quedan hasta que usted elimine el calendario.
calendar-feed-unavailable = Este bot no ofrece enlaces de calendario: envíe /calendar para recibir el archivo.
calendar-stale-button = Ese botón está desactualizado: envíe /calendar para ver su enlace.
button-calendar-make-link = 🔗 Crear enlace
button-calendar-new-link = 🔄 Enlace nuevo
button-calendar-stop-link = ⛔ Desactivar enlace

## Los eventos del calendario (en la app de calendario del paciente).

calendar-name = Inyecciones de B12
calendar-description = Su plan de vitamina B12 de b12bot. Las horas están en { $zone }.
calendar-dose = 💉 Inyección de B12, { $dose }
calendar-dose-clinic = 💉 Inyección de B12 en el centro de salud, { $dose } (pida cita)
calendar-dose-clinic-booked = 💉 Inyección de B12 en el centro de salud, { $dose }
calendar-dose-of-phase = { $kind }: inyección { $number }. Dígaselo a b12bot en el chat cuando se la haya puesto.
calendar-dose-of-phase-counted = { $kind }: inyección { $number } de { $count }. Dígaselo a b12bot en el chat cuando se la haya puesto.
calendar-phase-until = { $kind }: { $schedule } hasta el { $last }
calendar-phase-ongoing = { $kind }: { $schedule }, desde el { $first }
calendar-phase-until-switch = { $kind }: { $schedule }, hasta que su médico le cambie de fase
calendar-phase-until-switch-note = Esta fase no tiene fin fijo: dura hasta que su médico decida cambiarle de fase. Cuando lo haga, envíe /switch a b12bot y su calendario mostrará las fechas siguientes.
calendar-maintenance-starts = Empieza el mantenimiento: { $schedule }
calendar-maintenance-starts-note = La primera inyección de su pauta de mantenimiento a largo plazo.
calendar-maintenance-after-switch = El mantenimiento ({ $schedule }) empieza cuando su médico le cambie de fase
calendar-maintenance-after-switch-note = Su primera fecha aparece en el calendario cuando le diga a b12bot, con /switch, que su médico le cambió de fase.
calendar-lab = 🧪 Análisis: { $test }
calendar-lab-note = Compruebe si tiene que pedir cita o ir en ayunas, según le indicaron en su centro.
calendar-booking = 📅 Pida cita para su inyección de B12 en el centro de salud
calendar-booking-note = Su inyección toca el { $day }. Cuando tenga la cita, dígale a b12bot el día y la hora.
