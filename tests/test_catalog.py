"""The catalogs: every text the code asks for exists, with the values it is given.

Message ids and their values are read from the code (calls of `.text("id", name=...)`,
`.word("family", key)` and `.words("family")` with literal ids), so a typo or a forgotten
value fails here, not in a patient's chat. Every other language has the English ids, each
with the same variables.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent
from fluent.syntax.visitor import Visitor

from bot.catalog.catalog import LOCALES, available_languages, catalog_for
from bot.domain.problems import Problem
from bot.domain.red_flags import Level

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("bot",)


def _messages(language: str) -> dict[str, fluent.Message]:
    """Every message of a language's .ftl files, by id."""
    messages: dict[str, fluent.Message] = {}
    for path in sorted((LOCALES / language).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, fluent.Junk)]
        assert not junk, f"{path.name}: cannot parse {junk[0].content!r}"
        for entry in resource.body:
            if isinstance(entry, fluent.Message):
                assert entry.id.name not in messages, f"{entry.id.name} twice"
                messages[entry.id.name] = entry
    return messages


class _Variables(Visitor):
    """The variables a message uses, and the messages it refers to."""

    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.references: set[str] = set()

    def visit_VariableReference(self, node: fluent.VariableReference) -> None:  # noqa: N802
        """A `{ $name }`."""
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: fluent.MessageReference) -> None:  # noqa: N802
        """A `{ other-message }`."""
        self.references.add(node.id.name)


def _variables_of(message_id: str, messages: dict[str, fluent.Message]) -> set[str]:
    """The variables a message needs, including those of the messages it refers to."""
    visitor = _Variables()
    visitor.visit(messages[message_id])
    needed = set(visitor.variables)
    for reference in visitor.references:
        needed |= _variables_of(reference, messages)
    return needed


def _calls() -> Iterator[tuple[str, int, str, str, set[str] | None]]:
    """(file, line, method, literal id, keyword names or None for **values) of catalog calls."""
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                method = node.func.attr
                if method not in ("text", "word", "one_of", "words") or not node.args:
                    continue
                first = node.args[0]
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    continue
                names: set[str] | None = {k.arg for k in node.keywords if k.arg is not None}
                if any(k.arg is None for k in node.keywords):
                    names = None
                where = str(path.relative_to(ROOT))
                yield where, node.lineno, method, first.value, names


def _string_constants() -> set[str]:
    """Every string literal in the code: ids kept in tables (a menu, a problem code) count."""
    found: set[str] = set()
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add(node.value)
    return found


ENGLISH = _messages("en")
CALLS = list(_calls())


def test_the_code_asks_for_texts() -> None:
    """The scan finds the catalog calls (a scan that finds none would pass everything)."""
    assert len(CALLS) > 300


@pytest.mark.parametrize(
    ("where", "line", "method", "message_id", "names"),
    [call for call in CALLS if call[2] == "text"],
    ids=lambda value: value if isinstance(value, str) and "-" in value else "",
)
def test_every_text_exists_with_its_values(
    where: str, line: int, method: str, message_id: str, names: set[str] | None
) -> None:
    """`.text("id", ...)` names an English message and gives exactly its variables."""
    assert message_id in ENGLISH, f"{where}:{line}: no message {message_id!r}"
    if names is not None:
        assert names == _variables_of(message_id, ENGLISH), f"{where}:{line}: {message_id}"


def test_every_family_of_words_exists() -> None:
    """`.word("family", key)` and `.words("family")` name a family the catalog has."""
    for where, line, _method, family, _names in (
        c for c in CALLS if c[2] in ("word", "one_of", "words")
    ):
        assert any(m.startswith(f"{family}-") for m in ENGLISH), f"{where}:{line}: {family}"


# The domain's problem codes are message ids; the catalog words them (bot/catalog/problems.py).
PROBLEM_IDS = {code.value for code in Problem}


def test_every_problem_code_has_its_english_text() -> None:
    """Each code of the domain's problems names an English message."""
    assert sorted(PROBLEM_IDS - ENGLISH.keys()) == []


def test_every_english_text_is_used() -> None:
    """No text in the catalog is left behind when the code stops using it."""
    # Called by id, or named in a table of ids (a menu, the domain's problem codes).
    used = {call[3] for call in CALLS if call[2] == "text"} | _string_constants() | PROBLEM_IDS
    families = {call[3] for call in CALLS if call[2] in ("word", "one_of", "words")}
    referenced: set[str] = set()
    for message_id in ENGLISH:
        visitor = _Variables()
        visitor.visit(ENGLISH[message_id])
        referenced |= visitor.references
    unused = [
        message_id
        for message_id in ENGLISH
        if message_id not in used | referenced
        and not any(message_id.startswith(f"{family}-") for family in families)
    ]
    assert not unused


def _differences(translated: dict[str, fluent.Message]) -> list[str]:
    """How a translation's ids and variables differ from the English ones."""
    differences = [f"missing {m}" for m in ENGLISH if m not in translated]
    differences += [f"not in English: {m}" for m in translated if m not in ENGLISH]
    differences += [
        f"variables of {m}"
        for m in ENGLISH
        if m in translated and _variables_of(m, translated) != _variables_of(m, ENGLISH)
    ]
    return differences


def test_other_languages_have_the_english_ids_and_variables() -> None:
    """A translation has every English message, each with the same variables."""
    for language in available_languages():
        assert not _differences(_messages(language)), language


def test_a_translation_that_drops_a_variable_or_a_message_is_caught() -> None:
    """The comparison above finds a lost message, an extra one and a changed variable."""
    translated = dict(ENGLISH)
    del translated["reminder-dose"]
    translated["not-english"] = ENGLISH["button-done"]
    translated["reminder-missed-one"] = ENGLISH["button-done"]
    assert _differences(translated) == [
        "missing reminder-dose",
        "not in English: not-english",
        "variables of reminder-missed-one",
    ]


def test_english_formats_numbers_as_typed_and_counts_by_plural_rules() -> None:
    """1000 stays "1000" (a dose as prescribed), and one day is a day, two are days."""
    english = catalog_for("en")
    assert english.days(1) == "1 day"
    assert english.days(1000) == "1000 days"


def test_every_red_flag_level_has_its_safety_text() -> None:
    """A safety text is never missing, nor replaced by its key."""
    english = catalog_for("en")
    for level in Level:
        assert english.one_of("red-flag", level.value).startswith(("🚨", "⚠️"))


def test_a_language_without_a_catalog_reads_english() -> None:
    """A patient whose language has no catalog yet is spoken to in English."""
    assert catalog_for("xx").language == "en"
