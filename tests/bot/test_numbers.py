"""The strict readers of numbers in untrusted text, and of callback data."""

import pytest

from bot.domain.parsing.numbers import MAX_ID, row_id, whole_number
from bot.telegram.callback_data import callback_fields, id_and_choice, only_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0", 0), ("7", 7), ("007", 7), ("60", 60), ("61", None), ("", None), ("-1", None)],
)
def test_whole_number_reads_ascii_digits_within_bounds(text: str, expected: int | None) -> None:
    """Plain digits up to the maximum; a sign or an empty text is not a number."""
    assert whole_number(text, maximum=60) == expected


@pytest.mark.parametrize(
    "text", ["²", "\u0662", "\uff12", " 2", "2 ", "+2", "2_0", "2.0", "9" * 11, "9" * 5000]
)
def test_whole_number_refuses_what_int_or_isdigit_would_take(text: str) -> None:
    """Other scripts' digits, spaces, underscores and very long numbers are refused."""
    assert whole_number(text, maximum=10**12) is None


def test_row_ids_fit_the_database() -> None:
    """Ids run from 1 to the largest PostgreSQL INTEGER."""
    assert [row_id(str(n)) for n in (0, 1, MAX_ID, MAX_ID + 1, 2**63)] == [
        None,
        1,
        MAX_ID,
        None,
        None,
    ]


def test_callback_data_shapes() -> None:
    """Fields after the prefix; anything of another shape is None."""
    assert callback_fields("dose:5:done", "dose") == ["5", "done"]
    assert callback_fields("dosex:5:done", "dose") is None
    assert callback_fields("dose", "dose") is None
    assert callback_fields(None, "dose") is None
    assert id_and_choice("site:5:left_arm", "site") == (5, "left_arm")
    assert id_and_choice("site:5:left_arm:x", "site") is None
    assert id_and_choice("site:²:left_arm", "site") is None
    assert only_id("skipwhy:12", "skipwhy") == 12
    assert only_id("skipwhy:12:3", "skipwhy") is None
