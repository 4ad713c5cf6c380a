"""The German words the parsers recognise: replies, dates, times, zones, amounts, labs.

Patterns are regular-expression sources the domain compiles once (bot/domain/parsing/); the
types they fill are in bot/domain/parsing/vocabulary.py, the red-flag words in
german_red_flags.py. Most patterns run on normalised text (``dates.normalise``: case folded, so
"ß" arrives as "ss"; umlauts stay). The done, skip, site and reason patterns run on the text as
typed (case ignored), so they accept "ß" and "ss" alike.
"""

from datetime import time

from bot.catalog.vocabulary import english, german_red_flags
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

# German has few contractions that matter here; "hab's", "geht's" split into words anyway.
CONTRACTIONS = (
    (r"\bhab'?s\b", "hab es"),
    (r"\bmach'?s\b", "mach es"),
    (r"\bgeht'?s\b", "geht es"),
    (r"\bgibt'?s\b", "gibt es"),
    (r"\bichs\b", "ich es"),
    # Phrases folded onto the one word that says the same: "nicht dran gedacht" is "vergessen".
    (r"\bnicht (?:mehr )?(?:dran|daran) gedacht\b", "vergessen"),
    # "Weiß nicht, ob ich gespritzt hab" is unsure, not a negated done.
    (r"\bweiss (?:es )?(?:nicht|nimmer)(?: mehr)?,? ob\b", "unsicher ob"),
    # A polite lead before a question: "Können Sie mir sagen, wann die nächste fällig ist?"
    (r"^(?:können|könnten|koennen) sie (?:mir )?(?:bitte )?sagen,? ", ""),
    (r"^(?:kannst du|weisst du|wissen sie) (?:mir )?(?:bitte )?(?:sagen,? )?", ""),
    (r"\bwie lange? (?:noch )?bis (?:zur|zum|zu der)\b", "wann zur"),
    (r"^wann (?:denn )?wieder\W*$", "wann nächste"),
)

# Typos, spellings without umlauts, and inflections folded to the one form the words below use.
TYPOS = {
    "naechste": "nächste", "nachste": "nächste", "nächsten": "nächste", "nächster": "nächste",
    "nächstes": "nächste", "naechsten": "nächste", "nachsten": "nächste", "nächstem": "nächste",
    "letzten": "letzte", "letzter": "letzte", "letztes": "letzte", "spritz": "spritze",
    "sprize": "spritze", "sprtize": "spritze", "spritzw": "spritze", "erledgt": "erledigt",
    "erldigt": "erledigt", "erledigd": "erledigt", "spaeter": "später", "spater": "später",
    "hilfee": "hilfe", "uebersicht": "übersicht", "vergesen": "vergessen",
    "vergesssen": "vergessen", "vegessen": "vergessen",
}  # fmt: skip

DONE_VERBS = frozenset(
    {"erledigt", "gemacht", "gespritzt", "gesetzt", "bekommen", "genommen", "gegeben"}
    | {"verabreicht", "erhalten", "injiziert", "fertig", "machen", "spritzen", "gehabt"}
    | {"gspritzt", "gmacht", "gekriegt"}
)

NEGATORS = frozenset({"nicht", "nie", "niemals", "kein", "keine", "keinen"})

# The words between "lass" or "setz" and "aus" ("lass ich sie diesmal aus").
_SKIP_FILLER = (
    r"(?:sie|es|die|das|der|den|ich|heute|heut|diese|dieses|diesen|heutige|spritze|dosis"
    r"|injektion|woche|mal|diesmal|einmal|hier|jetzt|erstmal|lieber|halt|einfach)"
)
_THIS_TIME = r"(?:diesmal|dieses\s+mal|heute|heut|diese\s+woche)"
_NOUN_WORD = r"(?:spritze|injektion|dosis)"

SKIP_WORD = (
    r"(?:auslassen|ausgelassen|auslasse|überspringen|übersprungen|überspringe|ueberspringen"
    r"|ueberspringe|aussetzen|ausgesetzt|weglassen|skip(?:pen|pe|ped)?"
    rf"|lasse?\s+(?:{_SKIP_FILLER}\s+){{0,4}}(?:aus|weg|ausfallen|sein)"
    rf"|setze?\s+(?:{_SKIP_FILLER}\s+){{0,4}}aus"
    rf"|mache?\s+(?:{_SKIP_FILLER}\s+){{0,3}}{_THIS_TIME}\s+nicht"
    rf"|keine\s+{_NOUN_WORD}\s+{_THIS_TIME}|{_THIS_TIME}\s+keine\s+{_NOUN_WORD})"
)

QUESTION_STARTS = frozenset(
    {"soll", "sollte", "sollen", "kann", "könnte", "können", "muss", "müssen", "darf", "dürfen"}
    | {"wann", "was", "wie", "warum", "wieso", "weshalb", "welche", "welcher", "welches"}
    | {"wo", "wohin", "wird", "werde", "gibt"}
)

NEXT_FILLER = frozenset(
    {"nächste", "meine", "mein", "die", "der", "das", "spritze", "spritzen", "injektion"}
    | {"injektionen", "dosis", "b12", "bitte", "ist", "fällig", "termin", "datum", "wann"}
    | {"was", "wieder", "denn", "eigentlich"}
)

INJECTION_WORDS = frozenset(
    {"spritze", "spritzen", "injektion", "dosis", "b12", "fällig", "spritzt", "dran"}
)

STATUS_WORDS = frozenset({"status", "stand", "fortschritt", "statistik", "bilanz"})

HELP_PHRASES = frozenset(
    {"hilfe", "hilfe bitte", "bitte hilfe", "help", "was kannst du", "was kannst du alles"}
    | {"was können sie", "was kann ich tun", "was kann ich sagen", "was kann ich schreiben"}
    | {"wie funktioniert das", "wie geht das", "befehle", "menü", "optionen", "anleitung"}
    | {"was kann ich hier schreiben", "was kann ich hier tun", "was kann ich hier sagen"}
    | {"wie funktioniert der bot", "wie funktioniert das hier", "was kann der bot"}
    | {"wie funktionierst du"}
)

LATE_PHRASES = (
    r"\b(?:später|nachher|verschieben|verschoben|noch nicht|jetzt nicht|nicht jetzt"
    r"|erinner(?:e|n)? mich|in einer stunde|in ein paar stunden|schlummern"
    r"|^(?:ja |ok |okay )?gleich$|mache? (?:ich )?(?:es |sie |das )?gleich)\b"
)

# A B12 injection as patients name it ("Spritze", "B12-Spritze", "Injektion", "Dosis").
NOUN = (
    r"(?:(?:vitamin[\s-]*)?b[\s-]?12[\s-]*)?"
    r"(?:spritze|injektion|dosis|ampulle|b[\s-]?12|hydroxocobalamin|cyanocobalamin|piks"
    r"|pieks)n?"
)
_ARTICLE = (
    r"(?:sie|es|die|den|meine|meinen|mir\s+die|mir\s+den|mir\s+meine|mir|die\s+heutige"
    r"|heute\s+die|heute|heut|gerade|grad|eben|soeben|schon|jetzt|vorhin|bereits)"
)
# Where the dose was given, before the participle: "beim Hausarzt bekommen".
_GIVEN_BY = (
    r"(?:beim\s+(?:haus)?arzt|bei\s+der\s+(?:haus)?ärztin|beim\s+doktor|in\s+der\s+praxis"
    r"|in\s+der\s+apotheke|beim\s+pflegedienst|von\s+der\s+(?:schwester|pflege))"
)
_PARTICIPLE = (
    r"(?:gespritzt|gesetzt|bekommen|genommen|gemacht|gegeben|verabreicht|erhalten|injiziert"
    r"|gspritzt|gmacht|gekriegt)"
)

# A site named before the participle ("in den linken Oberschenkel gespritzt"), as German
# puts the verb last: read as done (the parser takes a site only after the done words).
_SITE_FIRST = (
    r"(?:in\s+den|in\s+die|in\s+das|ins|in|am|an\s+den)\s+(?:(?:den|die|das|meinen|meine|mein)\s+)?"
    r"(?:linken|linke|rechten|rechte)\s+"
    r"(?:oberarm|arm|oberschenkel|schenkel|bein|pobacke|po|gesäß|gesäss|hintern)"
)

DONE_PHRASE = rf"""
    (?:(?:ja|jep|jepp|jup|jap|japp|jo|jawohl|ok|okay|gut|super)\b[\s,!.]*)?
    (?:(?:ich|hab|habe|hab'?s|hab\s+ich|habe\s+ich|schon|gerade|grad|eben|bereits|jetzt
        |soeben)\s+)*
    (?:
        (?:alles\s+)?erledigt | fertig | done | gemacht | ist\s+erledigt | ist\s+gemacht
      | (?:{_ARTICLE}\s+)*(?:{NOUN}\s+)?(?:(?:{_ARTICLE}|{_GIVEN_BY}|{_SITE_FIRST})\s+)*
        {_PARTICIPLE}
      | (?:(?:die|meine|die\s+heutige)\s+)?{NOUN}\s+(?:ist\s+|war\s+)?
        (?:erledigt|drin|gemacht|gesetzt|gegeben|verabreicht)
    )
    (?:\s+(?:jetzt|gerade|eben|schon|soeben))?
    (?![\w'])
    """

INJECTION_SITE = (
    r"(?:(?:in\s+den|in\s+die|in\s+das|ins|in|im|am|an\s+den|an)\s+)?"
    r"(?:(?:den|die|das|meinen|meine|mein)\s+)?"
    r"(linken|linker|linke|links|li|l|rechten|rechter|rechte|rechts|re|r)\.?\s+"
    r"(oberarm|arm|deltamuskel|oberschenkel|schenkel|bein|pobacke|po|gesäß|gesäss|hintern)"
    r"(?:e?s|e?n)?(?![\w'])"
)

# The domain names a site in English keys ("left arm"): every German part maps to one.
SITE_PARTS = {
    "oberarm": "arm", "arm": "arm", "deltamuskel": "arm", "oberschenkel": "thigh",
    "schenkel": "thigh", "bein": "thigh", "pobacke": "buttock", "po": "buttock",
    "gesäß": "buttock", "gesäss": "buttock", "hintern": "buttock",
}  # fmt: skip

REASON_FILLER = (
    r"(?:[\s,;:.!\-\u2013\u2014]+"
    r"|(?:(?:heute|heutige|diese|die|meine|nächste)\s+)?(?:spritze|dosis|woche|injektion|mal)"
    r"(?![\w'])"
    r"|(?:heute|es|sie|erstmal|vorerst|diesmal|weil|da|denn|wegen)(?![\w']))*"
)

DATE_JOINER = r"(?:(?:und|plus|auch|dann|sowie)\s+)*(?:(?:am|den)\s+)*"

DAYS_TAIL = r"[\s,.!]*(?:auch|ebenfalls|beide|beides|jeweils)?[\s,.!]*"

FORGOT_TO_TELL = (
    r"[\s,.!]*(?:(?:ups|oops|sorry|oh|oje|hoppla)[\s,.!]+)*(?:ich\s+)?(?:habe?\s+)?vergessen"
    r"[\s,]+(?:(?:ihnen|dir|euch)\s+)?(?:zu\s+sagen|zu\s+schreiben|zu\s+melden|einzutragen"
    r"|bescheid\s+zu\s+geben|mitzuteilen)(?:\s*,?\s*dass)?[\s,:.\-]*"
)

# Words before "vergessen": German puts the verb last ("ich habe meine Spritze vergessen").
FORGOT_LEAD = frozenset(
    {"ups", "oops", "sorry", "oh", "oje", "mist", "hoppla", "ach", "nein", "mann", "hmm", "äh"}
    | {"letzte", "heutige", "heutigen", "vitamin"}
    | {"ich", "habe", "hab", "hatte", "es", "sie", "die", "meine", "mein", "meinen", "spritze"}
    | {"injektion", "dosis", "b12", "total", "komplett", "leider", "glaube", "wohl", "ganz"}
)

FORGOT_VERBS = frozenset({"vergessen", "verpasst", "verschwitzt", "versäumt", "verpennt"})

FORGOT_FILLER = frozenset(
    {"zu", "die", "meine", "mein", "meinen", "spritze", "spritzen", "injektion", "dosis"}
    | {"b12", "vitamin", "es", "sie", "heute", "heutige", "heutigen", "total", "komplett"}
    | {"leider", "wieder", "mal", "nehmen", "machen", "setzen", "habe", "hab", "ich"}
)

# A day to come said alone ("morgen", "dann Freitag") is a will-do too; "heute" alone is not.
_DAY_TO_COME = (
    r"(?:morgen|übermorgen|uebermorgen|heut(?:e)?\s+(?:abend|nachmittag|noch)|nächste|kommende"
    r"|diesen|am\s+(?:mo|di|mi|do|fr|sa|so)|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonnabend|sonntag)\b"
)
WILL_DO = (
    r"(?:(?:ok|okay|ja|klar|gut|alles klar|keine sorge|danke|danke dir|passt|super)\s+)*"
    r"(?:(?:ich\s+)?(?:werde|mache|mach|spritze|nehme|setze|hole|erledige)\s+(?:ich\s+)?"
    r"(?:(?:es|sie|das|die|meine|die heutige)\s+(?:(?:b12\s+)?(?:spritze|injektion|dosis)\s+)?)?"
    rf"|(?:(?:erst|dann|lieber|eher|wohl|vermutlich|wahrscheinlich)\s+)*(?={_DAY_TO_COME}))"
    r"(?P<rest>.*?)(?:\s+(?:früh|abends|morgens|vormittags|nachmittags|am abend|am morgen))?"
    r"(?:\s*\b(?:spritzen|machen|nehmen|setzen|nachholen|holen|erledigen|nach))?"
    # What follows the day is a reason: "erst morgen, bin heut nicht daheim".
    r"(?:\s+(?:weil|da|denn|bin|vorher|beim|bei|in der praxis)\b.*)?$"
)

LATER_TODAY = frozenset(
    {"", "heute", "heute abend", "heute nachmittag", "heute mittag", "heute noch", "noch heute"}
    | {"heut abend", "heut nachmittag", "heut noch", "jetzt", "sofort", "bald", "abends"}
    | {"am abend"}
    | {"nach der arbeit", "wenn ich zu hause bin", "später heute", "heute später"}
)

# Questions of missed, skipped or late doses are HISTORY_QUESTION's, which is asked first.
COUNT_QUESTION = (
    r"wie ?viele?\b.*\b(?:erledigt|gemacht|gespritzt|bekommen|übrig|spritzen|injektionen|dosen)\b"
    r"|wie ?viele? (?:habe|hab|hatte) ich (?:schon|bisher|bis jetzt|insgesamt)\b"
)

HISTORY_QUESTION = (
    r"(?:(?:zeig|zeige|zeigen|zeigen sie|öffne)(?: mir)? )?(?:meine |die |mein |meinen |den )?"
    r"(?:(?:spritzen|injektions|b12) )?(?:verlauf|historie|übersicht|chronik|protokoll)$"
    r"|(?:meine |die )?(?:spritzen|injektionen) bisher$"
    r"|(?:welche|was)(?: spritzen| injektionen| dosen)? (?:habe|hab|hatte) ich (?:\w+ )?"
    r"(?:verpasst|ausgelassen|übersprungen|gemacht|bekommen|vergessen|gehabt|gespritzt|genommen"
    r"|gesetzt)\b"
    r"|(?:zeig|zeige|zeigen sie)(?: mir)?(?: bitte)? (?:meine|die|alle)(?: bisherigen| letzte"
    r"| vergangenen| alten)? (?:spritzen|injektionen|dosen)(?: bisher)?$"
    r"|(?:liste|übersicht|verlauf|auflistung) (?:meiner|der|aller)(?: bisherigen| letzte"
    r"| vergangenen)? (?:spritzen|injektionen|dosen)$"
    r"|wie ?viele?\b.*\b(?:verpasst|ausgelassen|übersprungen|verspätet|vergessen)\b"
    r"|(?:habe|hab) ich (?:eine |welche |etwas |schon mal )?(?:verpasst|vergessen|ausgelassen)\b"
)

# --- Amounts --------------------------------------------------------------------------------

DOSE_UNITS = {
    "mcg": DoseUnit.MCG, "μg": DoseUnit.MCG, "µg": DoseUnit.MCG, "ug": DoseUnit.MCG,
    "mikrogramm": DoseUnit.MCG, "mikrogramme": DoseUnit.MCG, "microgramm": DoseUnit.MCG,
    "mg": DoseUnit.MG, "milligramm": DoseUnit.MG, "milligramme": DoseUnit.MG,
}  # fmt: skip

COUNT_NOUNS = frozenset(
    {"spritze", "spritzen", "injektion", "injektionen", "dosis", "dosen", "mal", "woche"}
    | {"wochen", "tag", "tage", "tagen", "monat", "monate", "monaten", "ampulle", "ampullen"}
    | {"stück", "insgesamt", "gesamt", "in", "x"}
)

# --- Dates ----------------------------------------------------------------------------------

NUMBER_UNITS = [
    "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
    "neunzehn",
]  # fmt: skip

# In "einundzwanzig" the one is "ein".
_TENS_UNITS = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]

# "März" is also written without its umlaut: "maerz", "marz", "mrz".
MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "jänner": 1, "janner": 1, "februar": 2, "feb": 2, "febr": 2,
    "feber": 2, "märz": 3, "maerz": 3, "marz": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip

# "So" (Sunday) is left out: it is also the everyday word "so". It is read before a date only
# ("So. 15. Apr.", as the catalog writes a day): dated_weekdays.
WEEKDAYS: dict[str, int] = {
    "montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2, "donnerstag": 3,
    "do": 3, "freitag": 4, "fr": 4, "samstag": 5, "sa": 5, "sonnabend": 5, "sonntag": 6,
}  # fmt: skip

RELATIVE_DAYS: dict[str, int] = {
    "heute": 0, "heut": 0, "heute abend": 0, "heute morgen": 0, "heute früh": 0,
    "heute mittag": 0, "heute nachmittag": 0, "gestern": -1, "gestern abend": -1,
    "gestern morgen": -1, "gestern früh": -1, "gestern mittag": -1, "gestern nachmittag": -1,
    "morgen": 1, "morgen früh": 1, "morgen abend": 1, "vorgestern": -2, "übermorgen": 2,
    "uebermorgen": 2, "heut abend": 0, "heut früh": 0, "heut morgen": 0, "heut nachmittag": 0,
    "heute frueh": 0, "heut frueh": 0, "gestern frueh": -1, "morgen frueh": 1,
}  # fmt: skip

# --- Times ----------------------------------------------------------------------------------

# "7 Uhr abends", "um 8:30 morgens": named times, written as parse_time sees them ("Uhr", the
# lead and the spaces removed: "7abends"). Each part of the day, with the spoken hours it takes
# and whether they are after noon.
_DAY_PARTS: dict[str, tuple[tuple[int, ...], bool]] = {
    "morgens": (tuple(range(1, 12)), False),
    "früh": (tuple(range(1, 12)), False),
    "vormittags": (tuple(range(6, 13)), False),
    "mittags": ((12, 1, 2), True),
    "nachmittags": ((12, 1, 2, 3, 4, 5, 6), True),
    "abends": (tuple(range(5, 12)), True),
    "nachts": ((9, 10, 11, 12, 1, 2, 3, 4, 5), False),
}


def _day_part_hour(spoken: int, part: str, after_noon: bool) -> int:
    """The 24-hour hour of "7 Uhr abends": 12 is noon by day and midnight at night."""
    if spoken == 12:
        return 0 if part == "nachts" else 12
    if part == "nachts":
        return spoken + 12 if spoken >= 9 else spoken
    return spoken + 12 if after_noon else spoken


def _named_times() -> dict[str, time]:
    """Noon, midnight, and every "H[:MM] (Uhr) morgens/nachmittags/abends/nachts"."""
    named = {"mittag": time(12), "mittags": time(12), "mitternacht": time(0)}
    for part, (hours, after_noon) in _DAY_PARTS.items():
        for spoken in hours:
            hour = _day_part_hour(spoken, part, after_noon)
            named[f"{spoken}{part}"] = time(hour)
            for minute in range(60):
                for separator in (":", "."):
                    named[f"{spoken}{separator}{minute:02d}{part}"] = time(hour, minute)
    return named


# --- Time zones -----------------------------------------------------------------------------

# Places as written in German (casefolded: "ß" is "ss"), added to the English aliases.
GERMAN_ALIASES: dict[str, tuple[str, ...]] = {
    "münchen": ("Europe/Berlin",), "muenchen": ("Europe/Berlin",), "köln": ("Europe/Berlin",),
    "koeln": ("Europe/Berlin",), "hamburg": ("Europe/Berlin",), "frankfurt": ("Europe/Berlin",),
    "frankfurt am main": ("Europe/Berlin",), "stuttgart": ("Europe/Berlin",),
    "düsseldorf": ("Europe/Berlin",), "dortmund": ("Europe/Berlin",), "essen": ("Europe/Berlin",),
    "leipzig": ("Europe/Berlin",), "dresden": ("Europe/Berlin",), "hannover": ("Europe/Berlin",),
    "nürnberg": ("Europe/Berlin",), "bremen": ("Europe/Berlin",), "bonn": ("Europe/Berlin",),
    "deutschland": ("Europe/Berlin",), "wien": ("Europe/Vienna",), "graz": ("Europe/Vienna",),
    "linz": ("Europe/Vienna",), "salzburg": ("Europe/Vienna",), "innsbruck": ("Europe/Vienna",),
    "österreich": ("Europe/Vienna",), "oesterreich": ("Europe/Vienna",),
    "zürich": ("Europe/Zurich",), "zuerich": ("Europe/Zurich",), "bern": ("Europe/Zurich",),
    "basel": ("Europe/Zurich",), "genf": ("Europe/Zurich",), "luzern": ("Europe/Zurich",),
    "schweiz": ("Europe/Zurich",), "die schweiz": ("Europe/Zurich",),
    "liechtenstein": ("Europe/Vaduz",), "luxemburg": ("Europe/Luxembourg",),
    "südtirol": ("Europe/Rome",), "bozen": ("Europe/Rome",), "rom": ("Europe/Rome",),
    "mailand": ("Europe/Rome",), "neapel": ("Europe/Rome",), "italien": ("Europe/Rome",),
    "venedig": ("Europe/Rome",), "florenz": ("Europe/Rome",), "frankreich": ("Europe/Paris",),
    "spanien": ("Europe/Madrid",), "mallorca": ("Europe/Madrid",), "sevilla": ("Europe/Madrid",),
    "teneriffa": ("Atlantic/Canary",), "gran canaria": ("Atlantic/Canary",),
    "kanaren": ("Atlantic/Canary",), "kanarische inseln": ("Atlantic/Canary",),
    "lissabon": ("Europe/Lisbon",), "portugal": ("Europe/Lisbon",),
    "brüssel": ("Europe/Brussels",), "belgien": ("Europe/Brussels",),
    "niederlande": ("Europe/Amsterdam",), "holland": ("Europe/Amsterdam",),
    "den haag": ("Europe/Amsterdam",), "kopenhagen": ("Europe/Copenhagen",),
    "dänemark": ("Europe/Copenhagen",), "schweden": ("Europe/Stockholm",),
    "norwegen": ("Europe/Oslo",), "finnland": ("Europe/Helsinki",), "warschau": ("Europe/Warsaw",),
    "polen": ("Europe/Warsaw",), "prag": ("Europe/Prague",), "tschechien": ("Europe/Prague",),
    "ungarn": ("Europe/Budapest",), "bukarest": ("Europe/Bucharest",),
    "rumänien": ("Europe/Bucharest",), "belgrad": ("Europe/Belgrade",),
    "kroatien": ("Europe/Zagreb",), "athen": ("Europe/Athens",),
    "griechenland": ("Europe/Athens",), "türkei": ("Europe/Istanbul",),
    "kiew": ("Europe/Kyiv",), "ukraine": ("Europe/Kyiv",), "moskau": ("Europe/Moscow",),
    "russland": ("Europe/Moscow",), "grossbritannien": ("Europe/London",),
    "vereinigtes königreich": ("Europe/London",), "schottland": ("Europe/London",),
    "irland": ("Europe/Dublin",), "ägypten": ("Africa/Cairo",), "kairo": ("Africa/Cairo",),
    "kapstadt": ("Africa/Johannesburg",), "südafrika": ("Africa/Johannesburg",),
    "peking": ("Asia/Shanghai",), "tokio": ("Asia/Tokyo",), "neu-delhi": ("Asia/Kolkata",),
    "neu delhi": ("Asia/Kolkata",), "indien": ("Asia/Kolkata",), "thailand": ("Asia/Bangkok",),
    "mexiko": ("America/Mexico_City",), "mexiko-stadt": ("America/Mexico_City",),
    "brasilien": ("America/Sao_Paulo",), "neuseeland": ("Pacific/Auckland",),
    "vereinigte staaten": english.ALIASES["usa"], "kanada": english.ALIASES["canada"],
    "australien": english.ALIASES["australia"], "mez": ("Europe/Berlin",),
    "mesz": ("Europe/Berlin",), "oez": ("Europe/Athens",), "wez": ("Europe/Lisbon",),
}  # fmt: skip

ALIASES: dict[str, tuple[str, ...]] = english.ALIASES | GERMAN_ALIASES

UTC_NAMES = frozenset(
    {"utc", "z", "zulu", "universal", "etc/utc", "weltzeit", "koordinierte weltzeit"}
)

# --- Appointments and labs --------------------------------------------------------------------

APPOINTMENT_FILLER = frozenset(
    {"ich", "habe", "hab", "hatte", "einen", "ein", "den", "der", "die", "das", "dem", "termin"}
    | {"termine", "am", "um", "für", "beim", "bei", "in", "praxis", "arzt", "ärztin", "zum"}
    | {"zur", "hausarzt", "hausärztin", "pflege", "pflegedienst", "spritze", "b12", "ok"}
    | {"okay", "ja", "und", "so", "ist", "mein", "meinen", "gebucht", "vereinbart", "uhr"}
    | {"ausgemacht", "bekommen", "gemacht", "es", "steht", "jetzt", "mir", "mit"}
)

# The names each lab test is written with, by LabTest value.
LAB_TEST_NAMES: dict[str, tuple[str, ...]] = {
    "full_blood_count": (
        "hb", "hgb", "hämoglobin", "haemoglobin", "hamoglobin", "blutbild", "grosses blutbild",
        "kleines blutbild",
    ),
    "b12": ("b12", "vitamin b12", "vit b12", "vit. b12", "cobalamin", "b12-spiegel"),
    "reticulocytes": ("retis", "retikulozyten", "retikulozytenzahl", "retic", "retics"),
    "mma": ("mma", "methylmalonsäure", "methylmalonsaeure"),
    "folate": ("folsäure", "folsaeure", "folat", "folat im serum", "folate"),
    "ferritin": ("ferritin",),
    "potassium": ("k", "kalium", "k+"),
}  # fmt: skip

# --- Settings requests ------------------------------------------------------------------------

# Politeness around a request: "ok, können Sie bitte …", "… danke".
SETTINGS_LEAD = (
    r"(?:(?:ok|okay|hallo|hi|hey|also|und|ja|übrigens|ach|äh)[\s,!.]+)*"
    r"(?:(?:kannst\s+du|können\s+sie|könnten\s+sie|würden\s+sie|bitte"
    r"|ich\s+(?:möchte|will|würde\s+gerne?|hätte\s+gerne?))\s+)*"
)
SETTINGS_TAIL = (
    r"(?:[\s,!.]+(?:bitte|danke|danke\s+schön|dankeschön|vielen\s+dank|ändern|umstellen))*"
)

_SEPARATOR = r"[\s,;:\-\u2013\u2014]+"
_PLACE_TAIL = (
    r"jetzt|gerade|im\s+moment|momentan|derzeit|zurzeit|heute|morgen|bald|diese\s+woche"
    r"|für\s+(?:ein\s+paar|einige|zwei|drei|\d+)\s+(?:tage|wochen|monate)|für\s+immer"
    r"|geschäftlich|beruflich|im\s+urlaub|auf\s+reisen|seit\s+kurzem"
)
_PLACE = rf"(?P<place>\S.*?)(?:{_SEPARATOR}(?:{_PLACE_TAIL}))*"
_UNTIL = rf"(?:{_SEPARATOR}(?:bis(?:\s+zum|\s+am)?|zurück\s+am)\s+(?P<until>\S.*?))"
_TIME = r"(?P<time>\S.*?)(?:\s+(?:uhr|täglich|jeden\s+tag|ab\s+jetzt))*"
_NOT_ONE_OFF = r"(?!.*\b(?:heute|morgen|nachher|später|einmal)\b)"
_REMINDERS = r"(?:(?:meine|die|der|meiner)\s+)?(?:erinnerungs?zeit|erinnerungen|erinnerung)"
_ZONE_NOUN = r"(?:(?:meine|die)\s+)?zeitzone"
_TRAVEL = r"(?:auf\s+reisen|im\s+urlaub|unterwegs|verreist|im\s+ausland|auf\s+geschäftsreise)"

SETTINGS_WORDS = SettingsWords(
    lead=SETTINGS_LEAD,
    tail=SETTINGS_TAIL,
    open_settings=(
        r"/?(?:(?:öffne|zeig|zeige|zeigen\s+sie)(?:\s+mir)?\s+)?(?:(?:meine|die)\s+)?"
        r"(?:einstellungen|einstellung)(?:\s+(?:öffnen|zeigen|ändern|anzeigen))?",
    ),
    back_home=(
        r"(?:ich\s+bin\s+|bin\s+)?(?:wieder\s+)?(?:zurück|zu\s+hause|daheim|zuhause)"
        r"(?:\s+(?:zurück|zu\s+hause|daheim|zuhause|von\s+der\s+reise|aus\s+dem\s+urlaub))*",
        r"(?:reise|urlaub|reisemodus)\s+(?:beenden|ist\s+vorbei|vorbei|aus|zu\s+ende)",
        r"(?:beende|beenden)\s+(?:(?:meine|die|den)\s+)?(?:reise|reisemodus|urlaub)",
    ),
    reminder_time=(
        rf"{_REMINDERS}\s+(?:auf|um|für)\s+{_TIME}\s+(?:ändern|stellen|legen|verschieben|setzen)",
        rf"(?:ändere|ändern\s+sie|stelle|verschiebe|setze)\s+{_REMINDERS}"
        rf"(?:\s+(?:auf|um)\s+{_TIME})?",
        rf"{_REMINDERS}(?:\s+(?:ändern|umstellen|verschieben))?",
        rf"{_REMINDERS}\s*[:=]?\s*(?:auf\s+|um\s+)?(?P<time>\d\S*?)(?:\s+uhr)?",
    ),
    remind_at=(
        rf"(?:erinnere|erinnern\s+sie)\s+mich{_NOT_ONE_OFF}(?:\s+(?:täglich|jeden\s+tag|immer))?"
        rf"\s+(?:um|ab|gegen)\s+{_TIME}",
        rf"{_REMINDERS}{_NOT_ONE_OFF}\s+(?:bitte\s+)?(?:um|ab|gegen)\s+{_TIME}",
    ),
    zone_change=(
        rf"(?:ändere|ändern\s+sie|stelle|setze)\s+{_ZONE_NOUN}(?:\s+auf\s+{_PLACE})?",
        rf"{_ZONE_NOUN}\s+(?:auf\s+)?{_PLACE}\s+(?:ändern|stellen|setzen|umstellen)",
        rf"{_ZONE_NOUN}(?:(?:\s+(?:ist(?:\s+jetzt)?|soll\s+sein)\s+|\s*[=:]\s*|\s+){_PLACE})?",
        rf"(?:ich\s+bin\s+|wir\s+sind\s+)?(?:nach\s+{_PLACE}\s+)(?:umgezogen|gezogen)",
        rf"(?:ich\s+bin\s+|wir\s+sind\s+)?(?:umgezogen|gezogen)\s+nach\s+{_PLACE}",
    ),
    zone_statement=(rf"(?:ich\s+)?(?:wohne|lebe)\s+(?:jetzt\s+)?in\s+{_PLACE}",),
    travelling=(
        rf"(?:ich\s+bin\s+|bin\s+)?(?:(?:gerade|jetzt|momentan)\s+)?{_TRAVEL}"
        rf"(?:\s+(?:in|nach)\s+{_PLACE})?{_UNTIL}?",
        r"(?:(?:reisemodus)\s+(?:an|ein|starten|einschalten))|(?:starte\s+(?:den\s+)?reisemodus)",
        rf"(?:ich\s+|wir\s+)?(?:verreise|verreisen)(?:\s+nach\s+{_PLACE})?{_UNTIL}?",
    ),
    going_to=(
        rf"(?:ich\s+)?(?:fliege|fahre|reise|gehe)\s+(?:(?:morgen|bald|jetzt)\s+)?nach\s+{_PLACE}{_UNTIL}?",
    ),
    staying=(rf"(?:ich\s+)?(?:bin|werde)\s+(?:ab\s+\S+\s+)?in\s+{_PLACE}(?:\s+sein)?{_UNTIL}",),
    now_in=(
        rf"(?:ich\s+bin\s+|bin\s+)(?:(?:jetzt|gerade|momentan|gut|schon)\s+)*in\s+{_PLACE}"
        r"(?:\s+angekommen)?",
        rf"(?:ich\s+bin\s+)?(?:in\s+{_PLACE}\s+)(?:angekommen|gelandet)",
    ),
    articles=("die", "der", "das"),
    not_places=english.SETTINGS_WORDS.not_places | {"essen"},
)


def _number_words() -> dict[str, int]:
    """Zero to thirty in words: "einundzwanzig", also written "ein und zwanzig"."""
    words = {word: value for value, word in enumerate(NUMBER_UNITS)}
    words |= {"zwanzig": 20, "dreissig": 30, "zwo": 2, "ein": 1, "eine": 1, "fuenf": 5}
    for value, unit in enumerate(_TENS_UNITS, start=1):
        for separator in ("und", " und "):
            words[f"{unit}{separator}zwanzig"] = 20 + value
    return words


# --- The bundle -------------------------------------------------------------------------------

GERMAN = Vocabulary(
    language="de",
    dates=DateWords(
        numbers=_number_words(),
        months=MONTHS,
        weekdays=WEEKDAYS,
        dated_weekdays={"so": 6},
        relative_days=RELATIVE_DAYS,
        one=frozenset({"ein", "eine", "einem", "einer", "einen"}),
        ago=r"vor (\w+(?:[ -]\w+)?) (tag|tagen|woche|wochen)",
        ahead=r"in (\w+(?:[ -]\w+)?) (tag|tagen|woche|wochen)",
        week_units=frozenset({"woche", "wochen"}),
        next_word="nächsten",
        last_word="letzten",
        weekday_leads=("diesen", "kommenden", "nächster", "nächste"),
        leading_words=("am", "den", "dem", "vom"),
        ordinals=("ten", "te"),
        of_word="des",
        and_word="und",
        year_words=(),
        word_forms={"letzter": "letzten", "letztes": "letzten", "letzte": "letzten"},
    ),
    times=TimeWords(
        named=_named_times(),
        leads=("um", "gegen", "ca.", "ca", "circa", "etwa", "so um", "ab"),
        o_clock=r"uhr",
    ),
    zones=ZoneWords(
        aliases=ALIASES,
        utc_names=UTC_NAMES,
        leads=("in", "ich bin in", "ich wohne in", "ich lebe in", "wohne in", "bin in"),
        short_words=frozenset({"new", "san", "abu", "of", "the", "am", "rom", "den", "die"}),
    ),
    replies=ReplyWords(
        contractions=CONTRACTIONS,
        typos=TYPOS,
        done_verbs=DONE_VERBS,
        negators=NEGATORS,
        bare_not_done=frozenset(
            {"ich", "habe", "hab", "hatte", "nein", "nee", "nö", "noch", "nicht", "es", "sie"}
            | {"leider", "die", "spritze"}
        ),
        not_done_auxiliaries=frozenset({"habe", "hab", "hatte"}),
        not_yet=r"\b(?:noch nicht|jetzt nicht|nicht jetzt|noch nichts|noch keine)\b",
        clause_break=r"\baber\b",
        skip_word=SKIP_WORD,
        question_starts=QUESTION_STARTS,
        next_filler=NEXT_FILLER,
        injection_words=INJECTION_WORDS,
        status_words=STATUS_WORDS,
        status_question=(
            r"wie (?:läuft es|läufts|läuft|steht es|stehe ich|mache ich mich"
            r"|geht es (?:voran|mit der behandlung))\b"
            r"|bin ich (?:auf kurs|im plan|im zeitplan|gut dabei)\b"
        ),
        count_question=COUNT_QUESTION,
        history_question=HISTORY_QUESTION,
        report_question=(
            r"(?:(?:ich (?:brauche|möchte|hätte gern|will)|schick mir|schicken sie mir|gib mir"
            r"|erstelle|mach mir|kann ich)(?: einen| den| meinen| ein)? )?(?:bericht|report"
            r"|arztbericht)(?: (?:für|fuer) (?:meinen |meine |den |die )?(?:arzt|ärztin|hausarzt"
            r"|hausärztin|termin|praxis))?(?: haben)?(?: bitte)?$"
        ),
        help_phrases=HELP_PHRASES,
        help_word="hilfe",
        next_word="nächste",
        when_word="wann",
        next_openings=frozenset({"wann", "was", "nächste"}),
        not_next=frozenset({"letzte", "war", "vorherige", "hatte", "gestern"}),
        late_phrases=LATE_PHRASES,
        negated_late=("nicht ", "nie "),
        done_phrase=DONE_PHRASE,
        site=INJECTION_SITE,
        left_side="l",
        site_parts=SITE_PARTS,
        reason_filler=REASON_FILLER,
        date_joiner=DATE_JOINER,
        days_tail=DAYS_TAIL,
        forgot_to_tell=FORGOT_TO_TELL,
        forgot_lead=FORGOT_LEAD,
        forgot_verbs=FORGOT_VERBS,
        forgot_filler=FORGOT_FILLER,
        will_do=WILL_DO,
        again=frozenset({"wieder", "nochmal", "erneut"}),
        later_today=LATER_TODAY,
    ),
    amounts=AmountWords(dose_units=DOSE_UNITS, count_nouns=COUNT_NOUNS, decimal_comma=True),
    appointments=AppointmentWords(
        filler=APPOINTMENT_FILLER,
        clock_names=("mittag", "mittags"),
        at_word="um",
        day_names=frozenset({"heute", "morgen", "übermorgen"}),
    ),
    labs=LabWords(
        test_names=LAB_TEST_NAMES,
        relative_due=(
            r"^(?P<count>\w+) (?P<unit>tag|tage|tagen|woche|wochen|monat|monate|monaten) nach "
            r"(?:dem |der |meinem |meiner )?"
            r"(?P<anchor>beginn|start|erster spritze|ersten spritze|aufsättigung|übergang"
            r"|erhaltung)(?:sphase| phase)?$"
        ),
        units={
            "tag": "day",
            "tage": "day",
            "tagen": "day",
            "woche": "week",
            "wochen": "week",
            "monat": "month",
            "monate": "month",
            "monaten": "month",
        },
        anchors={
            "beginn": "start",
            "start": "start",
            "erster spritze": "start",
            "ersten spritze": "start",
            "aufsättigung": "loading",
            "übergang": "transition",
            "erhaltung": "maintenance",
        },
        unit_symbols={},
    ),
    durations=DurationWords(
        hours=("h", "std.", "std", "stunde", "stunden"),
        minutes=("m", "min.", "min", "minute", "minuten"),
        weeks=("woche",),
        months=("monat",),
    ),
    red_flags=german_red_flags.VOCABULARY,
    settings=SETTINGS_WORDS,
    common_words=frozenset(
        {
            "aber",
            "an",
            "auch",
            "auf",
            "bin",
            "das",
            "dem",
            "den",
            "der",
            "des",
            "die",
            "dies",
            "du",
            "ein",
            "eine",
            "einen",
            "es",
            "für",
            "gestern",
            "habe",
            "haben",
            "hat",
            "heute",
            "ich",
            "im",
            "in",
            "ist",
            "ja",
            "kann",
            "kein",
            "keine",
            "mein",
            "meine",
            "mich",
            "mir",
            "mit",
            "nein",
            "nicht",
            "noch",
            "oder",
            "schon",
            "sein",
            "sie",
            "sind",
            "und",
            "von",
            "wann",
            "war",
            "waren",
            "warum",
            "was",
            "wie",
            "wir",
            "wird",
            "zu",
        }
    ),
    routes=RouteWords(
        intramuscular=frozenset(
            {
                "im",
                "i.m.",
                "intramuskulär",
                "intramuskulaer",
                "muskel",
                "in den muskel",
            }
        ),
        subcutaneous=frozenset(
            {
                "sc",
                "s.c.",
                "subkutan",
                "tief subkutan",
                "unter die haut",
                "tief unter die haut",
            }
        ),
        not_injected=(
            "oral",
            "tablette",
            "kapsel",
            "sublingual",
            "spray",
            "nasenspray",
            "tropfen",
            "pflaster",
            "lutsch",
            "mund",
        ),
    ),
)
