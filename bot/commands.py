"""The command menu Telegram shows the patient, in the order shown."""

from bot import texts

MENU: tuple[tuple[str, str], ...] = (
    ("start", texts.COMMAND_START),
    ("help", texts.COMMAND_HELP),
)
