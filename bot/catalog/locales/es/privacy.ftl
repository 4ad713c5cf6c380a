### b12bot, español (privacidad).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

export-caption = Todos sus datos tal como los guardo (JSON). Guárdelos en un lugar seguro.
export-nothing = Todavía no guardo nada sobre usted.
delete-confirm =
    Esto borra <b>todo</b> lo que guardo sobre usted: su plan, cada inyección que anotó, resultados de análisis, registros de síntomas y recordatorios. No se puede deshacer.

    Envíe primero /export si quiere una copia. ¿Lo borro todo?
delete-button-yes = Sí, borrarlo todo
delete-button-no = No, conservar mis datos
delete-done = Todo está borrado. Si quiere empezar de nuevo, envíe /start.
delete-kept = No se ha borrado nada.
command-export = Todos mis datos en un archivo
command-delete = Borrar todo lo que guarda sobre mí
