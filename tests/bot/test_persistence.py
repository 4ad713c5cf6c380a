"""DatabasePersistence: a half-finished conversation survives a restart, over real HTTP."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.telegram.persistence import WRITE_THROUGH_GROUP, DatabasePersistence, write_through_handler
from bot_api_double import BotApiDouble
from storage.conversations import get_handler_data, load_conversations, save_handler_data
from storage.database import session_scope
from storage.models import HandlerDataKind

ANN = 1001
BOB = 1002
ASK_NAME, ASK_DRUG = range(2)
# Long enough that PTB's timer never fires during a test: only shutdown or write-through save.
NEVER = 3600

App = Application[Any, Any, Any, Any, Any, Any]
Context = ContextTypes.DEFAULT_TYPE


async def _begin(update: Update, context: Context) -> int:
    """Ask the first question."""
    assert update.message is not None
    await update.message.reply_text("What should I call you?")
    return ASK_NAME


async def _name(update: Update, context: Context) -> int:
    """Keep the name, ask the second question."""
    assert update.message is not None
    assert context.user_data is not None
    context.user_data["name"] = update.message.text
    await update.message.reply_text("Which drug?")
    return ASK_DRUG


async def _drug(update: Update, context: Context) -> int:
    """Keep the drug and sum up both answers."""
    assert update.message is not None
    assert context.user_data is not None
    context.user_data["drug"] = update.message.text
    await update.message.reply_text(f"Done: {context.user_data['name']}, {update.message.text}")
    return ConversationHandler.END


async def _cancel(update: Update, context: Context) -> int:
    """Stop the conversation."""
    assert update.message is not None
    await update.message.reply_text("Cancelled.")
    return ConversationHandler.END


def _setup_conversation() -> ConversationHandler[Any]:
    """A two-question persistent conversation, like the real setup."""
    answer = filters.TEXT & ~filters.COMMAND
    return ConversationHandler(
        entry_points=[CommandHandler("setup", _begin)],
        states={
            ASK_NAME: [MessageHandler(answer, _name)],
            ASK_DRUG: [MessageHandler(answer, _drug)],
        },
        fallbacks=[CommandHandler("cancel", _cancel)],
        persistent=True,
        name="setup",
    )


def _build(double: BotApiDouble, engine: Engine, *, write_through: bool = False) -> App:
    """A tiny Application with database persistence, pointed at the double."""
    application: App = (
        ApplicationBuilder()
        .token(double.token)
        .base_url(f"{double.api_url}/bot")
        .base_file_url(f"{double.api_url}/file/bot")
        .persistence(DatabasePersistence(engine, update_interval=NEVER))
        .build()
    )
    application.add_handler(_setup_conversation())
    if write_through:
        application.add_handler(write_through_handler(), group=WRITE_THROUGH_GROUP)
    return application


@asynccontextmanager
async def _running(
    double: BotApiDouble, engine: Engine, *, write_through: bool = False
) -> AsyncIterator[App]:
    """Run a fresh Application until the block ends, then stop it completely."""
    application = _build(double, engine, write_through=write_through)
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


def _stored_states(engine: Engine) -> dict[tuple[int | str, ...], object]:
    """The setup conversation's rows, read in a new session."""
    with Session(engine) as session:
        return load_conversations(session, name="setup")


def _stored_user_data(engine: Engine, user_id: int) -> dict[str, Any] | None:
    """One user's stored user_data, read in a new session."""
    with Session(engine) as session:
        row = get_handler_data(session, kind=HandlerDataKind.USER, owner_id=user_id)
        return None if row is None else row.data


async def test_conversation_resumes_after_a_restart(double: BotApiDouble, engine: Engine) -> None:
    """The second question is answered by a new Application, which still knows the first answer."""
    async with _running(double, engine):
        assert await double.reply_to(ANN, "/setup") == "What should I call you?"
        assert await double.reply_to(ANN, "Ann") == "Which drug?"
    assert _stored_states(engine) == {(ANN, ANN): ASK_DRUG}
    assert _stored_user_data(engine, ANN) == {"name": "Ann"}

    async with _running(double, engine) as application:
        assert await double.reply_to(ANN, "hydroxocobalamin") == "Done: Ann, hydroxocobalamin"
        assert application.user_data[ANN] == {"name": "Ann", "drug": "hydroxocobalamin"}
    assert _stored_states(engine) == {}
    assert _stored_user_data(engine, ANN) == {"name": "Ann", "drug": "hydroxocobalamin"}


async def test_two_users_keep_separate_states(double: BotApiDouble, engine: Engine) -> None:
    """Each patient resumes at their own question with their own answers."""
    async with _running(double, engine):
        await double.reply_to(ANN, "/setup")
        await double.reply_to(ANN, "Ann")
        await double.reply_to(BOB, "/setup")
    assert _stored_states(engine) == {(ANN, ANN): ASK_DRUG, (BOB, BOB): ASK_NAME}

    async with _running(double, engine):
        assert await double.reply_to(BOB, "Bob") == "Which drug?"
        assert await double.reply_to(ANN, "cyanocobalamin") == "Done: Ann, cyanocobalamin"
    assert _stored_states(engine) == {(BOB, BOB): ASK_DRUG}
    assert _stored_user_data(engine, BOB) == {"name": "Bob"}


async def test_cancel_ends_the_conversation_and_removes_its_row(
    double: BotApiDouble, engine: Engine
) -> None:
    """After /cancel and a restart, an answer no longer continues the conversation."""
    async with _running(double, engine):
        await double.reply_to(ANN, "/setup")
    assert _stored_states(engine) == {(ANN, ANN): ASK_NAME}
    async with _running(double, engine):
        assert await double.reply_to(ANN, "/cancel") == "Cancelled."
    assert _stored_states(engine) == {}

    async with _running(double, engine):
        since = double.mark()
        await double.send_text(ANN, "Ann")
        await double.idle()
        assert not [c for c in double.calls[since:] if c.method == "sendMessage"]


async def test_ptb_saves_only_on_its_timer_or_at_shutdown(
    double: BotApiDouble, engine: Engine
) -> None:
    """Without write-through, a state change reaches the database only when PTB flushes."""
    async with _running(double, engine):
        await double.reply_to(ANN, "/setup")
        await double.reply_to(ANN, "Ann")
        assert _stored_states(engine) == {}
        assert _stored_user_data(engine, ANN) is None
    assert _stored_states(engine) == {(ANN, ANN): ASK_DRUG}


async def test_write_through_saves_each_answer_at_once(
    double: BotApiDouble, engine: Engine
) -> None:
    """With write-through, the state and answer are stored while the bot still runs (crash-safe)."""
    async with _running(double, engine, write_through=True):
        await double.reply_to(ANN, "/setup")
        await double.reply_to(ANN, "Ann")
        await double.idle()
        assert _stored_states(engine) == {(ANN, ANN): ASK_DRUG}
        assert _stored_user_data(engine, ANN) == {"name": "Ann"}
        await double.reply_to(ANN, "/cancel")
        await double.idle()
        assert _stored_states(engine) == {}


async def test_bot_data_is_left_to_the_application(double: BotApiDouble, engine: Engine) -> None:
    """PTB never loads bot_data from this persistence, so the services object stays."""
    application = _build(double, engine)
    services = application.bot_data
    services["engine"] = engine
    await application.initialize()
    try:
        assert application.bot_data is services
        assert application.persistence is not None
        assert not application.persistence.store_data.bot_data
        assert not application.persistence.store_data.callback_data
    finally:
        await application.shutdown()


async def test_refresh_takes_over_another_replicas_write(engine: Engine) -> None:
    """user_data saved by another replica replaces this one's copy before the next callback."""
    here, there = DatabasePersistence(engine), DatabasePersistence(engine)
    await there.update_user_data(ANN, {"name": "Ann"})
    mine = await here.get_user_data()
    assert mine == {ANN: {"name": "Ann"}}

    await here.refresh_user_data(ANN, mine[ANN])
    assert mine[ANN] == {"name": "Ann"}
    with session_scope(engine) as session:
        save_handler_data(session, kind=HandlerDataKind.USER, owner_id=ANN, data={"name": "A."})
    await here.refresh_user_data(ANN, mine[ANN])
    assert mine[ANN] == {"name": "A."}

    await there.drop_user_data(ANN)
    await here.refresh_user_data(ANN, mine[ANN])
    assert mine[ANN] == {}


async def test_refresh_keeps_local_changes_not_yet_saved(engine: Engine) -> None:
    """Data this replica changed but has not saved yet is not overwritten by an unchanged row."""
    persistence = DatabasePersistence(engine)
    await persistence.update_chat_data(BOB, {"step": 1})
    local = {"step": 2}
    await persistence.refresh_chat_data(BOB, local)
    assert local == {"step": 2}
    fresh = {"draft": True}
    await persistence.refresh_chat_data(ANN, fresh)
    assert fresh == {"draft": True}


async def test_a_process_owning_its_sqlite_file_does_not_look_for_other_writers(
    engine: Engine,
) -> None:
    """Not shared: the copy in memory is current, so nothing is read back before an update."""
    persistence = DatabasePersistence(engine, shared=False)
    with session_scope(engine) as session:
        save_handler_data(session, kind=HandlerDataKind.USER, owner_id=ANN, data={"name": "A."})
    mine = {"name": "Ann"}
    await persistence.refresh_user_data(ANN, mine)
    assert mine == {"name": "Ann"}


async def test_empty_data_is_never_written(engine: Engine) -> None:
    """A user or chat whose data stays empty (most updates) leaves no row to write or read."""
    persistence = DatabasePersistence(engine)
    await persistence.update_user_data(ANN, {})
    await persistence.update_chat_data(ANN, {})
    with session_scope(engine) as session:
        for kind in HandlerDataKind:
            assert get_handler_data(session, kind=kind, owner_id=ANN) is None
    await persistence.update_chat_data(ANN, {"step": 1})
    await persistence.update_chat_data(ANN, {})
    with session_scope(engine) as session:
        row = get_handler_data(session, kind=HandlerDataKind.CHAT, owner_id=ANN)
        assert row is not None
        assert row.data == {}
