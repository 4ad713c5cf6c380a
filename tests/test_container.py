"""deploy/Dockerfile builds (podman, on a Debian bookworm base) and its entrypoint serves patients:
it answers /start from the Bot API double, /readyz says ready, and SIGTERM stops it cleanly."""

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import text

from bot_api_double import BotApiDouble
from storage.database import create_database_engine
from tests.bot.processes import BotProcess, free_ports
from tests.container_image import (
    ContainerUnavailableError,
    ImageConfig,
    build_project_image,
    check_tools,
    debian_mirror,
    ensure_base_image,
    started_entrypoint,
)

PATIENT = 6262
# The first build installs every dependency from PyPI; the base is made once and cached.
STARTUP = 90.0


def _project_image() -> ImageConfig:
    """The project's image, built on the cached Debian base; skips (one line) where it cannot be."""
    try:
        check_tools()
        return build_project_image(ensure_base_image())
    except ContainerUnavailableError as reason:
        pytest.skip(str(reason))


async def test_the_image_answers_start_and_is_ready(double: BotApiDouble, tmp_path: Path) -> None:
    """The built image runs `b12bot run` as its own user with /data and a /readyz check; its
    entrypoint, on a fresh volume, answers /start, is ready, and exits 0 on SIGTERM."""
    image = await asyncio.to_thread(_project_image)
    assert image.command == ["b12bot", "run"]
    assert image.user not in ("", "root", "0")
    assert (image.volumes, image.working_dir) == (["/data"], "/data")
    assert any("/readyz" in part for part in image.healthcheck)
    assert image.environment["PATH"].startswith("/opt/b12bot/venv/bin:")

    [health_port] = free_ports(1)
    settings = {
        "TELEGRAM_BOT_TOKEN": double.token,
        "TELEGRAM_API_BASE_URL": double.api_url,
        "HEALTH_LISTEN": "127.0.0.1",
        "HEALTH_PORT": str(health_port),
        "LOG_LEVEL": "DEBUG",
    }
    data, log = tmp_path / "data", tmp_path / "bot.log"
    async with started_entrypoint(image, settings, data, log) as process:
        bot = BotProcess(process, health_port=health_port, log=log)
        await bot.wait_for_role("leader", timeout=STARTUP)
        await double.wait_until_polled(timeout=STARTUP)
        answer = await double.reply_to(PATIENT, "/start", timeout=30)
        assert "I never prescribe" in answer
        status, readiness = await _ready(bot)
        assert (status, readiness["ready"], readiness["database"]) == (200, True, True), readiness
        assert await bot.stop() == 0, log.read_text()
    logged = log.read_text()
    assert "b12bot stopped" in logged
    assert double.token.split(":")[1] not in logged

    engine = create_database_engine(f"sqlite:///{data / 'b12bot.sqlite3'}")
    with engine.connect() as connection:
        chats = connection.execute(text("SELECT chat_id FROM patient")).scalars().all()
    engine.dispose()
    assert chats == [PATIENT]
    assert (data / "b12bot.sqlite3").stat().st_uid != 0  # written by the image's own user


def test_the_base_comes_from_the_mirror_apt_uses(tmp_path: Path) -> None:
    """deb822 and one-line sources alike; bookworm's entry over security or other suites."""
    (tmp_path / "sources.list.d").mkdir()
    (tmp_path / "sources.list").write_text(
        "# deb http://commented.example/debian bookworm main\n"
        "deb [arch=amd64] http://security.example/debian-security bookworm-security main\n"
    )
    (tmp_path / "sources.list.d" / "debian.sources").write_text(
        "Types: deb\nURIs: http://other.example/debian\nSuites: trixie\n\n"
        "Types: deb deb-src\n# a comment\nURIs: http://mirror.example/debian/\n"
        "Suites: bookworm bookworm-updates\nComponents: main\n"
    )
    (tmp_path / "sources.list.d" / "off.sources.disabled").write_text(
        "Types: deb\nURIs: http://disabled.example/debian\nSuites: bookworm\n"
    )
    assert debian_mirror(tmp_path) == "http://mirror.example/debian"
    (tmp_path / "sources.list.d" / "debian.sources").unlink()
    with pytest.raises(ContainerUnavailableError, match="no Debian mirror"):
        debian_mirror(tmp_path)


async def _ready(bot: BotProcess) -> tuple[int, dict[str, object]]:
    """/readyz once the delivery loop has run (it is 503 until its first run)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + STARTUP
    while True:
        status, body = await bot.health("/readyz")
        if status == 200 or loop.time() > deadline:
            return status, body
        await asyncio.sleep(0.2)
