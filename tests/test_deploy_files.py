"""The deployment files parse and point at things that exist (no Docker engine needed)."""

import re
import shlex
import tomllib
from configparser import ConfigParser
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"


def _dockerfile() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (keyword, arguments), continuations joined."""
    text = re.sub(r"\\\n", " ", (DEPLOY / "Dockerfile").read_text())
    lines = [line.strip() for line in text.splitlines()]
    return [
        (line.split()[0].upper(), line.split(maxsplit=1)[1])
        for line in lines
        if line and not line.startswith("#")
    ]


def test_dockerfile_is_slim_non_root_with_a_health_check() -> None:
    """python:3.11-slim unless BASE_IMAGE says otherwise, a venv, a USER that is not root,
    a HEALTHCHECK on /readyz. (tests/test_container.py builds and starts it.)"""
    instructions = _dockerfile()
    assert instructions[:2] == [("ARG", "BASE_IMAGE=python:3.11-slim"), ("FROM", "${BASE_IMAGE}")]
    assert any(keyword == "RUN" and "-m venv" in arguments for keyword, arguments in instructions)
    # Dependencies are installed before the source is copied, so a code change reuses that layer.
    runs = [i for i, (_, arguments) in enumerate(instructions) if "pip install" in arguments]
    copies = [i for i, (_, arguments) in enumerate(instructions) if arguments.startswith("bot ")]
    assert runs[0] < copies[0] < runs[-1]
    users = [arguments for keyword, arguments in instructions if keyword == "USER"]
    assert users
    assert users[-1] not in ("root", "0")
    [health] = [arguments for keyword, arguments in instructions if keyword == "HEALTHCHECK"]
    assert "/readyz" in health
    assert ("ENTRYPOINT", '["b12bot"]') in instructions


def test_everything_the_dockerfile_copies_is_in_the_repository() -> None:
    """The image builds from the repository alone: every COPY source exists."""
    copies = [shlex.split(arguments) for keyword, arguments in _dockerfile() if keyword == "COPY"]
    assert copies
    for *sources, _target in copies:
        for source in sources:
            assert (ROOT / source).exists(), source
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert not {"bot", "storage", "pyproject.toml", "README.md", "requirements"} & set(ignored)


def test_compose_runs_the_bot_with_postgresql_on_a_named_volume() -> None:
    """Two services, the bot built from this repository, PostgreSQL data on a named volume."""
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    bot, database = compose["services"]["bot"], compose["services"]["db"]
    assert (DEPLOY / bot["build"]["context"] / bot["build"]["dockerfile"]).exists()
    assert bot["env_file"] == ".env"
    assert bot["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    volume, _, mount = database["volumes"][0].partition(":")
    assert volume in compose["volumes"]
    assert mount == "/var/lib/postgresql/data"


def test_systemd_unit_runs_the_bot_as_its_own_user() -> None:
    """The unit parses, runs `b12bot run` as a dedicated user, and restarts on failure."""
    unit = ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read_string((DEPLOY / "b12bot.service").read_text())
    service = unit["Service"]
    assert service["ExecStart"].endswith("b12bot run")
    assert service["User"] == "b12bot"
    assert service["Restart"] == "on-failure"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_env_example_names_only_real_settings() -> None:
    """Every variable in .env.example is a setting the bot reads."""
    names = {
        line.split("=", 1)[0].strip().lower()
        for line in (DEPLOY / ".env.example").read_text().splitlines()
        if "=" in line and not line.lstrip().startswith("#")
    }
    assert names <= set(Settings.model_fields), names - set(Settings.model_fields)
    assert {"webhook_url", "webhook_secret_token", "health_port"} <= names


def _pins(lock: Path) -> dict[str, tuple[str, int]]:
    """The lock's pins: normalised name -> (version, number of hashes)."""
    pins: dict[str, tuple[str, int]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock.read_text()):
        if match := re.match(r"([A-Za-z0-9._-]+)==(\S+)", block):
            name = canonicalize_name(match.group(1))
            pins[name] = (match.group(2), block.count("--hash=sha256:"))
    return pins


def _requirements(extras: tuple[str, ...]) -> list[Requirement]:
    """What pyproject.toml asks for: the build tools, the dependencies and these extras."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = [*project["build-system"]["requires"], *project["project"]["dependencies"]]
    for extra in extras:
        wanted += project["project"]["optional-dependencies"][extra]
    return [Requirement(line) for line in wanted]


@pytest.mark.parametrize(
    ("lock", "extras"), [("run.txt", ("postgres",)), ("test.txt", ("postgres", "dev"))]
)
def test_the_lock_pins_what_pyproject_asks_for_with_hashes(
    lock: str, extras: tuple[str, ...]
) -> None:
    """Every requirement is pinned at a version it allows, and every pin has its hashes
    (`python3 deploy/local.py lock` rewrites the locks after a change to pyproject.toml)."""
    pins = _pins(ROOT / "requirements" / lock)
    for requirement in _requirements(extras):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not in requirements/{lock}: run the lock command"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), requirement
    assert all(hashes > 0 for _, hashes in pins.values())


def test_every_install_uses_the_lock() -> None:
    """The image and both README commands install from a lock, hashes required."""
    runs = [arguments for keyword, arguments in _dockerfile() if keyword == "RUN"]
    assert any("--require-hashes -r requirements.txt" in run for run in runs)
    assert ("COPY", "requirements/run.txt ./requirements.txt") in _dockerfile()
    local = (DEPLOY / "local.py").read_text()
    assert '"--require-hashes", "-r", str(lock)' in local
