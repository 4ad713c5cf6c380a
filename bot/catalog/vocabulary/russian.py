"""The Russian words the parsers recognise: replies, dates, times, zones, amounts, labs.

Patterns are regular-expression sources the domain compiles once (bot/domain/parsing/); the
types they fill are in bot/domain/parsing/vocabulary.py, the red-flag words in
russian_red_flags.py. Text reaches them normalised (``dates.normalise``: NFKC and casefold, so
Cyrillic is lower case but "ё" stays "ё"): patterns accept both "е" and "ё"; the reply word
lists see "ё" folded to "е" by CONTRACTIONS first.

Machine-drafted: must be reviewed by a native speaker before it is used with patients.
"""

from datetime import time

from bot.catalog.vocabulary import russian_red_flags
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

# Applied to the lower-cased words before the word lists are consulted: "ё" is written both
# ways, and the forms of "next" become one word (the reader looks for one).
CONTRACTIONS = (
    (r"ё", "е"),
    (r"\bследующ(?:ая|ее|ую|его|ей|ем|им|ие|их)\b", "следующий"),
    (r"\bслед\b", "следующий"),
    # "Во сколько?" (at what time) asks when; "во" alone opens a day ("во вторник сделала").
    (r"\bво сколько\b", "когда"),
)

TYPOS = {
    "зделал": "сделал", "зделала": "сделала", "сделол": "сделал", "сдела": "сделала",
    "укольчик": "укол", "укл": "укол", "следуюший": "следующий",
    "следущий": "следующий", "помошь": "помощь",
}  # fmt: skip

DONE_VERBS = frozenset(
    {
        "сделал", "сделала", "сделали", "сделано", "сделан", "сделана", "делал", "делала",
        "уколол", "уколола", "укололся", "укололась", "укололи", "кольнул", "кольнула",
        "вколол", "вколола", "вкололи", "поставил", "поставила", "поставили", "ввел", "ввела",
        "ввели", "принял", "приняла", "укол", "уколоться", "уколоть", "сделать", "поставить",
    }
)  # fmt: skip

NEGATORS = frozenset({"не", "ни", "нет"})

# Present, future and infinitive: "I skip (this one)". The past ("пропустил") is a missed dose:
# FORGOT_VERBS.
# "Не буду" (I won't) skips too, with the verb it may carry: "не буду колоть, заболела"; but
# "не буду забывать" (I won't forget) promises the opposite.
SKIP_WORD = (
    r"(?:пропуска(?:ю|ем|ть)|пропущу|пропустим|пропустить|пропуск(?:аю)?|скип"
    r"|не\s+буду(?!\s+(?:забывать|пропускать|опаздывать))"
    r"(?:\s+(?:сегодня|его|колоть|колоться|делать|ставить|уколоться))*"
    r"|без\s+укол(?:а|ов))"
)

QUESTION_STARTS = frozenset(
    {
        "когда", "что", "как", "сколько", "можно", "нужно", "надо", "почему", "зачем", "какой",
        "какая", "какие", "где", "ли", "стоит", "разве", "правда",
    }
)  # fmt: skip

NEXT_FILLER = frozenset(
    {
        "следующий", "мой", "моя", "мое", "укол", "уколы", "укола", "инъекция", "инъекции",
        "инъекцию", "доза", "дозу", "b12", "б12", "когда", "будет", "пожалуйста", "какого",
        "числа", "дата", "во", "сколько", "день", "а", "и",
    }
)  # fmt: skip

INJECTION_WORDS = frozenset(
    {
        "укол", "уколы", "укола", "уколоться", "уколоть", "колоть", "колоться", "инъекция",
        "инъекции", "инъекцию", "доза", "дозу", "b12", "б12", "делать", "ставить", "срок",
    }
)  # fmt: skip

STATUS_WORDS = frozenset({"статус", "прогресс", "статистика", "сводка", "итоги"})

HELP_PHRASES = frozenset(
    {
        "помощь", "помоги", "помогите", "справка", "помощь пожалуйста", "что ты умеешь",
        "что ты можешь", "что вы умеете", "что вы можете", "что умеет бот", "как это работает",
        "как пользоваться", "команды", "меню", "как пользоваться ботом", "как тобой пользоваться",
        "как пользоваться этим ботом", "какие есть команды", "какие команды", "список команд",
        "что ты умеешь делать", "что умеешь",
    }
)  # fmt: skip

LATE_PHRASES = (
    r"\b(?:позже|попозже|позднее|потом|не сейчас|пока нет|еще нет|нет еще|нет пока|чуть позже"
    r"|через (?:час|полчаса|пару часов|\d+ (?:час\w*|мин\w*)|(?:два|три|несколько) час\w*)"
    r"|отложи\w*"
    r"|напомни(?:те)?(?: мне)?(?: позже| потом| через \w+(?: \w+)?)?|опаздываю|опоздаю"
    r"|задерживаюсь|задержусь)\b"
)

NOUN = r"(?:укол|уколы|инъекци[юяи]|дозу|б12|b12|витамин\s+(?:б|b)12)"

# What else one "makes" or "puts": "сделала анализы" (had the tests), "поставил будильник".
NOT_DOSE = (
    r"анализ\w*|узи|мрт|кт|экг|фгдс|прививк\w*|флюорограф\w*|рентген\w*|операци\w*|перерыв\w*"
    r"|будильник\w*|напоминани\w*|тест\w*|уроки|домашк\w*"
)

DONE_PHRASE = rf"""
    (?:(?:да|ага|угу|ок|окей|хорошо|так)\b[\s,!.]*)?
    (?:(?:я|уже|только\s+что|вот|сегодня|всё|все)\s+)*
    (?:
        готово | сделано | [сз]делал[аи]? | сделан[аоы]?
      | уколол(?:а|и|ся|ась)? | кольнул(?:а|ся|ась)? | вколол[аи]?
      | поставил[аи]?(?:\s+{NOUN})? | ввел[аи]?(?:\s+{NOUN})? | ввёл(?:\s+{NOUN})?
      | принял[аи]?\s+{NOUN}
      | (?:(?:мой|сегодняшний)\s+)?{NOUN}\s+(?:уже\s+)?(?:сделан[аоы]?|поставлен[аоы]?|готов[ао]?)
      | {NOUN}\s+(?:я\s+)?(?:уже\s+)?(?:сделал[аи]?|поставил[аи]?|вколол[аи]?)
    )
    (?:\s+{NOUN})?(?:\s+(?:уже|сейчас|только\s+что))?
    (?![\w'])(?!\s+(?:{NOT_DOSE})(?![\w']))
    """

INJECTION_SITE = (
    r"(?:(?:в|во|на)\s+)?(лев\w*|прав\w*)\s+"
    r"(плечо|плеча|плече|руку|рука|руке|дельту|дельтовидную|бедро|бедра|бедре|ногу|нога|ноге"
    r"|ягодицу|ягодица|ягодице|попу|попа)(?![\w'])"
)

# The part of the body a site names, as the record keys it.
SITE_PARTS = {
    "плечо": "arm", "плеча": "arm", "плече": "arm", "руку": "arm", "рука": "arm",
    "руке": "arm", "дельту": "arm", "дельтовидную": "arm", "бедро": "thigh", "бедра": "thigh",
    "бедре": "thigh", "ногу": "thigh", "нога": "thigh", "ноге": "thigh", "ягодицу": "buttock",
    "ягодица": "buttock", "ягодице": "buttock", "попу": "buttock", "попа": "buttock",
}  # fmt: skip

REASON_FILLER = (
    r"(?:[\s,;:.!\-\u2013\u2014]+"
    r"|(?:(?:сегодняшний|сегодня|этот|эту|мой|мою|следующий|следующую)\s+)?"
    r"(?:укол|раз|дозу|инъекцию|неделю)(?![\w'])"
    r"|(?:сегодня|его|ее|её|пока|потому\s+что|так\s+как|из-за|т\.\s?к\.|тк)(?![\w']))*"
)

DATE_JOINER = r"(?:(?:и|плюс|также|потом|еще|ещё)\s+)*(?:(?:в|во)\s+)*"

DAYS_TAIL = r"[\s,.!]*(?:тоже|также|оба\s+раза|оба|обе)?[\s,.!]*"

FORGOT_TO_TELL = (
    r"[\s,.!]*(?:(?:ой|упс|извините|простите|сорри|блин)[\s,.!]+)*(?:я\s+)?забыл[аи]?\s+"
    r"(?:сказать|написать|отметить|сообщить|записать)(?:\s+(?:вам|тебе|что))*[\s,:.\-]*"
)

FORGOT_LEAD = frozenset(
    {"ой", "упс", "извините", "простите", "сорри", "блин", "я", "совсем", "кажется", "опять"}
    | {"вот", "ну", "черт", "уже", "снова", "похоже", "наверное", "видимо"}
)

FORGOT_VERBS = frozenset(
    {"забыл", "забыла", "забыли", "забываю", "пропустил", "пропустила", "пропустили", "вылетело"}
    | {"прозевал", "прозевала", "проспал", "проспала", "пропущен", "пропущена"}
)

FORGOT_FILLER = frozenset(
    {"про", "о", "об", "сделать", "уколоться", "уколоть", "поставить", "укол", "уколы"}
    | {"инъекцию", "инъекции", "дозу", "мой", "мою", "свой", "свою", "сегодняшний", "сегодня"}
    | {"б12", "b12", "витамин", "опять", "снова", "совсем", "его", "ее", "в", "во"}
    | {"из", "головы"}
)

# "Вечером сделаю" puts the time first; "давай завтра", "перенеси на субботу" and a bare "завтра"
# name the day without a verb (and must name one: "давай потом" is late).
WILL_DO = (
    r"(?:(?:ок|окей|хорошо|ладно|да|конечно|не волнуйтесь|не переживайте)\s+)*"
    r"(?:(?:сегодня\s+)?(?:вечером|днем|ночью|после работы|перед сном)\s+)?"
    r"(?:я\s+)?(?:обязательно\s+)?"
    r"(?:(?:сделаю|уколю|уколюсь|поставлю|введу|сделаю себе|поставлю себе)"
    r"(?:\s+(?:его|это|укол|инъекцию|дозу|сам|сама))*"
    r"|(?:давай(?:те)?|перенеси(?:те)?|перенесу|перенесем|отложи(?:те)?|отложу|лучше)"
    r"(?:\s+(?:его|это|укол|инъекцию|на))*(?=\s+\S)"
    r"|(?=(?:завтра|послезавтра)\b))"
    r"(?P<rest>(?:\b.*)?)$"
)

LATER_TODAY = frozenset(
    {"", "сегодня", "вечером", "сегодня вечером", "днем", "сегодня днем"}
    | {"сегодня позже", "после работы", "скоро", "ночью", "перед сном", "когда приду домой"}
    | {"дома"}
)

# Questions of missed, skipped or late doses are HISTORY_QUESTION's, which is asked first.
# "Сколько до следующего?" asks when the next one is.
COUNT_QUESTION = (
    r"сколько\b(?!.*\bследующий\b).*\b(?:сделал\w*|сделано|уколов|укола|осталось|доз|инъекций"
    r"|раз)\b"
)

HISTORY_QUESTION = (
    r"(?:(?:покажи|покажите|показать|открой|открыть|посмотреть)(?: мне)? )?(?:мою |моя )?"
    r"истори[яюи](?: (?:уколов|инъекций|доз))?$"
    r"|(?:(?:покажи|покажите)(?: мне)? )?(?:мой )?журнал(?: уколов)?$"
    r"|(?:какие|что)(?: уколы)? я (?:уже )?(?:пропустил\w*|сделал\w*|делал\w*|пропускал\w*)\b"
    r"|(?:(?:покажи|покажите|дай|дайте)(?: мне)? )?(?:мой )?список(?: (?:уколов|инъекций|доз))?$"
    r"|(?:(?:покажи|покажите)(?: мне)? )?(?:все )?(?:мои )?(?:прошлые |предыдущие |сделанные )?"
    r"(?:уколы|инъекции|дозы)$"
    r"|сколько\b.*\b(?:пропустил\w*|пропущено|пропуск\w*|опоздал\w*|с опозданием)\b"
    r"|(?:я )?(?:что-то|что то|какие-то|какие то) (?:уколы )?пропустил\w*\b"
)

# --- Amounts --------------------------------------------------------------------------------

DOSE_UNITS = {
    "мкг": DoseUnit.MCG, "мкгр": DoseUnit.MCG, "микрограмм": DoseUnit.MCG,
    "микрограмма": DoseUnit.MCG, "микрограммов": DoseUnit.MCG, "mcg": DoseUnit.MCG,
    "μg": DoseUnit.MCG, "µg": DoseUnit.MCG, "ug": DoseUnit.MCG, "мг": DoseUnit.MG,
    "мгр": DoseUnit.MG, "миллиграмм": DoseUnit.MG, "миллиграмма": DoseUnit.MG,
    "миллиграммов": DoseUnit.MG, "mg": DoseUnit.MG,
}  # fmt: skip

COUNT_NOUNS = frozenset(
    {
        "укол", "укола", "уколов", "уколы", "инъекция", "инъекции", "инъекций", "доза", "дозы",
        "доз", "раз", "раза", "день", "дня", "дней", "неделя", "недели", "недель", "неделю",
        "месяц", "месяца", "месяцев", "ампула", "ампулы", "ампул", "шт", "штук", "штуки",
        "всего", "итого", "в",
    }
)  # fmt: skip

# --- Dates ----------------------------------------------------------------------------------

_UNITS = {
    "ноль": 0, "один": 1, "одна": 1, "одну": 1, "одно": 1, "два": 2, "две": 2, "три": 3,
    "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
}  # fmt: skip
_TEENS = {
    "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
}  # fmt: skip


def _number_words() -> dict[str, int]:
    """Zero to thirty in words: "двадцать один" (feminine and accusative forms too)."""
    words = _UNITS | _TEENS
    for word, value in _UNITS.items():
        if value:
            words[f"двадцать {word}"] = 20 + value
    return words


MONTHS: dict[str, int] = {
    "январь": 1, "января": 1, "январе": 1, "янв": 1, "февраль": 2, "февраля": 2,
    "феврале": 2, "фев": 2, "февр": 2, "март": 3, "марта": 3, "марте": 3, "мар": 3,
    "апрель": 4, "апреля": 4, "апреле": 4, "апр": 4, "май": 5, "мая": 5, "мае": 5,
    "июнь": 6, "июня": 6, "июне": 6, "июн": 6, "июль": 7, "июля": 7, "июле": 7, "июл": 7,
    "август": 8, "августа": 8, "августе": 8, "авг": 8, "сентябрь": 9, "сентября": 9,
    "сентябре": 9, "сен": 9, "сент": 9, "октябрь": 10, "октября": 10, "октябре": 10,
    "окт": 10, "ноябрь": 11, "ноября": 11, "ноябре": 11, "ноя": 11, "нояб": 11,
    "декабрь": 12, "декабря": 12, "декабре": 12, "дек": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "пн": 0, "пон": 0, "вторник": 1, "вт": 1, "среда": 2, "среду": 2,
    "ср": 2, "четверг": 3, "чт": 3, "пятница": 4, "пятницу": 4, "пт": 4, "суббота": 5,
    "субботу": 5, "сб": 5, "воскресенье": 6, "вс": 6, "вск": 6,
}  # fmt: skip

RELATIVE_DAYS: dict[str, int] = {
    "сегодня": 0, "сейчас": 0, "сегодня утром": 0, "сегодня днем": 0, "сегодня днём": 0,
    "сегодня вечером": 0, "вчера": -1, "вчера утром": -1, "вчера днем": -1, "вчера днём": -1,
    "вчера вечером": -1, "вчера ночью": -1, "позавчера": -2, "завтра": 1, "завтра утром": 1,
    "завтра вечером": 1, "послезавтра": 2, "неделю назад": -7, "через неделю": 7,
}  # fmt: skip

# Russian inflects "next", "last" and "this" by gender and case where English has one word:
# each form is folded onto the one the date reader knows.
DATE_WORD_FORMS: dict[str, str] = {
    "следующая": "следующий", "следующее": "следующий", "следующую": "следующий",
    "следующей": "следующий", "след": "следующий", "прошлая": "прошлый",
    "прошлое": "прошлый", "прошлую": "прошлый", "прошлой": "прошлый", "эта": "этот",
}  # fmt: skip

# Named times: "7 вечера", "8:30 утра" (the reader drops spaces before looking them up).
# "3 дня" is 15:00 and "12 дня" noon; "12 ночи" is midnight.
_HALVES: dict[str, tuple[int, ...]] = {
    "утра": tuple(range(1, 12)),
    "дня": (12, 1, 2, 3, 4, 5),
    "вечера": tuple(range(5, 12)),
    "ночи": (12, 1, 2, 3, 4),
}


def _named_times() -> dict[str, time]:
    """Noon, midnight and every "hour (:minutes) утра/дня/вечера/ночи" of the 12-hour clock."""
    named = {"полдень": time(12), "полночь": time(0)}
    for half, hours in _HALVES.items():
        for spoken in hours:
            hour = spoken % 12 if half in ("утра", "ночи") else spoken % 12 + 12
            if half == "дня" and spoken == 12:
                hour = 12
            for minute in range(60):
                at = time(hour, minute)
                if minute == 0:
                    named[f"{spoken}{half}"] = at
                named[f"{spoken}:{minute:02d}{half}"] = at
                named[f"{spoken}.{minute:02d}{half}"] = at
    return named


# --- Time zones -----------------------------------------------------------------------------

_RUSSIA = (
    "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
    "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
    "Asia/Magadan", "Asia/Kamchatka",
)  # fmt: skip
_USA = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")

# Places as Russian speakers write them (nominative); _inflected adds "в Москве", "в Москву".
PLACES: dict[str, tuple[str, ...]] = {
    "москва": ("Europe/Moscow",), "мск": ("Europe/Moscow",), "подмосковье": ("Europe/Moscow",),
    "санкт-петербург": ("Europe/Moscow",), "петербург": ("Europe/Moscow",),
    "питер": ("Europe/Moscow",), "спб": ("Europe/Moscow",), "казань": ("Europe/Moscow",),
    "сочи": ("Europe/Moscow",), "краснодар": ("Europe/Moscow",), "воронеж": ("Europe/Moscow",),
    "ростов": ("Europe/Moscow",), "мурманск": ("Europe/Moscow",), "ярославль": ("Europe/Moscow",),
    "тула": ("Europe/Moscow",), "рязань": ("Europe/Moscow",), "тверь": ("Europe/Moscow",),
    "калуга": ("Europe/Moscow",), "смоленск": ("Europe/Moscow",), "брянск": ("Europe/Moscow",),
    "архангельск": ("Europe/Moscow",), "крым": ("Europe/Simferopol",),
    "симферополь": ("Europe/Simferopol",), "севастополь": ("Europe/Simferopol",),
    "киров": ("Europe/Kirov",), "калининград": ("Europe/Kaliningrad",),
    "самара": ("Europe/Samara",), "ижевск": ("Europe/Samara",), "волгоград": ("Europe/Volgograd",),
    "саратов": ("Europe/Saratov",), "ульяновск": ("Europe/Ulyanovsk",),
    "астрахань": ("Europe/Astrakhan",), "екатеринбург": ("Asia/Yekaterinburg",),
    "екб": ("Asia/Yekaterinburg",), "челябинск": ("Asia/Yekaterinburg",),
    "уфа": ("Asia/Yekaterinburg",), "пермь": ("Asia/Yekaterinburg",),
    "тюмень": ("Asia/Yekaterinburg",), "оренбург": ("Asia/Yekaterinburg",),
    "омск": ("Asia/Omsk",), "новосибирск": ("Asia/Novosibirsk",), "барнаул": ("Asia/Barnaul",),
    "томск": ("Asia/Tomsk",), "кемерово": ("Asia/Novokuznetsk",),
    "новокузнецк": ("Asia/Novokuznetsk",), "красноярск": ("Asia/Krasnoyarsk",),
    "иркутск": ("Asia/Irkutsk",), "улан-удэ": ("Asia/Irkutsk",), "чита": ("Asia/Chita",),
    "якутск": ("Asia/Yakutsk",), "владивосток": ("Asia/Vladivostok",),
    "хабаровск": ("Asia/Vladivostok",), "магадан": ("Asia/Magadan",),
    "сахалин": ("Asia/Sakhalin",), "камчатка": ("Asia/Kamchatka",),
    "минск": ("Europe/Minsk",), "беларусь": ("Europe/Minsk",), "белоруссия": ("Europe/Minsk",),
    "киев": ("Europe/Kyiv",), "харьков": ("Europe/Kyiv",), "одесса": ("Europe/Kyiv",),
    "украина": ("Europe/Kyiv",), "кишинев": ("Europe/Chisinau",),
    "кишинёв": ("Europe/Chisinau",), "молдова": ("Europe/Chisinau",), "рига": ("Europe/Riga",),
    "латвия": ("Europe/Riga",), "вильнюс": ("Europe/Vilnius",), "литва": ("Europe/Vilnius",),
    "таллин": ("Europe/Tallinn",), "таллинн": ("Europe/Tallinn",),
    "эстония": ("Europe/Tallinn",), "тбилиси": ("Asia/Tbilisi",), "грузия": ("Asia/Tbilisi",),
    "ереван": ("Asia/Yerevan",), "армения": ("Asia/Yerevan",), "баку": ("Asia/Baku",),
    "алматы": ("Asia/Almaty",), "алма-ата": ("Asia/Almaty",), "астана": ("Asia/Almaty",),
    "казахстан": ("Asia/Almaty",), "ташкент": ("Asia/Tashkent",),
    "узбекистан": ("Asia/Tashkent",), "бишкек": ("Asia/Bishkek",),
    "душанбе": ("Asia/Dushanbe",), "лондон": ("Europe/London",),
    "англия": ("Europe/London",), "великобритания": ("Europe/London",),
    "дублин": ("Europe/Dublin",), "париж": ("Europe/Paris",), "франция": ("Europe/Paris",),
    "берлин": ("Europe/Berlin",), "мюнхен": ("Europe/Berlin",), "гамбург": ("Europe/Berlin",),
    "германия": ("Europe/Berlin",), "вена": ("Europe/Vienna",), "прага": ("Europe/Prague",),
    "чехия": ("Europe/Prague",), "варшава": ("Europe/Warsaw",), "польша": ("Europe/Warsaw",),
    "рим": ("Europe/Rome",), "милан": ("Europe/Rome",), "италия": ("Europe/Rome",),
    "мадрид": ("Europe/Madrid",), "барселона": ("Europe/Madrid",),
    "испания": ("Europe/Madrid",), "лиссабон": ("Europe/Lisbon",),
    "амстердам": ("Europe/Amsterdam",), "хельсинки": ("Europe/Helsinki",),
    "финляндия": ("Europe/Helsinki",), "афины": ("Europe/Athens",), "греция": ("Europe/Athens",),
    "белград": ("Europe/Belgrade",), "сербия": ("Europe/Belgrade",),
    "черногория": ("Europe/Podgorica",), "кипр": ("Asia/Nicosia",),
    "стамбул": ("Europe/Istanbul",), "анталья": ("Europe/Istanbul",),
    "турция": ("Europe/Istanbul",), "израиль": ("Asia/Jerusalem",),
    "тель-авив": ("Asia/Jerusalem",), "иерусалим": ("Asia/Jerusalem",),
    "хайфа": ("Asia/Jerusalem",), "дубай": ("Asia/Dubai",), "оаэ": ("Asia/Dubai",),
    "каир": ("Africa/Cairo",), "египет": ("Africa/Cairo",), "бангкок": ("Asia/Bangkok",),
    "пхукет": ("Asia/Bangkok",), "таиланд": ("Asia/Bangkok",), "тайланд": ("Asia/Bangkok",),
    "бали": ("Asia/Makassar",), "гоа": ("Asia/Kolkata",), "дели": ("Asia/Kolkata",),
    "индия": ("Asia/Kolkata",), "пекин": ("Asia/Shanghai",), "китай": ("Asia/Shanghai",),
    "токио": ("Asia/Tokyo",), "япония": ("Asia/Tokyo",), "сидней": ("Australia/Sydney",),
    "аделаида": ("Australia/Adelaide",), "нью-йорк": ("America/New_York",),
    "нью йорк": ("America/New_York",), "вашингтон": ("America/New_York",),
    "майами": ("America/New_York",), "чикаго": ("America/Chicago",),
    "лос-анджелес": ("America/Los_Angeles",), "сан-франциско": ("America/Los_Angeles",),
    "торонто": ("America/Toronto",), "ванкувер": ("America/Vancouver",),
    "россия": _RUSSIA, "рф": _RUSSIA, "сша": _USA, "америка": _USA, "штаты": _USA,
    "канада": ("America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver"),
    "австралия": ("Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide",
                  "Australia/Darwin", "Australia/Perth"),
}  # fmt: skip

# Case forms that a rule cannot make.
IRREGULAR_PLACES: dict[str, tuple[str, ...]] = {
    "ростове-на-дону": ("Europe/Moscow",), "ростов-на-дону": ("Europe/Moscow",),
    "нижний новгород": ("Europe/Moscow",), "нижнем новгороде": ("Europe/Moscow",),
    "нижний": ("Europe/Moscow",), "нижнем": ("Europe/Moscow",), "афинах": ("Europe/Athens",),
    "штатах": _USA, "по москве": ("Europe/Moscow",), "московское": ("Europe/Moscow",),
    "московское время": ("Europe/Moscow",),
}  # fmt: skip

_INDECLINABLE_ENDINGS = ("о", "и", "у", "ы", "э", "е", "ё")


def _inflected(places: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The places with their locative and accusative forms: "в Москве", "переехал в Москву"."""
    forms = dict(places)
    for name, zones in places.items():
        if " " in name or len(name) < 4 or name.endswith(_INDECLINABLE_ENDINGS):
            continue
        stem, last = name[:-1], name[-1]
        new: tuple[str, ...]
        if name.endswith("ия"):
            new = (name[:-1] + "и", name[:-1] + "ю")
        elif last == "а":
            new = (stem + "е", stem + "у")
        elif last == "я":
            new = (stem + "е", stem + "ю")
        elif last == "ь":
            new = (stem + "и",)
        elif last == "й":
            new = (stem + "е",)
        else:
            new = (name + "е",)
        for form in new:
            forms.setdefault(form, zones)
    return forms


ALIASES: dict[str, tuple[str, ...]] = _inflected(PLACES) | IRREGULAR_PLACES

UTC_NAMES = frozenset({"utc", "z", "гринвич", "по гринвичу", "всемирное время", "етс/utc"})

# Short words of aliases that are words, not abbreviations ("Рим", not "РИМ").
SHORT_WORDS = frozenset(
    word
    for name in ALIASES
    for word in name.split()
    if len(word) <= 3 and word not in {"мск", "спб", "рф", "сша", "оаэ", "екб"}
)

# --- Appointments and labs --------------------------------------------------------------------

# Words around the day and time that carry no date: "я записался на …", "приём в клинике …".
APPOINTMENT_FILLER = frozenset(
    {
        "я", "записался", "записалась", "записались", "записан", "записана", "записала",
        "записал", "запись", "на", "к", "у", "меня", "мне", "есть", "прием", "приём", "приема",
        "приёма", "укол", "укола", "медсестре", "медсестры", "врачу", "клинику", "клинике",
        "поликлинику", "поликлинике", "назначили", "назначено", "назначен", "ок", "да", "и",
        "так", "вот", "уже", "b12", "б12", "это", "в", "во",
    }
)  # fmt: skip

# The names each lab test is written with, by LabTest value (Russian and the Latin shorthand
# printed on most lab reports).
LAB_TEST_NAMES: dict[str, tuple[str, ...]] = {
    "full_blood_count": ("hb", "hgb", "гемоглобин", "оак", "общий анализ крови", "нв"),
    "b12": ("b12", "б12", "витамин b12", "витамин б12", "кобаламин"),
    "reticulocytes": ("retic", "ретикулоциты", "ретикулоцитов", "рет"),
    "mma": ("mma", "ммк", "метилмалоновая кислота"),
    "folate": ("folate", "фолиевая кислота", "фолаты", "фолат"),
    "ferritin": ("ferritin", "ферритин"),
    "potassium": ("k", "k+", "калий"),
}

# --- Settings requests ------------------------------------------------------------------------

# Politeness around a request: "ок, можно, пожалуйста, …", "… спасибо".
SETTINGS_LEAD = (
    r"(?:(?:ок|окей|привет|здравствуйте|так|а|и|кстати|да|слушай|слушайте)[\s,!.]+)*"
    r"(?:(?:пожалуйста|можешь|можете|можно|прошу|хочу|я\s+хочу|хотел\s+бы|хотела\s+бы"
    r"|я\s+хотел\s+бы|я\s+хотела\s+бы|надо|нужно)[\s,]+)*"
)
SETTINGS_TAIL = r"(?:[\s,!.]+(?:пожалуйста|спасибо|плиз|заранее\s+спасибо))*"

_SEPARATOR = r"[\s,;:\-\u2013\u2014]+"
_I = r"(?:я\s+)?"
# Words after a place that are no part of it: "в Москве сейчас", "в Берлин на неделю".
_PLACE_TAIL = (
    r"сейчас|теперь|пока|сегодня|завтра|надолго|навсегда|ненадолго|насовсем"
    r"|на\s+(?:неделю|выходные|месяц|год|пару\s+дней|несколько\s+дней|\d+\s+(?:дня|дней|недели|недель))"
    r"|в\s+(?:командировку|командировке|отпуск|отпуске)|по\s+работе|в\s+гости|в\s+гостях"
)
_PLACE = rf"(?P<place>\S.*?)(?:{_SEPARATOR}(?:{_PLACE_TAIL}))*"
_UNTIL = rf"(?:{_SEPARATOR}(?:до|по|вернусь|возвращаюсь|обратно)\s+(?P<until>\S.*?))"
# Words after a reminder time that are no part of it: "на 19:00 каждый день".
_REMINDER_TAIL = (
    r"каждый\s+день|ежедневно|теперь|впредь|всегда|с\s+сегодняшнего\s+дня|с\s+завтрашнего\s+дня"
)
_TIME = rf"(?P<time>\S.*?)(?:{_SEPARATOR}(?:{_REMINDER_TAIL}))*"
# "Напомни мне в 7 сегодня" asks for one reminder (a snooze), not a new daily time.
_NOT_ONE_OFF = r"(?!.*\b(?:сегодня|завтра|позже|потом|один\s+раз|разок)\b)"
_REMINDERS = r"(?:(?:мои|моих|мое|моё|моего)\s+)?(?:ежедневн\w+\s+)?напоминани(?:я|й|е|ю)"
_REMINDER_TIME_NOUN = rf"(?:время\s+){_REMINDERS}|{_REMINDERS}"
_ZONE_NOUN = r"(?:(?:мой|свой)\s+)?(?:часовой\s+пояс|пояс|таймзону|таймзона)"
_CHANGE = (
    r"(?:измени|поменяй|смени|перенеси|поставь|установи|сдвинь|переставь|исправь|настрой)(?:те)?"
)
_TRAVEL = (
    r"(?:в\s+поездке|в\s+отпуске|в\s+командировке|в\s+отъезде|путешествую"
    r"|за\s+границей|за\s+рубежом)"
)

SETTINGS_WORDS = SettingsWords(
    lead=SETTINGS_LEAD,
    tail=SETTINGS_TAIL,
    open_settings=(
        r"/?(?:(?:открой|открыть|покажи|показать|изменить|поменять|посмотреть)(?:те)?\s+)?"
        r"(?:мои\s+)?(?:настройки|параметры)",
    ),
    back_home=(
        rf"{_I}(?:уже\s+|снова\s+|наконец\s+)?(?:вернул(?:ся|ась|ись)|приехал[аи]?)\s+домой"
        r"(?:\s+из\s+(?:поездки|отпуска|командировки))?",
        rf"{_I}(?:уже\s+|снова\s+|опять\s+)?дома(?:\s+(?:уже|снова|опять))?",
        rf"{_I}(?:больше\s+не|уже\s+не)\s+(?:в\s+поездке|в\s+отпуске|в\s+командировке|в\s+отъезде"
        r"|путешествую)",
        r"(?:выключи|отключи|закончи|заверши|останови)(?:те)?\s+(?:режим\s+)?(?:поездк[уи]|путешестви[ея])",
        r"(?:моя\s+)?поездка\s+(?:закончилась|окончена|завершена)",
    ),
    reminder_time=(
        rf"{_CHANGE}\s+(?:{_REMINDER_TIME_NOUN})(?:\s+(?:на|в|во)\s+{_TIME})?",
        rf"время\s+напоминаний(?:(?:\s*[:=\-\u2014]\s*|\s+)(?:на\s+|в\s+)?{_TIME})?",
    ),
    remind_at=(
        rf"напоминай(?:те)?(?:\s+мне)?{_NOT_ONE_OFF}"
        r"(?:\s+(?:каждый\s+день|ежедневно|каждое\s+утро|каждый\s+вечер|по\s+утрам|по\s+вечерам))?"
        rf"\s+(?:в|во|около|к)\s+{_TIME}",
        rf"(?:присылай|отправляй|шли)(?:те)?(?:\s+мне)?\s+{_REMINDERS}{_NOT_ONE_OFF}"
        rf"\s+(?:в|во|около|к)\s+{_TIME}",
        rf"(?:хочу|хотел\s+бы|хотела\s+бы)\s+{_REMINDERS}{_NOT_ONE_OFF}\s+(?:в|во|около|к)\s+{_TIME}",
    ),
    zone_change=(
        rf"{_CHANGE}\s+{_ZONE_NOUN}(?:\s+на\s+{_PLACE})?",
        rf"{_ZONE_NOUN}(?:(?:\s+(?:теперь|сейчас|должен\s+быть)\s+|\s*[=:\-\u2014]\s*|\s+){_PLACE})?",
        rf"{_I}(?:недавно\s+|только\s+что\s+)?(?:переехал[аи]?|перебрал(?:ся|ась|ись))"
        rf"\s+(?:в|во|на)\s+{_PLACE}",
    ),
    zone_statement=(
        rf"{_I}(?:теперь\s+|сейчас\s+)?(?:живу|проживаю)\s+(?:в|во|на)\s+{_PLACE}",
        rf"{_I}(?:теперь\s+)?(?:из|с)\s+{_PLACE}",
    ),
    travelling=(
        rf"{_I}(?:сейчас\s+|пока\s+|теперь\s+)?{_TRAVEL}(?:\s+(?:в|во|на|по)\s+{_PLACE})?{_UNTIL}?",
        rf"(?:включи(?:те)?\s+)?режим\s+поездки(?:\s+включ\w+)?{_UNTIL}?",
    ),
    going_to=(
        rf"{_I}(?:еду|лечу|уезжаю|улетаю|поеду|полечу|отправляюсь|уеду|улечу)\s+(?:в|во|на)\s+"
        rf"{_PLACE}{_UNTIL}?",
    ),
    staying=(
        rf"{_I}буду\s+(?:в|во|на)\s+{_PLACE}{_UNTIL}?",
        rf"{_I}(?:сейчас\s+|пока\s+)?(?:в|во|на)\s+{_PLACE}{_UNTIL}",
    ),
    now_in=(
        rf"{_I}(?:сейчас|теперь|уже|пока)\s+(?:в|во|на)\s+{_PLACE}",
        rf"{_I}(?:прилетел[аи]?|приехал[аи]?|добрал(?:ся|ась|ись)|прибыл[аи]?)\s+(?:в|во|на)\s+{_PLACE}",
    ),
    articles=(),
    not_places=frozenset({"порядке", "порядок", "норме", "дороге", "пути", "больнице", "клинике"}),
)

# --- The bundle -------------------------------------------------------------------------------

_DAY_UNITS = r"день|дня|дней|сутки|суток|неделю|недели|недель|нед"

RUSSIAN = Vocabulary(
    language="ru",
    dates=DateWords(
        numbers=_number_words(),
        months=MONTHS,
        weekdays=WEEKDAYS,
        dated_weekdays={},
        relative_days=RELATIVE_DAYS,
        one=frozenset({"один", "одна", "одну", "одни"}),
        ago=rf"(\w+(?:[ -]\w+)?) ({_DAY_UNITS}) назад",
        ahead=rf"через (\w+(?:[ -]\w+)?) ({_DAY_UNITS})",
        week_units=frozenset({"неделю", "недели", "недель", "нед"}),
        next_word="следующий",
        last_word="прошлый",
        weekday_leads=("этот", "эту", "это", "в", "во"),
        leading_words=("в", "во", "на"),
        ordinals=("-го", "-ого", "-е", "-ое", "-й", "-ый", "го"),
        of_word="числа",
        and_word="и",
        year_words=("г", "года", "год", "гг"),
        word_forms=DATE_WORD_FORMS,
    ),
    times=TimeWords(
        named=_named_times(),
        leads=("примерно в", "около", "где-то в", "в", "во", "к", "на"),
        o_clock=r"(?:часов|часа|час|ч)\.?",
    ),
    zones=ZoneWords(
        aliases=ALIASES,
        utc_names=UTC_NAMES,
        leads=(
            "я живу в",
            "живу в",
            "я сейчас в",
            "сейчас в",
            "я в",
            "в",
            "во",
            "по",
            "г.",
            "город",
        ),
        short_words=SHORT_WORDS,
    ),
    replies=ReplyWords(
        contractions=CONTRACTIONS,
        typos=TYPOS,
        done_verbs=DONE_VERBS,
        negators=NEGATORS,
        bare_not_done=frozenset({"я", "не", "нет", "еще", "пока", "его"}),
        # Russian has no auxiliary to stand alone ("I haven't"): "ещё нет" is NOT_YET's.
        not_done_auxiliaries=frozenset(),
        not_yet=r"\b(?:еще не|пока не|еще нет|пока нет|не сейчас|не успел\w*)\b",
        clause_break=r"\bно\b|\bоднако\b",
        skip_word=SKIP_WORD,
        question_starts=QUESTION_STARTS,
        next_filler=NEXT_FILLER,
        injection_words=INJECTION_WORDS,
        status_words=STATUS_WORDS,
        status_question=(
            r"как (?:у меня |мои )?(?:дела|идут дела|успехи|я справляюсь|продвигается"
            r"|идет лечение)\b"
            r"|(?:я все |я |все )(?:делаю )?(?:по графику|по плану|вовремя)(?: делаю| иду)?$"
        ),
        count_question=COUNT_QUESTION,
        history_question=HISTORY_QUESTION,
        report_question=(
            r"(?:(?:мне )?(?:нужен|нужна|хочу|пришли|пришлите|дай|дайте|сделай|сделайте"
            r"|сформируй|сформируйте|можно)(?: мне)? )?(?:отч[её]т|отчета|отчёта|выписк[ауи])"
            r"(?: (?:для|врачу|к) (?:моего |моему )?(?:врача|врачу|доктора|доктору|при[её]му"
            r"|терапевта))?(?: пожалуйста)?$"
        ),
        help_phrases=HELP_PHRASES,
        help_word="помощь",
        next_word="следующий",
        when_word="когда",
        next_openings=frozenset(
            {"когда", "следующий", "какого", "во", "а", "и", "мой", "сколько", "через", "до"}
            | {"скажи", "скажите", "подскажи", "подскажите"}
        ),
        not_next=frozenset({"последний", "прошлый", "предыдущий", "был", "была", "делал"}),
        late_phrases=LATE_PHRASES,
        negated_late=("не ",),
        done_phrase=DONE_PHRASE,
        site=INJECTION_SITE,
        left_side="лев",
        site_parts=SITE_PARTS,
        reason_filler=REASON_FILLER,
        date_joiner=DATE_JOINER,
        days_tail=DAYS_TAIL,
        forgot_to_tell=FORGOT_TO_TELL,
        forgot_lead=FORGOT_LEAD,
        forgot_verbs=FORGOT_VERBS,
        forgot_filler=FORGOT_FILLER,
        will_do=WILL_DO,
        again=frozenset({"снова", "опять"}),
        later_today=LATER_TODAY,
    ),
    amounts=AmountWords(dose_units=DOSE_UNITS, count_nouns=COUNT_NOUNS, decimal_comma=True),
    appointments=AppointmentWords(
        filler=APPOINTMENT_FILLER,
        clock_names=("полдень", "полночь"),
        at_word="в",
        day_names=frozenset({"сегодня", "завтра", "послезавтра"}),
    ),
    labs=LabWords(
        test_names=LAB_TEST_NAMES,
        relative_due=(
            r"^(?:через )?(?P<count>\w+) (?P<unit>день|дня|дней|неделю|недели|недель|месяц|месяца"
            r"|месяцев) (?:после|от) (?P<anchor>начала(?: лечения)?|старта|первого укола"
            r"|насыщающей(?: фазы)?|насыщения|переходной(?: фазы)?|переходного этапа"
            r"|поддерживающей(?: фазы)?|поддержки)(?: фазы)?$"
        ),
        units={
            "день": "day",
            "дня": "day",
            "дней": "day",
            "неделю": "week",
            "недели": "week",
            "недель": "week",
            "месяц": "month",
            "месяца": "month",
            "месяцев": "month",
        },
        anchors={
            "начала": "start",
            "начала лечения": "start",
            "старта": "start",
            "первого укола": "start",
            "насыщающей": "loading",
            "насыщающей фазы": "loading",
            "насыщения": "loading",
            "переходной": "transition",
            "переходной фазы": "transition",
            "переходного этапа": "transition",
            "поддерживающей": "maintenance",
            "поддерживающей фазы": "maintenance",
            "поддержки": "maintenance",
        },
        unit_symbols={
            "г": "g",
            "дл": "dl",
            "л": "l",
            "мл": "ml",
            "мг": "mg",
            "мкг": "ug",
            "нг": "ng",
            "пг": "pg",
            "моль": "mol",
            "ммоль": "mmol",
            "мкмоль": "umol",
            "нмоль": "nmol",
            "пмоль": "pmol",
            "ед": "u",
        },
    ),
    durations=DurationWords(
        hours=("ч", "час", "часа", "часов", "h"),
        minutes=("м", "мин", "минута", "минуты", "минут", "минуту", "min"),
        weeks=("нед",),
        months=("мес",),
    ),
    red_flags=russian_red_flags.VOCABULARY,
    settings=SETTINGS_WORDS,
    common_words=frozenset(
        {
            "а",
            "был",
            "была",
            "было",
            "быть",
            "в",
            "во",
            "вчера",
            "вы",
            "где",
            "да",
            "еще",
            "ещё",
            "за",
            "и",
            "из",
            "или",
            "к",
            "как",
            "когда",
            "меня",
            "мне",
            "мой",
            "моя",
            "мы",
            "на",
            "не",
            "нет",
            "но",
            "он",
            "она",
            "оно",
            "очень",
            "по",
            "почему",
            "с",
            "сегодня",
            "со",
            "тоже",
            "ты",
            "у",
            "уже",
            "что",
            "это",
            "я",
        }
    ),
    routes=RouteWords(
        intramuscular=frozenset(
            {
                "в/м",
                "вм",
                "внутримышечно",
                "внутримышечная",
                "внутримышечный",
                "в мышцу",
            }
        ),
        subcutaneous=frozenset(
            {
                "п/к",
                "пк",
                "подкожно",
                "подкожная",
                "подкожный",
                "глубоко подкожно",
                "под кожу",
            }
        ),
        not_injected=(
            "таблет",
            "перорально",
            "внутрь",
            "капсул",
            "под язык",
            "сублингв",
            "спрей",
            "капли",
            "пластыр",
            "рассас",
        ),
    ),
)
