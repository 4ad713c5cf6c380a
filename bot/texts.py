"""Every patient-facing text, in one place for clinical review and translation.

This module is a leaf: it imports nothing from the project, so the pure domain may read
its error messages without depending on Telegram or storage. Texts are HTML (Telegram's
HTML parse mode); anything the patient typed must be escaped before it is put into one.
"""

# --- Plan errors (raised by bot.domain; shown to the patient as they are) ---------------

# --- end of plan errors -------------------------------------------------------------------
