"""The patient's catalog: every text they read, in their language, from the Fluent files.

Message ids are the file's names (`reminder-dose`); values are Fluent variables. Numbers are
passed without digit grouping, so a dose reads "1000 mcg" as the patient typed it, while
Fluent's plural rules still see a number. Dates and times come from Babel's CLDR data.
"""

from datetime import date, datetime, time
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_skeleton, format_time, get_day_names
from babel.numbers import format_decimal
from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_number
from fluent.syntax import FluentParser, ast

from bot.catalog.languages import DEFAULT_LANGUAGE, FORMATTING_LOCALES
from bot.domain.regimen import Dose

LOCALES = Path(__file__).parent / "locales"

TextValue = str | int
# How many formatted texts (and dates) each catalog keeps at hand.
FORMATTED_TEXTS = 8192


class MissingTextError(LookupError):
    """A message id the catalog does not have: a bug in the code, never the patient's."""


class Catalog:
    """The texts, dates and numbers of one language."""

    def __init__(self, language: str, bundle: FluentBundle, message_ids: tuple[str, ...]) -> None:
        self.language = language
        self.locale = Locale.parse(FORMATTING_LOCALES.get(language, language))
        self._bundle = bundle
        self.message_ids = message_ids
        # Texts are immutable and the same few are sent over and over (every reminder of a
        # burst): formatting one through Fluent costs tens of microseconds, a lookup here one.
        self._formatted = lru_cache(maxsize=FORMATTED_TEXTS)(self._format)
        self._day = lru_cache(maxsize=FORMATTED_TEXTS)(self._format_day)
        self._clock = lru_cache(maxsize=24 * 60)(self._format_clock)
        # Babel's number formatting costs about 50 µs, and a burst repeats a handful of doses.
        self._dose = lru_cache(maxsize=1024)(self._format_dose)

    def text(self, message_id: str, **values: TextValue) -> str:
        """The message with these values filled in."""
        return self._formatted(message_id, tuple(sorted(values.items())))

    def _format(self, message_id: str, values: tuple[tuple[str, TextValue], ...]) -> str:
        """Format one message through Fluent (what `text` caches)."""
        if not self._bundle.has_message(message_id):
            raise MissingTextError(message_id)
        message = self._bundle.get_message(message_id)
        assert message.value is not None
        arguments = {
            name: fluent_number(value, useGrouping=False) if isinstance(value, int) else value
            for name, value in values
        }
        text, errors = self._bundle.format_pattern(message.value, arguments)
        if errors or not isinstance(text, str):
            raise MissingTextError(f"{message_id}: {errors[0] if errors else text}")
        return text

    def word(self, family: str, key: str) -> str:
        """One of a family of words (`phase-names`, `loading`), or the key when it has none."""
        message_id = f"{family}-{key.replace('_', '-')}"
        return self.text(message_id) if self._bundle.has_message(message_id) else key

    def one_of(self, family: str, key: str) -> str:
        """One text of a family that must have it (a safety text): never the bare key."""
        return self.text(f"{family}-{key.replace('_', '-')}")

    def words(self, family: str) -> dict[str, str]:
        """A whole family of words by key, in the catalog's order (`site-names`)."""
        prefix = f"{family}-"
        found = {
            message_id.removeprefix(prefix).replace("-", "_"): self.text(message_id)
            for message_id in self.message_ids
            if message_id.startswith(prefix)
        }
        if not found:
            raise MissingTextError(family)
        return found

    def dose(self, dose: Dose) -> str:
        """A dose as the patient's language writes numbers: "1,000 mcg", "1.000 mcg"."""
        return self._dose(dose)

    def _format_dose(self, dose: Dose) -> str:
        """Format one dose (what `dose` caches)."""
        amount = format_decimal(dose.amount.normalize(), format="#,##0.###", locale=self.locale)
        unit = self.word("unit-names", dose.unit.value)
        return self.text("dose-amount", amount=amount, unit=unit)

    def countdown(self, due: datetime, now: datetime, zone: ZoneInfo) -> str:
        """How far away a due time is, in calendar days where that reads better: "in 3 days"."""
        days = (due.astimezone(zone).date() - now.astimezone(zone).date()).days
        if days > 1:
            return self.text("countdown-in-days", days=days)
        if days == 1:
            return self.text("countdown-tomorrow")
        if days < -1:
            return self.text("countdown-days-ago", days=-days)
        if days == -1:
            return self.text("countdown-yesterday")
        minutes = round((due - now).total_seconds() / 60)
        if minutes > 90:
            return self.text("countdown-in-hours", hours=round(minutes / 60))
        if minutes > 0:
            return self.text("countdown-in-minutes", minutes=minutes)
        return self.text("countdown-now")

    def days(self, days: int) -> str:
        """A number of days in words: "1 day", "3 days"."""
        return self.text("day-count", days=days)

    def weekday(self, weekday: int) -> str:
        """A weekday's short name, Monday being 0: "Mon"."""
        return str(get_day_names("abbreviated", locale=self.locale)[weekday])

    def day(self, day: date) -> str:
        """A calendar date, short, as the language writes it: "Tue 3 Dec", "Do., 3. Dez."."""
        return self._day(day)

    def _format_day(self, day: date) -> str:
        """Format a date through Babel's CLDR skeleton for the language (what `day` caches)."""
        return format_skeleton("MMMEd", day, locale=self.locale)

    def moment(self, instant: datetime, zone: ZoneInfo) -> str:
        """An instant as the patient's wall clock shows it: "Tue 3 Dec, 09:00"."""
        local = instant.astimezone(zone)
        return self.text("date-and-time", day=self.day(local.date()), time=self.clock(local))

    def clock(self, instant: datetime, zone: ZoneInfo | None = None) -> str:
        """Only the wall-clock time: "09:00"."""
        local = instant.astimezone(zone) if zone is not None else instant
        return self._clock(local.hour, local.minute)

    def _format_clock(self, hour: int, minute: int) -> str:
        """Format a wall-clock time through Babel (what `clock` caches)."""
        return format_time(time(hour, minute), "HH:mm", locale=self.locale)


def _read_bundle(language: str) -> tuple[FluentBundle, tuple[str, ...]]:
    """Every .ftl file of a language, in one bundle, and its message ids in file order."""
    bundle = FluentBundle([language], use_isolating=False)
    message_ids: list[str] = []
    paths = sorted((LOCALES / language).glob("*.ftl"))
    if not paths:
        raise FileNotFoundError(f"no .ftl files for {language!r} in {LOCALES}")
    for path in paths:
        source = path.read_text(encoding="utf-8")
        message_ids.extend(_ids_of(source, path))
        bundle.add_resource(FluentResource(source))
    return bundle, tuple(message_ids)


def _ids_of(source: str, path: Path) -> list[str]:
    """The message ids of a Fluent file, in order; a file Fluent cannot read is refused."""
    parsed = FluentParser().parse(source)
    junk = [entry for entry in parsed.body if isinstance(entry, ast.Junk)]
    if junk:
        raise ValueError(f"{path.name}: Fluent cannot read {junk[0].content!r}")
    return [entry.id.name for entry in parsed.body if isinstance(entry, ast.Message)]


@cache
def catalog_for(language: str) -> Catalog:
    """The catalog of a language; the default language's when there is none for it yet."""
    if not (LOCALES / language).is_dir():
        language = DEFAULT_LANGUAGE
    bundle, message_ids = _read_bundle(language)
    return Catalog(language, bundle, message_ids)


def available_languages() -> tuple[str, ...]:
    """The languages that have a catalog."""
    return tuple(sorted(path.name for path in LOCALES.iterdir() if path.is_dir()))


def default_catalog() -> Catalog:
    """The default language's catalog: before a patient is known, or when their record
    cannot be read (the database is down)."""
    return catalog_for(DEFAULT_LANGUAGE)
