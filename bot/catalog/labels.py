"""The words for things the domain names only by key: presets' names and sources."""

from bot.catalog.catalog import Catalog


def preset_name(catalog: Catalog, key: str) -> str:
    """The name a patient sees for the preset with this key."""
    return catalog.one_of("preset", f"{key}_name")


def preset_source(catalog: Catalog, key: str) -> str:
    """The clinical source a patient sees for the preset with this key."""
    return catalog.one_of("preset", f"{key}_source")
