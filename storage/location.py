"""Where the database is: DATABASE_URL, else a SQLite file in DATA_DIR (environment or `.env`).

The bot's settings extend this class, so the bot and a developer running Alembic by hand
read the same variables with the same default.
"""

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path("data")


class DatabaseLocation(BaseSettings):
    """The database URL and the data folder, read from the environment and a `.env` file."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    database_url: str = ""
    data_dir: Path = DEFAULT_DATA_DIR

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to a SQLite file inside the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'b12bot.sqlite3').as_posix()}"


def configured_database_url() -> str:
    """The configured database URL, without the rest of the bot's settings."""
    return DatabaseLocation().resolved_database_url
