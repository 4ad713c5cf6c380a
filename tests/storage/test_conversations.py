"""Conversation states and user/chat data round-trip through the database."""

import pytest
from sqlmodel import Session, select

from storage.conversations import (
    decode_key,
    drop_handler_data,
    encode_key,
    get_handler_data,
    list_handler_data,
    load_conversations,
    save_conversation_state,
    save_handler_data,
)
from storage.models import ConversationState, HandlerData, HandlerDataKind

USER = HandlerDataKind.USER
CHAT = HandlerDataKind.CHAT


def test_keys_round_trip_as_text() -> None:
    """Tuple keys (ints, or an inline message's string id) become text and come back."""
    assert encode_key((123, 456)) == "[123,456]"
    for key in [(123,), (123, 456), (-100123, 7, "AgAAAB-x_y:z")]:
        assert decode_key(encode_key(key)) == key


def test_conversation_states_round_trip(session: Session) -> None:
    """Int, string and tuple states come back as stored, per handler name and key."""
    save_conversation_state(session, name="setup", key=(1, 1), state=2)
    save_conversation_state(session, name="setup", key=(2, 2), state="ASK_DRUG")
    save_conversation_state(session, name="setup", key=(3, 3), state=(1, "a", (2, 3)))
    save_conversation_state(session, name="labs", key=(1, 1), state=0)
    session.commit()
    assert load_conversations(session, name="setup") == {
        (1, 1): 2,
        (2, 2): "ASK_DRUG",
        (3, 3): (1, "a", (2, 3)),
    }
    assert load_conversations(session, name="labs") == {(1, 1): 0}
    assert load_conversations(session, name="other") == {}


def test_saving_a_state_twice_keeps_one_row(session: Session) -> None:
    """The upsert replaces the state in place."""
    save_conversation_state(session, name="setup", key=(1, 1), state=0)
    save_conversation_state(session, name="setup", key=(1, 1), state=1)
    session.commit()
    assert load_conversations(session, name="setup") == {(1, 1): 1}
    assert len(session.exec(select(ConversationState)).all()) == 1


def test_a_state_of_none_removes_the_conversation(session: Session) -> None:
    """An ended conversation (None) leaves no row; ending an unknown one is harmless."""
    save_conversation_state(session, name="setup", key=(1, 1), state=0)
    save_conversation_state(session, name="setup", key=(2, 2), state=0)
    save_conversation_state(session, name="setup", key=(1, 1), state=None)
    save_conversation_state(session, name="setup", key=(9, 9), state=None)
    session.commit()
    assert load_conversations(session, name="setup") == {(2, 2): 0}


def test_handler_data_round_trips_per_kind_and_owner(session: Session) -> None:
    """user_data and chat_data are separate JSON objects, even for the same id."""
    answers = {"drug": "hydroxocobalamin", "dose": 1.0, "days": [1, 3], "ok": True, "x": None}
    save_handler_data(session, kind=USER, owner_id=42, data=answers)
    save_handler_data(session, kind=CHAT, owner_id=42, data={"lang": "en"})
    save_handler_data(session, kind=USER, owner_id=2**40, data={})
    session.commit()
    users = {row.owner_id: row.data for row in list_handler_data(session, kind=USER)}
    chats = {row.owner_id: row.data for row in list_handler_data(session, kind=CHAT)}
    assert users == {42: answers, 2**40: {}}
    assert chats == {42: {"lang": "en"}}


def test_saving_data_twice_keeps_one_row_and_bumps_the_version(session: Session) -> None:
    """The upsert replaces the object and counts the writes."""
    assert save_handler_data(session, kind=USER, owner_id=42, data={"a": 1}) == 1
    assert save_handler_data(session, kind=USER, owner_id=42, data={"b": 2}) == 2
    session.commit()
    row = get_handler_data(session, kind=USER, owner_id=42)
    assert row is not None
    assert (row.data, row.version) == ({"b": 2}, 2)
    assert len(session.exec(select(HandlerData)).all()) == 1


def test_drop_removes_only_that_owners_data(session: Session) -> None:
    """Dropping a user's data keeps other users' and the same id's chat data."""
    save_handler_data(session, kind=USER, owner_id=1, data={"a": 1})
    save_handler_data(session, kind=USER, owner_id=2, data={"b": 2})
    save_handler_data(session, kind=CHAT, owner_id=1, data={"c": 3})
    drop_handler_data(session, kind=USER, owner_id=1)
    drop_handler_data(session, kind=USER, owner_id=99)
    session.commit()
    assert get_handler_data(session, kind=USER, owner_id=1) is None
    assert [row.owner_id for row in list_handler_data(session, kind=USER)] == [2]
    assert [row.owner_id for row in list_handler_data(session, kind=CHAT)] == [1]


def test_non_string_keys_are_refused(session: Session) -> None:
    """JSON would turn 1 into "1" silently, so such data is refused instead."""
    with pytest.raises(TypeError, match="string keys"):
        save_handler_data(session, kind=USER, owner_id=1, data={1: "one"})
