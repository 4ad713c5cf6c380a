"""The chat page's server over HTTP: what it serves, the chats as JSON, what a person does,
the clock, and the requests it refuses."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
from sqlmodel import Session, col, select

from bot.catalog.catalog import catalog_for
from bot.telegram.command_menu import command_menu
from bot.tryout.server import ChatPage
from bot.tryout.session import TrySession
from storage.models import DoseEvent, DoseEventKind
from tests.bot.patients import patient_on_common_monthly
from tests.english import EN
from tests.tryout.running import START, read, running_try, serving_page

ALEX = 1001


@asynccontextmanager
async def browsing(
    folder: Path, *, with_plan: bool = False
) -> AsyncIterator[tuple[TrySession, ChatPage, aiohttp.ClientSession]]:
    """A try-out (Alex on the common monthly plan if asked), its page and an HTTP client."""
    async with running_try(folder) as session, serving_page(session) as page:
        if with_plan:
            patient_on_common_monthly(session.engine, chat_id=ALEX, now=START)
        async with aiohttp.ClientSession(base_url=page.url) as client:
            yield session, page, client


async def _state(client: aiohttp.ClientSession, chat_id: int = ALEX) -> dict[str, Any]:
    """The page's view of everything now."""
    async with client.get("/api/state", params={"chat": chat_id}) as response:
        assert response.status == 200
        state: dict[str, Any] = await response.json()
        return state


async def _post(client: aiohttp.ClientSession, path: str, **body: Any) -> aiohttp.ClientResponse:
    """A JSON post, read to the end."""
    async with client.post(path, json=body) as response:
        await response.read()
        return response


def _bot_texts(state: dict[str, Any]) -> list[str]:
    """The bot's messages of the state's chat, as text."""
    return [_text(m["body"]) for m in state["chat"]["messages"] if m["from"] == "bot"]


def _text(nodes: list[dict[str, Any]]) -> str:
    """The text of message pieces."""
    return "".join(n["text"] if "text" in n else _text(n["children"]) for n in nodes)


def _tags(nodes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Every tag of message pieces with its text."""
    found: list[tuple[str, str]] = []
    for node in nodes:
        if "tag" in node:
            found.append((node["tag"], _text(node["children"])))
            found.extend(_tags(node["children"]))
    return found


async def test_the_page_its_script_and_style_are_served_and_nothing_else(tmp_path: Path) -> None:
    """The page loads its own two files, from the installed package, and refuses any other."""
    async with browsing(tmp_path) as (_, _, client):
        async with client.get("/") as response:
            page = await response.text()
            assert response.content_type == "text/html"
        assert '<script src="/static/chat.js"></script>' in page
        assert "Content-Security-Policy" in page
        for name, kind in (("chat.js", "text/javascript"), ("chat.css", "text/css")):
            async with client.get(f"/static/{name}") as response:
                assert (response.status, response.content_type) == (200, kind)
        for elsewhere in ("/static/index.html", "/static/..%2f__init__.py", "/files/nothing"):
            async with client.get(elsewhere) as response:
                assert response.status == 404


async def test_a_chat_shows_both_sides_formatted_and_what_was_typed_as_text(
    tmp_path: Path,
) -> None:
    """A person named like markup: the bot's greeting keeps its bold, the name stays text."""
    async with browsing(tmp_path) as (session, _, client):
        response = await _post(client, "/api/people", name="<b>Bo</b> & <i>co", language="de")
        assert response.status == 200
        bo = session.people[-1]
        assert (bo.chat_id, bo.language) == (1003, "de")
        assert (await _post(client, "/api/say", chat_id=bo.chat_id, text="/start")).ok
        await session.settled()
        state = await _state(client, bo.chat_id)
    chat = state["chat"]
    assert [p["name"] for p in state["people"]] == ["Alex", "Sam", "<b>Bo</b> & <i>co"]
    assert chat["messages"][0] == {
        "id": 1,
        "from": "person",
        "date": int(START.timestamp()),
        "edited": False,
        "body": [{"text": "/start"}],
        "buttons": [],
    }
    greeting = chat["messages"][1]
    assert greeting["from"] == "bot"
    assert _text(greeting["body"]).startswith("Hallo, <b>Bo</b> & <i>co!")
    assert ("b", "b12bot") in _tags(greeting["body"])
    assert all(text != "Bo" for _, text in _tags(greeting["body"]))
    # The German command menu the bot set, for a person whose app speaks German.
    german = [{"command": c, "description": d} for c, d in command_menu(catalog_for("de"))]
    assert chat["commands"] == german
    assert state["clock"]["zone"] == "UTC"


async def test_documents_download_under_their_name_and_photos_show(tmp_path: Path) -> None:
    """/calendar's .ics is an attachment named as the bot named it; the history chart (after
    two injections) a PNG shown as it is."""
    async with browsing(tmp_path, with_plan=True) as (session, _, client):
        await _post(client, "/api/say", chat_id=ALEX, text="/calendar")
        await session.settled()
        documents = [m for m in (await _state(client))["chat"]["messages"] if "document" in m]
        assert len(documents) == 1
        document = documents[0]["document"]
        assert document["name"].endswith(".ics")
        async with client.get(document["url"], params={"download": "1"}) as response:
            assert response.headers["Content-Disposition"] == (
                f'attachment; filename="{document["name"]}"'
            )
            assert (await response.read()).startswith(b"BEGIN:VCALENDAR")
        # The chart needs two injections given: Thursday's and Friday's.
        for _ in range(2):
            await session.to_next_reminder()
            await _post(client, "/api/say", chat_id=ALEX, text="done")
            await session.settled()
        await _post(client, "/api/say", chat_id=ALEX, text="/history")
        await session.settled()
        history = [m for m in (await _state(client))["chat"]["messages"] if m["buttons"]][-1]
        chart = next(
            b
            for row in history["buttons"]
            for b in row
            if b["text"] == EN.text("button-history-chart")
        )
        await _post(
            client, "/api/press", chat_id=ALEX, message_id=history["id"], data=chart["data"]
        )
        await session.settled()
        photo = [m for m in (await _state(client))["chat"]["messages"] if "photo" in m][-1]
        async with client.get(photo["photo"]["url"]) as response:
            assert response.content_type == "image/png"
            assert (await response.read()).startswith(b"\x89PNG")
        assert _text(photo["body"]) == read("history-chart-caption")


async def test_the_clock_moves_to_the_next_reminder_and_by_the_hour(tmp_path: Path) -> None:
    """ "Next reminder" sends Thursday's at 09:00; "+1 hour" goes on; a press records it."""
    async with browsing(tmp_path, with_plan=True) as (session, _, client):
        before = await _state(client)
        assert before["clock"]["now"] == START.timestamp()
        assert (before["clock"]["zone"], before["clock"]["patient"]) == ("Europe/London", True)
        first_due = before["clock"]["next_due"]
        async with client.post("/api/clock", json={"move": "next"}) as response:
            assert (await response.json())["ok"] is True
        after = await _state(client)
        assert after["clock"]["now"] == first_due
        reminder = after["chat"]["messages"][-1]
        assert _text(reminder["body"]).startswith(read("reminder-dose", **_first_dose()))
        async with client.post("/api/clock", json={"move": "hour"}) as response:
            assert (await response.json())["now"] == first_due + 3600
        done = next(b for b in reminder["buttons"][0] if b["text"] == EN.text("button-done"))
        pressed = await _post(
            client, "/api/press", chat_id=ALEX, message_id=reminder["id"], data=done["data"]
        )
        assert pressed.status == 200
        await session.settled()
        edited = (await _state(client))["chat"]["messages"][-1]
        assert edited["id"] == reminder["id"]
        assert edited["edited"] is True
        stale = await _post(
            client, "/api/press", chat_id=ALEX, message_id=reminder["id"], data=done["data"]
        )
        assert stale.status == 409
        with Session(session.engine) as database:
            kinds = database.exec(select(DoseEvent.kind).order_by(col(DoseEvent.id))).all()
    assert kinds == [DoseEventKind.DONE]


def _first_dose() -> dict[str, str]:
    """The values of the first reminder of the common monthly plan."""
    return {
        "dose": "1,000 mcg",
        "phase": EN.text("phase-names-loading"),
        "number": EN.text("dose-number-of", number=1, count=7),
        "when": "Thu 26 Nov, 09:00",
    }


async def test_the_page_waits_for_a_change_and_answers_at_once_when_one_comes(
    tmp_path: Path,
) -> None:
    """A poll with the page's revision waits; a message sent meanwhile ends the wait."""
    async with browsing(tmp_path) as (session, _, client):
        revision = (await _state(client))["revision"]

        async def poll() -> dict[str, Any]:
            async with client.get("/api/state", params={"since": revision}) as response:
                answer: dict[str, Any] = await response.json()
                return answer

        waiting = asyncio.ensure_future(poll())
        await asyncio.sleep(0.3)
        assert not waiting.done()
        await _post(client, "/api/say", chat_id=ALEX, text="hello")
        state = await asyncio.wait_for(waiting, timeout=5)
        assert state["revision"] > revision
        assert state["chat"]["messages"][0]["body"] == [{"text": "hello"}]
        await session.settled()


async def test_requests_from_another_site_or_not_as_json_are_refused(tmp_path: Path) -> None:
    """Another host name (DNS rebinding) gets 403; a form post (another site's page) 415."""
    async with browsing(tmp_path) as (session, page, client):
        async with client.get("/api/state", headers={"Host": "evil.example:80"}) as response:
            assert response.status == 403
        async with client.post("/api/say", data={"chat_id": ALEX, "text": "hi"}) as response:
            assert response.status == 415
        for body in ({"chat_id": 999, "text": "hi"}, {"chat_id": ALEX, "text": " "}):
            assert (await _post(client, "/api/say", **body)).status == 400
        assert (await _post(client, "/api/clock", move="back")).status == 400
        assert (await _post(client, "/api/people", name="Ana", language="fr")).status == 400
        assert (
            await _post(client, "/api/location", chat_id=ALEX, latitude=91, longitude=0)
        ).status == 400
        assert session.double.world.patient_messages == {}
        assert page.url.startswith("http://127.0.0.1:")
