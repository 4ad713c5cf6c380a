### b12bot, español (cuidadores).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-caregiver = Cuidadores: invitar a alguien o terminar un vínculo
caregiver-none-yet =
    <b>Cuidadores</b>
    Un cuidador es alguien de su confianza. Le aviso cuando una inyección queda sin confirmar después de mi recordatorio de seguimiento y cuando se marca como omitida. Para cada cuidador usted elige si además recibe sus recordatorios (para ponerle la inyección y registrarla), un resumen semanal y sus alertas de señales de alarma (solo el nivel y el texto de seguridad fijo, nunca sus palabras). Nunca ve sus síntomas, sus valores de laboratorio ni nada de lo que usted me escribe. Todavía no tiene ningún cuidador.
caregiver-links =
    <b>Sus cuidadores</b>
    { $lines }
caregiver-link-line = { $number }. Usted aparece como <b>{ $name }</b>: { $status }
caregiver-status-invited = invitación sin usar, válida hasta { $until }
caregiver-status-accepted = { $caregiver } aceptó y espera su confirmación
caregiver-status-active = vinculado con { $caregiver }, que recibe { $shared }
caregiver-status-active-nothing = vinculado con { $caregiver }, que por ahora no recibe nada
caregiver-cared-for =
    <b>Personas a las que cuida</b>
    { $lines }
caregiver-cared-for-line = { $number }. <b>{ $name }</b>: { $status }
caregiver-caring-accepted = esperando su confirmación
caregiver-caring-active = vinculado
caregiver-nobody = Todavía no es cuidador de nadie. Si alguien le invitó, abra su enlace o envíe /caregiver seguido del código. Para invitar usted a un cuidador, configure primero su plan con /start.
caregiver-someone = su cuidador
caregiver-button-invite = Invitar a alguien
caregiver-button-end = Terminar vínculo { $number }
caregiver-button-leave = Terminar vínculo { $number }
caregiver-button-choices = Opciones del vínculo { $number }
caregiver-not-a-patient = Solo un paciente con un plan aquí puede invitar a un cuidador. Configure el suyo con /start.
caregiver-limit = Ya tiene { $most } cuidadores o invitaciones. Termine uno con /caregiver antes de invitar a otra persona.
caregiver-ask-name = ¿Cómo quiere que le vean? Envíe el nombre por el que le conocen, por ejemplo <i>Ana</i> o <i>Mamá</i>. Envíe /cancel para dejarlo.
caregiver-name-invalid = Eso no sirve como nombre. Envíe hasta 40 caracteres con al menos una letra, por ejemplo <i>Ana</i> o <i>Mamá</i>.
caregiver-invite-cancelled = No se creó ninguna invitación.
caregiver-invitation =
    Esta es la invitación para la persona que le cuida. Envíele este enlace:
    { $link }

    O puede enviarme <code>/caregiver { $code }</code>.

    Sirve una sola vez, hasta { $until }. Le verá como <b>{ $name }</b>, y le pediré a usted que lo confirme cuando acepte.
caregiver-code-unknown = Ese código no abre ninguna invitación. Compruébelo con la persona que se lo envió.
caregiver-code-expired = Esa invitación ha caducado: las invitaciones duran 24 horas. Pida una nueva.
caregiver-code-used = Esa invitación ya se usó o fue retirada. Pida una nueva.
caregiver-code-own = Esta es su propia invitación: envíe el enlace a la persona que le cuida.
caregiver-code-too-many = Demasiados códigos que no funcionaron. Espere 10 minutos y vuelva a intentarlo.
caregiver-offer =
    <b>{ $name }</b> le invita a ser su cuidador.

    <b>Recibirá</b>:
    { $receives }
    <b>Nunca recibirá</b>: sus síntomas, valores de laboratorio ni nada de lo que me escribe.

    { $name } puede cambiar en cualquier momento lo que usted recibe, y yo se lo diré cada vez. { $name } lo confirma una vez más después de que usted acepte. Cualquiera de los dos puede terminar el vínculo en cualquier momento con /caregiver.
caregiver-button-accept = Aceptar
caregiver-button-decline = Rechazar
caregiver-already-linked = Ya es cuidador de { $name }.
caregiver-accepted = Gracias. He pedido a { $name } que confirme el vínculo; le avisaré cuando esté activo.
caregiver-declined = Rechazó la invitación de { $name }. No se comparte nada con usted.
caregiver-declined-tell-patient = { $caregiver } rechazó su invitación de cuidador. No se comparte nada.
caregiver-confirm-ask =
    { $caregiver } aceptó su invitación de cuidador. Una vez vinculado, { $caregiver } recibe:
    { $receives }
    Puede cambiarlo en cualquier momento con /caregiver, y { $caregiver } será avisado cada vez. ¿Vincular?
caregiver-button-confirm = Confirmar
caregiver-button-cancel = Cancelar
caregiver-linked = Está vinculado con { $caregiver }. Puede cambiar lo que recibe, o terminar el vínculo, en cualquier momento con /caregiver.
caregiver-linked-tell-caregiver = Ahora es cuidador de { $name }. Puede terminar el vínculo en cualquier momento con /caregiver.
caregiver-cancelled = No se creó el vínculo. No se comparte nada.
caregiver-cancelled-tell-caregiver = { $name } no confirmó el vínculo. No se comparte nada con usted.
caregiver-invite-withdrawn = La invitación está retirada: su código ya no funciona.
caregiver-ended = El vínculo con { $caregiver } ha terminado. No recibirá nada más de mí.
caregiver-ended-tell-caregiver = { $name } terminó el vínculo de cuidador. No recibirá nada más sobre { $name }.
caregiver-left = Ya no es cuidador de { $name }. No recibirá nada más sobre { $name }.
caregiver-left-tell-patient = { $caregiver } terminó el vínculo de cuidador (usted aparecía como { $name }). Ya no recibe nada de mí.
caregiver-stale-button = Ese botón está desactualizado: envíe /caregiver para ver sus vínculos ahora.

caregiver-delay-ask = ¿Cuánto tiempo después de mi recordatorio de seguimiento debe saber { $caregiver } que una inyección sigue sin confirmar? Ahora: { $delay }.
caregiver-alert-unconfirmed = La inyección de <b>{ $name }</b> prevista para { $when } sigue sin confirmar, incluso después de mi recordatorio de seguimiento.
caregiver-alert-unconfirmed-after-late = La inyección de <b>{ $name }</b> prevista para { $when } se aplazó hasta { $again } y todavía no está confirmada.
caregiver-alert-missed = La inyección de <b>{ $name }</b> prevista para { $when } queda marcada como omitida: nadie la confirmó.
caregiver-blocked-tell-patient = { $caregiver } (que le veía como { $name }) me bloqueó, así que ese vínculo de cuidador ha terminado; sus propios recordatorios siguen como siempre.

## Lo que envía un vínculo, elegido por el paciente para cada vínculo ("Opciones del vínculo N").
caregiver-choices =
    <b>Lo que recibe { $caregiver }</b> (le ve como <b>{ $name }</b>):
    { $lines }

    Nunca sus síntomas, valores de laboratorio ni nada de lo que me escribe. Pulse un botón para activar o desactivar cada punto; { $caregiver } será avisado cada vez.
caregiver-choice-on = ✅ { $item }
caregiver-choice-off = ⬜ { $item } (desactivado)
caregiver-toggle-on = ✅ { $item }: sí
caregiver-toggle-off = ⬜ { $item }: no
caregiver-item-alerts = Avisos
caregiver-item-reminders = Recordatorios
caregiver-item-weekly = Resumen semanal
caregiver-item-red-flags = Alertas de alarma
caregiver-button-delay = ⏱ Espera del aviso: { $delay }
caregiver-button-back = ‹ Volver
# Lado del paciente: lo que recibe el cuidador.
caregiver-shares-alerts = Avisos: una inyección que sigue sin confirmar { $delay } después de mi recordatorio de seguimiento, y una marcada como omitida
caregiver-shares-reminders = Recordatorios: sus recordatorios de inyección, con Hecho / Más tarde / Saltar, para que { $caregiver } registre una inyección que le ponga
caregiver-shares-weekly = Resumen semanal: cuántas inyecciones se pusieron, tarde, se omitieron o se perdieron, y la próxima
caregiver-shares-red-flags = Alertas de alarma: solo el nivel y el texto de seguridad fijo que le envío, nunca sus palabras
# En la línea de un vínculo del resumen.
caregiver-brief-alerts = avisos { $delay } después de mi recordatorio de seguimiento
caregiver-brief-reminders = sus recordatorios
caregiver-brief-weekly = un resumen semanal
caregiver-brief-red-flags = sus alertas de alarma
# Lado del cuidador: lo que recibe.
caregiver-receives-alerts = un mensaje cuando una inyección de { $name } siga sin confirmar { $delay } después de su recordatorio de seguimiento, y cuando se marque como omitida
caregiver-receives-reminders = los recordatorios de inyección de { $name }, con Hecho / Más tarde / Saltar para registrar una inyección que usted le ponga
caregiver-receives-weekly = un resumen semanal: cuántas inyecciones se pusieron, tarde, se omitieron o se perdieron, y la próxima
caregiver-receives-red-flags = las alertas de alarma de { $name }: solo el nivel y el texto de seguridad fijo que le envío, nunca sus palabras
caregiver-receives-nothing = • nada por ahora
caregiver-bullet = • { $item }
caregiver-sharing-changed =
    <b>{ $name }</b> cambió lo que usted recibe de mí. A partir de ahora:
    { $receives }
    Nunca sus síntomas, valores de laboratorio ni nada de lo que me escribe.

## /delete cuando el chat tiene vínculos de cuidador, de un lado o del otro.
caregiver-delete-confirm =
    Esto borra <b>todo</b> lo que guardo sobre usted: su plan, cada inyección registrada, los resultados de laboratorio, los registros de síntomas y los recordatorios. No se puede deshacer.
    { $ends }

    Envíe /export antes si quiere una copia. ¿Borrar todo?
caregiver-delete-confirm-caregiver =
    Esto borra <b>todo</b> lo que guardo sobre usted. No se puede deshacer.
    { $ends }

    Envíe /export antes si quiere una copia. ¿Borrar todo?
caregiver-delete-ends-own = También terminan sus vínculos de cuidador, y las invitaciones sin usar dejan de funcionar: cada cuidador recibe un aviso y nada más.
caregiver-delete-ends-caring = Deja de ser cuidador de { $names }: recibirán un aviso, y sus propios registros siguen siendo suyos.
