"""Pure renderers of a patient's record for export (calendar, report): no Telegram, no I/O."""
