"""Symptom trend: better, worse, same, over the check-ins that rated each symptom."""

from bot.domain.symptoms import SYMPTOMS, Direction, SymptomTrend, next_unrated, trends


def test_next_unrated_goes_in_order() -> None:
    """The first symptom without a score; None once all are rated."""
    assert next_unrated({}) == "fatigue"
    assert next_unrated({"fatigue": 2, "tingling": 0}) == "balance"
    assert next_unrated(dict.fromkeys(SYMPTOMS, 1)) is None


def test_trend_directions_and_gaps() -> None:
    """Higher is worse; a symptom skipped in a check-in is left out of its line."""
    found = trends(
        [
            {"fatigue": 3, "tingling": 1, "mood": 2},
            {"fatigue": 2, "tingling": None, "mood": 2},
            {"fatigue": 1, "tingling": 2, "mood": 2},
        ]
    )
    assert found == [
        SymptomTrend("fatigue", (3, 2, 1), Direction.BETTER),
        SymptomTrend("tingling", (1, 2), Direction.WORSE),
        SymptomTrend("mood", (2, 2, 2), Direction.SAME),
    ]


def test_a_single_check_in_has_no_direction() -> None:
    """One score is a level, not a trend."""
    assert trends([{"balance": 1}]) == [SymptomTrend("balance", (1,), None)]
