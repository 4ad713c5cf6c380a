"""The command menu Telegram shows the patient, in the order shown."""

from bot.catalog import texts

MENU: tuple[tuple[str, str], ...] = (
    ("start", texts.COMMAND_START),
    ("next", texts.COMMAND_NEXT),
    ("status", texts.COMMAND_STATUS),
    ("switch", texts.COMMAND_SWITCH),
    ("followup", texts.COMMAND_FOLLOW_UP),
    ("labs", texts.COMMAND_LABS),
    ("appointments", texts.COMMAND_APPOINTMENTS),
    ("pause", texts.COMMAND_PAUSE),
    ("resume", texts.COMMAND_RESUME),
    ("stock", texts.COMMAND_STOCK),
    ("symptoms", texts.COMMAND_SYMPTOMS),
    ("regimen", texts.COMMAND_REGIMEN),
    ("export", texts.COMMAND_EXPORT),
    ("delete", texts.COMMAND_DELETE),
    ("cancel", texts.COMMAND_CANCEL),
    ("help", texts.COMMAND_HELP),
)
