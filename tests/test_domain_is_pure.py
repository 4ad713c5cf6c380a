"""The domain imports only the standard library, itself and pure libraries: no catalog, no I/O."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parent.parent / "bot" / "domain"
PURE_LIBRARIES = frozenset({"bot.domain", "dateutil", "timezonefinder"})

# Modules that still read words from the catalog (issue 12 item 2, in progress); shrink to empty.
STILL_USING_THE_CATALOG: frozenset[str] = frozenset()


def _imported(tree: ast.AST) -> set[str]:
    """Every module an AST imports from, by its full dotted name."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def _is_pure(module: str) -> bool:
    """Whether a module is the standard library, the domain itself or a pure library."""
    top = module.split(".")[0]
    if top in sys.stdlib_module_names or top == "__future__":
        return True
    return any(module == lib or module.startswith(f"{lib}.") for lib in PURE_LIBRARIES)


def test_the_domain_imports_only_pure_modules() -> None:
    """No module under bot/domain imports the catalog, Telegram, the database or other I/O."""
    impure: dict[str, set[str]] = {}
    for path in sorted(DOMAIN.rglob("*.py")):
        name = path.relative_to(DOMAIN).as_posix()
        bad = {m for m in _imported(ast.parse(path.read_text())) if not _is_pure(m)}
        if name in STILL_USING_THE_CATALOG:
            bad = {m for m in bad if not m.startswith("bot.catalog")}
        if bad:
            impure[name] = bad
    assert impure == {}


def test_the_allowance_is_still_needed() -> None:
    """Each module allowed the catalog still imports it (drop it from the list once it does not)."""
    for name in STILL_USING_THE_CATALOG:
        imported = _imported(ast.parse((DOMAIN / name).read_text()))
        assert any(module.startswith("bot.catalog") for module in imported), name
