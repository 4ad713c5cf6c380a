"""The movable clock and the embedded Bot API are out of reach of the bot serving patients:
`b12bot run` never imports them, and an import contract fails any module that would."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_import_contracts import PACKAGES, ROOT, lint_imports

CONTRACT = "try-out-only-from-the-command"
# What `b12bot run` imports: its command line, the whole application and every feature.
RUN_IMPORTS = """
import sys
import bot.cli
arguments = bot.cli._parser().parse_args(["run"])
assert arguments.command == "run"
import bot.app
reached = sorted(m for m in sys.modules if m.startswith(("bot.tryout", "bot_api_double")))
print(reached)
"""


def test_running_the_bot_imports_no_part_of_the_try_out() -> None:
    """`b12bot run` gets as far as the whole Application without the try-out's modules."""
    result = subprocess.run(
        [sys.executable, "-c", RUN_IMPORTS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("module", "line", "broken_by"),
    [
        (
            "bot/delivery/dispatcher.py",
            "from bot.tryout.clock import MovableClock",
            "bot.delivery.dispatcher -> bot.tryout.clock",
        ),
        ("bot/app.py", "import bot_api_double", "bot.app -> bot_api_double"),
    ],
)
def test_an_import_of_the_try_out_by_the_bot_breaks_the_contract(
    tmp_path: Path, module: str, line: str, broken_by: str
) -> None:
    """One such import added to a copy of the tree fails the contract, naming the import."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(f"{target.read_text()}\n{line}  # noqa: E402\n")
    result = lint_imports(tmp_path, CONTRACT)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert broken_by in result.stdout, result.stdout
