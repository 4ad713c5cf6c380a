"""Set up a private environment and run the bot or the test suite: the README's two commands.

    python3 deploy/local.py run     # install into .venv, then run the bot (needs the token)
    python3 deploy/local.py test    # install into .venv with dev tools, then ruff, mypy, pytest

Only a Python 3.11+ interpreter is needed; everything else comes from the package index.
The environment is reinstalled whenever pyproject.toml changes.
"""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
EXTRAS = {"run": "postgres", "test": "dev,postgres"}
CHECKS = (
    ("ruff", "check", "."),
    ("ruff", "format", "--check", "."),
    ("mypy",),
)


def main(argv: list[str]) -> int:
    """Dispatch `run` or `test`; any further arguments go to the bot or to pytest."""
    if len(argv) < 1 or argv[0] not in EXTRAS:
        print(__doc__)
        return 2
    if sys.version_info < (3, 11):  # noqa: UP036  # explain instead of failing obscurely
        print("b12bot needs Python 3.11 or newer; this is", sys.version.split()[0])
        return 2
    command, rest = argv[0], argv[1:]
    ensure_environment(EXTRAS[command])
    if command == "run":
        return run_bot(rest)
    return run_tests(rest)


def ensure_environment(extras: str) -> None:
    """Create .venv and install the project with `extras`, unless already up to date."""
    if not (BIN / "python").exists() and not (BIN / "python.exe").exists():
        print("Creating the virtual environment in .venv …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    stamp = VENV / ".b12bot-installed"
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    wanted = set(extras.split(","))
    if stamp.exists():
        installed_fingerprint, _, installed_extras = stamp.read_text().partition("\n")
        # The test environment is a superset of the run environment: no reinstall needed.
        if installed_fingerprint == fingerprint and wanted <= set(installed_extras.split(",")):
            return
    print(f"Installing b12bot [{extras}] into .venv …", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[{extras}]"], check=True)
    stamp.write_text(f"{fingerprint}\n{extras}")


def run_bot(arguments: list[str]) -> int:
    """Become the bot process, so that Ctrl-C and SIGTERM reach it directly."""
    bot = str(BIN / "b12bot")
    if os.name == "nt":
        return call([bot, "run", *arguments])
    os.execv(bot, [bot, "run", *arguments])


def run_tests(pytest_arguments: list[str]) -> int:
    """Run the linters, the type checker and the whole test suite; fail on the first failure."""
    for check in CHECKS:
        if code := call([str(BIN / check[0]), *check[1:]]):
            return code
    code = call([str(BIN / "python"), "-m", "pytest", *pytest_arguments])
    if code == 5:
        print("pytest collected no tests: that is a failure, not a pass")
        return 1
    return code


def call(command: list[str]) -> int:
    """Run a command in the project folder and return its exit code."""
    print(
        "$",
        " ".join(Path(command[0]).name if i == 0 else part for i, part in enumerate(command)),
        flush=True,
    )
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
