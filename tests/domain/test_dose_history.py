"""A dose's record with undo: an "undone" withdraws the latest answer still in effect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.dose_history import (
    Entry,
    EntryKind,
    in_effect,
    late_until,
    settled_as,
    undoable,
)

AT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
FAST = settings(max_examples=300, deadline=None)


def _record(*kinds: EntryKind) -> list[Entry]:
    """Entries numbered in order, each late one asking to be reminded a day on."""
    return [
        Entry(number, kind, AT + timedelta(days=number) if kind is EntryKind.LATE else None)
        for number, kind in enumerate(kinds, start=1)
    ]


def test_undo_of_a_done_after_a_missed_mark_is_missed_again() -> None:
    entries = _record(EntryKind.MISSED, EntryKind.DONE, EntryKind.UNDONE)
    assert settled_as(entries) is EntryKind.MISSED
    # The missed mark is the bot's own: it cannot be undone.
    assert undoable(entries) is None


def test_undo_of_a_skip_after_a_late_leaves_the_late_standing() -> None:
    entries = _record(EntryKind.LATE, EntryKind.SKIPPED, EntryKind.UNDONE)
    assert settled_as(entries) is None
    assert late_until(entries) == AT + timedelta(days=1)
    assert undoable(entries) == entries[0]


def test_an_answer_followed_by_something_newer_is_not_undoable() -> None:
    entries = _record(EntryKind.LATE, EntryKind.MISSED)
    assert undoable(entries) is None
    assert late_until(entries) is None


# A patient's possible answers in a row, with undos between them (what the bot lets happen).
_steps = st.lists(
    st.sampled_from([EntryKind.DONE, EntryKind.LATE, EntryKind.SKIPPED, EntryKind.MISSED, None]),
    max_size=12,
)


@FAST
@given(steps=_steps)
def test_an_undo_returns_the_record_to_what_it_meant_before_the_answer(
    steps: list[EntryKind | None],
) -> None:
    """None is an undo, applied only when there is an answer to take back."""
    entries: list[Entry] = []
    meanings: list[tuple[object, object, object]] = []
    for step in steps:
        meaning = (settled_as(entries), late_until(entries), undoable(entries))
        if step is None:
            target = undoable(entries)
            if target is None:
                continue
            entries = [*entries, Entry(len(entries) + 1, EntryKind.UNDONE)]
            assert target not in in_effect(entries)
            assert (settled_as(entries), late_until(entries)) == meanings.pop()[:2]
            continue
        entries = [
            *entries,
            Entry(len(entries) + 1, step, AT + timedelta(hours=len(entries))),
        ]
        if step is EntryKind.MISSED:
            meanings.clear()
        else:
            meanings.append(meaning)
    # Nothing is ever removed: every entry, undos included, is still in the record.
    assert [entry.entry_id for entry in entries] == list(range(1, len(entries) + 1))


@FAST
@given(steps=_steps)
def test_in_effect_never_holds_an_undo_and_keeps_the_order(steps: list[EntryKind | None]) -> None:
    entries = [
        Entry(number, step or EntryKind.UNDONE) for number, step in enumerate(steps, start=1)
    ]
    standing = in_effect(entries)
    assert all(entry.kind is not EntryKind.UNDONE for entry in standing)
    assert [entry.entry_id for entry in standing] == sorted(e.entry_id for e in standing)
    assert len(standing) >= len(entries) - 2 * sum(1 for step in steps if step is None)
