"""The Spanish words the parsers recognise: replies, dates, times, zones, amounts, labs.

Patterns are regular-expression sources the domain compiles once (bot/domain/parsing/); the
types they fill are in bot/domain/parsing/vocabulary.py, the red-flag words in
spanish_red_flags.py. Text is normalised first (NFKC and casefold): accents stay, so each
word is written with and without them, as patients type both.
"""

from datetime import time

from bot.catalog.vocabulary import spanish_red_flags
from bot.domain.parsing.vocabulary import (
    AmountWords,
    AppointmentWords,
    DateWords,
    DurationWords,
    LabWords,
    ReplyWords,
    RouteWords,
    SettingsWords,
    TimeWords,
    Vocabulary,
    ZoneWords,
)
from bot.domain.regimen import DoseUnit

# --- Replies --------------------------------------------------------------------------------

_WEEKDAY_NAMES = r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"

# Chat shorthand: "q" (que), "xq"/"pq" (porque), "tb"/"tmb" (también), "x" (por), "dsp"
# (después); and wordings folded onto the ones the rules read: "no me acordé" is "me olvidé",
# "el lunes que viene" is "el lunes próximo", a polite "¿me podría decir …?" is the question
# itself, and "¿qué día me toca?" or "¿mañana me toca?" asks when the next dose is.
CONTRACTIONS = (
    (r"\bq\b", "que"),
    (r"\b(?:xq|pq|porq)\b", "porque"),
    (r"\b(?:tb|tmb|tmbn)\b", "también"),
    (r"\bx\b", "por"),
    (r"\b(?:dsp|dsps|despues)\b", "después"),
    (r"\bno me acord[eé]\b", "me olvidé"),
    (rf"\b({_WEEKDAY_NAMES}) que viene\b", r"\1 próximo"),
    (
        r"^[¿¡\s]*(?:(?:me\s+)?(?:puedes|puede|podr[ií]as|podr[ií]a)\s+(?:decir|indicar)(?:me)?"
        r"|d[ií]me|d[ií]game|me\s+dices|me\s+dice)\s+",
        "",
    ),
    (r"^[¿\s]*qu[eé] d[ií]a (?=(?:me |le )?toca\b)", "cuándo "),
    (r"^[¿\s]*(?:hoy|mañana|manana) (?=(?:me |le )?toca\s*\?)", "cuándo "),
)

# Unaccented and variant spellings folded onto the words the rules below look for.
TYPOS = {
    "inyeccion": "inyección", "inyecion": "inyección", "injeccion": "inyección",
    "inyecsion": "inyección", "proxima": "próxima", "próximo": "próxima", "proximo": "próxima",
    "siguiente": "próxima", "cuando": "cuándo", "ayudame": "ayúdame", "ultima": "última",
    "estadisticas": "estadísticas", "olbido": "olvidó", "olbidé": "olvidé", "olbide": "olvidé",
    "cuanto": "cuánto", "mñn": "mañana",
}  # fmt: skip

# Words that, negated ("no me la he puesto"), mean the dose is not done yet.
DONE_VERBS = frozenset(
    {"hecho", "hecha", "puse", "puesto", "puesta", "pongo", "puso", "pusieron", "he", "ha"}
    | {"inyecté", "inyecte", "inyectado", "inyectada", "pinché", "pinche", "pinchado"}
    | {"administré", "administrado", "hice", "tocó"}
)

NEGATORS = frozenset({"no", "nunca", "tampoco"})

# One word: "saltar", "me la salto", "omitir", "saltármela".
# And the phrases of a refusal: "no me la voy a poner", "no pienso ponérmela", "paso de esta",
# "(el médico dice que) no me la ponga", "esta semana no me inyecto".
SKIP_WORD = (
    r"(?:salt(?:ar(?:me|se)?(?:la|lo)?|ármela|ármelo|o|é|e|ada|ado|amos|ártela|ársela)"
    r"|omit(?:ir(?:la|lo)?|o|í|e|ida|ido)"
    r"|no\s+(?:me\s+)?(?:la\s+)?(?:voy\s+a|pienso|quiero)\s+(?:poner(?:me|la|mela)?|pon[eé]rmela"
    r"|inyectar(?:me|la)?|pinchar(?:me|la)?)(?![\w'])(?!\s+hasta)"
    r"|no\s+me\s+(?:la\s+)?(?:ponga|inyecto|pincho)(?![\w'])"
    r"(?!\s+(?:hasta|mañana|manana|luego|m[aá]s|despu[eé]s|ahora))"
    r"|paso\s+de\s+(?:esta|ella|la\s+dosis|la\s+inyecci[oó]n|pon[eé]rmela|ponerla|pincharme)"
    r"|hoy\s+paso"
    # "Esta vez no me la pongo": this one is left out, not put off.
    r"|esta\s+vez\s+no\s+me\s+(?:la\s+)?(?:pongo|pondr[eé]|inyecto|pincho)(?![\w'])"
    r"|no\s+me\s+(?:la\s+)?(?:pongo|pondr[eé]|inyecto|pincho)\s+esta\s+vez)"
)

QUESTION_STARTS = frozenset(
    {"debo", "debería", "deberia", "puedo", "podría", "podria", "hay", "qué", "cuándo"}
    | {"cuál", "cual", "cuáles", "cuántas", "cuantas", "cuántos", "cuantos", "cómo", "dónde"}
    | {"donde", "es", "está", "tengo", "tendría", "tendria"}
)

NEXT_FILLER = frozenset(
    {"próxima", "mi", "la", "el", "inyección", "inyecciones", "dosis", "pinchazo", "vacuna"}
    | {"b12", "por", "favor", "es", "toca", "cuándo", "qué", "día", "dia", "fecha", "cuál"}
    | {"una", "de", "vitamina", "me", "y", "para"}
)

INJECTION_WORDS = frozenset(
    {"inyección", "inyecciones", "dosis", "pinchazo", "b12", "toca", "vacuna", "ampolla"}
    | {"pincharme", "ponérmela", "ponermela", "inyectarme", "ponerme"}
)

STATUS_WORDS = frozenset(
    {"estado", "progreso", "resumen", "estadísticas", "adherencia", "balance", "situación"}
)

HELP_PHRASES = frozenset(
    {
        "ayuda",
        "ayúdame",
        "ayúdeme",
        "ayuda por favor",
        "necesito ayuda",
        "qué puedes hacer",
        "que puedes hacer",
        "qué puede hacer",
        "que puede hacer",
        "qué haces",
        "qué puedo decir",
        "qué puedo hacer",
        "cómo funciona",
        "como funciona",
        "cómo funciona esto",
        "como funciona esto",
        "cómo se usa",
        "como se usa",
        "comandos",
        "menú",
        "menu",
        "qué puedo escribirte",
        "que puedo escribirte",
        "qué puedo escribir",
        "que puedo escribir",
        "qué te puedo escribir",
        "que te puedo escribir",
        "qué le puedo escribir",
        "qué puedo escribirle",
        "no entiendo",
        "no entiendo nada",
        "no entiendo cómo funciona",
        "no entiendo como funciona",
        "no entiendo cómo usar el bot",
        "no entiendo como usar el bot",
        "no sé cómo usar el bot",
        "no se como usar el bot",
        "cómo uso el bot",
        "como uso el bot",
        "cómo usar el bot",
        "como usar el bot",
        "cómo funciona el bot",
        "como funciona el bot",
    }
)

# "después" opening the reply ("después me la pongo"), not "¿me puedo duchar después?";
# "ahorita" and "al rato" are Latin American.
LATE_PHRASES = (
    r"\b(?:m[aá]s tarde|luego|ahora no|en un rato|en un momento|dentro de un rato"
    r"|recu[eé]rd(?:a|e)me(?:lo)?|aplaza(?:r|la)?|pospon(?:er|la|go)?|todav[ií]a no"
    r"|a[uú]n no|^despu[eé]s(?! de\b)|ahorita|al rato|cu[aá]ndo (?:llegue|vuelva|pueda)"
    r"|dame (?:una hora|un rato|un momento|un minuto|unos minutos|\w+ minutos|\w+ horas))\b"
)

NOUN = (
    r"(?:inyecci[oó]n|dosis|pinchazo|vacuna|ampolla|b-?12|hidroxo|ciano)"
    r"(?:\s+de\s+(?:(?:la\s+)?vitamina\s+)?b-?12)?"
)

# Who gave it, when not the patient: "la enfermera me la puso ayer".
_GIVER = (
    r"(?:(?:la|el|mi)\s+(?:enfermer[oa]|m[eé]dic[oa]|doctor[a]?|hij[oa]|marido|mujer|espos[oa]"
    r"|madre|padre|mam[aá]|pap[aá]|pareja|novi[oa]|farmac[eé]utic[oa]))"
)

DONE_PHRASE = rf"""
    (?:(?:s[ií]|vale|ok|okey|bueno|pues)\b[\s,!.]*)?
    (?:(?:te|le|les)\s+confirmo\s+(?:que\s+)?)?
    (?:(?:yo|ya|hoy|acabo\s+de|{_GIVER})\s+)*
    (?:
        hech[oa](?!\s+polvo) | list[oa](?!\s+(?:de|con|para)\b) | ya\s+est[aá] | est[aá]\s+hech[oa]
      | todo\s+hecho
      | (?:me\s+)?(?:la|lo)\s+(?:he\s+)?(?:puse|puesto|pinch[eé]|pinchado|inyect[eé]|inyectado
            |administr[eé]|administrado|hice|hecho)
      | me\s+(?:la\s+|lo\s+)?(?:han\s+puesto|pusieron|puso)(?:\s+(?:la|mi|el|una)\s+{NOUN})?
      | me\s+(?:he\s+)?(?:puesto|puse|pinch[eé]|pinchado|inyect[eé]|inyectado)
            (?:\s+(?:la|mi|el|una)\s+{NOUN})?
      | (?:mi|la|el)\s+{NOUN}\s+(?:ya\s+)?(?:est[aá]\s+)?(?:puest[oa]|hech[oa])
      | (?:ya\s+)?(?:la\s+)?tengo\s+puesta
      | pon[eé]rmela | ponermela | inyectarme | pincharme
      | puesta | inyectad[oa] | pinchad[oa]
    )
    (?:\s+(?:ya|ahora|ahora\s+mismo|hace\s+un\s+rato))?
    (?![\w'])
    """

# The part before the side, as Spanish writes it ("brazo izquierdo"): the lookahead captures
# the side first, because the domain reads group 1 as the side and group 2 as the part.
_SIDE = r"(?:izquierd[oa]|derech[oa]|izq|izda|izdo|dcha|dcho|der)"
INJECTION_SITE = (
    r"(?:(?:en|sobre)\s+)?(?:(?:el|la|mi)\s+)?"
    rf"(?=\w+\s+(?:superior\s+)?({_SIDE})\b)"
    r"(brazo|deltoides|muslo|pierna|gl[uú]teo|nalga|pompi)s?\s+(?:superior\s+)?"
    rf"{_SIDE}\.?(?![\w'])"
)

SITE_PARTS = {
    "brazo": "arm", "deltoides": "arm", "muslo": "thigh", "pierna": "thigh",
    "glúteo": "buttock", "gluteo": "buttock", "nalga": "buttock", "pompi": "buttock",
}  # fmt: skip

REASON_FILLER = (
    r"(?:[\s,;:.!\-\u2013\u2014]+"
    r"|(?:(?:la|el|esta|este|mi|de|del)\s+)*(?:hoy|dosis|vez|semana|inyecci[oó]n|pinchazo)"
    r"(?![\w'])"
    r"|(?:hoy|esta\s+noche|la|lo|me|por\s+ahora|porque|ya\s+que|como|pues|debido\s+a|por)"
    r"(?![\w']))*"
)

DATE_JOINER = r"(?:(?:y|e|también|tambien|luego|además)\s+)*(?:(?:el|la|los)\s+)*"

DAYS_TAIL = r"[\s,.!]*(?:también|tambien|los\s+dos|ambos|ambas)?[\s,.!]*"

FORGOT_TO_TELL = (
    r"[\s,.!]*(?:(?:ay|uy|ups|perd[oó]n|vaya|oh)[\s,.!]+)*"
    r"(?:(?:se\s+me\s+)?olvid[oó]|(?:me\s+)?olvid[eé](?:\s+de)?)\s+"
    r"(?:dec[ií]r(?:te|le|selo|telo|lo)?|avisar(?:te|le)?|contar(?:te|le|lo)?|anotar(?:lo)?"
    r"|apuntar(?:lo)?|comentar(?:te|le)?)(?:\s+que)?[\s,:.\-]*"
)

FORGOT_LEAD = frozenset(
    {"ay", "uy", "ups", "vaya", "perdón", "perdon", "lo", "siento", "oh", "no", "pues", "se"}
    | {"me", "yo", "creo", "que", "totalmente", "completamente", "ostras", "uf", "uff", "hoy"}
    | {"disculpa", "disculpe", "perdona", "perdone", "sorry", "lo", "siento", "mil", "perdones"}
)

FORGOT_VERBS = frozenset(
    {"olvidé", "olvide", "olvidó", "olvido", "olvidado", "olvidaba", "pasó", "perdí"}
)

FORGOT_FILLER = frozenset(
    {"de", "ponerme", "ponérmela", "ponermela", "ponerla", "poner", "pincharme", "inyectarme"}
    | {"la", "el", "mi", "inyección", "dosis", "pinchazo", "b12", "vitamina", "hoy", "que"}
    | {"me", "otra", "vez", "por", "completo", "lo", "una"}
)

# A day alone ("mañana", "el sábado", "esta noche") answers the reminder with the day too.
_WILL_DO_DAY_ALONE = (
    r"(?=(?:mañana|manana|pasado\s+ma[ñn]ana|esta\s+(?:noche|tarde)"
    rf"|(?:el|este)\s+(?:{_WEEKDAY_NAMES})|(?:el\s+)?pr[oó]xim[oa]\s+(?:{_WEEKDAY_NAMES}))(?:\s|$))"
)
WILL_DO = (
    r"(?:(?:vale|ok|okey|sí|si|bueno|de acuerdo|tranquil[oa]|no te preocupes"
    r"|no se preocupe)\s+)*"
    r"(?:(?:esta|por\s+la)\s+(?:noche|tarde)\s+|hoy\s+)?"
    r"(?:ya\s+)?(?:(?:me\s+)?(?:la|lo)\s+(?:pongo|pondré|pondre|pincho|pincharé|pinchare)"
    r"|(?:voy|vamos)\s+a\s+(?:ponérmela|ponermela|ponerla|ponérmelo|hacerlo|inyectarme|pincharme)"
    r"|(?:lo|la)\s+(?:haré|hare|hago)"
    r"|me\s+(?:inyectaré|inyectare|pincharé|pinchare|inyecto|pincho|pondré|pondre)"
    rf"|(?:{_GIVER}\s+)?me\s+la\s+(?:pone|pondrá|pondra|va\s+a\s+poner)"
    rf"|{_WILL_DO_DAY_ALONE})"
    r"(?:\s+(?:sin\s+falta|seguro|sin\s+problema))?"
    r"(?P<rest>\s*.*)$"
)

LATER_TODAY = frozenset(
    {"", "hoy", "esta noche", "esta tarde", "esta mañana", "hoy más tarde", "más tarde"}
    | {"luego", "en un rato", "pronto", "después", "al llegar a casa", "cuándo llegue a casa"}
    | {"después del trabajo", "por la noche", "por la tarde", "hoy mismo", "ahora"}
)

# Questions of missed, skipped or late doses are HISTORY_QUESTION's, which is asked first.
COUNT_QUESTION = (
    r"cu[aá]nt[oa]s\b.*\b(?:puestas?|hechas?|llevo|quedan|faltan|inyecciones|dosis|pinchazos)\b"
)

# Asked before COUNT_QUESTION: what was missed or skipped is read on the history page.
# "(me puedes) mostrar", "me enseñas", "lista de": the words that ask to see the history.
_SHOW = (
    r"(?:me )?(?:(?:puedes|puede|podr[ií]as?) )?"
    r"(?:ver|mostrar(?:me)?|muestra(?:s|me)?|muéstrame|muestrame|muéstreme|muestreme"
    r"|enseña(?:s|r|rme)?|enséñame|enseñame|enséñeme|enseñeme|quiero ver|abrir|dame"
    r"|(?:la )?lista de|(?:el )?listado de) "
)
_PAST_DOSES = (
    r"(?:inyecciones|dosis|registros|pinchazos)"
    r"(?: anteriores| pasadas| puestas| que me (?:he puesto|puse)| que llevo)?$"
)
HISTORY_QUESTION = (
    rf"(?:{_SHOW})?(?:mi |el )?historial(?: de (?:inyecciones|dosis|pinchazos))?$"
    rf"|(?:{_SHOW})?mis {_PAST_DOSES}"
    rf"|{_SHOW}(?:las|los) {_PAST_DOSES}"
    r"|qu[eé] (?:d[ií]as |inyecciones |dosis )?(?:me (?:la |las )?he (?:puesto|saltado)"
    r"|he (?:hecho|saltado|olvidado)|me (?:la |las )?(?:puse|salté|salte)|me falta)\b"
    r"|cu[aá]nt[oa]s\b.*\b(?:saltad[oa]s|olvidad[oa]s|no puestas|saltado|salté|perdid[oa]s"
    r"|perdido|tarde|retraso)\b"
    r"|(?:me he|he) (?:saltado|olvidado|perdido) (?:alguna|ninguna)\b"
)

# --- Amounts --------------------------------------------------------------------------------

DOSE_UNITS = {
    "mcg": DoseUnit.MCG, "mcgs": DoseUnit.MCG, "μg": DoseUnit.MCG, "ug": DoseUnit.MCG,
    "µg": DoseUnit.MCG, "microgramo": DoseUnit.MCG, "microgramos": DoseUnit.MCG,
    "mg": DoseUnit.MG, "mgs": DoseUnit.MG, "miligramo": DoseUnit.MG, "miligramos": DoseUnit.MG,
}  # fmt: skip

COUNT_NOUNS = frozenset(
    {"dosis", "inyección", "inyecciones", "inyeccion", "pinchazo", "pinchazos", "vez"}
    | {"veces", "semana", "semanas", "día", "días", "dia", "dias", "mes", "meses", "ampolla"}
    | {"ampollas", "vial", "viales", "en", "total", "en total"}
)

# --- Dates ----------------------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
    "veintiuna": 21, "veintiún": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
}  # fmt: skip

MONTHS: dict[str, int] = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
    "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}  # fmt: skip

# Weekdays with and without their accents ("miércoles", "miercoles"), as patients type both.
WEEKDAYS: dict[str, int] = {
    "lunes": 0, "lun": 0, "martes": 1, "mar": 1, "miércoles": 2, "miercoles": 2, "mié": 2,
    "mie": 2, "mier": 2, "jueves": 3, "jue": 3, "viernes": 4, "vie": 4, "sábado": 5,
    "sabado": 5, "sáb": 5, "sab": 5, "domingo": 6, "dom": 6,
}  # fmt: skip

RELATIVE_DAYS: dict[str, int] = {
    "hoy": 0, "esta noche": 0, "esta mañana": 0, "esta manana": 0, "esta tarde": 0,
    "hoy por la mañana": 0, "hoy por la tarde": 0, "hoy por la noche": 0, "ayer": -1,
    "anoche": -1, "ayer por la mañana": -1, "ayer por la tarde": -1, "ayer por la noche": -1,
    "aller": -1,
    "mañana": 1, "manana": 1, "anteayer": -2, "antes de ayer": -2, "antier": -2,
    "antes de anoche": -2, "pasado mañana": 2, "pasado manana": 2, "mañana por la mañana": 1,
    "mañana por la tarde": 1, "mañana por la noche": 1, "manana por la manana": 1,
    "manana por la tarde": 1, "manana por la noche": 1,
}  # fmt: skip

# --- Times ----------------------------------------------------------------------------------

# "7 de la tarde" and "8 y media": the domain's clock reads only am/pm, so these are named
# times, written as parse_time sees them (leads and spaces removed: "7delatarde").
_HALVES = {"mañana": range(1, 12), "madrugada": range(1, 7), "tarde": range(1, 13)}
_NIGHT = range(7, 13)
_MINUTES = {"": 0, "ymedia": 30, "ycuarto": 15}


def _hour_of(hour: int, half: str) -> int:
    """The 24-hour hour of "7 de la tarde" (half "tarde")."""
    if half == "tarde":
        return hour if hour == 12 else hour + 12
    if half == "noche":
        return 0 if hour == 12 else hour + 12
    return hour


def _named_times() -> dict[str, time]:
    """Noon, midnight, and every "H[:MM] de la mañana/tarde/noche" and "H y media"."""
    named = {"mediodía": time(12), "mediodia": time(12), "medianoche": time(0)}
    halves = {**_HALVES, "noche": _NIGHT}
    for half, hours in halves.items():
        for hour in hours:
            at = _hour_of(hour, half)
            for minute in range(60):
                for separator in (":", "."):
                    named[f"{hour}{separator}{minute:02d}dela{half}"] = time(at, minute)
            for words, minute in _MINUTES.items():
                named[f"{hour}{words}dela{half}"] = time(at, minute)
    for hour in range(24):
        named[f"{hour}ymedia"] = time(hour, 30)
        named[f"{hour}ycuarto"] = time(hour, 15)
    return named


# --- Time zones -----------------------------------------------------------------------------

_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")

# Places as Spanish writes them, and countries, where the IANA city is not the name used.
ALIASES: dict[str, tuple[str, ...]] = {
    "nueva york": ("America/New_York",), "londres": ("Europe/London",),
    "parís": ("Europe/Paris",), "múnich": ("Europe/Berlin",), "munich": ("Europe/Berlin",),
    "berlín": ("Europe/Berlin",), "roma": ("Europe/Rome",), "milán": ("Europe/Rome",),
    "lisboa": ("Europe/Lisbon",), "bruselas": ("Europe/Brussels",),
    "ámsterdam": ("Europe/Amsterdam",), "viena": ("Europe/Vienna",),
    "ginebra": ("Europe/Zurich",), "zúrich": ("Europe/Zurich",), "zurich": ("Europe/Zurich",),
    "praga": ("Europe/Prague",), "varsovia": ("Europe/Warsaw",),
    "estocolmo": ("Europe/Stockholm",), "copenhague": ("Europe/Copenhagen",),
    "atenas": ("Europe/Athens",), "estambul": ("Europe/Istanbul",),
    "moscú": ("Europe/Moscow",), "moscu": ("Europe/Moscow",), "dublín": ("Europe/Dublin",),
    "edimburgo": ("Europe/London",), "kiev": ("Europe/Kyiv",), "el cairo": ("Africa/Cairo",),
    "tokio": ("Asia/Tokyo",), "pekín": ("Asia/Shanghai",), "pekin": ("Asia/Shanghai",),
    "nueva delhi": ("Asia/Kolkata",), "delhi": ("Asia/Kolkata",), "bombay": ("Asia/Kolkata",),
    "sídney": ("Australia/Sydney",), "sidney": ("Australia/Sydney",),
    "adelaida": ("Australia/Adelaide",), "los ángeles": ("America/Los_Angeles",),
    "san francisco": ("America/Los_Angeles",), "filadelfia": ("America/New_York",),
    "washington": ("America/New_York",), "miami": ("America/New_York",),
    "houston": ("America/Chicago",), "españa": ("Europe/Madrid",),
    "espana": ("Europe/Madrid",), "península": ("Europe/Madrid",),
    "barcelona": ("Europe/Madrid",), "sevilla": ("Europe/Madrid",),
    "valencia": ("Europe/Madrid",), "bilbao": ("Europe/Madrid",), "málaga": ("Europe/Madrid",),
    "malaga": ("Europe/Madrid",), "zaragoza": ("Europe/Madrid",),
    "palma": ("Europe/Madrid",), "mallorca": ("Europe/Madrid",),
    "canarias": ("Atlantic/Canary",), "islas canarias": ("Atlantic/Canary",),
    "tenerife": ("Atlantic/Canary",), "gran canaria": ("Atlantic/Canary",),
    "las palmas": ("Atlantic/Canary",), "méxico": ("America/Mexico_City",),
    "mexico": ("America/Mexico_City",), "ciudad de méxico": ("America/Mexico_City",),
    "ciudad de mexico": ("America/Mexico_City",), "cdmx": ("America/Mexico_City",),
    "guadalajara": ("America/Mexico_City",), "cancún": ("America/Cancun",),
    "bogotá": ("America/Bogota",), "colombia": ("America/Bogota",),
    "medellín": ("America/Bogota",), "medellin": ("America/Bogota",),
    "cali": ("America/Bogota",), "perú": ("America/Lima",), "peru": ("America/Lima",),
    "chile": ("America/Santiago",), "santiago de chile": ("America/Santiago",),
    "argentina": ("America/Argentina/Buenos_Aires",),
    "córdoba": ("America/Argentina/Cordoba",), "rosario": ("America/Argentina/Buenos_Aires",),
    "venezuela": ("America/Caracas",), "ecuador": ("America/Guayaquil",),
    "quito": ("America/Guayaquil",), "bolivia": ("America/La_Paz",),
    "paraguay": ("America/Asuncion",), "asunción": ("America/Asuncion",),
    "uruguay": ("America/Montevideo",), "cuba": ("America/Havana",),
    "la habana": ("America/Havana",), "habana": ("America/Havana",),
    "república dominicana": ("America/Santo_Domingo",),
    "republica dominicana": ("America/Santo_Domingo",), "honduras": ("America/Tegucigalpa",),
    "nicaragua": ("America/Managua",), "panamá": ("America/Panama",),
    "san josé": ("America/Costa_Rica",), "san jose de costa rica": ("America/Costa_Rica",),
    "reino unido": ("Europe/London",), "inglaterra": ("Europe/London",),
    "escocia": ("Europe/London",), "gales": ("Europe/London",), "irlanda": ("Europe/Dublin",),
    "alemania": ("Europe/Berlin",), "francia": ("Europe/Paris",), "italia": ("Europe/Rome",),
    "portugal": ("Europe/Lisbon",), "países bajos": ("Europe/Amsterdam",),
    "holanda": ("Europe/Amsterdam",), "bélgica": ("Europe/Brussels",),
    "suiza": ("Europe/Zurich",), "austria": ("Europe/Vienna",), "rusia": ("Europe/Moscow",),
    "japón": ("Asia/Tokyo",), "japon": ("Asia/Tokyo",), "china": ("Asia/Shanghai",),
    "india": ("Asia/Kolkata",), "marruecos": ("Africa/Casablanca",),
    "sudáfrica": ("Africa/Johannesburg",), "nueva zelanda": ("Pacific/Auckland",),
    "estados unidos": _US, "eeuu": _US, "ee uu": _US, "ee.uu": _US, "ee. uu": _US,
    "canadá": ("America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver"),
    "australia": ("Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide",
                  "Australia/Darwin", "Australia/Perth"),
    # "GMT" alone usually means UK time, which is not GMT in summer: ask.
    "gmt": ("Europe/London", "UTC"), "hora peninsular": ("Europe/Madrid",),
    "hora canaria": ("Atlantic/Canary",),
}  # fmt: skip

UTC_NAMES = frozenset(
    {"utc", "z", "zulu", "universal", "etc/utc", "hora universal", "tiempo universal coordinado"}
)

# --- Appointments and labs --------------------------------------------------------------------

# Words around the day and time that carry no date: "tengo cita el …", "me la ponen el …".
APPOINTMENT_FILLER = frozenset(
    {
        "tengo", "tenemos", "la", "el", "los", "las", "cita", "citas", "pedí", "pedi", "pedida",
        "reservé", "reserve", "reservada", "he", "pedido", "reservado", "para", "es", "me", "a",
        "en", "con", "de", "del", "centro", "salud", "enfermera", "ambulatorio", "consulta",
        "inyección", "inyeccion", "pinchazo", "b12", "vale", "ok", "sí", "si", "y", "ya", "mi",
        "ponen", "pone", "dan", "día", "dia", "sobre", "hacia", "hora", "horas",
    }
)  # fmt: skip

# The names each lab test is written with, by LabTest value.
LAB_TEST_NAMES: dict[str, tuple[str, ...]] = {
    "full_blood_count": ("hb", "hgb", "hemoglobina", "hemograma", "hemograma completo"),
    "b12": ("b12", "vitamina b12", "vit b12", "cobalamina"),
    "reticulocytes": ("reticulocitos", "reticulocito", "recuento de reticulocitos", "retic"),
    "mma": ("mma", "amm", "ácido metilmalónico", "acido metilmalonico"),
    "folate": ("folato", "ácido fólico", "acido folico", "folatos"),
    "ferritin": ("ferritina",),
    "potassium": ("k", "potasio", "k+"),
}

_LAB_UNITS = {
    "día": "day", "dia": "day", "días": "day", "dias": "day", "semana": "week",
    "semanas": "week", "mes": "month", "meses": "month",
}  # fmt: skip

_LAB_ANCHORS = {
    "inicio": "start", "comienzo": "start", "empezar": "start", "primera inyección": "start",
    "primera inyeccion": "start", "carga": "loading", "transición": "transition",
    "transicion": "transition", "mantenimiento": "maintenance",
}  # fmt: skip

RELATIVE_DUE = (
    r"^(?P<count>\w+) (?P<unit>días|dias|día|dia|semanas|semana|meses|mes) "
    r"(?:despu[eé]s|tras) (?:(?:del|de la|de mi|de el|de|la|el|mi) )?"
    r"(?:fase (?:de )?)?"
    r"(?P<anchor>inicio|comienzo|empezar|primera inyecci[oó]n|carga|transici[oó]n"
    r"|mantenimiento)(?: fase)?$"
)

# --- Settings requests ------------------------------------------------------------------------

# Politeness around a request: "hola, ¿puedes por favor …", "… gracias".
SETTINGS_LEAD = (
    r"[¿¡]?(?:(?:vale|ok|okay|hola|bueno|pues|oye|oiga|también|tambien|y|sí|si)[\s,!.]+)*[¿¡]?"
    r"(?:(?:puedes|podrías|podrias|puede|podría|podria|por\s+favor|porfa|quiero|quisiera"
    r"|necesito|me\s+gustaría|me\s+gustaria)\s+)*"
)
SETTINGS_TAIL = r"(?:[\s,!.]+(?:por\s+favor|porfa|porfis|gracias|muchas\s+gracias))*"

_SEPARATOR = r"[\s,;:\-\u2013\u2014]+"
_WEEKDAY = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"

# Words after a place that are no part of it: "en Tokio esta semana", "me mudé a Berlín hace poco".
_PLACE_TAIL = (
    r"ahora|ahora\s+mismo|en\s+este\s+momento|actualmente|por\s+ahora|hoy|esta\s+noche"
    r"|mañana|manana|pronto|esta\s+semana|este\s+(?:fin\s+de\s+semana|mes|año)"
    r"|la\s+pr[oó]xima\s+semana|la\s+semana\s+que\s+viene|el\s+pr[oó]ximo\s+mes"
    r"|(?:durante|por)\s+(?:un|una|unos|unas|dos|tres|cuatro|\d+)\s+(?:d[ií]as?|noches?"
    r"|semanas?|meses?)|por\s+trabajo|de\s+vacaciones|de\s+viaje|para\s+siempre"
    r"|definitivamente|recientemente|hace\s+poco|ayer"
    rf"|el\s+{_WEEKDAY}"
)
_PLACE = rf"(?P<place>\S.*?)(?:{_SEPARATOR}(?:{_PLACE_TAIL}))*"
_UNTIL = (
    rf"(?:{_SEPARATOR}(?:hasta(?:\s+el)?|(?:y\s+)?(?:vuelvo|regreso|volvemos|regresamos)"
    r"(?:\s+el)?)\s+(?P<until>\S.*?))"
)

# Words after a reminder time that are no part of it: "a las 19:00 todos los días".
_REMINDER_TAIL = (
    r"todos\s+los\s+d[ií]as|cada\s+d[ií]a|a\s+diario|a\s+partir\s+de\s+ahora"
    r"|de\s+ahora\s+en\s+adelante|en\s+adelante|en\s+(?:vez|lugar)\s+de\s+eso"
    r"|cada\s+(?:mañana|tarde|noche)"
)
_TIME = rf"(?P<time>\S.*?)(?:{_SEPARATOR}(?:{_REMINDER_TAIL}))*"
# "Recuérdamelo a las 7 esta noche" asks for one reminder (a snooze), not a new daily time;
# "de la mañana" and "de la tarde" are times of day, not "tomorrow" or "this afternoon".
_NOT_ONE_OFF = (
    r"(?!.*\b(?:hoy|esta\s+noche|(?<!la\s)ma[ñn]ana|luego|m[aá]s\s+tarde|esta\s+(?:mañana|tarde)"
    r"|una\s+vez|solo\s+hoy)\b)"
)
_REMINDERS = (
    r"(?:(?:mis|los|el|mi)\s+)?recordatorios?(?:\s+(?:diarios?|de\s+(?:la\s+)?inyecci[oó]n))?"
)
_REMINDER_TIME_NOUN = (
    rf"(?:la\s+)?hora\s+de\s+(?:mis|los)\s+recordatorios|(?:la|mi)\s+hora\s+del?\s+recordatorio"
    rf"|{_REMINDERS}"
)
_ZONE_NOUN = r"(?:(?:mi|la|el)\s+)?(?:zona\s+horaria|huso\s+horario)"
_CHANGE = (
    r"(?:cambi(?:a|e|ar)(?:me)?|pon(?:er|ga|me)?|mueve|mueva|mover|ajusta|ajuste|ajustar"
    r"|pasa|pase|pasar|actualiza|actualice|actualizar|corrige|corrija|corregir|adelanta|adelante"
    r"|adelantar|retrasa|retrase|retrasar|configura|configure|configurar)"
)
_TRAVEL = (
    r"(?:de\s+viaje(?:\s+de\s+(?:trabajo|negocios))?|de\s+vacaciones|fuera|en\s+el\s+extranjero"
    r"|viajando)"
)
_TRIP = r"(?:viaje|vacaciones|viaje\s+de\s+trabajo)"

SETTINGS_WORDS = SettingsWords(
    lead=SETTINGS_LEAD,
    tail=SETTINGS_TAIL,
    open_settings=(
        r"/?(?:(?:abr(?:e|ir|a)(?:me)?|mostrar|muestra(?:me)?|muéstrame|muéstreme|ver|cambiar"
        r"|editar|ir\s+a)\s+)?(?:(?:mis|los|la|mi)\s+)?(?:ajustes|configuraci[oó]n|preferencias)",
    ),
    back_home=(
        r"(?:ya\s+)?(?:estoy|estamos)\s+(?:de\s+vuelta|de\s+nuevo\s+en\s+casa|otra\s+vez\s+en\s+casa"
        r"|en\s+casa)(?:\s+(?:en\s+casa|ya|otra\s+vez|de\s+nuevo))*"
        rf"(?:\s+del?\s+(?:mi\s+|nuestro\s+|las\s+|mis\s+)?{_TRIP})?",
        r"(?:ya\s+)?(?:he\s+vuelto|volví|volvi|regresé|regrese|he\s+regresado|volvimos"
        r"|hemos\s+vuelto|regresamos)(?:\s+(?:a\s+casa|ya))*"
        rf"(?:\s+del?\s+(?:mi\s+|nuestro\s+|las\s+|mis\s+)?{_TRIP})?",
        r"(?:ya\s+)?no\s+(?:estoy|estamos)\s+(?:de\s+viaje|de\s+vacaciones|fuera|viajando)",
        r"(?:terminar|termina|termine|acabar|acaba|acabe|finalizar|cancelar|cancela|cancele"
        r"|desactivar|desactiva|desactive|quitar|quita|quite)\s+(?:el\s+|mi\s+)?(?:modo\s+)?viaje",
        r"(?:el\s+|mi\s+)?(?:viaje|modo\s+viaje)\s+(?:ha\s+)?(?:terminado|acabado|desactivado)"
        r"|se\s+(?:acab[oó]|termin[oó])\s+(?:el|mi)\s+viaje",
    ),
    reminder_time=(
        rf"{_CHANGE}\s+(?:{_REMINDER_TIME_NOUN})(?:\s+(?:a|para)\s+{_TIME})?",
        rf"(?:(?:la|mi)\s+)?hora\s+del?\s+recordatorio(?:\s+(?:(?:a|es|ser[aá]|debe\s+ser)\s+)?"
        rf"{_TIME})?",
    ),
    remind_at=(
        rf"(?:recu[eé]rda(?:me|melo)|recu[eé]rde(?:me|melo)|av[ií]sa(?:me)|av[ií]se(?:me)){_NOT_ONE_OFF}"
        r"(?:\s+(?:todos\s+los\s+d[ií]as|cada\s+d[ií]a|a\s+diario|cada\s+(?:mañana|tarde|noche)))?"
        rf"\s+(?:a|sobre|hacia|desde)\s+{_TIME}",
        r"(?:(?:quiero|prefiero|me\s+gustar[ií]a|m[aá]ndame|m[aá]ndeme|env[ií]ame|env[ií]eme)\s+)?"
        rf"{_REMINDERS}{_NOT_ONE_OFF}\s+(?:a|sobre|hacia|para|desde)\s+{_TIME}",
    ),
    zone_change=(
        rf"{_CHANGE}\s+{_ZONE_NOUN}(?:\s+(?:a|por|para|en)\s+{_PLACE})?",
        rf"{_ZONE_NOUN}(?:(?:\s+(?:es(?:\s+ahora)?|debe\s+ser|deber[ií]a\s+ser|a)\s+|\s*[=:]\s*"
        rf"|\s+){_PLACE})?",
        r"(?:ya\s+)?(?:me\s+he\s+mudado|me\s+mud[eé]|nos\s+hemos\s+mudado|nos\s+mudamos"
        r"|me\s+he\s+trasladado|me\s+traslad[eé]|me\s+he\s+ido\s+a\s+vivir|me\s+fui\s+a\s+vivir)"
        rf"\s+(?:de\s+nuevo\s+)?a\s+{_PLACE}",
    ),
    zone_statement=(
        rf"(?:yo\s+)?(?:ahora\s+)?(?:vivo|vivimos|resido)\s+en\s+{_PLACE}",
        rf"(?:ahora\s+)?(?:estoy|estamos)\s+viviendo\s+en\s+{_PLACE}",
    ),
    travelling=(
        r"(?:(?:ahora|todav[ií]a|a[uú]n)\s+)?(?:(?:estoy|estamos|me\s+voy|nos\s+vamos)\s+)"
        rf"{_TRAVEL}(?:\s+(?:a|en|por)\s+{_PLACE})?{_UNTIL}?",
        r"(?:(?:activar|activa|active|empezar|poner|pon|ponga)\s+)?(?:el\s+)?modo\s+viaje"
        rf"(?:\s+activado)?{_UNTIL}?",
    ),
    going_to=(
        r"(?:(?:me\s+)?voy|nos\s+vamos|vamos|me\s+marcho|salgo|vuelo|viajo|viajamos)\s+"
        rf"(?:a|para|hacia)\s+{_PLACE}{_UNTIL}?",
    ),
    staying=(
        r"(?:estar[eé]|estaremos|me\s+quedar[eé]|nos\s+quedaremos|voy\s+a\s+estar)\s+"
        rf"(?:en\s+){_PLACE}{_UNTIL}?",
        rf"(?:estoy|estamos)\s+(?:(?:ahora|ya)\s+)*en\s+{_PLACE}{_UNTIL}",
    ),
    now_in=(
        rf"(?:ya\s+)?(?:estoy|estamos)\s+(?:(?:ahora|ya|aqu[ií])\s+)*en\s+{_PLACE}",
        rf"(?:ahora|actualmente)\s+(?:estoy\s+)?en\s+{_PLACE}",
        r"(?:ya\s+)?(?:he\s+llegado|llegu[eé]|aterric[eé]|he\s+aterrizado|acabo\s+de\s+llegar"
        rf"|acabo\s+de\s+aterrizar|hemos\s+llegado|llegamos)\s+a\s+{_PLACE}",
    ),
    articles=("el", "la", "los", "las"),
    not_places=frozenset(
        {"norte", "sur", "oeste", "este", "centro", "casa", "paz", "trabajo", "cama"}
        | {"north", "south", "west", "center", "wake"}
    ),
)

# --- The bundle -------------------------------------------------------------------------------

SPANISH = Vocabulary(
    language="es",
    dates=DateWords(
        numbers=NUMBER_WORDS,
        months=MONTHS,
        weekdays=WEEKDAYS,
        dated_weekdays={},
        relative_days=RELATIVE_DAYS,
        one=frozenset({"un", "una", "uno"}),
        # "hace 3 días", "3 días atrás", "hace una semana".
        ago=r"(?=hace |.* atr[aá]s$)(?:hace )?(\w+) (d[ií]as?|semanas?)(?: atr[aá]s)?",
        ahead=r"(?:dentro de|en) (\w+) (d[ií]as?|semanas?)",
        week_units=frozenset({"semana", "semanas"}),
        next_word="próximo",
        last_word="pasado",
        weekday_leads=("este", "el", "esta"),
        leading_words=("el", "la", "los", "día", "dia", "del"),
        ordinals=("ro", "er"),
        of_word="de",
        and_word="y",
        year_words=(),
        # The reply words fold "próximo" onto "próxima" (la próxima dosis); a date reads "próximo".
        word_forms={"próxima": "próximo", "proxima": "próximo", "proximo": "próximo"},
    ),
    times=TimeWords(
        named=_named_times(),
        leads=(
            "a las",
            "a la",
            "sobre las",
            "sobre la",
            "hacia las",
            "hacia la",
            "como a las",
            "a eso de las",
            "alrededor de las",
            "las",
            "la",
        ),
        o_clock=r"(?:en punto|horas|hrs|hs|h)",
    ),
    zones=ZoneWords(
        aliases=ALIASES,
        utc_names=UTC_NAMES,
        leads=("en", "estoy en", "vivo en", "soy de", "desde"),
        short_words=frozenset({"de", "la", "el", "los", "las", "san", "ee", "uu"}),
    ),
    replies=ReplyWords(
        contractions=CONTRACTIONS,
        typos=TYPOS,
        done_verbs=DONE_VERBS,
        negators=NEGATORS,
        bare_not_done=frozenset(
            {"no", "he", "ha", "lo", "la", "me", "yo", "todavía", "aún", "aun", "nada", "hecho"}
        ),
        not_done_auxiliaries=frozenset({"he", "ha", "hecho"}),
        not_yet=r"\b(?:todav[ií]a no|a[uú]n no|no todav[ií]a|no a[uú]n|ahora no)\b",
        clause_break=r"\bpero\b",
        skip_word=SKIP_WORD,
        question_starts=QUESTION_STARTS,
        next_filler=NEXT_FILLER,
        injection_words=INJECTION_WORDS,
        status_words=STATUS_WORDS,
        status_question=(
            r"c[oó]mo (?:voy|va|vamos|lo llevo|van las cosas|va el tratamiento|me va)\b"
            r"|(?:voy|vamos|lo llevo|lo estoy haciendo) bien (?:con|en)\b"
        ),
        count_question=COUNT_QUESTION,
        history_question=HISTORY_QUESTION,
        report_question=(
            r"(?:(?:quiero|necesito|me (?:puedes|puede) (?:dar|enviar|mandar|hacer)|dame|deme"
            r"|envíame|enviame|mándame|mandame|hazme|genera|generar|puedo tener)(?: un| el| mi)? )?"
            r"(?:informe|reporte)(?: (?:para|de) (?:mi |el |la )?(?:médico|medico|doctor|doctora"
            r"|enfermera|clínica|clinica|cita))?(?: por favor)?$"
        ),
        help_phrases=HELP_PHRASES,
        help_word="ayuda",
        next_word="próxima",
        when_word="cuándo",
        next_openings=frozenset({"cuándo", "qué", "cuál", "próxima", "para", "y", "cuánto"}),
        not_next=frozenset({"última", "anterior", "fue", "puse", "pasada"}),
        late_phrases=LATE_PHRASES,
        negated_late=("no ", "nunca ", "hasta "),  # "hasta luego" is goodbye
        done_phrase=DONE_PHRASE,
        site=INJECTION_SITE,
        left_side="i",
        site_parts=SITE_PARTS,
        reason_filler=REASON_FILLER,
        date_joiner=DATE_JOINER,
        days_tail=DAYS_TAIL,
        forgot_to_tell=FORGOT_TO_TELL,
        forgot_lead=FORGOT_LEAD,
        forgot_verbs=FORGOT_VERBS,
        forgot_filler=FORGOT_FILLER,
        will_do=WILL_DO,
        again=frozenset({"nuevo"}),
        later_today=LATER_TODAY,
    ),
    amounts=AmountWords(dose_units=DOSE_UNITS, count_nouns=COUNT_NOUNS, decimal_comma=True),
    appointments=AppointmentWords(
        filler=APPOINTMENT_FILLER,
        clock_names=("mediodía", "mediodia"),
        at_word="las",
        day_names=frozenset({"hoy", "mañana", "manana", "pasado"}),
    ),
    labs=LabWords(
        test_names=LAB_TEST_NAMES,
        relative_due=RELATIVE_DUE,
        units=_LAB_UNITS,
        anchors=_LAB_ANCHORS,
        unit_symbols={},
    ),
    durations=DurationWords(
        hours=("h", "hr", "hrs", "hora", "horas"),
        minutes=("m", "min", "mins", "minuto", "minutos"),
        weeks=("semana",),
        months=("mes",),
    ),
    red_flags=spanish_red_flags.VOCABULARY,
    settings=SETTINGS_WORDS,
    common_words=frozenset(
        {
            "a",
            "ayer",
            "con",
            "cuando",
            "cuándo",
            "cómo",
            "de",
            "del",
            "el",
            "en",
            "era",
            "es",
            "eso",
            "esta",
            "este",
            "estoy",
            "está",
            "están",
            "ha",
            "he",
            "hemos",
            "hoy",
            "la",
            "las",
            "los",
            "me",
            "mi",
            "mis",
            "muy",
            "no",
            "nosotros",
            "o",
            "para",
            "pero",
            "por",
            "puedo",
            "que",
            "qué",
            "ser",
            "son",
            "soy",
            "sí",
            "también",
            "todavía",
            "tu",
            "un",
            "una",
            "usted",
            "y",
            "ya",
            "yo",
        }
    ),
    routes=RouteWords(
        intramuscular=frozenset(
            {
                "im",
                "i.m.",
                "intramuscular",
                "músculo",
                "musculo",
                "en el músculo",
                "en el musculo",
            }
        ),
        subcutaneous=frozenset(
            {
                "sc",
                "s.c.",
                "subcutánea",
                "subcutanea",
                "subcutáneo",
                "subcutaneo",
                "subcutánea profunda",
                "subcutanea profunda",
                "bajo la piel",
                "debajo de la piel",
            }
        ),
        not_injected=(
            "oral",
            "pastilla",
            "tableta",
            "comprimido",
            "cápsula",
            "capsula",
            "sublingual",
            "spray",
            "nasal",
            "gotas",
            "parche",
            "boca",
        ),
    ),
)
