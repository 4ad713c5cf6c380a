### b12bot, español (cuidadores).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

command-caregiver = Cuidadores: invitar a alguien o terminar un vínculo
caregiver-none-yet =
    <b>Cuidadores</b>
    Un cuidador es alguien de su confianza a quien aviso cuando una inyección queda sin confirmar. Nunca ve sus síntomas, sus valores de laboratorio, los textos de alerta ni nada de lo que usted me escribe. Todavía no tiene ningún cuidador.
caregiver-links =
    <b>Sus cuidadores</b>
    { $lines }
caregiver-link-line = { $number }. Usted aparece como <b>{ $name }</b>: { $status }
caregiver-status-invited = invitación sin usar, válida hasta { $until }
caregiver-status-accepted = { $caregiver } aceptó y espera su confirmación
caregiver-status-active = vinculado con { $caregiver }, avisado { $delay } después de mi recordatorio de seguimiento
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

    <b>Recibirá</b>: un mensaje cuando una inyección de { $name } siga sin confirmar después de su recordatorio y su seguimiento, y cuando se marque como perdida.
    <b>Nunca recibirá</b>: sus síntomas, valores de laboratorio, textos de alerta ni nada de lo que me escribe.

    { $name } lo confirma una vez más después de que usted acepte. Cualquiera de los dos puede terminar el vínculo en cualquier momento con /caregiver.
caregiver-button-accept = Aceptar
caregiver-button-decline = Rechazar
caregiver-already-linked = Ya es cuidador de { $name }.
caregiver-accepted = Gracias. He pedido a { $name } que confirme el vínculo; le avisaré cuando esté activo.
caregiver-declined = Rechazó la invitación de { $name }. No se comparte nada con usted.
caregiver-declined-tell-patient = { $caregiver } rechazó su invitación de cuidador. No se comparte nada.
caregiver-confirm-ask = { $caregiver } aceptó su invitación de cuidador. ¿Vincular?
caregiver-button-confirm = Confirmar
caregiver-button-cancel = Cancelar
caregiver-linked = Está vinculado con { $caregiver }. Puede terminar el vínculo en cualquier momento con /caregiver.
caregiver-linked-tell-caregiver = Ahora es cuidador de { $name }. Puede terminar el vínculo en cualquier momento con /caregiver.
caregiver-cancelled = No se creó el vínculo. No se comparte nada.
caregiver-cancelled-tell-caregiver = { $name } no confirmó el vínculo. No se comparte nada con usted.
caregiver-invite-withdrawn = La invitación está retirada: su código ya no funciona.
caregiver-ended = El vínculo con { $caregiver } ha terminado. No recibirá nada más de mí.
caregiver-ended-tell-caregiver = { $name } terminó el vínculo de cuidador. No recibirá nada más sobre { $name }.
caregiver-left = Ya no es cuidador de { $name }. No recibirá nada más sobre { $name }.
caregiver-left-tell-patient = { $caregiver } terminó el vínculo de cuidador (usted aparecía como { $name }). Ya no recibe nada de mí.
caregiver-stale-button = Ese botón está desactualizado: envíe /caregiver para ver sus vínculos ahora.

caregiver-button-delay = Espera del aviso { $number }
caregiver-delay-ask = ¿Cuánto tiempo después de mi recordatorio de seguimiento debe saber { $caregiver } que una inyección sigue sin confirmar? Ahora: { $delay }.
caregiver-delay-set = Ahora { $caregiver } recibe el aviso { $delay } después de mi recordatorio de seguimiento cuando una inyección sigue sin confirmar.
caregiver-alert-unconfirmed = La inyección de <b>{ $name }</b> prevista para { $when } sigue sin confirmar, incluso después de mi recordatorio de seguimiento.
caregiver-alert-missed = La inyección de <b>{ $name }</b> prevista para { $when } queda marcada como omitida: nadie la confirmó.
caregiver-blocked-tell-patient = { $caregiver } (que le veía como { $name }) me bloqueó, así que ese vínculo de cuidador ha terminado; sus propios recordatorios siguen como siempre.
