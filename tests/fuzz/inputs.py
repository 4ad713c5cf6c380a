"""What the fuzz types and presses: answers that move a patient on, and inputs meant to break.

Answers are per conversation state (the state names of tests/fuzz/observe.py). Everything
here is plain data or a function of a seeded random.Random, so a walk is reproducible.
"""

import random
import string

from bot.telegram.command_menu import COMMANDS as MENU_COMMANDS
from tests.english import EN

HUGE_IDS = ("9223372036854775807", "9223372036854775808", str(2**64), "9" * 40)
# Characters for which str.isdigit() is true but int() refuses, or reads a non-ASCII digit.
ODD_DIGITS = ("²", "١٢", "۱۲", "\U0001d7d7", "½", "٣٤٥", "1²", "0x1f", "-1", "+1", " 1", "1 ", "")
CALLBACK_PREFIXES = (
    *("dose:{id}:done", "dose:{id}:late", "dose:{id}:skip", "dose:{id}:maybe", "late:{id}:today"),
    *("late:{id}:tomorrow", "late:{id}:pick", "late:{id}:never", "skipwhy:{id}", "site:{id}:arm"),
    *("site:{id}:left_thigh", "lab:{id}:done", "lab:{id}:move", "lab:{id}:eat", "labs:pick:{id}"),
    *("labs:menu:{id}", "labs:test:{id}", "labplan:t{id}:1", "labplan:s:{id}", "labplan:n:{id}"),
    *("sym:{id}:fatigue:1", "sym:{id}:nonote", "sym:{id}:stop", "sym:1:fatigue:{id}"),
    *("setup:preset:{id}", "setup:months:{id}", "setup:editor:c{id}", "setup:editor:r{id}"),
    *("setup:weekdays:t{id}", "setup:zone:{id}", "setup:date:{id}", "setup:summary:{id}"),
    *("hist:p:{id}", "hist:e:{id}", "hist:f:{id}", "hist:c:{id}", "cal:new:{id}"),
    *("cal:stop:{id}", "report:3m:{id}", "report:all:{id}"),
    *("erase:{id}", "{id}", "{id}:{id}:{id}"),
)
ODD_CALLBACKS = (
    *("", ":", "::::", "dose", "dose:", "dose::", "erase", "erase:", "erase:yes:again"),
    *("setup", "setup:", "setup:zone:../../etc/passwd", "setup:zone:Mars/Olympus", "labs:"),
    *("setup:date:2026-02-30", "setup:date:not-a-date", "setup:summary:ok:ok", "labplan:t3:0"),
    *("labplan:t0:99999999999999999999", "labplan:s:0", "sym:1:pain:9", "unknown:1", "💉"),
    *("x" * 64, "dose:" + "1" * 59, "setup:preset:" + "a" * 200, "\u202e:1:done", "DOSE:1:DONE"),
)
COMMANDS = tuple(f"/{command}" for command, _ in MENU_COMMANDS)
ODD_COMMANDS = (
    *("/start@b12_test_bot", "/START", "/foo", "/", "//", "/start extra words", "/back"),
    *("/pause ²", "/pause 29 Feb", "/pause 2099-01-01", "/pause yesterday", "/pause tomorrow"),
    *("/appointments ²", "/appointments 99999999999999999999", "/appointments -3"),
    *("/appointments 0", "/appointments 3 days", "/stock -1", "/stock ١٢", "/stock 501"),
    *("/stock 99999999999999999999", "/stock 2", "/followup 0", "/followup 1e309"),
    *("/followup NaN", "/followup 90 minutes", "/switch 2099-01-01", "/switch ²"),
    *("/switch 3/4/26", "/labs extra", "/symptoms trend", "/symptoms ²", "/regimen now"),
    *("/export now", "/delete me", "/cancel all", "/help me", "/next ²", "/status ²"),
)
DATES = (
    *("today", "tomorrow", "yesterday", "29 Feb", "29/02/2027", "31/4", "2026-02-30", "0/0/0"),
    *("32 Dec", "9999-12-31", "0001-01-01", "1/1/1", "next week", "in 1000000 days", "3/4/26"),
    *("next monday", "30 November", "1 December 2026", "2026-11-30", "12/13/2026", "13/12/26"),
)
NUMBERS = (
    *("0", "-1", "1e309", "NaN", "inf", "²", "١٢", "۱۲", "12.5", "9" * 50, "0x10", "1,000"),
    *("3", "7", "28", "366", "367", "0.0001", "1/2", "10000000000000000000000"),
)
TIMES = ("25:00", "9am", "12pm", "00:00", "24:00", "9.30", "21:30", "noon", "-1:00", "9:60")
EMOJI = ("💉", "✅", "❌", "👍🏽", "👨‍👩‍👧‍👦", "🇬🇧", "🏳️‍🌈", "🫠", "⏰💊", "🔥" * 300)
PHRASES = (
    *("done", "done yesterday", "done on 3 Dec", "did it", "late", "not yet", "skip"),
    *("skip - travelling", "when's my next shot?", "status", "help", "done left arm"),
    *("I feel dizzy", "chest pain and I can't breathe", "hello", "thanks", "?", "."),
)
JUNK_ALPHABETS = (
    string.printable,
    "\u0600\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u200f\u202e",
    "\u0300\u0301\u0302\u0336\u034f\u200b\u200c\u200d\ufeff",
    "абвгдежзийклмнопрстуфхцчшщъыьэюя",
    "中文日本語한국어",
    "\u2028\u2029\t\r\n\x0b\x0c",
    "<>&\"'`${}[]\\%",
)
LOCATIONS = (
    (51.5074, -0.1278),
    (52.52, 13.405),
    (-33.8688, 151.2093),
    (0.0, 0.0),
    (90.0, 180.0),
    (-90.0, -180.0),
    (40.7128, -74.006),
)
VALID_TEXTS: dict[str, tuple[str, ...]] = {
    "setup/pdose": ("1000 mcg", "1 mg", "1000", "1,000 micrograms", "0 mg", "1mg"),
    "setup/days": ("7", "14", "2 days", "0", "400"),
    "setup/pmonths": ("2", "3", "25", "one"),
    "setup/count": ("5", "3", "0", "10000"),
    "setup/duration": ("14", "2 weeks", "3 months", "10 days"),
    "setup/dose": ("1000 mcg", "1 mg", "500 micrograms", "1000"),
    "setup/route": ("IM", "deep sc", "tablets", "into the muscle", "by mouth"),
    "setup/zone": (
        *("London", "Europe/Berlin", "UTC+5", "UTC-3", "Sydney", "UTC+15", "UTC+5:30"),
        *(EN.text("setup-button-choose-offset"), "Londn", "Springfeld", "Atlantis"),
    ),
    "setup/date": ("today", "tomorrow", "3/4/26", "20 November", "yesterday", "next monday"),
    "setup/time": ("9am", "21:30", "8:15", "25:00", "noon"),
    "labs/when": (
        *("in 2 weeks", "2026-12-20", "3 months after start", "8 weeks after loading"),
        *("2 weeks after maintenance", "yesterday", "3/4/27", "next friday"),
    ),
    "labs/move_date": ("next friday", "2027-01-10", "tomorrow", "yesterday", "4/3/27"),
    "labs/result": ("350 ng/L", "11.2 g/dL", "B12 350 ng/L", "Hb 11.2", "abc", "-5 ng/L"),
    "symptoms/rating": ("feeling tired today", "done", "a bit better", "x" * 1200),
    "awaiting/late_date": ("tomorrow", "in 3 days", "yesterday", "next monday", "3/4/27"),
    "awaiting/skip_reason": ("travelling", "ran out", "x" * 300, "done"),
}
# What a patient with a plan does, in groups chosen evenly (so /labs is not one in thirty).
PLAN_GROUPS: dict[str, tuple[str, ...]] = {
    "labs": ("/labs",),
    "symptoms": ("/symptoms", "/symptoms trend"),
    "dose words": ("done", "late", "skip", "skip - travelling", "done yesterday", "next?"),
    "pause": ("/pause next friday", "/pause 2026-12-24", "/resume", "/switch", "/switch yesterday"),
    "settings": ("/appointments", "/appointments 5", "/stock", "/stock 2", "/stock 10"),
    "more settings": ("/followup", "/followup 2 hours", "/next", "/status", "/help", "/start"),
    "plan": ("/regimen", "/delete", "/export"),
}


def junk_text(rng: random.Random) -> str:
    """A string of random characters from one unusual alphabet, or a mixture of them."""
    alphabet = rng.choice(JUNK_ALPHABETS)
    if rng.random() < 0.3:
        alphabet = "".join(JUNK_ALPHABETS)
    length = rng.choice((1, 2, 5, 20, 200, 4096))
    text = "".join(rng.choice(alphabet) for _ in range(length))
    return text if text.strip() else text + "?"


def long_text(rng: random.Random) -> str:
    """Text at or near Telegram's 4,096-character limit."""
    piece = rng.choice(("done ", "a", "💉", "chest pain ", "1", "\u0627"))
    return (piece * 4096)[: rng.choice((4000, 4095, 4096))]


def odd_number(rng: random.Random) -> str:
    """An id that should never be taken as one: huge, non-ASCII digits, signs, nothing."""
    return rng.choice((*HUGE_IDS, *ODD_DIGITS))


def forged_callback(rng: random.Random, known_ids: list[int]) -> str:
    """Callback data no button of this patient carries (or carries with the wrong id)."""
    if rng.random() < 0.3:
        return rng.choice(ODD_CALLBACKS)
    ids = [odd_number(rng)] + [str(known) for known in known_ids]
    template = rng.choice(CALLBACK_PREFIXES)
    return template.replace("{id}", rng.choice(ids))


FIXED_CHOICES: dict[str, tuple[str, ...]] = {
    "emoji": EMOJI,
    "number": NUMBERS,
    "date": DATES,
    "time": TIMES,
    "phrase": PHRASES,
    "command": COMMANDS,
    "odd command": ODD_COMMANDS,
}


def fuzz_text(rng: random.Random) -> tuple[str, str]:
    """(category, text) of one hostile or unusual message."""
    category = rng.choice(("junk", "long", *FIXED_CHOICES))
    if category == "junk":
        return category, junk_text(rng)
    if category == "long":
        return category, long_text(rng)
    return category, rng.choice(FIXED_CHOICES[category])
