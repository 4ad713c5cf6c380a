"""The languages the bot speaks: English for everyone until a patient's language is stored."""

DEFAULT_LANGUAGE = "en"
