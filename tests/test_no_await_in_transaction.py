"""No `await` while a database session, transaction or connection is open.

The bot processes updates concurrently: different chats at once on one asyncio loop. An
`await` inside a unit of work lets other handlers run while it still holds a pooled
connection (the pool can run dry), an open transaction (SQLite has a single writer, so every
other writer waits on it) or an SQLite snapshot (it reads stale rows). So each handler does
its database work, closes the block, and only then talks to Telegram.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("bot", "storage")
# Its `session` is an aiohttp ClientSession, not a database one.
EXCLUDED = {Path("bot/telegram/request.py")}

_SESSION_FACTORIES = {"session_scope", "patient_scope", "Session"}
_ENGINE_METHODS = {"begin", "connect"}
_AWAITING = (ast.Await, ast.AsyncFor, ast.AsyncWith)
# A nested function's body does not run inside the block, so it is not an offence there.
_NOT_RUN_HERE = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _name_of(node: ast.expr) -> str | None:
    """The final name of `a`, `x.a` or `x.y.a`; None for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _opens_database(expression: ast.expr) -> bool:
    """Whether a `with` item opens a session, transaction or connection."""
    if not isinstance(expression, ast.Call):
        return False
    function = expression.func
    if _name_of(function) in _SESSION_FACTORIES:
        return True
    if isinstance(function, ast.Attribute) and function.attr in _ENGINE_METHODS:
        owner = _name_of(function.value)
        return owner is not None and "engine" in owner.lower()
    return False


def _awaits_in(nodes: list[ast.stmt] | list[ast.expr]) -> Iterator[ast.expr | ast.stmt]:
    """Every await, async for and async with that runs within these nodes."""
    pending: list[ast.AST] = list(nodes)
    while pending:
        node = pending.pop()
        if isinstance(node, _NOT_RUN_HERE):
            continue
        if isinstance(node, _AWAITING):
            yield node
        pending.extend(ast.iter_child_nodes(node))


def offences_in(source: str) -> list[int]:
    """The sorted line numbers of awaits inside a database `with` block in the source."""
    lines: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.With | ast.AsyncWith):
            continue
        for index, item in enumerate(node.items):
            if _opens_database(item.context_expr):
                later_items = [later.context_expr for later in node.items[index + 1 :]]
                lines.update(awaited.lineno for awaited in _awaits_in(later_items))
                lines.update(awaited.lineno for awaited in _awaits_in(node.body))
                break
    return sorted(lines)


def _scanned_files() -> list[Path]:
    """Every Python file under the scanned packages, relative to the repository root."""
    return [
        path.relative_to(ROOT)
        for package in SCANNED
        for path in sorted((ROOT / package).rglob("*.py"))
        if path.relative_to(ROOT) not in EXCLUDED
    ]


def test_the_detector_flags_an_await_inside_each_kind_of_block() -> None:
    """A synthetic offence of each kind is found, and awaits outside the block are not."""
    source = """
async def handler(context, message, engine):
    with session_scope(context.engine) as session:
        await message.reply_text("inside")
        async def later():
            await message.reply_text("a nested function runs later")
    await message.reply_text("outside")
    with Session(engine) as session:
        async for item in items():
            pass
    with self._engine.begin() as connection:
        async with lock:
            pass
    with engine.connect() as connection, await other():
        pass
    with open("file") as handle:
        await message.reply_text("not a database block")
"""
    assert offences_in(source) == [4, 9, 12, 14]


def test_no_await_while_a_database_block_is_open() -> None:
    """No module in bot/ or storage/ awaits inside a session, transaction or connection."""
    files = _scanned_files()
    assert Path("bot/features/symptoms/check_in.py") in files, "the scan missed the handlers"
    offences = [
        f"{path}:{line}" for path in files for line in offences_in((ROOT / path).read_text())
    ]
    assert not offences, "await inside a database block:\n" + "\n".join(offences)
