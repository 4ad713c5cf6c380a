"""The Spanish red-flag vocabulary: what raises an alarm in Spanish, for a clinician to review.

The same signs and levels as english_red_flags.py (whose docstring explains the rules); the
fixed safety texts are red-flag-* in bot/catalog/locales/es/. The text is normalised first:
lower case, apostrophes dropped, one space between words; accents stay, so words are written
with and without them ("respiración", "respiracion"). Spanish negates with "no" before the
verb, so phrases whose "no" is the sign itself ("no puedo respirar", "no siento los pies")
are rewritten first (REWRITES) into words that are no negation.
"""

from bot.domain.red_flags import Level, RedFlagVocabulary, Sign

# --- Concepts: body parts -------------------------------------------------------------------
# Swelling here means an allergic reaction; never the arm or thigh, where the injection goes.
UPPER_BODY = (
    r"\b(?:cara|garganta|labios?|lengua|boca|ojos?|párpados?|parpados?|cuello|mejillas?"
    r"|mandíbula|mandibula|nariz|orejas?)\b"
)
THROAT = r"\b(?:garganta|tráquea|traquea|vías respiratorias|vias respiratorias)\b"
ORAL = r"\b(?:labios?|lengua|boca|garganta|encías|encias|paladar)\b"
ANY_BODY = (
    r"(?:pies?|piernas?|manos?|brazos?|dedos?|yemas|cara|cuerpo|piel|labios?|rodillas?"
    r"|muslos?|plantas?|talones?|gemelos?|pantorrillas?|tobillos?|muñecas?|munecas?|palmas?)"
)
# Swelling here means fluid (call the clinician).
LOWER_BODY = r"\b(?:piernas?|tobillos?|pies|pie|gemelos?|pantorrillas?|espinillas?)\b"

# --- Concepts: changes ----------------------------------------------------------------------
SWELL = (
    r"\b(?:hinchad[oa]s?|hinchad[íi]sim[oa]s?|hinchazón|hinchazon"
    r"|se (?:me |le )?(?:ha |han |está |esta |están |estan )?(?:hinch|inflam)(?:ado|an|aron|ando"
    r"|ó|o|a|e|en|aba|aban)?|hinchando|inflamad[oa]s?|inflamación|inflamacion|abultad[oa]s?"
    r"|infladas?|inflados?)\b"
)
BIGGER = (
    r"\b(?:gord[oa]s|grandes|enormes|el doble|más grandes?|mas grandes?|como (?:un )?globos?)\b"
)
TIGHT = (
    r"\b(?:cerrada|cerrando|se (?:me )?cierra|apretada|apretando|oprimida|opresión|opresion"
    r"|estrecha|estrechándose|estrechandose|nudo)\b"
)
ODD_FEELING = r"\b(?:rar[oa]|extrañ[oa]|extran[oa]|picor|picazón|picazon|áspera|aspera)\b"
TINGLE_OR_ITCH = (
    r"\b(?:hormigue\w*|picor|pica|pican|picazón|picazon|dormid[oa]s?|entumecid[oa]s?|ardor)\b"
)
NUMB = (
    r"\b(?:entumecid[oa]s?|entumecimiento|adormecid[oa]s?|adormecimiento|hormigueo|hormigueos"
    r"|hormiguean|hormiguea|dormid[oa]s? (?:los|las|el|la) (?:pies|manos|piernas|dedos)"
    r"|(?:pies|manos|piernas|dedos) dormid[oa]s|acorchad[oa]s?|pinchazos en"
    r" (?:los|las) (?:pies|manos)|calambrazos|cosquilleos?)\b"
    r"|\bse (?:me |le )?(?:está |esta |están |estan |ha |han )?(?:duerme|duermen|duerma|duerman"
    r"|durmió|durmio|durmieron|durmiendo|dormido|adormec\w*|entumec\w*) (?:\w+ ){0,2}?"
    rf"{ANY_BODY}\b"
    rf"|\b(?:hormigas|hormiguitas) (?:en|por) (?:\w+ )?{ANY_BODY}\b"
)
NERVES = r"\b(?:nervios?|síntomas neurológicos|sintomas neurologicos|neurológic\w*|neurologic\w*)\b"
SPREAD = (
    r"\b(?:se (?:me )?(?:está |esta |ha )?(?:extend\w*|exten\w*|subiendo|sube|subió|pasa\w*)"
    r"|extendiéndose|extendiendose|extiende|extendido|sube|subiendo|subió|subio|avanza\w*"
    r"|llega (?:ya )?(?:a|hasta)|ahora también|ahora tambien|ambos (?:pies|brazos)"
    r"|las dos (?:manos|piernas)|los dos (?:pies|brazos)|hasta (?:la|el) (?:rodilla|codo|muslo)"
    r"|todo el (?:pie|brazo|cuerpo|lado)|toda la (?:pierna|mano))\b"
)
WORSE = r"\b(?:peor|peores|empeora\w*|empeoró|empeoro|va a peor|vas a peor|de mal en peor)\b"
NEW_OR_SUDDEN = (
    r"\b(?:nuev[oa]s?|de repente|repentin[oa]|de golpe|de la nada|sin más|esta mañana me"
    r" desperté con|me desperté con|nunca había tenido|nunca lo había tenido)\b"
)
ONSET_AFTER_SHOT = (
    r"\b(?:desde|después de|despues de|tras|al poco de|justo después de|justo despues de) "
    r"(?:\w+ ){0,3}?(?:inyección|inyeccion|inyecciones|pinchazo|dosis|b12|ponérmela|ponermela"
    r"|ponerme la|vacuna|inyectarme|pincharme|me pinché|me pinche|me la puse|me inyecté"
    r"|me inyecte|me pusieron)\b"
    r"|\b(?:minutos?|una hora|horas|segundos) (?:después|despues|más tarde|mas tarde)\b"
    r"|\bhace (?:\w+ )?(?:minutos?|una hora|media hora|un rato)\b"
)
SINCE_TREATMENT = (
    r"\bdesde que (?:empecé|empece|empezé|comencé|comence|inicié|inicie|empezamos)\b"
    r"|\bdesde (?:\w+ ){0,2}?(?:inyecciones|pinchazos|tratamiento|b12|la carga|las dosis)\b"
    r"|\b(?:con|tras) (?:las |el |los )?(?:inyecciones|tratamiento|pinchazos)\b"
    r"|\bque antes de (?:las inyecciones|empezar|el tratamiento)\b"
)
UNIMPROVED = r"\bsinmejoría\b"
DIFFICULTY = (
    r"\b(?:nopuedo|dificultad|dificultades|difícil|dificil|me cuesta|le cuesta|cuesta|costando"
    r"|problemas? para|apenas|casi nopuedo|imposible|a duras penas)\b"
)
ITCH = r"\b(?:pica|pican|picor|picores|picazón|picazon|comezón|comezon)\b"
ALL_OVER = r"\b(?:por todo el cuerpo|todo el cuerpo|por todas partes|por todos lados|entero)\b"
SKIN_MARKS = (
    r"\b(?:granos|granitos|bultos|manchas|ronchas|habones|ampollas|marcas|placas|piel roja)\b"
)
HEART = r"\b(?:corazón|corazon|latidos?|pulso|pulsaciones|ritmo cardíaco|ritmo cardiaco)\b"
ODD = r"\b(?:rar[oa]|raros|extrañ[oa]|loco|descontrolado|desbocado|irregular|mal)\b"
HEART_CHANGE = (
    r"\b(?:acelerad[oa]|a mil|a cien|muy rápido|muy rapido|rapidísimo|rapidisimo|desbocad[oa]"
    r"|se (?:me )?acelera(?:n|ba)?|irregular|se salta"
    r"|salta|se para|se detiene|golpes|golpea|palpita\w*|aleteo|aletea|late (?:muy )?(?:fuerte"
    r"|rápido|rapido|raro|a saltos)|va a saltos|como un tambor|se me sale del pecho)\b"
)
BREATHE = r"\b(?:respirar|respiro|respiración|respiracion|respirando|aire|aliento)\b"
SHORT_OF_BREATH = (
    r"\b(?:me falta (?:el )?(?:aire|aliento)|falta de (?:aire|aliento)|faltaaire|sinaliento"
    r"|jade\w*|me ahogo)\b"
)
BREATH_SOUND = r"\b(?:silb\w*|pitid\w*|pito|pitos|ruid\w*|estertor\w*|ronc\w*)\b"
BREATH_OR_CHEST = r"\b(?:respirar|respiro|respiración|respiracion|pecho|pulmones?)\b"
SWALLOW = r"\b(?:tragar|trago|deglutir)\b"
WALK = r"\b(?:caminar|andar|camino|ando|moverme|subir las escaleras|subir escaleras)\b"
STAND = r"\b(?:estar de pie|ponerme de pie|levantarme|mantenerme de pie|mantenerme en pie)\b"
BALANCE = r"\b(?:equilibrio)\b"
MOBILITY = (
    r"\b(?:caminar|andar|ponerme de pie|levantarme|moverme|escaleras|ir al baño|ir al bano)\b"
)
NEEDS_SUPPORT = (
    r"\b(?:tengo que|necesito|solo puedo) (?:\w+ ){0,3}?(?:agarrarme|apoyarme|sujetarme"
    r"|cogerme) (?:a|en|de) (?:alguien|algo|las paredes|la pared|los muebles|\w+)\b"
    r"|\b(?:necesito|uso|con) (?:un |una )?(?:bastón|baston|andador|muleta|muletas|silla de"
    r" ruedas)\b"
)
SELF = r"(?:^|, |\b(?:me|yo|y|luego|entonces|porque|cuando|casi|ya)\s)"
WEIGHT_UNIT = r"(?:kg|kgs|kilos?|kilogramos?|libras?)\b"
NUMBER = r"(?:\d+ ?|(?:un|una|dos|tres|cuatro|cinco|seis|medio|casi un|más de un|mas de un) )"
WEIGHT_GAIN = (
    rf"\b(?:he (?:ganado|subido|engordado|cogido)|gané|gane|subí|subi|engordé|engorde|cogí"
    rf"|cogi) (?:\w+ ){{0,2}}?{NUMBER}{WEIGHT_UNIT}"
    rf"|\b{NUMBER}{WEIGHT_UNIT} (?:\w+ )?(?:más|mas)\b"
    r"|\bpeso (?:\w+ ){0,2}?(?:ha subido|subió|subio|se ha disparado|aumentado)\b"
    r"|\bla báscula (?:\w+ ){0,2}?(?:marca más|ha subido|subió)"
)
RECENTLY = (
    r"\b(?:esta|en una|en) (?:\w+ )?(?:semana|semanas|días|dias|día)\b"
    r"|\ben (?:pocos|dos|tres|unos) días\b|\bdesde (?:el lunes|el martes|el miércoles"
    r"|el jueves|el viernes|el sábado|el domingo|ayer|la semana pasada|la inyección"
    r"|el pinchazo)\b|\b(?:de repente|rápido|rapido|de golpe|de un día para otro)\b"
)
BAD = r"\b(?:mal|fatal|perdiendo|pierdo|perdí|perdi|peor)\b"

VISION = r"\b(?:vista|visión|vision|campo visual)\b|\ben (?:un|el) ojo\b"
VISION_GAP = (
    r"\b(?:mancha|manchas|sombra|sombras|cortina|velo|punto ciego|puntos negros|agujero"
    r"|hueco|moscas volantes|destellos|luces|zigzag|túnel|tunel|negro|oscuro)\b"
)
TEXT_OR_LINES = r"\b(?:letras|palabras|texto|líneas|lineas|números|numeros|caras)\b"
SMUDGED = r"\b(?:borros\w*|se mueven|bailan|torcid\w*|ondulad\w*|se juntan|se mezclan)\b"
EYES = r"\bojos?\b"
UNFOCUSED = r"\bdesenfocad[oa]s?\b"
NERVE_PAIN = (
    r"\b(?:dolor (?:de )?nervio\w*|ardor|quemazón|quemazon|punzadas|calambrazos|descargas"
    r"|descargas eléctricas|corrientazos)\b"
)
FAST = r"\b(?:rápido|rapido|rápidamente|rapidamente|cada día|día a día|de un día para otro)\b"
NUMB_CAUSES = (
    r"\b(?:frío|frio|helad[oa]|hielo|dentista|anestesia|empaste|me senté encima|dormí encima"
    r"|dormi encima|postura|(?:al|de) estar sentad[oa]|al sentarme|piernas cruzadas"
    r"|cruzar las piernas|de rodillas|en cuclillas)\b"
)
VISION_CAUSES = r"\b(?:gotas|dilata\w*|oculista|óptica|optica|sin (?:las |mis )?gafas|lentillas)\b"
EXERTION_CAUSES = (
    r"\b(?:gimnasio|gym|ejercicio|entrenar|entrenamiento|correr|corrí|corri|carrera|maratón"
    r"|bici|bicicleta|yoga|pilates|bailar|nadar|natación|fútbol|futbol|pádel|padel|subir al"
    r" monte|caminata)\b"
)
EXCITEMENT_CAUSES = (
    rf"{EXERTION_CAUSES}|\b(?:partido|gol|penalti|película de miedo|pelicula de miedo|examen"
    r"|entrevista|café|cafe|bebida energética|cafeína|cafeina)\b"
)
SEVERE = r"\b(?:fatal|horrible|terrible|insoportable|espantos[oa]|muchísimo peor)\b"

# --- Signs ---------------------------------------------------------------------------------
SIGNS: tuple[Sign, ...] = (
    # --- Allergic reaction: emergency services now ---------------------------------------
    Sign(
        "allergic_reaction",
        Level.EMERGENCY,
        (
            r"\breacci[oó]n al[eé]rgica\b",
            r"\banafila\w*",
            r"\b(?:una |mucha )?alergia (?:a|con|por) (?:la |el |las )?(?:inyecci[oó]n|pinchazo"
            r"|b12|dosis|vitamina)\b",
            r"\bme (?:ha |han )?(?:salido|sali[oó]|dio|di[oó]|dado) (?:una |un poco de |mucha )?"
            r"alergia\b|\balergia en (?:la piel|el cuerpo|la cara)\b",
            r"\b(?:reacci[oó]n) (?:a|con|tras|después de|despues de) (?:la |el |esta )?"
            r"(?:inyecci[oó]n|pinchazo|b12|dosis)\b",
            r"\b(?:usar|usé|use|poner(?:me)?|me puse|pincharme con|necesito) (?:el |la |mi )?"
            r"(?:epipen|adrenalina)\b",
        ),
    ),
    Sign(
        "rash",
        Level.EMERGENCY,
        (
            r"\b(?:erupci[oó]n|erupciones|sarpullido|salpullido|eccema|exantema)\b",
            r"\bme (?:han |ha )?salido (?:\w+ )?(?:granos|granitos|manchas|ronchas|bultos)\b",
            r"\b(?:granos|manchas|ronchas|bultos) (?:rojos|rojas)\b",
            r"\bllen[oa] de (?:granos|granitos|manchas|ronchas|bultos)\b",
            r"\b(?:pica|picor|picores) (?:por )?todo el cuerpo\b",
        ),
        together=((SKIN_MARKS, ITCH), (ITCH, ALL_OVER), (SKIN_MARKS, ALL_OVER)),
        site_ok=True,
    ),
    Sign(
        "hives",
        Level.EMERGENCY,
        (r"\b(?:urticaria|ronchas|habones|roncha|hab[oó]n)\b",),
    ),
    Sign(
        "swelling_face_throat",
        Level.EMERGENCY,
        (
            r"\bnudo en la garganta\b",
            r"\bme ahogo\b",
            r"\bahog(?:o|ando|ándome|andome|arme)\b",
            r"\bse me cierra la garganta\b",
            r"\bhinchad[oa] (?:\w+ )?(?:entera|entero|por todas partes)\b",
        ),
        together=(
            (UPPER_BODY, SWELL),
            (r"\b(?:labios?|lengua|cara|boca|ojos?|párpados?|parpados?)\b", BIGGER),
            (THROAT, TIGHT),
            (DIFFICULTY, SWALLOW),
            (ORAL, ODD_FEELING, ONSET_AFTER_SHOT),
            (r"\bvoz\b", ODD_FEELING, ONSET_AFTER_SHOT),
        ),
    ),
    Sign(
        "swelling_face_throat",
        Level.EMERGENCY,
        together=((ORAL, TINGLE_OR_ITCH),),
        causes=NUMB_CAUSES,
    ),
    Sign(
        "trouble_breathing",
        Level.EMERGENCY,
        (
            r"\bnopuedo respirar\b",
            r"\bme cuesta (?:mucho )?respirar\b",
            r"\brespiro mal\b",
            r"\bme falta (?:el )?(?:aire|aliento) (?:\w+ )?(?:de repente|mucho|muchísimo)\b",
            r"\bfaltaaire\b",
            r"\bme asfixio\b|\basfixi\w*",
            r"\bsilbidos? (?:en|al) (?:el pecho|respirar)\b",
            r"\bpitos? en el pecho\b",
            r"\b(?:opresi[oó]n|presi[oó]n) en el pecho\b",
            r"\bpecho (?:\w+ )?(?:cerrado|apretado|oprimido)\b",
            r"\bboqueando\b",
        ),
        together=(
            (DIFFICULTY, BREATHE),
            (BREATHE, TIGHT),
            (BREATH_SOUND, BREATH_OR_CHEST),
            (SHORT_OF_BREATH, ONSET_AFTER_SHOT),
        ),
    ),
    Sign(
        "fainting",
        Level.EMERGENCY,
        (
            r"\b(?:me (?:he )?desmay\w*|desmayo|desmayé|desmaye|desmayarme|desmayada|desmayado"
            r"|perd[ií] el conocimiento|perdí la consciencia|perdi la consciencia"
            r"|perdido el conocimiento)\b",
            r"\bme (?:voy a desmayar|quedé inconsciente|quede inconsciente)\b",
            r"\bcasi me desmayo\b",
            r"\bme (?:he )?desplom\w*",
        ),
    ),
    # --- Nerves: same-day urgent care ------------------------------------------------------
    Sign(
        "numbness_new_or_spreading",
        Level.URGENT_CARE,
        (
            rf"\bnosiento (?:los |las |el |la |mis |mi )?(?:\w+ )?{ANY_BODY}\b",
            r"\b(?:he perdido|pierdo|perdiendo|pérdida de|perdida de) (?:la )?sensibilidad\b",
            r"\bse (?:me )?(?:han |ha )?(?:dormido|quedado dormid[oa]s?) (?:\w+ )?(?:de repente|del"
            r" todo)\b",
        ),
        together=(
            (NUMB, SPREAD),
            (NUMB, WORSE),
            (NUMB, NEW_OR_SUDDEN),
            (NUMB, ONSET_AFTER_SHOT),
            (NERVES, WORSE),
            (NERVE_PAIN, SPREAD),
            (NERVE_PAIN, WORSE),
        ),
        causes=NUMB_CAUSES,
    ),
    Sign(
        "numbness_new_or_spreading",
        Level.URGENT_CARE,
        (
            NUMB,
            r"\b(?:pies|manos|dedos|piernas) (?:\w+ ){0,2}?como (?:de )?(?:corcho|madera|algodón"
            r"|algodon)\b",
            r"\bcomo si (?:\w+ ){0,2}?(?:llevara|llevase) guantes\b",
            r"\bcomo si (?:\w+ ){0,2}?(?:caminara|caminase|andara|anduviera) sobre (?:algodón"
            r"|algodon|esponjas|cristales)\b",
        ),
        stable_ok=True,
        causes=NUMB_CAUSES,
    ),
    Sign(
        "trouble_walking",
        Level.URGENT_CARE,
        (
            r"\b(?:pierdo|perdí|perdi|perdiendo|he perdido) (?:el )?equilibrio\b",
            r"\b(?:las )?piernas (?:\w+ ){0,2}?(?:fallan|fallaron|flojean|flaquean|no me"
            r" sostienen|ceden|se doblan)\b",
            r"\bpiernasfallan\b",
            r"\b(?:las )?rodillas (?:\w+ )?(?:fallan|ceden|se doblan)\b",
            r"\bnopuedo (?:caminar|andar|estar de pie|ponerme de pie|levantarme|mantenerme"
            r" (?:de|en) pie)\b",
            r"\bme cuesta (?:mucho )?(?:caminar|andar|mantenerme de pie|ponerme de pie)\b",
            r"\bcamino (?:como )?(?:borrach[oa]|torcid[oa]|arrastrando)\b",
            r"\b(?:camino|ando|voy|me muevo) como (?:si (?:estuviera|estuviese|fuera|fuese) )?"
            r"(?:un |una )?(?:borrach[oa]|mareado de barco|mareada de barco)\b",
            r"\bnopuedo levantar(?:me)?(?= sol[oa]\b| de la (?:silla|cama)\b| del (?:sofá|sofa"
            r"|sillón|sillon|suelo|váter|vater|inodoro)\b| ,|$)",
            r"\barrastr(?:o|ando) (?:el |los |la |las )?(?:pie|pies|pierna|piernas)\b",
            r"\b(?:agarrándome|agarrandome|apoyándome|apoyandome|sujetándome|sujetandome) (?:a|en)"
            r" (?:las paredes|la pared|los muebles)\b",
            r"\bme choco con (?:las paredes|las puertas|los muebles|todo)\b",
        ),
        together=(
            (DIFFICULTY, WALK),
            (DIFFICULTY, STAND),
            (r"\bsinayuda\b", r"\b(?:caminar|andar|levantarme|estar de pie|moverme|subir)\b"),
        ),
    ),
    Sign(
        "trouble_walking",
        Level.URGENT_CARE,
        (
            r"\b(?:inestable|tambale\w*|me tambaleo|voy dando tumbos)\b",
            r"\bme voy (?:de lado|hacia un lado|para un lado|de un lado a otro)\b",
        ),
        together=((BALANCE, BAD), (NEEDS_SUPPORT, MOBILITY)),
        stable_ok=True,
    ),
    Sign(
        "falls",
        Level.URGENT_CARE,
        (
            rf"{SELF}(?:caí|cai|he caído|he caido|caigo|caído|caido)\b(?! en la cuenta| en que)",
            r"\bme (?:he )?(?:caído|caido|caí|cai|caigo|caigo mucho)\b(?! en la cuenta| en que)",
            r"\b(?:una|dos|tres|varias|otra) caídas?\b|\bvarias caidas\b|\botra caida\b",
            r"\b(?:tropiezo|tropezando|me tropiezo) (?:\w+ )?(?:mucho|todo el rato|a menudo"
            r"|con todo)\b",
            r"\bme he ido al suelo\b|\bacabé en el suelo\b|\bacabe en el suelo\b",
            r"\b(?:caerme|me caigo) (?:todo el rato|a menudo|mucho|cada dos por tres)\b",
        ),
    ),
    Sign(
        "vision_changes",
        Level.URGENT_CARE,
        (
            r"\b(?:visión|vision|vista) (?:\w+ ){0,2}?(?:borrosa|doble|nublada|turbia|rara|peor)\b",
            r"\b(?:veo|lo veo todo|todo se ve|se ve todo) (?:\w+ ){0,2}?(?:borroso|doble|nublado"
            r"|turbio|raro|mal|oscuro)\b",
            r"\bveo mal\b",
            r"\bse (?:me )?(?:nubla|nublan|nubló|nublo|empaña|empana|oscurece|oscureció|va|fue)"
            r" (?:la vista|la visión|la vision|los ojos)\b",
            r"\bveo doble\b",
            r"\bnopuedo ver (?:bien|nada|con claridad)\b",
            r"\b(?:pierdo|perdiendo|he perdido|perdí|perdi|pérdida de|perdida de) (?:la )?vista\b",
            r"\bme estoy quedando ciego\b|\bme estoy quedando ciega\b",
            r"\bciego de un ojo\b|\bciega de un ojo\b",
            r"\bborros[oa]\b",
            r"\bcomo (?:\w+ ){0,3}?(?:a través de|a traves de|detrás de|detras de) (?:una |la )?"
            r"(?:niebla|cristal empañado|velo|humo)\b",
        ),
        together=((VISION, VISION_GAP), (TEXT_OR_LINES, SMUDGED), (EYES, UNFOCUSED)),
        causes=VISION_CAUSES,
    ),
    Sign(
        "sudden_confusion",
        Level.URGENT_CARE,
        (
            r"\bdesorientad[oa]\b|\bdesorientación\b|\bdesorientacion\b",
            r"\bme (?:he )?perd(?:í|i|ido) (?:\w+ ){0,3}?(?:camino de casa|volviendo a casa"
            r"|en mi (?:calle|barrio|propia casa)|en el supermercado)\b",
            r"\bnopuedo pensar con claridad\b",
            r"\bhablosinsentido\b",
            r"\b(?:arrastro|trabo) las palabras\b|\bse me traba la lengua\b",
            r"\b(?:de repente|muy|totalmente) confus[oa]\b",
            r"\bconfusión repentina\b|\bconfusion repentina\b",
            r"\brepito (?:lo mismo|las cosas|las mismas preguntas)\b",
        ),
    ),
    Sign(
        "sudden_confusion",
        Level.URGENT_CARE,
        (r"\b(?:confus[oa]|confusión|confusion|aturdid[oa])\b",),
        plan_ok=True,
    ),
    # --- Call the clinician now ------------------------------------------------------------
    Sign(
        "breathlessness",
        Level.CALL_CLINICIAN,
        (
            r"\bfalta de (?:aire|aliento)\b",
            r"\bme falta (?:el )?(?:aire|aliento)\b",
            r"\bsinaliento\b",
            r"\bme ahogo (?:al|cuando|subiendo)\b",
            r"\b(?:fatiga|fatigad[oa]) (?:al|cuando) (?:subir|caminar|andar)\b",
            r"\bdisnea\b",
            r"\bme agito (?:\w+ )?(?:al (?:caminar|andar|subir|hablar|hacer)|subiendo|caminando"
            r"|andando|hablando|con (?:cualquier|el|nada de) esfuerzo)\b",
            r"\bjadeando\b|\bjadeo\b",
            r"\btengo que parar (?:\w+ ){0,3}?(?:para )?(?:respirar|coger aire|tomar aire)\b",
            r"\bnopuedo respirar (?:\w+ )?tumbad[oa]\b",
        ),
    ),
    Sign(
        "swollen_legs",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:los zapatos|las zapatillas) (?:\w+ )?(?:me aprietan|no me entran|pequeños)\b",
            r"\bzapatosaprietan\b",
            r"\blos calcetines (?:\w+ )?(?:me )?(?:dejan|marcan) (?:\w+ )?marcas?\b",
            r"\bedema\b",
            r"\bretención de líquidos\b|\bretencion de liquidos\b",
            r"\blíquido en (?:las piernas|los tobillos|los pies)\b",
            r"\bpiernas de elefante\b|\bpatas de elefante\b",
        ),
        together=((LOWER_BODY, SWELL), (LOWER_BODY, BIGGER)),
        site_ok=True,
    ),
    Sign(
        "rapid_weight_gain",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:aumento|subida) (?:\w+ )?(?:rápid[oa]|rapid[oa]|repentin[oa]|brusc[oa]) de"
            r" peso\b",
            r"\b(?:he engordado|engordé|engorde|he ganado peso|he cogido peso|subí de peso"
            r"|subi de peso) (?:\w+ ){0,3}?(?:muy rápido|muy rapido|de golpe|de repente"
            r"|en (?:una |pocos |unos |dos |tres |\d+ )?(?:semanas?|días|dias))\b",
        ),
        together=((WEIGHT_GAIN, RECENTLY),),
    ),
    Sign(
        "irregular_heartbeat",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:corazón|corazon) (?:\w+ ){0,2}?(?:acelerado|a mil|desbocado|irregular"
            r"|loco|raro|se salta|va a saltos|late (?:muy )?(?:fuerte|rápido|rapido|raro))\b",
            rf"{HEART} (?:[\w,]+ ){{0,4}}?{HEART_CHANGE}",
            r"\bpalpitaciones\b|\bpalpitación\b|\bpalpitacion\b",
            # "late" alone is the heart or the pulse ("me late que..." is a hunch, not these).
            r"\blate (?:muy |demasiado )?(?:fuerte|rápido|rapido|rapidísimo|rapidisimo|deprisa"
            r"|a saltos|a lo loco|descontrolado)\b",
            r"\btaquicardia\w*|\barritmia\w*|\bextrasístoles\b|\bextrasistoles\b",
            r"\bfibrilación\b|\bfibrilacion\b",
            r"\b(?:pulso|pulsaciones) (?:\w+ ){0,2}?(?:1[1-9]\d|[2-9]\d\d)\b",
            r"\b(?:1[1-9]\d|[2-9]\d\d) ?(?:lpm|ppm|pulsaciones)\b",
        ),
        together=((HEART, ODD),),
        causes=EXCITEMENT_CAUSES,
    ),
    Sign(
        "cramps",
        Level.CALL_CLINICIAN,
        (
            r"(?<!menstruales )\bcalambres?\b(?! de la regla| menstruales)",
            r"\brampas?\b",
            r"\bacalambr\w*",
            r"\btirones? (?:en|de) (?:los |las |el |la |mis? )?(?:piernas?|gemelos?|pantorrillas?"
            r"|músculos?|musculos?|pies|pie|muslos?)\b",
            r"\bespasmos?\b",
            r"\b(?:se me (?:sube|suben|agarrotan?|engarrotan?)|agarrotad[oa]s?) (?:\w+ )?"
            r"(?:los |las |el |la )?(?:gemelos?|músculos?|musculos?|piernas?|pies|manos)\b",
        ),
    ),
    Sign(
        "weakness",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:más|mas) débil\b|\b(?:más|mas) debil\b",
            r"\b(?:he perdido|pierdo|perdiendo) (?:\w+ )?fuerza\b",
            r"\bnopuedo (?:ni )?(?:levantar|coger|agarrar|sujetar|abrir) (?:\w+ )?"
            r"(?:el vaso|la taza|los botes|un bote|las bolsas|nada|cosas|la compra)\b",
            r"\b(?:piernas|brazos) (?:\w+ )?como (?:de )?(?:gelatina|flan|trapo|plomo)\b",
        ),
        causes=EXERTION_CAUSES,
    ),
    Sign(
        "weakness",
        Level.CALL_CLINICIAN,
        (
            r"\bdebilidad\b",
            r"\b(?:débil|debil|débiles|debiles)\b",
        ),
        stable_ok=True,
        causes=EXERTION_CAUSES,
    ),
    Sign(
        "worsening_not_improving",
        Level.CALL_CLINICIAN,
        (
            r"\bcada vez peor\b",
            r"\bde mal en peor\b",
            r"\b(?:estoy|me siento|me encuentro|voy) (?:mucho |bastante |aún |aun |todavía )?peor"
            r"(?: \w+)? (?:cada día|día a día|por días|rápido|rapido|que nunca)\b",
            r"\b(?:mucho|muchísimo|bastante) peor\b",
            r"\bpeor que nunca\b",
            r"\bva a peor\b|\bvoy a peor\b",
            r"\b(?:empeorando|empeoran|empeoró|empeoro|empeorado)\b",
            r"\blos síntomas (?:\w+ )?(?:peor|empeor\w*)\b",
            r"\b(?:inyecciones|pinchazos|tratamiento|b12) (?:\w+ ){0,2}?(?:me )?(?:ha |han )?"
            r"(?:empeorado|puesto peor)\b",
        ),
        together=((WORSE, SINCE_TREATMENT), (WORSE, UNIMPROVED), (SEVERE, SINCE_TREATMENT)),
        site_ok=True,
    ),
)

# --- Holding back --------------------------------------------------------------------------
NEGATORS = frozenset(
    {"no", "nunca", "sin", "ni", "ningún", "ningun", "ninguna", "ninguno", "nada", "tampoco"}
)
NEGATION_WINDOW = 3

# Rewritten in order, before anything else. Phrases whose "no" or "sin" is the sign itself,
# and doubt, which is not negation.
REWRITES: tuple[tuple[str, str], ...] = (
    (r"\b(?:no sé|no se|no estoy segur[oa]|ni idea|no lo tengo claro)"
     r" (?:si|qué|que|cómo|como)\b(?! (?:dónde|donde) estoy)", "dudo"),
    (r"\bno (?:sé|se|sabía|sabia|reconozco|reconocía) (?:dónde|donde) (?:estoy|estaba)\b",
     "desorientado"),
    (r"\bno (?:sé|se|sabía|sabia|recuerdo) (?:en )?qué día es\b", "desorientado"),
    (r"\bno (?:me |te |se )?(?:puedo|puede|pude|podía|podia|consigo|logro|soy capaz de"
     r"|atino a|acierto a)\b", "nopuedo"),
    (r"\bno (?:me )?entra (?:el )?aire\b", "faltaaire"),
    (r"\bno (?:veo|vi) bien\b", "veo mal"),
    (r"\bno respiro bien\b", "respiro mal"),
    (r"\bno me (?:aguantan|sostienen|responden|sujetan) las piernas\b", "piernasfallan"),
    (r"\blas piernas no me (?:aguantan|sostienen|responden|sujetan)\b", "piernasfallan"),
    (r"\b(?:los zapatos|las zapatillas) no me (?:entran|caben|valen)\b", "zapatosaprietan"),
    (r"\bsin (?:ayuda|agarrarme|apoyarme|bastón|baston|andador)\b", "sinayuda"),
    (r"\bsin (?:fuerza|fuerzas)\b", "pierdo fuerza"),
    (r"\b(?:digo|hablo|diciendo|hablando) (?:cosas )?sin sentido\b"
     r"|\blo que (?:digo|hablo) no tiene (?:ningún |ningun )?sentido\b", "hablosinsentido"),
    # "no longer only in the feet": spreading, not a negation or something over.
    (r"\b(?:ya no|no) (?:es |son |está |esta |están |estan |lo tengo )?(?:solo|sólo|solamente"
     r"|nada más|nada mas)\b", "ahora también"),
    (r"\bno (?:tengo|me queda|me quedan) fuerzas?\b", "pierdo fuerza"),
    (r"\b(?:no (?:tengo )?|sin )equilibrio\b", "pierdo el equilibrio"),
    (r"\bsin sensibilidad\b", "pierdo sensibilidad"),
    # Out of breath: "sin" here is the sign, not a negation.
    (r"\bsin (?:aire|aliento|resuello)\b", "sinaliento"),
    (r"\b(?:no|nada|sin) (?:mejor[oa]|mejoro|mejora|mejorado|mejoría|mejoria|ha mejorado|"
     r"estoy mejor|me siento mejor)(?: nada)?\b", "sinmejoría"),
    (r"\ben (?:vez|lugar) de (?:mejorar|ir a mejor)\b", "sinmejoría"),
    (r"\bno (?:siento|noto|sentía|sentia) (?:nada en )?", "nosiento "),
    (r"\b(?:no|ni) (?:ha |está |esta |estoy |va )?(?:empeorado|peor|a peor)\b", "sincambios"),
    (r"\bno (?:ha )?cambiado\b", "sincambios"),
    (r"\b(?:no se (?:ha )?extendido|no se extiende|no sube|no avanza)\b", "sincambios"),
    (r"\bno me acuerdo\b|\bno recuerdo\b", "olvido"),
)  # fmt: skip

# Removed before the signs are looked for: the same words in another sense.
FIGURES_OF_SPEECH: tuple[str, ...] = (
    r"\b(?:te deja|me dejó|me dejo|nos dejó|nos dejo|quitarte|quita) sinaliento\b",
    r"\bsinaliento (?:\w+ ){0,3}?(?:concierto|emoción|emocion|risa|vistas|paisaje|belleza"
    r"|sorpresa|noticia)\b",
    r"\b(?:concierto|emoción|emocion|risa|vistas|paisaje|belleza|sorpresa|noticia)"
    r" (?:\w+ ){0,3}?sinaliento\b",
    r"\b(?:corazón|corazon) (?:\w+ ){0,2}?(?:a mil|acelerado|se salta un latido) (?:de|por|con)"
    r" (?:la )?(?:emoción|emocion|alegría|alegria|nervios|ilusión|ilusion)\b",
    r"\bnopuedo (?:soportar|aguantar|ver|con) (?:a |el |la |los |las |mi |este |esta |eso )"
    r"(?!bien|nada|con claridad)\w+",
    r"\bme (?:caí|cai|caigo|he caído|he caido) (?:de sueño|dormid[oa]|en la cuenta|bien)\b",
    r"\b(?:caí|cai|caigo|he caído|he caido|me caí|me cai|caer|caímos|caimos) (?:\w+ ){0,2}?en"
    r" (?:la |el |una |un |su |mi )?(?:misma |mismo )?(?:trampa|error|tentación|tentacion"
    r"|engaño|engano|broma|timo|lo mismo)\b",
    r"\bcaer en la cuenta\b|\bme cae (?:bien|mal|fatal)\b|\bse me cae la cara de vergüenza\b",
    r"\b(?:café|cafe|té|te|señal|wifi|internet|batería|bateria|conexión|conexion|excusa"
    r"|argumento) (?:\w+ ){0,2}?(?:débil|debil|flojo|floja)\b",
    r"\bconfus[oa] (?:con|sobre|por) (?:el|la|los|las|lo|qué|que|cuándo|cuando|cuál|cual)\b",
    r"\b(?:me tiene|me tienen|me deja|me dejan) (?:un poco |muy )?confus[oa]\b",
    r"\bperdón por la confusión\b|\bperdon por la confusion\b|\bconfusión con\b",
    r"\b(?:foto|fotos|imagen|imágenes|imagenes|vídeo|video|pantalla|captura|móvil|movil"
    r"|celular|tele|televisión|television|cámara|camara) (?:\w+ ){0,4}?"
    r"(?:borrosa|borrosas|borroso|borrosos)\b",
    r"\bun nudo en la garganta (?:de|por) (?:la )?(?:emoción|emocion|pena|tristeza)\b",
    r"\b(?:emocionad[oa]|llorando|lloré|llore|boda|funeral|despedida) (?:\S+ ){0,8}?nudo en la"
    r" garganta\b",
    r"\bnudo en la garganta (?:\S+ ){0,8}?(?:emocionad[oa]|llorando|lloré|llore|boda|funeral"
    r"|despedida)\b",
    r"\b(?:el tiempo|el tráfico|el trafico|la cola|las colas|la señal|el wifi|los precios"
    r"|el servicio|la farmacia|la app|el frío|el frio) (?:\w+ ){0,3}?(?:peor|a peor)\b",
    r"\b(?:me falta|falta|nos falta|me faltan) (?:tiempo|dinero|ampollas|agujas)\b",
    r"\bdoble (?:check|comprobación|comprobacion|dosis)\b",
    r"\bpiernas? (?:\w+ )?(?:de la mesa|de la silla)\b",
    r"\bla mesa (?:\w+ )?(?:coja|inestable|se tambalea)\b",
    r"\bahogad[oa] (?:de|en) (?:trabajo|deudas|papeles)\b",
    r"\bme ahogo en un vaso de agua\b",
    r"\b(?:débil|debil) de (?:ánimo|animo|carácter|caracter|voluntad)\b",
    r"\b(?:calambres?|rampas?|agujetas) (?:\w+ ){0,2}?(?:después de|despues de|tras|por|de)"
    r" (?:correr|entrenar|nadar|hacer deporte|el ejercicio|el gimnasio|jugar|la bici)\b",
)

RELATIONS = (
    r"(?:mujer|marido|esposa|esposo|pareja|hij[oa]s?|niñ[oa]s?|nin[oa]s?|bebé|bebe|madre|padre"
    r"|mamá|mama|papá|papa|herman[oa]s?|amig[oa]s?|vecin[oa]s?|compañer[oa]s?|jefe|jefa|perro"
    r"|perra|gato|gata|abuel[oa]s?|tí[oa]s?|ti[oa]|prim[oa]s?|novi[oa]|sobrin[oa]s?|niet[oa]s?"
    r"|suegr[oa]s?|cuñad[oa]s?|padres|familia|médico|medico|enfermera|farmacéutico|cuidador"
    r"|cuidadora)"
)
OTHER_PEOPLE = (
    rf"\b(?:mi|mis|nuestro|nuestra|su|sus|el|la|al|del|un|una|tu) (?:(?:pequeñ[oa]|mayor|menor"
    rf"|mejor) )?{RELATIONS}\b|\b(?:él|ella|ellos|ellas|alguien|la gente|todo el mundo|nadie)\b"
    rf"|^[\s,]*{RELATIONS}\b"
)
FIRST_PERSON = rf"\b(?:yo|me|conmigo|tengo|estoy|siento|noto)\b|\bmis? (?!{RELATIONS}\b)\w+"
THEIR_SHOT = r"\b(?:su|sus) (?:inyecci[oó]n|inyecciones|pinchazos?|dosis)\b"

HYPOTHETICAL: tuple[str, ...] = (
    r"\by si (?:me|tengo|noto|sale|salen|aparece|aparecen|tuviera|pasa|empiezo)\b",
    r"^(?:y |pero )?si (?:me|tengo|noto|sale|salen|aparece|aparecen|tuviera|pasa|empiezo)\b",
    r"\bqu[eé] (?:hago|debo hacer|tengo que hacer|hacer) si\b",
    # "como si tuviera algo atascado" is a comparison, not a hypothesis.
    r"(?<!\bcomo )\bsi (?:alguna vez |algún día )?(?:tengo|tuviera|tuviese|me sale|me salen"
    r"|noto|notara|empiezo|me pasa)\b",
    r"\bpor si (?:acaso)?\b",
    # Fear of what might happen: "tengo miedo de que se me hinche la cara".
    r"\b(?:miedo (?:de|a) que|temo que|me da miedo que)\b",
    r"\b(?:puede|pueden|podría|podria|suele|suelen) (?:la b12 |la inyección |las inyecciones"
    r" |el pinchazo |esto )?(?:\w+ )?(?:causar|provocar|dar)\b",
    r"\b(?:vigilar|estar atent[oa] a)\b",
    r"\bprospecto\b",
    r"\bme (?:avisaron|advirtieron) (?:de|sobre)\b",
    r"\befectos (?:secundarios )?(?:como|tales como|incluyen)\b",
    r"\bcu[aá]les son los (?:síntomas|sintomas|signos)\b",
    r"\bc[oó]mo s[eé] si\b",
)
ASKING_ABOUT: tuple[str, ...] = (
    r"\b(?:preocupad[oa]|miedo|me preocupa|me da miedo|nervios[oa]) (?:por|de|a|que)\b",
    r"\bc[oó]mo (?:es|se ve|se nota|se siente) (?:una|un|la|el)\b",
    r"\bqu[eé] (?:se considera|tipo de|clase de|signos|síntomas|sintomas)\b",
    r"\befectos? secundarios?\b",
    r"\b(?:la gente|alguien|otros pacientes|la b12|las inyecciones) (?:\w+ )?(?:tiene|tienen"
    r"|causa|causan|da|dan|provoca|provocan)\b",
    r"\b(?:es|son) (?:normal|normales|frecuente|frecuentes|común|comun|raro|raros)\b",
    r"\b(?:signos|síntomas|sintomas) de\b",
)
SELF_REPORT = (
    r"\bmis? (?!próxima|proxima|dosis|inyecci\w*|pinchazos?|cita|enfermera|médico|medico"
    r"|plan|b12|tratamiento)\w+|\b(?:tengo|tenga|me ha salido|me han salido|me sali[oó]|me salieron"
    r"|me sale|me salen|estoy|esté|este"
    r"|me siento|me sienta|siento|noto|me noto|he notado|me pasa|me pase|se me)\b"
)
PAST_TIME = (
    r"\b(?:el|en|este) (?:verano|invierno|otoño|primavera|navidad|enero|febrero|marzo|abril"
    r"|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) pasado\b"
    r"|\bel año pasado\b|\bel mes pasado\b|\bhace (?:años|meses|mucho tiempo|tiempo)\b"
    r"|\bde (?:niñ[oa]|pequeñ[oa]|joven)\b|\bhace (?:\d+|dos|tres|cuatro|cinco|diez|muchos)"
    r" (?:años|meses)\b"
)
RESOLVED = (
    r"\b(?:se (?:me )?(?:fue|ha ido|quitó|quito|ha quitado|pasó|paso|ha pasado|curó|curo|ha"
    r" curado|fueron|quitaron|han quitado|pasaron|han pasado|curaron)|desapareci[oó]"
    r"|ha desaparecido|está bien ya|esta bien ya|ya está bien"
    r"|ya esta bien|estoy bien ya|ya estoy bien|bien desde entonces|sin problemas desde entonces"
    r"|se resolvió|se resolvio|mejoró|mejoro|fue hace (?:\d+|dos|tres|cuatro|cinco|diez"
    r"|muchos) (?:años|meses))\b"
)
PRESENT_STATE = r"\b(?:estoy|está|esta|están|estan|tengo|sigo|sigue|siguen|ahora)\b"
PAST_OR_RESOLVED: tuple[str, ...] = (
    r"\bde (?:niñ[oa]|pequeñ[oa]|joven|adolescente|bebé|bebe)\b",
    r"\bcuando (?:era|tenía|tenia) (?:niñ[oa]|pequeñ[oa]|joven|adolescente|\d+)\b",
    r"\bhace (?:años|muchos años|décadas|decadas|\d+ años|mucho tiempo)\b",
    r"\ben el pasado\b",
    r"\ben (?:el colegio|el cole|la escuela|el instituto|el insti|la mili|la universidad)\b",
    r"\bantes (?:me )?(?:solía|solia|solían|solian)\b|\bsolía\b|\bsolia\b",
    r"\ben (?:19|20)\d\d\b",
    r"\bel año pasado\b",
    r"\bse (?:me )?(?:fue|ha ido|quitó|quito|ha quitado|pasó|ha pasado|bajó|bajo|ha bajado"
    r"|fueron|han ido|quitaron|han quitado|pasaron|han pasado|bajaron|han bajado)\b",
    r"\b(?:desapareci[oó]|ha desaparecido|desaparecid[oa])\b",
    r"\bya no\b",
    r"\bya (?:está|esta|estoy) bien\b",
)
NOW_AGAIN = (
    r"\b(?:ahora|otra vez|de nuevo|hoy|esta mañana|esta noche|ahora mismo|actualmente"
    r"|vuelve|ha vuelto|volvió|volvio)\b"
)

SITE_WORDS: tuple[str, ...] = (
    r"\b(?:zona|sitio|lugar|punto) (?:de|del) (?:la )?(?:inyecci[oó]n|pinchazo)\b",
    r"\bdonde (?:me )?(?:\w+ )?(?:pinch[eé]|pincharon|pinchó|pincho|puse|pusieron|inyect[eé]"
    r"|entró la aguja|entro la aguja)\b",
    r"\bdonde (?:la|el) (?:aguja|inyecci[oó]n|pinchazo)\b",
    r"\balrededor del pinchazo\b|\balrededor de la inyecci[oó]n\b",
    r"\ben la zona\b",
)
WIDESPREAD = (
    r"\b(?:por todo el cuerpo|todo el cuerpo|por todas partes|extend\w*|se extiende|pecho|cara"
    r"|cuello|espalda|barriga|tripa|el otro brazo|los dos brazos|ambos brazos)\b"
)
STABLE = (
    r"\b(?:igual que (?:siempre|antes)|lo de siempre|como siempre|como antes|de siempre"
    r"|desde hace (?:años|meses|mucho)|sincambios|nada nuevo|lo mismo|igual|todavía|todavia"
    r"|sigo con|como de costumbre)\b"
)
MILD = r"\b(?:un poco|un poquito|algo de|leve|levemente|ligero|ligera|ligeramente|a ratos)\b"
IMPROVING = (
    r"\b(?:mejor|mejorando|mejorado|mejoría|mejoria|menos|va bajando|se está pasando"
    r"|se esta pasando|cada vez menos)\b"
)
CHANGING = rf"{SPREAD}|{WORSE}|{NEW_OR_SUDDEN}|{ONSET_AFTER_SHOT}"
PLAN_WORDS = (
    r"\b(?:calendario|pauta|dosis|inyecci[oó]n|inyecciones|pinchazo|próxima|proxima|fecha|día"
    r"|dia|días|dias|hora|recordatorio|recordatorios|app|botón|boton|mensaje|plan|cuándo"
    r"|cuando|cuál|cual|ampolla|qué|cómo|bot|instrucciones)\b"
)
PLAIN_ANYWAY = (
    r"\b(?:de repente|muy|totalmente|completamente|hoy|esta mañana|esta tarde|esta noche"
    r"|me desperté|me desperte|sin motivo)\b"
)

MISSPELLINGS = {
    "hinchao": "hinchado", "hinchá": "hinchada", "inchado": "hinchado", "inchada": "hinchada",
    "inchados": "hinchados", "inchadas": "hinchadas", "inchazon": "hinchazón",
    "inchazón": "hinchazón", "hinchason": "hinchazón", "urticária": "urticaria",
    "urticara": "urticaria", "alergica": "alérgica", "reaccion": "reacción",
    "respirarar": "respirar", "resprar": "respirar", "respiracíon": "respiración",
    "garganata": "garganta", "gargnta": "garganta", "lavios": "labios", "lavio": "labio",
    "ormigueo": "hormigueo", "hormigeo": "hormigueo", "ormigeo": "hormigueo",
    "entumido": "entumecido", "entumida": "entumecida", "adormesido": "adormecido",
    "adormesida": "adormecida", "ekilibrio": "equilibrio",
    "vision": "visión", "borrosso": "borroso", "vorroso": "borroso", "vorrosa": "borrosa",
    "tobiyos": "tobillos", "tovillos": "tobillos", "corazon": "corazón",
    "palpitasiones": "palpitaciones", "palpitaziones": "palpitaciones",
    "kalambres": "calambres", "devil": "débil", "debíl": "débil",
    "desmalle": "desmayé", "desmallé": "desmayé", "desmallo": "desmayo", "desmaié": "desmayé",
    "marreado": "mareado", "confundido": "confuso", "confundida": "confusa",
}  # fmt: skip

VOCABULARY = RedFlagVocabulary(
    signs=SIGNS,
    negators=NEGATORS,
    negation_window=NEGATION_WINDOW,
    rewrites=REWRITES,
    figures_of_speech=FIGURES_OF_SPEECH,
    hypothetical=HYPOTHETICAL,
    past_or_resolved=PAST_OR_RESOLVED,
    now_again=NOW_AGAIN,
    site_words=SITE_WORDS,
    widespread=WIDESPREAD,
    stable=STABLE,
    mild=MILD,
    improving=IMPROVING,
    changing=CHANGING,
    plan_words=PLAN_WORDS,
    plain_anyway=PLAIN_ANYWAY,
    other_people=OTHER_PEOPLE,
    first_person=FIRST_PERSON,
    their_shot=THEIR_SHOT,
    asking_about=ASKING_ABOUT,
    self_report=SELF_REPORT,
    past_time=PAST_TIME,
    resolved=RESOLVED,
    present_state=PRESENT_STATE,
    spread=SPREAD,
    worse=WORSE,
    misspellings=MISSPELLINGS,
    contrast=frozenset({"pero", "aunque", "sin embargo", "excepto", "salvo", "mientras"}),
    question_opening=(
        r"^(?:qu[eé]|c[oó]mo|cu[aá]ndo|cu[aá]l|es|son|puede|pueden|podr[ií]a|debo|deber[ií]a"
        r"|hay|tengo que)\b"
    ),
    comparison=frozenset({"como", "si"}),
)
