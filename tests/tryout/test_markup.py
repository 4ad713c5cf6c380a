"""The bot's Telegram HTML as the try-out shows it: Telegram's tags only, the rest as text."""

from bot.tryout.markup import parse, plain_text

BOT = "b12_try_bot"


def _json(text: str) -> list[dict[str, object]]:
    """The pieces of a Telegram HTML text, as the page gets them."""
    return [node.as_json() for node in parse(text, parse_mode="HTML", bot_username=BOT)]


def test_telegram_tags_are_kept_under_one_name_each() -> None:
    """strong is b, em is i, a span spoiler is tg-spoiler; entities are decoded."""
    assert _json(
        "<strong>1,000 mcg</strong> &amp; <em>IM</em> <span class='tg-spoiler'>x</span>"
    ) == [
        {"tag": "b", "children": [{"text": "1,000 mcg"}]},
        {"text": " & "},
        {"tag": "i", "children": [{"text": "IM"}]},
        {"text": " "},
        {"tag": "tg-spoiler", "children": [{"text": "x"}]},
    ]


def test_anything_else_stays_the_text_it_is() -> None:
    """A tag Telegram does not take, a stray end tag and escaped markup are all text."""
    text = '<script>alert("x")</script> <img src=x onerror=y> </b> &lt;b&gt;Bo&lt;/b&gt;'
    assert _json(text) == [
        {"text": '<script>alert("x")</script> <img src=x onerror=y> </b> <b>Bo</b>'}
    ]


def test_links_open_only_web_addresses_and_links_to_the_bot_start_it() -> None:
    """javascript: loses its address; a t.me link to this bot carries its start payload."""
    assert _json('<a href="javascript:alert(1)">x</a>') == [
        {"tag": "a", "children": [{"text": "x"}]}
    ]
    assert _json('<a href="https://t.me/B12_try_bot?start=cg_AbC">join</a>') == [
        {
            "tag": "a",
            "children": [{"text": "join"}],
            "href": "https://t.me/B12_try_bot?start=cg_AbC",
            "start": "cg_AbC",
        }
    ]
    assert _json('<a href="https://t.me/other_bot?start=1">x</a>')[0].get("start") is None


def test_addresses_and_commands_in_plain_text_become_links_as_in_telegram() -> None:
    """A bare t.me address (without the full stop after it) and /commands; not dates or and/or."""
    text = (
        "Send this: https://t.me/b12_try_bot?start=cg_1. Or /caregiver 1 on 12/03, and/or "
        "<code>/x</code>"
    )
    assert _json(text) == [
        {"text": "Send this: "},
        {
            "tag": "a",
            "children": [{"text": "https://t.me/b12_try_bot?start=cg_1"}],
            "href": "https://t.me/b12_try_bot?start=cg_1",
            "start": "cg_1",
        },
        {"text": ". Or "},
        {"tag": "a", "children": [{"text": "/caregiver"}], "command": "/caregiver"},
        {"text": " 1 on 12/03, and/or "},
        {"tag": "code", "children": [{"text": "/x"}]},
    ]


def test_plain_text_drops_the_formatting_and_shows_link_addresses() -> None:
    """The terminal's text: words, and a link's address after its words."""
    nodes = parse(
        '<b>Due</b> <a href="https://example.org/a">here</a>', parse_mode="HTML", bot_username=BOT
    )
    assert plain_text(nodes) == "Due here (https://example.org/a)"


def test_a_text_without_parse_mode_is_not_read_as_html() -> None:
    """Sent without parse_mode, <b> is what the person reads."""
    assert [n.as_json() for n in parse("<b>x</b>", parse_mode=None, bot_username=BOT)] == [
        {"text": "<b>x</b>"}
    ]
