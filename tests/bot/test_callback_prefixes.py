"""Callback-data prefixes: declared once, and never changed (old messages carry their buttons)."""

from bot.telegram.callback_data import CallbackPrefix

# Buttons already sent carry these; a changed value would turn every old button stale.
PREFIXES_IN_USE = {
    "dose",
    "late",
    "skipwhy",
    "appt",
    "undo",
    "donedate",
    "pastdose",
    "site",
    "lab",
    "labs",
    "labplan",
    "setup",
    "sym",
    "erase",
    "hist",
    "report",
    "cal",
    "set",
    "lang",
    "cg",
    "cgd",
}


def test_the_prefixes_are_exactly_those_old_buttons_carry() -> None:
    """Every prefix value is one in use, and every one in use is declared."""
    assert {prefix.value for prefix in CallbackPrefix} == PREFIXES_IN_USE


def test_every_prefix_is_unique_and_holds_no_separator() -> None:
    """No two kinds of button share a prefix, and none can be mistaken for a field."""
    # __members__ keeps aliases, which iterating the enum would hide.
    values = [prefix.value for prefix in CallbackPrefix.__members__.values()]
    assert len(values) == len(set(values))
    assert all(":" not in value for value in values)
