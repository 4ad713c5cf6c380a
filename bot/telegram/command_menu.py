"""The command menu Telegram shows the patient, in the order shown."""

from bot.catalog.catalog import Catalog

# Each command and the message id of its description.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "command-start"),
    ("next", "command-next"),
    ("status", "command-status"),
    ("history", "command-history"),
    ("report", "command-report"),
    ("calendar", "command-calendar"),
    ("switch", "command-switch"),
    ("followup", "command-follow-up"),
    ("labs", "command-labs"),
    ("appointments", "command-appointments"),
    ("pause", "command-pause"),
    ("resume", "command-resume"),
    ("stock", "command-stock"),
    ("symptoms", "command-symptoms"),
    ("caregiver", "command-caregiver"),
    ("regimen", "command-regimen"),
    ("settings", "command-settings"),
    ("language", "command-language"),
    ("export", "command-export"),
    ("delete", "command-delete"),
    ("cancel", "command-cancel"),
    ("help", "command-help"),
)


def command_menu(catalog: Catalog) -> list[tuple[str, str]]:
    """Each command with its description in the catalog's language, in the order shown."""
    return [(command, catalog.text(message_id)) for command, message_id in COMMANDS]
