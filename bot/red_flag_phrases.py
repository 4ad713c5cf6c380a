"""The red-flag phrase lists: the one place a clinician reviews what raises an alarm.

A leaf module beside the text catalog (bot/texts.py holds the fixed safety texts). Patterns
run on normalised text: lower case, apostrophes dropped ("can't" is "cant"), one space between
words, and each word first corrected through MISSPELLINGS. A match is ignored when a negation
(NEGATORS) comes in the three words before it or inside it ("no rash", "ankles are not
swollen"). Signs marked `site_ok` are also ignored when the same clause speaks of the
injection site: soreness or mild swelling where the needle went is a common, harmless effect.
tests/domain/test_red_flags.py lists what is caught and what is not.
"""

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How urgent a red flag is, most urgent first (values match storage's RedFlagLevel)."""

    EMERGENCY = "emergency"
    URGENT_CARE = "urgent_care"
    CALL_CLINICIAN = "call_clinician"


@dataclass(frozen=True)
class Sign:
    """One red flag: a stable key for the record, its level, and the patterns that find it."""

    key: str
    level: Level
    patterns: tuple[str, ...]
    site_ok: bool = False


# Parts of the body whose swelling means an allergic reaction, or fluid (legs); never the
# arm or thigh, which are where the injection goes.
_UPPER = r"(?:face|throat|lips?|tongue|mouth|eyes?|eyelids?|neck)"
_LOWER = r"(?:legs?|ankles?|feet|foot|calf|calves)"
_SWOLLEN = r"(?:swollen|swelling|swelled|swell|swells|puffy|puffed|puffing)"
_STATE = r"(?:is |are |has |have |feels? |felt |looks? |got |getting |gone |went |started |seems? )"
_DEGREE = r"(?:(?:a bit|bit|a little|little|very|really|so|all|quite|badly|more) )"
_CANT = r"(?:trouble|difficulty|difficult|hard|struggling|struggle|problems?|cant|unable to|barely)"


def _swollen(body: str) -> tuple[str, ...]:
    """ "swollen ankles", "swelling of my face", "my lips are swelling"."""
    return (
        rf"\b{_SWOLLEN} (?:up )?(?:(?:of|in|on|around|to) )?(?:(?:my|the|both) )?(?:\w+ )?{body}\b",
        rf"\b{body} (?:\w+ )?{_STATE}*{_DEGREE}?{_SWOLLEN}\b",
    )


SIGNS: tuple[Sign, ...] = (
    # --- Allergic reaction: emergency services now ---------------------------------------
    Sign("allergic_reaction", Level.EMERGENCY, (r"\ballergic reaction\b", r"\banaphyla\w*")),
    Sign("rash", Level.EMERGENCY, (r"\brash(?:es|y)?\b",), site_ok=True),
    Sign("hives", Level.EMERGENCY, (r"\b(?:hives|welts|urticaria)\b",)),
    Sign(
        "swelling_face_throat",
        Level.EMERGENCY,
        (
            *_swollen(_UPPER),
            rf"\b(?:{_SWOLLEN}|puffed) up all over\b",
            rf"\b{_SWOLLEN} all over\b",
            r"\bthroat (?:\w+ )?(?:is |feels? |going |getting )*(?:tight|closing)",
            r"\b(?:tight|closing) (?:in )?(?:my |the )?throat\b",
        ),
    ),
    Sign(
        "trouble_breathing",
        Level.EMERGENCY,
        (
            rf"\b{_CANT} (?:to )?breath(?:e|ing)?\b",
            r"\bbreathing (?:is )?(?:really |very )?(?:hard|difficult|a struggle)\b",
            r"\bwheez\w*",
            r"\bgasping\b",
        ),
    ),
    # --- Nerves: same-day urgent care ------------------------------------------------------
    Sign(
        "numbness_new_or_spreading",
        Level.URGENT_CARE,
        (
            r"\b(?:numb|numbness|tingling)\b(?: \w+){0,4} "
            r"(?:spreading|spread|spreads|worse|worsening|moving up|going up)\b",
            r"\b(?:new|spreading|worse|worsening|more) (?:\w+ ){0,2}?"
            r"(?:numb|numbness|tingling)\b",
            r"\bcant feel (?:my )?(?:\w+ )?(?:feet|foot|legs?|hands?|arms?|fingers|toes|face)\b",
            r"\b(?:lost|losing|loss of) (?:the )?(?:feeling|sensation)\b",
            r"\b(?:gone|went|going|suddenly) numb\b",
        ),
    ),
    Sign(
        "trouble_walking",
        Level.URGENT_CARE,
        (
            rf"\b{_CANT} (?:to )?walk(?:ing)?\b",
            r"\b(?:unsteady|wobbly|staggering) on my (?:feet|legs)\b",
            r"\b(?:lost|losing|lose) my balance\b",
            r"\blegs? (?:\w+ )?(?:gave|giving|give|gives|keep giving) (?:way|out)\b",
        ),
    ),
    Sign(
        "falls",
        Level.URGENT_CARE,
        (
            r"\b(?:i|ive|i have|i had|i just|i almost|i nearly) (?:\w+ )?(?:fell|fallen)\b"
            r"(?! asleep| behind| for| in love| apart| off)",
            r"\b(?:fell|falling|fall|fallen|falls) over\b",
            r"\b(?:had a|a bad|another|two|three|few|several|couple of|recent) falls?\b",
            r"\bkeeps? falling\b",
        ),
    ),
    Sign(
        "vision_changes",
        Level.URGENT_CARE,
        (
            r"\b(?:blurry|blurred|blurring|double|fuzzy|loss of|losing|lost|dim|cloudy|strange|"
            r"weird|changes? (?:in|to)|changed|changing|worse|poor) (?:\w+ )?"
            r"(?:vision|eyesight|sight)\b",
            r"\b(?:vision|eyesight|sight) (?:\w+ ){0,2}?(?:blurry|blurred|blurring|double|fuzzy|"
            r"going|changed|changing|worse|worsening|dim|cloudy|strange|weird|funny|gone)\b",
            r"\bseeing double\b",
            r"\bcant see (?:properly|clearly|well|right|straight)\b",
            r"\bvision changes?\b",
        ),
    ),
    # --- Call the clinician now ------------------------------------------------------------
    Sign(
        "breathlessness",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:short|shortness|out) of breath\b",
            r"\bbreathless\w*",
            r"\bshort winded\b",
            r"\bcant catch my breath\b",
        ),
    ),
    Sign("swollen_legs", Level.CALL_CLINICIAN, _swollen(_LOWER)),
    Sign(
        "rapid_weight_gain",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:rapid|sudden|quick|fast|big) (?:\w+ )?weight gain\b",
            r"\b(?:gained|put on|gaining|putting on) (?:a lot of |lots of |so much )?"
            r"(?:weight|\d+ ?(?:kg|kilos?|pounds?|lbs?|stone)) (?:\w+ ){0,3}?"
            r"(?:quickly|fast|suddenly|overnight|in (?:a|one|two|three|\d+) (?:days?|weeks?))\b",
            r"\b(?:suddenly|quickly|rapidly) (?:gained|put on|gaining|putting on)\b",
        ),
    ),
    Sign(
        "irregular_heartbeat",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:irregular|racing|pounding|fluttering|skipping|skipped|fast|rapid|funny|odd|"
            r"weird|erratic|jumping) (?:\w+ )?"
            r"(?:heartbeats?|heart beats?|heart rate|heart|pulse)\b",
            r"\b(?:heart|heartbeat|heart beat|pulse|heart rate) (?:\w+ ){0,2}?(?:racing|pounding|"
            r"fluttering|skipping|skips|skipped|irregular|all over the place|going crazy|erratic|"
            r"jumping|thumping|very fast|so fast|really fast|too fast)\b",
            r"\bpalpitation\w*",
            r"\b(?:afib|a fib|atrial fibrillation)\b",
        ),
    ),
    Sign(
        "cramps",
        Level.CALL_CLINICIAN,
        (r"(?<!period )(?<!menstrual )(?<!stomach )\bcramp(?:s|ing|ed|y)?\b",),
    ),
    Sign(
        "weakness",
        Level.CALL_CLINICIAN,
        (
            r"\bweakness\b",
            r"\b(?:feel|feeling|felt|feels|am|im|so|very|really|legs?|arms?|muscles?|hands?) "
            r"(?:\w+ )?weak\b(?! willed| spot| point)",
        ),
    ),
)

# Words that cancel a sign found just after them (or inside it): "no rash", "not swollen".
NEGATORS = frozenset(
    {
        "no", "not", "never", "without", "nor", "none", "dont", "didnt", "doesnt", "havent",
        "hasnt", "hadnt", "isnt", "arent", "wasnt", "werent", "aint", "nothing",
    }
)  # fmt: skip

# Rewritten before anything else: doubt is not negation ("not sure if it's a rash"), and a few
# phrases hold an "and" or "not" that would otherwise split or cancel them.
REWRITES = {
    "not sure": "unsure", "no idea": "unsure", "dont know": "unsure", "not certain": "unsure",
    "pins and needles": "tingling", "can not": "cant", "a fib": "afib",
}  # fmt: skip

# Where the clause speaks of the injection site, site_ok signs are a local, common reaction.
SITE_WORDS = (
    r"\binjection (?:site|spot|area)\b",
    r"\bwhere (?:i|they|she|he|the nurse|you) (?:injected|jabbed|had|gave|put)\b",
    r"\bwhere the (?:needle|injection|jab|shot)\b",
    r"\b(?:jab|shot|needle) (?:site|spot|area)\b",
    r"\baround the (?:needle|injection|jab|shot)\b",
    r"\bat the site\b",
)

# Common misspellings, corrected word by word before the patterns run.
MISSPELLINGS = {
    "swolen": "swollen", "swollon": "swollen", "swoolen": "swollen", "sollen": "swollen",
    "swoll": "swollen", "swallen": "swollen", "sweling": "swelling", "swellling": "swelling",
    "swelin": "swelling", "swellin": "swelling", "sweeling": "swelling", "swolling": "swelling",
    "rashe": "rash", "rasch": "rash", "hievs": "hives", "hivs": "hives", "hive": "hives",
    "alergic": "allergic", "allergick": "allergic", "allergec": "allergic", "alergik": "allergic",
    "reacton": "reaction", "reaton": "reaction", "reation": "reaction", "anafylaxis": "anaphylaxis",
    "anaphalaxis": "anaphylaxis", "breth": "breath", "breathin": "breathing",
    "breating": "breathing", "breahting": "breathing", "breathng": "breathing",
    "brething": "breathing", "breething": "breathing", "breate": "breathe",
    "throut": "throat", "throte": "throat", "thraot": "throat",
    "throaght": "throat", "tounge": "tongue", "tonge": "tongue", "tung": "tongue",
    "lipps": "lips", "numbess": "numbness", "numness": "numbness", "numbnes": "numbness",
    "numbnis": "numbness", "numbenss": "numbness", "numm": "numb", "tingeling": "tingling",
    "tinglin": "tingling", "tingleing": "tingling", "spredding": "spreading",
    "spreding": "spreading", "spredin": "spreading", "walkin": "walking", "wlaking": "walking",
    "walkng": "walking", "vison": "vision", "visoin": "vision", "vission": "vision",
    "blury": "blurry", "blurrey": "blurry", "blured": "blurred", "eyesite": "eyesight",
    "eyesigth": "eyesight", "ankels": "ankles", "ancles": "ankles", "ankes": "ankles",
    "ankel": "ankle", "hartbeat": "heartbeat", "heartbeet": "heartbeat",
    "heartbit": "heartbeat", "hearbeat": "heartbeat", "heartrate": "heart rate",
    "irregualr": "irregular", "iregular": "irregular", "irreguler": "irregular",
    "irreglar": "irregular", "palpatations": "palpitations", "palpitaions": "palpitations",
    "palpitatons": "palpitations", "palpations": "palpitations", "raceing": "racing",
    "cramsp": "cramps", "crmaps": "cramps", "weekness": "weakness", "weaknes": "weakness",
    "weakeness": "weakness", "breathles": "breathless", "brethless": "breathless",
    "wieght": "weight", "weigth": "weight", "cannot": "cant", "couldnt": "cant",
    "cudnt": "cant", "felll": "fell", "balence": "balance", "ballance": "balance",
}  # fmt: skip
