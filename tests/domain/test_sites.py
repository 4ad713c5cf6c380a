"""Site rotation: the suggestion is always the rotation site rested longest."""

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.sites import ROTATION, SITES, next_site, site_key


def test_first_suggestion_and_a_plain_cycle() -> None:
    """Left arm first, then round the four sites in order."""
    assert next_site([]) == "left_arm"
    assert next_site(["left_arm"]) == "right_arm"
    assert next_site(["right_thigh", "left_thigh", "right_arm", "left_arm"]) == "left_arm"


def test_irregular_use_suggests_the_site_rested_longest() -> None:
    """After arm, arm, thigh: the site never used comes next."""
    assert next_site(["left_thigh", "right_arm", "left_arm"]) == "right_thigh"
    assert next_site(["left_buttock"]) == "left_arm"


def test_site_words_become_keys() -> None:
    """What parse_intent returns ("left arm") maps to the stored key."""
    assert site_key("left arm") == "left_arm"
    assert site_key("Right  Thigh") == "right_thigh"
    assert site_key("left elbow") is None


@given(st.lists(st.sampled_from(SITES), max_size=12))
def test_never_suggests_the_site_just_used(recent: list[str]) -> None:
    """The suggestion is a rotation site, and never the one used last time."""
    suggestion = next_site(recent)
    assert suggestion in ROTATION
    if recent:
        assert suggestion != recent[0]
