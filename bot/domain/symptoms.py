"""Symptom check-ins: which symptoms, the scale, and the trend over recent check-ins. Pure."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

# In the order asked; the names are the SymptomCheckIn columns.
SYMPTOMS = ("fatigue", "tingling", "balance", "mouth_soreness", "memory", "mood")
SCALE = range(4)  # 0 none, 1 mild, 2 moderate, 3 severe
TREND_LENGTH = 5

Scores = Mapping[str, int | None]


class Direction(StrEnum):
    """How a symptom moved between the first and the last check-in shown."""

    BETTER = "better"
    WORSE = "worse"
    SAME = "same"


@dataclass(frozen=True)
class SymptomTrend:
    """One symptom's scores over recent check-ins, oldest first, and where it is heading."""

    symptom: str
    scores: tuple[int, ...]
    direction: Direction | None


def next_unrated(scores: Scores) -> str | None:
    """The first symptom not yet rated in a check-in, or None when all are."""
    return next((symptom for symptom in SYMPTOMS if scores.get(symptom) is None), None)


def trends(check_ins: Sequence[Scores]) -> list[SymptomTrend]:
    """Each symptom's scores over the check-ins given (oldest first); direction needs two."""
    found = []
    for symptom in SYMPTOMS:
        scores = tuple(s for c in check_ins if (s := c.get(symptom)) is not None)
        if not scores:
            continue
        direction = None
        if len(scores) > 1:
            change = scores[-1] - scores[0]
            direction = (
                Direction.WORSE
                if change > 0
                else Direction.BETTER
                if change < 0
                else Direction.SAME
            )
        found.append(SymptomTrend(symptom, scores, direction))
    return found
