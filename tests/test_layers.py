"""Every SQL statement is built in storage/: no other module builds one with SQLAlchemy or SQLModel.

The import contracts (pyproject.toml, tests/test_import_contracts.py) say which package may
import which; this says where statements are written, which an import alone does not show
(features import `sqlmodel.Session` to pass a session along).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("bot", "bot_api_double")
SQL_LIBRARIES = {"sqlalchemy", "sqlmodel"}
# What builds a statement (or a piece of one, like `func.count()`).
STATEMENT_BUILDERS = {"select", "update", "delete", "insert", "text", "func"}


def _from_sql_library(module: str | None) -> bool:
    """Whether `module` is SQLAlchemy, SQLModel or one of their submodules."""
    return module is not None and module.split(".")[0] in SQL_LIBRARIES


def _base_name(node: ast.expr) -> tuple[str | None, list[str]]:
    """For `a.b.c`, ("a", ["b", "c"]); (None, …) when the chain does not start at a name."""
    attributes: list[str] = []
    while isinstance(node, ast.Attribute):
        attributes.insert(0, node.attr)
        node = node.value
    return (node.id if isinstance(node, ast.Name) else None), attributes


def offences_in(source: str) -> list[int]:
    """The sorted line numbers where the source imports or uses a statement builder."""
    tree = ast.parse(source)
    lines: set[int] = set()
    library_aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _from_sql_library(alias.name):
                    library_aliases.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and _from_sql_library(node.module):
            for alias in node.names:
                if alias.name in STATEMENT_BUILDERS:
                    lines.add(node.lineno)
                elif alias.name in {"sql", "expression", "future"}:
                    library_aliases.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            base, attributes = _base_name(node)
            if base in library_aliases and STATEMENT_BUILDERS & set(attributes):
                lines.add(node.lineno)
    return sorted(lines)


def _scanned_files() -> list[Path]:
    """Every Python file outside storage/ that runs in the bot, relative to the repository."""
    return [
        path.relative_to(ROOT)
        for package in SCANNED
        for path in sorted((ROOT / package).rglob("*.py"))
    ]


def test_the_detector_flags_each_way_of_building_a_statement() -> None:
    """Imported builders and builders reached through a module alias are found; a Session is not."""
    source = """
import sqlalchemy as sa
import sqlmodel
from sqlmodel import Session, col, select
from sqlalchemy import Engine
from sqlalchemy.sql import expression
from sqlalchemy import text as raw

def query(session: Session, engine: Engine):
    session.exec(sa.update(Reminder).values(status="x"))
    count = sa.func.count()
    sqlmodel.delete(Reminder)
    expression.insert(Reminder)
    sa.sql.expression.select(Reminder)
    session.get(Patient, 1)
    text = "select * from reminders"
"""
    assert offences_in(source) == [4, 7, 10, 11, 12, 13, 14]


def test_no_sql_statement_is_built_outside_storage() -> None:
    """No module in bot/ or bot_api_double/ builds a SQL statement; storage/ does it for them."""
    files = _scanned_files()
    assert Path("bot/services/pausing.py") in files, "the scan missed the services"
    offences = [
        f"{path}:{line}" for path in files for line in offences_in((ROOT / path).read_text())
    ]
    assert not offences, "SQL built outside storage/:\n" + "\n".join(offences)
