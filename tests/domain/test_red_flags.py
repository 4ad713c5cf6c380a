"""What the red-flag screen catches, and what it deliberately lets pass."""

import pytest

from bot.domain.red_flags import Level, RedFlag, find_red_flags, highest_level, signs_of_level
from bot.red_flag_phrases import SIGNS

EMERGENCY = Level.EMERGENCY
URGENT = Level.URGENT_CARE
CLINICIAN = Level.CALL_CLINICIAN

CAUGHT: list[tuple[str, Level, str]] = [
    # Allergic reaction: emergency services now.
    ("I have a rash", EMERGENCY, "rash"),
    ("got an itchy rash all over my chest", EMERGENCY, "rash"),
    ("Rash on my arms and back since the shot", EMERGENCY, "rash"),
    ("I think I'm having an allergic reaction", EMERGENCY, "allergic_reaction"),
    ("alergic reaton? my skin is weird", EMERGENCY, "allergic_reaction"),
    ("hives everywhere", EMERGENCY, "hives"),
    ("Broke out in HIVES after the injection", EMERGENCY, "hives"),
    ("hievs on my neck", EMERGENCY, "hives"),
    ("big welts on my legs", EMERGENCY, "hives"),
    ("my face is swelling up", EMERGENCY, "swelling_face_throat"),
    ("swollen lips", EMERGENCY, "swelling_face_throat"),
    ("Lips are swolen", EMERGENCY, "swelling_face_throat"),
    ("my tounge feels swollen", EMERGENCY, "swelling_face_throat"),
    ("swelling of my face and throat", EMERGENCY, "swelling_face_throat"),
    ("sweling in my throat", EMERGENCY, "swelling_face_throat"),
    ("eyes are puffy and itchy", EMERGENCY, "swelling_face_throat"),
    ("my throat feels tight", EMERGENCY, "swelling_face_throat"),
    ("throat is closing up", EMERGENCY, "swelling_face_throat"),
    ("I can't breathe properly", EMERGENCY, "trouble_breathing"),
    ("cant breath", EMERGENCY, "trouble_breathing"),
    ("having trouble breathing", EMERGENCY, "trouble_breathing"),
    ("difficulty breathing since 10 min", EMERGENCY, "trouble_breathing"),
    ("it's hard to breathe", EMERGENCY, "trouble_breathing"),
    ("struggling to breathe!!", EMERGENCY, "trouble_breathing"),
    ("I cannot breathe", EMERGENCY, "trouble_breathing"),
    ("wheezing a lot", EMERGENCY, "trouble_breathing"),
    ("done but now I'm struggling to breathe", EMERGENCY, "trouble_breathing"),
    # Nerves: same-day urgent care.
    ("the numbness is spreading up my legs", URGENT, "numbness_new_or_spreading"),
    ("numbness getting worse", URGENT, "numbness_new_or_spreading"),
    ("new numbness in my hands", URGENT, "numbness_new_or_spreading"),
    ("pins and needles spreading to my arms", URGENT, "numbness_new_or_spreading"),
    ("numbess spredding", URGENT, "numbness_new_or_spreading"),
    ("I can't feel my feet", URGENT, "numbness_new_or_spreading"),
    ("my hand suddenly went numb", URGENT, "numbness_new_or_spreading"),
    ("losing feeling in my toes", URGENT, "numbness_new_or_spreading"),
    ("I can't walk properly today", URGENT, "trouble_walking"),
    ("trouble walking", URGENT, "trouble_walking"),
    ("hard to walk since yesterday", URGENT, "trouble_walking"),
    ("really unsteady on my feet", URGENT, "trouble_walking"),
    ("my legs keep giving way", URGENT, "trouble_walking"),
    ("I keep losing my balance", URGENT, "trouble_walking"),
    ("I fell yesterday", URGENT, "falls"),
    ("fell over in the kitchen", URGENT, "falls"),
    ("had a fall this morning", URGENT, "falls"),
    ("I've fallen twice this week", URGENT, "falls"),
    ("keep falling over", URGENT, "falls"),
    ("my vision is blurry", URGENT, "vision_changes"),
    ("blury vison since this morning", URGENT, "vision_changes"),
    ("double vision", URGENT, "vision_changes"),
    ("seeing double", URGENT, "vision_changes"),
    ("my eyesight has changed", URGENT, "vision_changes"),
    ("can't see properly out of my left eye", URGENT, "vision_changes"),
    # Call the clinician now.
    ("I get short of breath on the stairs", CLINICIAN, "breathlessness"),
    ("shortness of breath", CLINICIAN, "breathlessness"),
    ("feeling breathless", CLINICIAN, "breathlessness"),
    ("so out of breath lately", CLINICIAN, "breathlessness"),
    ("my ankles are swollen", CLINICIAN, "swollen_legs"),
    ("swollen ankels", CLINICIAN, "swollen_legs"),
    ("legs are really puffy", CLINICIAN, "swollen_legs"),
    ("swelling in both feet", CLINICIAN, "swollen_legs"),
    ("I've put on 3 kg in a week", CLINICIAN, "rapid_weight_gain"),
    ("sudden weight gain", CLINICIAN, "rapid_weight_gain"),
    ("gained weight really fast", CLINICIAN, "rapid_weight_gain"),
    ("my heart is racing", CLINICIAN, "irregular_heartbeat"),
    ("irregular heartbeat", CLINICIAN, "irregular_heartbeat"),
    ("iregular hartbeat tonight", CLINICIAN, "irregular_heartbeat"),
    ("palpitations", CLINICIAN, "irregular_heartbeat"),
    ("having palpatations", CLINICIAN, "irregular_heartbeat"),
    ("heart keeps skipping beats", CLINICIAN, "irregular_heartbeat"),
    ("my pulse is all over the place", CLINICIAN, "irregular_heartbeat"),
    ("bad leg cramps at night", CLINICIAN, "cramps"),
    ("muscle cramping", CLINICIAN, "cramps"),
    ("muscle weakness", CLINICIAN, "weakness"),
    ("feeling really weak", CLINICIAN, "weakness"),
    ("my legs feel weak", CLINICIAN, "weakness"),
    ("weekness in my arms", CLINICIAN, "weakness"),
]

NOT_CAUGHT = [
    # Everyday replies and benign injection-site effects (the article: "common").
    "done",
    "done, arm a bit sore",
    "done left arm, bit sore",
    "bit of redness where I injected",
    "a little swelling where I injected",
    "mild swelling at the injection site",
    "injection site is red and itchy",
    "small rash at the injection site",
    "bruise on my thigh where I jabbed",
    "my arm is sore and a bit swollen",
    "thigh a bit swollen after the shot",
    "headache and a bit of nausea",
    "tired today",
    "late",
    "skip - travelling",
    "when's my next shot?",
    # Negations.
    "no rash",
    "no rash, no swelling",
    "no rash or hives",
    "not swollen",
    "my ankles are not swollen",
    "no trouble breathing",
    "haven't fallen",
    "I didn't fall",
    "no cramps this week",
    "vision is fine, no blurry vision",
    "numbness not spreading",
    "the numbness is no worse",
    "no more palpitations",
    "without any swelling of my face",
    # Other senses of the same words.
    "fell asleep early",
    "I fell behind with the shots",
    "I feel weak-willed about needles",
    "period cramps",
    "stomach cramps from dinner",
    "the weekend was busy",
    "next week is fine",
    "numbness is better",
    "tingling in my feet, same as always",
    "my balance is a bit off",
]


@pytest.mark.parametrize(("message", "level", "sign"), CAUGHT)
def test_caught(message: str, level: Level, sign: str) -> None:
    """Each example raises its sign at its level."""
    flags = find_red_flags(message)
    assert RedFlag(sign, level) in flags, flags
    assert highest_level(flags) is level


@pytest.mark.parametrize("message", NOT_CAUGHT)
def test_not_caught(message: str) -> None:
    """Ordinary messages, negations and injection-site effects raise nothing."""
    assert find_red_flags(message) == []


@pytest.mark.parametrize(
    ("message", "level", "signs"),
    [
        ("no rash but my lips are swelling", EMERGENCY, {"swelling_face_throat"}),
        ("done, arm a bit sore, but now hives on my chest", EMERGENCY, {"hives"}),
        (
            "ankles swollen and heart racing, also can't breathe",
            EMERGENCY,
            {"swollen_legs", "irregular_heartbeat", "trouble_breathing"},
        ),
        ("fell over and now short of breath", URGENT, {"falls", "breathlessness"}),
        ("not sure if it's a rash", EMERGENCY, {"rash"}),
        ("no idea why my face is swelling", EMERGENCY, {"swelling_face_throat"}),
        ("rash where I injected and my throat feels tight", EMERGENCY, {"swelling_face_throat"}),
    ],
)
def test_mixed_messages_report_every_sign_and_the_highest_level(
    message: str, level: Level, signs: set[str]
) -> None:
    """A negation or a benign part does not hide a sign elsewhere in the message."""
    flags = find_red_flags(message)
    assert {flag.sign for flag in flags} == signs
    assert highest_level(flags) is level
    assert flags[0].level is level


def test_every_sign_has_examples_in_this_suite() -> None:
    """A sign added to the phrase lists must come with caught examples here."""
    assert {sign.key for sign in SIGNS} == {sign for _, _, sign in CAUGHT}
    assert all(signs_of_level(level) for level in Level)


def test_no_flags_no_level() -> None:
    """Nothing found means no level."""
    assert highest_level([]) is None
