"""Pure renderers of a patient's record for export (calendar, clinician report): no Telegram, no I/O."""
