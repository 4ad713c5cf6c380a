"""The English catalog, for tests that assert what a patient reads."""

from bot.catalog.catalog import catalog_for

EN = catalog_for("en")
