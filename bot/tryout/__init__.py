"""Try the bot without Telegram: the real Application against the embedded Bot API double,
a chat page in the browser (or a terminal, or a replayed script) and a clock moved by hand.

Only `b12bot try` reaches this package; `b12bot run` never imports it, so the clock of a bot
serving patients cannot be moved (an import contract in pyproject.toml keeps it so).
"""
