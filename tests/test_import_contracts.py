"""The import contracts in pyproject.toml hold, and an import across a boundary breaks them."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("bot", "storage", "bot_api_double")


def lint_imports(folder: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    """Run lint-imports on the tree in `folder` (only `contracts`, when given), uncached."""
    only = [argument for contract in contracts for argument in ("--contract", contract)]
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", *only],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_the_contracts_hold() -> None:
    """The tree as it is keeps every contract."""
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line", "contract", "broken_by"),
    [
        (
            "bot/domain/sites.py",
            "from bot.catalog.catalog import catalog_for",
            "pure-domain",
            "bot.domain.sites -> bot.catalog.catalog",
        ),
        (
            "bot/domain/drift.py",
            "import sqlalchemy",
            "pure-domain",
            "bot.domain.drift -> sqlalchemy",
        ),
        (
            "storage/pauses.py",
            "import telegram",
            "storage-below-telegram",
            "storage.pauses -> telegram",
        ),
        (
            "storage/labs.py",
            "from bot import settings",
            "storage-below-telegram",
            "storage.labs -> bot.settings",
        ),
        (
            "bot/services/scheduling.py",
            "import telegram",
            "services-without-telegram",
            "bot.services.scheduling -> telegram",
        ),
        (
            "bot/delivery/routes.py",
            "from bot.features import doses",
            "delivery-without-features",
            "bot.delivery.routes -> bot.features.doses",
        ),
    ],
)
def test_an_import_across_a_boundary_breaks_its_contract(
    tmp_path: Path, module: str, line: str, contract: str, broken_by: str
) -> None:
    """One forbidden import added to a copy of the tree fails the contract, naming the import."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(f"{target.read_text()}\n{line}  # noqa: E402\n")
    result = lint_imports(tmp_path, contract)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert broken_by in result.stdout, result.stdout
