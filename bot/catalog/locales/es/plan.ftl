### b12bot, español (plan).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto. Un profesional clínico revisa los textos de seguridad antes de cualquier cambio.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

no-phases = Un plan necesita al menos una fase.
dose-not-positive = La dosis debe ser un número mayor que cero, por ejemplo 1000 o 0,5.
interval-days-too-short = El intervalo entre inyecciones debe ser de al menos 1 día.
interval-months-too-short = El intervalo entre inyecciones debe ser de al menos 1 mes.
number-too-large = Ese número es demasiado grande para un plan de tratamiento. Compruébelo, por favor.
no-weekdays = Elija al menos un día de la semana.
weekday-out-of-range = Los días de la semana van de lunes a domingo.
dose-count-negative = El número de inyecciones no puede ser menor que cero.
duration-negative = El número de días no puede ser menor que cero.
loading-needs-a-dose = Una fase de carga necesita al menos una inyección.
phase-needs-a-dose = Cada fase necesita al menos una inyección.
open-ended-not-last = La fase { $position } no tiene final, así que ninguna fase puede ir después. Póngale un final o márquela como que dura hasta que no haya más mejoría.
maintenance-not-last = La fase { $position } es de mantenimiento, así que debe ser la última.
phase-out-of-order = La fase { $position } ({ $kind }) no puede ir después de una fase «{ $previous }». El orden es: carga, luego transición y luego mantenimiento.
preset-needs-months = ¿Su inyección de mantenimiento es cada 2 meses o cada 3 meses? Compruebe su receta y elija una opción.
preset-needs-dose = Escriba su dosis exactamente como aparece en su receta.
preset-common-monthly-name = Plan mensual habitual
preset-common-monthly-source = Una pauta estadounidense citada a menudo (Langan y Goodbred, American Family Physician 2017, según fuentes secundarias).
preset-uk-hydroxocobalamin-name = Hidroxocobalamina (Reino Unido)
preset-uk-hydroxocobalamin-source = British National Formulary (BNF).
preset-uk-hydroxocobalamin-neuro-name = Hidroxocobalamina (Reino Unido), síntomas neurológicos
preset-uk-hydroxocobalamin-neuro-source = British National Formulary (BNF) y NICE Clinical Knowledge Summaries.
preset-maintenance-only-name = Solo mantenimiento
preset-maintenance-only-source = Mantenimiento mensual, como en la ficha técnica de la FDA de EE. UU. para la cianocobalamina inyectable (100 mcg al mes) y en la práctica habitual (1000 mcg al mes). Aquí: cada 4 semanas, contando desde su última inyección, con la dosis de su receta. En el Reino Unido, el mantenimiento con hidroxocobalamina es de 1 mg cada 2 o 3 meses (BNF, NICE Clinical Knowledge Summaries): si es su caso, elija Cambiar un número.
preset-custom-name = Plan personalizado
preset-custom-source = Quien le recetó el tratamiento: usted introduce cada fase tal como aparece en su receta.
