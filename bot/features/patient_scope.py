"""What every handler loads first: this patient, their zone, their today, their catalog.

One short unit of work: the `with` block holds the session, so nothing in it may await
(tests/test_no_await_in_transaction.py); read and write there, then talk to Telegram.
"""

import logging
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot.catalog.catalog import Catalog, catalog_for, default_catalog
from bot.catalog.languages import DEFAULT_LANGUAGE
from bot.catalog.vocabulary import reading_order, vocabulary_for
from bot.context import BotContext
from bot.domain.parsing.vocabulary import Vocabulary
from bot.services.patient_time import today_of, zone_of
from storage.database import session_scope
from storage.models import Patient
from storage.patients import get_patient_by_chat, language_of_chat

logger = logging.getLogger(__name__)
# The language last read for each chat, for the one text that must never wait for the
# database: the red-flag safety text. Bounded; a chat not in it reads the default language.
_REMEMBERED_LANGUAGES: "OrderedDict[int, str]" = OrderedDict()
REMEMBERED_CHATS = 10_000


@dataclass
class PatientScope:
    """A unit of work for one chat: its patient (None before the first setup) and catalog."""

    session: Session
    patient: Patient | None
    catalog: Catalog
    now: datetime

    @property
    def zone(self) -> ZoneInfo:
        """The patient's zone (only for a known patient)."""
        assert self.patient is not None
        return zone_of(self.patient)

    @property
    def today(self) -> date:
        """The patient's calendar day now (only for a known patient)."""
        assert self.patient is not None
        return today_of(self.patient, self.now)

    @property
    def vocabulary(self) -> Vocabulary:
        """The words the parsers recognise in this patient's language."""
        return vocabulary_of(self.patient)

    @property
    def vocabularies(self) -> tuple[Vocabulary, ...]:
        """What a reply is read with: the patient's language first, then English."""
        return reading_order(self.catalog.language)


def catalog_of(patient: Patient | None) -> Catalog:
    """The catalog of the language the bot speaks to this patient."""
    return catalog_for(patient.language) if patient is not None else default_catalog()


def vocabulary_of(patient: Patient | None) -> Vocabulary:
    """The words the parsers recognise in this patient's language."""
    return vocabulary_for(patient.language if patient is not None else DEFAULT_LANGUAGE)


@contextmanager
def patient_scope(context: BotContext, chat_id: int) -> Iterator[PatientScope]:
    """Open a unit of work with the patient of this chat loaded (commits on a clean exit)."""
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=chat_id)
        if patient is not None:
            _remember(chat_id, patient.language)
        yield PatientScope(session, patient, catalog_of(patient), context.now())


def chat_catalog(context: BotContext, chat_id: int | None) -> Catalog:
    """The catalog of the patient of this chat, for a handler that reads nothing else.

    A handler that needs no records (/help, an unknown command) must answer even when the
    database does not: then it answers in the default language.
    """
    if chat_id is None:
        return default_catalog()
    try:
        with session_scope(context.engine) as session:
            language = language_of_chat(session, chat_id=chat_id)
    except SQLAlchemyError:
        logger.warning("could not read a chat's language; answering in the default language")
        return default_catalog()
    if language is None:
        return default_catalog()
    _remember(chat_id, language)
    return catalog_for(language)


def remembered_language(chat_id: int) -> str:
    """The language last read for this chat, without asking the database (default if none)."""
    return _REMEMBERED_LANGUAGES.get(chat_id, DEFAULT_LANGUAGE)


def remembered_catalog(chat_id: int) -> Catalog:
    """The catalog of this chat's language as last read, without asking the database."""
    language = _REMEMBERED_LANGUAGES.get(chat_id)
    return catalog_for(language) if language is not None else default_catalog()


def _remember(chat_id: int, language: str) -> None:
    """Keep a chat's language for remembered_catalog, forgetting the oldest beyond the bound."""
    _REMEMBERED_LANGUAGES[chat_id] = language
    _REMEMBERED_LANGUAGES.move_to_end(chat_id)
    if len(_REMEMBERED_LANGUAGES) > REMEMBERED_CHATS:
        _REMEMBERED_LANGUAGES.popitem(last=False)
