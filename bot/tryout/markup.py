"""The bot's Telegram HTML read the way Telegram reads it: a tree of the few tags Telegram
allows, everything else (an unknown tag, a stray `<`) kept as the text it is.

The chat page builds its elements from this tree (never from the HTML itself), and the
terminal and the replayed script print its text; so whatever a person typed and the bot
failed to escape shows as typed, and cannot become markup.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

# Telegram's tags, by the one each is shown as.
TAGS = {
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "u": "u",
    "ins": "u",
    "s": "s",
    "strike": "s",
    "del": "s",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "tg-spoiler",
    "blockquote": "blockquote",
    "a": "a",
}
# Links a chat may open; anything else (javascript:, data:) is shown as its text only.
LINK_SCHEMES = ("http", "https", "tg", "mailto")
# What Telegram's apps make tappable in plain text: addresses, and commands (which they send).
AUTO_LINK = re.compile(
    r"(?P<url>(?:https?://|(?<![\w@/.])t\.me/)[^\s<>\"]+)"
    r"|(?P<command>(?:^|(?<=[\s(\[«“„\"]))/[A-Za-z][A-Za-z0-9_]{0,31})(?![\w/])"
)
# Not part of an address at its end: "see https://t.me/x." links only up to the x.
URL_TAIL = ".,;:!?)]}»\"\u201d\u2019'"
# Text inside these stays as it is.
NO_AUTO_LINK = ("a", "code", "pre")


@dataclass
class Node:
    """A piece of a message: text, or one of Telegram's tags around more pieces."""

    tag: str = ""
    text: str = ""
    href: str = ""
    # The payload of a t.me link that opens this bot ("start this bot with …").
    start: str = ""
    # A command in the text ("/help"): tapping it sends it.
    command: str = ""
    children: list["Node"] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The node for the chat page: {"text": …} or {"tag": …, "children": […]}."""
        if not self.tag:
            return {"text": self.text}
        shown: dict[str, Any] = {"tag": self.tag, "children": [c.as_json() for c in self.children]}
        if self.href:
            shown["href"] = self.href
        if self.start:
            shown["start"] = self.start
        if self.command:
            shown["command"] = self.command
        return shown

    def plain(self) -> str:
        """The text a person reads, without formatting (a link's address after its words)."""
        if not self.tag:
            return self.text
        inner = "".join(child.plain() for child in self.children)
        if self.tag == "a" and self.href and self.href != inner:
            return f"{inner} ({self.href})"
        if self.tag == "tg-spoiler":
            return f"||{inner}||"
        return inner


class _TelegramHtml(HTMLParser):
    """Builds the tree; a tag Telegram would not take stays literal text."""

    def __init__(self, bot_username: str) -> None:
        """Start with an empty root."""
        super().__init__(convert_charrefs=True)
        self.root = Node(tag="root")
        self._open: list[tuple[str, Node]] = [("", self.root)]
        self._bot_username = bot_username.lower()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an allowed tag, else keep the tag's own text."""
        attributes = {name: value or "" for name, value in attrs}
        shown = TAGS.get(tag)
        if tag == "span" and attributes.get("class") == "tg-spoiler":
            shown = "tg-spoiler"
        if shown is None:
            self.handle_data(self.get_starttag_text() or "")
            return
        node = Node(tag=shown)
        if shown == "a":
            node.href, node.start = self.link(attributes.get("href", ""))
        self._open[-1][1].children.append(node)
        self._open.append((tag, node))

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open tag of that name, else keep `</tag>` as text."""
        names = [name for name, _ in self._open]
        if tag not in names[1:]:
            self.handle_data(f"</{tag}>")
            return
        while self._open[-1][0] != tag:
            self._open.pop()
        self._open.pop()

    def handle_comment(self, data: str) -> None:
        """A comment is no tag Telegram takes: its text stays."""
        self.handle_data(f"<!--{data}-->")

    def handle_data(self, data: str) -> None:
        """Text, joined to the text just before it."""
        children = self._open[-1][1].children
        if children and not children[-1].tag:
            children[-1].text += data
        else:
            children.append(Node(text=data))

    def link(self, href: str) -> tuple[str, str]:
        """A safe address (or none), and the start payload of a link to this bot."""
        parts = urlsplit(href.strip())
        if parts.scheme.lower() not in LINK_SCHEMES:
            return "", ""
        start = ""
        if parts.netloc.lower() in ("t.me", "telegram.me") and (
            parts.path.strip("/").lower() == self._bot_username
        ):
            start = (parse_qs(parts.query).get("start") or [""])[0]
        return href.strip(), start


def parse(text: str, *, parse_mode: str | None, bot_username: str) -> list[Node]:
    """The pieces of a message text: Telegram HTML read, or any other text as it is."""
    if parse_mode != "HTML":
        return [Node(text=text)]
    parser = _TelegramHtml(bot_username)
    parser.feed(text)
    parser.close()
    return _auto_linked(parser.root.children, parser)


def _auto_linked(nodes: list[Node], parser: "_TelegramHtml") -> list[Node]:
    """The pieces with the addresses and commands of their text made into links."""
    linked: list[Node] = []
    for node in nodes:
        if node.tag:
            if node.tag not in NO_AUTO_LINK:
                node.children = _auto_linked(node.children, parser)
            linked.append(node)
        else:
            linked.extend(_split_links(node.text, parser))
    return linked


def _split_links(text: str, parser: "_TelegramHtml") -> list[Node]:
    """A text as plain pieces and the links Telegram would make of it."""
    pieces: list[Node] = []
    at = 0
    for found in AUTO_LINK.finditer(text):
        shown = found.group(0)
        if found.group("url"):
            shown = shown.rstrip(URL_TAIL)
        start, end = found.start(), found.start() + len(shown)
        if start > at:
            pieces.append(Node(text=text[at:start]))
        if found.group("url"):
            address = shown if "://" in shown else f"https://{shown}"
            href, payload = parser.link(address)
            pieces.append(Node(tag="a", href=href, start=payload, children=[Node(text=shown)]))
        else:
            pieces.append(Node(tag="a", command=shown, children=[Node(text=shown)]))
        at = end
    if at < len(text):
        pieces.append(Node(text=text[at:]))
    return pieces


def plain_text(nodes: list[Node]) -> str:
    """What the pieces say, without formatting."""
    return "".join(node.plain() for node in nodes)
