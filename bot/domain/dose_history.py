"""What a dose's append-only record means once answers can be undone.

Nothing is deleted: an "undone" entry withdraws the latest entry still in effect before it.
From the entries in effect follow where the dose stands and which answer may be undone next.
Pure: entries are values, kinds are the event kinds' string values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class EntryKind(StrEnum):
    """What an entry of a dose's record says (the same words as the stored event kinds)."""

    DONE = "done"
    LATE = "late"
    SKIPPED = "skipped"
    MISSED = "missed"
    UNDONE = "undone"


# The answers a patient gives, and so may take back; a missed mark is the bot's own.
UNDOABLE = frozenset({EntryKind.DONE, EntryKind.LATE, EntryKind.SKIPPED})
_SETTLING = frozenset({EntryKind.DONE, EntryKind.SKIPPED, EntryKind.MISSED})


@dataclass(frozen=True)
class Entry:
    """One entry of a dose's record, oldest first by ``entry_id``."""

    entry_id: int
    kind: EntryKind
    remind_again_at: datetime | None = None


def in_effect(entries: Sequence[Entry]) -> list[Entry]:
    """The entries not withdrawn by a later "undone", oldest first (undone entries left out)."""
    standing: list[Entry] = []
    for entry in sorted(entries, key=lambda item: item.entry_id):
        if entry.kind is EntryKind.UNDONE:
            if standing:
                standing.pop()
        else:
            standing.append(entry)
    return standing


def undoable(entries: Sequence[Entry]) -> Entry | None:
    """The answer that an undo may take back now: the latest in effect, if the patient gave it."""
    standing = in_effect(entries)
    if standing and standing[-1].kind in UNDOABLE:
        return standing[-1]
    return None


def settled_as(entries: Sequence[Entry]) -> EntryKind | None:
    """How the dose is settled (done, skipped or missed); None while it is still open."""
    settling = [entry.kind for entry in in_effect(entries) if entry.kind in _SETTLING]
    return settling[-1] if settling else None


def late_until(entries: Sequence[Entry]) -> datetime | None:
    """When a standing "late" asked to be reminded again; None when none stands."""
    standing = in_effect(entries)
    if not standing or standing[-1].kind is not EntryKind.LATE:
        return None
    return standing[-1].remind_again_at
