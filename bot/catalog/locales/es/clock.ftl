### b12bot, español (el reloj del paciente: zonas, hora de los recordatorios, viajes; lo usan varias funciones).
### Los textos son HTML de Telegram: mantenga las etiquetas y nunca ponga aquí sin escapar nada
### de lo que escribió el paciente. {"\u000A"} es un salto de línea y {" "} un espacio que Fluent
### recortaría al principio o al final de un texto.
### Machine-drafted translation: must be reviewed by a native-speaking clinician before it is used with patients. Reviewed by: nobody yet.

clock-moment-in-zone = { $when }, hora de { $city }
clock-also-there = {" "}({ $time } en { $city })
clock-reminders-at = {"\u000A"}⏰ Recordatorios a las { $time }, hora de { $city }.
clock-trip-keeps-home = {"\u000A"}✈️ En { $city } hasta el { $day }: los recordatorios siguen la hora de { $home }.
clock-trip-follows-local = {"\u000A"}✈️ En { $city } hasta el { $day }; después, otra vez la hora de { $home }.
