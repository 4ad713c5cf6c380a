"""Bridges from the pure domain to storage: no Telegram here, only sessions and domain objects."""
