"""The languages the bot speaks: English for everyone until a patient's language is stored."""

DEFAULT_LANGUAGE = "en"

# The CLDR locale whose date forms a language is written with, where it is not the language's
# own: the bot's English is British ("Thu 26 Nov", a 24-hour clock), not CLDR's US default.
FORMATTING_LOCALES = {"en": "en_GB"}
