"""Injection-site rotation for self-injection: which site to suggest next. Pure."""

from collections.abc import Sequence

# The rotation, in the order suggested when none has been used yet.
ROTATION = ("left_arm", "right_arm", "left_thigh", "right_thigh")
SITES = (*ROTATION, "left_buttock", "right_buttock")


def site_key(words: str) -> str | None:
    """A site as the patient said it ("left arm", "right thigh") as a stored key, or None."""
    key = "_".join(words.casefold().split())
    return key if key in SITES else None


def next_site(recent: Sequence[str]) -> str:
    """The rotation site used least recently (never used first); `recent` is newest first."""
    for site in ROTATION:
        if site not in recent:
            return site
    return max(ROTATION, key=recent.index)
